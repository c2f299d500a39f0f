"""Read-side queries on conversations, shared by the pages and the API.

Every function takes an already visibility-filtered queryset (from
`legendary.people.permissions`), so nothing here decides who may see what.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from django.db.models import (
    Aggregate,
    Avg,
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce, TruncWeek
from django.utils import timezone

from legendary.care.scoring import FLAGS, FOLLOW_UPS
from legendary.conversations.models import (
    BehaviourOutcome,
    Channel,
    Conversation,
    ConversationFlag,
    Outcome,
    Review,
    SpeakerRole,
    Turn,
)
from legendary.people.models import Person, Role, Team
from legendary.people.selectors import ids_below

# The window the dashboards look back over.
RECENT_DAYS = 90


@dataclass(frozen=True)
class ConversationFilters:
    """What a person narrowed the conversation list to. Empty fields mean "any"."""

    channel: str = ""
    agent: int | None = None
    customer: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    search: str = ""
    flagged: bool = False  # only those whose scorecard says they are worth a human look
    flag: str = ""  # only those whose scorecard carries this flag (a key of FLAG_LABELS)
    reviewed: str = ""  # "yes": only those someone reviewed; "no": only those nobody has
    # Only those where this behaviour (a CARE behaviour id) applied, or with `outcome`,
    # where it was "present" or "absent" (an n/a one is never absent: it was not needed).
    behaviour: str = ""
    outcome: str = ""
    # Only those served by someone in this team (id) or a team nested in it, as the team's
    # page counts them; a behaviour filter then reads those people's outcomes.
    team: int | None = None
    # The people a group's filters read (`as_read_by` sets them): the team's members the
    # reader may see, or a manager's own people. None: anyone's.
    members: QuerySet[Person] | None = field(default=None, compare=False)


#: Each flag a scorecard can carry, as the conversation list names it: first those worth
#: a human look (`care.scoring.FLAGS`), in the order an analyst would start from, then the
#: follow-up reminders (`care.scoring.FOLLOW_UPS`).
FLAG_LABELS: dict[str, str] = {
    "failed": "Failed by a critical breaker",
    "critical_breaker": "Critical breaker found",  # capped or not: see care.scoring.FLAGS
    "breaker": "Service broke",
    "question_ignored": "Question left unanswered",
    "ended_negative": "Customer ended unhappy",
    "sentiment_dropped": "Customer's mood dropped",
    "no_agent_turn": "No reply from the team",
    "promise_to_keep": "Promise to check",
}


def recent_cutoff(days: int = RECENT_DAYS) -> dt.datetime:
    """The start of the last `days` days as every page counts them: the local start
    (midnight) of the day `days` days ago, not that very moment. The conversation list's
    `since` takes a day, so a link from a figure to the conversations behind it lists
    exactly the ones counted, and every count and CARE figure of a page share one window."""
    first_day = timezone.localtime(timezone.now() - dt.timedelta(days=days))
    return first_day.replace(hour=0, minute=0, second=0, microsecond=0)


def recent_since(days: int = RECENT_DAYS) -> str:
    """The window's first day (`recent_cutoff`) as the conversation list's `since` reads it."""
    return recent_cutoff(days).date().isoformat()


def team_and_below(team: int) -> set[int]:
    """Ids of the team `team` and of every team nested below it, at any depth."""
    return ids_below(Team.objects.all(), "parent", team) | {team}


def as_read_by(
    filters: ConversationFilters, reader: Person | None, people: QuerySet[Person]
) -> ConversationFilters:
    """`filters` as `reader`'s list and API read them, `people` being those the reader may
    see. The one place the pages, the CSV and the API take these rules from:

    - a frontline person sees only the conversations they served, so a behaviour filter
      reads their own outcome, as their figures count it (a colleague's breaker on a
      shared conversation is not theirs);
    - a team filter reads the team's members (nested teams included) whom the reader may
      see, as the team's page counts them;
    - a manager's behaviour filter reads the outcomes of their own people, as their home
      page counts them (not those of a colleague from another team on the same
      conversation).
    """
    if reader is not None and reader.role == Role.FRONTLINE:
        filters = replace(filters, agent=reader.pk)
    if filters.team is not None:
        return replace(filters, members=people.filter(team_id__in=team_and_below(filters.team)))
    if reader is not None and reader.role == Role.MANAGER and filters.behaviour:
        return replace(filters, members=people)
    return filters


def filter_conversations(
    conversations: QuerySet[Conversation], filters: ConversationFilters
) -> QuerySet[Conversation]:
    """Narrow `conversations` by channel, agent, team, customer, opening date, free text,
    whether the engine flagged them as worth a human look (`care.scoring.FLAGS`, follow-up
    reminders left out), by one flag of either kind, by whether anyone reviewed them and by
    one behaviour's outcome (`with_behaviour`).

    The search looks in the subject, the customer's name, tags and the (redacted) text of
    every turn, case-insensitively.
    """
    if filters.channel:
        conversations = conversations.filter(channel=filters.channel)
    if filters.agent is not None:
        served = Conversation.agents.through.objects.filter(person_id=filters.agent)
        conversations = conversations.filter(pk__in=served.values("conversation_id"))
    if filters.team is not None:
        members = filters.members
        if members is None:
            members = Person.objects.filter(team_id__in=team_and_below(filters.team))
        by_team = Conversation.agents.through.objects.filter(person_id__in=members.values("id"))
        conversations = conversations.filter(pk__in=by_team.values("conversation_id"))
    if filters.customer is not None:
        conversations = conversations.filter(customer_id=filters.customer)
    if filters.since is not None:
        conversations = conversations.filter(opened_at__date__gte=filters.since)
    if filters.until is not None:
        conversations = conversations.filter(opened_at__date__lte=filters.until)
    if filters.flagged:
        # Follow-up reminders (a promise to check) are not a reason to look.
        worth_a_look = ConversationFlag.objects.filter(flag__in=list(FLAGS))
        conversations = conversations.filter(pk__in=worth_a_look.values("conversation_id"))
    if filters.flag:
        carrying = ConversationFlag.objects.filter(flag=filters.flag)
        conversations = conversations.filter(pk__in=carrying.values("conversation_id"))
    if filters.reviewed in ("yes", "no"):
        with_review = Exists(Review.objects.filter(conversation=OuterRef("pk")))
        conversations = conversations.filter(
            with_review if filters.reviewed == "yes" else ~with_review
        )
    if filters.behaviour:
        conversations = with_behaviour(
            conversations, filters.behaviour, filters.outcome, filters.agent, filters.members
        )
    if filters.search.strip():
        words = filters.search.strip()
        in_turns = Turn.objects.filter(text__icontains=words).values("conversation_id")
        conversations = conversations.filter(
            Q(subject__icontains=words)
            | Q(customer__display_name__icontains=words)
            | Q(external_id__iexact=words)
            | Q(pk__in=in_turns)
        )
    return conversations


#: The outcomes the behaviour filter narrows to (n/a is never asked for: it was not needed).
BEHAVIOUR_OUTCOMES = (Outcome.PRESENT.value, Outcome.ABSENT.value)


def with_behaviour(
    conversations: QuerySet[Conversation],
    behaviour: str,
    outcome: str,
    agent: int | None,
    members: QuerySet[Person] | None = None,
) -> QuerySet[Conversation]:
    """Those of `conversations` where `behaviour` was `outcome` ("present" or "absent"; ""
    for either, i.e. where it applied), read from the stored per-person outcomes
    (`BehaviourOutcome`), so no JSON is queried.

    With `agent`, that person's own outcome, as their page counts it (a colleague's breaker
    on a shared conversation is theirs, not this person's). Without, with `members`, the
    group's, as a team's figures count it: present where one of them showed it; absent
    where it applied to one of them and none of them showed it. Without either, the
    conversation's: the same, over every agent.
    """
    rows = BehaviourOutcome.objects.filter(behaviour=behaviour)
    if agent is not None:
        rows = rows.filter(person_id=agent)
    elif members is not None:
        rows = rows.filter(person_id__in=members.values("id"))
    wanted = [outcome] if outcome else list(BEHAVIOUR_OUTCOMES)
    conversations = conversations.filter(
        pk__in=rows.filter(outcome__in=wanted).values("conversation_id")
    )
    if agent is None and outcome == Outcome.ABSENT:
        # A breaker one agent broke is "absent" for the colleague beside them: the
        # conversation itself still broke service.
        shown = rows.filter(outcome=Outcome.PRESENT).values("conversation_id")
        conversations = conversations.exclude(pk__in=shown)
    return conversations


@dataclass(frozen=True)
class FlagCount:
    """How many conversations carry one flag; `follow_up` for a reminder to check something
    later (`care.scoring.FOLLOW_UPS`) rather than a reason to look."""

    flag: str
    label: str
    count: int
    follow_up: bool


@dataclass(frozen=True)
class FlagCounts:
    """Where to look first: conversations worth a human look, and each flag's count."""

    worth_a_look: int
    flags: list[FlagCount]

    @property
    def to_look_at(self) -> list[FlagCount]:
        """The flags worth a human look, in `FLAG_LABELS` order."""
        return [f for f in self.flags if not f.follow_up]

    @property
    def follow_ups(self) -> list[FlagCount]:
        """The follow-up reminders."""
        return [f for f in self.flags if f.follow_up]


def row_flags(conversation: Conversation) -> list[tuple[str, bool]]:
    """(label, is a follow-up reminder) of each flag of a conversation loaded
    `for_listing(..., with_flags=True)`, in `FLAG_LABELS` order."""
    carried = {row.flag for row in conversation.flag_rows.all()}
    return [(label, flag in FOLLOW_UPS) for flag, label in FLAG_LABELS.items() if flag in carried]


def flag_counts(conversations: QuerySet[Conversation]) -> FlagCounts:
    """How many of `conversations` are worth a human look, and how many carry each flag
    (every flag listed, zeros included). Two grouped queries on the flag table."""
    rows = ConversationFlag.objects.filter(conversation__in=conversations.values("pk"))
    by_flag = dict(rows.order_by().values_list("flag").annotate(n=Count("id")))
    worth_a_look = (
        rows.filter(flag__in=list(FLAGS)).order_by().values("conversation_id").distinct().count()
    )
    return FlagCounts(
        worth_a_look=worth_a_look,
        flags=[
            FlagCount(flag, label, by_flag.get(flag, 0), flag in FOLLOW_UPS)
            for flag, label in FLAG_LABELS.items()
        ],
    )


# How a conversation list may be ordered: the key a page passes, and its label.
NEWEST_FIRST = ""
LOWEST_CARE_FIRST = "care"
HIGHEST_CARE_FIRST = "-care"
LIST_ORDERS: tuple[tuple[str, str], ...] = (
    (NEWEST_FIRST, "Newest first"),
    (LOWEST_CARE_FIRST, "CARE score, lowest first"),
    (HIGHEST_CARE_FIRST, "CARE score, highest first"),
)


def over_turns(aggregate: Aggregate) -> Subquery:
    """`aggregate` (such as `Count("id")`) over the turns of each conversation of the outer
    query, as a correlated subquery to annotate it with."""
    return Subquery(
        Turn.objects.filter(conversation=OuterRef("pk"))
        .order_by()
        .values("conversation")
        .annotate(result=aggregate)
        .values("result")
    )


def for_listing(
    conversations: QuerySet[Conversation], order: str = NEWEST_FIRST, *, with_flags: bool = False
) -> QuerySet[Conversation]:
    """Load what a list row shows without N+1 queries, ordered by `order` (`LIST_ORDERS`).
    With `with_flags`, each row's flags too (`flag_rows`, one more query per page).

    A row shows the customer, the agents, the number of turns and the CARE overall score:
    `care_overall` (None when the rubric found nothing to score) and `care_scorecard` (the
    scorecard's id, None while the conversation is not scored yet), both read through one
    LEFT JOIN on the stored scorecard. Ordered by score, conversations without one come
    last; ties and the default go newest first.
    """
    # A correlated subquery rather than a JOIN + GROUP BY: the database counts turns only
    # for the rows of the page, not for every conversation before sorting.
    turns = over_turns(Count("id"))
    newest = (F("opened_at").desc(), F("id").desc())
    by_score = {
        NEWEST_FIRST: (),
        LOWEST_CARE_FIRST: (F("care_overall").asc(nulls_last=True),),
        HIGHEST_CARE_FIRST: (F("care_overall").desc(nulls_last=True),),
    }
    if order not in by_score:
        raise ValueError(f"order: {order!r} is not one of {sorted(by_score)}")
    if with_flags:
        conversations = conversations.prefetch_related("flag_rows")
    return (
        conversations.select_related("customer")
        .prefetch_related(Prefetch("agents", queryset=Person.objects.only("id", "name")))
        .annotate(
            turn_count=Coalesce(turns, 0),
            care_overall=F("scorecard__overall"),
            care_scorecard=F("scorecard__id"),
            # An agent replied even when nobody here matched them ("no one yet" would be
            # untrue): the list then says "not matched".
            agent_replied=Exists(
                Turn.objects.filter(conversation=OuterRef("pk"), speaker_role=SpeakerRole.AGENT)
            ),
        )
        .order_by(*by_score[order], *newest)
    )


def with_transcript(conversation: Conversation) -> list[Turn]:
    """The turns of one conversation in order, each with the person who spoke (if an agent)."""
    return list(conversation.turns.select_related("person").order_by("position"))


def latest(conversations: QuerySet[Conversation], limit: int = 8) -> list[Conversation]:
    """The most recently opened conversations, ready to show in a table."""
    return list(for_listing(conversations)[:limit])


@dataclass(frozen=True)
class ChannelCount:
    """Conversations on one channel; `share` is the percentage of the busiest channel's count,
    which the pages use as the length of the bar."""

    channel: str
    label: str
    count: int
    share: int


def counts_by_channel(
    conversations: QuerySet[Conversation], since: dt.datetime | None = None
) -> list[ChannelCount]:
    """How many conversations per channel (every channel listed, zeros included)."""
    if since is not None:
        conversations = conversations.filter(opened_at__gte=since)
    rows = dict(
        conversations.order_by()
        .values_list("channel")
        .annotate(n=Count("id"))
        .values_list("channel", "n")
    )
    busiest = max(rows.values(), default=0) or 1
    return [
        ChannelCount(
            value, str(label), rows.get(value, 0), round(100 * rows.get(value, 0) / busiest)
        )
        for value, label in Channel.choices
    ]


@dataclass(frozen=True)
class WeeklyChannelCounts:
    """Conversations per week and channel: the data behind the channel chart."""

    weeks: list[dt.date]
    by_channel: dict[str, list[int]]  # channel label -> one count per week
    # Days of each week inside the window (7, or fewer for the first and the current week),
    # so the chart can show a short week as short instead of as a quiet one.
    days: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(sum(counts) for counts in self.by_channel.values())


def weekly_counts_by_channel(
    conversations: QuerySet[Conversation], since: dt.datetime
) -> WeeklyChannelCounts:
    """Count conversations opened since `since` per week (weeks start on Monday) and channel.

    Weeks with no conversation at all still appear, so a quiet week shows as a gap in the
    chart instead of silently disappearing.
    """
    rows = (
        conversations.filter(opened_at__gte=since)
        .annotate(week=TruncWeek("opened_at"))
        .order_by()
        .values_list("week", "channel")
        .annotate(n=Count("id"))
    )
    counts: dict[tuple[dt.date, str], int] = {}
    for week, channel, n in rows:
        day = week.date() if isinstance(week, dt.datetime) else week
        counts[(day, channel)] = counts.get((day, channel), 0) + n
    start = timezone.localtime(since).date()
    first = start - dt.timedelta(days=start.weekday())
    last = timezone.localdate()
    weeks: list[dt.date] = []
    while first <= last:
        weeks.append(first)
        first += dt.timedelta(days=7)
    days = [(min(week + dt.timedelta(days=6), last) - max(week, start)).days + 1 for week in weeks]
    return WeeklyChannelCounts(
        weeks=weeks,
        days=days,
        by_channel={
            str(label): [counts.get((week, value), 0) for week in weeks]
            for value, label in Channel.choices
        },
    )


def conversation_counts(
    people: QuerySet[Person], conversations: QuerySet[Conversation]
) -> dict[int, int]:
    """Person id -> how many of `conversations` they served (people with none are absent)."""
    rows = (
        Conversation.agents.through.objects.filter(
            person_id__in=people.values("id"), conversation_id__in=conversations.values("id")
        )
        .values_list("person_id")
        .annotate(n=Count("id"))
    )
    return dict(rows)


def has_stored_scores() -> bool:
    """True once the conversations app stores CARE scorecards (a `scorecard` relation).

    The pages show CARE scores only when they are really stored; until the scoring tables
    exist this returns False and nothing score-shaped is drawn.
    """
    return any(
        rel.name == "scorecard"
        for rel in Conversation._meta.get_fields()
        if rel.is_relation and (rel.one_to_one or rel.many_to_one)
    )


CARE_FIELDS = ("overall", "committed", "attentive", "responsive", "empowered")


@dataclass(frozen=True)
class Unscored:
    """Why some of a set of conversations have no overall CARE score, one count a reason.

    `no_reply`: no agent ever spoke (the scorecard's `no_agent_turn` flag), so there was
    nothing to score, and a customer may still be waiting; `nothing_applied`: agents spoke
    but no CARE behaviour applied to what was said; `waiting`: no scorecard yet, because
    scoring runs in the background after an import.
    """

    no_reply: int = 0
    nothing_applied: int = 0
    waiting: int = 0

    @property
    def total(self) -> int:
        """How many of the conversations have no overall score, for whichever reason."""
        return self.no_reply + self.nothing_applied + self.waiting


def why_unscored(conversations: QuerySet[Conversation]) -> Unscored:
    """How many of `conversations` the CARE averages leave out, and why (see `Unscored`):
    the difference between a page's conversation count and its scored count."""
    if not has_stored_scores():
        return Unscored(waiting=conversations.count())
    no_reply = ConversationFlag.objects.filter(flag="no_agent_turn").values("conversation_id")
    row = conversations.aggregate(
        waiting=Count("pk", filter=Q(scorecard__isnull=True)),
        without_score=Count(
            "pk", filter=Q(scorecard__isnull=False, scorecard__overall__isnull=True)
        ),
        no_reply=Count("pk", filter=Q(scorecard__overall__isnull=True, pk__in=no_reply)),
    )
    return Unscored(
        no_reply=row["no_reply"],
        nothing_applied=row["without_score"] - row["no_reply"],
        waiting=row["waiting"],
    )


def average_scores(conversations: QuerySet[Conversation]) -> dict[str, float | None] | None:
    """Average CARE scores over `conversations`, or None when none of them is scored.

    Keys: overall, committed, attentive, responsive, empowered (0-100, the names of
    `care.scorecard.Scorecard`, read from the stored scorecards) and `scored`, how many of
    the conversations have an overall score: the ones the overall average is over (a
    conversation no agent answered is stored with a scorecard but no score). A quality
    that applied nowhere averages to None, which the pages show as a dash, never as zero.
    """
    if not has_stored_scores():
        return None
    row: dict[str, float | None] = conversations.aggregate(
        scored=Count("scorecard__overall"),
        **{name: Avg(f"scorecard__{name}") for name in CARE_FIELDS},
    )
    if not row["scored"]:
        return None
    return row
