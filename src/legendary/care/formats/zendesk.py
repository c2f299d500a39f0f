"""Zendesk Support tickets, as the Tickets API returns them.

Accepted shapes (one JSON document, read whole, or JSON Lines with one ticket, or one of
these documents, per line: what a script paging through the API writes):

- ``{"tickets": [...], "users": [...]}`` from ``GET /api/v2/tickets.json?include=users``,
  with each ticket's comments either inside it (``ticket["comments"]``) or at the top level
  as ``"comments"``: a list of comments that carry ``ticket_id``, or an object mapping each
  ticket id to its list (what you get by saving ``/api/v2/tickets/{id}/comments.json``
  per ticket);
- ``{"ticket": {...}, "comments": [...], "users": [...]}`` for a single ticket.

Each comment (``author_id``, ``plain_body`` or ``body`` or ``html_body``, ``public``,
``created_at``) becomes a turn. Authors are looked up in ``users``: ``end-user`` speaks as
the customer, ``agent`` and ``admin`` as agents; the requester is the customer even when
``users`` was not side-loaded, and author ``-1`` is Zendesk itself (a system turn).

Internal notes (``public: false``) are left out: the customer never read them, so they
say nothing about the service the customer received. A ticket with no comments at all
uses its ``description`` as the requester's first message; a ticket whose comments are
all internal notes has no conversation with the customer and is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from legendary.care.formats import values
from legendary.care.formats.channels import ZENDESK_CHANNELS, ZENDESK_VIA_IDS
from legendary.care.formats.detect import refuse_other_format
from legendary.care.formats.html_text import html_to_text
from legendary.care.formats.records import document_unless_lines, json_line_records
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn

_USER_ROLES: Mapping[str, Role] = {
    "end-user": Role.CUSTOMER,
    "agent": Role.AGENT,
    "admin": Role.AGENT,
}
_ZENDESK_SYSTEM_AUTHOR = "-1"
_EXPORT_HINT = "export with GET /api/v2/tickets.json?include=users"


@dataclass(frozen=True, slots=True)
class _Comment:
    record: Mapping[str, object]
    place: Place


def read_zendesk(path: str | Path) -> Iterator[Conversation]:
    """Yield one conversation per Zendesk ticket, in the order of the export.

    Raises `FormatError` naming the record path (``tickets[3].comments[1].author_id``, or
    the line in JSON Lines) at the first malformed ticket, comment or user, for a record
    of another help desk's export, and for a repeated ticket id.
    """
    seen = values.SeenIds("ticket id")
    document = document_unless_lines(path, "ticket", "a Zendesk tickets export")
    if document is None:
        # One ticket per line (what a script paging through the API writes), or one of
        # the single-ticket documents per line.
        for item in json_line_records(path, "ticket"):
            yield from _tickets(item.record, item.place, seen, item.place.line)
        return
    root = Place(str(path))
    yield from _tickets(values.as_object(document, root, ""), root, seen)


def _tickets(
    document: Mapping[str, object], root: Place, seen: values.SeenIds, line: int | None = None
) -> Iterator[Conversation]:
    """The conversations of one document (``{"tickets": [...]}``, ``{"ticket": {...}}``),
    or, on a line of JSON Lines (`line`), of the ticket that the line is."""
    if line is not None and "ticket" not in document and "tickets" not in document:
        ticket_id = _checked_id(document, root, seen, line)
        users = _users(document.get("users"), root)  # side-loaded on the line, if at all
        conversation = _conversation(document, ticket_id, root, users, {})
        if conversation is not None:
            yield conversation
        return
    tickets_field = "ticket" if "ticket" in document and "tickets" not in document else "tickets"
    raw_tickets = values.required(document, tickets_field, root, _EXPORT_HINT)
    tickets = (
        [raw_tickets] if tickets_field == "ticket" else values.as_list(raw_tickets, root, "tickets")
    )
    users = _users(document.get("users"), root)
    # Beside a single ticket, comments saved from its comments endpoint carry no
    # ticket_id: they are that ticket's.
    only = tickets[0] if tickets_field == "ticket" and isinstance(tickets[0], dict) else None
    loose_comments = _comments_by_ticket(
        document.get("comments"), root, None if only is None else only.get("id")
    )
    for index, raw in enumerate(tickets):
        field = "ticket" if tickets_field == "ticket" else f"tickets[{index}]"
        ticket = values.as_object(raw, root, field)
        place = root.at(field)
        ticket_id = _checked_id(
            ticket, place, seen, field if line is None else f"line {line}, {field}"
        )
        conversation = _conversation(ticket, ticket_id, place, users, loose_comments)
        if conversation is not None:
            yield conversation


def _checked_id(
    ticket: Mapping[str, object], place: Place, seen: values.SeenIds, where: int | str
) -> str:
    """The id of `ticket`, after checking it is a Zendesk ticket (not another help desk's
    record) and its id is met once (`where` names it in that message)."""
    refuse_other_format(ticket, place, "zendesk")
    ticket_id = values.identifier(ticket, "id", place, "every ticket needs its id")
    seen.check(ticket_id, place, "id", where)
    return ticket_id


@dataclass(frozen=True, slots=True)
class _User:
    role: Role
    name: str
    email: str


def _users(value: object, root: Place) -> dict[str, _User]:
    users: dict[str, _User] = {}
    if value is None:
        return users
    for index, raw in enumerate(values.as_list(value, root, "users")):
        record = values.as_object(raw, root, f"users[{index}]")
        place = root.at(f"users[{index}]")
        user_id = values.identifier(record, "id", place, "every user needs their id")
        role_name = values.optional_text(record, "role", place) or "end-user"
        if role_name not in _USER_ROLES:
            raise place.error(
                "role",
                f"{values.shown(role_name)} is not a Zendesk role — use end-user, agent or admin.",
            )
        users[user_id] = _User(
            _USER_ROLES[role_name],
            values.optional_text(record, "name", place),
            values.optional_text(record, "email", place),
        )
    return users


def _comments_by_ticket(
    value: object, root: Place, only_ticket: object = None
) -> dict[str, list[_Comment]]:
    """Top-level comments, grouped by ticket id (listed with ticket_id, or keyed by it);
    those without a ticket_id belong to `only_ticket` (the id of the document's single
    ticket) when there is one."""
    grouped: dict[str, list[_Comment]] = {}
    if value is None:
        return grouped
    if isinstance(value, dict):
        for ticket_id, comments in value.items():
            field = f"comments[{values.shown(ticket_id)}]"
            for index, raw in enumerate(values.as_list(comments, root, field)):
                record = values.as_object(raw, root, f"{field}[{index}]")
                grouped.setdefault(str(ticket_id), []).append(
                    _Comment(record, root.at(f"{field}[{index}]"))
                )
        return grouped
    for index, raw in enumerate(values.as_list(value, root, "comments")):
        record = values.as_object(raw, root, f"comments[{index}]")
        place = root.at(f"comments[{index}]")
        if only_ticket is not None and record.get("ticket_id") is None:
            record = {**record, "ticket_id": only_ticket}
        ticket_id = values.identifier(
            record, "ticket_id", place, "top-level comments must say which ticket they belong to"
        )
        grouped.setdefault(ticket_id, []).append(_Comment(record, place))
    return grouped


def _conversation(
    ticket: Mapping[str, object],
    ticket_id: str,
    place: Place,
    users: Mapping[str, _User],
    loose_comments: Mapping[str, list[_Comment]],
) -> Conversation | None:
    requester_id = values.optional_text(ticket, "requester_id", place)
    requester = users.get(requester_id)
    if "comments" in ticket:
        comments = [
            _Comment(values.as_object(raw, place, f"comments[{i}]"), place.at(f"comments[{i}]"))
            for i, raw in enumerate(values.as_list(ticket["comments"], place, "comments"))
        ]
    else:
        comments = loose_comments.get(ticket_id, [])
    if comments:
        turns = [
            turn
            for comment in comments
            if (turn := _turn(comment, requester_id, users)) is not None
        ]
    else:
        turns = [_description_turn(ticket, place, requester)]
    if not turns:
        return None
    return Conversation(
        id=ticket_id,
        turns=tuple(turns),
        channel=_channel(ticket, place),
        source="zendesk",
        customer=Customer(
            id=requester_id,
            name=requester.name if requester else "",
            email=requester.email if requester else "",
        ),
        subject=values.optional_text(ticket, "subject", place),
        status=values.optional_text(ticket, "status", place),
        tags=values.tag_list(ticket.get("tags"), place, "tags"),
    )


def _channel(ticket: Mapping[str, object], place: Place) -> Channel:
    via = ticket.get("via")
    if via is None:
        return Channel.EMAIL
    via_record = values.as_object(via, place, "via")
    name = via_record.get("channel")
    if name is None:
        return Channel.EMAIL
    if isinstance(name, int) and not isinstance(name, bool):
        # Zendesk may give the numeric "via id" instead of the via type's name.
        if name not in ZENDESK_VIA_IDS:
            raise place.error(
                "via.channel",
                f"via id {name} is not one we know — export via types by name (the API's "
                'default), e.g. "email" or "chat".',
            )
        name = ZENDESK_VIA_IDS[name]
    return values.channel(name, ZENDESK_CHANNELS, place, "via.channel")


def _turn(comment: _Comment, requester_id: str, users: Mapping[str, _User]) -> Turn | None:
    record, place = comment.record, comment.place
    public = record.get("public", True)
    if not isinstance(public, bool):
        raise place.error("public", f"must be true or false, not {values.kind(public)}.")
    if not public:
        return None
    author_id = values.identifier(record, "author_id", place, "every comment needs its author")
    text = _body(record, place)
    if text is None:
        return None
    return Turn(
        speaker=_speaker(author_id, requester_id, users, place),
        text=text,
        timestamp=values.iso_timestamp(record.get("created_at"), place, "created_at"),
    )


def _body(record: Mapping[str, object], place: Place) -> str | None:
    """The comment's words; `None` for an attachment-only comment (nothing was written)."""
    for key in ("plain_body", "body", "html_body"):
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise place.error(key, f"must be text, not {values.kind(value)}.")
        text = html_to_text(value) if key == "html_body" else value.strip()
        if text:
            return text
    if record.get("attachments"):
        return None
    raise place.error(
        "body", "is missing or empty — every public comment needs its words (plain_body or body)."
    )


def _speaker(
    author_id: str, requester_id: str, users: Mapping[str, _User], place: Place
) -> Speaker:
    user = users.get(author_id)
    if user is not None:
        role = Role.CUSTOMER if author_id == requester_id else user.role
        return Speaker(role, user.name, user.email)
    if author_id == requester_id:
        return Speaker(Role.CUSTOMER)
    if author_id == _ZENDESK_SYSTEM_AUTHOR:
        return Speaker(Role.SYSTEM, "Zendesk")
    raise place.error(
        "author_id",
        f'{values.shown(author_id)} is not in "users", so we cannot tell a customer from an '
        f'agent — {_EXPORT_HINT} (or add the user to the "users" list).',
    )


def _description_turn(ticket: Mapping[str, object], place: Place, requester: _User | None) -> Turn:
    text = values.message_text(ticket.get("description"), place, "description")
    return Turn(
        speaker=Speaker(
            Role.CUSTOMER, requester.name if requester else "", requester.email if requester else ""
        ),
        text=text.strip(),
        timestamp=values.iso_timestamp(ticket.get("created_at"), place, "created_at"),
    )
