"""Behaviour of the age trap (count_lexicon/traps.AGE_RELATIVE_BEFORE) on invented sentences: a singular relative
clause's copula before a bare number, then a time or the clause's end ("a woman who was 23 when she was arrested")
tells an age, not a count; a number with its own counted noun after "who was" still counts."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _counts(text: str) -> dict[float, str]:
    """Each count's type, by value."""
    return {f.value: f.type for f in extract_counts(text, None)}


def test_an_age_in_a_relative_clause_is_no_count() -> None:
    text = "A woman who was 23 when she was arrested by ICE agents in Fresno in 2016 won a green card on Monday."
    assert 23 not in _counts(text)
    text = "A father who was 41 when he was arrested by immigration agents outside a Durham school has been deported."
    assert 41 not in _counts(text)


def test_the_arrest_count_beside_it_still_counts() -> None:
    # the trap of the rule above: a number of people arrested in the same kind of sentence
    text = "ICE officers arrested 23 people in Fresno on Monday, the agency said."
    assert _counts(text).get(23) == "arrests"
    text = "Immigration agents, who arrested 41 people in Durham on Tuesday, said the operation would continue."
    assert _counts(text).get(41) == "arrests"
