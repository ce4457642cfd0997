"""Border tallies in the forms of CBP's monthly updates and sector posts (issue #7, round 23; sentences invented here,
none from the dev set, the judges or the corpus):

- people agents turn back at the border are returned (GUIDELINES §2 deportations: "returned"), the verb before them or
  a passive after them; at a port of entry the people turned back are refused entry, encounters at the port
  (border_apprehensions); people who turn back by themselves are none (they got away);
- a listed part told by where its people were found ("including 40 found in a boxcar") counts in its whole's action;
- a total or a busiest day told after a daily average ("a record 180,000 for the month", "with a single-day high of
  950") is a count of the average's kind; the average itself stays a rate (GUIDELINES §2: rates are not counts).
"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Agents in the Big Bend Sector turned back 730 people at the river in October.", 730),
        (
            "Near Eagle Pass, some 2,400 migrants were turned back at the river by Border Patrol agents last month.",
            2400,
        ),
    ],
)
def test_people_turned_back_at_the_border_are_returned(sentence: str, value: int) -> None:
    assert ("deportations", value, "people") in counts(sentence)


def test_people_turned_back_at_a_port_of_entry_are_encounters_there() -> None:
    found = counts("CBP officers at the Nogales port of entry turned back 275 people without visas in June.")
    assert found == {("border_apprehensions", 275, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents apprehended 1,900 migrants at the border in May. Another 450 turned back to Mexico before agents came.",
        "Agents apprehended 1,900 migrants at the border in May. Another 450 migrants turned back across the river.",
    ],
)
def test_people_who_turn_back_by_themselves_are_no_count(sentence: str) -> None:
    assert counts(sentence) == {("border_apprehensions", 1900, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents apprehended 130 migrants near Sunland Park, including 47 found inside a boxcar.",
        "Border Patrol agents apprehended 130 migrants near Sunland Park, including 47 hidden under a flatbed.",
    ],
)
def test_a_listed_part_told_by_where_it_was_found_counts_in_its_whole(sentence: str) -> None:
    assert counts(sentence) == {("border_apprehensions", 130, "people"), ("border_apprehensions", 47, "people")}


def test_a_listed_part_told_by_a_verdict_is_no_part_of_the_arrests() -> None:
    found = counts("ICE officers arrested 130 people in Omaha, including 47 found guilty of drunk driving.")
    assert ("arrests", 47, "people") not in found


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        (
            "Agents on the southwest border caught 6,000 migrants a day in May, a record 180,000 for the month.",
            180000,
        ),
        (
            "Agents on the southwest border averaged 310 apprehensions a day, with a single-day high of 950 Monday.",
            950,
        ),
        (
            "Agents on the southwest border averaged 310 apprehensions per day, with a peak of 905 in week one.",
            905,
        ),
    ],
)
def test_a_total_or_busiest_day_after_a_daily_average_is_a_count(sentence: str, total: int) -> None:
    found = counts(sentence)
    assert found == {("border_apprehensions", total, "people")}


def test_a_daily_average_alone_is_no_count() -> None:
    assert counts("Agents along the southwest border averaged 310 apprehensions a day in March, a record low.") == set()
