"""Enforcement told in few or unusual words (round 21, bench/probes/tagforms.jsonl): a local jail by its official name,
the government sending a person back, the fight against removal told from the person's side, the order to report for
the flight. Sentences invented for these tests."""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(title: str, text: str, sentence: str) -> float:
    return next(s.enforcement for s in _analyse(title, text).sentences if s.text == sentence)


def test_a_county_detention_center_is_the_local_jail_not_immigration_detention() -> None:
    """A theft or DUI arrest ends "at the county detention center": that is the jail, no immigration detention, unless
    an immigration actor or subject stands beside it. A named detention centre of no county still reads on its own."""
    theft = (
        "Deputies arrest nine in catalytic converter thefts",
        "Sheriff's deputies arrested nine people on Thursday after a month-long investigation into catalytic converter "
        "thefts from church parking lots.\n\nAll nine were booked into the county detention center on theft charges.",
    )
    assert not tag_article(*theft).is_enforcement
    assert (
        _strength(
            "x",
            "Two men were held at the Adult Detention Center in Gwinnett.",
            "Two men were held at the Adult Detention Center in Gwinnett.",
        )
        == 0.0
    )
    held = "The migrants were taken to the county detention center to await immigration officers."
    assert _strength("x", held, held) >= 1.0
    site = "Families were moved to the Karnes detention center on Tuesday."
    assert _strength("x", site, site) == 2.0


def test_the_government_sending_a_person_back_is_a_removal() -> None:
    """Who acts on whom: the government or the administration sending a person (a pronoun, or a noun phrase ending on a
    person) back to a place is a removal, though no immigration word is said. A bill, a case or money sent back is no
    person, and people who send money back are no government."""
    for sentence in (
        "The administration is trying to send the 19-year-old student back to El Salvador.",
        "Prosecutors said the government would fly the two brothers back to Quito next week.",
        "Lawyers said the government wants him sent back to Cameroon before the appeal is heard.",
    ):
        assert _strength("x", sentence, sentence) >= 1.0, sentence
    for sentence in (
        "The administration sent the spending bill back to Congress with a veto message.",
        "The appeals court sent the case back to the trial judge.",
        "The government sent the remaining funds back to the Treasury.",
        "Many workers send part of their pay back to their families in Oaxaca.",
    ):
        assert _strength("x", sentence, sentence) == 0.0, sentence


def test_avoiding_removal_and_reporting_for_the_flight_read_as_removal() -> None:
    """The fight against removal told from the person's side ("hid in a mosque to avoid being deported") and the order
    to come in for the flight ("told to report with a plane ticket", "a bag-and-baggage letter") are the removal
    itself, as "a stay of removal" is. A player avoiding being sent off, or a reporter with a ticket, is neither."""
    for sentence in (
        "He has slept in the back room of the mosque since March to avoid being deported.",
        "She was ordered to report to the federal building with a one-way airline ticket.",
        "The family got a bag-and-baggage letter on Friday.",
        "He was told to report for removal on the first of the month.",
    ):
        assert _strength("x", sentence, sentence) == 2.0, sentence
    for sentence in (
        "The defender was careful to avoid being sent off in the second half.",
        "Reporters with tickets to the final lined up at the gate.",
        "She was asked to report the accident with her insurance card.",
    ):
        assert _strength("x", sentence, sentence) == 0.0, sentence


def test_a_short_removal_case_told_without_the_agency_is_enforcement() -> None:
    """A three-paragraph removal case that never names the agency: the government wants the man sent back, he was told
    to report with a ticket. A short story about a visa interview or a deferred-action fee stays untagged."""
    case = (
        "Ruling gives Lowell father more time",
        "LOWELL, Mass. — A federal judge on Monday barred the government from sending a Lowell father of four back to "
        "Cambodia until his motion to reopen his case is decided.\n\n"
        "The man, who came as a refugee child in 1984, had been told to report with a plane ticket on Friday.\n\n"
        "His church held a prayer vigil Sunday night.",
    )
    assert tag_article(*case).is_enforcement
    visa = (
        "Embassy adds interview slots",
        "The U.S. embassy in New Delhi added 20,000 student visa interview slots for the summer.\n\n"
        "Applicants were told to bring their passports and a printed confirmation.",
    )
    assert not tag_article(*visa).is_enforcement
