"""CARE figures for the home and person pages, each perspective through `permissions`.

frontline: their own conversations and their own behaviours; manager: their team's, plus
who needs coaching on what; leader, admin and analyst: the organisation's. Always the last
`selectors.RECENT_DAYS` days, from the local start of their first day
(`selectors.recent_cutoff`), as the conversation list's `since` links to them; each panel's
`list_query` opens the conversations behind its figures, a person's or a group's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser

from legendary.conversations import selectors
from legendary.conversations.care_chart import care_radar_json
from legendary.conversations.care_summary import (
    CareSummary,
    CoachingNeed,
    care_summary,
    coaching_needs,
)
from legendary.people import permissions
from legendary.people.models import Person, Role, Team
from legendary.people.selectors import nested_team_ids


@dataclass(frozen=True)
class CarePanel:
    """What `people/_care_summary.html` draws."""

    summary: CareSummary
    radar_json: str
    scope: str  # whose figures these are, in words: "your", "your team's", ...
    coaching: list[CoachingNeed] = field(default_factory=list)
    # The first day of the figures' window (YYYY-MM-DD), for links to the conversation list.
    since: str = ""
    # The conversation list's query for whom these figures are about, since `since`: one
    # person (`agent=`, their own outcomes), a team (`team=`, its members' outcomes) or all
    # the reader sees. A behaviour and its outcome are added to it: the conversations
    # behind a figure.
    list_query: str = ""


def _person_query(person: Person) -> str:
    """The conversation list's query for `person`'s own conversations of the last 90 days."""
    return urlencode({"agent": person.pk, "since": selectors.recent_since()})


def _group_query(team: Team | None = None) -> str:
    """The conversation list's query for a group's conversations of the last 90 days: the
    team's (`team`, nested teams included), or everyone the reader sees (no team)."""
    query = {"team": team.pk} if team is not None else {}
    return urlencode({**query, "since": selectors.recent_since()})


def home_care(user: AbstractBaseUser | AnonymousUser) -> CarePanel | None:
    """The CARE panel of the user's home page, or None before anything they see is scored."""
    person = permissions.person_for(user)
    if person is None:
        return None
    recent = permissions.visible_conversations(user).filter(
        opened_at__gte=selectors.recent_cutoff()
    )
    if person.role == Role.FRONTLINE:
        summary = care_summary(recent, Person.objects.filter(pk=person.pk))
        scope = "Your"
    elif person.role == Role.MANAGER:
        # What their reports (and they) showed: not a colleague from another team who
        # shared one of those conversations.
        summary = care_summary(recent, permissions.visible_people(user))
        scope = "Your team's"
    else:
        summary = care_summary(recent)
        scope = "The organisation's"
    if summary is None:
        return None
    coaching: list[CoachingNeed] = []
    if person.role == Role.MANAGER:
        reports = permissions.visible_people(user).exclude(pk=person.pk).filter(active=True)
        coaching = coaching_needs(reports, recent)
    # A manager's list reads their own people's outcomes (`selectors.as_read_by`), and a
    # leader's every agent's: the list's `since` alone then holds what their figures count.
    query = _person_query(person) if person.role == Role.FRONTLINE else _group_query()
    return CarePanel(
        summary, care_radar_json(summary), scope, coaching, selectors.recent_since(), query
    )


def possessive(name: str) -> str:
    """`name` owning something, as a heading reads it: "Fran's", but "Stores'" and
    "Returns'" (a team named with a plural reads "Stores's" otherwise)."""
    return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"


def person_care(user: AbstractBaseUser | AnonymousUser, subject: Person) -> CarePanel | None:
    """The CARE panel of `subject`'s page as `user` may see it (their own behaviours in the
    conversations the user may read), or None when none of them is scored."""
    recent = permissions.visible_conversations(user).filter(
        opened_at__gte=selectors.recent_cutoff()
    )
    summary = care_summary(recent, Person.objects.filter(pk=subject.pk))
    if summary is None:
        return None
    own = permissions.person_for(user)
    scope = "Your" if own is not None and own.pk == subject.pk else possessive(subject.name)
    return CarePanel(
        summary,
        care_radar_json(summary),
        scope,
        since=selectors.recent_since(),
        list_query=_person_query(subject),
    )


def team_care(user: AbstractBaseUser | AnonymousUser, team: Team) -> CarePanel | None:
    """The CARE panel of a team page: what the team's members (nested teams included) showed
    in the conversations the user may read, or None when none of them is scored."""
    recent = permissions.visible_conversations(user).filter(
        opened_at__gte=selectors.recent_cutoff()
    )
    # Only the members this user may see count: a frontline person's figures are their own
    # behaviours (not a teammate's on a conversation they shared), a manager's their reports'.
    members = permissions.visible_people(user).filter(team__in=nested_team_ids(team))
    summary = care_summary(recent, members)
    if summary is None:
        return None
    # A frontline person reads only their own conversations: the figures are theirs, and
    # titling them with the team's name would pass them off as the team's.
    own = permissions.person_for(user)
    only_self = own is not None and list(members.values_list("id", flat=True)) == [own.pk]
    scope = "Your" if only_self else possessive(team.name)
    query = _person_query(own) if only_self and own is not None else _group_query(team)
    return CarePanel(
        summary, care_radar_json(summary), scope, since=selectors.recent_since(), list_query=query
    )
