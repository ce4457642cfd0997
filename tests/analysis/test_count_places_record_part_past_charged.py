"""A record part that names its whole by an arrest ("31 of those arrested had prior convictions") takes the place of
the arrests, passing over a count of people charged told between them (issue #7, round 25: a referral for
prosecution is now `charged`, and it stands between the arrests and their record part). The trap: a part pointing
at no arrest keeps the nearest group's rule. (Invented here, none from the dev set, the judges or a probe.)"""

from __future__ import annotations

from tasks.analysis.facts import extract_counts


def _placed(text: str) -> dict[tuple[str, float], tuple[str, ...]]:
    return {(f.type, f.value): tuple(f.places) for f in extract_counts(text, None)}


def test_a_record_part_of_those_arrested_passes_over_the_charged() -> None:
    placed = _placed(
        "ICE officers arrested 70 people in Ohio last week, and 18 of them were referred for prosecution for illegal "
        "re-entry. Thirty-one of those arrested had prior criminal convictions."
    )
    assert placed[("charged", 18.0)] and placed[("convictions", 31.0)] == placed[("arrests", 70.0)]
    assert "Ohio" in placed[("convictions", 31.0)]
