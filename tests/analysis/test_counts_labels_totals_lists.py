"""Counts told in the shapes of fact sheets, releases and summaries (issue #7, round 17; GUIDELINES §2): a list label
that names people and what was done to them before its colon ("- Migrants still held at the Eloy center: 340"), a
total set off by dashes or commas after an event noun and its modifiers ("Deportations to Guatemala last year —
51,300 in all — were ..."), a second group coordinated after the first group's modifier ("15 fugitives from Honduras
and 6 teenagers"), a list item of an arrest whose people hold removal orders ("including 19 with final orders of
removal": who they are, no plan), and a part said to have been removed before ("9 had been removed from the United
States before": who they are). Each class beside its trap. Every sentence is invented."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Key figures from the week:\n- Migrants still held at the Eloy center: 340", {("detentions", 340, "people")}),
        ("Key figures from the week:\n- Workers arrested at the plant: 57", {("arrests", 57, "people")}),
        ("Key figures from the week:\n- Children returned to Mexico: 88", {("deportations", 88, "people")}),
    ],
)
def test_a_label_naming_people_and_their_action_types_its_number(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Key figures from the week:\n- Workers employed at the plant: 570",
        "Key figures from the week:\n- Migrants waiting at the shelter: 340",
    ],
)
def test_a_label_naming_people_and_no_action_types_nothing(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deportations to Guatemala last year — 51,300 in all — were the most since 2019, officials said.",
            {("deportations", 51300, "people")},
        ),
        ("The arrests across central Ohio, 214 in total, drew protests in Columbus.", {("arrests", 214, "people")}),
    ],
)
def test_a_total_set_off_after_an_event_noun_and_its_modifiers_counts_it(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Guatemala last year — 1,300 in all — were the most since 2019, officials said.",
        "The protests across central Ohio, 214 in total, drew crowds in Columbus.",
    ],
)
def test_a_total_set_off_after_another_noun_counts_nothing(text: str) -> None:
    assert counts(text) == set()


def test_a_group_coordinated_after_the_first_groups_modifier_shares_its_action() -> None:
    text = "ICE arrested 73 people in Reno. Among those arrested were 15 fugitives from Honduras and 6 teenagers."
    assert counts(text) == {("arrests", 73, "people"), ("arrests", 15, "people"), ("arrests", 6, "people")}


def test_officers_coordinated_after_a_modifier_are_no_count() -> None:
    text = "ICE arrested 73 people in Reno this week. The 15 officers from Carson City and 6 deputies helped."
    assert counts(text) == {("arrests", 73, "people")}


def test_a_list_item_of_an_arrest_holding_removal_orders_is_arrested() -> None:
    text = "Officers arrested 52 people in Tulsa, including 19 with final orders of removal."
    assert counts(text) == {("arrests", 52, "people"), ("arrests", 19, "people")}


def test_people_holding_removal_orders_with_no_action_are_no_count() -> None:
    assert counts("Some 19 people in Tulsa have final orders of removal, their lawyers said.") == set()


def test_a_part_removed_from_the_country_before_is_who_they_are() -> None:
    text = "ICE arrested 64 people in Provo. Of those, 9 had been removed from the United States before."
    assert counts(text) == {("arrests", 64, "people")}


def test_a_part_removed_since_is_a_removal() -> None:
    text = "ICE arrested 64 people in Provo. Of those, 9 have since been removed from the United States."
    assert counts(text) == {("arrests", 64, "people"), ("deportations", 9, "people")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents raided a sawmill in Tupelo. By evening, 64 workers were on buses to an ICE processing center.",
            {("arrests", 64, "people")},
        ),
        (
            "HSI agents raided a plant. Some 38 employees were loaded into vans bound for the detention center in Jena",
            {("arrests", 38, "people")},
        ),
        (
            "Nineteen men were put on a bus to the Port Isabel detention center after a raid.",
            {("arrests", 19, "people")},
        ),
    ],
)
def test_people_carried_off_to_detention_after_a_raid_are_arrested(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ICE agents raided a plant in Tupelo. About 60 workers were on buses to a union rally in Jackson.",
        "ICE agents raided the plant. Some 38 employees were loaded into vans bound for the new plant.",
    ],
)
def test_people_carried_elsewhere_are_no_count(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 61,000 people are detained by ICE, according to agency data.", {("detentions", 61000, "people")}),
        (
            "Some 2,300 migrants are currently detained by immigration authorities in Louisiana.",
            {("detentions", 2300, "people")},
        ),
    ],
)
def test_people_detained_by_an_agency_in_the_present_are_held(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_people_detained_by_agents_in_the_past_are_arrested() -> None:
    assert counts("About 610 people were detained by ICE agents in the raids.") == {("arrests", 610, "people")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents raided a diner in Provo. They arrested six cooks and three dishwashers.",
            {("arrests", 6, "people"), ("arrests", 3, "people")},
        ),
        (
            "HSI agents arrested 12 welders and 5 pipefitters at the shipyard.",
            {("arrests", 12, "people"), ("arrests", 5, "people")},
        ),
    ],
)
def test_a_second_group_of_an_unlisted_noun_shares_the_verb_of_the_first(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_a_second_group_with_a_verb_of_its_own_does_not_share_it() -> None:
    text = "HSI agents arrested 12 welders on Monday and 5 reporters covered the raid."
    assert counts(text) == {("arrests", 12, "people")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We have deported — and nobody thought this possible — 527,000 illegal aliens.",
            {("deportations", 527000, "people")},
        ),
        ("Agents detained — in a single morning — 42 workers at a Waco plant.", {("arrests", 42, "people")}),
    ],
)
def test_an_aside_between_the_verb_and_its_number_leaves_the_verb_governing(text: str, expected: set) -> None:
    assert counts(text) == expected


def test_an_aside_after_a_verb_of_no_action_types_nothing() -> None:
    assert counts("Officials counted — by hand, in Phoenix — 527,000 ballots.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Total removals — 14,200 — were the most for any single month.", {("deportations", 14200, "people")}),
        ("Arrests in Charlotte — 370 — outpaced those in Raleigh.", {("arrests", 370, "people")}),
        ("ICE's arrests last month, 31,000, set a record.", {("arrests", 31000, "people")}),
    ],
)
def test_a_number_set_off_after_an_event_noun_subject_counts_it(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Flights to Guatemala — 14 — were canceled on Monday.", "Total protests — 140 — were the most since 2017."],
)
def test_a_number_set_off_after_another_subject_counts_nothing(text: str) -> None:
    assert counts(text) == set()
