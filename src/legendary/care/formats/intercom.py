"""Intercom conversations, as the Conversations API returns them.

Accepted shapes (one JSON document, read whole, or JSON Lines with one conversation per
line): ``{"conversations": [...]}`` (a saved
list or search response), a bare list of conversations, or one conversation object. Each
conversation is the full object from ``GET /conversations/{id}``: its ``source`` is the
first message and ``conversation_parts`` (an object holding a ``conversation_parts``
list, or the list itself) holds the rest.

Bodies are HTML and are turned into plain text. Authors speak as the customer when their
type is ``user``, ``lead`` or ``contact``, as an agent for ``admin`` and ``team``, and as a
bot for ``bot``. Parts with no body (assignments, open/close/snooze events) are not
messages and are left out, and so are internal notes (``note``, ``note_and_reopen``):
the customer never saw them. A conversation with no message left is skipped.

The channel comes from ``source.type`` (conversation, email, phone_call, whatsapp...);
``source.delivered_as`` says who started the conversation, not where, so it does not
change the channel. Times are Unix seconds, read as UTC.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

from legendary.care.formats import values
from legendary.care.formats.channels import INTERCOM_CHANNELS
from legendary.care.formats.detect import refuse_other_format
from legendary.care.formats.html_text import html_to_text
from legendary.care.formats.records import document_unless_lines, json_line_records
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn

_AUTHOR_ROLES: Mapping[str, Role] = {
    "user": Role.CUSTOMER,
    "lead": Role.CUSTOMER,
    "contact": Role.CUSTOMER,
    "admin": Role.AGENT,
    "team": Role.AGENT,
    "bot": Role.BOT,
}
_INTERNAL_PARTS = frozenset({"note", "note_and_reopen"})


def read_intercom(path: str | Path) -> Iterator[Conversation]:
    """Yield the conversations of an Intercom export, in the order of the export.

    Raises `FormatError` naming the record path (``conversations[2].conversation_parts[5]
    .author.type``) at the first malformed conversation, and for a repeated id.
    """
    seen = values.SeenIds("conversation id")
    document = document_unless_lines(path, "conversation", "an Intercom conversations export")
    if document is None:
        # One conversation per line: what a script paging through the API writes.
        for item in json_line_records(path, "conversation"):
            yield from _read_one(item.record, item.place, seen, item.where)
        return
    root = Place(str(path))
    items, prefix = _conversation_list(document, root)
    for index, raw in enumerate(items):
        field = f"{prefix}[{index}]" if prefix is not None else ""
        record = values.as_object(raw, root, field)
        yield from _read_one(record, root.at(field), seen, field or "the top")


def _read_one(
    record: Mapping[str, object], place: Place, seen: values.SeenIds, where: int | str
) -> Iterator[Conversation]:
    """The conversation of one record (none when it holds no message), after checking it
    is an Intercom conversation with an id met once."""
    refuse_other_format(record, place, "intercom")
    conversation_id = values.identifier(record, "id", place, "every conversation needs its id")
    seen.check(conversation_id, place, "id", where)
    conversation = _conversation(record, conversation_id, place)
    if conversation is not None:
        yield conversation


def _conversation_list(document: object, root: Place) -> tuple[list[object], str | None]:
    """The conversations in the document and the field they sit under (None: the top)."""
    if isinstance(document, list):
        return document, ""
    record = values.as_object(document, root, "")
    if "conversations" in record:
        return values.as_list(record["conversations"], root, "conversations"), "conversations"
    if record.get("type") == "conversation" or "conversation_parts" in record:
        return [record], None
    raise root.error(
        "",
        'holds no "conversations" list and is not one conversation — save the response of '
        "the Intercom Conversations API (GET /conversations/{id} for each conversation).",
    )


def _conversation(
    record: Mapping[str, object], conversation_id: str, place: Place
) -> Conversation | None:
    source = values.as_object(
        values.required(
            record, "source", place, "the first message of the conversation is its source"
        ),
        place,
        "source",
    )
    source_place = place.at("source")
    opened_at = values.unix_timestamp(record.get("created_at"), place, "created_at")
    turns: list[Turn] = []
    first = _turn(source, source_place, opened_at)
    if first is not None:
        turns.append(first)
    for part, part_place in _parts(record, place):
        if values.optional_text(part, "part_type", part_place) in _INTERNAL_PARTS:
            continue
        created = values.unix_timestamp(part.get("created_at"), part_place, "created_at")
        turn = _turn(part, part_place, created)
        if turn is not None:
            turns.append(turn)
    if not turns:
        return None
    channel = Channel.CHAT
    if source.get("type") is not None:
        channel = values.channel(source["type"], INTERCOM_CHANNELS, source_place, "type")
    subject = values.optional_text(record, "title", place) or html_to_text(
        values.optional_text(source, "subject", source_place)
    )
    tags = record.get("tags")
    if isinstance(tags, dict):
        tags = tags.get("tags")
    return Conversation(
        id=conversation_id,
        turns=tuple(turns),
        channel=channel,
        source="intercom",
        customer=_customer(record, source, place),
        subject=subject,
        status=values.optional_text(record, "state", place),
        tags=values.tag_list(tags, place, "tags"),
    )


def _parts(
    record: Mapping[str, object], place: Place
) -> Iterator[tuple[Mapping[str, object], Place]]:
    raw = record.get("conversation_parts")
    if raw is None:
        return
    field = "conversation_parts"
    if isinstance(raw, dict):
        raw = raw.get("conversation_parts", [])
        field = "conversation_parts.conversation_parts"
    for index, part in enumerate(values.as_list(raw, place, field)):
        yield values.as_object(part, place, f"{field}[{index}]"), place.at(f"{field}[{index}]")


def _turn(part: Mapping[str, object], place: Place, timestamp: datetime | None) -> Turn | None:
    body = part.get("body")
    if body is None:
        return None
    if not isinstance(body, str):
        raise place.error("body", f"must be HTML text, not {values.kind(body)}.")
    text = html_to_text(body)
    if not text:  # an image, attachment or redacted message: no words to read
        return None
    author = values.as_object(
        values.required(part, "author", place, "every message needs its author"), place, "author"
    )
    author_place = place.at("author")
    author_type = values.optional_text(author, "type", author_place)
    if author_type not in _AUTHOR_ROLES:
        raise author_place.error(
            "type",
            f"{values.shown(author_type)} is not an Intercom author type — expected one of "
            f"{', '.join(_AUTHOR_ROLES)}.",
        )
    return Turn(
        speaker=Speaker(
            _AUTHOR_ROLES[author_type],
            values.optional_text(author, "name", author_place),
            values.optional_text(author, "email", author_place),
        ),
        text=text,
        timestamp=timestamp,
    )


def _customer(record: Mapping[str, object], source: Mapping[str, object], place: Place) -> Customer:
    """The customer: the source's author when a contact started it, else the first contact."""
    author = source.get("author")
    if isinstance(author, dict) and _AUTHOR_ROLES.get(str(author.get("type"))) is Role.CUSTOMER:
        author_place = place.at("source.author")
        return Customer(
            id=values.optional_text(author, "id", author_place),
            name=values.optional_text(author, "name", author_place),
            email=values.optional_text(author, "email", author_place),
        )
    contacts = record.get("contacts")
    if isinstance(contacts, dict):
        contacts = contacts.get("contacts")
    if isinstance(contacts, list) and contacts and isinstance(contacts[0], dict):
        return Customer(id=values.optional_text(contacts[0], "id", place.at("contacts[0]")))
    return Customer()
