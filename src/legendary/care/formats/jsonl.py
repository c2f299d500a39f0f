"""Our canonical format: JSON Lines, one conversation per line.

    {"id": "c-1042", "channel": "chat",
     "customer": {"id": "cust-7", "name": "Amira", "email": "optional"},
     "turns": [{"speaker": "customer", "text": "...", "timestamp": "2025-03-14T09:26:53Z",
                "name": "optional", "email": "optional"}],
     "source": "optional", "subject": "optional", "status": "optional", "tags": ["optional"]}

`id` and `turns` are required; `channel` defaults to chat when absent or empty; blank
lines are skipped. The file is read one line at a time, so memory holds one conversation
(and the ids met so far, to refuse a repeated one), however big the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from legendary.care.formats import values
from legendary.care.formats.channels import CANONICAL_CHANNELS
from legendary.care.formats.source import LineSource, empty_file_error, open_binary
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Customer, Speaker, Turn


def read_jsonl(path: str | Path) -> Iterator[Conversation]:
    """Yield each conversation of a JSON Lines file, in file order.

    Raises `FormatError` (with the line and field) at the first malformed line, at a
    repeated conversation id, and for a file with no conversations at all.
    """
    seen = values.SeenIds("conversation id")
    found = False
    with open_binary(path) as handle:
        lines = LineSource(path, handle)
        for text in lines:
            if not text.strip():
                continue
            place = Place(str(path), lines.line)
            conversation = conversation_from_json(_parse_line(text, place), place)
            seen.check(conversation.id, place, "id", lines.line)
            found = True
            yield conversation
    if not found:
        raise empty_file_error(path, "one JSON conversation per line")


def _parse_line(text: str, place: Place) -> Mapping[str, object]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise place.error(
            "",
            f"is not valid JSON ({values.json_problem(exc)}) — each line must hold "
            "one whole conversation object.",
        ) from None
    except (ValueError, RecursionError):  # e.g. a number too long to convert, deep nesting
        raise place.error(
            "", "holds JSON we cannot read (too deep or too long a number)."
        ) from None
    if not isinstance(record, dict):
        raise place.error("", f"holds {values.kind(record)}, not a conversation object {{...}}.")
    return record


def conversation_from_json(record: Mapping[str, object], place: Place) -> Conversation:
    """Build a `Conversation` from one canonical JSON object (see the module docstring)."""
    conversation_id = values.identifier(record, "id", place, "give every conversation an id")
    channel = Channel.CHAT
    if record.get("channel") not in (None, ""):
        channel = values.channel(record["channel"], CANONICAL_CHANNELS, place, "channel")
    raw_turns = values.as_list(
        values.required(record, "turns", place, 'list the messages under "turns"'),
        place,
        "turns",
    )
    if not raw_turns:
        raise place.error("turns", "is empty — a conversation needs at least one message.")
    turns = tuple(_turn(item, place.at(f"turns[{i}]")) for i, item in enumerate(raw_turns))
    return Conversation(
        id=conversation_id,
        turns=turns,
        channel=channel,
        source=values.optional_text(record, "source", place) or "jsonl",
        customer=_customer(record.get("customer"), place),
        subject=values.optional_text(record, "subject", place),
        status=values.optional_text(record, "status", place),
        tags=values.tag_list(record.get("tags"), place, "tags"),
    )


def _customer(value: object, place: Place) -> Customer:
    if value is None:
        return Customer()
    record = values.as_object(value, place, "customer")
    inner = place.at("customer")
    return Customer(
        id=values.optional_text(record, "id", inner),
        name=values.optional_text(record, "name", inner),
        email=values.optional_text(record, "email", inner),
    )


def _turn(value: object, place: Place) -> Turn:
    record = values.as_object(value, place, "")
    role = values.role(
        values.required(record, "speaker", place, f"say who spoke: {values.ROLE_NAMES}"),
        place,
        "speaker",
    )
    return Turn(
        speaker=Speaker(
            role,
            name=values.optional_text(record, "name", place),
            email=values.optional_text(record, "email", place),
        ),
        text=values.message_text(record.get("text"), place, "text"),
        timestamp=values.iso_timestamp(record.get("timestamp"), place, "timestamp"),
    )
