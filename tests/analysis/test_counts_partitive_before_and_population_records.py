"""Rarer fact types told across two sentences or against a population (issue #7, round 23; GUIDELINES §2): a pronoun
partitive opening the sentence after a count of deaths in custody ("Two of them were held at ...") counts deaths,
not people held; a pronoun partitive of the events counted in the sentence before ("... 31 of them") counts those
events; a prosecution noun keeps its number across a day ("returned indictments Friday against 9 men"); a share of
a whole population with criminal records ("4 percent of undocumented residents had a conviction") is no count.
Each class beside its trap. Every sentence is invented."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven detainees have died in ICE custody since January. Three of them were held at the Krome center.",
            {("deaths_in_custody", 7, "people"), ("deaths_in_custody", 3, "people")},
        ),
        (
            "Eleven men died in immigration detention last year. Four of those were detained in Georgia.",
            {("deaths_in_custody", 11, "people"), ("deaths_in_custody", 4, "people")},
        ),
    ],
)
def test_a_partitive_after_deaths_in_custody_counts_deaths(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_partitive_after_arrests_held_somewhere_stays_held() -> None:
    text = "Agents arrested 60 people in the sweep. Twenty of them were held at the county jail."
    assert ("deaths_in_custody", 20, "people") not in counts(text)


def test_a_partitive_after_deaths_in_another_paragraph_is_not_a_death() -> None:
    text = "Seven detainees have died in ICE custody since January.\n\nTwenty of them were held at the Krome center."
    assert ("deaths_in_custody", 20, "people") not in counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers reported 52 assaults on ICE agents in the spring. Deportation officers faced 31 of them.",
            {("assaults_on_officers", 52, "incidents"), ("assaults_on_officers", 31, "incidents")},
        ),
        (
            "The jail received 70 immigration detainers in May. It honored 18 of them.",
            {("detainers", 70, "requests"), ("detainers", 18, "requests")},
        ),
    ],
)
def test_a_pronoun_partitive_of_events_counted_before_counts_those_events(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_pronoun_partitive_of_people_counted_before_is_no_event() -> None:
    text = "Officers reported 52 assaults on ICE agents. Investigators charged 12 people. Six of them fled."
    assert ("assaults_on_officers", 6, "incidents") not in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "A grand jury in Yuma returned indictments Friday against 9 men accused of moving migrants north.",
        "Prosecutors filed charges last week against 14 people caught at a stash house.",
    ],
)
def test_a_prosecution_noun_governs_across_a_day(text: str) -> None:
    assert ("charged", 14 if "14" in text else 9, "people") in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 4 percent of undocumented residents in the state had a felony conviction, the study found.",
        "Researchers said 2% of noncitizens nationwide have a violent record.",
    ],
)
def test_records_of_a_whole_population_are_no_count(text: str) -> None:
    assert not {c for c in counts(text) if c[0] in ("convictions", "no_criminal_record")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 45 percent of immigrants arrested in the operation had criminal convictions.",
            ("convictions", 45, "percent"),
        ),
        (
            "Roughly 70% of the immigrants held in ICE detention in Georgia have no criminal record.",
            ("no_criminal_record", 70, "percent"),
        ),
    ],
)
def test_records_of_people_an_action_touched_still_count(text: str, expected: tuple) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A grand jury in Del Rio indicted 18 people in the smuggling case. Eleven have since been convicted.",
            {("charged", 18, "people"), ("charged", 11, "people")},
        ),
        (
            "Prosecutors charged 26 workers with identity fraud. Twenty were convicted.",
            {("charged", 26, "people"), ("charged", 20, "people")},
        ),
    ],
)
def test_a_bare_verdict_right_after_charges_is_the_prosecution(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ICE officers arrested 70 people in the sweep. Forty have been convicted.",
        "Prosecutors charged 26 workers with identity fraud. Twenty had been convicted of other crimes before.",
    ],
)
def test_a_bare_verdict_after_arrests_or_a_past_record_stays_a_record(text: str) -> None:
    assert any(c[0] == "convictions" for c in counts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Detainees keep dying in federal immigration custody. At least 17 have died since October.",
        "Immigration detainees are dying at a pace not seen in years. At least 17 have died since October.",
    ],
)
def test_deaths_after_detainees_said_to_be_dying_are_in_custody(text: str) -> None:
    assert ("deaths_in_custody", 17, "people") in counts(text)


def test_deaths_after_migrants_dying_in_the_desert_are_not_in_custody() -> None:
    text = "Migrants are dying in the desert heat. At least 17 have died since October."
    assert ("deaths_in_custody", 17, "people") not in counts(text)
