"""Missed arrests and charges, round 22 (issue #7; sentences invented here, none from the dev set, the judges, the
probes or the corpus). A table row's cell bars are no words: a row with a date cell and a two-word place
("| Oct. 2 | Des Moines, Iowa | 85 |") is as short a cell of its lead's count as "| Iowa | 85 |" (GUIDELINES §2
arrests: the count the table's lead names). People a warrant is issued for are sought, not yet touched by any
enforcement action ("signed arrest warrants for 22 men"): no count; people arrested on warrants stay arrests."""

from __future__ import annotations

from typed_counts import typed_counts as counts

# --- table rows: cell bars are no words -------------------------------------------------------------------------


def test_rows_with_a_date_cell_and_a_long_place_count_what_the_header_names() -> None:
    text = (
        "Reported immigration arrests by city this fall:\n\n| Date | City | Arrests |\n|---|---|---|\n"
        "| Oct. 2 | Des Moines, Iowa | 85 |\n| Oct. 9 | Cedar Rapids, Iowa | 41 |\n| Oct. 16 | Ames | 12 |"
    )
    found = counts(text)
    assert ("arrests", 85, "people") in found
    assert ("arrests", 41, "people") in found
    assert ("arrests", 12, "people") in found


def test_a_row_of_prose_under_the_same_header_is_no_cell() -> None:
    text = (
        "Reported immigration arrests by city this fall:\n\n| Date | City | Arrests |\n|---|---|---|\n"
        "| Oct. 2 | Des Moines, Iowa | 85 |\n"
        "| Oct. 23 | Officials in Ames said they expected about 60 officers to return to the county next week |"
    )
    found = counts(text)
    assert ("arrests", 85, "people") in found
    assert not any(value == 60 for _, value, _ in found)


# --- warrants: sought, not touched ------------------------------------------------------------------------------


def test_people_a_warrant_is_issued_for_are_no_arrests() -> None:
    assert (
        counts("A federal magistrate in Tulsa signed arrest warrants for 22 men accused of harboring workers.") == set()
    )
    assert counts("Warrants were issued for 9 people named in the immigration fraud indictment, the FBI said.") == set()
    assert counts("Prosecutors obtained a warrant for the arrest of 3 smugglers who fled to Sonora.") == set()


def test_people_arrested_on_warrants_stay_arrests() -> None:
    assert counts("ICE officers arrested 31 people on administrative warrants in Tulsa on Tuesday.") == {
        ("arrests", 31, "people")
    }
    assert ("arrests", 22, "people") in counts(
        "Agents served warrants at four homes in Tulsa and arrested 22 men on immigration violations."
    )
