"""A sentence that opens on a bare whole, its action a participle (issue #7, round 22): "Of the 350 taken into custody
in Tulsa, 120 had ..." counts the 350 by the participle up to the comma that closes the opener, as "Of the 350
people taken into custody" does with its noun. The traps: an opener whose relative clause names no enforcement,
and a share. (Sentences invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts


def test_an_opening_bare_whole_taken_into_custody_is_arrests() -> None:
    got = counts("Of the 350 taken into custody in Tulsa last week, 120 had criminal convictions.")
    assert got == {("arrests", 350, "people"), ("convictions", 120, "people")}


def test_an_opening_bare_whole_with_an_attribution_inside_is_still_arrests() -> None:
    got = counts("Out of 218 taken into custody in Omaha, the agency said, 64 had no criminal record.")
    assert ("arrests", 218, "people") in got


def test_an_opening_bare_whole_with_no_action_counts_no_whole() -> None:
    got = counts("Of the 500 who applied for asylum in Tulsa, 120 were later detained.")
    assert not any(value == 500 for _, value, _ in got)
