"""Numbers in enforcement stories that count no people an action touched (issue #7, round 22, precision22): people
whose own predicate is a standing in court ("are in removal proceedings"), a death outside custody ("died at the
scene"), a norm or a prospect told by a modal ("should be kept", "could face"), or a charge or suspicion of a crime that
is no immigration crime named further into the clause ("were charged with possession of heroin", "held ... for two
hours on suspicion of drunk driving"). GUIDELINES §2: a count is a number of people an enforcement action touched;
`charged` is for immigration crimes; deaths count only in immigration custody; projections are no counts. Each class
is tested on invented sentences and on its trap, a close sentence that is a count and must stay one. (The sentences
are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a standing in court -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        "ICE officers arrested 31 people in Raleigh on Monday.\n"
        "About 12,400 immigrants in Wake County are in removal proceedings, court figures show.",
        "Border Patrol agents apprehended 640 migrants near Eagle Pass last week.\n"
        "Some 70,000 asylum seekers from the region remain in deportation proceedings in Texas courts.",
    ],
)
def test_people_in_proceedings_are_no_count(story: str) -> None:
    found = {value for _, value, _ in counts(story)}
    assert 12400 not in found and 70000 not in found
    assert found & {31, 640}


def test_detainees_in_proceedings_stay_held() -> None:
    sentence = "The Stewart Detention Center held 1,730 detainees on Friday, all of them in removal proceedings."
    assert ("detentions", 1730, "people") in counts(sentence)


# --- a death outside custody ----------------------------------------------------------------------------------------


def test_people_who_died_in_a_crash_are_no_apprehensions() -> None:
    story = (
        "Border Patrol agents apprehended 17 migrants near Cotulla on Sunday after a pickup fled a checkpoint.\n"
        "Three passengers in the pickup died when it rolled over on Highway 97, the sheriff said."
    )
    assert counts(story) == {("border_apprehensions", 17, "people")}


def test_apprehension_before_a_crash_stays_a_count() -> None:
    sentence = "Agents apprehended 9 migrants who survived the crash near Cotulla, the Border Patrol said."
    assert ("border_apprehensions", 9, "people") in counts(sentence)


# --- a modal predicate ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        "The county jail held 210 ICE detainees on Tuesday.\n"
        '"No more than 40 people should be locked in a unit like that," the inspector said.',
        "ICE detained 88 people in the Twin Cities this week.\n"
        "Lawyers warned that 300 more families could face detention if the program expands.",
    ],
)
def test_modal_predicates_are_no_count(story: str) -> None:
    found = {value for _, value, _ in counts(story)}
    assert 40 not in found and 300 not in found
    assert found & {210, 88}


def test_past_action_stays_a_count() -> None:
    sentence = "At least 40 people were locked in a single unit at the county jail for ICE, the inspector found."
    assert ("detentions", 40, "people") in counts(sentence)


# --- a charge of another crime further into the clause ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Federal prosecutors charged 6 men with illegal reentry in Laredo, and 3 women arrested with them were "
            "charged with possession of heroin.",
            {("charged", 6, "people")},
        ),
        (
            "Troopers held four drivers for about two hours on suspicion of drunk driving near Odessa before "
            "releasing them.",
            set(),
        ),
    ],
)
def test_charges_of_other_crimes_are_no_count(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_smuggling_charge_beside_another_crime_stays_charged() -> None:
    sentence = (
        "Prosecutors said 7 drivers were charged with transporting undocumented migrants and possession of a firearm."
    )
    assert ("charged", 7, "people") in counts(sentence)


def test_booked_into_jail_on_another_charge_is_no_count() -> None:
    story = (
        "ICE officers arrested 26 people in Modesto on Thursday.\n"
        "Some 640 people were booked into the Stanislaus County jail on DUI charges last month, the sheriff said."
    )
    assert counts(story) == {("arrests", 26, "people")}


def test_booked_into_jail_on_immigration_holds_stays_a_count() -> None:
    sentence = "Deputies booked 19 men into the county jail on immigration detainers, the sheriff said."
    assert any(value == 19 for _, value, _ in counts(sentence))


# --- people a policy affects --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        "ICE deported 4,120 people in September, the agency said.\n"
        "The new rule could affect as many as 250,000 people, according to the department's own estimate.",
        "Agents arrested 73 workers at the plant in Marshalltown.\n"
        "Union leaders said the shutdown would impact about 1,900 employees.",
    ],
)
def test_people_a_policy_affects_are_no_count(story: str) -> None:
    found = {value for _, value, _ in counts(story)}
    assert 250000 not in found and 1900 not in found
    assert found & {4120, 73}
