"""An attribution after the quotation opened by a comparative "as" ("“...,” as the sheriff put it"), a title's verb
after "later" or "then" ("the mayor later told"), and a news outlet named with its capital "The" after the quotation,
classes read in round 18 (issue #7) on invented sentences, each with a trap that keeps its reading (GUIDELINES.md
'Quotes': a direct quotation with an identifiable speaker)."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Sheriff Gloria Ambrose spoke after the vote.\n\nThe detention contract is “a good deal for every "
            "taxpayer in the county,” as the sheriff put it.",
            "Gloria Ambrose",
            "a good deal for every taxpayer in the county",
        ),
        (
            "Council members met on Monday. The raids were “reckless and cruel to children,” as Mayor Ivo Brandt "
            "told reporters.",
            "Ivo Brandt",
            "reckless and cruel to children",
        ),
        (
            "Tomas Reyes runs the shelter.\n\n“We have no beds left for anyone tonight,” as Reyes put it in a post.",
            "Tomas Reyes",
            "We have no beds left for anyone tonight",
        ),
        (
            "The county jail was over capacity, “with detainees sleeping on mats in the gym,” as The Valley Gazette "
            "reported.",
            "Valley Gazette",
            "with detainees sleeping on mats in the gym",
        ),
    ],
)
def test_an_attribution_opened_by_as_names_the_speaker(text: str, speaker: str, words: str) -> None:
    """An "as SUBJECT VERB" after the closing mark is the attribution "SUBJECT VERB" with a comparative "as" before it;
    "put it" is the subject's saying it."""
    assert _read(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "Agents led the father away. His children were “crying and shaking,” as he walked to the van.",
        "Every detainee must be “seen by a judge within two days,” as the statute requires.",
        "Neighbors stood “in total silence,” as agents took the workers to a bus.",
        "The sweep was “bigger than any before,” as expected by the advocates who tracked it.",
    ],
)
def test_as_before_no_reporting_verb_names_no_speaker(text: str) -> None:
    """Traps: "as" opens a clause of time or manner whose verb reports nothing ("as he walked", "as the statute
    requires", "as agents took"), or no subject at all ("as expected by"): no one is named as the speaker."""
    assert _read(text) == []


def test_a_title_after_the_quotation_with_later_or_then_before_its_verb() -> None:
    """A "the mayor later told" reads as "the mayor told": the person introduced with that title speaks."""
    text = (
        "Mayor Hedda Lindqvist said the city was not warned.\n\n“We heard about it from the neighbors,” the mayor "
        "later told the council."
    )
    assert [(q.speaker, q.role) for q in find_quotes(text)] == [("Hedda Lindqvist", "Mayor")]


def test_a_title_with_an_other_adverb_keeps_its_reading() -> None:
    """Trap: only "also", "later" and "then" stand between the title and its verb (as before the quotation);
    "the president once told" still names no one (a president the story never introduced is not the nearest
    person)."""
    text = "Chief Aldo Ferri spoke. The figures are “a little padded,” the president once told a few reporters."
    assert _read(text) == []


def test_a_lead_with_no_subject_under_a_response_heading_speaks_for_the_heading() -> None:
    """A tracker's "## DHS Response" right above "Posted on X (@DHSgov):": the lead names no one, the heading does."""
    text = (
        "## Summary\nAgents detained a cook in Anoka.\n\n## DHS Response\nPosted on X (@DHSgov):\n\n"
        "> “This man entered the country illegally and has a removal order.”"
    )
    assert _read(text) == [("DHS", "This man entered the country illegally and has a removal order.")]


@pytest.mark.parametrize(
    "text",
    [
        # the lead has a subject of its own, someone the story does not name
        "## DHS Response\nA neighbor posted on Facebook:\n\n> “They pulled him out of the car in front of his kids.”",
        # the heading above the lead names no body's statement
        "## Timeline\nPosted on X at 9 p.m.:\n\n> “Agents are at the corner of Fifth and Main right now.”",
    ],
)
def test_a_lead_with_a_subject_or_under_another_heading_names_no_body(text: str) -> None:
    """Traps: an anonymous subject in the lead, or a heading that is no statement's, give the quotation no speaker."""
    assert _read(text) == []
