"""Removals and their places, and the part of a group still held (issue #7, round 24; sentences invented here, none
from the dev set, the judges or the corpus). Round 24's convention: a removal's destination as written is its place,
so it joins the places of a flight whose sentence also tells where it left ("from Yuma to Lima"), of a verb that
carries the removed ("a jet carried 140 deportees to Quito"), and of a count that is the subject of a passive removal
("Some 75 Peruvians were flown to Lima"). The traps: a nationality is no place, a part of a whole told before keeps
the whole's place, people sent home from school or work are no removal. A bare part of a bare whole whose predicate
says it is still held ("Twelve of the 20 remain in custody") is the held count; the whole is only its group."""

from __future__ import annotations

from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: f.places for f in extract_counts(text, None)}


def test_a_flights_destination_joins_the_place_it_left_from() -> None:
    text = "ICE removed 93 Peruvian nationals on a charter flight from Yuma, Arizona, to Lima on Wednesday."
    assert "Lima, Peru" in _placed(text)[93]


def test_a_verb_that_carries_deportees_sends_them_to_its_destination() -> None:
    text = "A chartered jet from Houston carried 140 deportees to Quito on Monday, officials said."
    assert "Quito, Ecuador" in _placed(text)[140]


def test_the_subject_of_a_passive_removal_ends_at_its_destination() -> None:
    text = "Some 75 Peruvians were flown to Lima on Thursday on a plane from Texas, the ministry said."
    assert "Lima, Peru" in _placed(text)[75]


def test_a_nationality_alone_is_still_no_place() -> None:
    text = "ICE removed 204 Ecuadorian nationals on Tuesday, the agency said."
    assert _placed(text)[204] == ()


def test_a_part_of_a_whole_told_before_keeps_the_wholes_place() -> None:
    text = "Of the 88 people detained in Yakima, 31 were deported to Mexico."
    assert "Mexico" not in _placed(text)[31]


def test_people_sent_home_from_school_or_work_are_no_removal() -> None:
    assert counts("Some 65 pupils were sent home early on Friday after rumors of a raid.") == set()
    assert counts("About 80 workers were sent home from the plant for the day, the union said.") == set()


def test_people_sent_home_to_their_country_are_still_removed() -> None:
    assert ("deportations", 85.0, "people") in counts("ICE said 85 Guatemalans were sent home on a charter flight.")


def test_a_bare_part_still_held_is_the_held_count_and_its_whole_is_none() -> None:
    text = "ICE deported 9 of the workers in March. Twelve of the 20 remain in ICE custody, a lawyer said."
    assert counts(text) == {("deportations", 9.0, "people"), ("detentions", 12.0, "people")}
    assert ("detentions", 14.0, "people") in counts("Fourteen of the remaining 22 are still in ICE custody.")


def test_a_bare_part_with_an_action_of_its_own_is_unchanged() -> None:
    # the trap of the rule above: a part whose predicate is an action keeps that action, not a headcount
    assert ("deportations", 3.0, "people") in counts("Three of the 11 have since been deported, the family said.")
