"""Border apprehensions and their look-alikes (issue #7, round 22): who made a count near the border, and a count's
words told in the border's own forms (GUIDELINES §2). Each class is tested on invented sentences and on its traps.
(The sentences are invented here, none taken from the dev set or a probe.)

- a state or local force named right before its arrest verb makes arrests, even in a sentence about the border
  (GUIDELINES §1: state and local police acting for immigration purposes arrest; §2: border apprehensions are CBP's
  and Border Patrol's);
- an addition between the verb and its number ("encountered another 2,040 inadmissible visitors") leaves the verb
  governing the number, whatever noun the lexicon lacks after it;
- a list item placed "near" a town ("including 61 near Fabens") counts what the count before it counts, as one placed
  "in" or "at" a town does.
"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a state or local force's own arrests near the border are arrests ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("State troopers have arrested more than 9,300 people on trespassing charges under the border mission.", 9300),
        ("Sheriff's deputies arrested 12 migrants near the border in Hudspeth County on Sunday.", 12),
        ("Arizona Highway Patrol officers arrested 27 people along the border fence last month.", 27),
    ],
)
def test_a_state_force_arresting_near_the_border_makes_arrests(text: str, value: int) -> None:
    assert counts(text) == {("arrests", value, "people")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Border Patrol's own apprehensions, and a force that hands its people over to it, stay at the border
        (
            "Border Patrol agents apprehended 31 migrants near the border on Sunday.",
            {("border_apprehensions", 31, "people")},
        ),
        (
            "Troopers arrested 31 migrants near the border and turned them over to the Border Patrol.",
            {("border_apprehensions", 31, "people")},
        ),
        # the force named, but the number governed by another subject's verb
        (
            "Troopers patrolled the river while agents apprehended 31 migrants near the border.",
            {("border_apprehensions", 31, "people")},
        ),
    ],
)
def test_the_border_patrols_own_apprehensions_stay_at_the_border(text: str, expected: set) -> None:
    assert counts(text) == expected


# --- an addition between the verb and its number ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers at the ports of entry along the southern border encountered another 2,040 inadmissible visitors.",
            {("border_apprehensions", 2040, "people")},
        ),
        ("ICE officers arrested an additional 64 laborers at the Omaha plant.", {("arrests", 64, "people")}),
        ("ICE removed a further 130 on a second flight to Guatemala.", {("deportations", 130, "people")}),
    ],
)
def test_an_addition_leaves_the_verb_governing_its_number(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ICE hopes to arrest another 800 people next month.",  # a plan
        "Agents seized another 40 pounds of fentanyl at the port.",  # no people
        "The county asked ICE to rent another 200 beds at the jail.",  # beds
    ],
)
def test_an_addition_of_no_people_touched_gives_no_count(text: str) -> None:
    assert counts(text) == set()


# --- a list item placed near a town ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border Patrol agents apprehended 233 migrants along the southern border overnight, including 61 near "
            "Fabens.",
            {("border_apprehensions", 233, "people"), ("border_apprehensions", 61, "people")},
        ),
        (
            "ICE officers arrested 140 people in Georgia this week, including 35 near Savannah.",
            {("arrests", 140, "people"), ("arrests", 35, "people")},
        ),
    ],
)
def test_a_list_item_placed_near_a_town_counts_what_its_lead_counts(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_list_item_near_a_number_of_things_is_no_place() -> None:
    text = "ICE officers arrested 140 people in Georgia this week, near 30 schools."
    assert counts(text) == {("arrests", 140, "people")}


# --- agents named by the line they came from act where the sentence puts them ---------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agents from the southern border arrested 64 people in Indianapolis over the weekend.", 64),
        ("Officers sent from the border arrested 18 people at a car wash in Omaha.", 18),
    ],
)
def test_agents_from_the_border_arresting_inland_make_arrests(text: str, value: int) -> None:
    assert counts(text) == {("arrests", value, "people")}


@pytest.mark.parametrize(
    "text",
    [
        "Agents from the border town of Douglas apprehended 64 migrants in the desert on Friday.",  # a town by the line
        "Agents apprehended 64 migrants who had come from the border on foot.",  # the migrants' way, not the agents'
        "Border Patrol agents apprehended 64 migrants near the border, far from the checkpoint.",
    ],
)
def test_the_border_that_is_no_agents_home_stays_at_the_border(text: str) -> None:
    assert counts(text) == {("border_apprehensions", 64, "people")}


# --- the members of family units are people ------------------------------------------------------------------------


def test_members_of_family_units_are_the_people_counted() -> None:
    text = "Agents in the sector apprehended 2,610 migrants in May, among them 390 members of family units."
    assert counts(text) == {("border_apprehensions", 2610, "people"), ("border_apprehensions", 390, "people")}


@pytest.mark.parametrize(
    "text",
    [
        "ICE arrested 40 members of a street gang in Houston.",  # a gang's members: not this noun
        "The board has 12 members of families from the valley.",  # no enforcement action
    ],
)
def test_other_members_are_unchanged(text: str) -> None:
    assert counts(text) == set()


# --- migrants named with their deed open a level's clause, however long the deed ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Migrants caught crossing the river into Texas unlawfully numbered 4,410 in August.",
            {("border_apprehensions", 4410, "people")},
        ),
        (
            "Immigrants arrested by ICE officers across the Denver metro area totaled 310 last week.",
            {("arrests", 310, "people")},
        ),
    ],
)
def test_migrants_and_their_deed_open_a_level(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Migrants living in the county without papers numbered about 40,000.",  # no deed of enforcement
        "People detained at the rally outside city hall downtown numbered 40.",  # not the migrants' noun
    ],
)
def test_a_level_of_people_no_enforcement_touched_gives_no_count(text: str) -> None:
    assert counts(text) == set()
