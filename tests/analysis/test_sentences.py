"""Sentences and paragraphs in both layouts the analysis meets: blank-line paragraphs (the labelled corpus,
hard-wrapped sources) and one paragraph per line (trafilatura's output, what the pipeline analyses)."""

from __future__ import annotations

import re
from datetime import date

from conftest import require_shared

from tasks.analysis.facts import extract_facts
from tasks.analysis.sentences import split_sentences

EXTRACTED = (
    "ICE arrests 12 in Austin raid\n"
    "Agents arrested 12 people at a warehouse in Austin on Monday.\n"
    "The agency said most had prior removal orders."
)


def test_each_line_is_a_paragraph_when_the_text_has_no_blank_lines() -> None:
    sentences = split_sentences(EXTRACTED)
    assert [s.text for s in sentences] == EXTRACTED.split("\n")
    assert [s.paragraph for s in sentences] == [0, 1, 2]


def test_a_hard_wrapped_paragraph_stays_one_sentence_when_blank_lines_separate_paragraphs() -> None:
    text = "Agents arrested 12 people\nat a warehouse in Austin on Monday.\n\nThe agency said most had orders."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Agents arrested 12 people\nat a warehouse in Austin on Monday.",
        "The agency said most had orders.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1]


def test_the_seed_gives_the_same_facts_laid_out_as_trafilatura_writes_it() -> None:
    text = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    one_per_line = re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", text.strip())
    assert "\n\n" in text and "\n\n" not in one_per_line
    published = date(2017, 9, 28)

    def facts(t: str) -> list[tuple]:
        return [(f.type, f.value, f.unit, f.places, f.evidence) for f in extract_facts("", t, published).facts]

    assert facts(one_per_line) == facts(text)
