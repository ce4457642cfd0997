"""A class the work part's role errors showed in round 20 (issue #7), on invented passages.

A body's words with no document named: an organisation has no title, so the role of its quotation is the form
its words take, a statement (a news outlet's: a report); a document the attribution names ("in a memo") or a
spokesperson who speaks for it keeps its own reading, and a later quotation of the body that names its document
is not overridden by the first one's default.
"""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.speaker, q.role, q.text) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        (
            "Agents arrested 12 people at a packing plant in Dorsey on Monday.\n\n"
            "ICE said the arrests followed an audit. “Each worker was encountered during a lawful investigation,” "
            "the agency said.",
            "ICE",
        ),
        (
            "A Kenyan student was detained at the airport in Fargo on Sunday.\n\n"
            "“The student had overstayed her visa by two years,” the Department of Homeland Security said Monday.",
            "Department of Homeland Security",
        ),
    ],
)
def test_a_bodys_words_with_no_document_named_are_its_statement(passage: str, speaker: str) -> None:
    [(who, role, _)] = _quotes(passage)
    assert (who, role) == (speaker, "statement")


def test_an_outlets_words_are_its_report() -> None:
    passage = (
        "Federal agents plan to arrest 900 people in Denver next month.\n\n"
        "The sweep is meant “to show that sanctuary cities are not safe havens,” the Tribune reported on Sunday."
    )
    assert [(who, role) for who, role, _ in _quotes(passage)] == [("Tribune", "report")]


def test_a_named_document_and_a_spokesperson_keep_their_roles() -> None:
    memo = (
        "Border Patrol released 300 families in Yuma last week.\n\n"
        "“Releases will continue until capacity improves,” ICE said in an internal memo."
    )
    assert [role for _, role, _ in _quotes(memo)] == ["internal memo"]
    spokesman = (
        "ICE arrested nine men at car washes in Tolleson on Friday.\n\n"
        "“These were targeted arrests,” said ICE spokesman Victor Alvarado."
    )
    assert _quotes(spokesman)[0][:2] == ("Victor Alvarado", "ICE spokesman")


def test_a_later_quotation_naming_its_document_is_not_overridden() -> None:
    passage = (
        "ICE moved 60 detainees from the Linden jail to Louisiana on Tuesday.\n\n"
        "“The transfers were needed to relieve crowding,” ICE said.\n\n"
        "“No detainee was denied access to counsel,” ICE said in a written statement."
    )
    assert [role for _, role, _ in _quotes(passage)] == ["statement", "written statement"]
