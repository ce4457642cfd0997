"""Numbers that look like detention or arrest counts but count people no action touched (issue #7, round 21,
precision): people on ICE's "non-detained docket" (living in the community while their cases go on, the word
"detained" inside a name of their standing), and the whole a subject is counted among when the whole's own words
name no action ("were among the 52,000 immigrants in the county who have asylum cases pending"). GUIDELINES §2: a
count is a number of people an enforcement action touched. Each class is tested on invented sentences and on its
trap, a close sentence that is a count and must stay one. (The sentences are invented here, none taken from the
dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- the non-detained docket ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly 6.2 million people are on the non-detained docket and report to ICE offices once a year.",
        "The agency's nondetained docket has grown to 4.9 million immigrants, officials told the committee.",
    ],
)
def test_people_on_the_non_detained_docket_are_no_detentions(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[0] == "detentions"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE held 37,200 people in detention on Monday, its statistics show.", ("detentions", 37200, "people")),
        (
            "Officers arrested 260 people from the non-detained docket when they reported for check-ins in March.",
            ("arrests", 260, "people"),
        ),
    ],
)
def test_detained_people_and_arrests_off_the_docket_stay_counts(sentence: str, expected: tuple) -> None:
    assert expected in counts(sentence)


# --- the whole a subject is counted among --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawyers said most of the men taken Tuesday were among the estimated 52,000 immigrants in Dallas County "
        "who have asylum claims pending in court.",
        "Several of the workers detained at the plant were among the roughly 9,400 residents of the town who hold "
        "temporary protected status.",
    ],
)
def test_a_whole_named_with_no_action_is_no_count(sentence: str) -> None:
    assert not {c for c in counts(sentence) if c[1] >= 1000}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her brother was among the 312 workers arrested at the meatpacking plant.", ("arrests", 312, "people")),
        ("He is among the 85 detainees at the county jail in Ozark.", ("detentions", 85, "people")),
        ("Gomez was among the 140 migrants deported to Guatemala on Friday.", ("deportations", 140, "people")),
    ],
)
def test_a_whole_named_with_its_action_stays_a_count(sentence: str, expected: tuple) -> None:
    assert expected in counts(sentence)
