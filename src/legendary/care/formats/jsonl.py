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

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from legendary.care.formats import values
from legendary.care.formats.channels import CANONICAL_CHANNELS
from legendary.care.formats.detect import refuse_other_format
from legendary.care.formats.records import json_line_records
from legendary.care.formats.source import empty_file_error
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Speaker, Turn

# Speed: a long conversation file holds ~26 turns a line, and json.loads is the floor.
# Turns are therefore read by one inline loop that accepts only the common, well-formed
# shape with cheap checks; anything else (a new speaker, a blank text, a timestamp with
# spaces, a wrong type...) goes through `_turn`, the field-by-field reader that either
# builds the same Turn or raises the precise FormatError. Both paths accept exactly the
# same input and build equal turns (tests/care/test_formats_jsonl_fast.py checks it).

#: Speakers already validated, by their raw (speaker, name, email) values. Only keys whose
#: parts are all text or null go in, so a lookup can never match a number or true/false
#: that merely compares equal (1 == 1.0 == True) and would have been read differently.
_SPEAKERS: dict[tuple[object, object, object], Speaker] = {}
_SPEAKERS_KEPT = 4096  # plenty for one contact centre's roster; cleared when full


def _slot_setters(
    cls: type, names: tuple[str, ...]
) -> tuple[Callable[[object, object], None], ...]:
    """The slot setters of a frozen slotted dataclass with exactly the fields `names`.

    Setting the slots of `object.__new__(Turn)` directly costs a third of the frozen
    dataclass's `__init__` (which goes through `object.__setattr__` per field); checked
    at import so that a new field on `Turn` fails here rather than leaving a slot unset.
    """
    found = tuple(f.name for f in dataclasses.fields(cls))
    if found != names or hasattr(cls, "__post_init__"):
        raise RuntimeError(f"{cls.__name__} has fields {found}; update the JSONL fast path.")
    return tuple(vars(cls)[name].__set__ for name in names)


_set_speaker, _set_text, _set_timestamp = _slot_setters(Turn, ("speaker", "text", "timestamp"))


def read_jsonl(path: str | Path) -> Iterator[Conversation]:
    """Yield each conversation of a JSON Lines file, in file order.

    Raises `FormatError` (with the line and field) at the first malformed line, at a
    repeated conversation id, and for a file with no conversations at all.
    """
    seen = values.SeenIds("conversation id")
    found = False
    for item in json_line_records(path, "conversation"):
        record, place = item.record, item.place
        if "turns" not in record:
            refuse_other_format(record, place, "jsonl")
        conversation = conversation_from_json(record, place)
        seen.check(conversation.id, place, "id", item.where)
        found = True
        yield conversation
    if not found:
        raise empty_file_error(path, "one JSON conversation per line")


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
    turns = _turns(raw_turns, place)
    return Conversation(
        id=conversation_id,
        turns=turns,
        channel=channel,
        source=values.optional_text(record, "source", place) or "jsonl",
        customer=values.customer(record.get("customer"), place, "customer"),
        subject=values.optional_text(record, "subject", place),
        status=values.optional_text(record, "status", place),
        tags=values.tag_list(record.get("tags"), place, "tags"),
    )


def _turns(raw_turns: list[Any], place: Place) -> tuple[Turn, ...]:
    """The turns of one conversation: the fast path for well-formed turns, else `_turn`.

    `raw_turns` is parsed JSON, so each item may be anything: every access below that
    could fail on a malformed turn is inside the `try`, and a failure hands that turn to
    the checked path, which names the problem.
    """
    speakers = _SPEAKERS
    fromisoformat = datetime.fromisoformat
    new = object.__new__
    turns: list[Turn] = []
    append = turns.append
    for index, item in enumerate(raw_turns):
        try:  # costs nothing in Python 3.11 unless a malformed turn raises
            speaker = speakers.get((item.get("speaker"), item.get("name"), item.get("email")))
            text = item.get("text")
            # `not text.isspace()` on a non-empty str is `text.strip() != ""` without a copy.
            if speaker is not None and type(text) is str and text and not text.isspace():
                stamp = item.get("timestamp")
                moment = None if stamp is None else fromisoformat(stamp)
                if moment is not None and moment.tzinfo is None:
                    moment = moment.replace(tzinfo=UTC)  # as `values.iso_timestamp` does
                turn = new(Turn)
                _set_speaker(turn, speaker)
                _set_text(turn, text)
                _set_timestamp(turn, moment)
                append(turn)
                continue
        except (AttributeError, TypeError, ValueError):
            pass  # not an object, an unhashable name, a timestamp not text or not ISO 8601
        append(_slow_turn(item, place.at(f"turns[{index}]")))
    return tuple(turns)


def _slow_turn(value: object, place: Place) -> Turn:
    """`_turn`, remembering the speaker for the fast path when its raw values allow it."""
    turn = _turn(value, place)
    if isinstance(value, dict):
        key = (value.get("speaker"), value.get("name"), value.get("email"))
        if all(part is None or type(part) is str for part in key):
            if len(_SPEAKERS) >= _SPEAKERS_KEPT:
                _SPEAKERS.clear()
            _SPEAKERS[key] = turn.speaker
    return turn


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
