-- 003: who said it, once per person (issue #7).
-- quotes.confidence: how often the attribution sieve that found the quote is right (0-1, measured on the
--   work part of the dev set; tasks/analysis/quotes.py SIEVE_CONFIDENCE). NULL on rows written before this
--   migration until `newsflow reprocess` rewrites them.
-- quotes.speaker_id: hash of the speaker's canonical key (case, accents, initials and "Jr." ignored), the
--   same for every quote of one person across the warehouse ("Donald J. Trump" = "Donald Trump").
ALTER TABLE quotes ADD COLUMN confidence DOUBLE;
ALTER TABLE quotes ADD COLUMN speaker_id VARCHAR;

-- speakers: one row per person or body quoted: the fullest name used, the role from the first quote that
-- gives one, and how much they were quoted.
CREATE VIEW speakers AS
SELECT
    q.speaker_id,
    first(q.speaker ORDER BY length(q.speaker) DESC, a.published_at NULLS LAST) AS name,
    first(q.role ORDER BY a.published_at NULLS LAST, q.char_start) FILTER (WHERE q.role IS NOT NULL) AS role,
    count(*) AS quotes,
    count(DISTINCT q.article_id) AS articles,
    min(a.published_at) AS first_quoted_at,
    max(a.published_at) AS last_quoted_at
FROM quotes q
LEFT JOIN articles a USING (article_id)
WHERE q.speaker_id IS NOT NULL
GROUP BY q.speaker_id;

-- confident_quotes: the quotes an analyst sees by default: confidence >= 0.7 (CONFIDENT_QUOTE in
-- tasks/analysis/quotes.py), from enforcement stories, newest first, with the speaker's canonical name.
CREATE VIEW confident_quotes AS
SELECT
    a.published_at,
    a.title,
    a.url,
    s.name AS speaker,
    coalesce(q.role, s.role) AS role,
    q.text,
    q.confidence,
    q.speaker_id,
    q.article_id,
    q.quote_id
FROM quotes q
JOIN articles a USING (article_id)
JOIN article_tags t USING (article_id)
JOIN speakers s USING (speaker_id)
WHERE t.is_enforcement AND q.confidence >= 0.7
ORDER BY a.published_at DESC NULLS LAST;
