"""Behaviour of tasks/analysis/count_places.py on invented sentences: which of a sentence's places is a count's own,
as the language ties it (GUIDELINES §2 `places`: the places the count is tied to)."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _count_places(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: f.places for f in extract_counts(text, None)}


def test_the_other_end_of_a_comparison_is_not_the_counts_place() -> None:
    text = "Deportations by the agency's office in Omaha reached 3,100 last year, twice as many as in Des Moines."
    assert _count_places(text)[3100] == ("Omaha, Nebraska",)
    text = "Agents arrested 412 people in Ohio in March, more than in Indiana and Michigan combined."
    assert _count_places(text)[412] == ("Ohio",)
    # the other end with a number of its own is a count of its own there
    got = _count_places("ICE arrested 3,900 people in Oregon last year, compared with 2,100 in Idaho.")
    assert got[3900] == ("Oregon",) and got[2100] == ("Idaho",)


def test_places_given_as_examples_are_the_counts_own() -> None:
    # the trap of the rule above: "such as" and "as well as" list where the count happened, compare nothing
    text = "Officers arrested 57 people in Tulsa as well as Oklahoma City over the weekend."
    assert set(_count_places(text)[57]) == {"Tulsa, Oklahoma", "Oklahoma City, Oklahoma"}
