"""Periods as written, resolved only as far as the text and the publication date allow."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.analysis.periods import (
    CountSpan,
    count_periods,
    period_anchor,
    period_phrases,
    resolve_period,
)

THURSDAY = date(2017, 9, 28)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("a four-day operation that ended Wednesday", THURSDAY, (date(2017, 9, 24), date(2017, 9, 27))),
        ("fiscal 2016", None, (date(2015, 10, 1), date(2016, 9, 30))),
        ("this fiscal year", THURSDAY, (date(2016, 10, 1), date(2017, 9, 30))),
        ("the 2015-2016 fiscal year", None, (date(2015, 10, 1), date(2016, 9, 30))),
        ("last week", THURSDAY, (date(2017, 9, 18), date(2017, 9, 24))),
        ("since January", THURSDAY, (date(2017, 1, 1), THURSDAY)),
        ("in 2019", None, (date(2019, 1, 1), date(2019, 12, 31))),
        ("between May 1 and May 5", THURSDAY, (date(2017, 5, 1), date(2017, 5, 5))),
        ("In the month of April", THURSDAY, (date(2017, 4, 1), date(2017, 4, 30))),
        ("during the entire month of January", THURSDAY, (date(2017, 1, 1), date(2017, 1, 31))),
    ],
)
def test_resolves(text: str, published: date | None, expected: tuple[date, date]) -> None:
    assert resolve_period(text, published) == expected


@pytest.mark.parametrize("text", ["last week", "this fiscal year", "a four-day operation that ended Wednesday"])
def test_relative_periods_need_a_publication_date(text: str) -> None:
    assert resolve_period(text, None) == (None, None)


def test_finds_the_period_of_a_clause() -> None:
    found = period_phrases("498 immigrants were taken into custody in a four-day operation that ended Wednesday")
    assert [p[0] for p in found] == ["a four-day operation that ended Wednesday"]


def test_no_period_when_none_is_written() -> None:
    assert period_phrases("Another 181 people arrested had no criminal records.") == []


def test_a_duration_in_digits_resolves_like_one_in_words() -> None:
    published = date(2017, 9, 28)  # a Thursday
    assert resolve_period("a 4-day operation that ended Wednesday", published) == resolve_period(
        "a four-day operation that ended Wednesday", published
    )


def test_period_phrases_prefers_the_specific_phrase_where_two_overlap() -> None:
    text = "agents arrested 498 in a four-day operation that ended Wednesday and 12 more on Friday"
    assert [p[0] for p in period_phrases(text)] == ["a four-day operation that ended Wednesday", "on Friday"]


def _span(text: str, number: str, whole: int | None = None, owns: bool = True) -> CountSpan:
    start = text.index(number)
    return CountSpan(start, start + len(number), (0, len(text)), whole, owns)


def test_count_periods_gives_each_end_its_own_and_no_other() -> None:
    text = "deportations fell from 350,000 in fiscal 2024 to 312,000"
    found = count_periods(text, [_span(text, "350,000"), _span(text, "312,000")])
    assert [p and p[0] for p in found] == ["fiscal 2024", None]


def test_count_periods_a_number_that_owns_nothing_bounds_nothing() -> None:
    # a trapped change ("owns" False) neither keeps the period next to it nor cuts the level's words
    text = "arrests increased 27 percent in 2024, to 6,300"
    found = count_periods(text, [_span(text, "27 percent", owns=False), _span(text, "6,300")])
    assert [p and p[0] for p in found] == ["in 2024", "in 2024"]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (
            "312,000 in fiscal 2025, down from 350,000 a year earlier",
            "fiscal 2025",
            (date(2023, 10, 1), date(2024, 9, 30)),
        ),
        ("9,000 in June 2024, up from 7,000 the month before", "in June 2024", (date(2024, 5, 1), date(2024, 5, 31))),
        ("500 in 2019, up from 400 the previous year", "in 2019", (date(2018, 1, 1), date(2018, 12, 31))),
        ("up from 400 a year earlier", None, (None, None)),  # nothing to count back from: unresolved, not guessed
    ],
)
def test_a_relative_period_resolves_from_the_period_before_it(
    sentence: str, anchor: str | None, expected: tuple[date | None, date | None]
) -> None:
    relative = period_phrases(sentence)[-1]
    assert period_anchor(sentence, relative) == anchor
    assert resolve_period(relative[0], THURSDAY, anchor) == expected


def test_the_previous_year_without_a_period_before_it_is_the_year_before_publication() -> None:
    sentence = "ICE arrested 400 people the previous year"
    assert period_anchor(sentence, period_phrases(sentence)[0]) is None
    assert resolve_period("the previous year", THURSDAY) == (date(2016, 1, 1), date(2016, 12, 31))


def test_next_weekday_is_the_coming_one() -> None:
    assert period_phrases("release 101 children by next Tuesday") == [("next Tuesday", 24, 36)]
    assert resolve_period("next Tuesday", THURSDAY) == (date(2017, 10, 3), date(2017, 10, 3))
    assert resolve_period("Tuesday", THURSDAY) == (date(2017, 9, 26), date(2017, 9, 26))
