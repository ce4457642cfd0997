"""An agency's statement naming itself as its subject ("“ICE does not ...,” the agency said"), with no agency named
before: "the agency" is the one the quotation opens with (GUIDELINES.md 'Quotes': the organisation speaks when no
person is named). Invented sentences, each with a trap that must stay unattributed."""

from __future__ import annotations

import pytest

from tasks.analysis.quotes import find_quotes

_LEAD = "Federal immigration agents arrested 12 people at a car wash in Elk Grove on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("quotation", "speaker"),
    [
        ("“ICE does not target anyone for their race or religion,” the agency said in a statement.", "ICE"),
        ("“The Border Patrol will keep the border secure every day,” the agency said.", "Border Patrol"),
    ],
)
def test_the_agency_is_the_one_its_statement_opens_with(quotation: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(_LEAD + quotation)] == [speaker]


@pytest.mark.parametrize(
    "quotation",
    [
        "“We will not cooperate with ICE under any circumstances,” the agency said.",
        "“ICE does not target anyone for their race or religion,” a spokesman said.",
    ],
)
def test_an_agency_named_later_or_an_unnamed_spokesman_stays_out(quotation: str) -> None:
    assert find_quotes(_LEAD + quotation) == []
