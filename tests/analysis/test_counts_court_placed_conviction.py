"""A court named with its place before its verb still convicts in the story's own prosecution (issue #7, round 19;
sentences invented here, none from the dev set, the judges or the corpus): "A federal jury in Brownsville convicted
six men of harboring migrants" counts people prosecuted (GUIDELINES §2 charged, as "a jury convicted six men"). The
trap: a conviction those arrested already had is their record (convictions)."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "A federal jury in Brownsville convicted six men of harboring migrants in a stash house, prosecutors said.",
        "A judge in Tucson convicted 14 people of illegal reentry on Monday.",
    ],
)
def test_a_placed_court_s_conviction_is_the_prosecution_s(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"charged"}


def test_a_conviction_those_arrested_already_had_is_their_record() -> None:
    found = counts("Of the 70 people ICE arrested in Omaha, 25 had been convicted of felonies.")
    assert {t for t, _, _ in found} == {"arrests", "convictions"}
