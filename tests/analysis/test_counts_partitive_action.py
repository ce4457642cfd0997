"""A part of a bare whole told with its own action (issue #7, round 14): "3 of the 7 have since been deported" are 3
deportations; the 7, where it restates a group counted before, takes no count from its part's verb
(GUIDELINES §2: a count is of the people the action touched). A past the part's people went through ("had been
previously removed") is who they are, not an action of the story. Each class is tested on an invented sentence and
on its trap, a close sentence that must not change. (The sentences are invented here, none taken from the dev set or
a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- the part takes its own action; the bare whole takes none ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies arrested 18 roofers at a job site in Tulsa. 5 of the 18 have since been deported to Mexico.",
            {("arrests", 18, "people"), ("deportations", 5, "people")},
        ),
        (
            "ICE agents arrested 64 people in the sweep. Last week 23 of the 64 were deported on a charter flight.",
            {("arrests", 64, "people"), ("deportations", 23, "people")},
        ),
        # the part and the whole told in words
        (
            "Nine welders were arrested at the shipyard. Four of the nine have since been deported to Honduras.",
            {("arrests", 9, "people"), ("deportations", 4, "people")},
        ),
        (
            "Border Patrol caught 90 migrants near Yuma. 35 of the 90 were held at the Florence detention center.",
            {("border_apprehensions", 90, "people"), ("detentions", 35, "people")},
        ),
    ],
)
def test_a_part_of_a_bare_whole_takes_its_own_action(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the record predicate of a part stays the part's (the reading this class extends)
        (
            "Deputies arrested 18 roofers at a job site in Tulsa. 5 of the 18 had criminal convictions.",
            {("arrests", 18, "people"), ("convictions", 5, "people")},
        ),
        # a part whose predicate names no action: the whole keeps its own count and the part has none
        (
            "Deputies arrested 18 roofers at a job site in Tulsa. 5 of the 18 were later let go.",
            {("arrests", 18, "people")},
        ),
        # a whole no count before it names is read as before: it may be the only telling of the group
        (
            "Agents raided a meatpacking plant in Nebraska on Tuesday. 5 of the 18 were later deported.",
            {("deportations", 18, "people"), ("deportations", 5, "people")},
        ),
        # a partitive whole written before the part ("Of the 64, 23 ...") is read as before
        (
            "ICE agents arrested 64 people in the sweep. Of the 64, 23 were deported on a charter flight.",
            {("arrests", 64, "people"), ("deportations", 23, "people")},
        ),
    ],
)
def test_a_part_without_its_own_action_is_read_as_before(text: str, expected: set) -> None:
    assert counts(text) == expected


# --- a past the part's people went through -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "9 of the 52 had been previously removed from the country.",
        "4 of the 52 were deported more than once before.",
        "11 of the 52 had already been deported in 2019.",
    ],
)
def test_a_part_with_a_past_removal_gives_the_whole_no_deportations(sentence: str) -> None:
    text = "Agents arrested 52 men at two car washes in Phoenix. " + sentence
    assert ("deportations", 52, "people") not in counts(text)
    assert ("arrests", 52, "people") in counts(text)


def test_an_agency_s_removals_since_a_date_stay_a_count() -> None:
    """The trap: removals the agency made over a period are this story's deportations, not a person's past."""
    assert counts("ICE has removed 2,300 people from the district since June, a spokesman said.") == {
        ("deportations", 2300, "people")
    }
