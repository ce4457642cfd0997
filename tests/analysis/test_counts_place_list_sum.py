"""The sum told after a bulleted list is no item's place (issue #7, round 23; sentences invented here, none from the
dev set, the judges or the corpus). "- Tulsa: 40 arrests" then "In all, agents arrested 95 people": the items keep
their labels, the sum takes neither the last items' places (the summary rule reads the sentences before it) nor the
last item's frame, nor the story's main place. Traps: a summary after prose sentences still collects their places;
a list item keeps its label; prose after prose still carries the count of the sentence before."""

from __future__ import annotations

from tasks.analysis.facts import extract_counts

LIST = (
    "The agency posted its weekly figures on Monday.\n\n"
    "- Tulsa: 40 arrests\n"
    "- Norman: 31 arrests\n"
    "- Lawton: 24 arrests\n\n"
)


def _placed(text: str) -> dict[float, tuple[str, ...]]:
    return {f.value: tuple(f.places) for f in extract_counts(text, None)}


def test_a_sum_after_a_list_takes_no_items_place() -> None:
    placed = _placed(LIST + "In all, agents arrested 95 people.")
    assert placed[95.0] == ()


def test_the_items_keep_their_labels() -> None:
    placed = _placed(LIST + "In all, agents arrested 95 people.")
    assert placed[40.0][0].startswith("Tulsa") and placed[24.0][0].startswith("Lawton")


def test_trap_a_summary_after_prose_collects_its_places() -> None:
    placed = _placed(
        "Agents arrested 14 people in Tulsa on Monday. Another 9 were arrested in Norman. In all, 23 were arrested."
    )
    assert {p.split(",")[0] for p in placed[23.0]} == {"Tulsa", "Norman"}


def test_trap_prose_after_prose_carries_the_count_before() -> None:
    placed = _placed("Agents raided two farms in Enid on Monday, arresting 14. By Tuesday, 22 had been arrested.")
    assert placed[22.0] and placed[22.0][0].startswith("Enid")
