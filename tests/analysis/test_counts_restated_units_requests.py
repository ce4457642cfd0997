"""Numbers of detention and arrest stories that measure or restate something else (issue #7, precision): a change
restated as a percent in apposition ("an increase of 2,834, or 205 percent"), time measured in people ("27,400
detainee days"), requests named of another kind than detainers ("37 sick-call requests"), a programme that
supervises people instead of holding them written as one hyphenated word, and a building's own staff ("houses 120
employees"), each beside a close sentence that stays a count. (Invented here, none taken from the dev set or a probe.)
"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a change restated as a percent in apposition is no share of people --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The increase of 1,760 removals, or 48 percent, was the largest on record.",
        "Arrests in the county rose by 912, or 37 percent, over the year.",
    ],
)
def test_a_change_restated_as_a_percent_is_no_count(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[2] == "percent"}


def test_a_share_in_apposition_to_a_count_stays_a_share() -> None:
    sentence = "Agents arrested 640 people, or 43 percent of those they sought, in the Denver area."
    assert counts(sentence) == {("arrests", 640, "people"), ("arrests", 43, "percent")}


# --- time measured in people is no count of people -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The jail billed the agency for 18,650 detainee days last year.",
        "The county logged 4,210 inmate-days for ICE in March.",
    ],
)
def test_person_days_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_people_held_for_days_stay_a_count() -> None:
    assert counts("The jail held 412 detainees for days after the raid.") == {("detentions", 412, "people")}


# --- requests named of another kind are things; bare requests of a detainer story point back ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At the Otero center, 46 sick-call requests from detainees went unanswered for weeks.",
        "The advocates said ICE answered only 3 public records requests about the arrests.",
    ],
)
def test_requests_of_another_kind_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_detainer_requests_stay_a_count() -> None:
    assert ("detainers", 515, "requests") in counts("The sheriff honored 515 ICE detainer requests last year.")


# --- people supervised under a hyphenated programme name are not held ----------------------------------------------


def test_people_in_a_hyphenated_alternatives_programme_are_not_held() -> None:
    sentence = "The agency tracks 96,300 people through its alternatives-to-detention program."
    assert counts(sentence) == set()


def test_people_held_beside_the_programme_stay_held() -> None:
    sentence = "The agency holds 48,200 people in detention, and more are in its alternatives-to-detention program."
    assert ("detentions", 48200, "people") in counts(sentence)


# --- a building's own staff is a workforce --------------------------------------------------------------------------


def test_staff_a_building_houses_are_no_count() -> None:
    assert counts("ICE held 300 people there. The field office, built in 2009, houses about 85 employees.") == {
        ("detentions", 300, "people")
    }


def test_employees_agents_detained_stay_a_count() -> None:
    assert counts("Agents detained 85 employees at the packing plant on Tuesday.") == {("arrests", 85, "people")}
