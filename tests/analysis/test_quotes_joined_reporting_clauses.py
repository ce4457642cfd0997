"""Two reporting clauses joined by ", and" before a quotation (issue #7, quotes24; `bench/probes/quotes12.jsonl`):
the last clause with a subject of its own names the speaker of the quotation it introduces; a joined clause with no
subject ("and added:") stays the first speaker's. Invented sentences (GUIDELINES.md 'Quotes')."""

from __future__ import annotations

from tasks.analysis.quotes import find_quotes

_LEAD = "Immigration agents arrested 12 people at a packing plant in Grand Island on Thursday.\n\n"


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(_LEAD + text)]


def test_a_second_clause_after_a_quotation_names_the_next_speaker() -> None:
    text = (
        "“The line stopped for three hours,” plant manager Dale Whitcomb said, and union steward Irma Soto said: "
        "“Nobody told the workers why.”"
    )
    assert _read(text) == [
        ("Dale Whitcomb", "The line stopped for three hours"),
        ("Irma Soto", "Nobody told the workers why."),
    ]


def test_a_second_clause_with_another_verb_and_a_bare_surname() -> None:
    text = (
        "Dale Whitcomb runs the plant and Irma Soto represents its workers.\n\n"
        "“We cooperated fully,” Whitcomb said, and Soto answered: “Cooperation meant locking the doors.”"
    )
    assert _read(text) == [
        ("Dale Whitcomb", "We cooperated fully"),
        ("Irma Soto", "Cooperation meant locking the doors."),
    ]


def test_a_second_clause_without_a_quotation_before_it() -> None:
    text = "Mayor Ruth Ames spoke first, and Sheriff Carl Boone said: “My deputies were not there.”"
    assert _read(text) == [("Carl Boone", "My deputies were not there.")]


def test_trap_a_joined_clause_without_a_subject_is_the_same_speaker() -> None:
    text = "“We cooperated fully,” Dale Whitcomb said, and added: “The agents had a warrant.”"
    assert [speaker for speaker, _ in _read(text)] == ["Dale Whitcomb"]


def test_trap_a_joined_clause_that_reports_nothing_keeps_the_first_speaker() -> None:
    text = (
        "Sheriff Carl Boone said his deputies stayed at the station, and the agents acted alone: “We were never asked.”"
    )
    assert [speaker for speaker, _ in _read(text)] == ["Carl Boone"]
