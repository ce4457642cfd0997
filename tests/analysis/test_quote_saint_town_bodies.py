"""A body named for a saint's town ("the Archdiocese of St. Paul and Minneapolis"), a class a reviewer found
misread in round 15 (issue #7), on invented sentences, each
with a trap that keeps its reading (GUIDELINES.md 'Quotes': `speaker` the person's name, or the organisation when
no person is named; `role` the title or affiliation as written)."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("the Archdiocese of St. Paul and Minneapolis", "Archdiocese of St. Paul and Minneapolis"),
        ("the Diocese of St. Cloud and Duluth", "Diocese of St. Cloud and Duluth"),
        ("the Diocese of Ft. Worth and Dallas", "Diocese of Ft. Worth and Dallas"),
        # traps: a saint's town with no "and" after it, and a body whose name runs on through "and" with no saint
        ("the Archdiocese of St. Petersburg", "Archdiocese of St. Petersburg"),
        ("the City of St. Paul", "City of St. Paul"),
        ("the Archdiocese of Santa Fe and Taos", "Archdiocese of Santa Fe and Taos"),
    ],
)
def test_a_body_named_for_a_saints_town_runs_on_through_and(body: str, speaker: str) -> None:
    """ "the Archdiocese of St. Paul and Minneapolis said": "St." is the town's abbreviation, not a sentence's end,
    so the body's name runs from "Archdiocese" through "and" ("Paul and Minneapolis" read so before). The speaker
    only: a body's role is test_quote_place_word_names_and_bodies's ("the City of St. Paul": its statement)."""
    text = f"“We stand with every family that lives in fear of being separated,” {body} said in a statement."
    assert [who for who, _ in _read(text)] == [speaker]


@pytest.mark.parametrize(
    ("lead_in", "speaker", "role"),
    [
        ("Mayor Ana Ruiz of St. Paul said:", "Ana Ruiz", "Mayor of St. Paul"),
        ("The University of St. Thomas said:", "University of St. Thomas", None),
        # traps: the same frames with no saint's town
        ("Mayor Ana Ruiz of Springfield said:", "Ana Ruiz", "Mayor of Springfield"),
        ("The Department of Justice said:", "Department of Justice", "statement"),
    ],
)
def test_a_saints_town_before_the_verb_is_read_whole(lead_in: str, speaker: str, role: str | None) -> None:
    """ "Mayor Ana Ruiz of St. Paul said:": the name match starts after "St.", so "Paul" alone was the speaker; the
    town is read whole, and the person before "of" speaks (the body before it, when no person is named)."""
    text = f"{lead_in} “We stand with every family that lives in fear of being separated.”"
    assert _read(text) == [(speaker, role)]
