"""One code path from an article's title and text to its `Analysis`, for the pipeline and for
`newsflow analyze` (JSON lines in, JSON lines out).

Tagging runs first; facts, quotes and mentions are derived only for enforcement stories, so a
hockey story never carries "counts". A bad input line becomes an error line and the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TextIO

from schemas.records import Analysis, Fact
from tasks.analysis.facts import FACTS_VERSION, extract_facts
from tasks.analysis.tag import tag_article


def analyze(title: str, text: str, published: date | None) -> Analysis:
    """Tag the article; for an enforcement story add facts, quotes, operations, agencies, places."""
    tag = tag_article(title, text)
    if not tag.is_enforcement:
        return Analysis(tag=tag, facts_version=FACTS_VERSION)
    parts = extract_facts(title, text, published)
    return Analysis(
        tag=tag,
        facts=parts.facts,
        quotes=parts.quotes,
        operations=parts.operations,
        agencies=parts.agencies,
        places=parts.places,
        facts_version=FACTS_VERSION,
    )


def _period(fact: Fact) -> str | None:
    if fact.period_text is None:
        return None
    if fact.period_start and fact.period_end:
        return f"{fact.period_text} ({fact.period_start.isoformat()}..{fact.period_end.isoformat()})"
    return fact.period_text


def _value(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def analysis_to_json(doc_id: str, analysis: Analysis) -> dict[str, Any]:
    """The JSON line `newsflow analyze` writes for one article (the shape shared/gold/score.py reads)."""
    return {
        "id": doc_id,
        "enforcement": analysis.tag.is_enforcement,
        "score": round(analysis.tag.score, 4),
        "topics": list(analysis.tag.topics),
        "facts": [
            {
                "type": f.type,
                "value": _value(f.value),
                "unit": f.unit,
                "places": list(f.places),
                "place_source": f.place_source,
                "agency": f.agency,
                "operation": f.operation,
                "period": _period(f),
                "evidence": f.evidence,
                "start": f.start,
                "end": f.end,
                "confidence": f.confidence,
                "part_of": f.part_of,
            }
            for f in analysis.facts
        ],
        "quotes": [
            {"speaker": q.speaker, "role": q.role, "text": q.text, "confidence": round(q.confidence, 2)}
            for q in analysis.quotes
        ],
        "operations": list(analysis.operations),
        "agencies": list(analysis.agencies),
        "places": [p.normalized for p in analysis.places],
    }


def _published(value: object) -> date | None:
    """The publication day from an ISO date or datetime ("2025-02-18 11:51:41-05:00"); None if unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


class _BadLine(ValueError):
    """An input line that cannot be analysed; its message becomes the error line."""


def _read(line: str) -> tuple[str | None, str, str, date | None]:
    try:
        line.encode("utf-8")  # the CLI decodes with surrogateescape: a byte that is not UTF-8 shows here
    except UnicodeEncodeError as e:
        raise _BadLine(f"not UTF-8 (a bad byte at character {e.start})") from e
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as e:
        raise _BadLine(f"invalid JSON: {e.msg}") from e
    except RecursionError as e:
        raise _BadLine("invalid JSON: nested too deeply") from e
    if not isinstance(doc, dict):
        raise _BadLine("a line must be a JSON object")
    doc_id = doc.get("id")
    doc_id = str(doc_id) if doc_id is not None else None
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _BadLine("missing text", doc_id)
    title = doc.get("title") if isinstance(doc.get("title"), str) else ""
    return doc_id, title, text, _published(doc.get("published") or doc.get("date"))


def analyze_jsonl(lines: Iterable[str], out: TextIO) -> tuple[int, int]:
    """Analyse JSON lines {"id", "title", "text", "published"?, "url"?}; write one JSON line each.

    Returns (ok, errors). An unreadable line writes {"id": <id or null>, "error": "..."}.
    """
    ok = errors = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc_id, title, text, published = _read(line)
        except _BadLine as e:
            doc_id = e.args[1] if len(e.args) > 1 else None
            out.write(json.dumps({"id": doc_id, "error": f"line {number}: {e.args[0]}"}) + "\n")
            errors += 1
            continue
        analysis = analyze(title, text, published)
        out.write(json.dumps(analysis_to_json(doc_id or f"line-{number}", analysis), ensure_ascii=False) + "\n")
        ok += 1
    return ok, errors
