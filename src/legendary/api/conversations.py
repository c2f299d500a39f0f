"""Conversations over the API: the same filters and permissions as the conversation pages."""

# No `from __future__ import annotations` here: django-ninja reads the parameter types
# (Query[...]) at runtime to build the OpenAPI schema and parse requests.

import datetime as dt

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate

from legendary.conversations import selectors
from legendary.conversations.models import Channel, Conversation, Turn
from legendary.people import permissions
from legendary.web.params import one_of

router = Router(tags=["conversations"])


class PersonRef(Schema):
    id: int
    name: str


class CustomerRef(Schema):
    id: int
    display_name: str
    segment: str


class ConversationOut(Schema):
    id: int
    source: str
    external_id: str
    channel: str
    subject: str
    status: str
    tags: list[str]
    opened_at: dt.datetime | None
    closed_at: dt.datetime | None
    customer: CustomerRef | None
    agents: list[PersonRef]

    @staticmethod
    def resolve_agents(obj: Conversation) -> list[PersonRef]:
        return [PersonRef(id=a.pk, name=a.name) for a in obj.agents.all()]


class TurnOut(Schema):
    position: int
    speaker_role: str
    speaker_name: str
    person_id: int | None
    text: str
    timestamp: dt.datetime | None


class ConversationDetailOut(ConversationOut):
    turns: list[TurnOut]

    @staticmethod
    def resolve_turns(obj: Conversation) -> list[Turn]:
        return selectors.with_transcript(obj)


class ConversationQuery(Schema):
    channel: str = ""
    agent: int | None = None
    customer: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    search: str = ""
    flagged: bool = False


@router.get("/conversations", response=list[ConversationOut], summary="Conversations you can read")
@paginate(PageNumberPagination, page_size=25)
def list_conversations(request: HttpRequest, query: Query[ConversationQuery]) -> list[Conversation]:
    """Newest first. Filters: channel, agent (person id), customer (id), since/until (opening
    date, inclusive), search (subject, customer name or words in the transcript) and
    flagged (only those the engine flags as worth a human look).
    400 naming the field when `channel` is not a channel."""
    if query.channel and query.channel not in Channel.values:
        raise HttpError(
            400,
            f"channel: {query.channel!r} is not a channel; expected {one_of(Channel.values)}",
        )
    filters = selectors.ConversationFilters(**query.dict())
    visible = permissions.visible_conversations(request.user)
    return selectors.for_listing(selectors.filter_conversations(visible, filters))  # type: ignore[return-value]


@router.get(
    "/conversations/{conversation_id}",
    response=ConversationDetailOut,
    summary="One conversation with its transcript",
)
def get_conversation(request: HttpRequest, conversation_id: int) -> Conversation:
    """The conversation and its turns in order; text is stored redacted. 404 when it does not
    exist or you may not read it."""
    return permissions.conversation_or_404(request.user, conversation_id)
