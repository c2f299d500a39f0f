"""What each perspective sees first: the data behind the home page, one function per role.

Every figure is counted from the database through `permissions`, never invented; a number
that does not exist yet (CARE scores before any scorecard is stored) is left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.utils import timezone

from legendary.conversations import selectors
from legendary.conversations.charts import channel_chart_json
from legendary.conversations.models import Conversation, Customer
from legendary.people import permissions
from legendary.people import selectors as team_selectors
from legendary.people.models import Person, Role, Team


@dataclass
class ReportRow:
    """A report of a manager, with how many conversations they served recently."""

    person: Person
    recent_conversations: int
    direct: bool


@dataclass
class Home:
    """Everything a home page template may show; sections absent for a role stay empty."""

    template: str
    person: Person
    counts: dict[str, int] = field(default_factory=dict)
    latest: list[Conversation] = field(default_factory=list)
    channels: list[selectors.ChannelCount] = field(default_factory=list)
    reports: list[ReportRow] = field(default_factory=list)
    teams: list[tuple[Team, int, int]] = field(default_factory=list)  # team, depth, head count
    chart_json: str = ""
    scores: dict[str, float | None] | None = None
    # Why some of the last 90 days' conversations have no CARE score, so a page that shows
    # "2,379 conversations" over "averaged over 2,374 scored" says what the other 5 are.
    unscored: selectors.Unscored = field(default_factory=selectors.Unscored)
    # The first day of that window (YYYY-MM-DD), for links to the conversation list.
    since: str = ""

    @property
    def first_day(self) -> dt.date | None:
        """The first day of the window every figure of the page counts, for people to read."""
        return dt.date.fromisoformat(self.since) if self.since else None


def home_for(user: AbstractBaseUser | AnonymousUser) -> Home | None:
    """The home page data for this user's role, or None for a user without a Person."""
    person = permissions.person_for(user)
    if person is None:
        return None
    if person.role == Role.MANAGER:
        return _manager_home(user, person)
    if person.role in (Role.LEADER, Role.ADMIN):
        return _leader_home(user, person)
    if person.role == Role.ANALYST:
        return _analyst_home(user, person)
    return _frontline_home(user, person)


def _frontline_home(user: AbstractBaseUser | AnonymousUser, person: Person) -> Home:
    mine = permissions.visible_conversations(user)
    since = selectors.recent_cutoff()
    recent = mine.filter(opened_at__gte=since)
    return Home(
        template="people/home/frontline.html",
        person=person,
        counts={
            "total": mine.count(),
            "recent": recent.count(),
            "customers": mine.exclude(customer=None).values("customer").distinct().count(),
        },
        latest=selectors.latest(mine),
        channels=selectors.counts_by_channel(mine, since),
        scores=selectors.average_scores(recent),
        **_unscored(recent, since),
    )


def _manager_home(user: AbstractBaseUser | AnonymousUser, person: Person) -> Home:
    team_conversations = permissions.visible_conversations(user)
    since = selectors.recent_cutoff()
    reports = permissions.visible_people(user).exclude(pk=person.pk).select_related("team")
    recent = team_conversations.filter(opened_at__gte=since)
    counts_by_person = selectors.conversation_counts(reports, recent)
    rows = [
        ReportRow(r, counts_by_person.get(r.pk, 0), r.manager_id == person.pk)
        for r in reports.filter(active=True)
    ]
    # Direct reports first, then the rest of the tree; busiest first within each group.
    rows.sort(key=lambda row: (not row.direct, -row.recent_conversations, row.person.name))
    return Home(
        template="people/home/manager.html",
        person=person,
        counts={
            "team_size": len(rows),
            "direct": sum(1 for row in rows if row.direct),
            "recent": recent.count(),
            "total": team_conversations.count(),
        },
        latest=selectors.latest(team_conversations),
        reports=rows,
        channels=selectors.counts_by_channel(team_conversations, since),
        chart_json=channel_chart_json(
            selectors.weekly_counts_by_channel(team_conversations, since)
        ),
        scores=selectors.average_scores(recent),
        **_unscored(recent, since),
    )


def _leader_home(user: AbstractBaseUser | AnonymousUser, person: Person) -> Home:
    conversations = permissions.visible_conversations(user)
    since = selectors.recent_cutoff()
    recent = conversations.filter(opened_at__gte=since)
    teams = team_selectors.team_tree(
        team_selectors.with_member_counts(permissions.visible_teams(user))
    )
    return Home(
        template="people/home/leader.html",
        person=person,
        counts={
            "people": permissions.visible_people(user).filter(active=True).count(),
            "teams": len(teams),
            "customers": Customer.objects.filter(organisation_id=person.organisation_id).count(),
            "recent": recent.count(),
        },
        latest=selectors.latest(conversations, limit=6),
        channels=selectors.counts_by_channel(conversations, since),
        teams=teams,
        chart_json=channel_chart_json(selectors.weekly_counts_by_channel(conversations, since)),
        scores=selectors.average_scores(recent),
        **_unscored(recent, since),
    )


def _analyst_home(user: AbstractBaseUser | AnonymousUser, person: Person) -> Home:
    conversations = permissions.visible_conversations(user)
    since = selectors.recent_cutoff()
    recent = conversations.filter(opened_at__gte=since)
    return Home(
        template="people/home/analyst.html",
        person=person,
        counts={
            "total": conversations.count(),
            "recent": recent.count(),
            "agents": Conversation.agents.through.objects.filter(conversation__in=recent)
            .values("person_id")
            .distinct()
            .count(),
        },
        latest=selectors.latest(conversations, limit=12),
        channels=selectors.counts_by_channel(conversations, since),
        chart_json=channel_chart_json(selectors.weekly_counts_by_channel(conversations, since)),
        **_unscored(recent, since),
    )


def _unscored(recent: QuerySet[Conversation], since: dt.datetime) -> dict[str, Any]:
    """The `unscored` and `since` fields of a home: why some of the recent conversations
    have no CARE score, and the window's first day for the list of those nobody answered.
    `since` is `selectors.recent_cutoff()`, a local midnight, as the CARE panel's window."""
    return {
        "unscored": selectors.why_unscored(recent),
        "since": timezone.localtime(since).date().isoformat(),
    }
