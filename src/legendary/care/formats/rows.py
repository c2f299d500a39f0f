"""Reading CSV exports one row at a time, remembering where each row starts.

Shared by the message CSV and the twcs readers: both index a file in one pass (row byte
offsets, not row contents) and may later `seek` back to read single rows, which keeps
memory small even for files of millions of rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from legendary.care.formats.errors import FormatError
from legendary.care.formats.source import LineSource, decode_line

# Spreadsheet programs in many locales save "CSV" with semicolons or tabs.
_DELIMITERS = (",", ";", "\t")
# The csv module's default cap (128 KiB) is smaller than a long e-mail thread can be.
csv.field_size_limit(16 * 1024 * 1024)
# How much of a wrong header an error repeats: enough to recognise the file by.
_FOUND_SHOWN = 200


class Row(NamedTuple):
    """One CSV record: its values, first line number and the byte offset where it starts
    (-1 when read by `sequential_rows`, which does not track offsets)."""

    values: list[str]
    line: int
    offset: int


class Header:
    """The header of a CSV file: column positions by lower-cased, trimmed name."""

    def __init__(self, path: str | Path, names: Sequence[str], line: int) -> None:
        self.path = path
        self.names = [name.strip().lower() for name in names]
        self.line = line
        self.positions: dict[str, int] = {}
        for position, name in enumerate(self.names):
            if name in self.positions:
                raise FormatError(
                    path,
                    f"the header names the column {name} twice — rename or remove one of them.",
                    line=line,
                )
            if name:
                self.positions[name] = position

    def require(self, columns: Sequence[str], what: str) -> None:
        """Raise unless every one of `columns` is present; `what` names the format."""
        missing = [name for name in columns if name not in self.positions]
        if not missing:
            return
        if self.names and self.names[0].lstrip().startswith(("{", "[")):
            # A JSON record read as a CSV header: repeating it back helps nobody.
            raise FormatError(
                self.path,
                f"this looks like JSON, not a {what} file — choose the JSON Lines format "
                "(jsonl) for it, or let the format be told from the file.",
                line=self.line,
            )
        found = ", ".join(self.names) or "none"
        if len(found) > _FOUND_SHOWN:
            found = found[:_FOUND_SHOWN].rstrip(", ") + "…"
        raise FormatError(
            self.path,
            f"the header has no {', '.join(missing)} column{'s' if len(missing) > 1 else ''}"
            f" — a {what} file needs the columns {', '.join(columns)} (found: {found}).",
            line=self.line,
        )

    def get(self, row: Row, column: str) -> str:
        """The value of `column` in `row`, or ``""`` when the file has no such column."""
        position = self.positions.get(column)
        return row.values[position] if position is not None else ""

    def picker(self, columns: Sequence[str]) -> Callable[[Row], dict[str, str]]:
        """A function giving the values of those of `columns` the file has, by name.

        Cheaper than many `get` calls when a row is read field by field.
        """
        present = [(name, self.positions[name]) for name in columns if name in self.positions]

        def pick(row: Row) -> dict[str, str]:
            values = row.values
            return {name: values[position] for name, position in present}

        return pick


def sniff_delimiter(handle: BinaryIO, path: str | Path) -> str:
    """Guess the delimiter from the header line: the most frequent of comma, semicolon, tab."""
    first = decode_line(path, handle.readline(), 1)
    handle.seek(0)
    return max(_DELIMITERS, key=first.count)


def iter_rows(
    path: str | Path,
    handle: BinaryIO,
    delimiter: str,
    *,
    offset: int = 0,
    line: int = 1,
) -> Iterator[Row]:
    """Yield the CSV rows from `offset` on, skipping blank lines; errors name the line."""
    lines = LineSource(path, handle, offset=offset, line=line)
    # strict: an unclosed quote at the end of the file is an error, not a silent last value
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    while True:
        start, start_line = lines.next_offset, lines.next_line
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FormatError(
                path,
                f"is not valid CSV ({exc}) — check the quoting: a value with commas, quotes "
                'or line breaks must be inside "double quotes", and a quote inside it doubled.',
                line=lines.line,
            ) from None
        if values and "".join(values).strip():
            yield Row(values, start_line, start)


def sequential_rows(path: str | Path, handle: BinaryIO, delimiter: str) -> Iterator[Row]:
    """Yield every row after the header, reading forwards with the C decoder and parser.

    Only for a second pass over a file that `iter_rows` already read to the end: that pass
    proved every line decodes and parses, so this one needs no per-line checks or offsets
    and runs at the speed of the `csv` module.
    """
    handle.seek(0)
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    try:
        reader = csv.reader(text, delimiter=delimiter, strict=True)
        last_line = 0
        header_seen = False
        for values in reader:
            line, last_line = last_line + 1, reader.line_num
            if not values or not "".join(values).strip():
                continue
            if header_seen:
                yield Row(values, line, -1)
            header_seen = True
    except (csv.Error, UnicodeDecodeError):
        raise FormatError(path, "changed while it was being read — import it again.") from None
    finally:
        # The caller owns and closes the binary handle. A caller that stops early (a bad
        # value further on) may close it before this generator is collected: then there is
        # nothing left to detach from, and a raise here would only print a stray traceback.
        if not handle.closed:
            text.detach()


def read_header(path: str | Path, rows: Iterator[Row], what: str) -> Header:
    """Read the header row, or raise the empty-file error naming what the file should hold."""
    first = next(rows, None)
    if first is None:
        raise FormatError(
            path, f"is empty — it should start with a header row naming the {what} columns."
        )
    return Header(path, first.values, first.line)


def check_width(header: Header, row: Row) -> None:
    """Raise when a row has a different number of values than the header has columns."""
    if len(row.values) != len(header.names):
        raise FormatError(
            header.path,
            f"has {len(row.values)} values but the header has {len(header.names)} columns — "
            'put values containing the delimiter inside "double quotes".',
            line=row.line,
        )


def read_row_at(path: str | Path, handle: BinaryIO, delimiter: str, offset: int, line: int) -> Row:
    """Read the single row that starts at byte `offset` (found by an earlier pass)."""
    handle.seek(offset)
    # Fast path: most rows are one line. A quoted value that runs onto the next lines makes
    # the strict parser complain about the missing closing quote; then read it properly.
    try:
        values = next(
            csv.reader(
                [decode_line(path, handle.readline(), line)], delimiter=delimiter, strict=True
            )
        )
        return Row(values, line, offset)
    except (csv.Error, StopIteration):
        pass
    row = next(iter_rows(path, handle, delimiter, offset=offset, line=line), None)
    if row is None:  # the file changed between the passes
        raise FormatError(path, "changed while it was being read — import it again.", line=line)
    return row
