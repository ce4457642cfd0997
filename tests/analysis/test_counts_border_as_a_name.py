"""Behaviour of tasks/analysis/count_places.py on invented sentences: "the Border" capitalised is a name (a group
that tracks flights, the Border Patrol's posts), never the border region a count is placed at; "the border" in
lower case still is."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    """Each count's places, by value."""
    return {f.value: f.places for f in extract_counts(text, None)}


def test_a_group_named_at_the_border_is_no_place_of_its_count() -> None:
    text = "Removal flights out of Harlingen carried 1,240 people in May, according to Witness at the Border."
    assert "the Border" not in _placed(text)[1240]
    text = "Officers at the Border Patrol checkpoint outside town arrested 26 people on Sunday, the agency said."
    assert "the Border" not in _placed(text)[26]


def test_the_border_in_lower_case_stays_the_place() -> None:
    # the trap of the rule above: the region written as a region
    text = "Agents along the border apprehended 1,830 migrants during the week, officials said."
    assert _placed(text)[1830] == ("the border",)
    text = "Border Patrol agents near the southern border caught 415 people on Saturday."
    assert _placed(text)[415] == ("southern border",)
