"""Enforcement told in few of the tagger's words (round 24, bench/probes/tagmiss3.jsonl): federal officers named without
their agency taking custody in a story that names the immigration agency once and no other federal body. Sentences
invented for these tests."""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(title: str, text: str, sentence: str) -> float:
    return next(s.enforcement for s in _analyse(title, text).sentences if s.text == sentence)


def test_federal_officers_taking_custody_in_a_story_naming_the_agency_once_are_its_enforcement() -> None:
    """Federal authorities or agents taking someone into custody, where the story names ICE once elsewhere and no
    other federal body: the custody sentence reads as the agency's enforcement."""
    custody = "Federal authorities detained a line cook outside the restaurant's back door on Friday night."
    text = (
        "The owner of a diner in Millbrook said he was still trying to understand what happened.\n\n"
        f"{custody}\n\n"
        "The owner said he later called Immigration and Customs Enforcement to ask where the man was taken.\n\n"
        "He said the cook had worked at the diner for nine years.\n\n"
        "The diner will close for two days.\n\n"
        "Regular customers left flowers on the counter.\n\n"
        "The owner said he was raising money for a lawyer."
    )
    assert _strength("x", text, custody) == 1.0


def test_federal_officers_of_another_body_or_without_the_agency_are_not() -> None:
    """The same custody sentence in a story that names the FBI besides the department, or that names no immigration
    agency, is not read as the agency's: federal authorities are any federal body's."""
    custody = "Federal authorities detained a bookkeeper outside the firm's office on Friday night."
    fbi = (
        "The firm's partners said they were cooperating with investigators.\n\n"
        f"{custody}\n\n"
        "An FBI spokesman said the bureau does not comment on investigations, and the Department of Homeland "
        "Security referred questions to the bureau.\n\n"
        "The firm's office was closed on Monday."
    )
    assert _strength("x", fbi, custody) < 1.0  # (half beside the agency sentence, as any custody action is)
    plain = f"The firm's partners said they were cooperating.\n\n{custody}\n\nThe office was closed on Monday."
    assert _strength("x", plain, custody) == 0.0
    assert not tag_article("Bookkeeper detained outside accounting firm", fbi).is_enforcement
