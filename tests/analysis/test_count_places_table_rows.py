"""A table row's first cell labels its number with a place as a list item's label does (issue #7, round 21;
sentences invented here, none from the dev set, the judges or the corpus): "| Georgia | 3,850 |" under a lead of
detainees by state is held in Georgia (GUIDELINES §2 places: the places the count is tied to), not in the row
above's state. The trap: a name in running text with no preposition stays no place."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_a_table_rows_first_cell_is_its_numbers_place() -> None:
    text = (
        "ICE detainees by state on Monday:\n\n| State | Detainees |\n|---|---|\n| Arizona | 4,120 |\n"
        "| Georgia | 2,960 |\n| Adelanto | 1,310 |"
    )
    placed = _placed(text)
    assert placed[4120.0] == ("Arizona",)
    assert placed[2960.0] == ("Georgia",)
    assert placed[1310.0][0].startswith("Adelanto")


def test_a_small_town_in_running_text_with_no_preposition_is_no_place() -> None:
    placed = _placed("Adelanto officials said ICE arrested 14 people on Monday.")
    assert placed == {14.0: ()}
