"""tasks/wording.py: counts read as a person would write them."""

from __future__ import annotations

import pytest

from tasks.wording import count, number


@pytest.mark.parametrize(
    ("n", "plural", "expected"),
    [
        (1, "convictions", "1 conviction"),
        (1450, "people", "1,450 people"),
        (1, "people", "1 person"),
        (3, "new enforcement stories", "3 new enforcement stories"),
        (1, "new enforcement stories", "1 new enforcement story"),
        (0, "feeds", "0 feeds"),
        (1, "assaults_on_officers", "1 assault on officers"),
        (2, "assaults_on_officers", "2 assaults on officers"),
        (12.5, "percent", "12.5 percent"),
    ],
)
def test_count(n: float, plural: str, expected: str) -> None:
    assert count(n, plural) == expected


def test_number_groups_thousands_and_drops_a_needless_point() -> None:
    assert (number(1450.0), number(2.5), number(12000000)) == ("1,450", "2.5", "12,000,000")
