"""Generic CSV: one row per message.

Columns (a header row names them; order does not matter, names are case-insensitive):

==================  ========  ====================================================
column              needed    meaning
==================  ========  ====================================================
conversation_id     yes       groups the rows of one conversation
speaker_role        yes       customer, agent, bot or system
text                yes       what was said
timestamp           no        ISO 8601; without an offset it is taken as UTC
speaker_name        no        who spoke (the agent's name is used in coaching)
channel             no        chat (default), email, phone, social, in_person
customer_id         no        the customer's id in the source system
customer_name       no        otherwise the name on the customer's first message
customer_email      no        the customer's e-mail address
==================  ========  ====================================================

Rows of one conversation need not be next to each other: exports sorted by time
interleave conversations. The reader makes one pass that remembers only where each row
starts (16 bytes a row) and which conversation it belongs to, then either streams the file
again in order (when every conversation's rows were contiguous, the common case) or reads
each conversation's rows back by seeking. Conversations come out in the order of their
first row; turns keep file order. Memory never holds more than one conversation's text.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from legendary.care.formats import values
from legendary.care.formats.channels import CANONICAL_CHANNELS
from legendary.care.formats.errors import FormatError
from legendary.care.formats.rows import (
    Header,
    Row,
    check_width,
    iter_rows,
    read_header,
    read_row_at,
    sniff_delimiter,
)
from legendary.care.formats.source import open_binary
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn

REQUIRED_COLUMNS = ("conversation_id", "speaker_role", "text")
_WHAT = "message CSV"


def read_csv(path: str | Path) -> Iterator[Conversation]:
    """Yield the conversations of a message CSV (see the module docstring for columns).

    Raises `FormatError` naming the line and column of the first malformed row. CSV syntax
    and missing conversation ids are found by the first pass, before anything is yielded.
    """
    with open_binary(path) as handle:
        delimiter = sniff_delimiter(handle, path)
        header, index, contiguous = _index(path, handle, delimiter)
        if contiguous:
            rows = iter_rows(path, handle, delimiter)
            next(rows)  # the header
            yield from _group_contiguous(header, rows)
        else:
            for conversation_id, where in index.items():
                rows_of_one = (
                    read_row_at(path, handle, delimiter, where[i], where[i + 1])
                    for i in range(0, len(where), 2)
                )
                yield _conversation(header, conversation_id, rows_of_one)


def _index(
    path: str | Path, handle: BinaryIO, delimiter: str
) -> tuple[Header, dict[str, array[int]], bool]:
    """First pass: where each conversation's rows start, and whether they are contiguous."""
    rows = iter_rows(path, handle, delimiter)
    header = read_header(path, rows, _WHAT)
    header.require(REQUIRED_COLUMNS, _WHAT)
    index: dict[str, array[int]] = {}
    contiguous = True
    current = None
    for row in rows:
        check_width(header, row)
        conversation_id = _conversation_id(header, row)
        where = index.get(conversation_id)
        if where is None:
            where = index[conversation_id] = array("q")
        elif conversation_id != current:
            contiguous = False
        where.extend((row.offset, row.line))
        current = conversation_id
    if not index:
        raise FormatError(path, "has a header but no messages — export some conversations.")
    return header, index, contiguous


def _conversation_id(header: Header, row: Row) -> str:
    conversation_id = header.get(row, "conversation_id").strip()
    if not conversation_id:
        raise FormatError(
            header.path,
            "is empty — every message needs the id of its conversation.",
            line=row.line,
            field="conversation_id",
        )
    return conversation_id


def _group_contiguous(header: Header, rows: Iterator[Row]) -> Iterator[Conversation]:
    """Second pass for contiguous files: flush a conversation when the id changes."""
    group: list[Row] = []
    for row in rows:
        if group and _conversation_id(header, row) != _conversation_id(header, group[0]):
            yield _conversation(header, _conversation_id(header, group[0]), group)
            group = []
        group.append(row)
    if group:
        yield _conversation(header, _conversation_id(header, group[0]), group)


class _ConversationFacts:
    """Conversation-level columns, repeated on rows: the first value wins, others must agree."""

    def __init__(self, header: Header) -> None:
        self.header = header
        self.found: dict[str, tuple[str, int]] = {}

    def note(self, row: Row, column: str) -> None:
        value = self.header.get(row, column).strip()
        if not value:
            return
        first = self.found.setdefault(column, (value, row.line))
        if first[0] != value:
            raise FormatError(
                self.header.path,
                f"{values.shown(value)} differs from {values.shown(first[0])} on line "
                f"{first[1]} for the same conversation — give every row of a conversation "
                "the same value, or leave it empty after the first row.",
                line=row.line,
                field=column,
            )

    def value(self, column: str) -> str:
        return self.found.get(column, ("", 0))[0]


def _conversation(header: Header, conversation_id: str, rows: Iterable[Row]) -> Conversation:
    facts = _ConversationFacts(header)
    turns: list[Turn] = []
    for row in rows:
        for column in ("channel", "customer_id", "customer_name", "customer_email"):
            facts.note(row, column)
        turns.append(_turn(header, row))
    channel = Channel.CHAT
    if "channel" in facts.found:
        name, line = facts.found["channel"]
        channel = values.channel(name, CANONICAL_CHANNELS, Place(str(header.path), line), "channel")
    customer_name = facts.value("customer_name") or next(
        (turn.speaker.name for turn in turns if turn.role is Role.CUSTOMER and turn.speaker.name),
        "",
    )
    return Conversation(
        id=conversation_id,
        turns=tuple(turns),
        channel=channel,
        source="csv",
        customer=Customer(
            id=facts.value("customer_id"),
            name=customer_name,
            email=facts.value("customer_email"),
        ),
    )


def _turn(header: Header, row: Row) -> Turn:
    place = Place(str(header.path), row.line)
    return Turn(
        speaker=Speaker(
            values.role(header.get(row, "speaker_role"), place, "speaker_role"),
            name=header.get(row, "speaker_name").strip(),
        ),
        text=values.message_text(header.get(row, "text"), place, "text"),
        timestamp=values.iso_timestamp(header.get(row, "timestamp"), place, "timestamp"),
    )
