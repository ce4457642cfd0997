"""Every knob newsflow has, in one place, each with a default that runs on a laptop.

Settings come from `NEWSFLOW_*` environment variables. An unknown `NEWSFLOW_*` name is an
error rather than a silent no-op (a typo should not quietly fall back to a default), in the
spirit of Media Cloud rss-fetcher's `config.py`.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields
from pathlib import Path

from tasks.errors import NewsflowError

PROJECT_DIR = Path(__file__).resolve().parent.parent


class ConfigError(NewsflowError, ValueError):
    """A NEWSFLOW_* variable is unknown or has a value of the wrong type."""


@dataclass(frozen=True)
class Settings:
    #: the DuckDB warehouse file
    db_path: Path = PROJECT_DIR / "data" / "newsflow.duckdb"
    #: processed batches wait here (Parquet) until the single writer loads them; by default beside
    #: the warehouse (`<db_path>.staging/`), so two warehouses never load each other's batches. An fsspec
    #: URL (`s3://bucket/newsflow/staging`, `file:///...`) stages into object storage (docs/scaling.md)
    staging_dir: Path | str = PROJECT_DIR / "data" / "newsflow.duckdb.staging"
    #: newsflow's Prefect state: serve.json and the logs of `newsflow serve`, and `home/`, the Prefect
    #: home (run history) of the server `newsflow serve` starts and of `newsflow run`'s temporary one
    prefect_dir: Path = PROJECT_DIR / "data" / "prefect"
    #: the feed list used when `--feeds` is not given
    feeds_file: Path = PROJECT_DIR / "feeds.yaml"
    #: loopback, private and link-local addresses are refused unless this is set (tests, demo, intranets)
    allow_private_networks: bool = False
    user_agent: str = "newsflow/0.1 (immigration-enforcement news monitor; +https://github.com/newsflow/newsflow)"
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    #: a feed or page larger than this is recorded as `too_large` and dropped
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    #: pages fetched at once (per batch; two batches overlap)
    fetch_concurrency: int = 8
    #: feeds polled at once, across hosts (requests to one host still wait `per_host_gap_s` apart)
    poll_concurrency: int = 64
    #: minimum gap between two requests to the same host, to stay polite
    per_host_gap_s: float = 1.0
    #: a pathological page cannot hold extraction longer than this
    extraction_timeout_s: float = 20.0
    #: extraction and analysis worker processes, kept for the run (CPU-bound: one per core)
    extraction_workers: int = os.cpu_count() or 1
    #: how often a feed is polled when healthy, and the ceiling of its failure backoff
    poll_interval_s: int = 15 * 60
    max_backoff_s: int = 24 * 60 * 60
    #: every Nth poll ignores validators, for servers whose ETag/Last-Modified lie
    unconditional_every: int = 12
    #: articles per processing batch (one Prefect task each: per-task overhead is real)
    article_batch_size: int = 50
    #: queued entries one run processes per feed, newest first; the rest wait for later runs
    #: (a 50,000-item feed must not hold one run for hours)
    max_entries_per_feed: int = 200
    #: failed attempts after which a queued entry is given up (transient failures back off in between)
    entry_attempts: int = 5
    #: where enforcement alerts are POSTed as JSON; empty means alerts stay in the warehouse and UI
    alert_webhook_url: str = ""


def _parse(value: str, kind: type, name: str) -> object:
    try:
        if kind is bool:
            if value.lower() in {"1", "true", "yes", "on"}:
                return True
            if value.lower() in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        if issubclass(kind, Path):  # the default's type is PosixPath
            return value if "://" in value else Path(value).expanduser()  # a URL stays a string
        return kind(value)
    except ValueError as exc:
        raise ConfigError(f"{name}={value!r} is not a valid {kind.__name__}") from exc


#: the smallest value each numeric setting may take; anything lower (or NaN, or infinite) is refused at
#: load, before a run polls anything: a batch size of 0 or a negative body cap would lose work silently
_MINIMUM: dict[str, float] = {
    "connect_timeout_s": 0.001,
    "read_timeout_s": 0.001,
    "max_body_bytes": 1,
    "max_redirects": 0,
    "fetch_concurrency": 1,
    "poll_concurrency": 1,
    "per_host_gap_s": 0,
    "extraction_timeout_s": 0.001,
    "extraction_workers": 1,
    "poll_interval_s": 1,
    "max_backoff_s": 1,
    "unconditional_every": 0,
    "article_batch_size": 1,
    "max_entries_per_feed": 1,
    "entry_attempts": 1,
}


def _check_ranges(settings: Settings) -> None:
    for name, minimum in _MINIMUM.items():
        value = getattr(settings, name)
        if not math.isfinite(value) or value < minimum:
            env = "NEWSFLOW_" + name.upper()
            raise ConfigError(f"{env}={value!r} is out of range: it must be a finite number >= {minimum:g}")


def load_settings(environ: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Build Settings from NEWSFLOW_* variables, then explicit overrides (CLI flags, flow parameters)."""
    environ = dict(os.environ if environ is None else environ)
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, object] = {}
    for key, raw in environ.items():
        if not key.startswith("NEWSFLOW_"):
            continue
        name = key.removeprefix("NEWSFLOW_").lower()
        if name not in known:
            names = ", ".join("NEWSFLOW_" + n.upper() for n in known)
            raise ConfigError(f"unknown setting {key}; known: {names}")
        default = known[name].default
        values[name] = _parse(raw, type(default), key)
    values.update({k: v for k, v in overrides.items() if v is not None})
    for name, value in values.items():
        if isinstance(known[name].default, Path) and not isinstance(value, Path) and "://" not in str(value):
            values[name] = Path(str(value))
    if "db_path" in values and "staging_dir" not in values:
        db_path = values["db_path"]
        values["staging_dir"] = db_path.with_name(db_path.name + ".staging")  # type: ignore[union-attr]
    settings = Settings(**values)
    _check_ranges(settings)
    return settings
