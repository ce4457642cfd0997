"""The labelled development set as the bench scripts read it: labels, gold facts, and the articles they name.

Everything is read from ../shared at run time (never copied into the repository).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

from tasks.analysis.sentences import OWN_LINE

#: Changing the salt redraws the check part: never do it to chase a figure.
CHECK_SALT = "newsflow-check-part-v1"


def is_check(article_id: str) -> bool:
    """The fixed check part: one third of the dev articles, by a hash of the id (issue #7).

    Rules and weights are developed on the rest (the work part); the check part is scored only in
    aggregate (bench/evaluate.py), never read case by case, and predicts the held-out half.
    """
    return int(hashlib.sha256(f"{CHECK_SALT}:{article_id}".encode()).hexdigest(), 16) % 3 == 0


#: Paragraph breaks in the labelled texts (blank lines).
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def as_extracted(text: str) -> str:
    """The text laid out as the pipeline's extraction (trafilatura) writes it: one line per paragraph, list item,
    table row or heading, no blank lines, and no hard wrapping (the White House briefings' markdown wraps lines
    inside a paragraph: those lines are joined). A text without blank lines is already laid out so (the district
    attorneys' pages and some Reuters stories: one paragraph or menu item per line) and is left as it is."""
    if not _BLANK_LINES.search(text.strip()):
        return text
    lines: list[str] = []
    for block in _BLANK_LINES.split(text.strip()):
        for i, line in enumerate(block.split("\n")):
            wrapped = i > 0 and not OWN_LINE.match(line) and not OWN_LINE.match(lines[-1])
            if wrapped:
                lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
            else:
                lines.append(line)
    return "\n".join(lines)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_articles(shared: Path, rows: Iterable[dict]) -> dict[str, dict]:
    """The corpus articles named by rows carrying `id` and `corpus`, by id (each corpus file read once)."""
    wanted: dict[str, set[str]] = {}
    for row in rows:
        wanted.setdefault(row["corpus"], set()).add(row["id"])
    articles: dict[str, dict] = {}
    for corpus, ids in wanted.items():
        with gzip.open(shared / "corpus" / corpus / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)
                if article["id"] in ids:
                    articles[article["id"]] = article
    return articles


def labelled_articles(shared: Path) -> list[dict]:
    """labels-dev.jsonl rows, in file order, each with its article's `title`, `text` and `date` joined in."""
    labels = read_jsonl(shared / "gold" / "labels-dev.jsonl")
    articles = load_articles(shared, labels)
    return [
        {
            **row,
            "title": articles[row["id"]].get("title") or "",
            "text": articles[row["id"]].get("text") or "",
            "date": articles[row["id"]].get("date"),
        }
        for row in labels
    ]


def gold_fact_articles(shared: Path) -> list[dict]:
    """facts-dev.jsonl rows, each with its article's `text` joined in."""
    rows = read_jsonl(shared / "gold" / "facts-dev.jsonl")
    articles = load_articles(shared, rows)
    return [{**row, "text": articles[row["id"]].get("text") or ""} for row in rows]
