"""Round 21 (types21): a river its people crossed, told in their relative clause, is no place of the count; a
sentence that ends on the platform X ends there; people an arrest verb takes at a shelter are arrests. (Invented
here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from tasks.analysis.facts import extract_counts
from tasks.analysis.sentences import split_sentences


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    """Each count's places, by value."""
    return {f.value: f.places for f in extract_counts(text, None)}


# --- what the people crossed, told in their relative clause, is not the count's place ---------------------------


def test_the_river_its_people_crossed_is_not_the_counts_place() -> None:
    text = "Agents in the El Paso Sector caught 52 migrants who had crossed the Rio Grande on Sunday."
    assert _placed(text)[52] == ("El Paso sector",)


def test_a_crossing_with_no_place_in_the_subject_keeps_its_place() -> None:
    # the trap: no subject place to stand in, so the clause's place is the only one the sentence gives
    text = "Agents caught 52 migrants who had crossed the Rio Grande on Sunday."
    assert _placed(text)[52] == ("Rio Grande",)
    # nor does a place the clause names after a crossing verb with no object move the count
    text = "Agents in the El Paso Sector caught 52 migrants who entered near Santa Teresa on Sunday."
    assert _placed(text)[52] == ("Santa Teresa",)


# --- "on X." ends a sentence: the platform, not a middle initial ------------------------------------------------


def test_a_post_on_x_ends_its_sentence() -> None:
    text = "The chief announced the figure in a post on X. Most of the people were from Ecuador."
    assert [s.text for s in split_sentences(text)] == [
        "The chief announced the figure in a post on X.",
        "Most of the people were from Ecuador.",
    ]
    text = "Agents in the Yuma Sector caught 88 people, the chief wrote on X. Most were caught west of San Luis."
    assert _placed(text)[88] == ("Yuma sector",)


def test_an_initial_after_a_name_does_not_end_its_sentence() -> None:
    text = "The memo was signed by Thomas X. Harlan of the field office."
    assert len(split_sentences(text)) == 1


# --- people an arrest verb takes at a shelter are arrests; children a shelter houses stay no count ---------------


def test_people_arrested_at_a_shelter_are_arrests() -> None:
    got = {(f.type, f.value) for f in extract_counts("Officers arrested 19 men at a church shelter in Tulsa.", None)}
    assert got == {("arrests", 19)}
    text = "Agents apprehended nearly 40 people outside a shelter in Newark on Friday."
    assert {(f.type, f.value) for f in extract_counts(text, None)} == {("arrests", 40)}


def test_children_a_shelter_houses_are_still_no_count() -> None:
    # the trap: no arrest verb governs them, and the text does not call them detained (GUIDELINES §2)
    assert extract_counts("The shelter in Tulsa housed 19 children last week.", None) == []
    assert extract_counts("HHS placed 40 migrant children in a shelter in Newark.", None) == []
