"""The smaller types read by their structure (issue #7; GUIDELINES §2 charged, convictions, no_criminal_record,
deaths_in_custody). Invented sentences, written blind, each beside its trap:

- defendants "found guilty" are charged; one person facing prison is no count; a part of the defendants told by a
  bare verdict ("31 were convicted") is charged, a part told by its record ("31 were convicted felons") stays
  convictions;
- a level whose event subject names its people by their record counts those people ("Arrests of immigrants with
  no criminal record rose to 8,400" is no_criminal_record); an event subject placed, not recorded, stays the action;
- a part of a tally placed "at facilities in Ohio" is a breakdown by place, not what the group is made of; a part
  told by what its people are stays out;
- bare "95 assaults" after a sentence naming assaults on officers are those; after a sentence about crime, none;
- the other end of a share's comparison, told after the share's whole, is a share of the same type;
- a bare "27 people have died" after a sentence of deaths in custody (same paragraph) are custody deaths.
"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

CHARGED = "charged"
DEATHS = "deaths_in_custody"


def test_one_person_facing_prison_is_no_count() -> None:
    assert counts("The driver faces up to 10 years in prison if convicted of smuggling migrants.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "ICE arrests of immigrants with no criminal record rose to 8,400 in April, agency data show.",
            {("no_criminal_record", 8400, "people")},
        ),
        (
            "Deportations of people without criminal convictions climbed to 5,600 in the quarter.",
            {("no_criminal_record", 5600, "people")},
        ),
        (
            "Arrests of migrants with criminal records fell to 3,100 last month, the agency said.",
            {("convictions", 3100, "people")},
        ),
    ],
)
def test_a_level_of_people_named_by_their_record_counts_them(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_a_level_of_an_event_placed_stays_the_action() -> None:
    assert counts("ICE arrests of immigrants in the interior rose to 21,000 in April.") == {
        ("arrests", 21000, "people")
    }


def test_a_part_of_a_death_tally_at_sites_of_a_place_is_a_breakdown() -> None:
    text = "At least 25 people died in ICE detention in 2025. Six of the deaths were at detention centers in Louisiana."
    assert counts(text) == {(DEATHS, 25, "people"), (DEATHS, 6, "people")}


def test_a_part_made_of_a_kind_of_people_stays_out() -> None:
    text = "ICE is holding 1,200 people at the center. Of them, 300 are in the country on expired visas."
    assert counts(text) == {("detentions", 1200, "people")}


def test_assaults_after_a_sentence_naming_assaults_on_officers_are_those() -> None:
    text = (
        "Attacks against Border Patrol agents have doubled this year, the agency said. "
        "It counted 64 assaults through June, compared with 30 a year earlier."
    )
    assert counts(text) == {("assaults_on_officers", 64, "incidents"), ("assaults_on_officers", 30, "incidents")}


def test_assaults_after_a_sentence_about_crime_stay_out() -> None:
    text = "Violent crime rose in the county this year, the sheriff said. Deputies counted 64 assaults through June."
    assert counts(text) == set()


def test_the_other_end_of_a_share_after_its_whole_is_a_share() -> None:
    text = (
        "About 64 percent of the 2,300 people held at the Adelanto ICE Processing Center had no criminal record, "
        "up from 49 percent in 2024."
    )
    assert counts(text) == {
        ("no_criminal_record", 64, "percent"),
        ("detentions", 2300, "people"),
        ("no_criminal_record", 49, "percent"),
    }


def test_the_other_end_of_a_people_count_keeps_its_type() -> None:
    text = "ICE held 2,300 people at the Adelanto ICE Processing Center in March, up from 1,900 in 2024."
    assert counts(text) == {("detentions", 2300, "people"), ("detentions", 1900, "people")}


def test_people_found_guilty_are_charged() -> None:
    assert counts("Twenty-three people have been found guilty of visa fraud in the scheme, prosecutors said.") == {
        (CHARGED, 23, "people")
    }


def test_a_part_of_the_defendants_told_by_its_verdict_is_charged() -> None:
    text = "Of the 45 defendants indicted in the smuggling ring, 31 were convicted and the rest await trial."
    assert counts(text) == {(CHARGED, 45, "people"), (CHARGED, 31, "people")}


def test_a_part_of_the_defendants_with_a_record_stays_a_record() -> None:
    text = "Prosecutors charged 45 people in the smuggling ring; 31 were convicted felons, court records show."
    assert counts(text) == {(CHARGED, 45, "people"), ("convictions", 31, "people")}


def test_deaths_after_a_sentence_of_custody_deaths_are_in_custody() -> None:
    text = "Deaths in immigration detention have reached a record. Since January, 27 people have died, advocates said."
    assert counts(text) == {(DEATHS, 27, "people")}


def test_deaths_after_a_sentence_of_desert_crossings_stay_out() -> None:
    text = "Migrants who cross the Sonoran Desert face heat and thirst. Since January, 27 people have died there."
    assert counts(text) == set()
