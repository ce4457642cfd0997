"""Poll policy as pure functions: what to send, and what to remember after the answer. No I/O.

Kept in one place (STYLE.md, "Poll politely") so backoff, Retry-After, redirects and retirement
cannot drift apart between callers. Rules (issue #2):

- Validators (ETag / Last-Modified, stored raw) are sent on every poll except every
  `settings.unconditional_every`-th one (counted by `FeedState.polls`; 0 disables), which fetches in
  full so a server whose validators lie cannot hide new items for ever.
- Success (`ok`, `not_modified`, and a parsed feed) resets failures and schedules now + poll_interval.
  The caller treats an unchanged `body_hash` as not-modified (skips parsing) and passes `parsed=None`.
- Failure (any other fetch outcome, or a body that is `not_a_feed`/`parse_error`) increments
  `failures` and waits poll_interval * 2**(failures-1), with "equal jitter" (half fixed, half random so
  feeds that broke together spread out) and a cap of `max_backoff_s`. A longer Retry-After wins, up to
  the same cap (a server asking for a week is asking for a re-check tomorrow).
- 410 Gone retires the feed (no next poll).
- 301/308: the stored URL moves only when the same target was also seen on the previous poll
  (`redirect_candidate`); 302/307 never move it. The feed id stays the same.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from schemas.records import FeedState, FetchResult, ParsedFeed
from tasks.config import Settings
from tasks.fetch.http import FetchRequest
from tasks.wording import count

SUCCESS_OUTCOMES = frozenset({"ok", "not_modified"})


def body_hash(body: bytes) -> str:
    """sha256 of a feed body: equal hashes mean the feed did not change, whatever the validators say."""
    return hashlib.sha256(body).hexdigest()


def is_unconditional(state: FeedState, settings: Settings) -> bool:
    """Whether this poll must ignore stored validators (every Nth poll, counting from the first)."""
    every = settings.unconditional_every
    return every > 0 and state.polls % every == 0


def conditional_request(state: FeedState, now: datetime, settings: Settings) -> FetchRequest:
    """The request for this poll: the stored validators, unless this is a periodic unconditional fetch.

    `now` is accepted for symmetry with next_state; the schedule is counted in polls, not time.
    """
    del now
    if is_unconditional(state, settings):
        return FetchRequest(url=state.url, kind="feed")
    return FetchRequest(url=state.url, kind="feed", etag=state.etag, last_modified=state.last_modified)


def backoff_s(failures: int, settings: Settings, rng: random.Random) -> float:
    """Delay after the `failures`-th failure in a row: exponential, equal jitter, capped."""
    base = min(float(settings.max_backoff_s), settings.poll_interval_s * 2.0 ** max(0, failures - 1))
    return base / 2 + rng.uniform(0, base / 2)


def _failure_reason(result: FetchResult, parsed: ParsedFeed | None) -> str | None:
    if result.outcome not in SUCCESS_OUTCOMES:
        return f"{result.outcome}: {result.error}" if result.error else result.outcome
    if parsed is not None and parsed.outcome != "ok":
        return f"{parsed.outcome}: {parsed.error}" if parsed.error else parsed.outcome
    return None


def _redirect(state: FeedState, result: FetchResult) -> tuple[str, str | None]:
    """(stored URL, redirect candidate) after this poll."""
    target = result.permanent_redirect
    if target is None:
        return state.url, None
    if target == state.redirect_candidate:
        return target, None
    return state.url, target


def next_state(
    state: FeedState,
    result: FetchResult,
    body_hash: str | None,
    parsed: ParsedFeed | None,
    now: datetime,
    settings: Settings,
    rng: random.Random,
) -> FeedState:
    """What to remember about the feed after one poll, and when to poll it next."""
    url, candidate = _redirect(state, result)
    common = {
        "url": url,
        "redirect_candidate": candidate,
        "polls": state.polls + 1,
    }
    if result.status == 410:
        return replace(state, **common, status="retired", next_poll_at=None, last_error=_failure_reason(result, parsed))
    retry_after = min(result.retry_after_s or 0.0, float(settings.max_backoff_s))
    reason = _failure_reason(result, parsed)
    if reason is not None:
        failures = state.failures + 1
        delay = max(backoff_s(failures, settings, rng), retry_after)
        return replace(
            state, **common, failures=failures, last_error=reason, next_poll_at=now + timedelta(seconds=delay)
        )
    success = {
        "failures": 0,
        "last_error": None,
        "last_success_at": now,
        "next_poll_at": now + timedelta(seconds=max(float(settings.poll_interval_s), retry_after)),
    }
    if result.outcome == "ok":
        # a full answer replaces the validators, even with None: a dropped ETag must not be re-sent
        success.update(etag=result.etag, last_modified=result.last_modified)
        if is_unconditional(state, settings):
            success["last_unconditional_at"] = now
    else:  # 304 may carry refreshed validators
        success.update(etag=result.etag or state.etag, last_modified=result.last_modified or state.last_modified)
    if body_hash is not None:
        success["body_hash"] = body_hash
    if parsed is not None:
        success.update(title=parsed.title or state.title, site_url=parsed.site_url or state.site_url)
    return replace(state, **common, **success)


def why_not_due(waiting: Sequence[FeedState]) -> str:
    """Why these listed feeds are not polled now, in one line: healthy ones by when they are next due,
    failing ones by the error they are backing off from (e.g. "15 feeds not due until 06:18 UTC,
    3 backing off after dns_error until 07:02 UTC"). Empty when nothing waits."""
    healthy = [s.next_poll_at for s in waiting if not s.failures and s.next_poll_at]
    parts = [f"{count(len(healthy), 'feeds')} not due until {min(healthy):%H:%M} UTC"] if healthy else []
    backing_off: dict[str, list[datetime]] = {}
    for s in waiting:
        if s.failures and s.next_poll_at:
            reason = (s.last_error or "an error").split(":", 1)[0]
            backing_off.setdefault(reason, []).append(s.next_poll_at)
    for reason, times in sorted(backing_off.items(), key=lambda item: -len(item[1])):
        parts.append(f"{len(times):,} backing off after {reason} until {min(times):%H:%M} UTC")
    return ", ".join(parts)
