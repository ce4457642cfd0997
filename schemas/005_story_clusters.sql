-- newsflow warehouse, migration 005: stories and events, not copies.
--
-- story_clusters groups near-identical articles (wire copies, one press release rewritten, one story
-- under several URLs) by a 64-bit simhash of the body (tasks/analysis/fingerprint.py). It is filled by
-- tasks/store/clusters.py after each load: an article is fingerprinted once, from its own text, and joins
-- the cluster of the nearest stored fingerprint at most MAX_DISTANCE (3) bits away. Candidates come from
-- an equality join on the four 16-bit bands (two fingerprints within 3 bits share at least one band), so
-- no stored text is read again.
--
-- enforcement_events merges the facts of enforcement stories across a cluster and across outlets; it is
-- rebuilt after each load (tasks/store/clusters.py refresh_events), so it always matches the facts.

CREATE TABLE story_clusters (
    article_id          VARCHAR PRIMARY KEY,
    cluster_id          VARCHAR NOT NULL,
    fingerprint         UBIGINT,
    band_0              USMALLINT,
    band_1              USMALLINT,
    band_2              USMALLINT,
    band_3              USMALLINT,
    matched_article_id  VARCHAR,
    distance            SMALLINT,
    fingerprint_version VARCHAR NOT NULL,
    assigned_at         TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

COMMENT ON TABLE story_clusters IS
    'One row per article: the story (cluster of near-identical articles: wire copies, one press release rewritten, one story under several URLs) it belongs to. Count stories with count(DISTINCT cluster_id).';
COMMENT ON COLUMN story_clusters.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN story_clusters.cluster_id IS
    'The story this article belongs to; articles with the same cluster_id are copies of one story.';
COMMENT ON COLUMN story_clusters.fingerprint IS
    '64-bit simhash of the article body; NULL when the body has under 50 words (the article then stands alone).';
COMMENT ON COLUMN story_clusters.band_0 IS 'Bits 0-15 of the fingerprint: the lookup key for candidate copies.';
COMMENT ON COLUMN story_clusters.band_1 IS 'Bits 16-31 of the fingerprint: the lookup key for candidate copies.';
COMMENT ON COLUMN story_clusters.band_2 IS 'Bits 32-47 of the fingerprint: the lookup key for candidate copies.';
COMMENT ON COLUMN story_clusters.band_3 IS 'Bits 48-63 of the fingerprint: the lookup key for candidate copies.';
COMMENT ON COLUMN story_clusters.matched_article_id IS
    'The already clustered article this one matched when it joined the cluster; NULL for the article that started it.';
COMMENT ON COLUMN story_clusters.distance IS
    'Bits between this fingerprint and the matched article''s (0 = identical body words); NULL for the article that started the cluster.';
COMMENT ON COLUMN story_clusters.fingerprint_version IS 'The fingerprint code that produced the row (FINGERPRINT_VERSION).';
COMMENT ON COLUMN story_clusters.assigned_at IS 'When the article was assigned to its cluster.';

CREATE TABLE enforcement_events (
    first_reported_at TIMESTAMPTZ,
    fact_type         VARCHAR NOT NULL,
    value             DOUBLE,
    unit              VARCHAR,
    places            VARCHAR[],
    agencies          VARCHAR[],
    operations        VARCHAR[],
    period_start      DATE,
    period_end        DATE,
    article_count     INTEGER NOT NULL,
    outlet_count      INTEGER NOT NULL,
    story_count       INTEGER NOT NULL,
    feed_count        INTEGER NOT NULL,
    outlets           VARCHAR[],
    evidence          VARCHAR[],
    first_url         VARCHAR,
    event_id          VARCHAR PRIMARY KEY,
    fact_ids          VARCHAR[],
    article_ids       VARCHAR[],
    cluster_ids       VARCHAR[],
    refreshed_at      TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

COMMENT ON TABLE enforcement_events IS
    'One row per reported enforcement count, however many articles and outlets repeat it: the facts of enforcement stories merged across copies of a story and across outlets (same fact_type, value and unit; same story, or a shared place or operation with first reports at most 3 days apart). Chart from this table. Rebuilt after each load.';
COMMENT ON COLUMN enforcement_events.first_reported_at IS
    'Earliest publication time (fetch time when unknown) of an article reporting the count.';
COMMENT ON COLUMN enforcement_events.fact_type IS 'What was counted (facts.fact_type, e.g. arrests, deportations, detained).';
COMMENT ON COLUMN enforcement_events.value IS 'The count.';
COMMENT ON COLUMN enforcement_events.unit IS 'people | incidents | requests | percent.';
COMMENT ON COLUMN enforcement_events.places IS 'Every normalized place the merged facts name, sorted.';
COMMENT ON COLUMN enforcement_events.agencies IS 'Every agency the merged facts name, sorted.';
COMMENT ON COLUMN enforcement_events.operations IS 'Every named operation the merged facts name, sorted.';
COMMENT ON COLUMN enforcement_events.period_start IS 'Earliest start of the period the count covers, when stated.';
COMMENT ON COLUMN enforcement_events.period_end IS 'Latest end of the period the count covers, when stated.';
COMMENT ON COLUMN enforcement_events.article_count IS 'Articles (distinct URLs) that report the count.';
COMMENT ON COLUMN enforcement_events.outlet_count IS 'Outlets (distinct web hosts of the articles, without www.) that report the count.';
COMMENT ON COLUMN enforcement_events.story_count IS
    'Distinct stories (story_clusters.cluster_id) that report the count: 1 when every report is a copy of one story.';
COMMENT ON COLUMN enforcement_events.feed_count IS 'Distinct feeds that listed an article reporting the count.';
COMMENT ON COLUMN enforcement_events.outlets IS 'The outlets (web hosts) that report the count, sorted.';
COMMENT ON COLUMN enforcement_events.evidence IS 'Every distinct sentence the count was read from, earliest report first.';
COMMENT ON COLUMN enforcement_events.first_url IS 'URL of the earliest report.';
COMMENT ON COLUMN enforcement_events.event_id IS 'Stable id: derived from the fact of the earliest report.';
COMMENT ON COLUMN enforcement_events.fact_ids IS 'The merged facts (facts.fact_id).';
COMMENT ON COLUMN enforcement_events.article_ids IS 'The reporting articles (articles.article_id).';
COMMENT ON COLUMN enforcement_events.cluster_ids IS 'The reporting stories (story_clusters.cluster_id).';
COMMENT ON COLUMN enforcement_events.refreshed_at IS 'When the table was last rebuilt.';
