"""Scorecard writers: one row per scored conversation, as CSV, JSONL or Parquet.

Every format carries the same columns: `id`, `overall`, the four CARE quality scores,
`breakers`, the customer's sentiment at the start and the end and its change, `flags`,
`agents`, then one column per behaviour of the rubric holding `present`, `absent` or `na`.
JSONL adds, per behaviour, the full evidence (turn, characters, quote, confidence).

Writing happens in two halves so that batch scoring can spread the work:

- `RowEncoder.encode(scorecards)` turns a chunk of scorecards into the format's payload (CSV
  text, JSON lines, or an Arrow table). It is pure and picklable, so pool and Dask workers
  run it next to the scoring and send back one compact object per chunk.
- `ScorecardWriter.write_encoded(payload)` appends a payload to the output file. The file is
  written under a temporary name and only renamed to its real name by `close()`, so a run
  that fails half-way never leaves a partial output behind.

`write_conversations` goes the other way round for conversations themselves: canonical
JSONL that `read_conversations` reads back (for exports, fixtures and benchmarks).
"""

from __future__ import annotations

import csv
import io
import json
import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, ClassVar

from legendary.care.model import Conversation
from legendary.care.scorecard import Scorecard, Sentiment

#: The columns every output starts with, before the per-behaviour columns.
BASE_COLUMNS: tuple[str, ...] = (
    "id",
    "overall",
    "committed",
    "attentive",
    "responsive",
    "empowered",
    "breakers",
    "sentiment_start",
    "sentiment_end",
    "sentiment_change",
    "flags",
    "agents",
)
#: Columns holding several values; CSV joins them with `LIST_SEPARATOR`.
LIST_COLUMNS: frozenset[str] = frozenset({"breakers", "flags", "agents"})
LIST_SEPARATOR = ";"
SCORE_COLUMNS: tuple[str, ...] = ("overall", "committed", "attentive", "responsive", "empowered")

Row = dict[str, Any]


class UnsupportedOutputError(ValueError):
    """The output file's extension names no format we can write."""


def columns(behaviour_ids: Sequence[str]) -> list[str]:
    """The full column list for a rubric's behaviours, in output order."""
    return [*BASE_COLUMNS, *behaviour_ids]


def _score(value: float | None) -> float | None:
    # One decimal is finer than any reviewer distinguishes, and keeps files diffable.
    return None if value is None else round(float(value), 1)


def _label(value: Sentiment | None) -> str | None:
    return None if value is None else value.value


def scorecard_row(card: Scorecard, behaviour_ids: Sequence[str]) -> Row:
    """The flat row for one scorecard (lists stay lists; `None` where nothing applied).

    A behaviour the scorecard does not mention (a rubric that changed) gets `None`.
    """
    outcomes = {result.behaviour: result.outcome.value for result in card.behaviours}
    row: Row = {"id": card.conversation_id}
    row.update((name, _score(getattr(card, name))) for name in SCORE_COLUMNS)
    row.update(
        {
            "breakers": list(card.breakers),
            "sentiment_start": _label(card.sentiment_start),
            "sentiment_end": _label(card.sentiment_end),
            "sentiment_change": card.sentiment_change,
            "flags": list(card.flags),
            "agents": list(card.agents),
        }
    )
    for behaviour in behaviour_ids:
        row[behaviour] = outcomes.get(behaviour)
    return row


def scorecard_record(card: Scorecard, behaviour_ids: Sequence[str]) -> Row:
    """The JSONL record: the row, the rubric version and every behaviour with its evidence.

    `behaviours` holds `BehaviourResult.as_dict()` for each behaviour scored, so a reader
    can rebuild the results with `BehaviourResult.from_dict`.
    """
    record = scorecard_row(card, behaviour_ids)
    record["rubric_version"] = card.rubric_version
    record["behaviours"] = [result.as_dict() for result in card.behaviours]
    return record


def _csv_cells(row: Row, names: Sequence[str]) -> list[object]:
    cells: list[object] = []
    for name in names:
        value = row[name]
        if name in LIST_COLUMNS:
            value = LIST_SEPARATOR.join(value)
        cells.append("" if value is None else value)
    return cells


def _arrow_schema(behaviour_ids: Sequence[str]) -> Any:
    import pyarrow as pa

    fields = [pa.field("id", pa.string())]
    fields += [pa.field(name, pa.float64()) for name in SCORE_COLUMNS]
    fields += [
        pa.field("breakers", pa.list_(pa.string())),
        pa.field("sentiment_start", pa.string()),
        pa.field("sentiment_end", pa.string()),
        pa.field("sentiment_change", pa.int8()),
        pa.field("flags", pa.list_(pa.string())),
        pa.field("agents", pa.list_(pa.string())),
    ]
    fields += [pa.field(behaviour, pa.string()) for behaviour in behaviour_ids]
    return pa.schema(fields)


@dataclass(frozen=True, slots=True)
class RowEncoder:
    """Turns chunks of scorecards into one output format's payload (runs in workers).

    `format` is `csv`, `jsonl` or `parquet`; the payload is CSV text without a header,
    JSON lines, or a `pyarrow.Table` respectively.
    """

    format: str
    behaviour_ids: tuple[str, ...]

    def encode(self, cards: Sequence[Scorecard]) -> Any:
        """The payload for `cards`, ready for `ScorecardWriter.write_encoded`."""
        if self.format == "jsonl":
            return "".join(
                json.dumps(scorecard_record(card, self.behaviour_ids), ensure_ascii=False) + "\n"
                for card in cards
            )
        rows = [scorecard_row(card, self.behaviour_ids) for card in cards]
        names = columns(self.behaviour_ids)
        if self.format == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerows(_csv_cells(row, names) for row in rows)
            return buffer.getvalue()
        if self.format == "parquet":
            import pyarrow as pa

            schema = _arrow_schema(self.behaviour_ids)
            return pa.Table.from_pydict(
                {name: [row[name] for row in rows] for name in names}, schema=schema
            )
        raise UnsupportedOutputError(f"no encoder for format {self.format!r}")


class ScorecardWriter(ABC):
    """Writes scorecards to one file, atomically: all of it on `close()`, or nothing.

    Use it as a context manager; an exception inside the block removes the partial file.
    """

    format: ClassVar[str]
    suffix: ClassVar[str]

    def __init__(self, path: Path, behaviour_ids: Sequence[str]) -> None:
        self.path = Path(path)
        self.encoder = RowEncoder(self.format, tuple(behaviour_ids))
        # Same directory as the target, so the final rename never crosses file systems.
        self.partial_path = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
        self.rows = 0
        self._done = False
        self._open()

    @abstractmethod
    def _open(self) -> None:
        """Create the partial file and write any header."""

    @abstractmethod
    def _append(self, payload: Any) -> None:
        """Append one encoded payload."""

    @abstractmethod
    def _finish(self) -> None:
        """Flush and close the partial file."""

    def write(self, cards: Sequence[Scorecard]) -> None:
        """Encode and append scorecards (the one-process path)."""
        self.write_encoded(self.encoder.encode(cards), len(cards))

    def write_encoded(self, payload: Any, rows: int) -> None:
        """Append a payload made by `self.encoder` (possibly in another process)."""
        self._append(payload)
        self.rows += rows

    def close(self) -> None:
        """Finish the file and move it to its real name."""
        if self._done:
            return
        self._done = True
        self._finish()
        os.replace(self.partial_path, self.path)

    def abort(self) -> None:
        """Stop writing and remove the partial file; the real path is left untouched."""
        if self._done:
            return
        self._done = True
        try:
            self._finish()
        finally:
            self.partial_path.unlink(missing_ok=True)

    def __enter__(self) -> ScorecardWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class _TextWriter(ScorecardWriter):
    _handle: IO[str]

    def _open(self) -> None:
        self._handle = self.partial_path.open("w", encoding="utf-8", newline="")
        self._write_header()

    def _write_header(self) -> None:
        """Text formats without a header need nothing here."""

    def _append(self, payload: Any) -> None:
        self._handle.write(payload)

    def _finish(self) -> None:
        self._handle.close()


class CsvScorecardWriter(_TextWriter):
    """CSV with a header row; list columns are joined with `;`, missing values are empty."""

    format = "csv"
    suffix = ".csv"

    def _write_header(self) -> None:
        csv.writer(self._handle, lineterminator="\n").writerow(columns(self.encoder.behaviour_ids))


class JsonlScorecardWriter(_TextWriter):
    """One JSON object per line: the row, the rubric version and all evidence."""

    format = "jsonl"
    suffix = ".jsonl"


class ParquetScorecardWriter(ScorecardWriter):
    """Parquet written incrementally, one row group per `ROW_GROUP` rows or so.

    Chunks are buffered until a row group is full, so memory stays bounded by one row group
    however many conversations are scored.
    """

    format = "parquet"
    suffix = ".parquet"
    ROW_GROUP = 20_000

    def _open(self) -> None:
        import pyarrow.parquet as pq

        self._pending: list[Any] = []
        self._pending_rows = 0
        self._writer = pq.ParquetWriter(
            self.partial_path, _arrow_schema(self.encoder.behaviour_ids), compression="zstd"
        )

    def _append(self, payload: Any) -> None:
        self._pending.append(payload)
        self._pending_rows += payload.num_rows
        if self._pending_rows >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._pending:
            self._writer.write_table(pa.concat_tables(self._pending), row_group_size=None)
        self._pending = []
        self._pending_rows = 0

    def _finish(self) -> None:
        try:
            self._flush()
        finally:
            self._writer.close()


def conversation_record(conversation: Conversation) -> Row:
    """A conversation as one canonical JSONL object (what `read_conversations` reads back).

    Empty optional fields are left out, so records stay as small as the source allows.
    """
    turns: list[Row] = []
    for turn in conversation.turns:
        item: Row = {"speaker": turn.role.value, "text": turn.text}
        if turn.speaker.name:
            item["name"] = turn.speaker.name
        if turn.speaker.email:
            item["email"] = turn.speaker.email
        if turn.timestamp is not None:
            item["timestamp"] = turn.timestamp.isoformat()
        turns.append(item)
    record: Row = {"id": conversation.id, "channel": conversation.channel.value}
    customer = {k: v for k, v in asdict(conversation.customer).items() if v}
    optional = {
        "customer": customer,
        "source": conversation.source,
        "subject": conversation.subject,
        "status": conversation.status,
        "tags": list(conversation.tags),
    }
    record.update((key, value) for key, value in optional.items() if value)
    record["turns"] = turns
    return record


def write_conversations(conversations: Iterable[Conversation], path: Path) -> int:
    """Write conversations to a canonical JSONL file, one per line; returns how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for conversation in conversations:
            handle.write(json.dumps(conversation_record(conversation), ensure_ascii=False) + "\n")
            count += 1
    return count


WRITERS: dict[str, type[ScorecardWriter]] = {
    cls.suffix: cls for cls in (CsvScorecardWriter, JsonlScorecardWriter, ParquetScorecardWriter)
}


def writer_for(path: Path) -> type[ScorecardWriter]:
    """The writer class for an output path, chosen by its extension.

    Raises `UnsupportedOutputError` naming the extension and the ones we support.
    """
    suffix = Path(path).suffix.lower()
    try:
        return WRITERS[suffix]
    except KeyError:
        known = ", ".join(sorted(WRITERS))
        shown = f"extension {suffix!r}" if suffix else "no extension"
        raise UnsupportedOutputError(
            f"cannot write scorecards to {path}: {shown}; end the output name with one of {known}"
        ) from None


def open_writer(path: Path, behaviour_ids: Sequence[str]) -> ScorecardWriter:
    """Open the writer matching `path`'s extension (`.csv`, `.jsonl` or `.parquet`)."""
    return writer_for(path)(path, behaviour_ids)
