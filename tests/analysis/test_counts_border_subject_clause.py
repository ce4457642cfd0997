"""A counted subject whose own relative clause holds a number (issue #7, round 25; sentences invented here, none from
the dev set, the judges or the corpus): "41 migrants who landed in three boats were caught" counts the migrants, and
the boats, trucks or sites of their clause are no count, nor do they cut the migrants from their verb (GUIDELINES §2
border_apprehensions and arrests: the verb after the clause is theirs)."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "OCEANSIDE, Calif. — Thirty-one migrants who landed in three boats near Oceanside were apprehended by "
            "Border Patrol agents on Friday.",
            31,
            "border_apprehensions",
        ),
        (
            "Seventeen men who waded across the river on two inflatable rafts were caught by agents near Eagle Pass.",
            17,
            "border_apprehensions",
        ),
        (
            "Nine workers who were hiding inside two trailers at the depot were arrested by ICE officers in Omaha.",
            9,
            "arrests",
        ),
    ],
)
def test_the_subject_keeps_its_verb_past_a_number_in_its_relative_clause(text: str, value: int, kind: str) -> None:
    got = {(t, v) for t, v, _ in counts(text)}
    assert (kind, value) in got
    assert all(v == value for _, v in got)  # the boats, rafts or trailers are no count


def test_a_relative_clause_with_no_action_after_it_counts_nobody() -> None:
    text = "Forty families who live in two trailer parks near Yuma said they were afraid to leave their homes."
    assert counts(text) == set()
