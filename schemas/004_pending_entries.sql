-- newsflow warehouse, migration 004: the entry work queue.
--
-- Why: a feed's new state (body hash, validators, next poll) used to be loaded before its entries
-- were processed, so a run stopped in between (SIGKILL, a locked warehouse, a crash) left the
-- feed "unchanged" and its entries were never read again. Now every entry a poll lists is queued
-- here IN THE SAME STAGED BATCH as the feed's new state, and each run works off the queue
-- regardless of the feed's hash. An entry leaves the queue when its outcome is recorded: `done`
-- (its page was stored, or it lists an article we already have) or `failed` (a permanent failure,
-- or the retry budget is spent). Transient failures (500, timeout, ...) stay `pending` with
-- `attempts` counted and `next_attempt_at` backed off. See docs/ARCHITECTURE.md, "Never losing an entry".
--
-- Upserted by the single writer; a NULL in an incoming row never overwrites a stored value
-- (tasks/store/warehouse.py), so re-listing an entry cannot reset its attempts or its status.

CREATE TABLE pending_entries (
    feed_id         VARCHAR NOT NULL,
    entry_key       VARCHAR NOT NULL,             -- schemas/records.py FeedEntry.entry_key
    -- the entry as the feed listed it (FeedEntry), so a later run needs no re-poll to process it
    url             VARCHAR NOT NULL,
    normalized_url  VARCHAR NOT NULL,
    title           VARCHAR,
    published_at    TIMESTAMPTZ,                  -- newest first when a run caps entries per feed
    summary         VARCHAR,
    guid            VARCHAR,
    -- queue state
    status          VARCHAR NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,   -- page fetch/extraction attempts that failed
    next_attempt_at TIMESTAMPTZ,                  -- NULL: due now
    last_error      VARCHAR,                      -- outcome + detail of the last failed attempt
    first_seen_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (feed_id, entry_key)
);
