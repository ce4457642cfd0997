"""What an enforcement alert says: the markdown artifact and the webhook's JSON payload.

Which stories are new, and claiming them so none is sent twice, is tasks/store/alert_queries.py; the
POST itself is tasks/fetch/http.py `post_json` (the same address checks as every fetch). A failed
delivery leaves `delivered = false` and is not retried (at most once); `SELECT * FROM alerts WHERE NOT
delivered` lists what a sink missed.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemas.records import AlertFact, AlertStory
from tasks.notify.artifacts import md_cell, md_link
from tasks.wording import count, number


def _fact_text(f: AlertFact) -> str:
    """ "arrests: 1,450 people in Denver, Colorado"; "convictions: 1 person"."""
    amount = count(f.value, f.unit) if f.unit else number(f.value)
    where = f" in {', '.join(f.places)}" if f.places else ""
    return f"{f.fact_type.replace('_', ' ')}: {amount}{where}"


def alerts_markdown(stories: Sequence[AlertStory]) -> str:
    """The artifact: one section per story with its key facts and the sentence each comes from."""
    if not stories:
        return "# Enforcement alerts\n\nNo new enforcement stories.\n"
    lines = [f"# Enforcement alerts: {len(stories)} new stor{'y' if len(stories) == 1 else 'ies'}", ""]
    for s in stories:
        meta = ", ".join(
            part
            for part in (
                md_cell(s.source or ""),
                s.published_at.date().isoformat() if s.published_at else "",
                md_cell(", ".join(s.topics)),
            )
            if part
        )
        lines += [f"## {md_link(s.title or s.url, s.url)}", ""]
        if meta:
            lines += [f"*{meta}*", ""]
        if s.facts:
            lines += [f"- **{md_cell(_fact_text(f))}**: {md_cell(f.evidence)}" for f in s.facts]
        else:
            lines.append("- no facts extracted")
        lines.append("")
    return "\n".join(lines)


def webhook_payload(stories: Sequence[AlertStory], flow_run_id: str | None) -> dict[str, object]:
    """What the webhook receives: plain JSON, one object per story."""
    return {
        "event": "newsflow.enforcement_alert",
        "flow_run_id": flow_run_id,
        "stories": [
            {
                "article_id": s.article_id,
                "url": s.url,
                "title": s.title,
                "source": s.source,
                "published_at": s.published_at.isoformat() if s.published_at else None,
                "topics": list(s.topics),
                "facts": [
                    {
                        "type": f.fact_type,
                        "value": f.value,
                        "unit": f.unit,
                        "places": list(f.places),
                        "evidence": f.evidence,
                    }
                    for f in s.facts
                ],
            }
            for s in stories
        ],
    }
