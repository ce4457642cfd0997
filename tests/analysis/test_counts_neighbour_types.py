"""The right value with a neighbouring type (issue #7, round 15): who acted and where tells an arrest from a border
apprehension, and what a jail did tells a detainer from a detention (GUIDELINES §2). Each class is tested on an
invented sentence and on its trap, a close sentence that must not change. (The sentences are invented here, none
taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a sector named as the agents' home or their chief's names the agency, not the place --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents from the Big Bend Sector arrested 66 people in Omaha over three days.",
            {("arrests", 66, "people")},
        ),
        (
            "Border Patrol agents from the Laredo Sector arrested 21 roofers at a job site in Nashville.",
            {("arrests", 21, "people")},
        ),
        (
            "The Del Rio Sector chief said his agents arrested 310 people in Portland during the surge.",
            {("arrests", 310, "people")},
        ),
    ],
)
def test_a_sector_named_as_the_agents_home_is_no_border_place(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sector as the place of the action, or the agents' home where they act by the border
        (
            "Agents in the Big Bend Sector apprehended 66 migrants over three days.",
            {("border_apprehensions", 66, "people")},
        ),
        (
            "Agents from the Laredo Sector apprehended 21 migrants near Zapata on Sunday.",
            {("border_apprehensions", 21, "people")},
        ),
        ("The sector chief said agents apprehended 1,450 migrants in May.", {("border_apprehensions", 1450, "people")}),
    ],
)
def test_a_sector_named_as_a_place_stays_at_the_border(text: str, expected: set) -> None:
    assert counts(text) == expected


# --- a jail holding inmates past their release for immigration authorities honours a detainer ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sheriff's deputies in Ada County held 27 inmates past their release dates at the request of ICE last year.",
        "The county jail held 27 people beyond their scheduled release for immigration officials in March.",
    ],
)
def test_inmates_held_past_their_release_for_immigration_are_detainers(text: str) -> None:
    assert counts(text) == {("detainers", 27, "requests")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people held on detainers, with no release day said, are the people held
        ("The Ada County jail was holding 27 people on immigration detainers.", {("detentions", 27, "people")}),
        # held past release with no immigration authority named: no detainer
        ("The jail held 27 inmates past their release dates because of a software fault.", set()),
    ],
)
def test_people_held_on_detainers_or_for_another_reason_are_unchanged(text: str, expected: set) -> None:
    assert counts(text) == expected


# --- inmates ICE takes into its custody from a jail are held (a handover) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ICE officers took custody of 58 inmates from the Polk County jail over the summer.",
        "Deportation officers picked up 58 prisoners from the state penitentiary in Lincoln.",
    ],
)
def test_inmates_taken_into_ice_custody_from_a_jail_are_held(text: str) -> None:
    # round 24's convention: ICE taking inmates from a jail or prison is a handover, people held by ICE
    assert counts(text) == {("detentions", 58, "people")}


def test_inmates_ice_holds_stay_detentions() -> None:
    assert counts("ICE was holding 58 inmates at the Polk County jail over the summer.") == {
        ("detentions", 58, "people")
    }


# --- charges for crimes that people in an action already had are their record -------------------------------------


def test_a_part_of_those_arrested_charged_with_crimes_before_is_a_record() -> None:
    text = "Officers arrested 96 people in the sweep. Of those arrested, 33 had previously been charged with crimes."
    assert counts(text) == {("arrests", 96, "people"), ("convictions", 33, "people")}


def test_a_part_charged_with_an_immigration_crime_stays_charged() -> None:
    text = "Officers arrested 96 people in the sweep. Of those arrested, 33 have been charged with illegal reentry."
    assert counts(text) == {("arrests", 96, "people"), ("charged", 33, "people")}


# --- a clause of its own set inside the country by its scope is an arrest, whatever border the sentence names ------


@pytest.mark.parametrize(
    "text",
    [
        "Agents caught 31,000 migrants at the border in April, while officers inside the United States arrested 8,200.",
        "Agents caught 31,000 migrants at the border in April; in sanctuary cities, officers arrested 8,200 people.",
    ],
)
def test_a_clause_inside_the_country_by_scope_is_an_arrest(text: str) -> None:
    assert counts(text) == {("border_apprehensions", 31000, "people"), ("arrests", 8200, "people")}


def test_a_clause_with_the_border_of_its_own_stays_at_the_border() -> None:
    text = "Agents caught 31,000 migrants at the border in April, while officers arrested 8,200 more near the border."
    assert counts(text) == {("border_apprehensions", 31000, "people"), ("border_apprehensions", 8200, "people")}


# --- a conviction in this story's court, told with its day, court or jury, is a prosecution -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Federal prosecutors said 6 drivers were convicted this week of transporting migrants through Del Rio.",
        "Six drivers were convicted Friday in federal court in Del Rio of transporting migrants, prosecutors said.",
        "Six drivers were convicted by a federal jury of transporting migrants, the U.S. attorney said.",
    ],
)
def test_a_conviction_told_with_its_day_or_court_is_a_prosecution(text: str) -> None:
    assert counts(text) == {("charged", 6, "people")}


def test_a_conviction_told_with_a_past_time_stays_a_record() -> None:
    text = "Officers arrested 96 people. Of those arrested, 6 were convicted last year of crimes including assault."
    assert counts(text) == {("arrests", 96, "people"), ("convictions", 6, "people")}


# --- one person's removals counted by the event noun are incidents --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Salvadoran national with seven prior removals was sentenced Monday to 41 months in prison.",
        "Ortiz, a 52-year-old with seven prior deportations, was arrested outside his home in Tulsa.",
        "The 33-year-old had seven prior removals, court records show.",
    ],
)
def test_one_person_s_removals_are_incidents(text: str) -> None:
    assert counts(text) == {("deportations", 7, "incidents")}


def test_removals_of_a_group_stay_people() -> None:
    text = "Salvadoran nationals with prior removals accounted for 7,100 removals last year."
    assert counts(text) == {("deportations", 7100, "people")}
