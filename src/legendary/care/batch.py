"""Streaming scoring: one process, a local process pool, or a Dask cluster, same results.

Conversations are cut into chunks and each chunk is scored where the work runs. A worker
sends back one compact `ChunkResult` per chunk: the rows already encoded for the output
format (CSV text, JSON lines or an Arrow table), plus a partial `ReportBuilder` when a
report was asked for. Results are consumed in input order, and only a few chunks are ever
in flight, so memory stays flat however large the input is.

- `score_stream(conversations, rubric)`: scorecards in input order (a library call).
- `score_file(source, out, ...)`: what `legendary score` runs: read, score, write, report.

A JSONL input scored on several workers travels as raw lines (`JsonlLines`): the workers
parse them with the JSONL reader's own functions, so the process that reads the file does
almost nothing per conversation and the workers are never kept waiting for it.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, Protocol, TypeVar

from legendary.care.formats.report import ReportBuilder, write_report
from legendary.care.formats.writers import RowEncoder, open_writer, writer_for
from legendary.care.model import Conversation
from legendary.care.rubric import DEFAULT, Rubric
from legendary.care.scorecard import Scorecard

#: Conversations per chunk on a local pool. Workers take the next chunk as they finish
#: one, so the last chunk decides how long the other worker idles at the end: with 250,
#: 600 conversations made 3 chunks for 2 workers (350 against 250, at best 1.71x). At 50
#: (about 0.1 s of scoring) the tail costs little on any input, while the hand-over is
#: still small: pickling a chunk's rows and a report's 20 lowest transcripts costs about
#: 3 ms a chunk, 1-2% of its scoring (measured on long demo threads).
POOL_CHUNK = 50
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
    """What one scored chunk sends back: compact, and cheap to pickle.

    A chunk of raw JSONL lines also sends back its conversation ids (the caller checks
    they are unique across chunks) or, if a line could not be read, that line's number.
    """

    count: int
    payload: Any
    report: ReportBuilder | None = None
    ids: tuple[str, ...] = ()
    unreadable_line: int | None = None


class _UnreadableLineError(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@dataclass(frozen=True, slots=True)
class JsonlLines:
    """A run of raw lines from a JSONL file, numbered, to be parsed where they are scored."""

    path: str
    lines: tuple[tuple[int, bytes], ...]

    def conversations(self) -> list[Conversation]:
        """The lines' conversations, parsed exactly as the JSONL reader parses them.

        Raises `_UnreadableLineError` at the first line the reader would reject; the
        caller then lets the reader itself say what is wrong (see `_reader_error`).
        """
        from legendary.care.formats.jsonl import conversation_from_json
        from legendary.care.formats.source import decode_line
        from legendary.care.formats.values import Place

        found: list[Conversation] = []
        for number, raw in self.lines:
            try:
                text = decode_line(self.path, raw, number)
                if not text.strip():
                    continue
                record = json.loads(text)
                if not isinstance(record, dict):
                    raise ValueError("not a conversation object")
                found.append(conversation_from_json(record, Place(self.path, number)))
            except (ValueError, RecursionError):  # FormatError and JSON errors included
                raise _UnreadableLineError(number) from None
        return found


Chunk = Sequence[Conversation] | JsonlLines


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
        # A small file is mostly start-up: "(0/s)" for one conversation in 2.2 s said
        # nothing, so slow rates keep a decimal.
        rate = self.per_second
        shown = f"{rate:,.0f}" if rate >= 10 else f"{rate:.1f}" if rate >= 0.1 else f"{rate:.2g}"
        return (
            f"Scored {self.conversations:,} conversation{'s' if self.conversations != 1 else ''}"
            f" in {self.seconds:.1f} s ({shown}/s){where} -> {self.out}{report}"
        )


def score_chunk(task: ScoringTask, chunk: Chunk) -> ChunkResult:
    """Score one chunk and pack the result as the task asks (runs inside workers)."""
    from legendary.care.scoring import score

    ids: tuple[str, ...] = ()
    conversations: Sequence[Conversation]
    if isinstance(chunk, JsonlLines):
        try:
            conversations = chunk.conversations()
        except _UnreadableLineError as exc:
            return ChunkResult(0, None, unreadable_line=exc.line)
        ids = tuple(c.id for c in conversations)
    else:
        conversations = chunk
    report = None if task.report_lowest is None else ReportBuilder(task.report_lowest)
    cards: list[Scorecard] = []
    for conversation in conversations:
        card = score(conversation, task.rubric)
        cards.append(card)
        if report is not None:
            report.add(card, conversation)
    payload: Any = cards if task.encoder is None else task.encoder.encode(cards)
    return ChunkResult(len(cards), payload, report, ids)


# -- where the work runs -------------------------------------------------------------------

_INSTALLED: ScoringTask | None = None


def _install_task(task: ScoringTask) -> None:
    """Pool initializer: keep the task in the worker so chunks travel alone."""
    global _INSTALLED
    _INSTALLED = task


def _score_installed(chunk: Chunk) -> ChunkResult:
    assert _INSTALLED is not None, "the pool initializer installs the task"
    return score_chunk(_INSTALLED, chunk)


@dataclass(slots=True)
class _Later:
    """The serial path's 'future': scores when asked, so nothing is computed ahead."""

    task: ScoringTask
    chunk: Chunk

    def result(self) -> ChunkResult:
        return score_chunk(self.task, self.chunk)


@dataclass(slots=True)
class _Runner:
    submit: Callable[[Chunk], Pending]
    in_flight: int
    chunk_size: int


@contextmanager
def _runner(
    task: ScoringTask, *, workers: int, scheduler: str | None, chunk_size: int | None
) -> Iterator[_Runner]:
    if scheduler:
        with _dask_runner(task, scheduler, chunk_size or DASK_CHUNK) as runner:
            yield runner
    elif workers > 1:
        # Forked workers start in a blink with the engine already imported and its
        # patterns compiled (once, here, rather than once in each worker). They are
        # started here, before the caller's progress display runs a thread: a fork only
        # copies the forking thread, so no lock can be caught half-held.
        from legendary.care.scoring import prepare

        prepare(task.rubric)
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
        yield from _in_order(runner, _chunked(conversations, runner.chunk_size))


def _in_order(runner: _Runner, chunks: Iterable[Chunk]) -> Iterator[ChunkResult]:
    pending: deque[Pending] = deque()
    for chunk in chunks:
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

    With `workers > 1` (a local process pool) or a Dask `scheduler` address the scoring
    runs elsewhere and only the scorecards come back; the input is still read lazily.
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
    # Opens the file and decides its format now, so a bad path or format fails at once.
    conversations = read_conversations(source, format=format)
    as_lines = (workers > 1 or scheduler is not None) and _is_jsonl(source, format)
    seen: set[str] = set()
    with open_writer(out, rubric.behaviour_ids()) as writer:
        task = ScoringTask(rubric, writer.encoder, None if merged is None else merged.lowest_kept)
        with _runner(task, workers=workers, scheduler=scheduler, chunk_size=chunk_size) as runner:
            chunks: Iterable[Chunk] = (
                _jsonl_chunks(source, runner.chunk_size)
                if as_lines
                else _chunked(conversations, runner.chunk_size)
            )
            if on_progress is not None:
                on_progress(0)  # the workers are up: a progress display may start its thread
            for result in _in_order(runner, chunks):
                if result.unreadable_line is not None or not _all_new(seen, result.ids):
                    _reader_error(source)
                writer.write_encoded(result.payload, result.count)
                if merged is not None and result.report is not None:
                    merged.merge(result.report)
                done += result.count
                if on_progress is not None:
                    on_progress(done)
        if as_lines and not done:
            _reader_error(source)  # an empty file: the reader has a kind word for that
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


# -- JSONL as raw lines ----------------------------------------------------------------------


def _is_jsonl(source: Path, format: str) -> bool:
    from legendary.care.formats import detect_format

    return format == "jsonl" or (format == "auto" and detect_format(source) == "jsonl")


def _jsonl_chunks(source: Path, size: int) -> Iterator[JsonlLines]:
    """The file's lines, numbered, `size` at a time: bytes only, nothing parsed here."""
    with Path(source).open("rb") as handle:
        numbered = enumerate(handle, start=1)
        while lines := tuple(itertools.islice(numbered, size)):
            yield JsonlLines(str(source), lines)


def _all_new(seen: set[str], ids: Sequence[str]) -> bool:
    """Add `ids` to `seen`; False if any was there already or repeats within `ids`."""
    before = len(seen)
    seen.update(ids)
    return len(seen) == before + len(ids)


def _reader_error(source: Path) -> NoReturn:
    """Raise the JSONL reader's own `FormatError` for `source`.

    Workers only say *that* a line (or an id) is wrong; reading the file again with the
    reader, up to that point, gives the very message a one-process run gives.
    """
    from legendary.care.formats import read_conversations

    for _ in read_conversations(source, format="jsonl"):
        pass
    raise BatchError(f"{source}: a worker rejected a line that the JSONL reader accepts")
