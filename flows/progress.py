"""Progress of long commands on a terminal (`newsflow run`, `reprocess`, `demo`); silent anywhere else.

Flows call `update("feeds polled", done, total)` as batches finish. Nothing is shown unless the CLI
opened `shown_on(sys.stderr)` and that stream is a terminal, so deployment runs, pipes and logs stay
as they were. rich comes with Prefect.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

_progress: Progress | None = None
_bars: dict[str, TaskID] = {}


@contextmanager
def shown_on(stream: TextIO) -> Iterator[None]:
    """Show progress bars on `stream` for the block, if it is a terminal."""
    global _progress
    if not stream.isatty():
        yield
        return
    columns = (TextColumn("{task.description:>16}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=stream), transient=True) as progress:
        _progress = progress
        try:
            yield
        finally:
            _progress = None
            _bars.clear()


def update(what: str, done: int, total: int | None) -> None:
    """`done` of `total` (None: not known yet), e.g. "pages processed"; a no-op unless a terminal shows progress."""
    if _progress is None:
        return
    if what not in _bars:
        _bars[what] = _progress.add_task(what, total=total)
    _progress.update(_bars[what], completed=done, total=total)
    _progress.refresh()
