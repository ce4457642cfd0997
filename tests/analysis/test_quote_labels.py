"""A speaker named by a label before a colon in a markdown story ("**Mayor Ana Ruiz:** “...”"), a class the work
part's missed quotes showed in round 16 (issue #7), on invented sentences: emphasis closing the label is no word of
the attribution, and one capitalised word alone before the colon that names no one else in the story ("Quote:",
"**Statement:**") is a label of what follows, not its speaker (GUIDELINES.md 'Quotes': a direct quotation with an
identifiable speaker). Each case has a trap that keeps its reading."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The council met on Tuesday night.\n\n**Mayor Lucia Ferrante:** “No school will open its doors to agents"
            " without a warrant.”",
            "Lucia Ferrante",
        ),
        (
            "The council met on Tuesday night.\n\n- **Lucia Ferrante, the mayor:** “No school will open its doors to"
            " agents without a warrant.”",
            "Lucia Ferrante",
        ),
        (
            "Deputies cleared the lot before dawn.\n\n**ICE:** “The operation targeted people with final orders of"
            " removal.”",
            "ICE",
        ),
        # a surname the story names in full elsewhere speaks, bold or not
        (
            "Tomas Okonkwo runs the shelter on Fifth Street.\n\n**Okonkwo:** “We had forty beds and ninety people"
            " at the door.”",
            "Tomas Okonkwo",
        ),
    ],
)
def test_a_bold_label_names_its_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "label",
    ["**Statement:**", "Statement:", "**Excerpt:**", "> **Quote:**", "- Translation:", "**Q:**"],
)
def test_a_one_word_label_is_nobody(label: str) -> None:
    text = f"Agents detained two men at the car wash.\n\n{label} “They were loaded into a van before anyone asked.”"
    assert _speakers(text) == []


def test_a_one_word_name_with_more_of_a_clause_still_speaks() -> None:
    """The trap: a single name that is not alone before the colon ("Okafor, at the vigil:") is a speaker."""
    text = (
        "Agents detained two men at the car wash.\n\nOkafor, at the vigil: “They were loaded into a van before"
        " anyone could ask why.”"
    )
    assert _speakers(text) == ["Okafor"]
