-- The cookbook: questions analysts ask, each run by tests/store/test_dictionary.py on the demo warehouse
-- and printed in docs/warehouse.md. Each query starts at a `-- name:` line.

-- name: Arrests by place and month
-- Totals only: a breakdown's parts ("97 of the 212 were in Dallas") have part_of_fact_id set and are
-- never added to their total. A fact's first place is the narrowest the text gives.
SELECT date_trunc('month', published_at) AS month, coalesce(places[1], '(no place)') AS place,
       sum(value) AS arrests, count(*) AS facts
FROM enforcement_facts
WHERE fact_type = 'arrests' AND unit = 'people' AND part_of_fact_id IS NULL
GROUP BY ALL
ORDER BY month DESC, arrests DESC;

-- name: Operations of the last 30 days and where they happened
SELECT m.name AS operation, list(DISTINCT p.normalized) FILTER (WHERE p.normalized IS NOT NULL) AS places,
       count(DISTINCT a.article_id) AS stories, min(a.published_at) AS first_reported
FROM mentions m
JOIN articles a USING (article_id)
LEFT JOIN mentions p ON p.article_id = m.article_id AND p.kind = 'place'
WHERE m.kind = 'operation' AND coalesce(a.published_at, a.fetched_at) >= now() - INTERVAL 30 DAY
GROUP BY m.name
ORDER BY stories DESC, operation;

-- name: Who is quoted most about detention
SELECT q.speaker, any_value(q.role) AS role, count(*) AS quotes, count(DISTINCT q.article_id) AS stories
FROM confident_quotes q
JOIN article_tags t USING (article_id)
WHERE list_contains(t.topics, 'detention')
GROUP BY q.speaker
ORDER BY quotes DESC, q.speaker
LIMIT 20;

-- name: Which feeds are failing
SELECT title, url, last_outcome, failures_in_a_row, last_error, last_success_at, next_poll_at
FROM feed_health
WHERE failures_in_a_row > 0 OR status <> 'active'
ORDER BY failures_in_a_row DESC, url;
