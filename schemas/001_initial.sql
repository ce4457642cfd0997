-- newsflow warehouse, migration 001: the initial schema.
--
-- Applied once by tasks/warehouse.py `migrate()` inside a transaction, then recorded in
-- schema_migrations. Never edit a migration that has shipped: add 002_*.sql instead.
--
-- Conventions
-- * Ids are derived from content (sha256 of the canonical/normalized URL, or of the fields that
--   identify a derived row, truncated to 16 hex chars), so loading the same data twice is a no-op.
-- * Timestamps are TIMESTAMPTZ (UTC in, aware datetimes out): polling compares them with `now`.
-- * Indexes are few on purpose. DuckDB's zone maps already serve range filters (published_at,
--   fetched_at); every ART index slows loading, and an indexed column cannot be changed by
--   ON CONFLICT DO UPDATE. Primary keys exist because the idempotent loads need them.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,            -- the NNN of schemas/NNN_name.sql
    name       VARCHAR NOT NULL,               -- the file name, for humans
    applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- feeds: what we remember about each feed between polls; mirrors schemas/records.py `FeedState`
-- (a test checks every FeedState field has a column here). Upserted by the single writer after
-- each poll, so a re-run overwrites with the same values.
CREATE TABLE feeds (
    -- identity, from the feed list (feeds.yaml / OPML)
    feed_id               VARCHAR PRIMARY KEY,  -- tasks/urls.py feed_id(url)
    url                   VARCHAR NOT NULL,     -- moves only after a repeated 301/308 (redirect_candidate)
    -- from the feed document itself
    title                 VARCHAR,
    site_url              VARCHAR,
    -- HTTP validators and change detection, stored raw and sent back (conditional GET)
    etag                  VARCHAR,
    last_modified         VARCHAR,
    body_hash             VARCHAR,              -- sha256 of the last body: unchanged body => skip parsing work
    -- poll policy state (tasks/polling.py next_state)
    next_poll_at          TIMESTAMPTZ,
    last_success_at       TIMESTAMPTZ,
    last_error            VARCHAR,              -- outcome + detail of the last failure; NULL after a success
    last_unconditional_at TIMESTAMPTZ,
    failures              INTEGER NOT NULL DEFAULT 0,   -- failures in a row; reset by a success
    status                VARCHAR NOT NULL DEFAULT 'active'
                          CHECK (status IN ('active', 'retired', 'removed')),
    redirect_candidate    VARCHAR,
    -- pipeline bookkeeping
    polls                 BIGINT NOT NULL DEFAULT 0,
    added_at              TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- fetch_events: one row per HTTP fetch of a feed or a page, success or not, so "why is this feed
-- silent?" is a query. Append-only; event_id is derived from (run_id, url, kind, fetched_at).
CREATE TABLE fetch_events (
    event_id   VARCHAR PRIMARY KEY,
    -- pipeline bookkeeping
    run_id     VARCHAR,                          -- runs.run_id
    feed_id    VARCHAR,                          -- the feed polled, or the feed that listed the page
    -- the request
    url        VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL CHECK (kind IN ('feed', 'article')),
    fetched_at TIMESTAMPTZ NOT NULL,
    -- the response, classified by tasks/http.py into the closed vocabulary records.FETCH_OUTCOMES
    status     INTEGER,                          -- HTTP status; NULL when no response (timeout, DNS)
    outcome    VARCHAR NOT NULL CHECK (outcome IN (
                   'ok', 'not_modified', 'http_error', 'timeout', 'dns_error', 'connection_error',
                   'too_large', 'not_a_feed', 'parse_error', 'not_html', 'blocked', 'redirect_loop',
                   'extraction_failed')),
    error      VARCHAR,
    bytes      BIGINT,
    elapsed_ms INTEGER
);

-- articles: one row per story, keyed by its canonical URL, however many feeds list it.
-- Appended; reprocess with a new extractor replaces the extraction columns (see warehouse.py).
CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,           -- tasks/urls.py article_id(canonical_url)
    -- from the feed entry and the fetch
    url           VARCHAR NOT NULL,              -- the URL we fetched
    feed_id       VARCHAR,                       -- the first feed that listed it (all listings: article_feeds)
    fetched_at    TIMESTAMPTZ,
    -- from extraction (trafilatura metadata and body)
    canonical_url VARCHAR NOT NULL,
    source        VARCHAR,                       -- site name
    title         VARCHAR,
    author        VARCHAR,
    published_at  TIMESTAMPTZ,
    language      VARCHAR,
    text          VARCHAR,
    word_count    INTEGER,
    extractor     VARCHAR                        -- e.g. 'trafilatura 2.3.1'
);

-- article_html: the raw page, compressed, kept apart from articles so scans of articles stay small
-- and reprocess can re-extract without refetching.
CREATE TABLE article_html (
    article_id VARCHAR PRIMARY KEY,
    html_gzip  BLOB NOT NULL,                    -- gzip of the bytes as served (zstd is not in this stack)
    html_bytes INTEGER,                          -- uncompressed size
    encoding   VARCHAR,                          -- charset from Content-Type, if any
    fetched_at TIMESTAMPTZ
);

-- article_feeds: every listing of an article; the same story in two feeds is one article, two rows.
CREATE TABLE article_feeds (
    article_id VARCHAR NOT NULL,
    feed_id    VARCHAR NOT NULL,
    entry_key  VARCHAR,                          -- guid when trustworthy, else the normalized link
    first_seen_at TIMESTAMPTZ DEFAULT current_timestamp,
    PRIMARY KEY (article_id, feed_id)
);

-- ---------------------------------------------------------------------------------------------
-- Derived tables: replaced per article when re-derived (delete that article's rows, insert the
-- new ones, in one transaction). No ART index on article_id: the delete is one scan per batch.
-- ---------------------------------------------------------------------------------------------

-- article_tags: is this an enforcement story? (tasks/tag.py)
CREATE TABLE article_tags (
    article_id     VARCHAR PRIMARY KEY,
    is_enforcement BOOLEAN NOT NULL,
    score          DOUBLE,
    topics         VARCHAR[],
    evidence       VARCHAR[],
    tagger_version VARCHAR NOT NULL,
    tagged_at      TIMESTAMPTZ DEFAULT current_timestamp
);

-- facts: typed counts with the sentence they come from (tasks/facts.py).
-- fact_id = hash(article_id, fact_type, unit, value, char_start): schemas/tables.py fact_id().
CREATE TABLE facts (
    fact_id           VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    -- what was counted
    fact_type         VARCHAR NOT NULL,
    value             DOUBLE,
    unit              VARCHAR,                   -- people | incidents | requests | percent
    -- context found around it
    places            VARCHAR[],                 -- normalized place names
    agency            VARCHAR,
    operation         VARCHAR,
    period_text       VARCHAR,
    period_start      DATE,
    period_end        DATE,
    -- provenance
    evidence          VARCHAR,
    char_start        INTEGER,
    char_end          INTEGER,
    extractor_version VARCHAR NOT NULL           -- FACTS_VERSION
);

-- quotes: attributed direct quotations. quote_id = hash(article_id, speaker, text).
CREATE TABLE quotes (
    quote_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    speaker           VARCHAR,
    role              VARCHAR,
    text              VARCHAR NOT NULL,
    char_start        INTEGER,
    char_end          INTEGER,
    extractor_version VARCHAR NOT NULL
);

-- mentions: operations, agencies and places named in an article, places normalized against the
-- gazetteer. No key: replaced as a set per article.
CREATE TABLE mentions (
    article_id        VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL CHECK (kind IN ('operation', 'agency', 'place')),
    name              VARCHAR NOT NULL,          -- as written
    normalized        VARCHAR,
    city              VARCHAR,
    state             VARCHAR,
    country           VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    extractor_version VARCHAR NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- Pipeline bookkeeping
-- ---------------------------------------------------------------------------------------------

-- alerts: one per enforcement article, ever. The UNIQUE article_id is what makes "never sent
-- twice" hold: the alert flow inserts first and sends only what it inserted.
CREATE TABLE alerts (
    alert_id    VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    flow_run_id VARCHAR,
    sink        VARCHAR,                         -- 'webhook' | 'ui' ...
    delivered   BOOLEAN NOT NULL DEFAULT false
);

-- runs: one summary per poll_feeds run, the same counts the Prefect artifact shows.
CREATE TABLE runs (
    run_id              VARCHAR PRIMARY KEY,
    flow_run_id         VARCHAR,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    feeds_polled        INTEGER,
    not_modified        INTEGER,
    failed              INTEGER,
    new_articles        INTEGER,
    extraction_failures INTEGER,
    enforcement_stories INTEGER,
    facts_written       INTEGER
);

-- ---------------------------------------------------------------------------------------------
-- Views for analysts
-- ---------------------------------------------------------------------------------------------

-- feed_health: is each feed alive? Last success, last error, failures in a row, next poll, and
-- what the last 20 fetches said.
CREATE VIEW feed_health AS
SELECT
    f.feed_id,
    f.url,
    f.title,
    f.status,
    f.last_success_at,
    f.last_error,
    f.failures AS failures_in_a_row,
    f.next_poll_at,
    f.polls,
    e.last_fetch_at,
    e.last_outcome,
    coalesce(e.ok_last_20, 0) AS ok_last_20,
    coalesce(e.fetches_last_20, 0) AS fetches_last_20
FROM feeds f
LEFT JOIN (
    SELECT
        feed_id,
        max(fetched_at) AS last_fetch_at,
        arg_max(outcome, fetched_at) AS last_outcome,
        count(*) FILTER (WHERE outcome IN ('ok', 'not_modified')) AS ok_last_20,
        count(*) AS fetches_last_20
    FROM (
        SELECT *, row_number() OVER (PARTITION BY feed_id ORDER BY fetched_at DESC) AS rn
        FROM fetch_events
        WHERE kind = 'feed'
    )
    WHERE rn <= 20
    GROUP BY feed_id
) e USING (feed_id);

-- enforcement_facts: facts from articles the tagger calls enforcement stories, with where to read them.
CREATE VIEW enforcement_facts AS
SELECT
    a.published_at,
    a.title,
    a.url,
    a.source,
    f.fact_type,
    f.value,
    f.unit,
    f.places,
    f.agency,
    f.operation,
    f.period_text,
    f.period_start,
    f.period_end,
    f.evidence,
    f.article_id,
    f.fact_id,
    t.score AS enforcement_score
FROM facts f
JOIN articles a USING (article_id)
JOIN article_tags t USING (article_id)
WHERE t.is_enforcement;

-- enforcement_articles: the stories themselves, newest first, with how many feeds listed each.
CREATE VIEW enforcement_articles AS
SELECT
    a.article_id,
    a.published_at,
    a.title,
    a.url,
    a.source,
    t.score,
    t.topics,
    (SELECT count(*) FROM article_feeds af WHERE af.article_id = a.article_id) AS listings,
    (SELECT count(*) FROM facts f WHERE f.article_id = a.article_id) AS facts
FROM articles a
JOIN article_tags t USING (article_id)
WHERE t.is_enforcement
ORDER BY a.published_at DESC NULLS LAST;
