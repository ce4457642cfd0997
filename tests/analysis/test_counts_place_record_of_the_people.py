"""A record count told as a part of the group by its noun ("Five of the workers had no criminal record") is a part of
the action counted before and takes that action's place, as "Five of them" already does (issue #7, round 23;
sentences invented here, none from the dev set, the judges or the corpus). Traps: a part with a number of its own
("40 of the 212") is not read as this form; a group never counted before, or counted with another noun ("30 people
... Six of the drivers"), lends no place."""

from __future__ import annotations

from tasks.analysis.count_lexicon.parts import OF_THE_PEOPLE
from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[tuple[str, float], tuple[str, ...]]:
    return {(f.type, f.value): tuple(f.places) for f in extract_counts(text, None)}


def test_a_record_part_named_by_its_noun_takes_the_actions_place() -> None:
    placed = _placed(
        "Immigration officers arrested 27 workers at a bottling plant in Iowa on Monday. "
        "Eleven of the workers had no criminal record, their union said."
    )
    assert placed[("arrests", 27.0)] == ("Iowa",)
    assert placed[("no_criminal_record", 11.0)] == ("Iowa",)


def test_a_conviction_part_of_the_men_takes_the_actions_place() -> None:
    placed = _placed(
        "Agents arrested 31 men at a roofing job in Kansas, an employer said. "
        "Fourteen of those men had prior convictions, according to ICE."
    )
    assert placed[("convictions", 14.0)] == ("Kansas",)


def test_trap_a_part_with_a_number_of_its_own_is_not_this_form() -> None:
    assert OF_THE_PEOPLE.match(" of the 212 people arrested") is None
    assert OF_THE_PEOPLE.match(" of the men arrested") is not None


def test_trap_a_group_never_counted_lends_no_place() -> None:
    placed = _placed("A rally was held in Nebraska on Sunday. Nine of the men had criminal convictions, ICE said.")
    assert placed == {("convictions", 9.0): ()}


def test_trap_a_part_named_by_another_noun_than_the_groups_lends_no_place() -> None:
    placed = _placed(
        "Officers arrested 30 people at a dairy farm in Idaho on Friday. Six of the drivers had criminal convictions."
    )
    assert placed[("arrests", 30.0)] == ("Idaho",)
    assert placed[("convictions", 6.0)] == ()
