"""Chatwoot conversations with their messages, as the Chatwoot API returns them.

Each conversation is the object from ``GET /api/v1/accounts/{account}/conversations/{id}``
with its full ``messages`` list (the messages endpoint's ``payload``): ``id``, the
channel (``channel``, ``meta.channel`` or ``inbox.channel_type``: ``Channel::WebWidget``,
``Channel::Email``, ``Channel::Whatsapp``...), ``meta.sender`` (the contact), ``status``,
``labels`` and ``messages``. Saved as a JSON array, as ``{"payload": [...]}``,
``{"conversations": [...]}`` or the list endpoint's ``{"data": {"payload": [...]}}``, as
one conversation, or as JSON Lines with one conversation per line.

Each message (``content``, ``message_type``, ``private``, ``sender``, ``created_at``):

- ``message_type`` 0 (incoming) is the customer;
- 1 (outgoing) and 3 (template) are the business: an agent when the sender's ``type`` is
  ``user``, a bot for ``agent_bot`` or ``captain_assistant``, and a bot too when there is
  no sender, since Chatwoot sends its automated replies (greetings, away messages,
  satisfaction surveys) without one;
- 2 (activity: "assigned to", "marked resolved"...) is left out. These are Chatwoot's own
  log lines, not words anyone wrote to the customer; the Intercom reader leaves its
  events out for the same reason, so scores stay comparable across sources.

Private notes are left out (the customer never read them), and so are messages with no
words (an attachment, a card, a survey prompt). The API sends ``message_type`` as a
number and webhooks as a name (``incoming``...); both are read, and so are times as Unix
seconds or ISO 8601 text. Content is Chatwoot's plain text (Markdown), kept as written.
A conversation left with no message is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from legendary.care.formats import values
from legendary.care.formats.channels import CHATWOOT_CHANNEL_TYPES, CHATWOOT_CHANNELS
from legendary.care.formats.detect import refuse_other_format
from legendary.care.formats.records import ExportRecords
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn

_EXPORT_HINT = (
    "save each conversation with its messages, as GET "
    "/api/v1/accounts/{account}/conversations/{id} and its /messages return them"
)
_MESSAGE_TYPES: Mapping[int, str] = {0: "incoming", 1: "outgoing", 2: "activity", 3: "template"}
_MESSAGE_TYPE_NAMES = frozenset(_MESSAGE_TYPES.values())
_SENDER_ROLES: Mapping[str, Role] = {
    "user": Role.AGENT,
    "agent_bot": Role.BOT,
    "captain_assistant": Role.BOT,
}
# Webhooks and some exports name the sender's model instead of giving its type.
_SENDER_MODELS: Mapping[str, str] = {
    "user": "user",
    "agentbot": "agent_bot",
    "captain::assistant": "captain_assistant",
    "contact": "contact",
}


def read_chatwoot(path: str | Path) -> Iterator[Conversation]:
    """Yield the conversations of a Chatwoot export, in the order of the export.

    Raises `FormatError` naming the place (``payload[2].messages[4].message_type``, or the
    line in JSON Lines) at the first malformed conversation, and for a repeated id.
    """
    export = ExportRecords(
        path,
        lists=(("payload",), ("conversations",), ("data", "payload")),
        what="conversation",
        hint=_EXPORT_HINT,
    )
    seen = values.SeenIds("conversation id")
    for item in export:
        record, place = item.record, item.place
        refuse_other_format(record, place, "chatwoot")
        conversation_id = values.identifier(record, "id", place, "every conversation needs its id")
        seen.check(conversation_id, place, "id", item.where)
        conversation = _conversation(record, conversation_id, place)
        if conversation is not None:
            yield conversation


def _conversation(
    record: Mapping[str, object], conversation_id: str, place: Place
) -> Conversation | None:
    meta = {} if record.get("meta") is None else values.as_object(record["meta"], place, "meta")
    customer = values.customer(meta.get("sender"), place.at("meta"), "sender")
    messages = values.as_list(
        values.required(record, "messages", place, _EXPORT_HINT), place, "messages"
    )
    turns: list[Turn] = []
    for index, raw in enumerate(messages):
        message = values.as_object(raw, place, f"messages[{index}]")
        turn = _turn(message, place.at(f"messages[{index}]"), customer)
        if turn is not None:
            turns.append(turn)
    if not turns:
        return None
    attributes = record.get("additional_attributes")
    subject = ""
    if isinstance(attributes, dict):  # e-mail conversations keep their subject here
        subject = values.optional_text(
            attributes, "mail_subject", place.at("additional_attributes")
        )
    return Conversation(
        id=conversation_id,
        turns=tuple(turns),
        channel=_channel(record, meta, place),
        source="chatwoot",
        customer=customer,
        subject=subject,
        status=values.optional_text(record, "status", place),
        tags=values.tag_list(record.get("labels"), place, "labels"),
    )


def _channel(record: Mapping[str, object], meta: Mapping[str, object], place: Place) -> Channel:
    """The inbox's channel type, from wherever this export put it; chat when it is absent."""
    if record.get("channel") is not None:
        return _channel_type(record["channel"], place, "channel")
    if meta.get("channel") is not None:
        return _channel_type(meta["channel"], place, "meta.channel")
    inbox = record.get("inbox")
    if inbox is not None:
        inbox_record = values.as_object(inbox, place, "inbox")
        if inbox_record.get("channel_type") is not None:
            return _channel_type(inbox_record["channel_type"], place, "inbox.channel_type")
    return Channel.CHAT


def _channel_type(value: object, place: Place, field: str) -> Channel:
    if isinstance(value, str) and value.strip().lower() not in CHATWOOT_CHANNELS:
        raise place.error(
            field,
            f"{values.shown(value)} is not a Chatwoot channel type we know — expected one of "
            f"{', '.join(CHATWOOT_CHANNEL_TYPES)}.",
        )
    return values.channel(value, CHATWOOT_CHANNELS, place, field)


def _turn(message: Mapping[str, object], place: Place, customer: Customer) -> Turn | None:
    message_type = _message_type(message.get("message_type"), place)
    if message_type == "activity" or values.flag(message, "private", place, default=False):
        return None
    content = message.get("content")
    if content is not None and not isinstance(content, str):
        raise place.error("content", f"must be text, not {values.kind(content)}.")
    if content is None or not content.strip():
        return None  # an attachment, a card or a survey prompt: no words to read
    return Turn(
        _speaker(message, place, message_type, customer),
        content.strip(),
        values.unix_or_iso_timestamp(message.get("created_at"), place, "created_at"),
    )


def _message_type(value: object, place: Place) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value in _MESSAGE_TYPES:
        return _MESSAGE_TYPES[value]
    if isinstance(value, str) and value.strip().lower() in _MESSAGE_TYPE_NAMES:
        return value.strip().lower()
    if value is None:
        raise place.error(
            "message_type", "is missing — every message says who sent it (0 incoming, 1 outgoing)."
        )
    raise place.error(
        "message_type",
        f"{values.shown(value)} is not a Chatwoot message type — use 0 (incoming), 1 (outgoing), "
        "2 (activity) or 3 (template), or their names.",
    )


def _speaker(
    message: Mapping[str, object], place: Place, message_type: str, customer: Customer
) -> Speaker:
    raw = message.get("sender")
    sender = values.as_object(raw, place, "sender") if raw is not None else {}
    inner = place.at("sender")
    name = values.optional_text(sender, "name", inner) or values.optional_text(
        sender, "available_name", inner
    )
    email = values.optional_text(sender, "email", inner)
    if message_type == "incoming":
        return Speaker(Role.CUSTOMER, name or customer.name, email or customer.email)
    if raw is None:
        return Speaker(Role.BOT)  # Chatwoot's own automated reply
    sender_type = values.optional_text(sender, "type", inner).lower()
    field = "sender.type"
    if not sender_type:
        model = values.optional_text(message, "sender_type", place)
        sender_type, field = _SENDER_MODELS.get(model.lower(), model.lower()), "sender_type"
    if not sender_type:
        return Speaker(Role.AGENT, name, email)  # a named person with no type: a teammate
    if sender_type not in _SENDER_ROLES:
        raise place.error(
            field,
            f"{values.shown(sender_type)} cannot send an outgoing message — expected one of "
            f"{', '.join(_SENDER_ROLES)} (a contact's messages are incoming, message_type 0).",
        )
    return Speaker(_SENDER_ROLES[sender_type], name, email)
