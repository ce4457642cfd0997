"""A "held" that is no custody (round 21, bench/probes/tagforms2.jsonl): an event people hold (a rally, a vigil, a
meeting, a hearing, a strike) or a title, record or office someone holds is no custody action; custody keeps its own
forms. Sentences invented for these tests."""

from __future__ import annotations

from tasks.analysis.tag import _custody_words, tag_article


def test_an_event_held_is_no_custody() -> None:
    for sentence in (
        "farmworkers held a march through the valley on sunday",
        "the union held a two-day walkout over pay",
        "a memorial service was held friday for the drowned men",
        "prayer vigil held outside the cathedral",
        "the board held its monthly meeting in the library",
        "she held the school record in the mile for a decade",
        "he held office as county clerk before the election",
    ):
        assert "held" not in _custody_words(sentence), sentence


def test_custody_held_keeps_its_reading() -> None:
    for sentence in (
        "agents held 12 migrants in a warehouse",
        "the women were held at the processing center for a week",
        "she has been held without bond since march",
        "deputies held two men at a protest until agents came",
        "they were held pending a hearing before a judge",
        "the jail held them for immigration authorities",
    ):
        assert "held" in _custody_words(sentence), sentence


def test_a_short_story_of_immigrants_holding_an_event_is_not_enforcement() -> None:
    march = (
        "Day laborers held a march for back pay",
        "PASADENA, Calif. — Dozens of immigrant day laborers held a march on Saturday to demand wages that two "
        'contractors never paid them.\n"We built these houses," said one roofer from Oaxaca.\nA labor center '
        "lawyer said she would file claims for 14 of the men.",
    )
    assert not tag_article(*march).is_enforcement
    record = (
        "Refugee swimmer held the pool record for years",
        "The swimmer, who arrived as a refugee from Syria, held the pool record in the 100 butterfly until this week.\n"
        '"Records are made to be broken," she said.',
    )
    assert not tag_article(*record).is_enforcement


def test_a_short_story_of_immigrants_held_in_custody_still_is() -> None:
    held = (
        "Three cooks held for days after courthouse arrests",
        "Three immigrant cooks were held in a basement cell at the federal building for four days after immigration "
        'agents arrested them outside the courthouse, their lawyer said.\n"They slept on the floor," she said.',
    )
    assert tag_article(*held).is_enforcement
