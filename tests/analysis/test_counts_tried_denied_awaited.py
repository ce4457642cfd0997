"""Numbers near an action that the text does not say was done to them, and a done count told beside what was only
aimed at (issue #7; GUIDELINES §2: a count is people an action touched; plans are no counts; facts are what the text
states). Invented sentences, written blind, each class with its trap:

- an action only tried ("agents tried to arrest five men") is no count; one done after a try stays;
- a number inside what a speaker denies ("denied reports that agents had arrested 30 students") is not stated; one
  confirmed, or the deed a denial presupposes ("denied that agents broke the law when they detained 30"), stays;
- people held while their removal is awaited are held (detentions), and people arrested who now await removal were
  arrested: the removal awaited is no deportation;
- a goal told after a done count ("arrested 900, short of its goal of 1,500") leaves the count a count, and the goal
  no count; an action aimed at ("aiming to deport 2,000") is a plan;
- a jail's own headcount ("the county jail holds about 1,500 inmates") is no immigration detention where its words
  name no immigration hold, even when another clause names ICE; people the jail holds for ICE stay detentions;
- the whole of a part told with its noun ("Two of the 9 plaintiffs have since been deported") takes no action from the
  part's predicate; a whole whose own words name the action ("of the 40 workers arrested Monday") keeps its reading.
"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

ARRESTS, HELD, REMOVED = "arrests", "detentions", "deportations"


@pytest.mark.parametrize(
    "text",
    [
        "Federal agents tried to arrest five men at a car wash in Tulsa, but the men drove off before agents came.",
        "Deputies attempted to detain 14 farmworkers near Yakima on Friday, witnesses said.",
        "ICE failed to deport 60 Cubans last year because Havana refused the flights.",
    ],
)
def test_an_action_only_tried_is_no_count(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents managed to arrest nine men after a chase through an orchard near Yakima.", {(ARRESTS, 9, "people")}),
        ("After trying to stop the van twice, agents arrested 11 people in Tulsa.", {(ARRESTS, 11, "people")}),
    ],
)
def test_an_action_done_after_a_try_stays_a_count(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ICE denied reports that agents had arrested 30 students outside a middle school in Aurora.",
        "The sheriff rejected claims that deputies detained 18 day laborers for ICE in Pasco.",
    ],
)
def test_a_number_inside_a_denial_is_no_count(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICE confirmed reports that agents had arrested 30 workers at a bakery in Aurora.", {(ARRESTS, 30, "people")}),
        (
            "ICE denied that agents broke the law when they arrested 30 workers at a bakery in Aurora.",
            {(ARRESTS, 30, "people")},
        ),
    ],
)
def test_a_confirmed_or_presupposed_deed_stays_a_count(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another 16 remain in ICE custody in Tacoma, awaiting deportation to Guatemala.", {(HELD, 16, "people")}),
        ("Some 45 men are being held at the processing center pending removal.", {(HELD, 45, "people")}),
        ("Agents arrested 23 people in Salem, and all of them now await deportation.", {(ARRESTS, 23, "people")}),
    ],
)
def test_people_held_or_arrested_while_removal_is_awaited_are_not_removed(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICE deported 80 men who had been held in Tacoma awaiting removal.", {(REMOVED, 80, "people")}),
        ("About 2,300 Haitians in Ohio face deportation if the program ends.", set()),
    ],
)
def test_a_removal_done_or_only_faced_keeps_its_reading(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers arrested 900 people in Houston last week, short of the agency's goal of 1,500.",
            {(ARRESTS, 900, "people")},
        ),
        ("ICE arrested 640 people in Denver in May, missing the quota set in Washington.", {(ARRESTS, 640, "people")}),
    ],
)
def test_a_done_count_beside_a_goal_stays_a_count(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The agency is aiming to deport 2,000 people from Oregon by the summer.",
        "ICE aims for 4,500 arrests in Houston this month.",
        "ICE plans to detain 700 more people in Georgia.",
    ],
)
def test_an_action_aimed_at_is_no_count(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Pinal County jail holds about 1,500 inmates, and ICE pays for 120 beds there.",
        "The county jail held 2,100 inmates on Sunday; the sheriff has a 287(g) agreement.",
    ],
)
def test_a_jails_own_headcount_is_no_detention(text: str) -> None:
    assert (HELD, 1500, "people") not in counts(text)
    assert (HELD, 2100, "people") not in counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pinal County jail holds about 350 people for ICE.", {(HELD, 350, "people")}),
        ("On Sunday the county jail held 85 ICE detainees, the sheriff said.", {(HELD, 85, "people")}),
        (
            "The prison in Eloy holds about 1,500 men, nearly all of them immigrants held for ICE.",
            {(HELD, 1500, "people")},
        ),
    ],
)
def test_people_a_jail_holds_for_immigration_stay_detentions(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the 9 plaintiffs have since been deported to Honduras.", {(REMOVED, 2, "people")}),
        ("Four of the 26 students were detained by agents outside the school in Lynn.", {(ARRESTS, 4, "people")}),
        ("Most of the 70 families have been deported, the lawyers said.", set()),
    ],
)
def test_a_parts_whole_told_with_its_noun_takes_no_action_from_the_part(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_whole_with_its_own_action_keeps_its_number() -> None:
    found = counts("Six of the 40 workers arrested Monday in Lynn were later deported.")
    assert ("deportations", 6, "people") in found
    assert any(value == 40 for _, value, _ in found)


def test_a_whole_told_first_leaves_the_part_its_action() -> None:
    assert counts("Of the 26 students, four were detained by agents in Lynn.") == {(ARRESTS, 4, "people")}
