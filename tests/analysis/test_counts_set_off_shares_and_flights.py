"""Removals and detention counts national news tells in shapes the rules read only in part (issue #7, round 20;
GUIDELINES §2 `deportations`, `detentions`, `no_criminal_record`). Every sentence is invented, written blind before it
was run through the code:
- a share set off by dashes between a bare number and its verb ("47,000 — 72 percent — had no criminal conviction"):
  the verb after the closing dash types both, as it does with commas ("47,000, or 72 percent, had ...");
- a partitive whole after a dateline ("WASHINGTON — Of the 65,000 people held, ..."): the whole keeps its own words,
  the part takes the verb, as without the dateline;
- flights pointed back to with "those" or "these" after a sentence naming removal flights ("Those flights carried
  148,000 people"): their passengers were removed.
Traps: a change set off by dashes ("— 40 percent more than the week before —"), flights of travellers after a sentence
of no removal."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

RECORD = "no_criminal_record"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the 3,400 people arrested in the sweep, 2,100 — 62 percent — had no criminal record.",
            {("arrests", 3400, "people"), (RECORD, 2100, "people"), (RECORD, 62, "percent")},
        ),
        (
            "Of the 58,000 people in ICE detention last week, 41,000 — about 71% — had no criminal conviction.",
            {("detentions", 58000, "people"), (RECORD, 41000, "people"), (RECORD, 71, "percent")},
        ),
        (
            "Of the 1,500 people arrested in Houston, 900 — 60 percent — were deported within a month.",
            {("arrests", 1500, "people"), ("deportations", 900, "people"), ("deportations", 60, "percent")},
        ),
    ],
)
def test_a_share_set_off_by_dashes_leaves_the_verb_to_its_number(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "WASHINGTON — Of the 61,000 people held by ICE on Sunday, 44,000 had no criminal conviction, data show.",
            {("detentions", 61000, "people"), (RECORD, 44000, "people")},
        ),
        (
            "DENVER — Of the 1,100 people arrested, 600, or 55 percent, had no criminal record.",
            {("arrests", 1100, "people"), (RECORD, 600, "people"), (RECORD, 55, "percent")},
        ),
    ],
)
def test_a_partitive_whole_after_a_dateline_keeps_its_own_type(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_a_change_set_off_by_dashes_is_no_share() -> None:
    assert counts("ICE arrested 900 people last week — 40 percent more than the week before — in Chicago.") == {
        ("arrests", 900, "people")
    }


@pytest.mark.parametrize(
    "text",
    [
        "ICE ran 1,200 removal flights last year. Those flights carried about 140,000 people to 30 countries.",
        "The agency added deportation flights to Central America. These flights carried 9,800 people in May.",
    ],
)
def test_removal_flights_pointed_back_to_carry_removed_people(text: str) -> None:
    assert ("deportations", 140000 if "140,000" in text else 9800, "people") in counts(text)


def test_flights_of_travellers_pointed_back_to_remove_nobody() -> None:
    text = "The airline added 300 charter flights to Cancun last winter. Those flights carried 45,000 tourists."
    assert not {c for c in counts(text) if c[0] == "deportations"}
