"""Freshdesk tickets, as the Freshdesk API v2 returns them with their conversations.

Each ticket is the object from ``GET /api/v2/tickets/{id}?include=conversations,requester``
(``id``, ``subject``, ``description``/``description_text``, ``requester_id``,
``responder_id``, ``source``, ``status``, ``created_at``, ``tags``, ``conversations``),
saved as a JSON array, as ``{"tickets": [...]}`` (optionally with a side-loaded
``"agents": [...]`` from ``GET /api/v2/agents``), as one ticket, or as JSON Lines with one
ticket per line.

The ticket's description is its first message, from the requester; for an outbound
e-mail (``source`` 10) an agent wrote it. Each entry of ``conversations`` (``body_text``
or the HTML ``body``, ``user_id``, ``incoming``, ``private``, ``created_at``) follows:
``incoming: true`` (or written by the requester) is the customer, anything else an agent.
Private notes are left out: the customer never read them, so they say nothing about the
service the customer received. A ticket left with no message is skipped.

Names: the requester's come from the ticket's ``requester`` object. Freshdesk tickets
name agents only by id, so an agent's name and e-mail come from the side-loaded
``agents`` list (``{"id", "contact": {"name", "email"}}`` as the Agents API returns them)
and, when the agent is not there, the agent's id is kept as the name: it still tells one
agent from another, and the importer lists it for someone to match to a person.

The channel comes from ``source`` (1 email, 2 portal, 3 phone, 7 chat, 9 feedback widget,
10 outbound email...; see `channels.FRESHDESK_CHANNELS`); the status's number becomes its
default name (2 open, 3 pending, 4 resolved, 5 closed), and a custom status keeps its
number.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from legendary.care.formats import values
from legendary.care.formats.channels import FRESHDESK_CHANNELS, FRESHDESK_SOURCE_IDS
from legendary.care.formats.detect import refuse_other_format
from legendary.care.formats.records import ExportRecords
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn

_EXPORT_HINT = "export each ticket with GET /api/v2/tickets/{id}?include=conversations"
_STATUSES: Mapping[int, str] = {
    2: "open",
    3: "pending",
    4: "resolved",
    5: "closed",
    6: "waiting on customer",
    7: "waiting on third party",
}


def read_freshdesk(path: str | Path) -> Iterator[Conversation]:
    """Yield one conversation per Freshdesk ticket, in the order of the export.

    Raises `FormatError` naming the place (``tickets[3].conversations[1].private``, or the
    line in JSON Lines) at the first malformed ticket, and for a repeated ticket id.
    """
    export = ExportRecords(path, lists=(("tickets",),), what="ticket", hint=_EXPORT_HINT)
    agents = _agents(export.top.get("agents"), export.root)
    seen = values.SeenIds("ticket id")
    for item in export:
        refuse_other_format(item.record, item.place, "freshdesk")
        ticket_id = values.identifier(item.record, "id", item.place, "every ticket needs its id")
        seen.check(ticket_id, item.place, "id", item.where)
        conversation = _conversation(item.record, ticket_id, item.place, agents)
        if conversation is not None:
            yield conversation


def _agents(value: object, root: Place) -> dict[str, Speaker]:
    """Side-loaded agents by id: the Agents API's ``contact`` object, or flat name/email."""
    agents: dict[str, Speaker] = {}
    if value is None:
        return agents
    for index, raw in enumerate(values.as_list(value, root, "agents")):
        place = root.at(f"agents[{index}]")
        record = values.as_object(raw, root, f"agents[{index}]")
        agent_id = values.identifier(record, "id", place, "every agent needs their id")
        details, details_place = record, place
        if record.get("contact") is not None:
            details = values.as_object(record["contact"], place, "contact")
            details_place = place.at("contact")
        agents[agent_id] = Speaker(
            Role.AGENT,
            values.optional_text(details, "name", details_place) or agent_id,
            values.optional_text(details, "email", details_place),
        )
    return agents


def _conversation(
    ticket: Mapping[str, object], ticket_id: str, place: Place, agents: Mapping[str, Speaker]
) -> Conversation | None:
    requester_id = values.optional_text(ticket, "requester_id", place)
    customer = _requester(ticket, requester_id, place)
    requester = Speaker(Role.CUSTOMER, customer.name, customer.email)
    source = _source_name(ticket, place)
    turns: list[Turn] = []
    description = values.first_written(ticket, place, "description_text", "description")
    if description is not None:
        author = requester
        if source is not None and source.strip().lower() in ("outbound_email", "outbound email"):
            # An outbound e-mail is a ticket an agent opened by writing to the customer.
            author = _agent(values.optional_text(ticket, "responder_id", place), agents)
        turns.append(
            Turn(
                author,
                description,
                values.iso_timestamp(ticket.get("created_at"), place, "created_at"),
            )
        )
    entries = ticket.get("conversations")
    listed = [] if entries is None else values.as_list(entries, place, "conversations")
    for index, raw in enumerate(listed):
        entry_place = place.at(f"conversations[{index}]")
        entry = values.as_object(raw, place, f"conversations[{index}]")
        turn = _turn(entry, entry_place, requester_id, requester, agents)
        if turn is not None:
            turns.append(turn)
    if not turns:
        if entries is None:  # neither a description nor conversations: nothing was exported
            raise place.error("description", f"is missing or empty — {_EXPORT_HINT}.")
        return None
    return Conversation(
        id=ticket_id,
        turns=tuple(turns),
        channel=_channel(source, place),
        source="freshdesk",
        customer=customer,
        subject=values.optional_text(ticket, "subject", place),
        status=_status(ticket, place),
        tags=values.tag_list(ticket.get("tags"), place, "tags"),
    )


def _requester(ticket: Mapping[str, object], requester_id: str, place: Place) -> Customer:
    found = values.customer(ticket.get("requester"), place, "requester")
    return Customer(requester_id or found.id, found.name, found.email)


def _turn(
    entry: Mapping[str, object],
    place: Place,
    requester_id: str,
    requester: Speaker,
    agents: Mapping[str, Speaker],
) -> Turn | None:
    if values.flag(entry, "private", place, default=False):
        return None
    text = values.first_written(entry, place, "body_text", "body")
    if text is None:
        if entry.get("attachments"):
            return None  # a file sent without a word: nothing to read
        raise place.error(
            "body", "is missing or empty — every public reply needs its words (body_text or body)."
        )
    user_id = values.optional_text(entry, "user_id", place)
    incoming = values.flag(entry, "incoming", place, default=False)
    from_customer = incoming or (user_id != "" and user_id == requester_id)
    return Turn(
        requester if from_customer else _agent(user_id, agents),
        text,
        values.iso_timestamp(entry.get("created_at"), place, "created_at"),
    )


def _agent(user_id: str, agents: Mapping[str, Speaker]) -> Speaker:
    """The agent with this id: named from ``agents``, else by the id itself (or nameless)."""
    return agents.get(user_id) or Speaker(Role.AGENT, user_id)


def _source_name(ticket: Mapping[str, object], place: Place) -> str | None:
    """The ticket's ``source`` by name (the API sends a number, some exports its name)."""
    value = ticket.get("source")
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if value not in FRESHDESK_SOURCE_IDS:
            known = ", ".join(f"{n} {name}" for n, name in FRESHDESK_SOURCE_IDS.items())
            raise place.error(
                "source", f"{value} is not a Freshdesk ticket source we know — use one of {known}."
            )
        return FRESHDESK_SOURCE_IDS[value]
    raise place.error("source", f"must be a number or a name, not {values.kind(value)}.")


def _channel(source: str | None, place: Place) -> Channel:
    if source is None:
        return Channel.EMAIL  # Freshdesk began as an e-mail help desk; tickets default to it
    return values.channel(source, FRESHDESK_CHANNELS, place, "source")


def _status(ticket: Mapping[str, object], place: Place) -> str:
    value = ticket.get("status")
    if isinstance(value, int) and not isinstance(value, bool) and value in _STATUSES:
        return _STATUSES[value]
    return values.optional_text(ticket, "status", place)
