"""Typed records that cross newsflow's module boundaries.

Named for where the data comes from and where it goes (after lemon24/reader's `_types.py`):
a signature that takes a `FeedState` reads from storage, one that returns a `FetchResult`
comes back from the network. Library output (feedparser dicts, trafilatura documents) is
converted into these records at the boundary and never leaks further.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# ---------------------------------------------------------------------------------------------
# Feeds and fetching
# ---------------------------------------------------------------------------------------------

#: The closed vocabulary of `fetch_events.outcome`; one pure classifier (tasks/fetch/http.py) sets it.
FETCH_OUTCOMES = (
    "ok",
    "not_modified",
    "http_error",
    "timeout",
    "dns_error",
    "connection_error",
    "too_large",
    "not_a_feed",
    "parse_error",
    "not_html",
    "blocked",
    "redirect_loop",
    "extraction_failed",
)


@dataclass(frozen=True)
class FeedSource:
    """A feed as the user listed it (feeds.yaml or OPML)."""

    url: str
    title: str | None = None


@dataclass(frozen=True)
class FeedState:
    """What the warehouse remembers about a feed between polls (the `feeds` table)."""

    feed_id: str
    url: str
    title: str | None = None
    site_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    next_poll_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_unconditional_at: datetime | None = None
    failures: int = 0
    status: str = "active"  # active | retired (410 Gone) | removed (by the user)
    #: a permanent redirect seen once; the stored URL moves only when the same target repeats
    redirect_candidate: str | None = None
    #: polls so far; every `settings.unconditional_every`-th one ignores stored validators (tasks/fetch/polling.py)
    polls: int = 0


@dataclass(frozen=True)
class FetchResult:
    """One HTTP fetch of a feed or a page, as a value: fetching never raises for network trouble."""

    url: str
    kind: str  # feed | article
    outcome: str  # one of FETCH_OUTCOMES
    fetched_at: datetime
    final_url: str | None = None
    status: int | None = None
    error: str | None = None
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: int = 0
    bytes: int = 0
    retry_after_s: float | None = None
    #: target of a 301/308 answered for `url` (not for 302/303/307)
    permanent_redirect: str | None = None


@dataclass(frozen=True)
class FeedEntry:
    """One item of a parsed feed, identified before any page is fetched."""

    feed_id: str
    entry_key: str  # guid when trustworthy, else the normalized link (tasks/fetch/urls.py)
    url: str
    normalized_url: str
    title: str | None = None
    published_at: datetime | None = None
    summary: str | None = None
    guid: str | None = None


@dataclass(frozen=True)
class PendingEntry:
    """An entry waiting in the work queue (the `pending_entries` table) for its page to be processed."""

    entry: FeedEntry
    #: failed attempts so far; the next failure counts attempts + 1 against the retry budget
    attempts: int = 0


@dataclass(frozen=True)
class ParsedFeed:
    """A feed body turned into entries, or the reason it could not be."""

    outcome: str  # ok | parse_error | not_a_feed
    entries: tuple[FeedEntry, ...] = ()
    title: str | None = None
    site_url: str | None = None
    error: str | None = None
    #: entries dropped: neither link nor guid, or a key already seen in the same body (tasks/fetch/parse_feed.py)
    skipped: int = 0


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtractedArticle:
    """The article body and metadata trafilatura found on a page."""

    url: str
    canonical_url: str
    title: str | None
    author: str | None
    published_at: datetime | None
    language: str | None
    site_name: str | None
    text: str
    word_count: int
    extractor: str  # e.g. "trafilatura 2.3.1"


@dataclass(frozen=True)
class PageToExtract:
    """A fetched page on its way to extraction (tasks/extract.py `extract_many`)."""

    url: str
    html: bytes
    fetched_at: datetime
    encoding: str | None = None  # charset from the HTTP Content-Type, if any


@dataclass(frozen=True)
class ExtractionFailure:
    """Why a page gave no article: `timeout`, `no_body`, or `error: <what>`."""

    url: str
    reason: str


# ---------------------------------------------------------------------------------------------
# Analysis: tagging and facts (tasks/analysis/tag.py, tasks/analysis/facts.py, which assembles counts.py,
# count_candidates.py and count_places.py; `newsflow analyze` writes these as JSON)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TagResult:
    is_enforcement: bool
    score: float  # in [0, 1]; is_enforcement == score >= the tagger's threshold
    topics: tuple[str, ...]
    evidence: tuple[str, ...]  # the terms and sentences that weighed most
    tagger_version: str


@dataclass(frozen=True)
class Place:
    """A place as written, normalized against the gazetteer where possible."""

    name: str  # as written: "the District"
    normalized: str  # "Washington, D.C."
    city: str | None = None
    state: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Fact:
    """A typed count with the sentence it comes from (shared/gold/GUIDELINES.md, 'Counts')."""

    type: str
    value: float
    unit: str  # people | incidents | requests | percent
    evidence: str
    start: int  # character offsets of `evidence` in the article text
    end: int
    places: tuple[str, ...] = ()  # normalized place names
    place_source: str | None = None  # "sentence": the text places the count; "story": the story's main place stands in
    agency: str | None = None
    operation: str | None = None
    period_text: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    confidence: float = 1.0  # the count model's confidence that this is a count of its type (0-1)
    part_of: int | None = None  # index, in its article's facts, of the total this count is a part of


@dataclass(frozen=True)
class Quote:
    """An attributed direct quotation; `confidence` (0-1) is how often the sieve that attributed it is right;
    `speaker_key` is the speaker's canonical key across the warehouse (tasks/analysis/quote_speakers.py speaker_key;
    empty on a quote built by hand, whose key the store then derives from `speaker`)."""

    speaker: str
    role: str | None
    text: str
    start: int = -1
    end: int = -1
    confidence: float = 1.0
    speaker_key: str = ""


@dataclass(frozen=True)
class Analysis:
    """Everything newsflow derives from one article's title and text."""

    tag: TagResult
    facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    operations: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    places: tuple[Place, ...] = field(default_factory=tuple)
    facts_version: str = ""


# ---------------------------------------------------------------------------------------------
# Run reporting: what the ingest flow tells Prefect (tasks/notify/events.py, tasks/notify/artifacts.py)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedPollSummary:
    """How one feed's poll went in this run: one row of the outcomes artifact, one feed event."""

    feed_id: str
    url: str
    outcome: str  # one of FETCH_OUTCOMES; ok / not_modified are successes
    title: str | None = None
    status: int | None = None  # HTTP status, when there was a response
    new_entries: int = 0  # entries not seen before in this feed
    new_articles: int = 0  # of those, pages fetched, extracted and loaded
    error: str | None = None  # one line: why it failed
    elapsed_ms: int = 0

    @property
    def ok(self) -> bool:
        return self.outcome in ("ok", "not_modified")


@dataclass(frozen=True)
class ArticleSummary:
    """An article this run loaded or re-tagged, reduced to what events and alerts need."""

    article_id: str
    url: str
    title: str | None
    is_enforcement: bool
    topics: tuple[str, ...] = ()
    #: number of facts per fact type, e.g. {"arrests": 2}
    fact_counts: dict[str, int] = field(default_factory=dict)
    feed_id: str | None = None
    #: True when first loaded in this run (emits `ingested`); False when only re-tagged (reprocess)
    is_new: bool = True


@dataclass(frozen=True)
class RunSummary:
    """One poll_feeds run in numbers: the `runs` row, the CLI's last line, the artifact's headline."""

    run_id: str
    flow_run_id: str | None
    started_at: datetime
    finished_at: datetime
    feeds_polled: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0
    extraction_failures: int = 0
    enforcement_stories: int = 0
    facts_written: int = 0
    #: staged batches the warehouse could not take yet (locked); the next run loads them
    left_staged: int = 0
    #: what the numbers alone do not say, one line each: why no feed was due, that the machine looks
    #: offline (not stored in `runs`: the flow's log and artifact keep them)
    notes: tuple[str, ...] = ()

    def one_line(self) -> str:
        line = (
            f"{self.feeds_polled} feeds polled ({self.not_modified} not modified, {self.failed} failed), "
            f"{self.new_articles} new articles, {self.extraction_failures} extraction failures, "
            f"{self.enforcement_stories} enforcement stories, {self.facts_written} facts"
        )
        if self.left_staged:
            line += f"; {self.left_staged} batches left staged (warehouse locked), loaded next run"
        return "; ".join([line, *self.notes])


@dataclass(frozen=True)
class AlertFact:
    fact_type: str
    value: float
    unit: str | None
    places: tuple[str, ...]
    evidence: str


@dataclass(frozen=True)
class AlertStory:
    """An enforcement story as an alert shows it: where to read it and its key facts."""

    article_id: str
    url: str
    title: str | None
    source: str | None
    published_at: datetime | None
    score: float | None
    topics: tuple[str, ...] = ()
    facts: tuple[AlertFact, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Digest:
    """Everything the daily digest shows for one window of fetch time."""

    since: datetime
    until: datetime
    articles: int
    enforcement: int
    stories: list[dict[str, Any]]  # title, url, source, published_at, facts
    facts_by_type: list[dict[str, Any]]  # fact_type, unit, facts, total
    facts_by_place: list[dict[str, Any]]  # place, facts, total
    feeds: list[dict[str, Any]]  # the feed_health view


@dataclass(frozen=True)
class ReportData:
    """What `newsflow report` draws, for enforcement stories of one window."""

    since: datetime
    until: datetime
    stories: int
    facts: int
    counts_by_week: list[dict[str, Any]]  # week, fact_type, unit, total, facts
    counts_by_state: list[dict[str, Any]]  # state, fact_type, unit, total, facts
    operations: list[dict[str, Any]]  # name, stories
    agencies: list[dict[str, Any]]  # name, stories
    places: list[dict[str, Any]]  # name, stories, lat, lon (only places with coordinates)
    feeds: list[dict[str, Any]]  # the feed_health view
