"""Two readings of round 22's leftovers (issue #7). People that immigration enforcement finds kept in a smugglers'
hideout ashore (a house, a residence, a stash house) are caught there as a vehicle's load is: apprehended where the
Border Patrol or the border is named. "one of N <people> held at ..." set off in the sentence of the one
gives N its own words only: the one's death after the comma is not theirs. The traps: people found in a house by
firefighters, people with no migrant noun in a plain house, a whole that itself died. (Sentences invented
here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_border_patrol_finding_migrants_in_a_house_is_an_apprehension() -> None:
    got = counts("Border Patrol agents found 29 migrants crammed inside a home near Hebbronville on Friday.")
    assert got == {("border_apprehensions", 29, "people")}


def test_the_finding_governs_over_a_later_custody_verb() -> None:
    text = "Border Patrol agents found 52 migrants in a residence in Del Rio and took them into custody."
    assert counts(text) == {("border_apprehensions", 52, "people")}


def test_border_patrol_finding_people_at_a_stash_house_is_an_apprehension() -> None:
    got = counts("Border Patrol agents found 11 people at a stash house in Eagle Pass while serving a search warrant.")
    assert got == {("border_apprehensions", 11, "people")}


def test_other_agencies_finding_people_in_a_house_are_not_apprehensions() -> None:
    got = counts("HSI agents found 11 people at a stash house in Atlanta while executing a search warrant.")
    assert ("border_apprehensions", 11, "people") not in got


def test_firefighters_finding_people_in_a_house_is_no_count() -> None:
    assert counts("Firefighters found 9 people inside a burning house in Tulsa and carried them out.") == set()


def test_people_in_a_house_not_a_stash_house_need_a_migrant_noun() -> None:
    assert counts("Agents found 6 children inside a house in Yuma during a welfare check.") == set()


def test_one_of_many_held_gives_the_whole_its_own_participle() -> None:
    text = "The woman, one of about 950 people detained at the Otero County Processing Center, died Tuesday."
    assert ("detentions", 950, "people") in counts(text)
    assert ("deaths_in_custody", 950, "people") not in counts(text)


def test_one_of_many_who_died_keeps_the_whole_a_death() -> None:
    got = counts("He was one of 14 people who died in ICE custody that year.")
    assert ("deaths_in_custody", 14, "people") in got
