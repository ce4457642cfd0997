"""Numbers beside a count that count no people an action touched (issue #7, round 19, precision): the later ages of
a list ("three workers, ages 24, 39 and 57"), the ages of the youngest and the oldest ("the youngest was 18 and the
oldest 66"), a share of seized goods ("85 percent of the cocaine seized"), a range of ages with no age word ("the
workers, who range from 20 to 62") and a road's label ("at mile marker 244"). GUIDELINES §2: a count is a number of
people an enforcement action touched; ages, labels, things and shares of things are not. Each class is tested on
an invented sentence and on its trap, a close sentence that is a count and must stay one. (The sentences are
invented here, none taken from the dev set or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

# --- the later ages of a list -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE agents detained four roofers, ages 24, 39, 45 and 57, at a job site in Greeley on Tuesday.",
        "Border Patrol agents arrested three men aged 19, 33 or 40 near Yuma, the sector said.",
        "Agents arrested four women in Omaha, ages 28, 31, 44 and 60, according to their attorneys.",
    ],
)
def test_later_ages_of_a_list_are_no_count(sentence: str) -> None:
    assert {value for _, value, _ in counts(sentence)} <= {4, 3}


def test_a_count_after_a_list_of_ages_stays_a_count() -> None:
    sentence = "The three men, ages 20 and 35, were among 61 people ICE arrested in Greeley, Colorado, last week."
    assert ("arrests", 61, "people") in counts(sentence)


# --- the youngest and the oldest ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ICE deported 212 people to Honduras. The youngest person removed was 18 and the oldest 66, ICE said.",
        "ICE deported 212 people to Honduras on Friday. The oldest of those deported was 71.",
    ],
)
def test_the_youngest_and_oldest_are_ages(sentence: str) -> None:
    assert counts(sentence) == {("deportations", 212, "people")}


def test_the_youngest_of_a_counted_group_stays_a_count() -> None:
    sentence = "The youngest of the 26 children detained at the Dilley center was an infant, lawyers said."
    assert ("detentions", 26, "people") in counts(sentence)


# --- a share of seized goods --------------------------------------------------------------------------------------


def test_a_share_of_seized_drugs_is_no_count() -> None:
    sentence = (
        "About 85 percent of the cocaine seized along the border is caught at ports of entry, and Border Patrol "
        "agents apprehended 7,100 migrants in the Tucson sector in April."
    )
    assert counts(sentence) == {("border_apprehensions", 7100, "people")}


def test_a_share_of_people_stays_a_count() -> None:
    sentence = "ICE arrested 310 people in Houston last week; 62 percent of those arrested had no criminal record."
    assert ("no_criminal_record", 62, "percent") in counts(sentence)


# --- a range of ages said without an age word, and a road's label -------------------------------------------------


def test_a_range_people_span_is_their_ages() -> None:
    sentence = "ICE detained 14 farmworkers in Yakima; the workers, who range from 20 to 62, were taken to Tacoma."
    assert counts(sentence) == {("arrests", 14, "people")}


def test_a_count_beside_the_range_of_ages_stays_a_count() -> None:
    sentence = "The workers, who range from 20 to 62, were among 140 people ICE arrested in Yakima last week."
    assert ("arrests", 140, "people") in counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Troopers stopped the van at mile marker 244 on Interstate 10 and ICE arrested 9 men, the agency said.",
        "Border Patrol agents arrested 9 men near Exit 37 of Interstate 35 outside Cotulla, the sector said.",
    ],
)
def test_a_roads_label_is_no_count(sentence: str) -> None:
    assert {value for _, value, _ in counts(sentence)} == {9}
