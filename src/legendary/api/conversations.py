"""Conversations over the API: the same filters and permissions as the conversation pages."""

# No `from __future__ import annotations` here: django-ninja reads the parameter types
# (Query[...]) at runtime to build the OpenAPI schema and parse requests.

import datetime as dt
from dataclasses import replace

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from legendary.api.params import Day, FlagName, Moment, Pages, SearchWords
from legendary.conversations import filter_checks, selectors
from legendary.conversations.models import Channel, Conversation, SpeakerRole, Status, Turn
from legendary.people import permissions
from legendary.web.params import RowId

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
    channel: Channel
    subject: str
    status: Status
    tags: list[str]
    opened_at: dt.datetime | None
    # None while the conversation is open or pending: an import keeps the last message's
    # time in the model's closed_at, which `last_message_at` carries for every status.
    closed_at: dt.datetime | None
    last_message_at: dt.datetime | None
    customer: CustomerRef | None
    agents: list[PersonRef]
    # The stored scorecard's flags (none until it is scored), those worth a human look
    # first: see GET /conversations/flags for what each means.
    flags: list[FlagName]

    @staticmethod
    def resolve_closed_at(obj: Conversation) -> dt.datetime | None:
        # Said as the conversation page says it ("not yet"): an open ticket with a
        # closed_at reads as resolved to a script that measures time to resolution.
        return None if obj.status in (Status.OPEN, Status.PENDING) else obj.closed_at

    @staticmethod
    def resolve_last_message_at(obj: Conversation) -> dt.datetime | None:
        return obj.closed_at

    @staticmethod
    def resolve_agents(obj: Conversation) -> list[PersonRef]:
        return [PersonRef(id=a.pk, name=a.name) for a in obj.agents.all()]

    @staticmethod
    def resolve_flags(obj: Conversation) -> list[str]:
        carried = {row.flag for row in obj.flag_rows.all()}
        return [flag for flag in selectors.FLAG_LABELS if flag in carried]


class TurnOut(Schema):
    position: int
    speaker_role: SpeakerRole
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
    # Each described here, for the schema: a client generated from it had the names alone.
    channel: str = Field("", description=f"Only this channel: {', '.join(Channel.values)}.")
    agent: RowId | None = Field(None, description="Only those this person (id) served.")
    # Read as text and judged by filter_checks.team_problem, as the list page judges it: an
    # integer here let pydantic refuse "abc" in words of its own.
    team: str = Field(
        "",
        description=(
            "Only those served by someone in this team (id, a number: GET /api/teams lists "
            "them) or a team nested in it, as the team's page counts them (a manager: the "
            "people of it they see); with `behaviour`, those people's outcomes."
        ),
    )
    customer: RowId | None = Field(None, description="Only this customer's (id).")
    since: Day | None = Field(
        None, description="Only those opened on or after this day (YYYY-MM-DD)."
    )
    until: Day | None = Field(
        None, description="Only those opened on or before this day (YYYY-MM-DD)."
    )
    search: SearchWords = Field(
        "", description="Words in the subject, the customer's name or the transcript."
    )
    flagged: bool = Field(
        False,
        description=(
            "Only those with a flag worth a human look (a promise to check later does not count)."
        ),
    )
    flag: str = Field(
        "",
        description=(
            "Only those carrying this flag (GET /conversations/flags lists them): "
            f"{', '.join(selectors.FLAG_LABELS)}."
        ),
    )
    reviewed: str = Field(
        "",
        description=(
            "yes: only those someone reviewed; no: only those nobody has yet (a review queue), "
            "as the conversation list's Reviewed filter."
        ),
    )
    behaviour: str = Field(
        "",
        description=(
            "Only those where this CARE behaviour (id) applied: shown or missing, or as "
            "`outcome` says. With `agent`, that person's own outcome; a frontline "
            "person always reads their own."
        ),
    )
    outcome: str = Field(
        "",
        description=(
            "With `behaviour`: present (shown) or absent (missing where it was needed; a "
            "behaviour that was not needed is never absent)."
        ),
    )
    updated_since: Moment | None = Field(
        None,
        description=(
            "Only what changed at or after this moment (ISO 8601, e.g. 2026-03-02T09:00:00Z; "
            "without a time zone, UTC): "
            "imported or taken in again by an import, or (re)scored. For a nightly sync."
        ),
    )


class FlagCountOut(Schema):
    flag: str
    label: str
    count: int
    follow_up: bool


class FlagCountsOut(Schema):
    worth_a_look: int
    flags: list[FlagCountOut]


#: What the API did about a filter value it could not use (after the words the list page
#: and its CSV say too).
API_REFUSED = (
    "Nothing was listed or counted, so no answer quietly leaves it out: fix or remove it and "
    "ask again."
)


def filtered(
    request: HttpRequest, query: ConversationQuery, *, flag_aside: bool = False
) -> QuerySet[Conversation]:
    """The conversations the user may read, narrowed by `query` (with `flag_aside`, by all of
    it but `flag`); 400 naming the field and the allowed values when `channel`, `flag`,
    `behaviour` or `outcome` is not one of them, `outcome` comes without `behaviour`,
    `team` is not a team the user can see, or `until` is before `since`."""
    # Read as the list page and its CSV read them, and said in the same words.
    problems = filter_checks.choice_problems(query.dict())
    team = filter_checks.team_problem(query.team, permissions.visible_teams(request.user))
    problems += [team] if team is not None else []
    if problems:
        raise HttpError(400, " ".join(f"{p.name}: {p.sentence(API_REFUSED)}" for p in problems))
    if query.since and query.until and query.until < query.since:
        # Said, as the conversation page says it: an empty list would read as a quiet week.
        raise HttpError(
            400,
            f"until: {query.until} is before since ({query.since}), so no conversation can "
            "match; swap the two dates",
        )
    filters = selectors.as_read_by(
        selectors.ConversationFilters(
            **query.dict(exclude={"updated_since", "team"}),
            team=int(query.team) if query.team.strip() else None,
        ),
        permissions.person_for(request.user),
        permissions.visible_people(request.user),
    )
    if flag_aside:
        filters = replace(filters, flag="")
    found = selectors.filter_conversations(permissions.visible_conversations(request.user), filters)
    moment = query.updated_since  # aware: see params.Moment
    if moment is not None:
        # An import stamps its batch on every conversation it adds or takes in again (and
        # drops the old scorecard); scoring stamps the scorecard. Conversations have no
        # timestamp of their own, so these two moments are what "changed" means.
        found = found.filter(
            Q(import_batch__created_at__gte=moment) | Q(scorecard__scored_at__gte=moment)
        )
    return found


@router.get("/conversations", response=list[ConversationOut], summary="Conversations you can read")
@paginate(Pages, page_size=25)
def list_conversations(request: HttpRequest, query: Query[ConversationQuery]) -> list[Conversation]:
    """Newest first, 25 a page: `page` from 1, `page_size` 1 to 100 (more is a 400 naming
    it, never a silently shorter page); `count` is the number of matches. Filters: channel,
    agent (person id), team (id: served by its people or a nested team's, as its page
    counts them), customer (id), since/until (opening date, inclusive), search
    (subject, customer name or words in the transcript), flagged (only those the engine
    flags as worth a human look; a promise to check later does not count) and flag (only
    those carrying this flag, of either kind), reviewed (yes / no: whether anyone reviewed
    it), behaviour and outcome (only those where
    that behaviour was present or absent; n/a is never absent) and updated_since (only
    those imported, taken in again by an import, or scored at or after that moment: a
    nightly job sends the time its last run started and upserts by `id`).
    400 naming the field when `channel` is not a channel, `flag` not a flag, `behaviour` not
    a behaviour, `outcome` not present or absent (or without a behaviour), `team` not a
    team you can see, or `until` is before `since`."""
    return selectors.for_listing(filtered(request, query), with_flags=True)  # type: ignore[return-value]


@router.get(
    "/conversations/flags",
    response=FlagCountsOut,
    summary="How many conversations carry each flag",
)
def count_flags(request: HttpRequest, query: Query[ConversationQuery]) -> selectors.FlagCounts:
    """Where to look first, under the same filters as the list (`flag` aside, so each count is
    what `?flag=` lists): `worth_a_look`, the conversations with at least one flag worth a
    human look, and every flag with its count; `follow_up` marks a reminder to check
    something later (a promise) rather than a reason to look."""
    return selectors.flag_counts(filtered(request, query, flag_aside=True))


@router.get(
    "/conversations/{conversation_id}",
    response=ConversationDetailOut,
    summary="One conversation with its transcript",
)
def get_conversation(request: HttpRequest, conversation_id: int) -> Conversation:
    """The conversation and its turns in order; text is stored redacted. 404 when it does not
    exist or you may not read it."""
    return permissions.conversation_or_404(request.user, conversation_id)
