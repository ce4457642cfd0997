"""Arrests a police force makes with no immigration angle in an enforcement story (issue #7, round 21): a police
force named before the number, in a sentence with no word of immigration, migrants or the border, makes ordinary
arrests ("Tulsa police made 240 arrests for violent crimes"); police arrests told by their own noun at a protest
("officers reported 11 arrests at the rally") are held for the protest. GUIDELINES §1: ordinary police arrests with
no immigration angle are no enforcement. Each trap beside a count of the same kind that must stay one. (The
sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

STORY = "ICE officers arrested 57 people in Tulsa during a four-day operation, the agency said.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tulsa police made 240 arrests last month for violent crimes and burglaries.",
        "Guatemalan police arrested 35 suspected gang members in raids in Escuintla on Monday.",
        "City police said officers made 96 arrests over the weekend in a crackdown on street racing.",
    ],
)
def test_police_arrests_with_no_immigration_word_are_no_count(sentence: str) -> None:
    assert counts(STORY + sentence) == {("arrests", 57, "people")}


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Tulsa police arrested 14 migrants at a stash house and handed them to the Border Patrol.", 14),
        ("Under the county's 287(g) agreement, police arrested 22 people in October.", 22),
        ("Police said 31 undocumented workers were arrested at the plant.", 31),
    ],
)
def test_police_arrests_with_an_immigration_angle_stay_counts(sentence: str, kept: int) -> None:
    assert ("arrests", kept, "people") in counts(STORY + sentence)


def test_police_arrests_told_as_a_noun_at_a_protest_are_no_count() -> None:
    text = STORY + "Tulsa police reported 11 arrests during a demonstration outside the ICE field office on Friday."
    assert counts(text) == {("arrests", 57, "people")}


def test_ice_arrests_told_as_a_noun_at_a_protest_stay_a_count() -> None:
    text = STORY + "ICE officers made 6 arrests at a rally outside the courthouse, the agency said."
    assert ("arrests", 6, "people") in counts(text)
