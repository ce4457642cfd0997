-- newsflow warehouse, migration 006: views that answer the common questions, named for what they hold.
--
-- * enforcement_facts(_all): what an analyst reads first comes first (published, type, value, unit, the
--   fact's place with state, country and coordinates from the gazetteer match in mentions), ids last.
-- * enforcement_stories replaces enforcement_articles, whose `listings` and `facts` columns did not say
--   what they counted.
-- * counts_by_place_week: per fact type and unit (types are never added together), totals only (a
--   breakdown's parts, part_of_fact_id set, are never added to their total), confident facts only.
-- * quotes_by_speaker: the confident quotes of enforcement stories per canonical speaker.

DROP VIEW enforcement_facts;
DROP VIEW enforcement_facts_all;
DROP VIEW enforcement_articles;

CREATE VIEW enforcement_facts_all AS
SELECT
    a.published_at,
    f.fact_type,
    f.value,
    f.unit,
    f.places[1] AS place,
    p.state,
    p.country,
    p.lat,
    p.lon,
    f.agency,
    f.operation,
    f.period_text AS period,
    f.evidence,
    f.confidence,
    f.part_of_fact_id,
    f.places,
    f.period_start,
    f.period_end,
    a.title,
    a.url,
    a.source,
    t.score AS enforcement_score,
    f.article_id,
    f.fact_id
FROM facts f
JOIN articles a USING (article_id)
JOIN article_tags t USING (article_id)
LEFT JOIN (
    SELECT article_id, normalized, any_value(state) AS state, any_value(country) AS country,
           any_value(lat) AS lat, any_value(lon) AS lon
    FROM mentions WHERE kind = 'place' GROUP BY ALL
) p ON p.article_id = f.article_id AND p.normalized = f.places[1]
WHERE t.is_enforcement;

-- the confident facts: confidence at or above the count model's `confident_at` (count_weights.json);
-- facts stored before it (NULL) stay visible until `newsflow reprocess` rewrites them
CREATE VIEW enforcement_facts AS
SELECT * FROM enforcement_facts_all WHERE coalesce(confidence, 1.0) >= 0.45;

CREATE VIEW enforcement_stories AS
SELECT
    a.published_at,
    a.source AS outlet,
    a.title,
    a.url,
    t.topics,
    t.score AS enforcement_score,
    (SELECT count(*) FROM enforcement_facts f WHERE f.article_id = a.article_id) AS fact_count,
    (SELECT count(*) FROM confident_quotes q WHERE q.article_id = a.article_id) AS quote_count,
    (SELECT count(*) FROM article_feeds af WHERE af.article_id = a.article_id) AS listed_by_feeds,
    c.cluster_id AS story_id,
    a.article_id
FROM articles a
JOIN article_tags t USING (article_id)
LEFT JOIN story_clusters c USING (article_id)
WHERE t.is_enforcement
ORDER BY a.published_at DESC NULLS LAST;

CREATE VIEW counts_by_place_week AS
SELECT
    date_trunc('week', coalesce(f.published_at, a.fetched_at))::DATE AS week,
    f.fact_type,
    f.unit,
    coalesce(f.place, '(no place)') AS place,
    f.state,
    sum(f.value) AS total,
    count(*) AS facts,
    count(DISTINCT f.article_id) AS stories
FROM enforcement_facts f
JOIN articles a USING (article_id)
WHERE f.part_of_fact_id IS NULL
GROUP BY ALL
ORDER BY week DESC, fact_type, total DESC;

CREATE VIEW quotes_by_speaker AS
SELECT
    q.speaker,
    any_value(q.role) AS role,
    count(*) AS quotes,
    count(DISTINCT q.article_id) AS stories,
    min(q.published_at) AS first_quoted_at,
    max(q.published_at) AS last_quoted_at,
    arg_max(q.text, q.published_at) AS latest_quote,
    q.speaker_id
FROM confident_quotes q
GROUP BY q.speaker_id, q.speaker
ORDER BY quotes DESC, q.speaker;
