"""Numbers beside border and arrest counts that count no one an action touched (issue #7, round 21): a caravan's
size ("a caravan of some 2,000 migrants set out from Huixtla"), a pace projected ("on track to make 350,000 arrests
this year") and a figure restated by a demonstrative ("That 240,000 figure includes ..."). GUIDELINES §2: projections
and populations are no counts, and one number stated once is one fact.
Each trap beside a count of the same kind that must stay one. (The sentences are invented here, none taken from the
dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts

BORDER = "Border Patrol agents apprehended 1,430 migrants in the El Centro Sector last week, the agency said.\n"
ARRESTS = "ICE arrested 840 people in Colorado in November, the agency said.\n"


def test_a_caravans_size_is_no_count() -> None:
    text = BORDER + "A caravan of some 2,000 migrants set out from Huixtla on Monday, heading for the border."
    assert counts(text) == {("border_apprehensions", 1430, "people")}


def test_a_caravan_the_text_says_was_stopped_stays_a_count() -> None:
    text = BORDER + "Mexican authorities said a caravan of 600 migrants was detained near Huixtla."
    assert 600 in {value for _, value, _ in counts(text)}


def test_a_pace_on_track_is_a_projection() -> None:
    text = ARRESTS + "At that rate the agency is on track to make 350,000 arrests by the end of the fiscal year."
    assert counts(text) == {("arrests", 840, "people")}


def test_a_figure_restated_by_a_demonstrative_is_one_fact() -> None:
    text = (
        "ICE has arrested 240,000 people since January, the department said.\n"
        "That 240,000 figure includes violent criminals, gang members and drug traffickers."
    )
    assert counts(text) == {("arrests", 240000, "people")}


def test_a_figure_told_first_with_the_stays_a_count() -> None:
    text = "The 240,000 arrests since January include 90,000 people with criminal convictions, ICE said."
    assert ("arrests", 240000, "people") in counts(text)
