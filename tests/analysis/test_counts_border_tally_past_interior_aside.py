"""The border's tally told on two paragraphs after its count, over an interior aside (issue #7, round 21; sentences
invented here, none from the dev set, the judges or the corpus): "Apprehensions had topped 1.9 million" after a
paragraph that counted ICE's arrests inside the country is the border's tally (GUIDELINES §2 border_apprehensions),
as it is one paragraph after the border count. The traps: the aside's own word "arrests" stays the aside's; an aside
that names no interior agency or scope (police) carries nothing; three paragraphs back is too far."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts

_BORDER = "Border Patrol agents apprehended 1.95 million migrants at the southern border in fiscal 2023, CBP said."
_ASIDE = "ICE officers made 170,000 arrests in the interior of the country during the year."


def _typed(*paragraphs: str) -> dict[float, str]:
    return {f.value: f.type for f in extract_counts("\n\n".join(paragraphs), None)}


def test_apprehensions_after_an_interior_aside_are_the_borders() -> None:
    typed = _typed(_BORDER, _ASIDE, "Apprehensions had topped 1.9 million by late August.")
    assert typed[1900000.0] == "border_apprehensions"
    assert typed[170000.0] == "arrests"


def test_the_asides_own_word_stays_the_asides() -> None:
    typed = _typed(_BORDER, _ASIDE, "Arrests had topped 160,000 by late August.")
    assert typed[160000.0] == "arrests"


def test_an_aside_with_no_interior_agency_carries_nothing() -> None:
    aside = "Sheriff's deputies in Maricopa County arrested 240 people at a rally that week."
    typed = _typed(_BORDER, aside, "Apprehensions had topped 1.9 million by late August.")
    assert typed.get(1900000.0) != "border_apprehensions"


def test_three_paragraphs_back_is_too_far() -> None:
    typed = _typed(
        _BORDER,
        "Shelters in the region said they were full.",
        _ASIDE,
        "Apprehensions had topped 1.9 million by late August.",
    )
    assert typed.get(1900000.0) != "border_apprehensions"
