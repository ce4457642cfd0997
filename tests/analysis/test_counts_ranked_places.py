"""A count's parts told as a ranking of the places it was made in (issue #7, round 20; sentences invented here, none
from the dev set, the judges or the corpus): "ICE arrested 1,480 people in the Southeast. Memphis led with 212,
followed by Nashville with 164 and Louisville with 97." Each ranked number is a part of the count before (GUIDELINES
§2 sub-counts), of its type, at the place its rank names. The traps: a number ranked that counts a thing of its own
("with 318 officers") is no part, and a semicolon list in a sentence that ranks nothing stays as it was."""

from __future__ import annotations

from datetime import date

import pytest
from typed_counts import typed_counts as counts

from tasks.analysis.facts import extract_counts

LEAD = "ICE officers arrested 1,480 people in a two-week operation across the Southeast, the agency said. "


@pytest.mark.parametrize(
    "ranking",
    [
        "Memphis led with 212, followed by Nashville with 164 and Louisville with 97.",
        "The largest numbers were in Memphis, with 212; Nashville, with 164; and Louisville, Ky., with 97.",
        "The most arrests came in Memphis, with 212, followed by Nashville, with 164, and Louisville, with 97.",
    ],
)
def test_a_ranked_place_is_a_part_of_the_count_before_at_that_place(ranking: str) -> None:
    facts = extract_counts(LEAD + ranking, date(2026, 12, 6))
    got = {(f.type, f.value, f.places[0].split(",")[0] if f.places else None) for f in facts if f.value < 1480}
    assert got == {("arrests", 212, "Memphis"), ("arrests", 164, "Nashville"), ("arrests", 97, "Louisville")}


def test_a_ranked_number_of_things_is_no_part() -> None:
    text = LEAD + "Officers came from Memphis, with 212 vehicles, and from Nashville."
    assert counts(text) == {("arrests", 1480, "people")}
