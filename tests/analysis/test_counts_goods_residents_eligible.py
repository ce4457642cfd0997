"""Look-alike numbers beside counts (issue #7, round 21, leftovers): goods a taking verb picks up ("collected 45
backpacks", "tents with 16 cots each"), a place's residents told as its home or its possessive ("the valley, home to
70,000 immigrants", "Oregon's 400,000 immigrants") and people only eligible for a handover to ICE ("could qualify
for transfer to immigration custody"). GUIDELINES §2: counts of things, populations and prospects are no counts.
Each class is tested beside a close sentence that is a count and must stay one. (The sentences are invented here,
none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- goods picked up ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents collected 45 backpacks and 12 empty jugs along the trail west of Sasabe on Monday.",
        "Volunteers found 70 discarded life vests on the riverbank near Roma.",
        "Deputies removed 25 tents and 60 blankets from the lot behind the shelter.",
        "The camp's new wing has eight tents with 16 cots each.",
    ],
)
def test_goods_picked_up_are_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_people_picked_up_beside_goods_stay_a_count() -> None:
    sentence = "Agents picked up 18 migrants and 40 backpacks near the wash west of Lukeville on Monday."
    found = counts(sentence)
    assert {value for _, value, _ in found} == {18}


# --- a place's residents ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The valley, home to about 70,000 immigrants, has seen ICE arrests rise every month this year.",
        "Oregon's 400,000 immigrants make up a large share of the farm workforce, ICE arrests or not.",
        "The city's 1.2 million residents have watched the deportations with alarm.",
    ],
)
def test_residents_of_a_place_are_no_count(sentence: str) -> None:
    assert not {value for _, value, _ in counts(sentence)} & {70000, 400000, 1200000}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The camp, home to 1,200 detainees, is run by a private contractor for ICE.", ("detentions", 1200, "people")),
        ("ICE arrested 82 immigrants in Oregon's Willamette Valley last week.", ("arrests", 82, "people")),
        ("Texas's 900 immigrants detained at Dilley were moved last week, ICE said.", ("detentions", 900, "people")),
    ],
)
def test_held_or_arrested_people_of_a_place_stay_a_count(sentence: str, expected: tuple) -> None:
    assert expected in counts(sentence)


# --- eligible for a handover --------------------------------------------------------------------------------------


def test_people_eligible_for_transfer_to_custody_are_no_count() -> None:
    sentence = (
        "Roughly 2,400 prisoners in state facilities could qualify for transfer to immigration custody next year."
    )
    assert counts(sentence) == set()


def test_people_transferred_to_custody_stay_a_count() -> None:
    sentence = "The sheriff's office transferred 240 jail inmates to ICE custody last year, records show."
    assert {value for _, value, _ in counts(sentence)} == {240}


# --- a prosecution said in the passive ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Criminal complaints were filed against 44 men caught wading across the river near Del Rio.",
        "Smuggling charges were brought against 16 people detained at the Laredo checkpoint, prosecutors said.",
    ],
)
def test_passive_prosecution_of_people_caught_is_charged(sentence: str) -> None:
    assert {kind for kind, _, _ in counts(sentence)} == {"charged"}


def test_complaints_against_an_agency_are_no_prosecution() -> None:
    sentence = "Complaints were filed against the agency after agents arrested 35 people at a car wash in Tucson."
    assert ("arrests", 35, "people") in counts(sentence)
