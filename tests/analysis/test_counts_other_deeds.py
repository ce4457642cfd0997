"""People counted by a deed no enforcement word names are no more of the count before (issue #7, round 16): a
group with an everyday verb of its own ("work at the plant") does not go on with the series of the sentence before,
and people a coordinated non-enforcement verb reaches through a preposition ("handed summonses to another 40") are
no gapped repeat of the arrest verb (GUIDELINES §2: a count is what an enforcement action touched). Each class beside
its trap, the close sentence that stays a count. (Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "text",
    [
        "GREELEY, Colo. — Agents arrested 35 people at a packing plant in Greeley on Monday.\nAbout 400 people work "
        "at the plant on two shifts.",
        "GREELEY, Colo. — Agents arrested 35 people at a packing plant in Greeley on Monday.\nSome 150 families "
        "attended a vigil at a church that evening.",
    ],
)
def test_people_with_an_everyday_verb_of_their_own_do_not_go_on_with_the_count_before(text: str) -> None:
    assert counts(text) == {("arrests", 35, "people")}


def test_a_series_with_no_verb_of_its_own_still_goes_on_with_the_count_before() -> None:
    text = (
        "GREELEY, Colo. — Agents arrested 35 people at a packing plant in Greeley on Monday.\n"
        "On Tuesday, another 20 people."
    )
    assert counts(text) == {("arrests", 35, "people"), ("arrests", 20, "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers arrested 26 people in Tulsa and handed court summonses to another 40, the agency said.",
        "Officers arrested 26 people in Tulsa and issued notices to appear to 40 others.",
    ],
)
def test_people_a_coordinated_non_enforcement_deed_reaches_are_no_more_arrests(sentence: str) -> None:
    assert counts(sentence) == {("arrests", 26, "people")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officers arrested 26 people in Tulsa on Monday and another 40 on Tuesday.",
            {("arrests", 26, "people"), ("arrests", 40, "people")},
        ),
        (
            "Officers arrested 26 people in Tulsa and deported 40 others.",
            {("arrests", 26, "people"), ("deportations", 40, "people")},
        ),
    ],
)
def test_a_gapped_or_enforcement_verb_after_the_count_still_counts(sentence: str, expected: set) -> None:
    assert counts(sentence) == expected


def test_people_an_irregular_verb_of_another_deed_reaches_do_not_go_on_with_the_count_before() -> None:
    text = "Agents detained 75 workers at a dairy near Twin Falls.\nThe raid left 130 children without a parent."
    assert counts(text) == {("arrests", 75, "people")}


def test_a_series_after_a_verbless_opening_still_goes_on() -> None:
    text = "Agents detained 75 workers at a dairy near Twin Falls.\nAt a second dairy nearby, another 30 workers."
    assert counts(text) == {("arrests", 75, "people"), ("arrests", 30, "people")}
