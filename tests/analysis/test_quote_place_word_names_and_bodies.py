"""Classes of round 20's place-word names and unnamed bodies (issue #7), on invented passages.

A surname that is a place word ("Park", "Lake") after a given name names a person, who keeps her role and her
pronoun; a run of a place's own name before the place word ("Virginia Beach") or a place word not last
("Lake Mary") is still a place. "Ald." is an abbreviated title like "Sen.", never a name of its own. A government
named by its place ("the Town of Ashby", "Carroll County") or a news outlet by its masthead ("the Sentinel")
speaks through its documents: its words take one as their role, one named between the parts of the quotation too.
"""

from __future__ import annotations

import pytest

from tasks.analysis.quote_people import find_people
from tasks.analysis.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


def _names(text: str) -> list[str]:
    return [m.name for m in find_people(text) if not m.organisation]


def test_a_given_name_then_a_place_word_surname_is_a_person_with_her_role() -> None:
    passage = (
        "Two women were detained at a bus stop in Harwell on Friday.\n\n"
        "Dr. Grace Lake, a pediatrician at the county clinic, said both were mothers of her patients. "
        "“They came to every appointment,” she said."
    )
    assert "Grace Lake" in _names(passage)
    assert _quotes(passage) == [("Grace Lake", "a pediatrician at the county clinic")]


@pytest.mark.parametrize(
    "passage",
    [
        "Agents arrested four men near Virginia Beach on Tuesday, officials said.",
        "Agents arrested four men near Lake Mary Road on Tuesday, officials said.",
        "Agents arrested four men at Grand Park on Tuesday, officials said.",
    ],
)
def test_a_place_word_after_a_place_or_before_a_name_stays_a_place(passage: str) -> None:
    assert _names(passage) == []


def test_an_abbreviated_alderman_title_is_no_name_of_its_own() -> None:
    passage = (
        "Agents made arrests in three wards over the weekend.\n\n"
        "“Nobody on this council was told anything,” said Ald. Tomas Ferrer, who chairs the public safety committee."
    )
    assert _quotes(passage) == [("Tomas Ferrer", "Ald.")]


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        (
            "Federal agents detained three people at a laundromat in Ashby on Monday.\n\n"
            "“Town police had no role in these arrests,” the Town of Ashby said.",
            "Town of Ashby",
        ),
        (
            "ICE asked the jail in Carroll County to hold a man arrested on a misdemeanor.\n\n"
            "“We release people when their local case ends,” Carroll County said.",
            "Carroll County",
        ),
    ],
)
def test_a_government_named_by_its_place_speaks_in_a_statement(passage: str, speaker: str) -> None:
    assert _quotes(passage) == [(speaker, "statement")]


def test_a_document_named_between_the_parts_of_an_outlets_quotation_is_its_role() -> None:
    passage = (
        "A photographer for the Sentinel was held for two hours at a protest in Orland on Saturday.\n\n"
        "“He was wearing his press badge,” the Sentinel said in a letter to readers. “We will seek answers.”"
    )
    assert _quotes(passage) == [("Sentinel", "letter")]


def test_a_person_named_like_a_masthead_keeps_her_own_role() -> None:
    passage = (
        "Agents detained a man outside a courthouse in Delmont.\n\n"
        "“He had a hearing scheduled for next month,” said Rita Post, his attorney."
    )
    assert _quotes(passage) == [("Rita Post", "his attorney")]
