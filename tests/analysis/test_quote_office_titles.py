"""A person named after an office of several words, after the reporting verb or before it (GUIDELINES.md 'Quotes':
`speaker` the person's name, `role` the title as written): an office opened by words that are no title ("United
States Attorney for ..."), closed by "in Charge" before its "of" ("Special Agent in Charge of HSI ..."), of a body
whose name holds "U.S." or a part of a body ("the ... Division"). Invented sentences, each class with its trap."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

#: The story line every passage opens with: an enforcement action, so the quote after it is read as in a story.
LEAD = "Immigration agents detained several people at a warehouse on Friday.\n"
#: A quotation whose attribution each table fills in.
QUOTED = "“The investigation is continuing and more arrests may follow,” "


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Special Agent in Charge of HSI Seattle Corinne Abadi.", "Corinne Abadi"),
        ("said Acting Special Agent in Charge of HSI Tampa Ferris Holm.", "Ferris Holm"),
        ("said United States Attorney for the Northern District of Illinois Beatriz Solano.", "Beatriz Solano"),
        ("said Acting United States Attorney for the Southern District of Ohio Lionel Marsh.", "Lionel Marsh"),
        ("said Acting Director of U.S. Citizenship and Immigration Services Odette Brandt.", "Odette Brandt"),
        ("said Deputy Chief of the Narcotics Division Ignatius Pell.", "Ignatius Pell"),
        # the office first, the verb after the name
        ("Deputy Chief of the Narcotics Division Ignatius Pell said.", "Ignatius Pell"),
        ("Assistant Director of the Fraud Section Odette Brandt also said.", "Odette Brandt"),
    ],
)
def test_a_name_after_a_long_office_is_the_speaker(attribution: str, speaker: str) -> None:
    assert [s for s, _ in _read(LEAD + QUOTED + attribution)] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        (
            "said United States Attorney for the Northern District of Illinois Beatriz Solano.",
            "United States Attorney for the Northern District of Illinois",
        ),
        (
            "said Acting Director of U.S. Citizenship and Immigration Services Odette Brandt.",
            "Acting Director of U.S. Citizenship and Immigration Services",
        ),
        ("said Deputy Chief of the Narcotics Division Ignatius Pell.", "Deputy Chief of the Narcotics Division"),
    ],
)
def test_the_long_office_is_the_role(attribution: str, role: str) -> None:
    assert [r for _, r in _read(LEAD + QUOTED + attribution)] == [role]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # the office with no name after it: the office speaks
        (
            "said the U.S. Attorney's Office for the Northern District of Illinois.",
            "U.S. Attorney's Office for the Northern District of Illinois",
        ),
        # the name first, the office after it in apposition: still hers
        ("said Beatriz Solano, United States Attorney for the Northern District of Illinois.", "Beatriz Solano"),
        ("said Corinne Abadi, special agent in charge of HSI Seattle.", "Corinne Abadi"),
        # a name, then the body it is of, before the verb: hers, no office
        ("Tomasz Brill of the Riverside Tenants Union said.", "Tomasz Brill"),
        ("Director Tomasz Brill of the Riverside Tenants Union said.", "Tomasz Brill"),
        # a short office of a body: read as before
        ("said Secretary of Homeland Security Kirstjen Nielsen.", "Kirstjen Nielsen"),
        ("said HSI Seattle Special Agent in Charge Corinne Abadi.", "Corinne Abadi"),
        # "and" then a title of its own after an office: a second person, the office does not run on to her
        (
            "said Secretary of Homeland Security Kirstjen Nielsen and Attorney General Beatriz Solano.",
            "Kirstjen Nielsen",
        ),
    ],
)
def test_trap_an_office_alone_a_title_in_apposition_or_a_short_office_keeps_its_reading(
    attribution: str, speaker: str
) -> None:
    assert [s for s, _ in _read(LEAD + QUOTED + attribution)] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        # the office closed by "in Charge" and its body, whole, before or after the verb (the tests above read only
        # the speaker; the role lost "Special Agent in")
        ("said Special Agent in Charge of HSI Boise Wendell Okoro.", "Special Agent in Charge of HSI Boise"),
        (
            "Acting Special Agent in Charge of HSI Boise Wendell Okoro said.",
            "Acting Special Agent in Charge of HSI Boise",
        ),
        # the traps: the office after the name, and the body before the office, keep their roles
        ("said Special Agent in Charge Wendell Okoro of HSI Boise.", "Special Agent in Charge of HSI Boise"),
        ("said HSI Boise Special Agent in Charge Wendell Okoro.", "HSI Boise Special Agent in Charge"),
    ],
)
def test_an_office_closed_by_in_charge_is_the_role_whole(attribution: str, role: str) -> None:
    assert _read(LEAD + QUOTED + attribution) == [("Wendell Okoro", role)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the office first, then the name and the verb before the quotation: the name speaks, as when it follows
        ("Deputy Chief of the Narcotics Division Ignatius Pell said, “We expect more charges.”", "Ignatius Pell"),
        ("Acting Director of the Fraud Section Odette Brandt said: “We expect more charges.”", "Odette Brandt"),
        # the traps: a name, then the body it is of; an office that ends before the name
        ("Tomasz Brill of the Riverside Tenants Union said, “We expect more charges.”", "Tomasz Brill"),
        ("Secretary of Homeland Security Kirstjen Nielsen said, “We expect more charges.”", "Kirstjen Nielsen"),
    ],
)
def test_a_name_after_a_long_office_before_the_quotation_is_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in _read(LEAD + text)] == [speaker]
