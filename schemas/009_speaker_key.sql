-- newsflow warehouse, migration 009: the speaker's key stored, not recomputed (issue #7).
--
-- 007's speaker_people rebuilt each speaker's surname in SQL (lower case, accents and "Jr." stripped), a second
-- copy of tasks/analysis/quotes.py speaker_key that could disagree with it (initials, agency spellings).
-- quotes.speaker_key now holds the analysis's own key, and speaker_people reads its last word.
--
-- Existing rows are backfilled here with what SQL can do of speaker_key: case, accents, other non-ASCII
-- marks, generational suffixes, one-letter words (initials) and punctuation dropped, which is speaker_key
-- exactly for a person's name. An agency's spellings ("U.S. Immigration and Customs Enforcement" -> "ice")
-- need tasks/analysis/agencies.py, so those rows keep the spelled-out words until `newsflow reprocess`
-- rewrites every quote with the exact key; their speaker_id, hashed from the exact key when they were written,
-- already joins their spellings, and the view reads only a key's last word, which for a body matters only if
-- a speaker is named by that word alone.
ALTER TABLE quotes ADD COLUMN speaker_key VARCHAR;

UPDATE quotes
SET speaker_key = coalesce(
    nullif(
        array_to_string(
            list_filter(
                regexp_extract_all(
                    regexp_replace(
                        lower(strip_accents(regexp_replace(trim(speaker), ',?\s+(jr|sr|ii|iii|iv)\.?$', '', 'i'))),
                        '[^\x{01}-\x{7f}]',
                        '',
                        'g'
                    ),
                    '[a-z0-9''-]+'
                ),
                lambda w: length(w) > 1
            ),
            ' '
        ),
        ''
    ),
    lower(trim(speaker))
)
WHERE speaker IS NOT NULL AND speaker_key IS NULL;

-- speaker_people: a speaker whose key is one word ("trump") is the one person the warehouse knows by a longer
-- key ending in that word; when two people share it ("rand paul", "ron paul") nobody is merged, and a name
-- written all in capitals ("ICE") is a body, never a surname.
CREATE OR REPLACE VIEW speaker_people AS
WITH keyed AS (
    SELECT
        speaker_id,
        string_split(any_value(speaker_key), ' ') AS w,
        bool_and(speaker = upper(speaker)) AS capitals
    FROM quotes
    WHERE speaker_id IS NOT NULL AND speaker_key IS NOT NULL
    GROUP BY speaker_id
),
surnames AS (
    SELECT w[-1] AS surname, min(speaker_id) AS person_id
    FROM keyed
    WHERE len(w) > 1
    GROUP BY w[-1]
    HAVING count(*) = 1
)
SELECT
    s.speaker_id,
    coalesce(f.person_id, s.speaker_id) AS person_id
FROM keyed s
LEFT JOIN surnames f ON len(s.w) = 1 AND NOT s.capitals AND f.surname = s.w[1];
