"""Records and deaths in custody told in the shapes round 17's records probes stressed (issue #7; GUIDELINES §2): a
level of deaths whose custodian is named in full ("Deaths in U.S. Immigration and Customs Enforcement detention rose
to …"), deaths at a site named by its kind after the story named a detention site ("two deaths at the same facility"),
indictments counted as papers, what a person has beside a record ("has no criminal record and two children"), and
people held on local charges (a jail's, not immigration detention). Each class beside its trap: the same shape that
must not change. Every sentence is invented."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deaths in U.S. Immigration and Customs Enforcement detention climbed to 31 in fiscal 2024, a report said.",
            {("deaths_in_custody", 31, "people")},
        ),
        (
            "Fatalities at Immigration and Customs Enforcement detention centers rose to 9 in 2023, records show.",
            {("deaths_in_custody", 9, "people")},
        ),
    ],
)
def test_a_level_of_deaths_in_a_custodians_full_name_counts_deaths(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_level_whose_subject_is_no_death_keeps_its_own_noun() -> None:
    text = "Detentions in U.S. Immigration and Customs Enforcement facilities climbed to 61,000 in June."
    assert counts(text) == {("detentions", 61000, "people")}


def test_deaths_at_a_site_named_by_its_kind_after_a_detention_site_are_in_custody() -> None:
    text = (
        "A Cuban man died Tuesday at the Krome North Service Processing Center, the agency said. "
        "Guards found him on the floor of a dormitory. Three deaths at the same center last year led to a lawsuit."
    )
    assert ("deaths_in_custody", 3, "people") in counts(text)


def test_deaths_at_a_site_named_by_its_kind_with_no_custody_before_are_no_count() -> None:
    text = (
        "Volunteers run a migrant shelter near the bus station in Tucson. "
        "Three deaths at the same center last year were blamed on the heat."
    )
    assert ("deaths_in_custody", 3, "people") not in counts(text)


def test_indictments_counted_are_papers_not_people_removed() -> None:
    text = "A grand jury in Phoenix returned four indictments Monday in a smuggling case, the U.S. attorney said."
    assert counts(text) == set()


def test_people_indicted_stay_charged() -> None:
    text = "A grand jury in Phoenix indicted four people Monday in a smuggling case, the U.S. attorney said."
    assert counts(text) == {("charged", 4, "people")}


@pytest.mark.parametrize(
    "text",
    [
        "The Salvadoran father held at the jail for ICE has no criminal record and two teenage sons, a lawyer said.",
        "A Mexican man arrested by ICE at his home had no prior convictions and four grandchildren, relatives said.",
    ],
)
def test_what_a_person_has_beside_a_record_is_no_count(text: str) -> None:
    assert not {c for c in counts(text) if c[0] in ("no_criminal_record", "convictions")}


def test_a_part_with_its_own_verb_after_a_record_keeps_its_count() -> None:
    text = "ICE arrested 60 people in the sweep, including 35 with criminal records and 25 with no criminal history."
    assert counts(text) == {
        ("arrests", 60, "people"),
        ("convictions", 35, "people"),
        ("no_criminal_record", 25, "people"),
    }


def test_people_held_on_local_charges_are_a_jails_not_detention() -> None:
    text = "The sheriff said all six were held on county charges of theft and burglary."
    assert not {c for c in counts(text) if c[0] == "detentions"}


def test_people_held_for_immigration_stay_held() -> None:
    text = "ICE was holding 45 migrants at the county jail on Friday, the sheriff said."
    assert counts(text) == {("detentions", 45, "people")}


def test_a_parts_record_before_a_second_predicate_keeps_the_record() -> None:
    text = (
        "Deputies turned 90 people over to ICE in May. "
        "Officials said 52 of the 90 had no criminal record and were stopped for broken taillights."
    )
    assert ("no_criminal_record", 52, "people") in counts(text)


def test_a_part_told_only_by_what_it_is_stays_no_count() -> None:
    text = "ICE is holding 140 people at the center. Officials said 61 of the 140 were women."
    assert ("detentions", 61, "people") not in counts(text)


def test_people_of_a_noun_the_lexicon_does_not_know_convicted_of_an_immigration_crime_are_charged() -> None:
    text = "Three foremen were convicted Wednesday of harboring undocumented workers at a dairy, prosecutors said."
    assert counts(text) == {("charged", 3, "people")}
