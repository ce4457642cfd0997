"""Three classes of arrests vs border apprehensions vs detentions (issue #7, round 17; sentences invented here, none
from the dev set, the judges or the corpus):

- the crossing told without the word "border" ("crossers", "rafted across the river", "scaled the wall") sets the
  people caught at the border (GUIDELINES §2 border_apprehensions); its trap, people who "walked across the parking
  lot" or "climbed onto a scaffold";
- a crossing long ago in the people's relative clause ("who crossed the border decades ago") is their history, no
  border place of the arrest (GUIDELINES §2 arrests); its trap, a crossing an hour before the apprehension;
- a jail handing people held over to ICE, the verb before the number ("turned 38 inmates over to ICE") makes arrests,
  as the passive does ("were transferred to ICE custody"), though the noun names people held; its trap, detainees
  moved to another facility stay held."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents caught 73 crossers in the brush south of Falfurrias on Monday.",
        "Agents apprehended 44 people who rafted across the river before dawn.",
        "Agents apprehended 19 men who scaled the wall east of the port in Calexico.",
    ],
)
def test_a_crossing_told_without_the_word_border_is_at_the_border(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"border_apprehensions"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents arrested 21 people who walked across the parking lot to their cars.",
        "Agents arrested 14 men who climbed onto a scaffold at the construction site.",
    ],
)
def test_crossing_something_else_is_no_border(sentence: str) -> None:
    assert {t for t, _, _ in counts(sentence)} == {"arrests"}


def test_a_crossing_long_ago_is_no_border_place() -> None:
    assert counts("Agents arrested 57 immigrants, many of whom had crossed the border decades ago, at job sites.") == {
        ("arrests", 57, "people")
    }
    assert counts("Officers arrested 33 people who entered the country as toddlers during traffic stops.") == {
        ("arrests", 33, "people")
    }


def test_a_crossing_just_before_the_apprehension_stays_at_the_border() -> None:
    assert counts("Agents apprehended 57 migrants who had crossed the border an hour earlier.") == {
        ("border_apprehensions", 57, "people")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The county jail turned 38 inmates over to ICE last year.",
        "Deputies handed over 16 jail detainees to immigration officers after the traffic stops.",
    ],
)
def test_people_a_jail_hands_over_to_ice_are_held(sentence: str) -> None:
    # round 24's convention (handovers24): a handover to ICE custody is people held by ICE (detentions)
    assert {t for t, _, _ in counts(sentence)} == {"detentions"}


def test_detainees_moved_to_another_facility_stay_held() -> None:
    assert counts("ICE transferred 80 detainees to a county jail in Georgia.") == {("detentions", 80, "people")}
