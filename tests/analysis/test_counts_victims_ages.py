"""Numbers near enforcement words that count no people an action touched (issue #7, round 15, precision): the
captives of smugglers beside a charge ("23 migrants held for ransom before prosecutors charged 5 men"), a crime's
victims ("had sexually assaulted 2 children"), the ages of people listed by name ("Daniel Ortega (17)"), people who
got away ("turned back into Mexico"), people a jail looked up ("checked the immigration status of 5,600 people"), a
cap agreed ("agreed to accept up to 250 deportees") and a part told by a standing of no type ("52 of those arrested
had prior deportation orders"). GUIDELINES §2: a count is a number of people an enforcement action touched. Each
class is tested on an invented sentence and on its trap, a close sentence that is a count and must stay one. (The
sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- captives of smugglers beside a charge ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Deputies found 31 migrants held for ransom in a Hidalgo trailer on Friday before prosecutors charged "
            "4 men with hostage taking.",
            {("charged", 4, "people")},
        ),
        (
            "Agents discovered 12 people who had been kidnapped near Nogales, and the U.S. Attorney charged 3 "
            "smugglers with conspiracy.",
            {("charged", 3, "people")},
        ),
    ],
)
def test_captives_beside_a_charge_are_not_charged(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_captives_taken_into_custody_stay_a_count() -> None:
    sentence = "All 31 migrants held for ransom were taken into Border Patrol custody near Hidalgo, Texas."
    assert ("border_apprehensions", 31, "people") in counts(sentence)


def test_smugglers_charged_for_holding_captives_stay_charged() -> None:
    sentence = "Prosecutors charged 6 men who had held 40 migrants for ransom in a stash house in Laredo."
    assert ("charged", 6, "people") in counts(sentence)


# --- a crime's victims --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE arrested 85 people in Boston. One of those arrested had sexually assaulted 3 children, the agency said.",
        "ICE arrested 85 people in Boston. One of the men detained in the operation had molested 2 girls.",
    ],
)
def test_a_crimes_victims_are_no_count(sentence: str) -> None:
    assert {(kind, value) for kind, value, _ in counts(sentence)} <= {("arrests", 85), ("arrests", 1)}


def test_people_arrested_after_a_crime_stay_a_count() -> None:
    sentence = "Agents arrested 7 men who had robbed a gas station in Lowell, ICE said."
    assert ("arrests", 7, "people") in counts(sentence)


# --- ages of people listed by name --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE arrested 44 people in Tulsa. Among them were three teenagers: Jorge Ramos (16), Elena Cruz (17) "
        "and Pedro Vega (19).",
        "ICE arrested 44 people in Tulsa, including a mother and her two children, Camila, 12, and Mateo, 8.",
    ],
)
def test_ages_beside_names_are_no_count(sentence: str) -> None:
    found = counts(sentence)
    assert ("arrests", 44, "people") in found
    assert not {value for _, value, _ in found} & {16, 17, 19, 12, 8}


def test_a_breakdown_by_place_or_site_stays_a_count() -> None:
    sentences = [
        "Agents arrested 60 teenagers in three cities: Houston (24), Dallas (21) and Austin (15).",
        "ICE detained 30 children at three schools: Lincoln High (12), Roosevelt (10) and Jefferson (8).",
    ]
    values = {value for sentence in sentences for _, value, _ in counts(sentence)}
    assert {24, 21, 15, 12, 10, 8} <= values


# --- people who got away --------------------------------------------------------------------------------------------

LEAD = "Border Patrol agents apprehended 4,300 migrants in the Yuma sector in May. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Another 250 migrants turned back into Mexico before agents could reach them.",
        "Another 120 migrants escaped into the desert near San Luis.",
    ],
)
def test_people_who_got_away_are_no_count(sentence: str) -> None:
    assert counts(LEAD + sentence) == {("border_apprehensions", 4300, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Another 250 migrants were caught near San Luis.",
        "Another 250 migrants who had turned back were caught near San Luis the next day.",
    ],
)
def test_people_caught_after_turning_back_stay_a_count(sentence: str) -> None:
    assert ("border_apprehensions", 250, "people") in counts(LEAD + sentence)


# --- people a jail looked up --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputies checked the immigration status of 5,600 people booked into the Polk County jail last year.",
        "The jail screened 5,600 inmates in the spring and flagged 430 for ICE, the sheriff said.",
    ],
)
def test_people_a_jail_looked_up_are_no_count(sentence: str) -> None:
    assert not {value for _, value, _ in counts(sentence)} & {5600, 430}


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents screened more than 260 migrants who were apprehended near Eagle Pass, Texas, on Monday.",
        "Agents screened 260 migrants apprehended near Eagle Pass, Texas, on Monday.",
    ],
)
def test_people_screened_who_were_apprehended_stay_a_count(sentence: str) -> None:
    assert 260 in {value for _, value, _ in counts(sentence)}


def test_people_the_jail_handed_to_ice_stay_a_count() -> None:
    sentence = "The jail screened every inmate booked last year, and ICE took custody of 430 of them in Polk County."
    assert ("arrests", 430, "people") in counts(sentence)


# --- an agreement to take people in -------------------------------------------------------------------------------


def test_an_agreement_to_take_deportees_is_no_count() -> None:
    sentence = "Under the deal, Rwanda agreed to accept up to 250 deportees from the United States."
    assert not {value for _, value, _ in counts(sentence)} & {250}


def test_deportees_accepted_stay_a_count() -> None:
    sentence = "Rwanda has received 250 deportees from the United States since the deal was signed, officials said."
    assert ("deportations", 250, "people") in counts(sentence)


# --- a part told by a standing of no type -------------------------------------------------------------------------

WHOLE = "ICE arrested 318 people in Memphis during the operation. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency said 52 of those arrested had prior deportation orders.",
        "About 30 percent of those arrested had been in the country for less than 2 years.",
    ],
)
def test_a_part_with_a_standing_of_no_type_is_no_count(sentence: str) -> None:
    assert counts(WHOLE + sentence) == {("arrests", 318, "people")}


def test_a_part_with_a_criminal_record_stays_a_count() -> None:
    sentence = "The agency said 52 of those arrested had criminal convictions."
    assert ("convictions", 52, "people") in counts(WHOLE + sentence)
