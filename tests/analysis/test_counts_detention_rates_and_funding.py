"""Detention counts that are no population held (issue #7, detentions): a flow told per day whose place word ends
like "on"/"in" ("into detention a day"), and a level of detention only paid for ("pays for an average of 34,000
detainees a day"), each beside a sentence of the same words that is a count. (Invented here, none taken from the
dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a rate stays a rate whatever word ends just before "a day" ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers book roughly 950 people into detention a day at the Elizabeth center.",
        "Agents were sending 700 migrants to the station each week, the union said.",
        "The agency detains some 640 immigrants in Washington a month, a report found.",
    ],
)
def test_a_flow_per_day_after_a_place_word_is_a_rate(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officers booked 950 people into detention in a single day at the Elizabeth center.",
            [("detentions", 950, "people")],
        ),
        ("ICE arrested 82 people in Houston a day after the shooting, the agency said.", [("arrests", 82, "people")]),
    ],
)
def test_a_span_or_a_day_after_is_no_rate(sentence: str, expected: list) -> None:
    assert counts(sentence) == set(expected)


# --- a level of detention that a budget or a contract pays for is no population held -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The spending bill pays for an average of 46,000 detainees a day through September.",
        "The contract paid for up to 900 detainees at the Glades facility, records show.",
        "Lawmakers budgeted for 38,500 immigrants in detention next year.",
    ],
)
def test_a_level_paid_for_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_a_population_held_beside_its_funding_is_a_count() -> None:
    found = counts("ICE held an average of 51,000 people a day in detention in June, above the level Congress funded.")
    assert found == {("detentions", 51000, "people")}
