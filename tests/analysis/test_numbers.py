"""find_numbers: digits, words, percentages, qualifiers; and the numbers that are not counts."""

from __future__ import annotations

import pytest

from tasks.analysis.numbers import find_numbers


def values(sentence: str) -> list[tuple[float, bool]]:
    return [(n.value, n.percent) for n in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ICE arrested 1,234 people.", [(1234, False)]),
        ("About 1.2 million people were counted.", [(1_200_000, False)]),
        ("Nine people were held.", [(9, False)]),
        ("Sixty-three percent had records.", [(63, True)]),
        ("One hundred and seventy-seven aliens were arrested.", [(177, False)]),
        ("almost two dozen other observers", [(24, False)]),
        ("63% and 63 percent", [(63, True), (63, True)]),
        ("less than 10% of them", [(10, True)]),
        ("Between 55 and 85 percent of migrants", [(55, True)]),
        ("Observed ~40-50 migrants", [(40, False)]),
        ("down from 861 to 218", [(861, False), (218, False)]),
        ("At the plant, 12 were detained, 40 in all.", [(12, False), (40, False)]),  # after a place: counts, not ages
    ],
)
def test_reads_numbers(sentence: str, expected: list[tuple[float, bool]]) -> None:
    assert values(sentence) == expected


def test_qualifier_is_recorded_but_value_stays() -> None:
    (n,) = find_numbers("more than 2,000 people")
    assert (n.value, n.approx) == (2000, "more than")


def test_offsets_cover_the_number() -> None:
    sentence = "In all, 498 immigrants were arrested."
    (n,) = find_numbers(sentence)
    assert sentence[n.start : n.end] == "498"


@pytest.mark.parametrize(
    "sentence",
    [
        "It happened in 2019.",
        "On May 5 the raid began.",
        "from March 16 to 22",
        "at 5 p.m. on Tuesday",
        "a $1.5 million contract",
        "a 34-year-old man",
        "He is 34 years old.",
        "Juan Jasso-Botello, 44, was removed.",
        "The boy, 6, and his sister, 9, were detained.",  # ages after a person named by a common noun
        "children between the ages of 13 and 17",
        "the 3rd time",
        "at 123 Main Street",
        "case No. 45",
        "under section 287(g)",
        "H-1B visas and I-9 forms",
        "a four-day operation",
        "children under five",
    ],
)
def test_not_counts(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Half a dozen migrants were held.", 6.0),
        ("a half-dozen men were detained", 6.0),
        ("ICE arrested 2.5k people in June.", 2_500.0),
        ("Some 1.2m people were deported.", 1_200_000.0),
    ],
)
def test_half_a_dozen_and_abbreviated_thousands_and_millions(sentence: str, value: float) -> None:
    (n,) = find_numbers(sentence)
    assert n.value == value


def test_a_hedged_pair_joined_by_or_is_one_number_its_lower_bound() -> None:
    (n,) = find_numbers("The attorneys believed about 50 or 60 people were being detained.")
    assert (n.value, n.text) == (50.0, "50 or 60")
    assert [m.value for m in find_numbers("Arrests fell from 861 to 218.")] == [861.0, 218.0]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("In March 2,300 people were arrested.", [2300]),  # no day has a thousands separator
        ("Deportations by month: January 1,204", [1204]),  # a table row of months
        ("On March 2, 300 people were arrested.", [300]),  # the day stays a date
        ("On May 31 agents came.", []),
    ],
)
def test_a_month_before_a_number_that_cannot_be_a_day_is_no_date(sentence: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("ICE has deported 300k people this year.", 300_000),
        ("ICE has deported 300K people this year.", 300_000),
        ("ICE deported about 3.5m people.", 3_500_000),
        ("ICE deported about 3.5M people.", 3_500_000),
        ("ICE deported about 3.5mn people.", 3_500_000),
        ("The agency has 1.2bn records.", 1_200_000_000),
    ],
)
def test_a_scale_abbreviated_after_the_digits_multiplies_them(sentence: str, value: float) -> None:
    assert [n.value for n in find_numbers(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The operation, dubbed Patriot 2.0, ended Friday.", []),  # a name's version number
        ("Agents arrested 1.6 million people.", [1_600_000]),  # a decimal with its scale
        ("About 2.5 percent of them had records.", [2.5]),  # a decimal percent
    ],
)
def test_a_decimal_without_a_scale_or_percent_is_no_count(sentence: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a prosecutor's release cites the statute: its title and section are no counts
        ("He pleaded guilty to re-entering after removal, in violation of 8 U.S.C. 1326, on Monday.", []),
        ("The owner admitted harboring workers, a crime under 8 U.S.C. § 1324(a)(1)(A)(iii).", []),
        ("Detainers are issued under 8 C.F.R. 287.7 to the jail.", []),
        # trap: the same letters as a word, and a count beside the citation, are read as before
        ("ICE arrested 8 USC students at the rally.", [8]),
        ("Prosecutors charged 14 men under 8 U.S.C. 1324.", [14]),
    ],
)
def test_a_statute_citation_is_no_count(sentence: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a tracker's timeline gives the address with the street type abbreviated, full stop or not
        ("- 3:20 p.m. - Agents detain a man at 2215 Cedar Ave", []),
        ("Witnesses filmed the arrest outside 840 West Broadway Blvd. in north Minneapolis.", []),
        # trap: "St." right after a number is a saint's name, and the count before it stays
        ("Agents detained 31 St. Paul residents on Friday.", [31]),
        ("Officers arrested 6 people near 415 Grand Ave on Friday.", [6]),
    ],
)
def test_an_address_with_an_abbreviated_street_type_is_no_count(sentence: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(sentence)] == values
