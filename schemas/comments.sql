-- The data dictionary: a COMMENT ON for every table, view and column analysts can see.
--
-- Applied by tasks/store/warehouse.py `migrate()` after any migration ran (a replaced view loses its
-- comments, so they are re-applied every time the schema changes). docs/warehouse.md is generated from
-- these comments (`make docs`), and tests/store/test_dictionary.py fails when a column has none or the
-- document is stale. A new column needs its line here.

COMMENT ON TABLE schema_migrations IS 'One row per schemas/NNN_*.sql migration applied to this file.';
COMMENT ON COLUMN schema_migrations.version IS 'The NNN of schemas/NNN_name.sql.';
COMMENT ON COLUMN schema_migrations.name IS 'The migration file name.';
COMMENT ON COLUMN schema_migrations.applied_at IS 'When this file was upgraded to it.';

COMMENT ON TABLE feeds IS 'One row per feed: where it is, and what newsflow remembers between polls (validators, next poll, failures).';
COMMENT ON COLUMN feeds.feed_id IS 'Stable id of the feed: a hash of its normalized URL as first listed.';
COMMENT ON COLUMN feeds.url IS 'The feed URL polled now; moves only after a repeated permanent redirect.';
COMMENT ON COLUMN feeds.title IS 'The feed''s own title.';
COMMENT ON COLUMN feeds.site_url IS 'The site the feed says it belongs to.';
COMMENT ON COLUMN feeds.etag IS 'ETag of the last successful response, sent back as If-None-Match.';
COMMENT ON COLUMN feeds.last_modified IS 'Last-Modified of the last successful response, sent back as If-Modified-Since.';
COMMENT ON COLUMN feeds.body_hash IS 'sha256 of the last body: an unchanged body is not parsed again.';
COMMENT ON COLUMN feeds.next_poll_at IS 'The earliest time the next run polls this feed (backoff after failures).';
COMMENT ON COLUMN feeds.last_success_at IS 'When a poll last succeeded (ok or not modified).';
COMMENT ON COLUMN feeds.last_error IS 'Outcome and detail of the last failure; empty after a success.';
COMMENT ON COLUMN feeds.last_unconditional_at IS 'When the feed was last fetched without validators (servers whose validators lie).';
COMMENT ON COLUMN feeds.failures IS 'Failed polls in a row; reset by a success.';
COMMENT ON COLUMN feeds.status IS 'active, retired (the server said 410 Gone) or removed (taken off the feed list).';
COMMENT ON COLUMN feeds.redirect_candidate IS 'A permanent redirect target seen once; the feed moves when it repeats.';
COMMENT ON COLUMN feeds.polls IS 'How many times the feed was polled.';
COMMENT ON COLUMN feeds.added_at IS 'When the feed first appeared in the feed list.';
COMMENT ON COLUMN feeds.updated_at IS 'When this row last changed.';

COMMENT ON TABLE fetch_events IS 'One row per HTTP fetch of a feed or a page, success or not: why is this feed silent, why is this page missing.';
COMMENT ON COLUMN fetch_events.event_id IS 'Hash of (run, url, kind, fetch time).';
COMMENT ON COLUMN fetch_events.run_id IS 'The ingest run that fetched it (runs.run_id).';
COMMENT ON COLUMN fetch_events.feed_id IS 'The feed polled, or the feed that listed the page.';
COMMENT ON COLUMN fetch_events.url IS 'The URL requested.';
COMMENT ON COLUMN fetch_events.kind IS 'feed or article.';
COMMENT ON COLUMN fetch_events.fetched_at IS 'When the request started (UTC).';
COMMENT ON COLUMN fetch_events.status IS 'HTTP status of the final response; empty when none came (timeout, DNS).';
COMMENT ON COLUMN fetch_events.outcome IS 'One word: ok, not_modified, http_error, timeout, dns_error, connection_error, too_large, not_a_feed, parse_error, not_html, blocked, redirect_loop, extraction_failed.';
COMMENT ON COLUMN fetch_events.error IS 'One line saying what went wrong.';
COMMENT ON COLUMN fetch_events.bytes IS 'Body size in bytes, decompressed.';
COMMENT ON COLUMN fetch_events.elapsed_ms IS 'Wall time of the fetch, redirects included.';

COMMENT ON TABLE articles IS 'One row per story, keyed by its canonical URL, however many feeds list it.';
COMMENT ON COLUMN articles.article_id IS 'Hash of the canonical URL: the key every derived table joins on.';
COMMENT ON COLUMN articles.url IS 'The URL fetched.';
COMMENT ON COLUMN articles.feed_id IS 'The first feed that listed it (every listing: article_feeds).';
COMMENT ON COLUMN articles.fetched_at IS 'When the page was fetched (UTC).';
COMMENT ON COLUMN articles.canonical_url IS 'The page''s canonical URL (its own URL unless it names one on the same site).';
COMMENT ON COLUMN articles.source IS 'Site or outlet name.';
COMMENT ON COLUMN articles.title IS 'Headline.';
COMMENT ON COLUMN articles.author IS 'Byline, as the page gives it.';
COMMENT ON COLUMN articles.published_at IS 'Publication time from the page or the feed, never later than the fetch.';
COMMENT ON COLUMN articles.language IS 'Language code, when the page declares one.';
COMMENT ON COLUMN articles.text IS 'The article body as extracted (trafilatura).';
COMMENT ON COLUMN articles.word_count IS 'Words in text.';
COMMENT ON COLUMN articles.extractor IS 'The extractor and its version, e.g. trafilatura 2.3.1.';

COMMENT ON TABLE article_html IS 'The raw page of each article, gzip-compressed, so reprocess can re-extract without refetching. Holds the pages loaded before newsflow kept them beside the warehouse: since then each loaded batch''s pages are one Parquet file with these columns in <warehouse>.pages/ (read both with read_parquet(''<warehouse>.pages/*.parquet'') UNION ALL this table).';
COMMENT ON COLUMN article_html.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_html.html_gzip IS 'gzip of the bytes as served.';
COMMENT ON COLUMN article_html.html_bytes IS 'Uncompressed size in bytes.';
COMMENT ON COLUMN article_html.encoding IS 'Charset from the Content-Type header, if any.';
COMMENT ON COLUMN article_html.fetched_at IS 'When the page was fetched.';

COMMENT ON TABLE article_feeds IS 'Every listing of an article: the same story in two feeds is one article, two rows.';
COMMENT ON COLUMN article_feeds.article_id IS 'The article.';
COMMENT ON COLUMN article_feeds.feed_id IS 'A feed that listed it.';
COMMENT ON COLUMN article_feeds.entry_key IS 'The feed entry: its guid when trustworthy, else its normalized link.';
COMMENT ON COLUMN article_feeds.first_seen_at IS 'When this feed first listed it.';

COMMENT ON TABLE article_tags IS 'Is the article an immigration-enforcement story? One row per article, from the tagger.';
COMMENT ON COLUMN article_tags.article_id IS 'The article.';
COMMENT ON COLUMN article_tags.is_enforcement IS 'True when the tagger calls it an enforcement story (score over its threshold).';
COMMENT ON COLUMN article_tags.score IS 'The tagger''s score, 0 to 1.';
COMMENT ON COLUMN article_tags.topics IS 'arrests, detention, deportation, border, sanctuary_policy, prosecution, courts, enforcement_policy.';
COMMENT ON COLUMN article_tags.evidence IS 'Phrases that moved the decision.';
COMMENT ON COLUMN article_tags.tagger_version IS 'Version of the tagger that wrote the row (reprocess upgrades it).';
COMMENT ON COLUMN article_tags.tagged_at IS 'When the row was written.';

COMMENT ON TABLE facts IS 'Typed counts from enforcement stories (arrests, detentions, deportations ...), each with the sentence it comes from.';
COMMENT ON COLUMN facts.fact_id IS 'Hash of (article, type, unit, value, offset).';
COMMENT ON COLUMN facts.article_id IS 'The article it was read from.';
COMMENT ON COLUMN facts.fact_type IS 'arrests, border_apprehensions, detentions, deportations, convictions, no_criminal_record, charged, assaults_on_officers, deaths_in_custody, detainers. Never add different types together.';
COMMENT ON COLUMN facts.value IS 'The number as stated ("about 317" is 317, "more than 2,000" is 2000).';
COMMENT ON COLUMN facts.unit IS 'people, incidents, requests or percent.';
COMMENT ON COLUMN facts.places IS 'Places the count is tied to, normalized; empty when the text names none.';
COMMENT ON COLUMN facts.agency IS 'The agency acting (ICE, CBP, Border Patrol ...).';
COMMENT ON COLUMN facts.operation IS 'The named operation, if any.';
COMMENT ON COLUMN facts.period_text IS 'The period as written ("fiscal 2016", "a four-day operation").';
COMMENT ON COLUMN facts.period_start IS 'First day of the period, where it resolves to dates.';
COMMENT ON COLUMN facts.period_end IS 'Last day of the period, where it resolves to dates.';
COMMENT ON COLUMN facts.evidence IS 'The sentence, copied exactly from the article text.';
COMMENT ON COLUMN facts.char_start IS 'Offset of the evidence in articles.text.';
COMMENT ON COLUMN facts.char_end IS 'End offset of the evidence in articles.text.';
COMMENT ON COLUMN facts.extractor_version IS 'Version of the fact extractor that wrote the row.';

COMMENT ON TABLE quotes IS 'Direct quotations with the person (or organisation) who said them.';
COMMENT ON COLUMN quotes.quote_id IS 'Hash of (article, speaker, text).';
COMMENT ON COLUMN quotes.article_id IS 'The article.';
COMMENT ON COLUMN quotes.speaker IS 'Who said it: a person''s name, or the organisation when no person is named.';
COMMENT ON COLUMN quotes.role IS 'Title or affiliation as written; for a body speaking itself, the voice it speaks through ("written statement", "ICE spokesman").';
COMMENT ON COLUMN quotes.text IS 'The quoted words.';
COMMENT ON COLUMN quotes.char_start IS 'Offset of the quotation in articles.text.';
COMMENT ON COLUMN quotes.char_end IS 'End offset of the quotation in articles.text.';
COMMENT ON COLUMN quotes.extractor_version IS 'Version of the extractor that wrote the row.';

COMMENT ON TABLE mentions IS 'Operations, agencies and places named in an article; places with their gazetteer match and coordinates.';
COMMENT ON COLUMN mentions.article_id IS 'The article.';
COMMENT ON COLUMN mentions.kind IS 'operation, agency or place.';
COMMENT ON COLUMN mentions.name IS 'As written.';
COMMENT ON COLUMN mentions.normalized IS 'The normalized name (places: "City, State").';
COMMENT ON COLUMN mentions.city IS 'City, for places.';
COMMENT ON COLUMN mentions.state IS 'U.S. state, for places.';
COMMENT ON COLUMN mentions.country IS 'Country, for places.';
COMMENT ON COLUMN mentions.lat IS 'Latitude, where the gazetteer has it.';
COMMENT ON COLUMN mentions.lon IS 'Longitude, where the gazetteer has it.';
COMMENT ON COLUMN mentions.extractor_version IS 'Version of the extractor that wrote the row.';

COMMENT ON TABLE alerts IS 'One alert per enforcement story, ever: inserted before it is sent, so it is never sent twice.';
COMMENT ON COLUMN alerts.alert_id IS 'Hash of the article id.';
COMMENT ON COLUMN alerts.article_id IS 'The story alerted.';
COMMENT ON COLUMN alerts.created_at IS 'When the alert was claimed.';
COMMENT ON COLUMN alerts.flow_run_id IS 'The Prefect flow run that sent it.';
COMMENT ON COLUMN alerts.sink IS 'ui (the Prefect artifact) or webhook.';
COMMENT ON COLUMN alerts.delivered IS 'False when the webhook refused it (not retried: at most once).';

COMMENT ON TABLE runs IS 'One summary per ingest run (in scale-out mode, one per partition run: docs/scaling.md): the counts its Prefect artifact or run name shows.';
COMMENT ON COLUMN runs.run_id IS 'The run (fetch_events.run_id).';
COMMENT ON COLUMN runs.flow_run_id IS 'The Prefect flow run, to find it in the UI.';
COMMENT ON COLUMN runs.started_at IS 'When the run started.';
COMMENT ON COLUMN runs.finished_at IS 'When the run finished.';
COMMENT ON COLUMN runs.feeds_polled IS 'Feeds polled.';
COMMENT ON COLUMN runs.not_modified IS 'Feeds that had not changed.';
COMMENT ON COLUMN runs.failed IS 'Feeds whose poll failed.';
COMMENT ON COLUMN runs.new_articles IS 'Articles stored for the first time (a partition run counts what it staged; a story two partitions reach is stored once).';
COMMENT ON COLUMN runs.extraction_failures IS 'Pages fetched whose article could not be extracted.';
COMMENT ON COLUMN runs.enforcement_stories IS 'New articles tagged as enforcement stories.';
COMMENT ON COLUMN runs.facts_written IS 'Facts extracted from the new articles.';

COMMENT ON VIEW feed_health IS 'Is each feed alive? Last success, last error, failures in a row, next poll, and what the last 20 fetches said.';
COMMENT ON COLUMN feed_health.feed_id IS 'The feed.';
COMMENT ON COLUMN feed_health.url IS 'Its URL.';
COMMENT ON COLUMN feed_health.title IS 'Its title.';
COMMENT ON COLUMN feed_health.status IS 'active, retired or removed.';
COMMENT ON COLUMN feed_health.last_success_at IS 'When a poll last succeeded.';
COMMENT ON COLUMN feed_health.last_error IS 'The last failure, if the feed is failing now.';
COMMENT ON COLUMN feed_health.failures_in_a_row IS 'Failed polls in a row.';
COMMENT ON COLUMN feed_health.next_poll_at IS 'When it will be polled next.';
COMMENT ON COLUMN feed_health.polls IS 'Polls so far.';
COMMENT ON COLUMN feed_health.last_fetch_at IS 'When it was last fetched.';
COMMENT ON COLUMN feed_health.last_outcome IS 'Outcome of the last fetch.';
COMMENT ON COLUMN feed_health.ok_last_20 IS 'Of its last 20 fetches, how many succeeded.';
COMMENT ON COLUMN feed_health.fetches_last_20 IS 'Fetches counted in ok_last_20 (at most 20).';

COMMENT ON COLUMN quotes.confidence IS 'How often the attribution rule that found this quote is right, 0 to 1 (measured on labelled articles).';
COMMENT ON COLUMN quotes.speaker_id IS 'The speaker as the story names them: one id for "Donald J. Trump" and "Donald Trump"; a surname said alone becomes its person in speaker_people.';
COMMENT ON COLUMN quotes.speaker_key IS 'The speaker''s canonical key (tasks/analysis/quote_speakers.py speaker_key: case, accents, initials, "Jr." and an agency''s spellings ignored); speaker_id is its hash, speaker_people reads its last word.';

COMMENT ON VIEW speaker_people IS 'Which person each quotes.speaker_id is: a speaker whose quotes.speaker_key is one word ("trump") is the one person the warehouse knows by a longer key ending in it, when only one is known.';
COMMENT ON COLUMN speaker_people.speaker_id IS 'The speaker as stored on quotes.';
COMMENT ON COLUMN speaker_people.person_id IS 'The person (speakers.speaker_id).';

COMMENT ON VIEW speakers IS 'One row per person or body quoted: the fullest name used, the role from the first quote that gives one, how much they were quoted.';
COMMENT ON COLUMN speakers.speaker_id IS 'The person.';
COMMENT ON COLUMN speakers.name IS 'The fullest name used for them.';
COMMENT ON COLUMN speakers.role IS 'Title or affiliation (for a body, the voice it speaks through) from the first quote that gives one.';
COMMENT ON COLUMN speakers.quotes IS 'Quotes attributed to them.';
COMMENT ON COLUMN speakers.articles IS 'Articles quoting them.';
COMMENT ON COLUMN speakers.first_quoted_at IS 'Publication time of the first article quoting them.';
COMMENT ON COLUMN speakers.last_quoted_at IS 'Publication time of the latest article quoting them.';

COMMENT ON VIEW confident_quotes IS 'The quotes an analyst sees by default: confidence >= 0.7, from enforcement stories, newest first, under the speaker''s canonical name.';
COMMENT ON COLUMN confident_quotes.published_at IS 'When the story was published.';
COMMENT ON COLUMN confident_quotes.title IS 'Headline of the story.';
COMMENT ON COLUMN confident_quotes.url IS 'Where to read it.';
COMMENT ON COLUMN confident_quotes.speaker IS 'Canonical name of the speaker.';
COMMENT ON COLUMN confident_quotes.role IS 'Title or affiliation.';
COMMENT ON COLUMN confident_quotes.text IS 'The quoted words.';
COMMENT ON COLUMN confident_quotes.confidence IS 'Attribution confidence, 0 to 1.';
COMMENT ON COLUMN confident_quotes.speaker_id IS 'The person (speakers.speaker_id).';
COMMENT ON COLUMN confident_quotes.article_id IS 'The article.';
COMMENT ON COLUMN confident_quotes.quote_id IS 'The quote.';

COMMENT ON COLUMN facts.confidence IS 'How likely the fact is right, 0 to 1 (the count model in tasks/analysis/count_model.py); empty on rows written before it.';
COMMENT ON COLUMN facts.part_of_fact_id IS 'For a part of a breakdown ("97 of the 212 arrests were in Dallas"): the fact_id of its total. Totals add only rows where this is empty.';
COMMENT ON COLUMN facts.place_source IS 'Where its places come from: ''sentence'' when the text places the count (its sentence, the one it goes on from, or the place it points back to); ''story'' when its sentence names no place and the story''s main place (for border apprehensions: the story''s border) stands in; empty when it has no place.';

COMMENT ON VIEW enforcement_facts IS 'The confident facts of enforcement stories (confidence >= 0.45), analyst columns first: the table to sum by type, place and time (sum only rows whose part_of_fact_id is empty).';
COMMENT ON COLUMN enforcement_facts.published_at IS 'When the story was published.';
COMMENT ON COLUMN enforcement_facts.fact_type IS 'What was counted: arrests, border_apprehensions, detentions, deportations, convictions, no_criminal_record, charged, assaults_on_officers, deaths_in_custody, detainers. Never add different types together.';
COMMENT ON COLUMN enforcement_facts.value IS 'The number as stated.';
COMMENT ON COLUMN enforcement_facts.unit IS 'people, incidents, requests or percent.';
COMMENT ON COLUMN enforcement_facts.place IS 'The narrowest place the count is tied to, as normalized (first of places); empty when the text names none.';
COMMENT ON COLUMN enforcement_facts.place_source IS 'Where the place comes from: ''sentence'' when the text places the count (its sentence, the one it goes on from, or the place it points back to); ''story'' when its sentence names no place and the story''s main place (for border apprehensions: the story''s border) stands in; empty when it has no place. Leave out ''story'' rows to sum stated places only.';
COMMENT ON COLUMN enforcement_facts.state IS 'U.S. state of that place, from the gazetteer.';
COMMENT ON COLUMN enforcement_facts.country IS 'Country of that place, from the gazetteer.';
COMMENT ON COLUMN enforcement_facts.lat IS 'Latitude of that place, where the gazetteer has it.';
COMMENT ON COLUMN enforcement_facts.lon IS 'Longitude of that place, where the gazetteer has it.';
COMMENT ON COLUMN enforcement_facts.agency IS 'The agency acting (ICE, CBP, Border Patrol ...).';
COMMENT ON COLUMN enforcement_facts.operation IS 'The named operation, if any.';
COMMENT ON COLUMN enforcement_facts.period IS 'The period as written ("fiscal 2016", "a four-day operation").';
COMMENT ON COLUMN enforcement_facts.evidence IS 'The sentence it comes from, copied exactly.';
COMMENT ON COLUMN enforcement_facts.confidence IS 'How likely the fact is right, 0 to 1 (the count model).';
COMMENT ON COLUMN enforcement_facts.part_of_fact_id IS 'For a part of a breakdown ("97 of the 212 were in Dallas"): the fact_id of its total. Sum only rows where this is empty.';
COMMENT ON COLUMN enforcement_facts.places IS 'Every place the count is tied to.';
COMMENT ON COLUMN enforcement_facts.period_start IS 'First day of the period, where it resolves to dates.';
COMMENT ON COLUMN enforcement_facts.period_end IS 'Last day of the period, where it resolves to dates.';
COMMENT ON COLUMN enforcement_facts.title IS 'Headline of the story.';
COMMENT ON COLUMN enforcement_facts.url IS 'Where to read it.';
COMMENT ON COLUMN enforcement_facts.source IS 'Outlet.';
COMMENT ON COLUMN enforcement_facts.enforcement_score IS 'The tagger''s score for the story.';
COMMENT ON COLUMN enforcement_facts.article_id IS 'The article.';
COMMENT ON COLUMN enforcement_facts.fact_id IS 'The fact.';

COMMENT ON VIEW enforcement_facts_all IS 'Every fact of enforcement stories, whatever its confidence (enforcement_facts shows the confident ones).';
COMMENT ON COLUMN enforcement_facts_all.published_at IS 'When the story was published.';
COMMENT ON COLUMN enforcement_facts_all.fact_type IS 'What was counted: arrests, border_apprehensions, detentions, deportations, convictions, no_criminal_record, charged, assaults_on_officers, deaths_in_custody, detainers. Never add different types together.';
COMMENT ON COLUMN enforcement_facts_all.value IS 'The number as stated.';
COMMENT ON COLUMN enforcement_facts_all.unit IS 'people, incidents, requests or percent.';
COMMENT ON COLUMN enforcement_facts_all.place IS 'The narrowest place the count is tied to, as normalized (first of places); empty when the text names none.';
COMMENT ON COLUMN enforcement_facts_all.place_source IS 'Where the place comes from: ''sentence'' when the text places the count (its sentence, the one it goes on from, or the place it points back to); ''story'' when its sentence names no place and the story''s main place (for border apprehensions: the story''s border) stands in; empty when it has no place. Leave out ''story'' rows to sum stated places only.';
COMMENT ON COLUMN enforcement_facts_all.state IS 'U.S. state of that place, from the gazetteer.';
COMMENT ON COLUMN enforcement_facts_all.country IS 'Country of that place, from the gazetteer.';
COMMENT ON COLUMN enforcement_facts_all.lat IS 'Latitude of that place, where the gazetteer has it.';
COMMENT ON COLUMN enforcement_facts_all.lon IS 'Longitude of that place, where the gazetteer has it.';
COMMENT ON COLUMN enforcement_facts_all.agency IS 'The agency acting (ICE, CBP, Border Patrol ...).';
COMMENT ON COLUMN enforcement_facts_all.operation IS 'The named operation, if any.';
COMMENT ON COLUMN enforcement_facts_all.period IS 'The period as written ("fiscal 2016", "a four-day operation").';
COMMENT ON COLUMN enforcement_facts_all.evidence IS 'The sentence it comes from, copied exactly.';
COMMENT ON COLUMN enforcement_facts_all.confidence IS 'How likely the fact is right, 0 to 1 (the count model).';
COMMENT ON COLUMN enforcement_facts_all.part_of_fact_id IS 'For a part of a breakdown ("97 of the 212 were in Dallas"): the fact_id of its total. Sum only rows where this is empty.';
COMMENT ON COLUMN enforcement_facts_all.places IS 'Every place the count is tied to.';
COMMENT ON COLUMN enforcement_facts_all.period_start IS 'First day of the period, where it resolves to dates.';
COMMENT ON COLUMN enforcement_facts_all.period_end IS 'Last day of the period, where it resolves to dates.';
COMMENT ON COLUMN enforcement_facts_all.title IS 'Headline of the story.';
COMMENT ON COLUMN enforcement_facts_all.url IS 'Where to read it.';
COMMENT ON COLUMN enforcement_facts_all.source IS 'Outlet.';
COMMENT ON COLUMN enforcement_facts_all.enforcement_score IS 'The tagger''s score for the story.';
COMMENT ON COLUMN enforcement_facts_all.article_id IS 'The article.';
COMMENT ON COLUMN enforcement_facts_all.fact_id IS 'The fact.';

COMMENT ON VIEW enforcement_stories IS 'One row per enforcement story, newest first: where to read it, what it is about, how many facts and quotes it gave, how many feeds listed it.';
COMMENT ON COLUMN enforcement_stories.published_at IS 'When it was published.';
COMMENT ON COLUMN enforcement_stories.outlet IS 'Site or outlet name.';
COMMENT ON COLUMN enforcement_stories.title IS 'Headline.';
COMMENT ON COLUMN enforcement_stories.url IS 'Where to read it.';
COMMENT ON COLUMN enforcement_stories.topics IS 'Enforcement topics (arrests, detention, deportation, border ...).';
COMMENT ON COLUMN enforcement_stories.enforcement_score IS 'The tagger''s score.';
COMMENT ON COLUMN enforcement_stories.fact_count IS 'Confident facts extracted from it (enforcement_facts).';
COMMENT ON COLUMN enforcement_stories.quote_count IS 'Confident quotes extracted from it (confident_quotes).';
COMMENT ON COLUMN enforcement_stories.listed_by_feeds IS 'How many feeds listed it.';
COMMENT ON COLUMN enforcement_stories.story_id IS 'The story it is a copy of (story_clusters.cluster_id): count stories with count(DISTINCT story_id).';
COMMENT ON COLUMN enforcement_stories.article_id IS 'The article.';

COMMENT ON VIEW counts_by_place_week IS 'Confident totals per week, fact type, unit and place: types are never added together and a breakdown''s parts never added to their total.';
COMMENT ON COLUMN counts_by_place_week.week IS 'Monday of the week the stories were published.';
COMMENT ON COLUMN counts_by_place_week.fact_type IS 'What was counted.';
COMMENT ON COLUMN counts_by_place_week.unit IS 'people, incidents, requests or percent.';
COMMENT ON COLUMN counts_by_place_week.place IS 'The count''s place, or (no place).';
COMMENT ON COLUMN counts_by_place_week.state IS 'U.S. state of the place.';
COMMENT ON COLUMN counts_by_place_week.total IS 'Sum of the values (percentages summed are meaningless: filter unit).';
COMMENT ON COLUMN counts_by_place_week.facts IS 'Facts added up.';
COMMENT ON COLUMN counts_by_place_week.stories IS 'Stories they come from.';

COMMENT ON VIEW quotes_by_speaker IS 'Confident quotes of enforcement stories per canonical speaker, most quoted first.';
COMMENT ON COLUMN quotes_by_speaker.speaker IS 'The speaker''s canonical name.';
COMMENT ON COLUMN quotes_by_speaker.role IS 'Title or affiliation.';
COMMENT ON COLUMN quotes_by_speaker.quotes IS 'Quotes.';
COMMENT ON COLUMN quotes_by_speaker.stories IS 'Stories quoting them.';
COMMENT ON COLUMN quotes_by_speaker.first_quoted_at IS 'First publication quoting them.';
COMMENT ON COLUMN quotes_by_speaker.last_quoted_at IS 'Latest publication quoting them.';
COMMENT ON COLUMN quotes_by_speaker.latest_quote IS 'Their most recent quote.';
COMMENT ON COLUMN quotes_by_speaker.speaker_id IS 'The person (speakers.speaker_id).';

COMMENT ON TABLE pending_entries IS 'The entry work queue: every entry a feed listed, until its page is stored or given up. A run killed mid-way loses nothing: the next run works the queue off whatever the feed says.';
COMMENT ON COLUMN pending_entries.feed_id IS 'The feed that listed the entry.';
COMMENT ON COLUMN pending_entries.entry_key IS 'The entry: its guid when trustworthy, else its normalized link.';
COMMENT ON COLUMN pending_entries.url IS 'The link to fetch.';
COMMENT ON COLUMN pending_entries.normalized_url IS 'The link normalized (trackers removed): the same story in two feeds is fetched once.';
COMMENT ON COLUMN pending_entries.title IS 'The entry title the feed gave.';
COMMENT ON COLUMN pending_entries.published_at IS 'The entry date the feed gave (newest first when a run caps entries per feed).';
COMMENT ON COLUMN pending_entries.summary IS 'The entry summary the feed gave.';
COMMENT ON COLUMN pending_entries.guid IS 'The entry guid the feed gave.';
COMMENT ON COLUMN pending_entries.status IS 'pending (to fetch, maybe after a backoff), done (stored, or it lists an article we have), failed (gave up: see last_error).';
COMMENT ON COLUMN pending_entries.attempts IS 'Failed attempts to fetch and extract its page.';
COMMENT ON COLUMN pending_entries.next_attempt_at IS 'Not tried again before this time (backoff); empty: due now.';
COMMENT ON COLUMN pending_entries.last_error IS 'Outcome and detail of the last failed attempt.';
COMMENT ON COLUMN pending_entries.first_seen_at IS 'When a feed first listed it.';
COMMENT ON COLUMN pending_entries.updated_at IS 'When this row last changed.';
