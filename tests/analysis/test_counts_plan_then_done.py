"""What was done after a plan (issue #7, round 14): "had planned to deport 900 but deported only 340" are 340
deportations, as the clause after "but" tells an action done, not planned (GUIDELINES §2: projections and plans are
no counts; what was done is). The plan's own number and a second plan after "but" ("but could deport 1,300") stay
no counts. A count said small after its verb ("arrested just 19") is read through the qualifier, as "about" is.
(The sentences are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- a plan, then what was done instead -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Officials had planned to deport 900 Haitians in March but deported only 340.",
            ("deportations", 340, "people"),
        ),
        ("ICE intended to detain 2,000 people at the camp, but held just 610.", ("detentions", 610, "people")),
        ("The task force aimed to arrest 150 fugitives but arrested 97 in the end.", ("arrests", 97, "people")),
    ],
)
def test_what_was_done_after_a_plan_is_a_count(sentence: str, count: tuple[str, int, str]) -> None:
    found = counts(sentence)
    assert count in found
    assert len(found) == 1  # the plan's own number stays no count


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials planned to deport 900 Haitians in March but could deport as many as 1,300 by June.",
        "ICE intends to detain 2,000 people at the camp, but will hold 3,000 if Congress pays for it.",
    ],
)
def test_a_plan_then_another_plan_is_no_count(sentence: str) -> None:
    assert counts(sentence) == set()


# --- a count said small ("only", "just") after its verb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Last year the field office removed only 73 people to Cuba.", ("deportations", 73, "people")),
        ("Deputies in the county arrested just 19 on immigration charges in June.", ("arrests", 19, "people")),
    ],
)
def test_a_count_said_small_keeps_its_verb(sentence: str, count: tuple[str, int, str]) -> None:
    assert counts(sentence) == {count}


def test_only_a_day_count_after_a_verb_is_no_count() -> None:
    """The trap: "only" before days, not people; the verb's count is still the people."""
    assert counts("Agents held 31 migrants for only 3 days at the station in Tucson.") == {("detentions", 31, "people")}


def test_a_share_of_detainers_said_small_is_the_part_s_count() -> None:
    """ "honored only 6 of 240 detainer requests": the 6 are detainers honoured, as "honored about 6 of 240" are."""
    found = counts("The county jail honored only 6 of 240 detainer requests from ICE in 2023.")
    assert ("detainers", 6, "requests") in found
