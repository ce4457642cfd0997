"""Periods as written, resolved only as far as the text and the publication date allow."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.analysis.periods import find_period, resolve_period

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
    ],
)
def test_resolves(text: str, published: date | None, expected: tuple[date, date]) -> None:
    assert resolve_period(text, published) == expected


@pytest.mark.parametrize("text", ["last week", "this fiscal year", "a four-day operation that ended Wednesday"])
def test_relative_periods_need_a_publication_date(text: str) -> None:
    assert resolve_period(text, None) == (None, None)


def test_finds_the_period_of_a_clause() -> None:
    found = find_period("498 immigrants were taken into custody in a four-day operation that ended Wednesday")
    assert found is not None and found[0] == "a four-day operation that ended Wednesday"


def test_no_period_when_none_is_written() -> None:
    assert find_period("Another 181 people arrested had no criminal records.") is None


def test_a_duration_in_digits_resolves_like_one_in_words() -> None:
    published = date(2017, 9, 28)  # a Thursday
    assert resolve_period("a 4-day operation that ended Wednesday", published) == resolve_period(
        "a four-day operation that ended Wednesday", published
    )
