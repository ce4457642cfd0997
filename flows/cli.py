"""The `newsflow` command: the edge where errors become one-line messages and exit codes.

Exit 0 when a cycle ran, even if feeds or pages failed (those are recorded in the warehouse);
exit 2 with a one-line reason when the run itself cannot proceed (unreadable feed list,
unwritable database, bad setting).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily below, so `newsflow --help` does not pay for prefect and duckdb
    from tasks.config import Settings

# Prefect settings that suit a laptop and this project's measured start-up (see docs/OPERATIONS.md);
# set before prefect is imported, and only where the user has not chosen otherwise.
for _name, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}.items():
    os.environ.setdefault(_name, _value)


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def _settings(args: argparse.Namespace) -> Settings:
    from tasks.config import load_settings

    return load_settings(db_path=getattr(args, "db", None), feeds_file=getattr(args, "feeds", None))


def cmd_run(args: argparse.Namespace) -> int:
    from flows.poll_feeds import poll_feeds
    from tasks.fetch.feedlist import read_feed_list

    settings = _settings(args)
    read_feed_list(settings.feeds_file)  # fail in a second on a bad list, before Prefect starts
    summary = poll_feeds(feeds_file=str(settings.feeds_file), db_path=str(settings.db_path))
    print(summary.one_line())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from flows.demo import run_demo

    return run_demo(db_path=Path(args.db) if args.db else None, keep_serving=args.serve)


def cmd_reprocess(args: argparse.Namespace) -> int:
    from flows.reprocess import reprocess

    settings = _settings(args)
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
        stopped = stop_background()
        print(f"stopped {len(stopped)} processes" if stopped else "nothing to stop")
        return 0
    print(serve_background(port=args.port).describe())
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


def _prompt(session: object) -> int:
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
            print(session.run(statement))  # type: ignore[attr-defined]
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
    parser = argparse.ArgumentParser(prog="newsflow", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="one poll-and-process cycle, as a Prefect flow run")
    run.add_argument("--feeds", help="feed list: the project's YAML or an OPML file (default: feeds.yaml)")
    run.add_argument("--db", help="DuckDB warehouse file (default: data/newsflow.duckdb)")
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
        return args.func(args)
    except (NewsflowError, CliError, OSError) as exc:
        print(f"newsflow {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
