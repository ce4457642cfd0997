"""Enforcement told by the crime's or the investigation's own objects (round 23, bench/probes/tagmiss2.jsonl): entry
on a false document at a port or a crossing, a past removal told by the plain verb, and an immigration agency reading
an employer's hiring records; a forged document used elsewhere, a thing removed from somewhere else and records read
by no immigration agency are none. Sentences invented for these tests."""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _sentence(sentence: str):  # noqa: ANN202 - the module's private sentence type
    return _analyse("x", sentence).sentences[0]


def test_entry_on_a_false_document_is_the_crime() -> None:
    for sentence in (
        "A Mexicali man was arrested after presenting a forged border crossing card at the Calexico port of entry.",
        "Prosecutors say she used a borrowed green card to enter the United States last spring.",
        "He admitted showing an altered Guatemalan passport at the Hidalgo bridge.",
    ):
        assert _sentence(sentence).enforcement == 2.0, sentence
    for sentence in (
        "Police found a fake passport in his apartment along with stolen credit cards.",
        "She used a forged birth certificate to open three bank accounts.",
        "The actor carried a fake passport in the heist film's opening scene.",
    ):
        assert _sentence(sentence).enforcement == 0.0, sentence


def test_a_past_removal_by_the_plain_verb_is_immigration_vocabulary() -> None:
    assert _sentence("Records show he had been removed from the United States in 2009.").vocabulary
    assert _sentence("He was twice removed from the U.S. before his arrest.").vocabulary
    assert not _sentence("The post was removed from the website after complaints.").vocabulary
    assert not _sentence("The statue was removed from the square overnight.").vocabulary


def test_the_agency_reading_hiring_records_is_worksite_enforcement() -> None:
    assert _sentence("Homeland Security Investigations agents reviewed the bakery's hiring records.").enforcement
    assert _sentence("ICE auditors examined the I-9 forms of 240 employees at the packing plant.").enforcement
    assert not _sentence("The hospital's employment records were subpoenaed in the discrimination suit.").enforcement
    assert not _sentence("ICE agents seized the warehouse's shipping records and ledgers.").enforcement


def test_a_false_passport_story_at_a_port_is_enforcement() -> None:
    story = (
        "A Nogales woman was charged Tuesday with presenting a fraudulent passport at the DeConcini port of entry.\n"
        "Officers said the document belonged to her cousin. She had been removed from the United States once before."
    )
    assert tag_article("Woman charged at border crossing", story).is_enforcement
    trap = (
        "A Nogales man was charged Tuesday with selling fake concert tickets outside the arena.\n"
        "Police said he had printed more than 300 of them in his garage."
    )
    assert not tag_article("Man charged over fake tickets", trap).is_enforcement
