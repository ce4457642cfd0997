"""Trust no page (issue 11, section 3): a page cannot take another site's identity, inject markup into
the artifacts analysts read, or hide behind a wrong charset. DNS rebinding: tests/test_hostile.py."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flows.demo import DEMO_SITE
from schemas.records import AlertStory, ArticleSummary, FeedPollSummary
from tasks.extract import extract_article
from tasks.notify.alerts import alerts_markdown
from tasks.notify.artifacts import run_summary_markdown

NOW = datetime(2025, 11, 3, 12, 0, tzinfo=UTC)
PAGE = (DEMO_SITE / "articles" / "ice-operation-texas.html").read_text(encoding="utf-8")


def _with_canonical(href: str) -> bytes:
    return PAGE.replace("<head>", f'<head><link rel="canonical" href="{href}">', 1).encode()


def test_a_canonical_url_on_another_site_is_ignored_and_one_on_the_same_site_kept() -> None:
    page_url = "https://www.attacker.example/news/story.html"
    foreign = extract_article(_with_canonical("https://victim.example/real-story"), page_url, NOW)
    same_site = extract_article(_with_canonical("https://news.attacker.example/canonical"), page_url, NOW)
    assert foreign is not None and same_site is not None
    assert foreign.canonical_url == page_url  # it cannot be stored under the victim's article id
    assert same_site.canonical_url == "https://news.attacker.example/canonical"


HOSTILE_URL = "https://a.example/ok-md) [evil](javascript:alert(1))"
HOSTILE_TITLE = "<script>alert(1)</script> [click](javascript:alert(2)) | col"


def _live_links(markdown: str) -> list[str]:
    """Targets of markdown links a renderer would make live (unescaped `](`)."""
    return re.findall(r"(?<!\\)\]\((?!\\)([^)\s]*)", markdown)


def test_artifacts_escape_page_text_and_link_only_http_targets() -> None:
    articles = [ArticleSummary("a1", HOSTILE_URL, HOSTILE_TITLE, True, ("raids",), {"arrests": 1})]
    feeds = [FeedPollSummary("f1", "https://f.example/rss`x", "http_error", error="<img src=x onerror=alert(3)>")]
    story = AlertStory("a1", HOSTILE_URL, HOSTILE_TITLE, "<b>src</b>", NOW, 0.9)
    for markdown in (run_summary_markdown(feeds, articles), alerts_markdown([story])):
        assert "<script>" not in markdown and "<img" not in markdown and "<b>" not in markdown
        links = _live_links(markdown)  # one story, one link: the hostile URL could not open a second
        assert len(links) == 1 and links[0].startswith("https://a.example/ok-md%29%20"), links
    javascript_only = ArticleSummary("a2", "javascript:alert(1)", "t", True)
    assert _live_links(run_summary_markdown([], [javascript_only])) == []


def test_a_cp1252_page_declaring_utf8_is_decoded_not_stored_as_mojibake() -> None:
    body = (
        '<html><head><meta charset="utf-8"><title>Father detained</title></head><body><article>'
        + "<p>José Muñoz, a father of three from Hidalgo County, was detained by ICE agents on Tuesday "
        "morning outside the courthouse, his lawyer said. Señora Muñoz said the family was not told.</p>"
        * 3
        + "</article></body></html>"
    ).encode("cp1252")
    article = extract_article(body, "https://news.example/a", NOW, encoding="utf-8")
    assert article is not None
    assert "José Muñoz" in article.text and "Señora" in article.text
