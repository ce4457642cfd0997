"""Deportations, where they ended and what is no removal (issue #7, round 23; sentences invented here, none from the
dev set, the judges or the corpus). A removal's destination as written is its place (GUIDELINES §2; the work gold):
the one foreign place its own words send the people to, where the sentence names no place of its own, item by item
in a list ("deported 5,120 people to Peru, 3,004 to Ecuador"), or the country that received them told as the
subject ("Panama accepted 310 ... under a deal with Washington"); a nationality is none. The traps: flights counted
by a partitive ("61 of the charter flights") and the gapped item after them, an action weighed as a gerund subject
with a modal ("removing 2 million people would take"); and people removed or returned in the millions stay a
count, not a population."""

from __future__ import annotations

from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    """Each count's places, by value."""
    return {f.value: f.places for f in extract_counts(text, None)}


def test_each_item_of_a_removal_list_ends_at_its_own_country() -> None:
    text = (
        "YUMA, Ariz. — ICE deported 5,120 people to Peru, 3,004 to Ecuador and 1,877 to Colombia between July and "
        "September, the agency said."
    )
    placed = _placed(text)
    assert "Peru" in placed[5120]
    assert "Ecuador" in placed[3004]
    assert "Colombia" in placed[1877]
    assert "Peru" not in placed[3004]


def test_a_destination_places_a_removal_its_sentence_leaves_unplaced() -> None:
    text = "PHOENIX — ICE sent 2,260 migrants back to Mexico in June, the agency said."
    assert "Mexico" in _placed(text)[2260]


def test_a_destination_joins_the_place_the_removal_left_from() -> None:
    # round 24's convention (a removal's destination as written is its place) changed this test: where the removal
    # left from, written in its sentence, stays a place, and the destination joins it
    text = "ICE flew 640 deportees to Ecuador on Friday from Mesa, Arizona, the agency said."
    assert _placed(text)[640] == ("Ecuador", "Mesa, Arizona")


def test_a_receiving_country_told_as_subject_is_the_place() -> None:
    text = "Panama accepted 310 people deported from the United States in March under a deal with Washington."
    assert "Panama" in _placed(text)[310]


def test_a_nationality_is_no_place() -> None:
    text = "ICE removed 415 Hondurans last month, the agency said on Tuesday."
    assert _placed(text)[415] == ()


def test_flights_counted_by_a_partitive_and_the_gapped_item_are_no_people() -> None:
    text = "A charter tracker logged 930 ICE flights in May. Nicaragua got 61 of the charter flights and Ecuador 37."
    assert counts(text) == set()


def test_an_action_weighed_with_a_modal_is_no_count() -> None:
    assert counts("On those figures, removing 2 million people would take ICE a decade, analysts said.") == set()
    assert counts("Deporting 40,000 people could cost the state $600 million, the study found.") == set()


def test_an_action_done_told_as_a_gerund_still_counts() -> None:
    text = "Deporting 3,150 people to Haiti last year cost ICE $41 million, the audit found."
    assert ("deportations", 3150.0, "people") in counts(text)


def test_removed_or_returned_in_the_millions_is_a_count() -> None:
    text = "The last administration removed or returned nearly 3.2 million people over four years, a report found."
    assert ("deportations", 3200000.0, "people") in counts(text)


def test_a_destination_joins_the_senders_place() -> None:
    text = "Agents in the Laredo Sector returned 930 migrants to Mexico in May, the Border Patrol said."
    placed = _placed(text)[930]
    assert "Mexico" in placed
    assert len(placed) == 2


def test_a_part_that_is_no_senders_keeps_its_wholes_place() -> None:
    # the trap of the rule above: the removal verb after the number ("were deported to") is no sender's sentence
    text = "Of the 150 people detained in Tacoma, 40 were deported to Guatemala."
    assert "Guatemala" not in _placed(text)[40]
