"""Behaviour of the counted-noun reading (count_lexicon/vocabulary.HEAD) on invented sentences: an event noun in the
singular right before a thing ("arrest warrants") modifies the thing, so the number counts warrants, not arrests;
the event noun as the head itself ("arrests", "arrest") still counts."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _counts(text: str) -> dict[float, str]:
    """Each count's type, by value."""
    return {f.value: f.type for f in extract_counts(text, None)}


def test_a_number_of_arrest_warrants_is_no_arrest_count() -> None:
    text = "Deportation officers took 240 administrative arrest warrants with them when the sweep began in Tacoma."
    assert 240 not in _counts(text)
    text = "Agents in Wichita served 65 arrest warrants on Tuesday, according to an ICE memo."
    assert 65 not in _counts(text)


def test_arrests_as_the_head_still_count() -> None:
    # the trap of the rule above: the event noun is the counted noun itself
    text = "ICE officers made 240 arrests in Tacoma during the weeklong sweep, the agency said."
    assert _counts(text).get(240) == "arrests"
    text = "Agents in Wichita made 65 arrests days after the operation began, according to ICE."
    assert _counts(text).get(65) == "arrests"
