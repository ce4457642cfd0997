"""Article body and metadata from a fetched page, with trafilatura, under a per-page time limit.

trafilatura's `Document` stays inside this module: callers get an `ExtractedArticle`, or `None`
when no body could be found (recorded upstream as `extraction_failed`). `extract_many` runs pages
in worker processes, because a pathological page can hold lxml for minutes and a thread cannot be
killed; a worker that overruns its page's time limit is terminated and replaced (issue #2). The same
pool (`map_with_time_limit`) runs analysis under the same limit (tasks/ingest.py).
"""

from __future__ import annotations

import codecs
import multiprocessing
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar
from urllib.parse import urlsplit

import charset_normalizer
import trafilatura
from lxml.html import HtmlElement
from tld import get_fld
from trafilatura.utils import decode_file, load_html

from schemas.records import ExtractedArticle, ExtractionFailure, PageToExtract

EXTRACTOR = f"trafilatura {trafilatura.__version__}"
R = TypeVar("R")

#: htmldate's output format: keep the time of day when the page gives one (JSON-LD, meta tags).
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
#: where a <meta charset> must sit per the HTML spec (the first 1024 bytes); a little slack for sloppy pages
_META_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: a word: a run of word characters, or one CJK character (Chinese and Japanese are written without spaces)
_WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
#: fewer words than this is not an article but a nav link, caption or cookie line. Tuned on the shared
#: corpora: the shortest reference bodies (article-extraction-benchmark, readability, newspaper3k prose)
#: have 41-66 words; newspaper3k's photo galleries and front pages come out at 10-19.
MIN_WORDS = 25


def _codec(label: str | None) -> str | None:
    """A Python codec for a charset label, or None if unknown; Latin-1 labels mean windows-1252 (WHATWG)."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name


def decode_html(html: bytes | str, encoding: str | None = None) -> str:
    """Decode with the HTTP charset, then the page's <meta charset>, then detection.

    A declared charset is tried strictly so that a lying header falls through to the next source; when
    every declared one fails, charset_normalizer decides (a cp1252 page declaring UTF-8 is common).
    """
    if isinstance(html, str):
        return html
    match = _META_CHARSET.search(html[:_META_SNIFF_BYTES])
    meta = match.group(1).decode("ascii", "ignore") if match else None
    declared = False
    for label in (encoding, meta):
        codec = _codec(label)
        if codec is None:
            continue
        declared = True
        try:
            return html.decode(codec)
        except UnicodeDecodeError:
            continue
    if declared:  # the page lied about its charset: detect rather than guess (trafilatura's guess gave mojibake)
        detected = _detect(html)
        if detected is not None:
            return detected
    return decode_file(html)


def _detect(html: bytes) -> str | None:
    """charset_normalizer's best reading; among equally good ones windows-1252, the web's usual legacy charset."""
    matches = list(charset_normalizer.from_bytes(html))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    chosen = next((m for m in tied if m.encoding == "cp1252"), best)
    return str(chosen)


def words(text: str) -> list[str]:
    """The words of `text`, as `word_count` counts them."""
    return _WORD.findall(text)


def _parse_date(value: str | None, fetched_at: datetime) -> datetime | None:
    """htmldate's string as an aware UTC datetime (naive means UTC), never later than the fetch."""
    if not value:
        return None
    try:
        parsed = datetime.strptime(value, _DATE_FORMAT)
    except ValueError:
        try:
            parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")
        except ValueError:
            return None
    parsed = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    # htmldate caps at max_date too, but it compares naive dates; this makes the cap exact.
    return min(parsed, fetched_at)


def _language(tree: HtmlElement) -> str | None:
    """The page's declared language (<html lang>, then content-language / og:locale meta), as 'en' or 'pt-br'.

    trafilatura only detects language with py3langid installed, which newsflow does not pull in.
    """
    candidates = [tree.get("lang"), tree.get("xml:lang")]
    for meta in tree.iterfind(".//head/meta[@content]"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in {"content-language", "og:locale", "language", "dc.language"}:
            candidates.append(meta.get("content"))
    for value in candidates:
        if value and value.strip():
            return value.strip().split(",")[0].replace("_", "-").lower()
    return None


def _site(url: str) -> str:
    """The registrable domain of `url` (bbc.co.uk for news.bbc.co.uk); for a suffix the public list does
    not know, the last two labels; an IP address or a one-label host is its own site."""
    domain = get_fld(url, fail_silently=True)
    if domain:
        return domain
    host = urlsplit(url).hostname or ""
    if not host or host.replace(".", "").isdigit() or ":" in host:
        return host
    return ".".join(host.split(".")[-2:])


def trusted_canonical(canonical: str | None, url: str) -> str:
    """The page's canonical URL when it names the same site as the page, else the page's own URL.

    A page must not claim another site's URL as its identity: it would be stored under that article's
    id, and the real page would then be dropped as "the same story".
    """
    if not canonical or canonical == url:
        return url
    try:
        return canonical if urlsplit(canonical).scheme in ("http", "https") and _site(canonical) == _site(url) else url
    except ValueError:  # an unparseable canonical link
        return url


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def extract_article(
    html: bytes | str, url: str, fetched_at: datetime, encoding: str | None = None
) -> ExtractedArticle | None:
    """The article on `html` (fetched from `url` at `fetched_at`), or None when no body was found.

    `encoding` is the HTTP charset, if any; a `published_at` is aware UTC and never after `fetched_at`.
    """
    fetched_at = _as_utc(fetched_at)
    tree = load_html(decode_html(html, encoding))
    if tree is None:
        return None
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={
            "original_date": True,
            "extensive_search": True,
            "outputformat": _DATE_FORMAT,
            # naive UTC: htmldate compares against the naive datetimes it parses
            "max_date": fetched_at.replace(tzinfo=None).isoformat(timespec="seconds"),
        },
    )
    text = (document.text or "").strip() if document is not None else ""
    word_count = len(words(text))
    if word_count < MIN_WORDS:
        return None
    return ExtractedArticle(
        url=url,
        canonical_url=trusted_canonical(document.url, url),
        title=document.title or None,
        author=document.author or None,
        published_at=_parse_date(document.date, fetched_at),
        language=_language(tree),
        site_name=document.sitename or None,
        text=text,
        word_count=word_count,
        extractor=EXTRACTOR,
    )


# ---------------------------------------------------------------------------------------------
# Many pages, each under a time limit, in worker processes
# ---------------------------------------------------------------------------------------------


def _extract_or_failure(page: PageToExtract) -> ExtractedArticle | ExtractionFailure:
    try:
        article = extract_article(page.html, page.url, page.fetched_at, page.encoding)
    except Exception as exc:  # a page that breaks the extractor is recorded, and the batch goes on
        return ExtractionFailure(page.url, f"error: {type(exc).__name__}: {exc}"[:500])
    return article if article is not None else ExtractionFailure(page.url, "no_body")


def _worker_main(conn: Connection) -> None:
    """Worker loop: say ready, then answer (index, func, args) jobs until sent None."""
    conn.send(None)
    while (job := conn.recv()) is not None:
        index, func, args = job
        try:
            conn.send((index, func(*args)))
        except Exception as exc:  # a job that breaks `func` is reported, and the batch goes on
            conn.send((index, WorkerFailure(f"error: {type(exc).__name__}: {exc}"[:500])))


@dataclass(frozen=True)
class WorkerFailure:
    """A job of `map_with_time_limit` that gave no result: `timeout`, or `error: <what>`."""

    reason: str


class _Worker:
    """One worker process and its pipe; `index`/`deadline` are set while it holds a job."""

    def __init__(self, ctx: multiprocessing.context.BaseContext) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child,), daemon=True, name="newsflow-worker")
        self.process.start()
        child.close()
        self.ready = False
        self.index: int | None = None
        self.deadline = 0.0

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


def _context() -> multiprocessing.context.BaseContext:
    """forkserver: Prefect runs tasks in threads, and forking a threaded process is unsafe.

    The fork server preloads this module, so a new worker starts without re-importing trafilatura; a
    job's function is imported by its module name on the worker's first job of it, once per worker.
    """
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([__name__])
    return ctx


class WorkerPool:
    """Worker processes kept for the life of the process and lent to callers job by job (thread-safe).

    Starting workers for every batch cost a fork and an import per worker per batch; keeping them
    lets two batches of a run share the cores: while one batch's pages are fetched, the other's are
    extracted and analysed on every worker. A caller borrows idle workers, keeps each busy while it
    has jobs, and gives it back when it has none left; a worker that overruns a job's time limit is
    killed and replaced.
    """

    def __init__(self, size: int) -> None:
        self._ctx = _context()
        self._idle = [_Worker(self._ctx) for _ in range(size)]
        self._lock = threading.Lock()

    def _borrow(self) -> _Worker | None:
        with self._lock:
            return self._idle.pop() if self._idle else None

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._idle.append(worker)

    def map(self, func: Callable[..., R], jobs: Sequence[tuple[Any, ...]], timeout_s: float) -> list[R | WorkerFailure]:
        """`func(*job)` for every job, in order; see `map_with_time_limit`."""
        results: list[R | WorkerFailure | None] = [None] * len(jobs)
        todo = deque(range(len(jobs)))
        mine: list[_Worker] = []  # borrowed: starting, holding a job, or about to get one
        try:
            while todo or any(w.index is not None for w in mine):
                while len(todo) > sum(w.index is None for w in mine) and (worker := self._borrow()) is not None:
                    mine.append(worker)
                for worker in mine:
                    if worker.ready and worker.index is None and todo:
                        worker.index = todo.popleft()
                        worker.conn.send((worker.index, func, jobs[worker.index]))
                        worker.deadline = time.monotonic() + timeout_s
                for worker in [w for w in mine if w.ready and w.index is None and not todo]:
                    mine.remove(worker)  # nothing left for it here: another caller may use it
                    self._give_back(worker)
                busy = [w.deadline for w in mine if w.index is not None]
                wait_s = _BORROW_POLL_S if todo else None  # jobs waiting: look for a worker given back now and then
                if busy:
                    until_deadline = max(0.0, min(busy) - time.monotonic())
                    wait_s = until_deadline if wait_s is None else min(wait_s, until_deadline)
                if mine:
                    ready = set(wait([w.conn for w in mine], timeout=wait_s))
                else:
                    time.sleep(_BORROW_POLL_S)
                    ready = set()
                for slot, worker in enumerate(mine):
                    if worker.conn in ready:
                        try:
                            message = worker.conn.recv()
                        except EOFError:  # the worker died (e.g. out of memory) without answering
                            if worker.index is None:  # died before or between jobs: our code is broken
                                raise RuntimeError(
                                    "a worker process exited before taking a job; is __main__ import-safe?"
                                ) from None
                            results[worker.index] = WorkerFailure(f"error: worker died ({worker.process.exitcode})")
                            worker.kill()
                            mine[slot] = _Worker(self._ctx)
                            continue
                        if message is None:
                            worker.ready = True
                        else:
                            index, result = message
                            results[index] = result
                            worker.index = None
                    elif worker.index is not None and time.monotonic() >= worker.deadline:
                        results[worker.index] = WorkerFailure("timeout")
                        worker.kill()
                        mine[slot] = _Worker(self._ctx)
        except BaseException:
            for worker in mine:  # a job may still be running on it: never lend it out again
                worker.kill()
            mine.clear()
            raise
        finally:
            for worker in mine:
                self._give_back(worker)
        done = [r for r in results if r is not None]
        assert len(done) == len(jobs), "every job gets a result"
        return done


#: how often a caller waiting on its jobs looks for workers another caller gave back
_BORROW_POLL_S = 0.05
_pools: dict[int, WorkerPool] = {}
_pools_lock = threading.Lock()


def shared_pool(workers: int) -> WorkerPool:
    """The process's pool of `workers` workers, started on first use and kept until the process exits."""
    with _pools_lock:
        if workers not in _pools:
            _pools[workers] = WorkerPool(workers)
        return _pools[workers]


def map_with_time_limit(
    func: Callable[..., R], jobs: Sequence[tuple[Any, ...]], timeout_s: float, workers: int
) -> list[R | WorkerFailure]:
    """`func(*job)` for every job, in order, on the shared pool of `workers` processes; a job over
    `timeout_s` is killed.

    `func` must be a module-level function (it travels to the worker by name). The clock for a job
    starts when a ready worker receives it. A job that runs out of time, raises, or kills its worker
    becomes a `WorkerFailure`, and the batch goes on. Workers re-import the caller's `__main__`, so a
    script calling this needs the `if __name__ == "__main__"` guard (console scripts, pytest and
    Prefect entrypoints already have it).
    """
    if not jobs:
        return []
    return shared_pool(max(1, workers)).map(func, jobs, timeout_s)


def extract_many(
    pages: Sequence[PageToExtract], timeout_s: float, workers: int
) -> list[ExtractedArticle | ExtractionFailure]:
    """Extract every page, in order, on `workers` processes; a page over `timeout_s` becomes a `timeout`."""
    results = map_with_time_limit(_extract_or_failure, [(page,) for page in pages], timeout_s, workers)
    return [
        ExtractionFailure(page.url, result.reason) if isinstance(result, WorkerFailure) else result
        for page, result in zip(pages, results, strict=True)
    ]
