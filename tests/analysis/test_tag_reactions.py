"""Reactions to enforcement (round 24, bench/probes/tagreact.jsonl): a custody action named as what officials, boards or
crowds react to, sanctuary policies by their other names, the agency's detainee locator. Sentences invented for these
tests."""

from __future__ import annotations

from tasks.analysis.tag import _analyse, tag_article


def _strength(title: str, text: str, sentence: str) -> float:
    return next(s.enforcement for s in _analyse(title, text).sentences if s.text == sentence)


def test_a_custody_action_reacted_to_in_an_immigration_story_is_enforcement() -> None:
    """The action's noun as the object of a reaction ("condemned the arrests", "after the raids", "will not take part in
    the operation") reads as enforcement where another sentence, not beside it, names immigration or the agency."""
    context = "Advocates said the men were immigrants from Guatemala and Honduras."
    for sentence in (
        "The county executive condemned the arrests at two car washes on Route 9.",
        "Teachers gathered at the school board meeting following Thursday's raids on the east side.",
        "The police chief said his department would not take part in the operation.",
        "Parishioners marched to city hall to protest the detentions of three fathers.",
    ):
        text = f"{sentence}\n\nThe meeting ran past midnight.\n\nAnother is set for May.\n\n{context}"
        assert _strength("x", text, sentence) >= 1.0, sentence


def test_a_reaction_to_police_raids_with_no_immigration_word_is_none() -> None:
    """A mayor or a crowd reacting to police raids or arrests names no immigration: no enforcement, however many
    reactions."""
    sweep = (
        "Council members criticize weekend arrests downtown",
        "Council members on Monday criticized the arrests of 14 people during a street festival downtown.\n\n"
        '"We need to talk about how the festival is policed," one member said.\n\n'
        "Police said the arrests followed fights near the main stage after midnight.",
    )
    assert not tag_article(*sweep).is_enforcement
    alone = "Neighbors protested the raids on two houses that police said sold stolen goods."
    assert _strength("x", alone, alone) == 0.0


def test_sanctuary_policies_by_their_other_names_read_beside_the_agency() -> None:
    """The city's "Welcoming City" ordinance or a state's "Trust Act" beside immigration or the agency is the
    cooperation fight, as "sanctuary" is; a welcoming city for tourists is none."""
    for sentence in (
        "The Welcoming City ordinance has kept the police out of federal agents' work since 2012.",
        "Sheriffs in the state say the Trust Act ties their hands with immigrants who have records.",
    ):
        assert _strength("x", sentence, sentence) >= 1.0, sentence
    tourists = "Visitors say Savannah is a welcoming city with a walkable historic district."
    assert _strength("x", tourists, tourists) == 0.0


def test_the_detainee_locator_is_the_agency_s_custody() -> None:
    """A person found through the agency's online detainee locator is in its custody, as a detainer is the agency's:
    enforcement on its own. A locator of stores or a detainee's letter is neither."""
    locator = "Her name showed up on the online detainee locator on Friday."
    assert _strength("x", locator, locator) == 2.0
    store = "The store locator on the website lists three branches in the county."
    assert _strength("x", store, store) == 0.0
