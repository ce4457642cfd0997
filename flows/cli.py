"""newsflow: watch news feeds for U.S. immigration enforcement stories, and keep their facts.

It polls RSS/Atom/OPML feed lists, fetches and extracts the articles, tags enforcement stories, pulls out
their facts (arrests, removals, detentions, with place, agency and the sentence each comes from) into a
DuckDB warehouse, and alerts on new stories, once by hand (`newsflow run`) or in the background on
Prefect (`newsflow serve`).

This module is the command line: errors become one-line messages and exit codes. Exit 0 when a cycle
ran, even if feeds or pages failed (those are recorded in the warehouse) or another process held the
warehouse's lock (`run` stages its batches for the next run and says so in one warning line); exit 2
with a one-line reason when the command itself cannot proceed (unreadable feed list, unwritable
database, bad setting, a warehouse `reprocess` finds locked).

Which Prefect server a command reports to is decided here, before Prefect is imported
(`prefect_environment`, docs/OPERATIONS.md "Which Prefect server").
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily below, so `newsflow --help` does not pay for prefect and duckdb
    from flows.temporary_server import TemporaryServer
    from tasks.config import Settings
    from tasks.store.snapshot import SqlSession

# Prefect settings that suit a laptop and this project's measured start-up (see docs/OPERATIONS.md);
# set before prefect is imported, and only where the user has not chosen otherwise.
for _name, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}.items():
    os.environ.setdefault(_name, _value)


#: the commands that run flows, and so need a Prefect server
FLOW_COMMANDS = ("run", "reprocess", "demo")


def prefect_environment(
    command: str,
    environ: Mapping[str, str],
    served_api_url: str | None,
    prefect_dir: Path,
    demo_home: Path | None = None,
) -> dict[str, str | None]:
    """The PREFECT_* changes `command` runs with (None: unset), chosen on purpose:

    * `demo` always gets a temporary server of its own, its history in `demo_home` (deleted afterwards):
      demo runs never appear in the served UI nor fire its automation, and never touch ~/.prefect;
    * `run` and `reprocess` report to PREFECT_API_URL when the user set it; else to the server
      `newsflow serve` started, while it answers (one UI for scheduled and manual runs); else to a
      temporary server whose history is kept in `prefect_dir/home` (unless PREFECT_HOME is set), not ~/.prefect.
    """
    if command == "demo":
        assert demo_home is not None, "the demo needs a Prefect home of its own"
        return {"PREFECT_API_URL": None, "PREFECT_HOME": str(demo_home)}
    if command not in FLOW_COMMANDS or environ.get("PREFECT_API_URL"):
        return {}
    if served_api_url:
        return {"PREFECT_API_URL": served_api_url}
    return {} if environ.get("PREFECT_HOME") else {"PREFECT_HOME": str(prefect_dir / "home")}


def describe_prefect(command: str, environ: Mapping[str, str], temporary: bool = False) -> str:
    """One line: where this command's flow runs can be seen (`temporary`: on the server `_prefect_for` started)."""
    if (api := environ.get("PREFECT_API_URL")) and not temporary:
        return f"Prefect: reporting to {api.removesuffix('/api')} (runs at {api.removesuffix('/api')}/runs)"
    if command == "demo":
        return "Prefect: a throwaway server for the demo (its runs are not kept; see docs/OPERATIONS.md)"
    return f"Prefect: a temporary server, history in {environ.get('PREFECT_HOME', '~/.prefect')}"


@contextmanager
def _prefect_for(command: str) -> Iterator[None]:
    """Set the command's Prefect environment for its duration (before prefect is imported), then restore it."""
    if command not in FLOW_COMMANDS:
        yield
        return
    from flows.serve import served_api_url
    from tasks.config import load_settings

    prefect_dir = load_settings().prefect_dir
    demo_home = Path(tempfile.mkdtemp(prefix="newsflow-demo-prefect-")) if command == "demo" else None
    changes = prefect_environment(command, os.environ, served_api_url(prefect_dir), prefect_dir, demo_home)
    saved = {name: os.environ.get(name) for name in (*changes, "PREFECT_API_URL")}
    if home := changes.get("PREFECT_HOME"):
        Path(home).mkdir(parents=True, exist_ok=True)  # the server's SQLite file goes there
    try:
        _apply(changes)
        if command != "demo" and not os.environ.get("PREFECT_API_URL"):
            _start_temporary_server()
        yield
    finally:
        _apply(saved)
        if demo_home:
            shutil.rmtree(demo_home, ignore_errors=True)


#: the temporary Prefect server this process started (flows/temporary_server.py), if any
_temporary_server: TemporaryServer | None = None


def _start_temporary_server() -> None:
    """Launch the temporary server now, so it starts while the command imports and checks; report to it."""
    global _temporary_server
    from flows.temporary_server import TemporaryServer

    _temporary_server = TemporaryServer()
    _temporary_server.start()
    os.environ["PREFECT_API_URL"] = _temporary_server.api_url


def _wait_for_prefect() -> None:
    """Return once the temporary server (if this command started one) answers."""
    if _temporary_server is not None:
        _temporary_server.wait_ready(float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]))


def _apply(changes: Mapping[str, str | None]) -> None:
    for name, value in changes.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def _settings(args: argparse.Namespace) -> Settings:
    from tasks.config import load_settings

    return load_settings(db_path=getattr(args, "db", None), feeds_file=getattr(args, "feeds", None))


def _check_warehouse(db_path: Path, locked_ok: bool) -> None:
    """Fail in one line on an unwritable or broken warehouse, before Prefect starts and logs tracebacks.

    A lock held by another process stops only the commands that must write now; `run` stages its
    batches and reads the snapshot meanwhile, so for it one quick look is enough.
    """
    from tasks.store.warehouse import WarehouseLockedError, connect

    try:
        with connect(db_path, **({"retries": 0} if locked_ok else {})):
            pass
    except WarehouseLockedError:
        if not locked_ok:
            raise


def _start(command: str, settings: Settings) -> None:
    """The checks every flow command makes first, then where its runs can be seen."""
    _check_warehouse(settings.db_path, locked_ok=command == "run")
    print(describe_prefect(command, os.environ, temporary=_temporary_server is not None), file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    from tasks.extract import shared_pool
    from tasks.fetch.feedlist import read_feed_list

    settings = _settings(args)
    read_feed_list(settings.feeds_file)  # fail in a second on a bad list, before Prefect starts
    _start("run", settings)
    # the extraction workers start while Prefect is imported and its server comes up
    threading.Thread(target=shared_pool, args=(settings.extraction_workers,), daemon=True).start()
    from flows import progress
    from flows.poll_feeds import poll_feeds

    _wait_for_prefect()
    with progress.shown_on(sys.stderr):
        summary = poll_feeds(feeds_file=str(settings.feeds_file), db_path=str(settings.db_path), force=args.force)
    print(summary.one_line())
    if not summary.feeds_polled and summary.notes:
        print("`newsflow run --force` polls them now")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from flows.demo import run_demo
    from flows.serve import served_api_url
    from tasks.config import PROJECT_DIR, load_settings

    settings = load_settings(db_path=Path(args.db) if args.db else PROJECT_DIR / "data" / "demo.duckdb")
    _start("demo", settings)
    served = served_api_url(settings.prefect_dir)
    return run_demo(db_path=settings.db_path, keep_serving=args.serve, served_api_url=served)


def cmd_reprocess(args: argparse.Namespace) -> int:
    from flows import progress
    from flows.reprocess import reprocess

    settings = _settings(args)
    _start("reprocess", settings)
    _wait_for_prefect()
    with progress.shown_on(sys.stderr):
        summary = reprocess(db_path=str(settings.db_path))
    print(summary.one_line())
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from tasks.analysis.analyze import analyze_jsonl

    # surrogateescape: a line with a byte that is not UTF-8 becomes one error line, not the end of the run
    source = open(args.input, encoding="utf-8", errors="surrogateescape") if args.input else sys.stdin  # noqa: SIM115
    if not args.input:
        sys.stdin.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    sink = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        ok, errors = analyze_jsonl(source, sink)
    finally:
        if args.input:
            source.close()
        if args.output:
            sink.close()
    print(f"analyzed {ok} documents, {errors} errors", file=sys.stderr)
    return 0


def cmd_feeds(args: argparse.Namespace) -> int:
    from flows import feeds_admin

    settings = _settings(args)
    return feeds_admin.run(args.action, args.target, settings)


def cmd_check(args: argparse.Namespace) -> int:
    from tasks.store.warehouse import connect, verify

    settings = _settings(args)
    if not settings.db_path.exists():
        raise CliError(f"no warehouse at {settings.db_path}")
    with connect(settings.db_path, read_only=True) as con:
        tables, rows = verify(con)
    print(f"warehouse {settings.db_path} is readable: {tables} tables, {rows} rows")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve_background, stop_background

    if args.stop:
        stopped = stop_background(_settings(args).prefect_dir)
        print(f"stopped {len(stopped)} processes" if stopped else "nothing to stop")
        return 0
    settings = _settings(args)
    print(serve_background(port=args.port, state_dir=settings.prefect_dir).describe())
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    from tasks.store.snapshot import SqlSession

    with SqlSession(_settings(args).db_path) as session:
        if args.query:
            output = session.run(args.query)
            print(output)
            return 2 if output.startswith("error: ") else 0
        print(f"newsflow sql on {session.path} (read-only). End a statement with ';'. Quit with .quit or Ctrl-D.")
        return _prompt(session)


def _prompt(session: SqlSession) -> int:
    """A small SQL prompt: statements may span lines and end with ';'."""
    buffer: list[str] = []
    while True:
        try:
            line = input("newsflow> " if not buffer else "     ...> ")
        except EOFError:
            print()
            return 0
        if not buffer and line.strip() in (".quit", ".exit", "quit", "exit"):
            return 0
        buffer.append(line)
        statement = "\n".join(buffer).strip()
        if statement.endswith(";"):
            print(session.run(statement))
            buffer.clear()


def cmd_export(args: argparse.Namespace) -> int:
    from tasks.store.snapshot import export_views

    for path in export_views(_settings(args).db_path, Path(args.out), args.format):
        print(path)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from flows.report import write_report

    path = write_report(_settings(args).db_path, days=args.days, out_dir=Path(args.out) if args.out else None)
    print(f"report written: {path.resolve().as_uri()}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsflow",
        description="\n\n".join(__doc__.split("\n\n")[:2]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="start here: `newsflow demo` (offline tour), then `newsflow run` (your feeds.yaml) and "
        "`newsflow serve` (every 15 minutes in the background, with the Prefect UI)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="one poll-and-process cycle, as a Prefect flow run")
    run.add_argument("--feeds", help="feed list: the project's YAML or an OPML file (default: feeds.yaml)")
    run.add_argument("--db", help="DuckDB warehouse file (default: data/newsflow.duckdb)")
    run.add_argument("--force", action="store_true", help="poll every listed feed now, even those not yet due")
    run.set_defaults(func=cmd_run)

    feeds = sub.add_parser(
        "feeds", help="manage the feed list: list, add URL, remove URL, import OPML, export [FILE], health"
    )
    feeds.add_argument("action", choices=["list", "add", "remove", "import", "export", "health"])
    feeds.add_argument("target", nargs="?", help="URL for add/remove, OPML file for import/export")
    feeds.add_argument("--feeds", help="feed list file to edit (default: feeds.yaml)")
    feeds.add_argument("--db", help="DuckDB warehouse file, for health (default: data/newsflow.duckdb)")
    feeds.set_defaults(func=cmd_feeds)

    demo = sub.add_parser("demo", help="the full pipeline offline against a fixture site served on loopback")
    demo.add_argument("--db", help="DuckDB file for the demo (default: data/demo.duckdb)")
    demo.add_argument("--serve", action="store_true", help="keep the fixture site running after the demo")
    demo.set_defaults(func=cmd_demo)

    reprocess = sub.add_parser("reprocess", help="re-derive extraction, tags and facts from stored HTML")
    reprocess.add_argument("--db", help="DuckDB warehouse file (default: data/newsflow.duckdb)")
    reprocess.set_defaults(func=cmd_reprocess)

    analyze = sub.add_parser("analyze", help="tag and extract facts from JSON lines {id, title, text, published?}")
    analyze.add_argument("--input", help="JSON lines file (default: stdin)")
    analyze.add_argument("--output", help="JSON lines file (default: stdout)")
    analyze.set_defaults(func=cmd_analyze)

    sql = sub.add_parser("sql", help="query the warehouse's read snapshot: one QUERY, or an interactive prompt")
    sql.add_argument("query", nargs="?", help="one SQL statement (default: an interactive prompt)")
    sql.add_argument("--db", help="DuckDB warehouse file (default: data/newsflow.duckdb); its snapshot is read")
    sql.set_defaults(func=cmd_sql)

    export = sub.add_parser("export", help="write the analyst views as Parquet or CSV files, for pandas, R or BI")
    export.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    export.add_argument("--out", required=True, help="folder to write <view>.<format> into")
    export.add_argument("--db", help="DuckDB warehouse file (default: data/newsflow.duckdb)")
    export.set_defaults(func=cmd_export)

    report = sub.add_parser("report", help="a static HTML report with charts, opened in any browser (no server)")
    report.add_argument("--days", type=int, default=30, help="how far back to report (default 30)")
    report.add_argument("--out", help="folder for report.html (default: report/ beside the warehouse)")
    report.add_argument("--db", help="DuckDB warehouse file (default: data/newsflow.duckdb)")
    report.set_defaults(func=cmd_report)

    check = sub.add_parser("check", help="read every block of the warehouse once: is the file intact?")
    check.add_argument("--db", help="DuckDB warehouse file (default: data/newsflow.duckdb)")
    check.set_defaults(func=cmd_check)

    serve = sub.add_parser("serve", help="run in the background: local Prefect server, work pool, deployments, worker")
    serve.add_argument("--port", type=int, default=4200, help="Prefect server port (default 4200)")
    serve.add_argument("--stop", action="store_true", help="stop the server and worker that serve started")
    serve.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from tasks.errors import NewsflowError

    try:
        with _prefect_for(args.command):
            return args.func(args)
    except (NewsflowError, CliError, OSError) as exc:
        print(f"newsflow {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
