"""Things named by a singular person noun before a noun of papers or contacts (issue #7, round 23; sentences invented
here, none from the dev set, the judges or the corpus): "reviewed 40 detainee files", "2,300 inmate grievances",
"900 detainee phone calls" count files, grievances and calls, not people (GUIDELINES §2, things are no counts), as
"27,400 detainee days" counts days. The positives: detainees themselves, held or filing, still count."""

from __future__ import annotations

import pytest
from typed_counts import typed_counts as counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Auditors pulled 40 detainee files at the Otero County center, where ICE holds migrants.", 40.0),
        ("The ICE detention center logged 2,300 inmate grievances in fiscal 2025, the watchdog said.", 2300.0),
        ("ICE detainees at the Jena center placed 900 detainee phone calls in a week, the vendor said.", 900.0),
    ],
)
def test_papers_and_contacts_of_detainees_are_no_count(text: str, value: float) -> None:
    assert value not in {c[1] for c in counts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Otero County center held 1,090 ICE detainees on Monday.", ("detentions", 1090.0, "people")),
        (
            "Some 75 detainees at the Jena center filed grievances about the food, lawyers for the immigrants said.",
            ("detentions", 75.0, "people"),
        ),
    ],
)
def test_detainees_still_count(text: str, expected: tuple) -> None:
    assert expected in counts(text)
