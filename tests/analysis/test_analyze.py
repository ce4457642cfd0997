"""analyze / analysis_to_json / analyze_jsonl: one code path, the issue's JSON shape, bad lines."""

from __future__ import annotations

import io
import json
from datetime import date

from tasks.analysis.analyze import analysis_to_json, analyze, analyze_jsonl

STORY = (
    "ICE agents arrested 45 immigrants in Chicago on Tuesday during Operation Safe Harbor, officials said. "
    "Immigration and Customs Enforcement said the arrests targeted people with deportation orders."
)
FACT_KEYS = {
    *("type", "value", "unit", "places", "agency", "operation", "period", "evidence", "start", "end"),
    *("confidence", "part_of", "place_source"),
}


def test_json_shape() -> None:
    row = analysis_to_json("doc-1", analyze("ICE arrests 45 in Chicago", STORY, date(2019, 5, 2)))
    assert set(row) == {
        "id",
        "enforcement",
        "score",
        "topics",
        "facts",
        "quotes",
        "operations",
        "agencies",
        "places",
    }
    assert row["id"] == "doc-1" and row["enforcement"] is True
    (fact,) = row["facts"]
    assert set(fact) == FACT_KEYS
    assert (fact["type"], fact["value"], fact["unit"]) == ("arrests", 45, "people")
    assert fact["places"] and fact["place_source"] == "sentence"  # "in Chicago": the sentence states it
    assert STORY[fact["start"] : fact["end"]] == fact["evidence"]
    json.dumps(row)  # serialisable as is


def test_non_enforcement_story_has_no_facts() -> None:
    text = "The Maple Leafs beat the Bruins 4-1 on the ice on Tuesday, with 18,000 fans in the arena."
    analysis = analyze("Leafs win", text, None)
    assert analysis.tag.is_enforcement is False
    assert analysis.facts == () and analysis.places == ()


def test_bad_lines_get_error_lines_and_the_rest_go_on() -> None:
    lines = [
        json.dumps({"id": "a", "title": "ICE arrests 45", "text": STORY, "published": "2019-05-02"}),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps({"id": "c", "title": "ICE arrests 45", "text": STORY}),
    ]
    out = io.StringIO()
    assert analyze_jsonl(lines, out) == (2, 2)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "b", "c"]
    assert "error" in rows[1] and "error" in rows[2]
    assert rows[0]["facts"] and rows[3]["facts"]


def test_datetime_published_is_read() -> None:
    line = json.dumps({"id": "w", "title": "t", "text": STORY, "published": "2025-02-18 11:51:41-05:00"})
    out = io.StringIO()
    assert analyze_jsonl([line], out) == (1, 0)
    assert json.loads(out.getvalue())["facts"][0]["period"].startswith(
        "on Tuesday (2025-02-18"
    )  # published that Tuesday
