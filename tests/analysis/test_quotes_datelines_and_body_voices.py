"""Speakers that are not people (issue #7, quotes24b; `bench/probes/quotes13.jsonl`).

A dateline in capitals before a dash ("SAN ANTONIO —", "THE WHITE HOUSE —", "NEW YORK (Reuters) -") is where the
story was filed, never a person or body a statement speaks for (the dateline part of quotes24's dropped patch). A
body's unnamed spokesperson opening a sentence ("A DHS spokeswoman said ...") is the body's voice: a later "she
said" is the body (GUIDELINES: an agency statement with no person goes under the agency), never a place or a
person named before; a spokesperson of no named body stays nobody. Invented sentences (GUIDELINES.md 'Quotes')."""

from __future__ import annotations

from tasks.analysis.quote_people import find_people
from tasks.analysis.quotes import find_quotes


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text)]


def test_a_capitals_dateline_is_nobody() -> None:
    for dateline in ("SAN ANTONIO —", "THE WHITE HOUSE —", "NEW YORK (Reuters) -", "FORT BLISS, Texas (AP) —"):
        text = f"{dateline} “Every one of them had a final order of removal,” a statement said Tuesday."
        assert not [p.name for p in find_people(text)], dateline
        assert _read(text) == [], dateline


def test_a_dateline_leaves_the_speaker_after_it() -> None:
    text = "EL PASO, Texas — “The shelter is full tonight,” said Ruben Garza, who runs it."
    assert _read(text) == [("Ruben Garza", "The shelter is full tonight")]
    text = "THE WHITE HOUSE — Press Secretary Dana Pruitt said Monday: “The flights will continue.”"
    assert _read(text) == [("Dana Pruitt", "The flights will continue.")]


def test_trap_a_name_in_capitals_inside_a_sentence_is_still_read() -> None:
    text = "Immigration agents arrested 4 people in Yuma.\n\n“They came at night,” said Luis Ortega, a neighbor."
    assert _read(text) == [("Luis Ortega", "They came at night")]


def test_she_after_a_bodys_unnamed_spokeswoman_is_the_body() -> None:
    text = (
        "Agents arrested 9 people at a car wash in Pasadena on Monday.\n\n"
        "“They took my cousin in his work clothes,” said Marta Quiroga, who lives nearby.\n\n"
        "A CBP spokeswoman confirmed the arrests. “Every one of them was in the country illegally,” she said."
    )
    assert _read(text)[-1] == ("CBP", "Every one of them was in the country illegally")


def test_she_after_a_spokesman_for_a_spelled_out_agency_is_the_agency() -> None:
    text = (
        "Deputies in Marion County handed 5 inmates to ICE on Friday.\n\n"
        "A spokesman for Immigration and Customs Enforcement said the men had prior removal orders. "
        "“We will remove them as quickly as the law allows,” he said."
    )
    assert _read(text) == [("ICE", "We will remove them as quickly as the law allows")]


def test_trap_a_spokeswoman_of_no_body_is_nobody() -> None:
    text = (
        "“The line was hours long,” said Carla Ybarra, who waited with her son.\n\n"
        "A spokeswoman said the consulate would stay open late. “Nobody will be turned away,” she said."
    )
    assert [speaker for speaker, _ in _read(text)] == ["Carla Ybarra"]
