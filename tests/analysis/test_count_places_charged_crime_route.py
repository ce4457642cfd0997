"""The route or scene of a charged crime, round 22 (issue #7; sentences invented here, none from the dev set, the
judges, the probes or the corpus): "A grand jury in Tulsa indicted 11 people on charges of transporting migrants
from Amarillo" is charged in Tulsa, where the prosecution's subject is (GUIDELINES §2 places: the places the count
is tied to); the route belongs to the crime the charge describes. The traps: with no place in the subject the route
still places the count, and an arrest's own place after the number is kept."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[tuple[str, float], tuple[str, ...]]:
    return {(f.type, f.value): tuple(f.places) for f in extract_counts(text, None)}


def test_a_charged_crimes_route_yields_to_the_prosecutions_place() -> None:
    placed = _placed(
        "A federal grand jury in Tulsa indicted 11 people on charges of transporting migrants from Amarillo."
    )
    assert placed[("charged", 11.0)][0].startswith("Tulsa")
    placed = _placed("Federal prosecutors in Omaha charged 6 men with harboring workers in Grand Island.")
    assert placed[("charged", 6.0)][0].startswith("Omaha")


def test_with_no_place_in_the_subject_the_route_still_places_the_count() -> None:
    placed = _placed("Federal prosecutors charged 6 men with harboring workers in Grand Island, Neb.")
    assert placed[("charged", 6.0)][0].startswith("Grand Island")


def test_an_arrests_own_place_after_the_number_is_kept() -> None:
    placed = _placed("ICE officers based in Omaha arrested 23 people in Grand Island, Neb., on Tuesday.")
    assert placed[("arrests", 23.0)][0].startswith("Grand Island")


def test_an_actions_scene_after_the_charge_still_places_the_count() -> None:
    placed = _placed(
        "Prosecutors in Omaha charged 8 people with harboring workers after a raid at a plant in Lexington."
    )
    assert placed[("charged", 8.0)][0].startswith("Lexington")
