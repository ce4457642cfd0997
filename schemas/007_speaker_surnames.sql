-- newsflow warehouse, migration 007: one person however a story names them (issue #7).
--
-- quotes.speaker_id already joins "Donald J. Trump" and "Donald Trump", and a story's "Trump" when that story
-- also names him in full. A story that only ever says "Trump" gave him an id of his own. speaker_people maps
-- such a surname-only speaker to the one person the warehouse knows by a full name ending in that word; when
-- two people share it ("Rand Paul", "Ron Paul") nobody is merged, and one-word acronyms ("ICE") are bodies,
-- never surnames. It is a view, so the answer follows the warehouse: a second "Paul" splits them again.
-- speakers and confident_quotes now group and name by that person.

CREATE VIEW speaker_people AS
WITH named AS (
    SELECT speaker_id, arg_max(speaker, length(speaker)) AS name
    FROM quotes
    WHERE speaker_id IS NOT NULL
    GROUP BY speaker_id
),
words AS (
    SELECT
        speaker_id,
        name,
        string_split(
            regexp_replace(lower(strip_accents(trim(name))), '[,]?\s+(jr|sr|ii|iii|iv)\.?$', ''), ' '
        ) AS w
    FROM named
),
surnames AS (
    SELECT w[-1] AS surname, min(speaker_id) AS person_id
    FROM words
    WHERE len(w) > 1
    GROUP BY w[-1]
    HAVING count(*) = 1
)
SELECT
    s.speaker_id,
    coalesce(f.person_id, s.speaker_id) AS person_id
FROM words s
LEFT JOIN surnames f ON len(s.w) = 1 AND s.name <> upper(s.name) AND f.surname = s.w[1];

CREATE OR REPLACE VIEW speakers AS
SELECT
    p.person_id AS speaker_id,
    first(q.speaker ORDER BY length(q.speaker) DESC, a.published_at NULLS LAST) AS name,
    first(q.role ORDER BY a.published_at NULLS LAST, q.char_start) FILTER (WHERE q.role IS NOT NULL) AS role,
    count(*) AS quotes,
    count(DISTINCT q.article_id) AS articles,
    min(a.published_at) AS first_quoted_at,
    max(a.published_at) AS last_quoted_at
FROM quotes q
JOIN speaker_people p USING (speaker_id)
LEFT JOIN articles a USING (article_id)
GROUP BY p.person_id;

CREATE OR REPLACE VIEW confident_quotes AS
SELECT
    a.published_at,
    a.title,
    a.url,
    s.name AS speaker,
    coalesce(q.role, s.role) AS role,
    q.text,
    q.confidence,
    p.person_id AS speaker_id,
    q.article_id,
    q.quote_id
FROM quotes q
JOIN articles a USING (article_id)
JOIN article_tags t USING (article_id)
JOIN speaker_people p USING (speaker_id)
JOIN speakers s ON s.speaker_id = p.person_id
WHERE t.is_enforcement AND q.confidence >= 0.7
ORDER BY a.published_at DESC NULLS LAST;
