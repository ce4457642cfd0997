"""Counts of a border or removal statistics story told around a count before (issue #7, round 19; sentences invented
here, none from the dev set, the judges or the corpus): a total named by its period that restates the count before
("The June total was down from 7,450 in May") and the ranks of a breakdown by nationality ("Cubans were the largest
group at 3,100, followed by 1,900 Nicaraguans"): GUIDELINES §2, a count of the action before and a part of its
whole. The traps: a total "of" a thing, a protest that follows the raids."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents in the Laredo sector apprehended 6,210 migrants in June.\n\n"
            "The June total was down from 7,450 in May.",
            ("border_apprehensions", 7450.0, "people"),
        ),
        (
            "ICE removed 19,300 people in March. Last month's tally stood at 21,800, the agency said.",
            ("deportations", 21800.0, "people"),
        ),
        (
            "ICE arrested 24,500 people in July. The annual figure reached 214,000 by the end of the fiscal year.",
            ("arrests", 214000.0, "people"),
        ),
    ],
)
def test_a_total_named_by_its_period_restates_the_count_before(text: str, expected: tuple) -> None:
    assert expected in counts(text)


def test_a_total_of_a_thing_is_no_restated_count() -> None:
    text = "ICE removed 19,300 people in March. The monthly total of charter flights rose to 142."
    assert counts(text) == {("deportations", 19300.0, "people")}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Agents in the Del Rio sector apprehended 12,400 migrants in fiscal 2026. Cubans were the largest group "
            "at 3,100, followed by 1,900 Nicaraguans and 1,250 Colombians.",
            {3100.0, 1900.0, 1250.0},
        ),
        (
            "ICE deported 8,700 people to Central America in May. Hondurans were the second-largest nationality, "
            "with about 2,050.",
            {2050.0},
        ),
        (
            "Agents apprehended 4,480 migrants near Calexico last month. Most were Mexican, followed by 620 Peruvians.",
            {620.0},
        ),
    ],
)
def test_the_ranks_of_a_breakdown_are_parts_of_the_count_before(text: str, parts: set[float]) -> None:
    whole_type = next(t for t, v, _ in counts(text) if v not in parts)
    assert {(whole_type, v, "people") for v in parts} <= counts(text)


def test_people_who_follow_the_raids_are_no_part() -> None:
    text = "ICE arrested 140 people in Omaha on Tuesday. The raids were followed by 600 protesters marching downtown."
    assert counts(text) == {("arrests", 140.0, "people")}
