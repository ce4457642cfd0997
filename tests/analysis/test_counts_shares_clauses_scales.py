"""Syntax around a count (issue #7, recall round 16): an unnumbered share set off after a counted group is the
share's, a later number opening its own coordinated clause has its own verb, and "half a million" is a number.
Each class beside a close sentence whose answer differs. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.numbers import find_numbers

# --- an unnumbered share set off after the whole: its record is the share's, the whole keeps its verb ------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officers in Utah have arrested about 4,700 people since May, more than half of them with "
            "criminal records.",
            ("arrests", 4700, "people"),
        ),
        (
            "The agency deported 910 Hondurans in April, most of whom had prior convictions.",
            ("deportations", 910, "people"),
        ),
        (
            "Prosecutors in Tucson charged 48 men, many of them previously removed and some with felony records, "
            "with illegal reentry.",
            ("charged", 48, "people"),
        ),
    ],
)
def test_an_unnumbered_share_after_a_whole_leaves_the_whole_its_verb(
    sentence: str, expected: tuple[str, int, str]
) -> None:
    assert counts(sentence) == {expected}


def test_a_record_told_of_all_those_counted_stays_theirs() -> None:
    # the trap: "all of them" is no share, what it tells is every counted person's
    found = counts("Officers in Utah arrested 75 people on Friday, all of them with criminal records.")
    assert ("arrests", 75, "people") not in found


# --- a later number opening a clause of its own after ", and": its verb is its own, not the first number's --------


def test_a_later_number_with_its_own_clause_does_not_lend_its_verb_to_the_first() -> None:
    found = counts("Deputies arrested 23 people in Boise on Monday, and 8 others were deported from Nampa on Friday.")
    assert found == {("arrests", 23, "people"), ("deportations", 8, "people")}


def test_two_numbers_sharing_one_verb_keep_sharing_it() -> None:
    # the trap: no comma before "and", the two numbers are one subject of the verb after them
    found = counts("In Boise, 23 men and 8 women were deported on Friday.")
    assert found == {("deportations", 23, "people"), ("deportations", 8, "people")}


# --- "half a million": half of a scale ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value"), [("half a million", 500_000), ("a half million", 500_000), ("half a billion", 5e8)]
)
def test_half_a_scale_is_half_of_it(phrase: str, value: float) -> None:
    (number,) = find_numbers(f"Officials counted {phrase} on Tuesday.")
    assert number.value == value


@pytest.mark.parametrize(
    ("phrase", "value"), [("four and a half million", 4_500_000), ("one and a half billion", 1.5e9)]
)
def test_a_whole_and_a_half_of_a_scale_is_one_number(phrase: str, value: float) -> None:
    (number,) = find_numbers(f"Officials counted {phrase} on Tuesday.")
    assert number.value == value


def test_an_and_inside_a_number_in_words_still_joins_as_before() -> None:
    # the trap: "and" without "a half" adds the words after it, and "half a" before a scale is still half of it
    values = [m.value for m in find_numbers("They counted one hundred and seventy-seven, then half a million.")]
    assert values == [177, 500_000]


def test_half_a_dozen_and_whole_scales_keep_their_values() -> None:
    sentence = "They saw half a dozen on Monday, two million on Tuesday, one hundred on Friday."
    values = [m.value for m in find_numbers(sentence)]
    assert values == [6, 2_000_000, 100]


def test_a_verb_s_object_lends_no_verb_to_a_later_number_after_and() -> None:
    # no comma: the first number is "arrested"'s object, so the verb after "and six more" is the six's alone
    found = counts("Deputies arrested 14 people in Boise and 6 more were deported from Nampa.")
    assert found == {("arrests", 14, "people"), ("deportations", 6, "people")}


# --- a gapped passive after "more": the participle is the later number's own deed ------------------------------


def test_a_gapped_passive_after_more_types_its_number() -> None:
    found = counts("Nine people were arrested in Ogden and four more deported to Mexico.")
    assert found == {("arrests", 9, "people"), ("deportations", 4, "people")}


def test_more_with_a_participle_of_no_enforcement_counts_nobody() -> None:
    # the trap: the participle after "more" is no enforcement deed
    assert counts("Nine people were arrested in Ogden and four more injured in the crash.") == {
        ("arrests", 9, "people")
    }
