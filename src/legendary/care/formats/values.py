"""Checked reading of fields from parsed records: every problem becomes a `FormatError`.

A `Place` remembers the file, the line (where there is one) and the path of the record
inside the document (``tickets[3]``), so readers only name the field they are checking.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime

from legendary.care.formats.errors import FormatError
from legendary.care.formats.html_text import html_to_text
from legendary.care.model import Channel, Customer, Role

ROLE_NAMES = ", ".join(role.value for role in Role)
_ROLES = {role.value: role for role in Role}


class Place:
    """Where a record sits: file, line (if the format has lines) and path inside it.

    A plain slotted class rather than a frozen dataclass: one is made per record and per
    turn, and a frozen dataclass costs several times as much to build.
    """

    __slots__ = ("line", "path", "prefix")

    def __init__(self, path: str, line: int | None = None, prefix: str = "") -> None:
        self.path = path
        self.line = line
        self.prefix = prefix

    def name(self, field: str) -> str:
        """The full field path of `field` inside this record (``turns[3].speaker``)."""
        if not self.prefix:
            return field
        if not field:
            return self.prefix
        return self.prefix + field if field.startswith("[") else f"{self.prefix}.{field}"

    def at(self, field: str) -> Place:
        """The place of a nested record, e.g. ``place.at("turns[3]")``."""
        return Place(self.path, self.line, self.name(field))

    def error(self, field: str, problem: str) -> FormatError:
        """A `FormatError` about `field` of this record (``""`` for the record itself)."""
        name = self.name(field)
        return FormatError(self.path, problem, line=self.line, field=name or None)


def json_line(text: str, place: Place, what: str) -> Mapping[str, object]:
    """One line of a JSON Lines file as an object; `what` names the record it should hold."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError:
        raise place.error(
            "",
            f"is not valid JSON ({_line_problem(text)}) — each line must hold one whole {what} "
            "object.",
        ) from None
    except (ValueError, RecursionError):  # e.g. a number too long to convert, deep nesting
        raise place.error(
            "", "holds JSON we cannot read (too deep or too long a number)."
        ) from None
    if not isinstance(record, dict):
        raise place.error("", f"holds {kind(record)}, not a {what} object {{...}}.")
    return record


def _line_problem(text: str) -> str:
    """What is wrong with a line that is not JSON, placed within the line itself.

    Parsed without its line ending, so that a line cut short is reported at its last
    column rather than at column 1 of a next line that is not there.
    """
    try:
        json.loads(text.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return json_problem(exc)
    return "it ends with a stray line break"  # unreachable: JSON allows trailing whitespace


def customer(value: object, place: Place, field: str) -> Customer:
    """A customer object (``id``, ``name``, ``email``, all optional); empty when absent."""
    if value is None:
        return Customer()
    record = as_object(value, place, field)
    inner = place.at(field)
    return Customer(
        id=optional_text(record, "id", inner),
        name=optional_text(record, "name", inner),
        email=optional_text(record, "email", inner),
    )


def shown(value: object, limit: int = 40) -> str:
    """A short JSON rendering of a value for an error message."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:  # a circular structure cannot come from JSON, but be safe
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_problem(exc: json.JSONDecodeError) -> str:
    """The decoder's complaint without its trailing "at" (we add the column ourselves)."""
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def kind(value: object) -> str:
    """The JSON kind of a value, for messages like 'must be text, not a number'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def as_object(value: object, place: Place, field: str) -> Mapping[str, object]:
    """`value` as a JSON object, or an error naming `field`."""
    if not isinstance(value, dict):
        raise place.error(field, f"must be an object {{...}}, not {kind(value)}.")
    return value


def as_list(value: object, place: Place, field: str) -> list[object]:
    """`value` as a JSON list, or an error naming `field`."""
    if not isinstance(value, list):
        raise place.error(field, f"must be a list [...], not {kind(value)}.")
    return value


def required(record: Mapping[str, object], key: str, place: Place, why: str) -> object:
    """The value of `key`, which must be present and not null; `why` completes the hint."""
    value = record.get(key)
    if value is None:
        raise place.error(key, f"is missing — {why}.")
    return value


def identifier(record: Mapping[str, object], key: str, place: Place, why: str) -> str:
    """A required id: non-empty text or a whole number, returned as text."""
    value = required(record, key, place, why)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise place.error(key, f"must be text or a whole number, not {kind(value)}.")
    text = str(value).strip()
    if not text:
        raise place.error(key, f"is empty — {why}.")
    return text


def optional_text(record: Mapping[str, object], key: str, place: Place) -> str:
    """An optional text field: ``""`` when absent or null; numbers are accepted as text."""
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise place.error(key, f"must be text, not {kind(value)}.")
    return str(value).strip()


def message_text(value: object, place: Place, field: str) -> str:
    """What someone said: required, text, and not blank."""
    if value is None:
        raise place.error(field, "is missing — every message needs the words that were said.")
    if not isinstance(value, str):
        raise place.error(field, f"must be text, not {kind(value)}.")
    if not value.strip():
        raise place.error(
            field, "is empty — remove the message or fill in the words that were said."
        )
    return value


def role(value: object, place: Place, field: str) -> Role:
    """A speaker role: one of customer, agent, bot, system (case-insensitive)."""
    if not isinstance(value, str):
        raise place.error(field, f"must be one of {ROLE_NAMES}, not {kind(value)}.")
    found = _ROLES.get(value) or _ROLES.get(value.strip().lower())
    if found is None:
        raise place.error(
            field, f"{shown(value)} is not one of {ROLE_NAMES} — use one of those roles."
        )
    return found


def channel(value: object, table: Mapping[str, Channel], place: Place, field: str) -> Channel:
    """A channel name looked up (case-insensitively) in a source's table of known values.

    The error suggests the canonical names when `table` accepts them, else the table's keys.
    """
    if not isinstance(value, str):
        raise place.error(field, f"must be a channel name, not {kind(value)}.")
    try:
        return table[value.strip().lower()]
    except KeyError:
        canonical = [c.value for c in Channel]
        known = ", ".join(canonical if set(canonical) <= table.keys() else sorted(table))
        raise place.error(
            field, f"{shown(value)} is not a channel we know — use one of {known}."
        ) from None


def iso_timestamp(value: object, place: Place, field: str) -> datetime | None:
    """An optional ISO 8601 timestamp; one without an offset is taken as UTC."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise place.error(field, f"must be an ISO 8601 timestamp as text, not {kind(value)}.")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise place.error(
            field,
            f"{shown(value)} is not an ISO 8601 timestamp — write it like "
            "2025-03-14T09:26:53Z or 2025-03-14 09:26:53+01:00.",
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def unix_timestamp(value: object, place: Place, field: str) -> datetime | None:
    """An optional Unix time in seconds (Intercom's `created_at`), as an aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise place.error(field, f"must be Unix seconds (a number), not {kind(value)}.")
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise place.error(
            field, f"{shown(value)} is not a Unix time in seconds — export times as seconds."
        ) from None


def unix_or_iso_timestamp(value: object, place: Place, field: str) -> datetime | None:
    """An optional time given either as Unix seconds or as ISO 8601 text.

    Chatwoot's API sends Unix seconds while its webhooks and some saved exports send ISO
    text; both mean the same moment, so a reader need not know which one it was given.
    """
    if isinstance(value, str):
        return iso_timestamp(value, place, field)
    return unix_timestamp(value, place, field)


def flag(record: Mapping[str, object], key: str, place: Place, default: bool) -> bool:
    """An optional true/false field (``private``, ``incoming``); `default` when absent or null."""
    value = record.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise place.error(key, f"must be true or false, not {kind(value)}.")
    return value


def first_written(record: Mapping[str, object], place: Place, plain: str, html: str) -> str | None:
    """The words of a message, or `None` when neither of its body fields has any.

    `plain` names the vendor's plain-text copy of the message and `html` its HTML body,
    which is turned into text only when the plain copy is absent or blank.
    """
    for key in (plain, html):
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise place.error(key, f"must be text, not {kind(value)}.")
        text = html_to_text(value) if key == html else value.strip()
        if text:
            return text
    return None


def tag_list(value: object, place: Place, field: str) -> tuple[str, ...]:
    """An optional list of tags given as text (or objects with a `name`, as Intercom does)."""
    if value is None:
        return ()
    tags: list[str] = []
    for index, item in enumerate(as_list(value, place, field)):
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            item = item["name"]
        if not isinstance(item, str):
            raise place.error(f"{field}[{index}]", f"must be text, not {kind(item)}.")
        if item.strip():
            tags.append(item.strip())
    return tuple(tags)


class SeenIds:
    """Conversation ids met so far in one file, to reject a repeated id."""

    def __init__(self, what: str) -> None:
        self._first: dict[str, int | str] = {}
        self._what = what

    def check(self, conversation_id: str, place: Place, field: str, where: int | str) -> None:
        """Raise if `conversation_id` was already met; `where` describes this occurrence."""
        first = self._first.setdefault(conversation_id, where)
        if first != where:
            where_first = f"line {first}" if isinstance(first, int) else first
            raise place.error(
                field,
                f"{self._what} {shown(conversation_id)} was already used at {where_first} — "
                "ids must be unique within a file; merge the two or give one a new id.",
            )
