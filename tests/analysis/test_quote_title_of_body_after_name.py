"""A title written before a name, with the body it is held in named after the name ("said Special Agent in Charge
Ana Lee of HSI El Paso"), a class a reviewer found cut short in round 15 (issue #7), on invented sentences, each
with a trap that keeps its reading (GUIDELINES.md 'Quotes': `role` the title or affiliation as written)."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

_QUOTE = "“This investigation dismantled a network that smuggled hundreds of people,” "


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        (
            "said Special Agent in Charge Robert Hale of HSI El Paso.",
            "Robert Hale",
            "Special Agent in Charge of HSI El Paso",
        ),
        (
            "Special Agent in Charge Robert Hale of HSI El Paso said.",
            "Robert Hale",
            "Special Agent in Charge of HSI El Paso",
        ),
        ("said Sheriff Mark Dalton of Rowan County.", "Mark Dalton", "Sheriff of Rowan County"),
        (
            "said Chief Patrol Agent Gloria Chavez of the Rio Grande Valley Sector.",
            "Gloria Chavez",
            "Chief Patrol Agent of the Rio Grande Valley Sector",
        ),
        # traps: no body after the name, an abbreviated title whose "of" names a state, a body with no title
        ("said Special Agent in Charge Robert Hale.", "Robert Hale", "Special Agent in Charge"),
        ("said Sen. Ana Ruiz of Texas.", "Ana Ruiz", "Sen."),
        ("said Ana Ruiz of the Florida Immigrant Coalition.", "Ana Ruiz", "the Florida Immigrant Coalition"),
        ("said HSI El Paso Special Agent in Charge Robert Hale.", "Robert Hale", "HSI El Paso Special Agent in Charge"),
    ],
)
def test_the_body_named_after_a_titled_name_joins_the_title(attribution: str, speaker: str, role: str) -> None:
    """ "Special Agent in Charge Ana Lee of HSI El Paso": the title and the body it is held in are her role, as the
    appositive "Ana Lee, Special Agent in Charge of HSI El Paso" writes it; the title alone says not whose it is."""
    assert _read(_QUOTE + attribution) == [(speaker, role)]


def test_the_title_with_its_body_is_the_role_of_later_quotes_by_surname() -> None:
    """The first full mention's role, body included, is every later quote's ("Hale said")."""
    text = (
        "Special Agent in Charge Robert Hale of HSI El Paso announced the arrests on Monday.\n\n"
        "“The defendants profited from the misery of people who trusted them,” Hale said."
    )
    assert _read(text) == [("Robert Hale", "Special Agent in Charge of HSI El Paso")]
