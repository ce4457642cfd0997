"""Behaviour of count_border.border_talk on invented sentences: a group's route told in a relative clause ("a ring
that shuttled migrants from the border to Atlanta") is where the group carried others, so the people arrested in its
takedown are arrests, not border apprehensions; people caught at the border itself still are."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _counts(text: str) -> dict[float, str]:
    """Each count's type, by value."""
    return {f.value: f.type for f in extract_counts(text, None)}


def test_a_ring_s_route_from_the_border_sets_no_one_there() -> None:
    text = (
        "HSI agents arrested 17 people on Tuesday in the takedown of a ring that shuttled migrants from the border "
        "to safe houses in Atlanta, prosecutors said."
    )
    assert _counts(text).get(17) == "arrests"
    text = "Agents arrested 42 people tied to a network which transported migrants from the border into Kansas City."
    assert _counts(text).get(42) == "arrests"


def test_people_caught_at_the_border_stay_border_apprehensions() -> None:
    # the trap of the rule above: the border is where the counted people were caught, no route of a group
    text = "Border Patrol agents apprehended 52 migrants at the border near Sasabe on Tuesday, the agency said."
    assert _counts(text).get(52) == "border_apprehensions"
