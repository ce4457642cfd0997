"""Where the agents come from is not where they made the count (issue #7, round 19; sentences invented here, none
from the dev set, the judges or the corpus): a home post told beside the agents ("based in Yuma", "a Laredo-based
team", "which normally patrols the Rio Grande", "deployed from the southern border") names neither a border town nor
the border for those counted, so Border Patrol's arrests in an inland city stay arrests (GUIDELINES §2 arrests:
apprehended inside the country). The traps: agents of the same post who catch people at the border itself."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents based in Yuma arrested 64 people in Salt Lake City on Thursday.",
        "The Border Patrol unit, which normally patrols the Rio Grande, arrested 31 people in Raleigh on Sunday.",
        "A Laredo-based team of Border Patrol agents arrested 17 workers in Memphis.",
        "Border Patrol agents deployed from the southern border arrested 220 people in Indianapolis last month.",
    ],
)
def test_the_agents_home_post_sets_nobody_at_the_border(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Border Patrol agents based in Yuma apprehended 64 migrants near the river east of San Luis.",
        "Agents who normally work in Tucson apprehended 45 migrants at the border near Nogales on Sunday.",
        "Border Patrol agents apprehended 80 migrants near Laredo on Friday.",
    ],
)
def test_agents_of_a_border_post_at_the_border_apprehend(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}
