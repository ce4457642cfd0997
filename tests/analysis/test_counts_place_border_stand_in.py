"""A story that names only a border stands it in for border apprehensions alone (issue #7, round 23; sentences invented
here, none from the dev set, the judges or the corpus). People held or removed in a story about the southern border,
whose sentence names no place, are not placed at the border by guess. Traps: border apprehensions still take the
story's border; a count whose own sentence names the border keeps it; a story's main town still stands in."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts

BORDER = "Crossings at the southern border have slowed since spring, and troops at the southern border went home.\n\n"


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_people_held_take_no_border_stand_in() -> None:
    placed = _placed(BORDER + "ICE held 3,180 people in its detention centers on Monday.")
    assert placed[3180.0] == ()


def test_trap_apprehensions_still_take_the_storys_border() -> None:
    placed = _placed(BORDER + "Border Patrol agents apprehended 2,260 migrants last week.")
    assert any("border" in p for p in placed[2260.0])


def test_trap_a_count_whose_sentence_names_the_border_keeps_it() -> None:
    placed = _placed(BORDER + "About 640 people were held at stations along the southern border on Monday.")
    assert any("border" in p for p in placed[640.0])


def test_trap_a_main_town_still_stands_in() -> None:
    placed = _placed(
        "Agents fanned out across Laredo on Tuesday. Laredo police said they were not told.\n\n"
        "ICE held 84 people at a makeshift site overnight."
    )
    assert placed[84.0] and placed[84.0][0].startswith("Laredo")
