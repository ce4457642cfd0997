"""A jail refusing to hold the counted people for immigration authorities (issue #7, round 22, rare types): "the jail
declined to hold 52 inmates on ICE detainers". Nobody was held, so they are no detentions; a request was declined for
each (GUIDELINES §2 detainers: requests issued, honoured or declined). People a jail did hold on detainers stay
detentions, and a refusal with no immigration authority named is not read. Sentences invented for this test."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The county jail declined to hold 52 inmates on ICE detainers last year.", {("detainers", 52, "requests")}),
        ("Deputies refused to keep 18 inmates for ICE in May.", {("detainers", 18, "requests")}),
        (
            "The sheriff did not hold nearly 40 inmates on immigration detainers, records show.",
            {("detainers", 40, "requests")},
        ),
    ],
)
def test_refusal_to_hold_for_immigration_counts_declined_requests(sentence, expected):
    assert counts(sentence) == expected


def test_people_held_on_detainers_stay_detentions():
    assert counts("The county jail held 52 inmates on ICE detainers on Friday.") == {("detentions", 52, "people")}


def test_a_promise_not_to_hold_is_no_count():
    # a plan, not what the jail did (GUIDELINES §2: projections and plans are not counts)
    assert counts("The sheriff said he would not hold 40 inmates for ICE next year.") == set()
