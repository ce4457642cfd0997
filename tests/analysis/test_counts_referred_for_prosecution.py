"""People referred or presented for prosecution of an immigration crime are `charged` (round 25's convention, the
lead's, issue #7: GUIDELINES §2 charged counts people criminally charged or prosecuted, and a referral for prosecution
begins it). Read by structure: the referral predicate done to the people counted (passive in their own predicate, or
the active verb right before the number), the prosecution as its complement (federal prosecutors, "for
prosecution"), an immigration crime named in the sentence. Traps: a referral to a lawyer, an immigration court or
social services; a referral only possible ("could be referred") or denied; a referral over another crime.
(Invented here, none taken from the dev set, the judges or a probe.)"""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts

CHARGED = "charged"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yuma Sector agents referred 57 adults to federal prosecutors on illegal entry charges last week.",
            {(CHARGED, 57, "people")},
        ),
        (
            "Of the migrants caught near Sasabe, 19 were presented for prosecution on charges of illegal reentry.",
            {(CHARGED, 19, "people")},
        ),
        (
            "ERO officers in Denver arrested 48 people, and 12 of them were referred to the U.S. Attorney's Office "
            "for smuggling prosecutions.",
            {("arrests", 48, "people"), (CHARGED, 12, "people")},
        ),
        (
            "Another 33 men have been referred for federal prosecution for re-entering after deportation.",
            {(CHARGED, 33, "people")},
        ),
    ],
)
def test_a_referral_for_prosecution_of_an_immigration_crime_is_charged(text: str, expected: set) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Caseworkers referred 64 asylum seekers to pro bono attorneys after their illegal entry hearings.",
        "The agency referred 210 cases to immigration judges rather than to prosecutors for illegal entry.",
        "Officers referred 17 children found in the smuggling load to state social services.",
        "The 22 drivers could be referred for prosecution on smuggling charges, a spokesman said.",
        "Sheriff's deputies referred 14 marchers to the county attorney for prosecution on rioting charges.",
    ],
)
def test_a_referral_to_no_prosecution_or_not_done_is_no_charge(text: str) -> None:
    assert not any(kind == CHARGED for kind, _, _ in counts(text))


def test_a_referral_denied_is_no_charge() -> None:
    text = "Agents caught 80 people near Lukeville; 25 were not referred for prosecution for illegal entry."
    assert (CHARGED, 25, "people") not in counts(text)
