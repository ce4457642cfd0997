"""A store named by its brand, with its town written before it, is a site a count can take as its place (issue #7,
round 22; sentences invented here, none from the dev set, the judges or the corpus), as a brand's gas station or
parking lot already is. Traps: a store with no capitalised brand is no place; "Store" as part of a name is left to
the gazetteer."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts
from tasks.analysis.places import find_places


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_a_brand_store_with_its_town_before_it_is_the_counts_place() -> None:
    placed = _placed("Three cashiers were detained by Border Patrol agents at the Edina Walmart store on Friday.")
    assert placed == {3.0: ("Edina Walmart store",)}


def test_a_brand_store_and_its_town_after_it_are_both_named() -> None:
    placed = _placed("ICE officers arrested 7 workers outside a Menards store in Fargo on Monday.")
    assert "Menards store" in placed[7.0]
    assert any(p.startswith("Fargo") for p in placed[7.0])


def test_trap_a_store_without_a_brand_is_no_place() -> None:
    names = [m.place.name for m in find_places("Agents arrested four men at the store on Friday.")]
    assert names == []


def test_trap_a_lower_case_store_after_an_article_alone_names_nothing() -> None:
    names = [m.place.name for m in find_places("She said a store owner called the police.")]
    assert names == []
