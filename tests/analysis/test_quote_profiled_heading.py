"""A witness's section in a tracker entry: a heading that is a name alone over a paragraph opening with what the
person is ("### Ana Lee" then "A nurse at a nearby clinic who ran outside."), then the quotation (issue #7,
quotes17; `bench/probes/quotes5.jsonl`). Invented entries, with traps: a heading that names a place or a label."""

from __future__ import annotations

from tasks.analysis.quotes import find_quotes

_ENTRY = "# Man Pulled From Car\n\n## Summary\nFederal agents detained a man after boxing in his car on Jan. 12.\n\n"
_QUOTE = "> “They pulled him out through the window. He was not resisting.”\n"


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes(text)]


def test_a_name_heading_over_a_profile_speaks_its_quotation() -> None:
    """The heading names the person, the line under it says what she is (her role), the quotation is hers."""
    profile = "### Lena Okafor\nA cashier at the corner market who saw the arrest.\n\n"
    text = f"{_ENTRY}## Witness Accounts\n\n{profile}{_QUOTE}"
    assert _read(text) == [("Lena Okafor", "A cashier at the corner market")]


def test_a_place_heading_over_a_description_names_no_one() -> None:
    """Trap: "### Lake Street" over "A block where ..." is a place, and its description names no position."""
    text = f"{_ENTRY}### Lake Street\nA block where agents stopped three cars.\n\n{_QUOTE}"
    assert _read(text) == []


def test_a_label_heading_names_no_one() -> None:
    """Trap: "## Witness Accounts" over a sentence is a label, not a person."""
    text = f"{_ENTRY}## Witness Accounts\nOne neighbor filmed the arrest.\n\n{_QUOTE}"
    assert _read(text) == []
