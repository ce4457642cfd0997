"""The border named by its works, without the word (issue #7, round 17; sentences invented here, none from the dev
set, the judges or the corpus): a checkpoint named by its town or highway or called an immigration checkpoint, an
international bridge, the fence, people who came ashore set an apprehension at the border (GUIDELINES §2
border_apprehensions). The traps: a police checkpoint, and "a fence" at a workplace, name no border."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents at the Interstate 35 checkpoint apprehended 17 migrants riding in a cargo van.",
        "Agents apprehended 62 people walking onto the international bridge at dawn.",
        "Agents caught 23 migrants along the fence east of Sunland Park on Friday.",
        "Agents apprehended 40 migrants who came ashore at a beach north of the pier.",
    ],
)
def test_the_border_by_its_works_sets_an_apprehension_at_it(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents arrested 15 people at a police checkpoint on Saturday night.",
        "Agents arrested 9 workers who hid behind a fence at the lumber yard.",
    ],
)
def test_a_police_checkpoint_or_a_yard_fence_names_no_border(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}
