-- 002: each fact carries the count model's confidence (tasks/analysis/count_model.py) and, for a part
-- of a breakdown ("28 in Baltimore" of "498 immigrants, including ..."), the fact_id of its total.
-- Totals by type add only facts whose part_of_fact_id is NULL, so a breakdown is never counted twice.
ALTER TABLE facts ADD COLUMN confidence DOUBLE;
ALTER TABLE facts ADD COLUMN part_of_fact_id VARCHAR;

-- enforcement_facts shows the confident facts only: confidence at or above the count model's
-- `confident_at` (tasks/analysis/count_weights.json, 0.45: cross-validated precision 0.715 on the work
-- part of the dev set; tests/store keep the two equal). Facts stored before 002 (NULL) stay visible until
-- `newsflow reprocess` rewrites them. enforcement_facts_all shows every stored fact.
CREATE OR REPLACE VIEW enforcement_facts_all AS
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
    t.score AS enforcement_score,
    f.confidence,
    f.part_of_fact_id
FROM facts f
JOIN articles a USING (article_id)
JOIN article_tags t USING (article_id)
WHERE t.is_enforcement;

CREATE OR REPLACE VIEW enforcement_facts AS
SELECT * FROM enforcement_facts_all WHERE coalesce(confidence, 1.0) >= 0.45;
