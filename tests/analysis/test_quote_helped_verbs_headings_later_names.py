"""Three attributions rounds 8-16 did not read (issue #7, quotes17; `bench/probes/quotes5.jsonl`): a reporting verb
after a helper ("had to add:", "would later tell reporters:"), a name and colon in a markdown heading, and a
quotation paragraph whose speaker the next paragraph names ("That is how Ana Lee describes ..."). Invented
sentences, each with a trap that keeps its reading (GUIDELINES.md 'Quotes')."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

_LEAD = "Immigration agents detained a man at the packing plant on Monday. Rosa Marquez, his sister, was there.\n\n"
_WORDS = "“Nobody told us where they took him.”"


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "report",
    [
        "Marquez had to add:",
        "Marquez went on to say,",
        "Marquez would later tell reporters:",
        "Marquez could only say:",
    ],
)
def test_a_reporting_verb_after_a_helper(report: str) -> None:
    """ "Ann Lee had to add: “...”": the base form of a reporting verb after a helper reports the quotation."""
    assert _read(f"{_LEAD}{report} {_WORDS}") == [("Rosa Marquez", "Nobody told us where they took him.")]


def test_a_helper_before_another_verb_reports_nothing() -> None:
    """Trap: "had to leave" is no report, so the quotation after it is not hers."""
    assert _read(f"{_LEAD}Marquez had to leave the plant before noon. {_WORDS}") == []


def test_a_name_and_colon_in_a_heading() -> None:
    """ "# Sheriff Tom Hale: “...”": a heading that names the speaker before a colon is a quote of theirs, once even
    when the body repeats the words with a full stop."""
    text = (
        "# Sheriff Tom Hale: “We will not hold anyone without a warrant”\n\n"
        "Agents detained a man at the plant on Monday.\n\n"
        "“We will not hold anyone without a warrant.” Sheriff Tom Hale said."
    )
    assert _read(text) == [("Tom Hale", "We will not hold anyone without a warrant")]


def test_a_heading_label_before_a_colon_is_no_speaker() -> None:
    """Trap: "## Claim: “...”" names no one; one capitalised word alone before the colon is a label."""
    text = "# Detention Claims\n\nAgents detained a man at the plant on Monday.\n\n## Claim: “Nobody was hurt at all.”"
    assert _read(text) == []


def test_the_next_paragraph_names_the_speaker() -> None:
    """ "“...”" then "That is how Ana Lee describes the morning ...": the sentence after the quotation says whose
    words they were, in the present tense too."""
    text = (
        "Agents detained a man at the packing plant on Monday.\n\n“They came at dawn and did not knock.”\n\n"
        "That is how Rosa Marquez, 34, describes the morning her brother was taken."
    )
    assert _read(text) == [("Rosa Marquez", "They came at dawn and did not knock.")]


def test_a_next_paragraph_about_something_else_names_no_speaker() -> None:
    """Trap: "That is how the plant describes its hiring" names a body's account, not a person's words."""
    text = (
        "Agents detained a man at the packing plant on Monday.\n\n“They came at dawn and did not knock.”\n\n"
        "That is not how the company describes its hiring."
    )
    assert _read(text) == []
