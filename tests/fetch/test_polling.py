"""Poll policy: validators, periodic unconditional fetch, backoff with jitter, Retry-After, 410, redirects."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from schemas.records import FeedState, FetchResult, ParsedFeed
from tasks.config import load_settings
from tasks.fetch.polling import backoff_s, body_hash, conditional_request, next_state, why_not_due

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SETTINGS = load_settings(poll_interval_s=900, max_backoff_s=86_400, unconditional_every=4)
STATE = FeedState(feed_id="f1", url="https://example.org/feed.xml", etag='"v1"', last_modified="Mon, 01 Jan 2024")
OK_PARSE = ParsedFeed(outcome="ok", title="Example", site_url="https://example.org/")


def result(outcome: str = "ok", **fields: object) -> FetchResult:
    values: dict[str, object] = {"status": 200 if outcome == "ok" else None}
    values.update(fields)
    return FetchResult(url=STATE.url, kind="feed", outcome=outcome, fetched_at=NOW, **values)  # type: ignore[arg-type]


def poll(state: FeedState, fetched: FetchResult, parsed: ParsedFeed | None = OK_PARSE, seed: int = 1) -> FeedState:
    return next_state(state, fetched, None, parsed, NOW, SETTINGS, random.Random(seed))


def test_validators_are_sent_except_on_every_nth_poll() -> None:
    sent = [conditional_request(replace(STATE, polls=n), NOW, SETTINGS) for n in range(9)]
    unconditional = [n for n, request in enumerate(sent) if request.etag is None and request.last_modified is None]
    assert unconditional == [0, 4, 8]
    assert sent[1].etag == '"v1"' and sent[1].last_modified == "Mon, 01 Jan 2024" and sent[1].kind == "feed"


def test_unconditional_every_zero_always_sends_validators() -> None:
    settings = load_settings(unconditional_every=0)
    assert conditional_request(STATE, NOW, settings).etag == '"v1"'


def test_success_resets_failures_and_stores_raw_validators() -> None:
    failing = FeedState(feed_id="f1", url=STATE.url, failures=3, last_error="timeout")
    after = poll(failing, result(etag='W/"abc"', last_modified="Tue, 02 Jan 2024 00:00:00 GMT"))
    assert (after.failures, after.last_error, after.last_success_at) == (0, None, NOW)
    assert after.next_poll_at == NOW + timedelta(seconds=900)
    assert (after.etag, after.last_modified) == ('W/"abc"', "Tue, 02 Jan 2024 00:00:00 GMT")
    assert (after.title, after.site_url, after.polls) == ("Example", "https://example.org/", 1)


def test_not_modified_is_success_and_keeps_validators() -> None:
    after = poll(STATE, result("not_modified", status=304), parsed=None)
    assert after.failures == 0 and after.last_success_at == NOW
    assert (after.etag, after.last_modified) == (STATE.etag, STATE.last_modified)


def test_full_answer_without_validators_drops_the_stored_ones() -> None:
    after = poll(STATE, result())
    assert after.etag is None and after.last_modified is None


def test_body_hash_is_stored_and_stable() -> None:
    digest = body_hash(b"<rss/>")
    assert digest == body_hash(b"<rss/>") != body_hash(b"<rss />")
    after = next_state(STATE, result(), digest, None, NOW, SETTINGS, random.Random(1))
    assert after.body_hash == digest


def test_unconditional_poll_is_recorded() -> None:
    assert poll(STATE, result()).last_unconditional_at == NOW  # polls == 0: unconditional
    second = replace(STATE, polls=1)
    assert poll(second, result()).last_unconditional_at is None


@pytest.mark.parametrize("outcome", ["timeout", "dns_error", "http_error", "connection_error", "too_large"])
def test_failure_backs_off_exponentially_with_jitter(outcome: str) -> None:
    state = STATE
    delays = []
    for _ in range(5):
        state = poll(state, result(outcome, error="boom"))
        delays.append((state.next_poll_at - NOW).total_seconds())  # type: ignore[operator]
    assert state.failures == 5 and state.last_error == f"{outcome}: boom"
    for n, delay in enumerate(delays, start=1):
        base = 900 * 2 ** (n - 1)
        assert base / 2 <= delay <= base
    assert state.etag == STATE.etag  # a failure does not touch validators


def test_backoff_is_capped_and_jittered() -> None:
    rng = random.Random(7)
    samples = [backoff_s(40, SETTINGS, rng) for _ in range(200)]
    assert max(samples) <= 86_400 and min(samples) >= 43_200
    assert len({round(s) for s in samples}) > 100  # feeds that failed together spread out


def test_unparseable_body_is_a_failure_and_keeps_old_validators() -> None:
    broken = ParsedFeed(outcome="not_a_feed", error="no RSS, Atom or RDF root element")
    after = poll(STATE, result(etag='"v2"'), parsed=broken)
    assert after.failures == 1 and (after.last_error or "").startswith("not_a_feed")
    assert after.etag == '"v1"'  # otherwise the next 304 would hide the broken body


def test_longer_retry_after_wins() -> None:
    after = poll(STATE, result("http_error", status=503, retry_after_s=7200.0))
    assert after.next_poll_at == NOW + timedelta(seconds=7200)
    short = poll(STATE, result("http_error", status=503, retry_after_s=5.0))
    assert (short.next_poll_at - NOW).total_seconds() >= 450  # type: ignore[operator]


def test_retry_after_is_capped_at_max_backoff() -> None:
    after = poll(STATE, result("http_error", status=429, retry_after_s=30 * 86_400.0))
    assert after.next_poll_at == NOW + timedelta(seconds=86_400)


def test_gone_retires_the_feed() -> None:
    after = poll(STATE, result("http_error", status=410, error="HTTP 410 Gone"))
    assert after.status == "retired" and after.next_poll_at is None


def test_permanent_redirect_moves_the_url_only_when_seen_twice_in_a_row() -> None:
    moved = "https://example.org/new-feed.xml"
    first = poll(STATE, result(permanent_redirect=moved))
    assert (first.url, first.redirect_candidate) == (STATE.url, moved)
    second = poll(first, result(permanent_redirect=moved))
    assert (second.url, second.redirect_candidate, second.feed_id) == (moved, None, STATE.feed_id)


def test_redirect_candidate_resets_when_not_repeated() -> None:
    first = poll(STATE, result(permanent_redirect="https://example.org/a.xml"))
    plain = poll(first, result())
    assert (plain.url, plain.redirect_candidate) == (STATE.url, None)
    other = poll(first, result(permanent_redirect="https://example.org/b.xml"))
    assert (other.url, other.redirect_candidate) == (STATE.url, "https://example.org/b.xml")


def test_temporary_redirect_never_moves_the_url() -> None:
    """http.py sets permanent_redirect only for 301/308; a 302's final_url must not be adopted."""
    state = STATE
    for _ in range(3):
        state = poll(state, result(final_url="https://cdn.example.org/feed.xml"))
    assert state.url == STATE.url and state.redirect_candidate is None


def test_why_not_due_names_the_next_poll_and_the_errors_feeds_back_off_from() -> None:
    def feed(name: str, minutes: int, failures: int = 0, error: str | None = None) -> FeedState:
        when = NOW + timedelta(minutes=minutes)
        return FeedState(name, f"https://{name}.example/rss", failures=failures, last_error=error, next_poll_at=when)

    healthy = [feed(f"h{i}", 18 + i) for i in range(15)]
    failing = [feed(f"d{i}", 60 + i, 2, "dns_error: Name or service not known") for i in range(3)]
    failing.append(feed("t", 120, 1, "timeout"))
    assert why_not_due(healthy + failing) == (
        "15 feeds not due until 12:18 UTC, 3 backing off after dns_error until 13:00 UTC, "
        "1 backing off after timeout until 14:00 UTC"
    )
    assert why_not_due(healthy[:1]) == "1 feed not due until 12:18 UTC"
    assert why_not_due([]) == ""
