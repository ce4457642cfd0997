"""Counts whose type lives in the context around their sentence (issue #7, round 14; GUIDELINES §2): a label dated in
its own words ("Arrests in fiscal 2024: 4,812"), a pronoun partitive of detainer requests named in the sentence
before ("It honored 87 of them"), people led off by agents ("taken away in vans"), people counted with a neutral
verb whom the next sentence says were taken into custody ("found 19 workers. The workers were arrested") and a
transcript's answer to "How many ... were removed?". Each class beside its trap: the same shape with nothing
enforcement did to the people counted. Every sentence is invented."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Figures from the Dallas field office:\nArrests in fiscal 2023: 6,140", {("arrests", 6140, "people")}),
        ("The agency's tally for Oregon:\nRemovals as of March 31: 2,275", {("deportations", 2275, "people")}),
        (
            "Key numbers from the report:\nPeople in ICE detention on Sept. 1: 58,300",
            {("detentions", 58300, "people")},
        ),
    ],
)
def test_a_dated_label_types_its_number(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Figures from the Dallas field office:\nBudget for fiscal 2023: 6,140",
        "The agency's tally for Oregon:\nOfficers hired as of March 31: 2,275",
    ],
)
def test_a_dated_label_that_names_no_count_types_nothing(text: str) -> None:
    assert counts(text) == set()


def test_a_pronoun_partitive_of_detainers_named_before_counts_requests() -> None:
    text = "The Salt Lake County jail got immigration detainers on hundreds of inmates. It declined 63 of them."
    assert counts(text) == {("detainers", 63, "requests")}


def test_a_pronoun_partitive_of_something_else_named_before_is_no_detainer() -> None:
    text = "The county jail received many complaints about its food last year. It answered 63 of them."
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents surrounded a roofing crew in Fresno. Eight men were led away in handcuffs.",
            {("arrests", 8, "people")},
        ),
        ("Eleven workers were taken away by immigration agents at the Tulsa car wash.", {("arrests", 11, "people")}),
        ("ICE officers hauled off 26 laborers from a job site in Austin.", {("arrests", 26, "people")}),
    ],
)
def test_people_led_off_by_agents_are_arrested(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twelve children were taken away from their parents at the border crossing in Yuma.",
        "The storm took away 30 homes in the county, officials said.",
    ],
)
def test_things_or_children_taken_away_from_parents_are_no_arrests(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found 22 workers sleeping in a warehouse in Macon. The workers were taken into ICE custody.",
            {("arrests", 22, "people")},
        ),
        (
            "Police stopped a pickup carrying 9 passengers near Amarillo. They were handed over to ICE.",
            {("arrests", 9, "people")},
        ),
        (
            "Deputies found 14 men living in a motel in Dothan. The men were taken into ICE custody.",
            {("arrests", 14, "people")},
        ),
        (
            "Agents found 31 migrants hidden in a trailer near Eagle Pass. They were taken into Border Patrol custody.",
            {("border_apprehensions", 31, "people")},
        ),
    ],
)
def test_people_the_next_sentence_takes_into_custody_are_counted(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers found 22 workers sleeping in a warehouse in Macon. The workers were given blankets and food.",
        "Police stopped a pickup carrying 9 passengers near Amarillo. The driver was handed over to ICE.",
        "About 2,000 farmworkers live in the valley near Salinas. They were counted in the last census.",
    ],
)
def test_people_the_next_sentence_does_not_take_stay_uncounted(text: str) -> None:
    assert counts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Q: How many people has ICE deported from Chicago this year?\nMR. SMITH: About 3,500 so far.",
            {("deportations", 3500, "people")},
        ),
        (
            "Q: How many were arrested in the Memphis operation?\nA: 412, and the operation continues.",
            {("arrests", 412, "people")},
        ),
    ],
)
def test_an_answer_to_how_many_counts_what_the_question_asks(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Q: How many officers will ICE hire this year?\nMR. SMITH: About 3,500 so far.",
        "Q: How many people were deported last year?\nMR. SMITH: I don't know, but we have 3,500 officers.",
    ],
)
def test_an_answer_to_another_question_or_with_its_own_noun_is_no_count(text: str) -> None:
    assert counts(text) == set()
