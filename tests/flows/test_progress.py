"""flows/progress.py: bars on a terminal, nothing at all anywhere else."""

from __future__ import annotations

import io

from flows import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal() -> None:
    screen = Terminal()
    with progress.shown_on(screen):
        progress.update("feeds polled", 2, 15)
        progress.update("feeds polled", 15, 15)
    assert "feeds polled" in screen.getvalue() and "15/15" in screen.getvalue()


def test_progress_is_silent_when_not_on_a_terminal() -> None:
    piped = io.StringIO()
    with progress.shown_on(piped):
        progress.update("feeds polled", 15, 15)
    progress.update("pages processed", 1, 2)  # outside any display: a no-op, not an error
    assert piped.getvalue() == ""
