"""Behaviour of tasks/analysis/count_places.py on invented sentences: a record count told as a part of a group
counted before it ("Of those arrested, 40 had convictions") is placed where that group is, when the group is told
two sentences back, or with a smaller part of its own ("..., including 35 in Durham") right after its number."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    """Each count's places, by value."""
    return {f.value: f.places for f in extract_counts(text, None)}


def test_a_record_part_passes_over_a_smaller_part_to_its_group() -> None:
    text = (
        "ICE said its officers arrested 318 people across Tennessee last week, including 35 in Memphis.\n\n"
        "The agency said 190 of those arrested had criminal convictions."
    )
    placed = _placed(text)
    assert placed[318] == ("Tennessee",)
    assert placed[190] == ("Tennessee",)


def test_a_record_part_reaches_a_group_two_sentences_back() -> None:
    text = (
        "Federal officers arrested 742 people in Phoenix during a three-week operation, the agency said.\n"
        "Agents worked in teams of six.\n"
        "Of those arrested, 455 had prior criminal convictions."
    )
    assert _placed(text)[455] == ("Phoenix, Arizona",)


def test_a_record_count_that_points_to_no_group_stays_unplaced() -> None:
    # the trap of the rules above: three sentences back is too far, and a number larger than every group before it
    # belongs to none
    text = (
        "Federal officers arrested 742 people in Phoenix during a three-week operation, the agency said.\n"
        "Agents worked in teams of six.\n"
        "The teams met each morning at a church parking lot.\n"
        "Of those arrested, 455 had prior criminal convictions."
    )
    assert _placed(text)[455] == ()
    text = (
        "ICE said its officers arrested 318 people across Tennessee last week, including 35 in Memphis.\n\n"
        "The agency said 400 of those arrested had criminal convictions."
    )
    assert _placed(text).get(400, ()) == ()


def test_a_record_part_takes_its_groups_place_when_the_sentence_before_framed_the_group() -> None:
    # the group's sentence names no place; the sentence before it tells where the arrests were, for it and its part
    text = (
        "Immigration officers made arrests at several job sites around Tulsa last week.\n\n"
        "Of the 84 people arrested, 51 had no criminal record, according to agency data."
    )
    placed = _placed(text)
    assert placed[84] == placed[51] == ("Tulsa, Oklahoma",)


def test_a_record_part_of_a_group_placed_only_by_the_dateline_stays_unplaced() -> None:
    # the trap of the rule above: the dateline town is the story's stand-in for the group, no place of who they were
    text = (
        "TULSA, Okla. — Immigration officers carried out arrests at several job sites last week.\n\n"
        "Of the 84 people arrested, 51 had no criminal record, according to agency data."
    )
    assert _placed(text).get(51, ()) == ()
    text = "TULSA, Okla. — Officials said 51 people with no criminal record remain in custody statewide."
    assert _placed(text).get(51, ()) == ()


def test_a_record_number_with_no_noun_goes_on_counting_the_group_before() -> None:
    text = (
        "Immigration agents arrested 164 people in Wichita during a four-day operation. "
        "Ninety-two had criminal convictions, the agency said."
    )
    assert _placed(text)[92] == ("Wichita, Kansas",)


def test_a_record_number_with_no_group_before_it_stays_unplaced() -> None:
    # the trap of the rule above: no group of people counted before it to go on counting
    text = (
        "Immigration agents were seen in Wichita again on Thursday, neighbors said. "
        "Ninety-two had criminal convictions, the agency said later."
    )
    assert _placed(text).get(92, ()) == ()
