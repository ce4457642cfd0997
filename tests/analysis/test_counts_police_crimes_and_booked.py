"""Arrests police make for crimes that are no immigration crime are no counts (GUIDELINES §1: "ordinary police arrests
with no immigration angle"), when the crime comes after the counted noun and its time, set off by a comma with a share
word ("mostly for theft"), or as the police's own investigation ("in a burglary probe"); traffic stops stay, they are
how troopers make immigration arrests. People booked on an immigration charge are arrests (GUIDELINES §2). (Invented
here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Tucson police made 58 arrests during the rodeo weekend, mainly for disorderly conduct and shoplifting.",
        "Officers arrested 19 people on Friday night, most on charges of public intoxication, the chief said.",
        "Deputies arrested nine men in a methamphetamine trafficking investigation near the county line.",
        "Police arrested 14 people during a months-long robbery sting in the east end, the department said.",
    ],
)
def test_police_arrests_for_other_crimes_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Immigration agents arrested 33 people in a reentry investigation in the valley, HSI said.", 33),
        ("State troopers arrested 61 people in a traffic enforcement operation with ICE over the weekend.", 61),
        ("ICE officers made 45 arrests over the weekend, mostly of people with removal orders.", 45),
    ],
)
def test_immigration_arrests_beside_such_words_stay(sentence: str, value: int) -> None:
    assert counts(sentence) == {("arrests", value, "people")}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Jail officers booked 17 people on immigration charges after the raid on the orchard.", 17),
        ("The deputies booked 48 men on federal immigration warrants during the two-day sweep.", 48),
    ],
)
def test_people_booked_on_an_immigration_charge_are_arrests(sentence: str, value: int) -> None:
    assert counts(sentence) == {("arrests", value, "people")}


def test_people_booked_into_a_detention_center_stay_held() -> None:
    assert counts("ICE booked 2,100 people into the Otero processing center last month.") == {
        ("detentions", 2100, "people")
    }


def test_records_of_people_ice_took_stay_arrests() -> None:
    assert counts("ICE arrested 40 people in Omaha last week, many on drug charges, the agency said.") == {
        ("arrests", 40, "people")
    }
