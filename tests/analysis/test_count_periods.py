"""Each count's own period (GUIDELINES §2 `period`, "as written"): the two ends of a comparison and the items of a
series keep theirs, a period written for the whole sentence still dates a lone count, and the product path
(`facts.extract_counts`) and the fit's path (`count_candidates.count_candidates`) give the same one."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.analysis.count_candidates import count_candidates
from tasks.analysis.facts import extract_counts

PUBLISHED = date(2025, 3, 12)


def periods(text: str) -> dict[float, str | None]:
    """Each emitted count's period as written, by value."""
    return {f.value: f.period_text for f in extract_counts(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both ends of a comparison
        ("ICE arrests rose from 4,120 in 2023 to 6,890 last year.", {4120: "in 2023", 6890: "last year"}),
        (
            "Border Patrol apprehensions peaked at 250,000 in December, then fell to about 96,000 in March.",
            {250000: "in December", 96000: "in March"},
        ),
        (
            "The county honored 4,000 detainer requests in 2023 but only 1,900 in 2024.",
            {4000: "in 2023", 1900: "in 2024"},
        ),
        # a series: each item its own month
        (
            "Agents arrested 1,500 people in June, 1,700 in July and 2,100 in August.",
            {1500: "in June", 1700: "in July", 2100: "in August"},
        ),
        # a period opening the next count's words after a conjunction is that count's
        ("In 2023 ICE arrested 4,000 people and in 2024, 5,000.", {4000: "In 2023", 5000: "in 2024"}),
    ],
)
def test_each_count_of_a_comparison_or_series_keeps_its_own_period(text: str, expected: dict[float, str]) -> None:
    assert periods(text) == expected


def test_the_other_end_of_a_comparison_lends_no_period() -> None:
    # trap: the 350,000 has no period written, so none, not 2025's
    assert periods("ICE deported 312,000 people in fiscal 2025, down from 350,000 under the last administration.") == {
        312000: "fiscal 2025",
        350000: None,
    }
    # trap: "last year" follows the far end only
    assert periods("ICE arrests rose from 4,120 to 6,890 last year.") == {4120: None, 6890: "last year"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period written for the whole sentence dates a lone count, wherever it stands
        ("In 2023, ICE arrested 4,000 people in Texas.", {4000: "In 2023"}),
        ("ICE arrested 4,000 people in Texas in 2023.", {4000: "in 2023"}),
        # and every count of the sentence when it opens it
        ("In 2023, ICE arrested 4,000 people and deported 3,000.", {4000: "In 2023", 3000: "In 2023"}),
        # counts joined in one predicate share the period written after them
        (
            "ICE released 2,457 convicted criminals and 461 others from detention last year.",
            {2457: "last year", 461: "last year"},
        ),
        # a part takes its whole's period, and the whole its part's when it is written after the list
        ("ICE arrested 4,000 people last week, including 300 children.", {4000: "last week", 300: "last week"}),
        ("ICE arrested 4,000 people, including 300 children, last week.", {4000: "last week", 300: "last week"}),
    ],
)
def test_a_period_written_for_the_sentence_still_applies(text: str, expected: dict[float, str]) -> None:
    assert periods(text) == expected


def test_a_change_owns_no_period_of_the_level_it_leads_to() -> None:
    # "27 percent" is a change (a trap), not a count: the period it stands next to is the level's
    text = "Apprehensions of family units increased 27 percent between October 2017 and this September, to 63,278."
    assert periods(text) == {63278: "between October 2017 and this September"}


def test_nearest_after_the_number_before_a_period_earlier_in_the_sentence() -> None:
    text = "The chief on Sunday called the deaths of two children who died in Border Patrol custody this month tragic."
    assert periods(text) == {2: "this month"}


def test_periods_resolve_per_count() -> None:
    facts = {f.value: f for f in extract_counts("ICE arrests rose from 4,120 in 2023 to 6,890 last year.", PUBLISHED)}
    assert (facts[4120].period_start, facts[4120].period_end) == (date(2023, 1, 1), date(2023, 12, 31))
    assert (facts[6890].period_start, facts[6890].period_end) == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "ICE arrests rose from 4,120 in 2023 to 6,890 last year.",
        "Agents arrested 1,500 people in June, 1,700 in July and 2,100 in August.",
        "ICE deported 312,000 people in fiscal 2025, down from 350,000 a year earlier.",
    ],
)
def test_the_fit_reads_the_period_the_product_stores(text: str) -> None:
    """One assembly path: the candidates the fit reads carry the period the facts store; guards against the product's
    path and the fit's splitting again (each once found its own period)."""
    from_candidates = {cand.count.number.value: cand.period and cand.period[0] for cand in count_candidates(text)}
    from_facts = periods(text)
    assert from_facts and all(from_candidates[value] == period for value, period in from_facts.items())


def test_a_period_told_against_the_other_end_resolves_from_it() -> None:
    facts = {
        f.value: f
        for f in extract_counts(
            "ICE deported 312,000 people in fiscal 2025, down from 350,000 a year earlier.", PUBLISHED
        )
    }
    assert facts[350000].period_text == "a year earlier"
    assert (facts[350000].period_start, facts[350000].period_end) == (date(2023, 10, 1), date(2024, 9, 30))
    # "the previous month" after a month written in the sentence is the month before that one, not before publication
    facts = {
        f.value: f
        for f in extract_counts("Arrests reached 9,000 in June 2024, up from 7,000 the previous month.", PUBLISHED)
    }
    assert (facts[7000].period_start, facts[7000].period_end) == (date(2024, 5, 1), date(2024, 5, 31))
