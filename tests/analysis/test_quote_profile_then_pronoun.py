"""A quotation paragraph with no attribution between a paragraph profiling a person and one that goes on with
her by pronoun ("She said ..."): hers, even when the profile also mentions an unnamed relative of the other gender
("Her husband was detained"). GUIDELINES.md 'Quotes': the speaker is identifiable from the paragraphs around.
Invented passages, each with a trap that must stay unattributed."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

_LEAD = "Agents arrested 30 people across Denver on Monday.\n\n"
_WORDS = "\n\n“I am scared to drive my children to school now.”\n\n"


@pytest.mark.parametrize(
    ("profile", "following", "speaker"),
    [
        ("Rosa Mendez, 41, cleans offices at night. Her husband was detained in May.", "She said", "Rosa Mendez"),
        ("Daniel Ortiz, 29, works at a bakery. His wife was deported last year.", "He told the Post", "Daniel Ortiz"),
    ],
)
def test_profiled_person_speaks_despite_a_relative(profile: str, following: str, speaker: str) -> None:
    text = f"{_LEAD}{profile}{_WORDS}{following} the family now stays home."
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("profile", "following"),
    [
        ("Rosa Mendez, 41, cleans offices at night. Her husband was detained in May.", "He said"),
        ("Rosa Mendez, 41, cleans offices at night. Her sister was detained in May.", "She said"),
        ("Rosa Mendez, 41, cleans offices at night. Her husband was detained in May.", "Agents said"),
    ],
)
def test_a_pronoun_that_does_not_single_her_out_leaves_the_quote_unattributed(profile: str, following: str) -> None:
    text = f"{_LEAD}{profile}{_WORDS}{following} the family now stays home."
    assert find_quotes(text) == []
