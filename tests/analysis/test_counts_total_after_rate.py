"""A total told after a rate in the same sentence, round 22 (issue #7; sentences invented here, none from the dev
set, the judges, the probes or the corpus): "ICE averaged 900 arrests a day in Texas, a total of about 27,000" counts
the 27,000 (GUIDELINES §2: a rate is no count, the number of people it adds up to is one, of the rate's kind). The
traps: a rate alone, a rate followed by other numbers set off by commas (officers, a share, a part "of them"), and a
total that is itself a rate stay no count."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE averaged 900 arrests a day in Texas in May, a total of about 27,000.", ("arrests", 27000)),
        ("Deputies in Tulsa arrested about 25 people a day during the sweep, roughly 350 in all.", ("arrests", 350)),
        ("The agency removed 2,000 people a week from Louisiana, or some 8,600 for the month.", ("deportations", 8600)),
    ],
)
def test_a_total_after_a_rate_counts_what_the_rate_adds_up_to(sentence: str, expected: tuple) -> None:
    assert counts(sentence) == {(expected[0], expected[1], "people")}


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE averaged 900 arrests a day in Texas in May, officials said.",
        "Agents in Tulsa arrested about 25 people a day, with 14 officers on each shift.",
        "ICE removed 2,000 people a week from Louisiana, some 1,200 of them on charter flights.",
        "ICE deported about 1,500 people a week, roughly 78,000 a year, according to the estimate.",
    ],
)
def test_a_rate_with_no_total_after_it_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()
