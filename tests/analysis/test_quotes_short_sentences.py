"""Short quotations that are sentences of their own (GUIDELINES.md 'Quotes'): the one-or-two-word rule drops scare
quotes, fragments inside a sentence; a two-word sentence quoted with its attribution right after is speech.
Invented sentences, each with a trap that must stay out."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("“We're exhausted,” added volunteer Ana Ruiz. The shelter took in 40 people.", "Ana Ruiz", "We're exhausted"),
        ("Buses arrived after midnight. “Nobody slept,” said Pedro Gomez, a pastor.", "Pedro Gomez", "Nobody slept"),
        ("“Absolutely not!” Mayor Tom Hale told reporters on Friday.", "Tom Hale", "Absolutely not!"),
    ],
)
def test_two_word_sentence_with_its_attribution_is_a_quote(text: str, speaker: str, words: str) -> None:
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the raids “un-American,” said Laura Bell, a city lawyer.",
        "Critics say the “zero tolerance” policy split families, said Laura Bell, a lawyer.",
        "Ana Ruiz described the night as “exhausting,” according to the shelter.",
    ],
)
def test_scare_quote_inside_a_sentence_stays_out(text: str) -> None:
    assert find_quotes(text) == []
