"""Parts of a whole told in forms the readers missed (issue #7, round 20; GUIDELINES §2: of the people in an action,
those with criminal convictions or none are counts, and a share of people in an action is a percent). The rest of a
record count said "had none" or with an elliptical "did not"; a part's share restated alone in the next sentence
("That is 72 percent."); a part set off by dashes after a place in the lead, which is that place's, not a dateline.
Each class is tested on an invented sentence and on its trap, a close sentence that must not change. (The sentences
are invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts

# --- the rest of a record count: "had none", "did not" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 150 people ICE arrested in Wichita, 62 had prior convictions and 88 had none, officials said.",
            {("arrests", 150, "people"), ("convictions", 62, "people"), ("no_criminal_record", 88, "people")},
        ),
        (
            "Agents arrested 47 people near Lubbock. Nineteen had been convicted of crimes; the remaining 28 had none.",
            {("arrests", 47, "people"), ("convictions", 19, "people"), ("no_criminal_record", 28, "people")},
        ),
        (
            "Of the 210 people removed through Tucson, 130 had criminal convictions and 80 did not, records show.",
            {("deportations", 210, "people"), ("convictions", 130, "people"), ("no_criminal_record", 80, "people")},
        ),
    ],
)
def test_the_rest_of_a_record_count_said_none_has_no_record(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "none" of something other than a record: no count
        (
            "Of the 240 people in ICE detention in Conroe, 90 had attorneys and 150 had none, a clinic said.",
            {("detentions", 240, "people")},
        ),
        # "none were charged" after a count of people questioned: no number, no count
        (
            "Agents arrested 14 people at a dairy near Twin Falls. Twenty others were questioned; none were charged.",
            {("arrests", 14, "people")},
        ),
    ],
)
def test_none_of_another_thing_is_no_record(text: str, expected: set) -> None:
    assert counts(text) == expected


# --- a part's share restated in the next sentence --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ICE held 3,600 people in Georgia in May, and 2,200 of them had no criminal conviction. That is about 61 "
            "percent.",
            {
                ("detentions", 3600, "people"),
                ("no_criminal_record", 2200, "people"),
                ("no_criminal_record", 61, "percent"),
            },
        ),
        (
            "Of the 800 people deported from Seattle last year, 350 had criminal convictions. That amounts to 44 "
            "percent of those removed.",
            {("deportations", 800, "people"), ("convictions", 350, "people"), ("convictions", 44, "percent")},
        ),
    ],
)
def test_a_parts_share_restated_next_is_of_the_parts_type(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change, not a share
        (
            "Of the 500 people ICE arrested in Iowa, 310 had no criminal record. That is 25 percent more than in 2023.",
            {("arrests", 500, "people"), ("no_criminal_record", 310, "people")},
        ),
        # the share of another thing, two sentences after the part
        (
            "ICE arrested 66 people in Boise, and 24 of them had no criminal record. The sweep cost $1 million. "
            "That is 10 percent of the field office's budget.",
            {("arrests", 66, "people"), ("no_criminal_record", 24, "people")},
        ),
    ],
)
def test_a_share_of_something_else_or_a_change_is_not_restated(text: str, expected: set) -> None:
    assert counts(text) == expected


# --- a part set off by dashes after the lead's place ------------------------------------------------------------------


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    """Each count's places, by value."""
    return {f.value: f.places for f in extract_counts(text, None)}


def test_a_part_in_dashes_after_a_place_in_the_lead_is_that_places() -> None:
    text = (
        "ICE officers arrested 72 people at a factory in Omaha — 30 of them with no criminal record — on Monday, "
        "the agency said."
    )
    assert _placed(text) == {72: ("Omaha, Nebraska",), 30: ("Omaha, Nebraska",)}


def test_a_dateline_before_its_dash_is_still_the_dateline() -> None:
    # the dateline opens the text with no preposition before it: where the story was filed, a stand-in only
    text = "OMAHA, Neb. — ICE officers arrested 72 people on Monday, the agency said."
    assert _placed(text) == {72: ("Omaha, Nebraska",)}
    got = {f.value: (f.places, f.place_source) for f in extract_counts(text, None)}
    assert got[72][1] == "story"
