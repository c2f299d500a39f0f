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
speaker_email       no        the speaker's e-mail (matches agents to people)
channel             no        chat (default), email, phone, social, in_person
customer_id         no        the customer's id in the source system
customer_name       no        otherwise the name on the customer's first message
customer_email      no        the customer's e-mail address
subject             no        the ticket's subject line
status              no        open, solved... as the source calls it
==================  ========  ====================================================

The conversation-level columns (channel, customer_*, subject, status) may be repeated on
every row or given on one row only; rows that give them must agree.

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
    sequential_rows,
    sniff_delimiter,
)
from legendary.care.formats.source import open_binary
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn

REQUIRED_COLUMNS = ("conversation_id", "speaker_role", "text")
_TURN_COLUMNS = ("speaker_role", "text", "timestamp", "speaker_name", "speaker_email")
_CONVERSATION_COLUMNS = (
    "channel",
    "customer_id",
    "customer_name",
    "customer_email",
    "subject",
    "status",
)
_WHAT = "message CSV"


def read_csv(path: str | Path) -> Iterator[Conversation]:
    """Yield the conversations of a message CSV (see the module docstring for columns).

    Raises `FormatError` naming the line and column of the first malformed row. CSV syntax
    and missing conversation ids are found by the first pass, before anything is yielded.
    """
    with open_binary(path) as handle:
        delimiter = sniff_delimiter(handle, path)
        header, index, contiguous = _index(path, handle, delimiter)
        builder = _ConversationBuilder(header)
        if contiguous:
            yield from builder.group_contiguous(sequential_rows(path, handle, delimiter))
        else:
            for conversation_id, where in index.items():
                rows_of_one = (
                    read_row_at(path, handle, delimiter, where[i], where[i + 1])
                    for i in range(0, len(where), 2)
                )
                yield builder.conversation(conversation_id, rows_of_one)


def _index(
    path: str | Path, handle: BinaryIO, delimiter: str
) -> tuple[Header, dict[str, array[int]], bool]:
    """First pass: where each conversation's rows start, and whether they are contiguous."""
    rows = iter_rows(path, handle, delimiter)
    header = read_header(path, rows, _WHAT)
    header.require(REQUIRED_COLUMNS, _WHAT)
    id_position = header.positions["conversation_id"]
    index: dict[str, array[int]] = {}
    contiguous = True
    current = None
    for row in rows:
        check_width(header, row)
        conversation_id = row.values[id_position].strip()
        if not conversation_id:
            raise FormatError(
                path,
                "is empty — every message needs the id of its conversation.",
                line=row.line,
                field="conversation_id",
            )
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


class _ConversationBuilder:
    """Turns the rows of one conversation into a `Conversation`, checking every value."""

    def __init__(self, header: Header) -> None:
        self.path = str(header.path)
        self.id_position = header.positions["conversation_id"]
        self.pick = header.picker((*_TURN_COLUMNS, *_CONVERSATION_COLUMNS))

    def group_contiguous(self, rows: Iterator[Row]) -> Iterator[Conversation]:
        """Second pass for contiguous files: flush a conversation when the id changes."""
        group: list[Row] = []
        current = ""
        for row in rows:
            conversation_id = row.values[self.id_position].strip()
            if group and conversation_id != current:
                yield self.conversation(current, group)
                group = []
            group.append(row)
            current = conversation_id
        if group:
            yield self.conversation(current, group)

    def conversation(self, conversation_id: str, rows: Iterable[Row]) -> Conversation:
        """The conversation made of `rows` (all with id `conversation_id`), in row order."""
        facts: dict[str, tuple[str, int]] = {}
        turns: list[Turn] = []
        for row in rows:
            fields = self.pick(row)
            place = Place(self.path, row.line)
            for column in _CONVERSATION_COLUMNS:
                value = fields.get(column, "").strip()
                if value:
                    _agree(facts, column, value, place)
            turns.append(_turn(fields, place))
        channel = Channel.CHAT
        if "channel" in facts:
            name, line = facts["channel"]
            channel = values.channel(name, CANONICAL_CHANNELS, Place(self.path, line), "channel")
        customer_name = facts.get("customer_name", ("", 0))[0] or next(
            (t.speaker.name for t in turns if t.role is Role.CUSTOMER and t.speaker.name), ""
        )
        return Conversation(
            id=conversation_id,
            turns=tuple(turns),
            channel=channel,
            source="csv",
            customer=Customer(
                id=facts.get("customer_id", ("", 0))[0],
                name=customer_name,
                email=facts.get("customer_email", ("", 0))[0],
            ),
            subject=facts.get("subject", ("", 0))[0],
            status=facts.get("status", ("", 0))[0],
        )


def _agree(facts: dict[str, tuple[str, int]], column: str, value: str, place: Place) -> None:
    """Remember a conversation-level value; a later row may repeat it but not change it."""
    first = facts.setdefault(column, (value, place.line or 0))
    if first[0] != value:
        raise place.error(
            column,
            f"{values.shown(value)} differs from {values.shown(first[0])} on line {first[1]} "
            "for the same conversation — give every row of a conversation the same value, or "
            "leave it empty after the first row.",
        )


def _turn(fields: dict[str, str], place: Place) -> Turn:
    return Turn(
        speaker=Speaker(
            values.role(fields["speaker_role"], place, "speaker_role"),
            name=fields.get("speaker_name", "").strip(),
            email=fields.get("speaker_email", "").strip(),
        ),
        text=values.message_text(fields["text"], place, "text"),
        timestamp=values.iso_timestamp(fields.get("timestamp"), place, "timestamp"),
    )
