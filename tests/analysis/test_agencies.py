"""Behaviour of tasks/analysis/agencies.py: agency normalization, the ICE traps, named operations."""

from __future__ import annotations

from conftest import require_shared

from tasks.analysis.agencies import find_agencies, find_operations


def _names(text: str) -> list[str]:
    return [name for name, _, _ in find_agencies(text)]


def test_seed_article_agency_and_operation() -> None:
    text = require_shared("seed", "operation-safe-city.txt").read_text(encoding="utf-8")
    assert set(_names(text)) == {"ICE"}
    assert {name for name, _, _ in find_operations(text)} == {"Operation Safe City"}


def test_full_names_normalize_to_short_names() -> None:
    text = (
        "U.S. Immigration and Customs Enforcement and U.S. Customs and Border Protection, with the "
        "Department of Homeland Security and the Justice Department, deported migrants; Border Patrol agents "
        "and Homeland Security Investigations helped."
    )
    assert _names(text) == ["ICE", "CBP", "DHS", "DOJ", "Border Patrol", "HSI"]


def test_intercontinental_exchange_is_not_ice() -> None:
    text = "Intercontinental Exchange said volume on ICE Futures Europe rose; ICE shares gained 2 percent."
    assert _names(text) == []


def test_lowercase_ice_and_ice_storms_are_not_ice() -> None:
    text = "Ice storms closed roads and the ice rink; hockey players skated on ice."
    assert _names(text) == []


def test_guardian_style_ice_in_an_immigration_story() -> None:
    assert _names("Ice agents detained the migrant, Ice said.") == ["ICE", "ICE"]


def test_local_sheriff_is_named_as_written() -> None:
    assert _names("The San Francisco Sheriff’s Department released him before deportation.") == [
        "San Francisco Sheriff's Department"
    ]


def test_operation_names_stop_at_lowercase_and_line_ends() -> None:
    text = "Operation Midway Blitz began in Chicago.\nOperation Metro Surge\nThe surge continued."
    assert [name for name, _, _ in find_operations(text)] == [
        "Operation Midway Blitz",
        "Operation Metro Surge",
    ]
