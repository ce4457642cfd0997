"""A fact sheet's label that says a total or number before the action's participle (issue #7, round 21; sentences
invented here, none from the dev set, the judges or the corpus): "- Total detained: 640", "Number deported: 212"
count what the participle names, and a bare "removed" label is a removal (GUIDELINES §2 detentions and
deportations). The traps: a label with no action, a removal from something other than the country."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Weekly figures from the field office:\n\n- Total detained: 640\n- Total deported: 212",
            ("detentions", 640.0, "people"),
        ),
        (
            "Weekly figures from the field office:\n\n- Total detained: 640\n- Total deported: 212",
            ("deportations", 212.0, "people"),
        ),
        ("Operation tally, as of Friday:\n\n- Number arrested: 1,115", ("arrests", 1115.0, "people")),
        ("Fiscal 2025 at a glance:\n\n- Removed: 88,300", ("deportations", 88300.0, "people")),
        ("Fiscal 2025 at a glance:\n\n- Total removed: 88,300", ("deportations", 88300.0, "people")),
    ],
)
def test_a_total_before_the_participle_is_the_same_label(text: str, expected: tuple) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The county's numbers:\n\n- Total registered: 48,000\n- Total employed: 31,500",
        "Cleanup figures:\n\n- Removed from the rolls: 1,400",
    ],
)
def test_labels_with_no_enforcement_action_give_no_count(text: str) -> None:
    assert counts(text) == set()
