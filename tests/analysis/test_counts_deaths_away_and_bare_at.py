"""Three misreadings a review of round 16 found, each beside its trap (issue #7; sentences invented here, none taken
from the dev set or a probe): a level's subject that names a death on the way ("deaths in the desert rose to 12"),
a death in an encounter with agents, and a number after a bare "at" that names where a deed happened."""

from __future__ import annotations

from typed_counts import typed_counts as counts

# --- GUIDELINES §2 deaths_in_custody: people who died in immigration custody -------------------------------------


def test_a_level_whose_subject_died_on_the_way_is_no_death_in_custody() -> None:
    # the other clause's "Border" names no custody of those who died in the desert
    sentence = "Border crossings fell to 3,900 in April, and deaths in the desert climbed to 17."
    assert ("deaths_in_custody", 17, "people") not in counts(sentence)


def test_a_level_whose_subject_died_in_custody_stays_a_death_in_custody() -> None:
    sentence = "Border crossings fell to 3,900 in April, and deaths in CBP custody climbed to 17."
    assert ("deaths_in_custody", 17, "people") in counts(sentence)


def test_a_second_clause_death_needs_custody_in_its_own_words() -> None:
    # the first clause's "Border" is the apprehensions' setting, not the custody of those who died
    sentence = "Border arrests dropped to 2,150 last month, while deaths among migrants rose to 31."
    assert ("deaths_in_custody", 31, "people") not in counts(sentence)


def test_deaths_in_encounters_with_agents_are_no_deaths_in_custody() -> None:
    assert counts("At least 93 people died in encounters with Border Patrol agents since 2015.") == set()


def test_a_death_in_custody_after_an_encounter_stays_a_death_in_custody() -> None:
    sentence = "Two detainees died in ICE custody after violent encounters with guards."
    assert counts(sentence) == {("deaths_in_custody", 2, "people")}


# --- a bare "at" ends a level only after a verb of change or of standing -------------------------------------------


def test_a_number_after_a_bare_at_names_a_site_not_a_level() -> None:
    assert counts("The laborers, 38 in all, were arrested at three orchards outside Yakima.") == {
        ("arrests", 38, "people")
    }


def test_a_number_after_at_with_a_verb_of_standing_is_still_a_level() -> None:
    assert counts("Removals to Honduras stood at 2,750 in June.") == {("deportations", 2750, "people")}
