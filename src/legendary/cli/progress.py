"""Rich progress bars for long commands, behind one small callback that services accept."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)


class ProgressUpdate(Protocol):
    """What a service calls as it works: how far it is, and where known, of how much."""

    def __call__(self, done: int, total: int | None = None, stage: str | None = None) -> None: ...


@contextmanager
def progress_bar(description: str) -> Iterator[ProgressUpdate]:
    """Show a progress bar on standard error while the block runs; yield its update function.

    Standard error keeps standard output for the one summary line, so scripts can capture
    it. Without a known total the bar pulses and counts; `stage` renames the task as the
    work moves from one step to the next.
    """
    console = Console(stderr=True)
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(description, total=None)

        def update(done: int, total: int | None = None, stage: str | None = None) -> None:
            progress.update(
                task,
                completed=done,
                total=total,
                description=stage or description,
            )

        yield update
