"""Behaviour of tasks/analysis/count_places.py on invented sentences: which of a sentence's places is a count's own,
as the language ties it (GUIDELINES §2 `places`: the places the count is tied to)."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _count_places(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: f.places for f in extract_counts(text, None)}


def test_the_other_end_of_a_comparison_is_not_the_counts_place() -> None:
    text = "Deportations by the agency's office in Omaha reached 3,100 last year, twice as many as in Des Moines."
    assert _count_places(text)[3100] == ("Omaha, Nebraska",)
    text = "Agents arrested 412 people in Ohio in March, more than in Indiana and Michigan combined."
    assert _count_places(text)[412] == ("Ohio",)
    # the other end with a number of its own is a count of its own there
    got = _count_places("ICE arrested 3,900 people in Oregon last year, compared with 2,100 in Idaho.")
    assert got[3900] == ("Oregon",) and got[2100] == ("Idaho",)


def test_a_bare_as_compares_nothing_only_as_many_as_and_the_same_as_do() -> None:
    text = "ICE arrested 30 people at a plant in the area known as Cicero, Illinois."
    assert _count_places(text)[30] == ("Cicero, Illinois",)
    text = "ICE arrested 30 people on Tuesday as Houston officials protested."
    assert _count_places(text)[30] == ("Houston, Texas",)
    # the trap: "as" after a comparative is a comparison's other end
    text = "Agents arrested 310 people in Ohio last month, as many people as in Indiana."
    assert _count_places(text)[310] == ("Ohio",)
    text = "Agents arrested 310 people in Ohio last month, the same as Indiana."
    assert _count_places(text)[310] == ("Ohio",)


def test_places_given_as_examples_are_the_counts_own() -> None:
    # the trap of the rule above: "such as" and "as well as" list where the count happened, compare nothing
    text = "Officers arrested 57 people in Tulsa as well as Oklahoma City over the weekend."
    assert set(_count_places(text)[57]) == {"Tulsa, Oklahoma", "Oklahoma City, Oklahoma"}
    text = "Officers arrested 57 people in cities such as Tulsa over the weekend."
    assert _count_places(text)[57] == ("Tulsa, Oklahoma",)


def test_where_the_people_counted_live_yields_to_where_the_sentence_counts_them() -> None:
    text = "The processing center in Tacoma held 1,450 detainees in May, many of them longtime Seattle residents."
    assert _count_places(text)[1450] == ("processing center in Tacoma",)
    text = (
        "Nine immigrants who live in Fairfax County were arrested Tuesday at their check-ins at the ICE office "
        "in Baltimore, their lawyers said."
    )
    assert _count_places(text)[9] == ("ICE office in Baltimore",)


def test_a_town_before_a_noun_that_is_no_resident_and_a_place_people_left_stay_the_counts() -> None:
    # traps of the rule above: "the Dilley family detention center" names a site, not Dilley's families; a place
    # "from" which flights departed is where they happened
    text = (
        "Agents sent the families to the Dilley family detention center in Texas. The facility held 2,351 parents "
        "and children at the end of February, court filings show."
    )
    assert _count_places(text)[2351][0].startswith("Dilley")
    text = "Agents arrested 45 people in Omaha on Tuesday, most of them longtime Omaha residents."
    assert _count_places(text)[45] == ("Omaha, Nebraska",)


def test_a_place_after_except_is_left_out_of_the_counts_places() -> None:
    text = "Arizona's five detention centers held 6,100 people in May, the most of any state except Texas."
    assert _count_places(text)[6100] == ("Arizona",)


def test_the_state_points_back_to_the_datelines_state_when_no_state_was_named_before() -> None:
    text = "BOISE, Idaho — ICE arrested 27 people over three days, the agency's largest operation in the state."
    assert _count_places(text)[27] == ("Idaho",)
    # trap: a state named before the sentence is the one pointed back to; the capital's dateline names no state
    text = "BOISE, Idaho — Officers crossed into Oregon on Monday. They arrested 27 people in the state, ICE said."
    assert _count_places(text)[27] == ("Oregon",)
    text = "WASHINGTON — ICE arrested 27 people over three days, the agency's largest operation in the state."
    assert _count_places(text)[27] == ()


def test_an_existential_there_points_back_to_no_place() -> None:
    # "there" is a place only where no verb follows it: "arrested 26 people there"; an existential "there" leaves
    # the count to the story's stand-in (place_source "story"), never placed by the sentence
    story = "The mayor of Dayton spoke on Monday. "
    [fact] = extract_counts(story + "They arrested 26 people there, ICE said.", None)
    assert (fact.places, fact.place_source) == (("Dayton, Ohio",), "sentence")
    for clause in ("there wasn't enough room", "there may be more", "there's no record of it"):
        [fact] = extract_counts(story + f"ICE said 14 detainees waited, as {clause}.", None)
        assert fact.place_source != "sentence", clause


_CHICAGO = (
    "CHICAGO — Immigration agents have stepped up arrests in Chicago this month. Chicago officials said the raids "
    "in Chicago had frightened families.\n\n"
)


def test_a_sentence_that_opens_with_its_place_frames_the_next_ones_of_its_paragraph() -> None:
    text = _CHICAGO + "In Omaha, the raids began before dawn on Tuesday. Agents arrested 40 people at three job sites."
    [fact] = extract_counts(text, None)
    assert (fact.places, fact.place_source) == (("Omaha, Nebraska",), "sentence")


def test_no_frame_from_a_place_named_as_someones_nor_from_a_paragraph_further_back() -> None:
    # traps: the nearest place is named as someone's, not as where anything happened; a frame reaches into the
    # paragraph before only from its new paragraph's first sentence. Both leave the count to the story's stand-in
    # (its main place), as before
    text = _CHICAGO + "Omaha's mayor criticized the raids on Tuesday. Agents arrested 40 people at three job sites."
    assert extract_counts(text, None)[0].place_source == "story"
    text = _CHICAGO + "In Omaha, the raids began at dawn.\n\nThe mayor spoke at noon. Agents arrested 40 people."
    assert extract_counts(text, None)[0].place_source == "story"


def test_an_operation_told_with_its_place_frames_the_next_sentence_even_across_a_paragraph() -> None:
    text = (
        _CHICAGO + "Federal agents swept through Grand Island on Wednesday.\n\nBy evening, 63 people had been arrested."
    )
    [fact] = extract_counts(text, None)
    assert (fact.places, fact.place_source) == (("Grand Island, Nebraska",), "sentence")


def test_a_place_named_for_something_else_or_two_paragraphs_back_frames_nothing() -> None:
    # traps: a place named as whose mayor spoke; an operation's place beyond the paragraph just before
    text = _CHICAGO + "The mayor of Grand Island spoke on Wednesday.\n\nBy evening, 63 people had been arrested."
    assert extract_counts(text, None)[0].place_source == "story"
    text = (
        _CHICAGO + "Federal agents swept through Grand Island on Wednesday.\n\nThe mayor spoke at noon.\n\n"
        "By evening, 63 people had been arrested."
    )
    assert extract_counts(text, None)[0].place_source == "story"
