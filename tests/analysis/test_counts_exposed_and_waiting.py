"""People a decision only exposes to removal, and people placed waiting somewhere beside a removal count (issue #7,
round 20; sentences invented here, none from the dev set, the judges or the corpus; GUIDELINES §2: plans and
populations are no counts): "ending their protection exposes 4,100 people to deportation", "and 650 more were waiting
in Nogales". The traps: people an action took whose relative clause tells the prospect stay that action's count,
and people waiting in custody stay held."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ending the program exposes 4,100 people to deportation, their lawyers said.", set()),
        ("The government ended temporary status for 61,000 Nicaraguans, exposing them to removal.", set()),
        (
            "Agents expelled 410 migrants to Mexico on Sunday, and 650 more were waiting in Nogales.",
            {("deportations", 410, "people")},
        ),
    ],
)
def test_people_exposed_to_removal_or_waiting_are_no_count(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "ICE arrested 85 people whose protected status had ended, exposing them to deportation.",
            {("arrests", 85, "people")},
        ),
        ("ICE arrested 64 people who were living in the county without papers.", {("arrests", 64, "people")}),
        (
            "Officers deported 175 people on Tuesday, and 90 more were waiting in ICE custody for the next flight.",
            {("deportations", 175, "people"), ("detentions", 90, "people")},
        ),
    ],
)
def test_people_an_action_took_or_held_while_waiting_stay(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected
