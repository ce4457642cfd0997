"""A part whose whole is written in words (issue #7, round 22, rare types): "three of the seven deaths", "two of the
five detainers". The counted noun phrase after the part names the whole's noun whether the whole is a numeral or a
number word, so the part is typed by that noun like "97 of the 212 arrests" (GUIDELINES §2: each stated number of
people an action touched is a count). Sentences invented for this test."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An audit found that four of the nine deaths in ICE custody that year involved delayed treatment.",
            {("deaths_in_custody", 4, "people"), ("deaths_in_custody", 9, "people")},
        ),
        (
            "Agents said two of the eleven arrests took place at a car wash in Pasadena.",
            {("arrests", 2, "people"), ("arrests", 11, "people")},
        ),
        (
            "The county said 4 of the 9 deaths in ICE custody involved delayed treatment.",
            {("deaths_in_custody", 4, "people"), ("deaths_in_custody", 9, "people")},
        ),
    ],
)
def test_part_of_a_whole_in_words_takes_the_wholes_noun(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the whole is no enforcement count: deaths outside custody
        "Rescuers said three of the seven deaths in the desert were caused by heat.",
        # a rank of one ("one of the two") is no count of its own
        "Deputies said one of the two vehicles crashed near the river.",
    ],
)
def test_part_of_an_uncounted_whole_in_words_stays_no_count(sentence):
    assert counts(sentence) == set()
