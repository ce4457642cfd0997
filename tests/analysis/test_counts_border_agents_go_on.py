"""Agents told on in a new paragraph with no agency of their own (issue #7, round 23; sentences invented here, none
from the dev set, the judges or the corpus): after a Border Patrol sentence, or a sentence whose count was a border
apprehension, "Agents also caught 40 children" and "Of the 52 migrants apprehended" count the same border (GUIDELINES
§2 border_apprehensions). The traps: agents after an ICE sentence, agents who name an interior setting of their own,
and agents sent from a sector to work inland ("agents assigned to the Laredo Sector" is their home post, not where
they act) make arrests (GUIDELINES §2 arrests)."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

SECTOR = "Border Patrol agents in the Tucson Sector apprehended 870 migrants over four days, the agency said.\n\n"


@pytest.mark.parametrize(
    ("follow", "value"),
    [
        ("Agents also caught 61 children traveling without a parent.", 61),
        ("Agents took 205 people into custody on Friday alone.", 205),
        ("Of the 133 adults apprehended, 40 were sent back across the line.", 133),
    ],
)
def test_bare_agents_after_the_border_patrol_count_the_border(follow: str, value: float) -> None:
    assert ("border_apprehensions", value, "people") in counts(SECTOR + follow)


@pytest.mark.parametrize(
    ("before", "follow", "value"),
    [
        ("ICE officers arrested 300 people in Denver this week, far from the border.", "Agents also arrested 27.", 27),
        (SECTOR.strip(), "Agents also arrested 27 workers at a car wash in Tucson.", 27),
        ("ICE and the FBI searched a Phoenix warehouse on Monday.", "Of the 44 people apprehended, 9 had records.", 44),
    ],
)
def test_bare_agents_after_an_interior_sentence_or_in_a_setting_of_their_own_arrest(
    before: str, follow: str, value: float
) -> None:
    assert ("arrests", value, "people") in counts(before + "\n\n" + follow)


def test_agents_assigned_to_a_sector_working_inland_arrest() -> None:
    text = "Border Patrol agents assigned to the Laredo Sector arrested 18 men at a landscaping yard in Riverside."
    assert {t for t, _, _ in counts(text)} == {"arrests"}
