"""Sentences and paragraphs in both layouts the analysis meets: blank-line paragraphs (the labelled corpus,
hard-wrapped sources) and one paragraph per line (trafilatura's output, what the pipeline analyses)."""

from __future__ import annotations

import re
from datetime import date

from conftest import require_shared

from tasks.analysis.facts import extract_facts
from tasks.analysis.sentences import Sentence, split_sentences

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


def test_a_markdown_heading_ends_at_its_line_even_without_a_blank_line_after_it() -> None:
    # an incident tracker's entry: a heading right over its paragraph, a timeline list under the next heading
    text = (
        "# Cooks Taken from Diner\n\n## What Happened\nAgents arrested three cooks in Anoka. Two were released.\n\n"
        "## Timeline\n- **6:10 a.m.** - Agents arrive"
    )
    assert [s.text for s in split_sentences(text)] == [
        "# Cooks Taken from Diner",
        "## What Happened",
        "Agents arrested three cooks in Anoka.",
        "Two were released.",
        "## Timeline",
        "- **6:10 a.m.** - Agents arrive",
    ]


def test_trap_a_line_that_only_starts_with_a_hash_tag_is_no_heading() -> None:
    # "#" glued to a word is a hashtag, not a heading: the wrapped lines stay one sentence
    text = "Protesters marched with signs reading\n#AbolishICE outside the Whipple building.\n\nNext paragraph."
    assert [s.text for s in split_sentences(text)][0].endswith("Whipple building.")


def test_the_rules_read_the_view_of_a_sentence_written_with_markup() -> None:
    (sentence,) = split_sentences("**Deputies** from [the sheriff's office](https://example.org/x) held 9 people.")
    assert sentence.rule_text == "Deputies from the sheriff's office held 9 people."


def test_trap_a_sentence_built_without_a_view_is_read_as_written() -> None:
    assert Sentence("Troopers held 4 men.", 0, 20, 0).rule_text == "Troopers held 4 men."
