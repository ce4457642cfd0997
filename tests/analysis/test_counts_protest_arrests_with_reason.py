"""Behaviour of the protest trap (count_lexicon/traps.AT_PROTEST) on invented sentences: city police's arrests at a
protest stay no count when the arrests' own reason ("for vandalism", "for blocking traffic") stands between the
number and the protest; immigration agents' arrests there, and police arrests with no protest, are unchanged."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _counts(text: str) -> dict[float, str]:
    """Each count's type, by value."""
    return {f.value: f.type for f in extract_counts(text, None)}


def test_police_arrests_for_a_reason_at_a_protest_are_no_count() -> None:
    text = "Tacoma police made 11 arrests for blocking traffic during a rally against ICE raids on Friday."
    assert 11 not in _counts(text)
    text = "Police in Eugene made 6 arrests for trespass and disorderly conduct at a vigil outside ICE offices."
    assert 6 not in _counts(text)


def test_agents_arrests_at_a_protest_and_police_arrests_without_one_still_count() -> None:
    # the traps of the rule above: ICE as the actor, and no protest after the reason
    text = "ICE agents made 11 arrests for immigration violations during a raid on a Tacoma farm on Friday."
    assert _counts(text).get(11) == "arrests"
    text = "Federal immigration agents made 23 arrests for immigration violations at a Eugene worksite on Friday."
    assert _counts(text).get(23) == "arrests"
