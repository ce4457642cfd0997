"""Totals by country, state or office told as a ranking (issue #7, round 20; GUIDELINES §2 `deportations`,
`arrests`, places): "Mexico accounted for the largest share of removals last year, with 87,300, followed by Guatemala
at 31,200". Every sentence is invented, written blind before it was run through the code:
- the leader's number set off after a superlative that names the action, with a period between and "with" before the
  number: the action's count (`parts.SUPERLATIVE_BEFORE`); the same told with "led" or "topped" and the action's noun
  ("Mexico led removals last year with 87,300", `parts.LED_BEFORE`);
- its place is the superlative's subject, and each item after it ("followed by Guatemala at 31,200", "Dallas with 900")
  is placed by its own label (`count_places._LEAD_GAP`), not by the next item's or by all the list's.
Traps: a superlative of people no action touched ("the most immigrants, with 10.6 million") or of things ("the most
detention beds, with 30,000"), a lead in anything but an action ("led the league with 98 wins")."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    """Each count's places, by value."""
    return {f.value: f.places for f in extract_counts(text, None)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Honduras accounted for the largest share of deportations last year, with 41,500.",
            {("deportations", 41500, "people")},
        ),
        (
            "Guatemala received the most deportees this fiscal year, with 22,300, followed by El Salvador at 9,100.",
            {("deportations", 22300, "people"), ("deportations", 9100, "people")},
        ),
        (
            "Among the states, Florida had the largest number of arrests last month, with 3,950.",
            {("arrests", 3950, "people")},
        ),
    ],
)
def test_a_leader_set_off_after_a_superlative_takes_its_action(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "California has the most immigrants of any state last year, with 10.6 million.",
        "Texas had the most detention beds last year, with 30,000.",
        "Louisiana had the most immigrants this year, with 250,000.",
    ],
)
def test_a_superlative_of_no_action_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_the_leader_and_each_item_after_it_are_placed_by_their_own_names() -> None:
    text = (
        "Honduras accounted for the largest share of deportations last year, with 41,500, followed by Guatemala at "
        "38,200 and El Salvador at 12,700, agency data show."
    )
    assert _placed(text) == {41500: ("Honduras",), 38200: ("Guatemala",), 12700: ("El Salvador",)}
    text = "CHICAGO — Cook County saw the most arrests last week, with 610, followed by DuPage County with 140."
    assert _placed(text) == {610: ("Cook County",), 140: ("DuPage County",)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("El Salvador led deportations this year with 15,800, the agency said.", {("deportations", 15800, "people")}),
        ("Georgia led the nation in arrests last week, with 2,350.", {("arrests", 2350, "people")}),
    ],
)
def test_a_leader_told_with_led_takes_the_action_it_led(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Braves led the division with 94 wins.",
        "Phoenix led the nation in population growth last year with 45,000.",
    ],
)
def test_a_lead_in_no_action_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


def test_the_leader_told_with_led_is_placed_by_its_subject() -> None:
    text = "El Salvador led deportations this year with 15,800, followed by Honduras at 14,900, the agency said."
    assert _placed(text) == {15800: ("El Salvador",), 14900: ("Honduras",)}
