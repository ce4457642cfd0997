"""A number told as a guess, a hedge right before it (issue #7, round 21, precision): "there are probably 15,000
people in ICE jails who ...", "maybe 250 workers were picked up" give the speaker's guess, not a figure the text
states (GUIDELINES §2: nothing is inferred that the text does not state). An approximate figure ("about 317", "more
than 2,000") is stated and stays a count, and so does a count beside a hedge that is not on its number. (The
sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        '"There are probably 15,000 people in ICE jails tonight who have no criminal record," the lawyer said.',
        "Maybe 250 workers were picked up by ICE at the plant, a union organizer guessed.",
        "Perhaps more than 900 people have been deported from the county since spring, the pastor said.",
    ],
)
def test_a_guessed_figure_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE arrested about 250 workers at the plant, a spokesman said.", ("arrests", 250, "people")),
        (
            "Agents detained 31 people at the site, probably the largest raid in the county's history.",
            ("arrests", 31, "people"),
        ),
        ("The agency has deported more than 900 people from the county since spring.", ("deportations", 900, "people")),
    ],
)
def test_a_stated_figure_stays_a_count(sentence: str, expected: tuple) -> None:
    assert expected in counts(sentence)
