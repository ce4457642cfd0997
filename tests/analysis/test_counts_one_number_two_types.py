"""A distinctive number told twice under two types is one fact (issue #7, precision; GUIDELINES §2: "the same
number repeated in the same article is still one fact"): a tracker's recap line or an "In all" summary restates a
count first told with its own predicate, and keeps that first type; round numbers told under two types stay two
counts. (Invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_a_recap_line_restates_the_counts_of_the_sections() -> None:
    text = (
        "Arrests: ICE made 3,127 arrests in the week ending Oct. 4, agency data show.\n"
        "Border: Border Patrol agents apprehended 5,146 migrants at the southwest border in September.\n"
        "Recap: Arrests: 3,127. Border apprehensions: 5,146."
    )
    found = counts(text)
    assert {c for c in found if c[1] == 3127} == {("arrests", 3127, "people")}
    assert {c for c in found if c[1] == 5146} == {("border_apprehensions", 5146, "people")}


def test_a_summary_keeps_the_type_first_told() -> None:
    text = (
        "Federal agents arrested 2,318 people across Harris County during a two-week operation, DHS said.\n"
        "Of those arrested, 1,046 had no criminal record, according to agency data.\n"
        "In all, the operation ended with 2,318 arrests and 1,046 people with no record taken into custody."
    )
    assert counts(text) == {("arrests", 2318, "people"), ("no_criminal_record", 1046, "people")}


def test_a_round_number_under_two_types_stays_two_counts() -> None:
    text = (
        "ICE arrested 1,200 people in Ohio in March, the agency said.\n"
        "The agency deported 1,200 people from the state in April."
    )
    assert counts(text) == {("arrests", 1200, "people"), ("deportations", 1200, "people")}


def test_a_large_two_digit_figure_restated_under_another_noun_is_one_fact() -> None:
    # (precision22) "more than 470,000" told again as "470,000 criminal aliens": the restated figure keeps its type
    text = (
        "The administration has removed more than 470,000 people since January, the department said Monday.\n"
        'A spokeswoman called it "470,000 criminal aliens gone from our communities."'
    )
    assert {c for c in counts(text) if c[1] == 470000} == {("deportations", 470000, "people")}


def test_a_small_two_digit_figure_under_two_types_stays_two_counts() -> None:
    text = (
        "ICE arrested 4,500 people in Georgia in May, the agency said.\n"
        "The agency deported 4,500 people from the state in June."
    )
    assert counts(text) == {("arrests", 4500, "people"), ("deportations", 4500, "people")}
