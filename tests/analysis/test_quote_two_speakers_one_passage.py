"""Two speakers quoted in one sentence or in two sentences back to back (issue #7, quotes17;
`bench/probes/quotes5.jsonl`): the clause a quotation closes keeps its own speaker, and the next clause's subject
is no attribution of it. Invented sentences, each with a trap that keeps its reading (GUIDELINES.md 'Quotes')."""

from __future__ import annotations

from tasks.analysis.quotes import find_quotes

_LEAD = "Immigration agents detained 30 people at the county processing center on Monday.\n\n"


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(_LEAD + text)]


def test_a_contrasted_clause_after_the_closing_mark_is_another_speakers() -> None:
    """`said the unit was “...,” while Dr. Felix Han ... said the cells were “...”`: each partial quotation is the
    subject's of its own clause; the name after "while" or "but" attributes the second, not the first."""
    text = (
        "Warden Alma Reyes said the unit was “clean and well supplied at all hours,” while Dr. Felix Han, who "
        "inspected it, said the cells were “cold and crowded at night.”"
    )
    assert _read(text) == [
        ("Alma Reyes", "clean and well supplied at all hours"),
        ("Felix Han", "cold and crowded at night."),
    ]


def test_a_contrasted_clause_after_an_attribution_keeps_it() -> None:
    """Trap: after a full attribution (`,” said Alma Reyes, while ...`) the conjunction's clause changes nothing."""
    text = "“The unit is clean and well supplied,” said Warden Alma Reyes, while protesters gathered outside."
    assert _read(text) == [("Alma Reyes", "The unit is clean and well supplied")]
    assert _read("“The unit is clean and well supplied,” Alma Reyes said, but she gave no numbers.") == [
        ("Alma Reyes", "The unit is clean and well supplied")
    ]


def test_the_subject_after_but_reports_the_quotation_it_introduces() -> None:
    """`said Alma Reyes, but Dr. Felix Han, who ..., said, “...”`: the subject after "but" says the second quotation;
    the first name is the end of the first attribution, not the subject of the second."""
    text = (
        "“The unit is clean and well supplied,” said Warden Alma Reyes, but Dr. Felix Han, who inspected it on "
        "Monday, said, “The cells are cold and crowded at night.”"
    )
    assert _read(text) == [
        ("Alma Reyes", "The unit is clean and well supplied"),
        ("Felix Han", "The cells are cold and crowded at night."),
    ]


def test_a_partial_quotation_closing_its_sentence_keeps_its_reporting_clause() -> None:
    """`Mayor Ida Brandt called the arrests “....” Police Chief Omar Fitch said ...`: the quotation closes the
    sentence its own subject and verb opened, so the next sentence's subject does not take it."""
    text = (
        "Mayor Ida Brandt called the arrests “a betrayal of every promise we were made.” Police Chief Omar Fitch "
        "said his officers were “never told about the operation.”"
    )
    assert _read(text) == [
        ("Ida Brandt", "a betrayal of every promise we were made."),
        ("Omar Fitch", "never told about the operation."),
    ]


def test_a_whole_quotation_before_its_attribution_keeps_it() -> None:
    """Trap: a quotation opening its sentence has no reporting clause before it; the name after it speaks."""
    assert _read("“We were never told about the operation.” Police Chief Omar Fitch said.") == [
        ("Omar Fitch", "We were never told about the operation.")
    ]
