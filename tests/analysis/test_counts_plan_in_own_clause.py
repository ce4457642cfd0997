"""A plan told in a coordinated clause with a subject of its own belongs to that clause (issue #7, round 19;
sentences invented here, none from the dev set, the judges or the corpus): "had arrested 210 people, and it plans to
arrest hundreds more" counts the 210 done (GUIDELINES §2: plans are no counts, done actions are). The traps: a number
that is itself the object of the plan stays a plan."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE said it had arrested 210 people in Atlanta, and it plans to arrest hundreds more next month.",
        "Agents arrested 64 people in Tulsa on Monday, but the agency still intends to return to the city.",
    ],
)
def test_a_plan_in_its_own_clause_leaves_the_done_count(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE plans to arrest 210 people in Atlanta, and it expects to deport most of them.",
        "The agency expects to arrest 3,000 people in Tulsa this year, and it hopes to open a new office there.",
    ],
)
def test_a_number_the_plan_governs_stays_a_plan(sentence: str) -> None:
    assert counts(sentence) == set()
