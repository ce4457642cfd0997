"""Numbers beside removal and border counts that count no people (issue #7, round 20; sentences invented here, none
from the dev set, the judges or the corpus; GUIDELINES §2): an average told as a level ("the weekly average was
about 410"), people who left on their own ("have self-deported"), flights counted by a copula or a gapped list
("Of those, 88 were removal flights", "Haiti 12 and Ecuador 9"), a forecast level ("projects that removals will
pass 350,000"). The traps: the count told beside each stays a count, and so does a population held on an average
day, people a removal verb moves, people counted in a gapped list and a count already done."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Agents apprehended 6,240 migrants along the southwest border in March, and the weekly average was about "
            "1,450 apprehensions.",
            {("border_apprehensions", 6240, "people")},
        ),
        (
            "ICE removed 14,300 people in August; the monthly average for the year rose to 13,800.",
            {("deportations", 14300, "people")},
        ),
        (
            "ICE deported 9,600 people in May. The agency's charter flights average 110 passengers.",
            {("deportations", 9600, "people")},
        ),
    ],
)
def test_an_average_told_as_a_level_is_no_count(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The average daily population in immigration detention rose to 58,700 in October.",
            {("detentions", 58700, "people")},
        ),
        (
            "The agency said its officers arrested 2,150 people during the average week in July.",
            {("arrests", 2150, "people")},
        ),
    ],
)
def test_a_population_held_or_a_count_beside_an_average_stays(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "ICE deported 287,000 people this year, and DHS says another 1.2 million have self-deported.",
            {("deportations", 287000, "people")},
        ),
        (
            "The department said 41,000 people have self-deported with the app, while ICE removed 9,800 in the same "
            "weeks.",
            {("deportations", 9800, "people")},
        ),
    ],
)
def test_people_who_left_on_their_own_are_no_removals(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_a_removal_beside_self_deportations_stays() -> None:
    assert counts("Officers deported 730 people and 2,000 more self-deported, the agency said.") == {
        ("deportations", 730, "people")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE Air flew 260 flights in October. Of those, 88 were removal flights to Latin America.", set()),
        ("Colombia received 17 deportation flights in June, Haiti 12 and Ecuador 9.", set()),
    ],
)
def test_flights_told_by_a_copula_or_a_gapped_list_are_no_people(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_people_flown_on_flights_stay_removals() -> None:
    assert counts("ICE deported 410 people last week. Of those, 150 were flown on charter flights to Lima.") == {
        ("deportations", 410, "people"),
        ("deportations", 150, "people"),
    }


def test_people_in_a_gapped_list_stay_removals() -> None:
    assert counts("Colombia received 2,600 deportees in June, Haiti 1,900 and Ecuador 800.") == {
        ("deportations", 2600, "people"),
        ("deportations", 1900, "people"),
        ("deportations", 800, "people"),
    }


def test_a_forecast_level_is_no_count_and_the_done_count_stays() -> None:
    assert counts(
        "ICE deported 271,000 people last year, and officials project it will top 350,000 removals this year."
    ) == {("deportations", 271000, "people")}
