"""Numbers that are no counts where the rules gave one (issue #7, round 25, precision25): a level an agency means to
reach (GUIDELINES §2: projections and plans are no counts) and a jail's own inmates with the jail named after them
(GUIDELINES §2 detentions: immigration detention). Each beside the count that must stay. (The sentences are
invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a level aimed at: a future or wished verb of reaching with the number its object ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE held 52,000 people on Monday. The agency wants to reach a detention population of 80,000 by June.",
        "ICE held 52,000 people on Monday. Officials said the agency will soon hit 80,000 detainees.",
        "ICE held 52,000 people on Monday. The budget office hopes to top 80,000 detained by next summer.",
        'ICE held 52,000 people on Monday. "We\'ll reach 80,000 detainees," the director said.',
    ],
)
def test_a_level_aimed_at_is_no_count(sentence: str) -> None:
    assert counts(sentence) == {("detentions", 52000, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of people in ICE detention reached 61,000 in October, agency data show.",
        "ICE said the number of people in its detention centers had reached 61,000 by October.",
    ],
)
def test_a_level_reached_stays_a_count(sentence: str) -> None:
    assert counts(sentence) == {("detentions", 61000, "people")}


# --- a jail's own inmates, the jail named after the held people ----------------------------------------------------


def test_a_jails_inmates_named_before_the_jail_are_no_count() -> None:
    text = "Deputies held 3,400 inmates in the Fresno County jail on Friday, and 17 of them were handed to ICE."
    assert ("detentions", 3400, "people") not in counts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE held 310 inmates in the Fresno County jail on Friday under its contract with the county.",
        "Deputies held 310 immigration detainees in the Fresno County jail on Friday for ICE.",
    ],
)
def test_people_held_in_a_jail_for_immigration_stay_a_count(sentence: str) -> None:
    assert ("detentions", 310, "people") in counts(sentence)


# --- a jail's deaths, the immigration hold denied in a tail --------------------------------------------------------


def test_a_jails_deaths_with_the_hold_denied_are_no_count() -> None:
    text = "The county's two jails reported 9 in-custody deaths in 2025, none of them ICE detainees."
    assert ("deaths_in_custody", 9, "people") not in counts(text)


def test_deaths_in_a_jail_with_an_immigration_hold_stay_a_count() -> None:
    text = "Nine ICE detainees died in custody at the county jail in 2025, none of them from COVID-19."
    assert ("deaths_in_custody", 9, "people") in counts(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE held 52,000 people on Monday, and officials said detention was poised to top 80,000.",
        "ICE held 52,000 people on Monday. The president wants the agency to hold 80,000 people.",
        "ICE held 52,000 people on Monday. The memo tells ICE to speed removals and to detain 80,000 people.",
    ],
)
def test_a_level_scheduled_or_wished_for_others_is_no_count(sentence: str) -> None:
    assert counts(sentence) == {("detentions", 52000, "people")}
