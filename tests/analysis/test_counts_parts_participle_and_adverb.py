"""Parts of a whole told in two shapes the readers missed (issue #7, round 20; GUIDELINES §2: of the people in an
action, those with criminal convictions or none are counts). A bare whole may carry its action's participle before
the part's predicate ("75 of the 120 arrested had been convicted": 75 convictions, the 120 the arrests, no record);
a bare part may tell its record with an adverb of time before the participle ("including 11 previously convicted
of illegal reentry"). Each class is tested on an invented sentence and on its trap, a close sentence that must not
change. (The sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a bare whole with its action's participle: the record after it is the part's -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents arrested 88 people at a poultry plant in Gainesville. Officials said 41 of the 88 arrested had "
            "criminal convictions.",
            {("arrests", 88, "people"), ("convictions", 41, "people")},
        ),
        (
            "ICE removed 230 people through its Phoenix office in May. Of those, 90 of the 230 deported had no "
            "criminal record, records show.",
            {("deportations", 230, "people"), ("no_criminal_record", 90, "people")},
        ),
        # the whole first told in the partitive itself
        (
            "Records show 12 of the 30 arrested were convicted of crimes before the raid in Yakima.",
            {("convictions", 12, "people"), ("arrests", 30, "people")},
        ),
    ],
)
def test_a_bare_whole_with_its_participle_leaves_the_record_to_its_part(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no participle: the bare partitive read as before
        (
            "Agents arrested 88 people at a poultry plant in Gainesville. Officials said 41 of the 88 had criminal "
            "convictions.",
            {("arrests", 88, "people"), ("convictions", 41, "people")},
        ),
    ],
)
def test_a_bare_whole_without_a_participle_is_unchanged(text: str, expected: set) -> None:
    assert counts(text) == expected


# --- a bare part's record after an adverb of time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICE arrested 52 people in Memphis this week, including 14 previously convicted of drunken driving.",
            {("arrests", 52, "people"), ("convictions", 14, "people")},
        ),
        (
            "Officers arrested 70 people across Kansas, among them 23 already convicted of assault, the agency said.",
            {("arrests", 70, "people"), ("convictions", 23, "people")},
        ),
    ],
)
def test_a_bare_parts_record_after_an_adverb_is_counted(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a past action after the adverb is who the people are, no removal of this story
        "ICE arrested 52 people in Memphis this week, including 14 previously deported to Mexico.",
    ],
)
def test_a_bare_parts_past_action_after_an_adverb_is_no_count(text: str) -> None:
    assert ("deportations", 14, "people") not in counts(text)
