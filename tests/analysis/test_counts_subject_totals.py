"""A count told as its subject's total (issue #7, recall round 16): a level whose subject is "those" and what was done
to them ("Those deported numbered 90,000"), and a total apposed to its subject ("The men — 212 in all — were
arrested"). Each class beside a close sentence whose answer differs. (Invented here, none taken from the dev set or
a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- "those" and a participle, then a level's verb: the participle types the level -------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Those arrested in the Tulsa sweep numbered 318, the agency said.", ("arrests", 318, "people")),
        ("Those removed to Haiti last spring totaled more than 2,600.", ("deportations", 2600, "people")),
        ("Those who were detained at the Reno warehouse numbered about 57.", ("detentions", 57, "people")),
    ],
)
def test_a_level_whose_subject_is_those_acted_on_counts_that_action(
    sentence: str, expected: tuple[str, int, str]
) -> None:
    assert counts(sentence) == {expected}


def test_a_level_of_those_no_action_touched_is_no_count() -> None:
    # the trap: interviewing or surveying touches nobody (GUIDELINES §2: people not touched by enforcement)
    assert counts("Those surveyed in the Tulsa poll numbered 318.") == set()


# --- a total apposed to its subject: the subject's passive (else the subject) types it ---------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dairy workers — 64 in all — were arrested at a farm near Modesto.", ("arrests", 64, "people")),
        ("The Peruvian men, 19 in total, were deported to Lima on Sunday.", ("deportations", 19, "people")),
        (
            "Those apprehended — 73 in all — were taken to a Border Patrol station in Sunland Park.",
            ("border_apprehensions", 73, "people"),
        ),
    ],
)
def test_a_total_apposed_to_its_subject_takes_the_subject_s_deed(sentence: str, expected: tuple[str, int, str]) -> None:
    assert counts(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        # an active verb's object is no deed of the subject's
        "The relatives — 64 in all — denounced the arrests at a vigil in Modesto.",
        # people arrested at a protest are no enforcement count
        "The demonstrators — 64 in all — were arrested by city police after blocking the road.",
    ],
)
def test_an_apposed_total_of_people_no_enforcement_touched_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


# --- a level in a sentence's second clause with an event noun of its own as subject: that noun types it ----------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Removals from the Boise office reached 310 in April, while arrests climbed to 540.",
            {("deportations", 310, "people"), ("arrests", 540, "people")},
        ),
        (
            "Detention in the region stood at 2,900 last week; deportations rose to 1,150.",
            {("detentions", 2900, "people"), ("deportations", 1150, "people")},
        ),
    ],
)
def test_a_second_clause_level_takes_its_own_subject(sentence: str, expected: set[tuple[str, int, str]]) -> None:
    assert counts(sentence) == expected


def test_the_far_end_of_one_subject_s_comparison_keeps_that_subject() -> None:
    # the trap: one subject, two numbers ("rose to ... from ..."): both are that subject's levels
    found = counts("Deportations from the Boise office rose to 310 in April from 240 in March.")
    assert found == {("deportations", 310, "people"), ("deportations", 240, "people")}


# --- "took" split around a bare number by its custody phrase ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["Deputies took about 85 into custody at the Salem job site.", "ICE officers took 31 into ICE custody on Monday."],
)
def test_a_bare_number_taken_into_custody_is_arrested(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    ["The deputies took 85 minutes to reach the Salem job site.", "The board took 31 into consideration on Monday."],
)
def test_took_with_no_custody_after_its_number_counts_nobody(sentence: str) -> None:
    assert counts(sentence) == set()
