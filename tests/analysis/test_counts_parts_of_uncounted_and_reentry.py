"""Parts that are no counts (issue #7, round 19, precision): a records part of a group that is itself no count
("ICE targeted 2,300 people, including 700 with criminal convictions", "plans to arrest 3,000, including 900 with
records": those people were never arrested, so their records count no people an action touched), and a part told
by its return after a removal ("19 had reentered after deportation": who they are, like "had previously been
deported"; GUIDELINES §2: people previously removed are no count of the story's action). Each class is tested on
an invented sentence and on its trap, a close sentence that is a count and must stay one. (The sentences are
invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a records part of a group that is no count -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE targeted 2,300 people in the Denver operation, including 700 with criminal convictions.",
        "ICE plans to arrest 3,000 people in Denver next month, including 900 with criminal records, officials said.",
    ],
)
def test_records_part_of_an_uncounted_group_is_no_count(sentence: str) -> None:
    assert not {kind for kind, _, _ in counts(sentence)} & {"convictions", "no_criminal_record"}


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE arrested 2,300 people in the Denver operation, including 700 with criminal convictions.",
        "ICE arrested 2,300 people in the first 40 days of the Denver operation, including 700 with convictions.",
        "ICE arrested 3,000 people in Denver last month, including 900 with criminal records, officials said.",
    ],
)
def test_records_part_of_a_counted_group_stays_a_count(sentence: str) -> None:
    assert {kind for kind, _, _ in counts(sentence)} & {"convictions"}


# --- a part told by its return after a removal --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE officers arrested 164 people in Arkansas last week. Of those, 12 had reentered after deportation.",
        "ICE officers arrested 164 people in Arkansas last week; 12 of them had returned illegally after being "
        "removed, the agency said.",
    ],
)
def test_reentry_after_removal_of_a_part_is_no_removal(sentence: str) -> None:
    assert "deportations" not in {kind for kind, _, _ in counts(sentence)}


def test_a_part_removed_in_the_action_stays_a_removal() -> None:
    sentence = "ICE officers arrested 164 people in Arkansas last week; 12 of them had been deported by Friday."
    assert ("deportations", 12, "people") in counts(sentence)
