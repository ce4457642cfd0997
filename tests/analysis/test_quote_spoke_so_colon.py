"""A person described only by how they spoke, then a colon ("The owner, Ana Ruiz, was blunt: “...”"), a class a
reviewer found missed in round 15 (issue #7), on invented sentences, each with a trap that keeps its reading
(GUIDELINES.md 'Quotes': a direct quotation with an identifiable speaker)."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "The owner, Marta Ruiz, was blunt: “We lost half our workers in a week and nobody will tell us where.”",
            "Marta Ruiz",
            "The owner",
        ),
        (
            "The pastor, Daniel Okafor, was direct: “These families have done nothing wrong and deserve peace.”",
            "Daniel Okafor",
            "The pastor",
        ),
        (
            "Daniel Okafor was more direct: “These families have done nothing wrong and deserve peace.”",
            "Daniel Okafor",
            None,
        ),
        (
            "Ana Ruiz spoke to reporters.\n\nShe was emphatic about the risk: “Nobody should go to the hearing alone.”",
            "Ana Ruiz",
            None,
        ),
    ],
)
def test_a_person_said_to_speak_so_before_a_colon_speaks_the_quotation(
    text: str, speaker: str, role: str | None
) -> None:
    """A clause naming a person and how they spoke ("was blunt", "was more direct") introduces their words with a
    colon as "said:" would."""
    assert _read(text) == [(speaker, role)]


@pytest.mark.parametrize(
    "text",
    [
        "The sign on the door was clear: “No entry without a warrant signed by a judge of this court.”",
        "The rule was blunt: “Every detainee must see a lawyer within a day of arrival at the center.”",
        "The result, a new policy, was clear: “No officer shall ask about status during a traffic stop.”",
        "Ana Ruiz was arrested in March: “The agents came to the house at six in the morning,” her son said.",
    ],
)
def test_a_thing_said_to_be_so_or_a_person_something_befell_gives_no_colon_speaker(text: str) -> None:
    """Traps: the subject is no person ("The sign ... was clear:"), or the clause tells what befell the person ("was
    arrested in March:"), not how they spoke: the colon names no speaker (an unnamed son speaks after it)."""
    assert _read(text) == []
