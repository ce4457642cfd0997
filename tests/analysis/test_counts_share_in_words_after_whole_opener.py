"""A whole opened with "Of the N ..." and then a share in words as the subject (issue #7, round 22, rare types):
"Of the 240 people detained, half had no criminal record". The record predicate is the unnumbered share's, so the
whole is typed by its own words before the comma (GUIDELINES §2: the whole is the action's count; a vague share
such as "half" or "most" is no count of its own, as the labelled notes leave out "about half", "more than half").
Sentences invented for this test."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the 240 arrested, half had no criminal record.", {("arrests", 240, "people")}),
        ("Of the 240 people detained, most had no criminal convictions.", {("detentions", 240, "people")}),
        ("Among the 75 deported, more than half had criminal convictions.", {("deportations", 75, "people")}),
        # a numbered part keeps its record: the whole still ends at its comma
        (
            "Of the 240 arrested, 90 had no criminal record.",
            {("arrests", 240, "people"), ("no_criminal_record", 90, "people")},
        ),
    ],
)
def test_share_in_words_after_a_whole_opener(sentence, expected):
    assert counts(sentence) == expected


def test_whole_with_no_action_of_its_own_counts_no_record():
    # the workers are no count of an action, and "two-thirds" is no count of its own
    assert counts("Of the 240 workers, two-thirds had no criminal convictions.") == set()
