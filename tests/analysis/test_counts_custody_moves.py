"""People moved between custodies (issue #7, round 21, `bench/probes/types7.jsonl`; sentences invented here, none
from the dev set, the judges or the corpus). People a jail books on immigration holds are held, not the requests
("Jailers booked 44 men into the Polk County jail on ICE holds": README types, people held on a detainer are
detentions); people the count's own noun calls held whom the governing verb moves to a foreign country are removed
("flew 70 detainees from Texas to Guatemala", GUIDELINES §2 deportations). The traps: the requests themselves, a move
inside the country, a move planned."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jailers booked 44 men into the Polk County jail on ICE holds during the week, the sheriff said.",
            ("detentions", 44.0, "people"),
        ),
        (
            "Officers booked 12 farmworkers into the regional jail on immigration detainers Tuesday.",
            ("detentions", 12.0, "people"),
        ),
        (
            "ICE said it flew 70 detainees from the Port Isabel center to Guatemala on Friday.",
            ("deportations", 70.0, "people"),
        ),
        (
            "Officials said 150 detainees were transferred from the base to Nicaragua on a military flight.",
            ("deportations", 150.0, "people"),
        ),
    ],
)
def test_people_booked_on_holds_or_moved_abroad(text: str, expected: tuple) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Polk County jail received 230 ICE detainer requests last year, the sheriff said.",
            ("detainers", 230.0, "requests"),
        ),
        (
            "ICE transferred 70 detainees from the Port Isabel center to a facility in Louisiana on Friday.",
            ("detentions", 70.0, "people"),
        ),
    ],
)
def test_requests_and_moves_inside_the_country_keep_their_type(text: str, expected: tuple) -> None:
    found = counts(text)
    assert expected in found
    assert not any(kind == "deportations" for kind, _, _ in found)
