"""The right number with the right type (issue #7, round 23, types23): the type decided by the structure around the
number (who acted, where, the verb and its voice, the counted noun, a population or an action, people sent back at
the border), pinned on invented sentences beside a sentence of near words whose answer differs. These decisions hold
on main; the rules tried this round to move them (a by-agent passive as detentions, an approximation between
"detained" and its number) lost matched counts on the judges and were dropped, so each pair here guards the
measured choice. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- who acted and where: interior agencies inside the country, the Border Patrol at the line ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ICE inside a border state's inland city, and in a town on the line at people's homes: arrests
        (
            "TEMPE, Ariz. — ICE officers arrested 57 people in Tempe and Chandler during a three-day operation.",
            ("arrests", 57, "people"),
        ),
        (
            "LAREDO, Texas — ICE deportation officers arrested 23 people at their homes in Laredo this week.",
            ("arrests", 23, "people"),
        ),
        # a sector named as the agents' home post, the act in an inland town: arrests
        (
            "Agents from the Border Patrol's Yuma Sector arrested 34 people at a car wash in Fresno on Monday.",
            ("arrests", 34, "people"),
        ),
        # the same verb by Border Patrol agents of a sector at the line: border apprehensions
        (
            "Border Patrol agents in the Laredo Sector arrested 1,870 people who crossed illegally last month.",
            ("border_apprehensions", 1870, "people"),
        ),
    ],
)
def test_who_acted_and_where_type_the_count(text: str, expected: tuple[str, int, str]) -> None:
    assert expected in counts(text)


# --- a population held and people taken into custody --------------------------------------------------------------


def test_a_population_in_custody_is_detentions_and_people_taken_into_custody_arrests() -> None:
    found = counts(
        "ICE officers took 140 people into custody in Dallas during a weeklong operation. "
        "Nationwide, ICE was holding 59,800 people in custody on Sunday, agency data show."
    )
    assert ("arrests", 140, "people") in found
    assert ("detentions", 59800, "people") in found


# --- the counted noun: detainees, deportees, defendants -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Otero County Processing Center held 870 detainees on Friday, agency data show.", ("detentions", 870)),
        ("A flight carrying 121 deportees landed in San Salvador on Wednesday.", ("deportations", 121)),
        (
            "Federal prosecutors in Arizona charged 145 defendants with illegal re-entry in April.",
            ("charged", 145),
        ),
    ],
)
def test_the_counted_noun_types_the_count(text: str, expected: tuple[str, int]) -> None:
    assert (*expected, "people") in counts(text)


# --- people sent back at the border: deportations, beside the apprehensions of the same agents --------------------


def test_people_expelled_at_the_border_are_deportations_not_apprehensions() -> None:
    found = counts(
        "Border Patrol agents in the Big Bend Sector expelled 640 migrants to Mexico under Title 42 last week. "
        "Agents apprehended another 910 people in the sector who were processed for removal."
    )
    assert ("deportations", 640, "people") in found
    assert ("border_apprehensions", 910, "people") in found


def test_a_local_force_turning_inmates_over_makes_detentions_and_ice_removing_them_deportations() -> None:
    found = counts(
        "The Carroll County Sheriff's Office turned over 52 inmates to ICE last year under its 287(g) agreement. "
        "ICE later deported 30 of them, the report said."
    )
    assert ("detentions", 52, "people") in found  # round 24's convention: a handover to ICE is people held
    assert ("deportations", 30, "people") in found


# --- prosecution: pleas and sentences for an immigration crime are charged ----------------------------------------


def test_a_guilty_plea_to_reentry_is_charged() -> None:
    found = counts("Twenty-seven people pleaded guilty in federal court in Yuma last month to illegal re-entry.")
    assert ("charged", 27, "people") in found
    assert not any(t == "convictions" for t, _, _ in found)


# --- a part of a count no immigration agency took, held at a county jail, is the jail's own ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # the whole is no immigration action: police at a protest, a jail's own bookings
        "Police arrested 37 people at a protest in Lincoln. Of those, 16 were being held at the county jail.",
        "The county jail booked 870 people in May. Of those, 16 were being held on state charges at the jail.",
    ],
)
def test_a_part_of_a_count_no_immigration_agency_took_stays_the_jails_own(text: str) -> None:
    assert not any(t == "detentions" for t, _, _ in counts(text))
