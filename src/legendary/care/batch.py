"""Streaming scoring: one process, a local process pool, or a Dask cluster, same results.

Conversations are cut into chunks and each chunk is scored where the work runs. A worker
sends back one compact `ChunkResult` per chunk: the rows already encoded for the output
format (CSV text, JSON lines or an Arrow table), plus a partial `ReportBuilder` when a
report was asked for. Results are consumed in input order, and only a few chunks are ever
in flight, so memory stays flat however large the input is.

- `score_stream(conversations, rubric)`: scorecards in input order (a library call).
- `score_file(source, out, ...)`: what `legendary score` runs: read, score, write, report.
"""

from __future__ import annotations

import itertools
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from legendary.care.formats.report import ReportBuilder, write_report
from legendary.care.formats.writers import RowEncoder, open_writer, writer_for
from legendary.care.model import Conversation
from legendary.care.rubric import DEFAULT, Rubric
from legendary.care.scorecard import Scorecard

#: Conversations per chunk on a local pool: big enough that the hand-over costs little
#: (and a report's 20 lowest per chunk are a small share of what comes back), small
#: enough that a few hundred conversations already keep two workers busy.
POOL_CHUNK = 250
#: Conversations per Dask task: each task must carry real work (see machine notes).
DASK_CHUNK = 2_000
#: Chunks in flight per worker: one being scored, one queued so the worker never waits.
IN_FLIGHT_PER_WORKER = 2

T = TypeVar("T")


class BatchError(RuntimeError):
    """Batch scoring could not run (e.g. the Dask scheduler cannot be reached)."""


class Pending(Protocol):
    """A result on its way: a `concurrent.futures.Future`, a Dask future, or a done value."""

    def result(self) -> Any: ...


ProgressCallback = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class ScoringTask:
    """Everything a worker needs to score a chunk; pickled once per worker, not per chunk.

    With `encoder` set, a chunk's scorecards come back encoded for that output format;
    without it, as `Scorecard` objects. `report_lowest` set asks for a partial report
    keeping that many lowest conversations.
    """

    rubric: Rubric
    encoder: RowEncoder | None = None
    report_lowest: int | None = None


@dataclass(slots=True)
class ChunkResult:
    """What one scored chunk sends back: compact, and cheap to pickle."""

    count: int
    payload: Any
    report: ReportBuilder | None = None


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a `score_file` run did, for the one summary line."""

    conversations: int
    seconds: float
    out: Path
    report: Path | None = None
    workers: int = 1
    scheduler: str | None = None

    @property
    def per_second(self) -> float:
        """Conversations scored per second of wall-clock time."""
        return self.conversations / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """`Scored 12,000 conversations in 9.8 s (1,224/s) -> out.csv, report report.html`."""
        where = f" on {self.scheduler}" if self.scheduler else ""
        if self.workers > 1 and not self.scheduler:
            where = f" with {self.workers} workers"
        report = f", report {self.report}" if self.report else ""
        return (
            f"Scored {self.conversations:,} conversations in {self.seconds:.1f} s "
            f"({self.per_second:,.0f}/s){where} -> {self.out}{report}"
        )


def score_chunk(task: ScoringTask, conversations: Sequence[Conversation]) -> ChunkResult:
    """Score one chunk and pack the result as the task asks (runs inside workers)."""
    from legendary.care.scoring import score

    report = None if task.report_lowest is None else ReportBuilder(task.report_lowest)
    cards: list[Scorecard] = []
    for conversation in conversations:
        card = score(conversation, task.rubric)
        cards.append(card)
        if report is not None:
            report.add(card, conversation)
    payload: Any = cards if task.encoder is None else task.encoder.encode(cards)
    return ChunkResult(len(cards), payload, report)


# -- where the work runs -------------------------------------------------------------------

_INSTALLED: ScoringTask | None = None


def _install_task(task: ScoringTask) -> None:
    """Pool initializer: keep the task in the worker so chunks travel alone."""
    global _INSTALLED
    _INSTALLED = task


def _score_installed(conversations: Sequence[Conversation]) -> ChunkResult:
    assert _INSTALLED is not None, "the pool initializer installs the task"
    return score_chunk(_INSTALLED, conversations)


@dataclass(slots=True)
class _Later:
    """The serial path's 'future': scores when asked, so nothing is computed ahead."""

    task: ScoringTask
    chunk: Sequence[Conversation]

    def result(self) -> ChunkResult:
        return score_chunk(self.task, self.chunk)


@dataclass(slots=True)
class _Runner:
    submit: Callable[[Sequence[Conversation]], Pending]
    in_flight: int
    chunk_size: int
    close: Callable[[], None] = field(default=lambda: None)


@contextmanager
def _runner(
    task: ScoringTask, *, workers: int, scheduler: str | None, chunk_size: int | None
) -> Iterator[_Runner]:
    if scheduler:
        with _dask_runner(task, scheduler, chunk_size or DASK_CHUNK) as runner:
            yield runner
    elif workers > 1:
        # Forked workers start in a blink with the engine already imported. They are
        # started here, before the caller's progress display runs a thread: a fork only
        # copies the forking thread, so no lock can be caught half-held.
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_install_task,
            initargs=(task,),
        )
        try:
            pool.submit(int).result()  # the first submit forks every worker at once
            yield _Runner(
                lambda chunk: pool.submit(_score_installed, chunk),
                IN_FLIGHT_PER_WORKER * workers,
                chunk_size or POOL_CHUNK,
            )
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        yield _Runner(lambda chunk: _Later(task, chunk), 1, chunk_size or POOL_CHUNK)


@contextmanager
def _dask_runner(task: ScoringTask, address: str, chunk_size: int) -> Iterator[_Runner]:
    from distributed import Client

    try:
        client = Client(address, timeout="10s", set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise BatchError(
            f"could not reach the Dask scheduler at {address} ({exc}) — check the address "
            "(e.g. tcp://10.0.0.5:8786) and that `dask scheduler` is running."
        ) from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # Scattered once and shared, so each task ships only its conversations.
        [shared_task] = client.scatter([task], broadcast=True, hash=False)  # type: ignore[no-untyped-call]
        yield _Runner(
            lambda chunk: client.submit(score_chunk, shared_task, chunk, pure=False),
            IN_FLIGHT_PER_WORKER * workers,
            chunk_size,
        )
    finally:
        client.close()  # type: ignore[no-untyped-call]


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def score_chunks(
    conversations: Iterable[Conversation],
    task: ScoringTask,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    chunk_size: int | None = None,
) -> Iterator[ChunkResult]:
    """Score `conversations` chunk by chunk, yielding each chunk's result in input order.

    `workers > 1` uses a local process pool; `scheduler` (a Dask scheduler address) a Dask
    cluster. At most a few chunks per worker are in flight, so the input is consumed at the
    pace of the scoring and memory does not grow with its size.
    """
    with _runner(task, workers=workers, scheduler=scheduler, chunk_size=chunk_size) as runner:
        yield from _in_order(runner, conversations)


def _in_order(runner: _Runner, conversations: Iterable[Conversation]) -> Iterator[ChunkResult]:
    pending: deque[Pending] = deque()
    for chunk in _chunked(conversations, runner.chunk_size):
        pending.append(runner.submit(chunk))
        if len(pending) >= runner.in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def score_stream(
    conversations: Iterable[Conversation],
    rubric: Rubric = DEFAULT,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    chunk_size: int | None = None,
) -> Iterator[Scorecard]:
    """Score every conversation, yielding scorecards in input order.

    With `workers > 1` or a Dask `scheduler`
    the scoring runs elsewhere and only the scorecards come back.
    """
    task = ScoringTask(rubric)
    for result in score_chunks(
        conversations, task, workers=workers, scheduler=scheduler, chunk_size=chunk_size
    ):
        yield from result.payload


def score_file(
    source: Path,
    out: Path,
    *,
    format: str = "auto",
    report: Path | None = None,
    rubric: Rubric = DEFAULT,
    workers: int = 1,
    scheduler: str | None = None,
    chunk_size: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> BatchSummary:
    """Score a conversation file into `out` (`.csv`, `.jsonl` or `.parquet`), plus a report.

    The output and the report appear only when everything succeeded: a `FormatError` in the
    input leaves neither behind (nor touches an existing file of the same name).
    `on_progress` is called with 0 once the workers are up, then with the number of
    conversations scored after each chunk.
    """
    from legendary.care.formats import read_conversations

    writer_for(out)  # an unknown extension fails before any work is done
    started = time.perf_counter()
    done = 0
    merged = None if report is None else ReportBuilder()
    conversations = read_conversations(source, format=format)
    with open_writer(out, rubric.behaviour_ids()) as writer:
        task = ScoringTask(rubric, writer.encoder, None if merged is None else merged.lowest_kept)
        with _runner(task, workers=workers, scheduler=scheduler, chunk_size=chunk_size) as runner:
            if on_progress is not None:
                on_progress(0)  # the workers are up: a progress display may start its thread
            for result in _in_order(runner, conversations):
                writer.write_encoded(result.payload, result.count)
                if merged is not None and result.report is not None:
                    merged.merge(result.report)
                done += result.count
                if on_progress is not None:
                    on_progress(done)
        if merged is not None and report is not None:
            # Written before the scorecards are renamed into place: if the report fails,
            # the writer's context aborts and no half-finished run is left behind.
            write_report(merged, report, source=Path(source).name)
    return BatchSummary(
        conversations=done,
        seconds=time.perf_counter() - started,
        out=Path(out),
        report=report,
        workers=workers,
        scheduler=scheduler,
    )
