"""Opening a conversation file and reading it as numbered, strictly decoded UTF-8 lines.

Every reader goes through here so that a missing file, a directory, an empty file and
bytes that are not UTF-8 all become the same kind of `FormatError`, with the line.
Lines are read from a binary handle one at a time (constant memory) and keep their line
endings, which the `csv` module needs to see quoted fields that span lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from legendary.care.formats.errors import FormatError
from legendary.care.formats.values import json_problem

_UTF8_BOM = b"\xef\xbb\xbf"


def open_binary(path: str | Path) -> BinaryIO:
    """Open `path` for reading bytes, or raise `FormatError` saying why it cannot be read."""
    file = Path(path)
    if file.is_dir():
        raise FormatError(path, "is a folder, not a file — give the path of one export file.")
    try:
        return file.open("rb")
    except FileNotFoundError:
        raise FormatError(path, "does not exist — check the path and try again.") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FormatError(path, f"cannot be opened ({reason}) — check its permissions.") from None


def decode_line(path: str | Path, raw: bytes, line: int) -> str:
    """Decode one line as UTF-8 (dropping a leading byte-order mark on line 1)."""
    if line == 1 and raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(
            path,
            f"byte 0x{raw[exc.start]:02x} at column {exc.start + 1} is not UTF-8 text — "
            "save the export as UTF-8 (in a spreadsheet: “CSV UTF-8”) and import it again.",
            line=line,
        ) from None


def decode_document(path: str | Path, raw: bytes) -> str:
    """Decode a whole document (a JSON export), naming the line of the first bad byte."""
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise FormatError(
            path,
            f"byte 0x{raw[exc.start]:02x} is not UTF-8 text — export the file again as UTF-8.",
            line=line,
        ) from None


def empty_file_error(path: str | Path, what: str) -> FormatError:
    """The error for a file with nothing to import; `what` says what was expected."""
    return FormatError(path, f"is empty — it should hold {what}; check that the export finished.")


class LineSource:
    """The decoded lines of a binary file, counting line numbers and byte offsets.

    Iterate it to get each line (with its line ending). While iterating, `line` is the
    number of the line last handed out and `next_offset` / `next_line` say where the next
    one starts, so a reader can remember where a record began and `seek` back to it.
    """

    def __init__(self, path: str | Path, handle: BinaryIO, *, offset: int = 0, line: int = 1):
        self.path = path
        self._handle = handle
        self.line = line - 1
        self.next_line = line
        self.next_offset = offset
        handle.seek(offset)

    def __iter__(self) -> Iterator[str]:
        for raw in self._handle:
            self.line = self.next_line
            self.next_line += 1
            self.next_offset += len(raw)
            yield decode_line(self.path, raw, self.line)


def load_json_document(path: str | Path, what: str) -> object:
    """Parse a whole JSON document (vendor exports are single documents, read at once).

    `what` names the expected content for the empty-file message.
    """
    with open_binary(path) as handle:
        raw = handle.read()
    text = decode_document(path, raw)
    if not text.strip():
        raise empty_file_error(path, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            path,
            f"is not valid JSON ({json_problem(exc)}) — export the file again; "
            "it may have been cut short.",
            line=exc.lineno,
        ) from None
    except (ValueError, RecursionError):  # e.g. a number too long to convert, deep nesting
        raise FormatError(
            path, "holds JSON we cannot read (too deep or too long a number)."
        ) from None
