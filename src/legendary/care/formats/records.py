"""The records of a help-desk export saved as JSON, in any of the three usual layouts.

Help desks hand out their history one API response at a time, and people save it as

- a JSON array of records (``[{...}, {...}]``);
- one object holding the array under a known key (``{"tickets": [...]}``, or nested like
  Chatwoot's ``{"data": {"payload": [...]}}``), possibly next to side-loaded lists such
  as Freshdesk's ``agents``;
- one record alone (``{...}``), pretty-printed or not;
- JSON Lines: one record per line, which is what a script paging through the API writes.

`ExportRecords` tells these apart from the first non-blank line and yields each record
with the `Place` that names it in errors: ``tickets[3]`` inside a document, ``line 12``
in JSON Lines. JSON Lines are streamed (memory holds one record at a time); the other
layouts are one document, read whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from legendary.care.formats import values
from legendary.care.formats.source import (
    LineSource,
    empty_file_error,
    load_json_document,
    open_binary,
)
from legendary.care.formats.values import Place


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One record of an export, where it sits, and how `SeenIds` should name that place."""

    record: Mapping[str, object]
    place: Place
    where: int | str


class ExportRecords:
    """The records of one export file (see the module docstring for the layouts read).

    `lists` are the keys (a tuple of keys for a nested one) under which a document may hold
    its records; `what` names the records in messages (``"ticket"``) and `hint` says how to
    export them, for a document that holds none of the `lists`.
    """

    def __init__(
        self, path: str | Path, *, lists: Sequence[tuple[str, ...]], what: str, hint: str
    ) -> None:
        self.path = path
        self.root = Place(str(path))
        self._lists = lists
        self._what = what
        self._hint = hint
        #: The top-level object of a document export (for side-loaded lists), else empty.
        self.top: Mapping[str, object] = {}
        self._items: list[object] | None = None
        self._prefix: str | None = ""  # the list's field; None when the document is one record
        self._json_lines = False
        self._read_layout()

    def __iter__(self) -> Iterator[ExportRecord]:
        if self._json_lines:
            yield from json_line_records(self.path, self._what)
            return
        if self._prefix is None:  # the document is one record
            for raw in self._items or []:
                yield ExportRecord(values.as_object(raw, self.root, ""), self.root, "the top")
            return
        for index, raw in enumerate(self._items or []):
            field = f"{self._prefix}[{index}]"
            record = values.as_object(raw, self.root, field)
            yield ExportRecord(record, self.root.at(field), field)

    def _read_layout(self) -> None:
        first, only_line = first_line(self.path, self._what)
        if isinstance(first, dict) and not any(self._holds(first, keys) for keys in self._lists):
            if only_line:
                self._single(first)  # one record on one line: a document or JSON Lines alike
            else:
                self._json_lines = True
            return
        document = first if only_line else load_json_document(self.path, f"{self._what}s")
        if isinstance(document, list):
            self._items = document
            return
        top = values.as_object(document, self.root, "")
        self.top = top
        for keys in self._lists:
            if self._holds(top, keys):
                self._items = self._list_at(top, keys)
                self._prefix = ".".join(keys)
                return
        self._single(top)

    def _single(self, record: Mapping[str, object]) -> None:
        """A document that is one record: accepted when it has an id, else explained."""
        if "id" not in record:
            keys = " or ".join(f'"{".".join(k)}"' for k in self._lists)
            raise self.root.error(
                "",
                f"holds no {keys} list and is not one {self._what} (it has no id) — {self._hint}.",
            )
        self._items, self._prefix = [record], None

    @staticmethod
    def _holds(record: Mapping[str, object], keys: tuple[str, ...]) -> bool:
        inner: object = record
        for key in keys:
            if not isinstance(inner, dict) or key not in inner:
                return False
            inner = inner[key]
        return True

    def _list_at(self, top: Mapping[str, object], keys: tuple[str, ...]) -> list[object]:
        inner: object = top
        for depth, key in enumerate(keys):
            inner = values.as_object(inner, self.root, ".".join(keys[:depth]))[key]
        return values.as_list(inner, self.root, ".".join(keys))


def first_line(path: str | Path, what: str) -> tuple[object, bool]:
    """The first non-blank line of the export at `path` parsed alone (`None` if it is not
    JSON by itself), and whether it is the only non-blank line of the file; `what` names
    its records (``"ticket"``) in messages."""
    with open_binary(path) as handle:
        found: str | None = None
        for text in LineSource(path, handle):
            if not text.strip():
                continue
            if found is not None:
                return _parsed(found), False
            found = text
    if found is None:
        raise empty_file_error(path, f"{what}s exported as JSON")
    parsed = _parsed(found)
    if parsed is None:  # let the document reader name the syntax error and its line
        parsed = load_json_document(path, f"{what}s")
    return parsed, True


def document_unless_lines(path: str | Path, what: str, described: str) -> object | None:
    """None when the export at `path` is JSON Lines (an object alone on its first line,
    and more lines after it); else its whole JSON document, parsed once: the only line,
    already parsed, or the file read whole (`described` names it in messages, "a Zendesk
    tickets export")."""
    first, only_line = first_line(path, what)
    if isinstance(first, dict) and not only_line:
        return None
    return first if only_line else load_json_document(path, described)


def json_line_records(path: str | Path, what: str) -> Iterator[ExportRecord]:
    """Each record of a JSON Lines export, with its line, streamed."""
    with open_binary(path) as handle:
        lines = LineSource(path, handle)
        for text in lines:
            if not text.strip():
                continue
            place = Place(str(path), lines.line)
            yield ExportRecord(values.json_line(text, place, what), place, lines.line)


def _parsed(text: str) -> object:
    """`text` as JSON, or `None` when it is not a whole JSON value by itself."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
