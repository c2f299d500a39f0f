"""Who may see what: the ONE place that decides visibility, for every page and API endpoint.

The rules follow the three Legendary perspectives (and the two platform roles):

| role      | people                      | conversations             | teams                    |
| --------- | --------------------------- | ------------------------- | ------------------------ |
| frontline | themselves                  | those they served         | their own                |
| manager   | self + reports, nested      | theirs + their reports'   | teams of people they see |
| leader    | the whole organisation      | the whole organisation    | all                      |
| analyst   | the whole organisation (QA) | the whole organisation    | all                      |
| admin     | the whole organisation      | the whole organisation    | all                      |

A user without a Person (or whose Person is inactive) sees nothing, and nobody ever sees
anything of another organisation. Objects outside a user's view are answered with 404, not
403, so that a guessed URL does not even confirm that the object exists.

Managing people (inviting, editing roles, teams and reporting lines) is for administrators
only (`can_manage_people`); everyone else gets a 404 on those pages.

The rubric behind the scores (`can_view_rubric`, `can_edit_rubric`): managers and leaders
read it, QA analysts and admins change it, frontline providers do not see the page.
Importing conversations from the browser (`can_import_conversations`) is for QA analysts
and admins too.

Private survey answers are a separate question (`can_see_private_survey_answers`): QA
analysts read every conversation but never what people said in confidence.
"""

from __future__ import annotations

from typing import TypeVar

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model, QuerySet
from django.http import Http404

from legendary.conversations.models import Conversation
from legendary.people.models import Person, Role, Team
from legendary.people.selectors import reporting_tree_ids

UserLike = AbstractBaseUser | AnonymousUser
M = TypeVar("M", bound=Model)

# Roles that see the whole organisation's people, teams and conversations.
ORGANISATION_WIDE_ROLES = frozenset({Role.LEADER, Role.ADMIN, Role.ANALYST})


def person_for(user: UserLike | None) -> Person | None:
    """The active Person behind a login account, or None (anonymous, unlinked, inactive)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    # The reverse one-to-one raises RelatedObjectDoesNotExist (an AttributeError) when unset.
    person: Person | None = getattr(user, "person", None)
    if person is None or not person.active:
        return None
    return person


def role_of(user: UserLike | None) -> Role | None:
    """The role of the user's Person, or None when the user has no Person."""
    person = person_for(user)
    return Role(person.role) if person else None


def is_frontline(user: UserLike | None) -> bool:
    """True for a frontline provider."""
    return role_of(user) == Role.FRONTLINE


def is_manager(user: UserLike | None) -> bool:
    """True for a manager (someone whose view is their own reporting tree)."""
    return role_of(user) == Role.MANAGER


def is_leader(user: UserLike | None) -> bool:
    """True for a senior leader."""
    return role_of(user) == Role.LEADER


def is_analyst(user: UserLike | None) -> bool:
    """True for a QA analyst."""
    return role_of(user) == Role.ANALYST


def is_admin(user: UserLike | None) -> bool:
    """True for an administrator of the organisation."""
    return role_of(user) == Role.ADMIN


def sees_whole_organisation(user: UserLike | None) -> bool:
    """True for leaders, admins and analysts: their view is the whole organisation."""
    return role_of(user) in ORGANISATION_WIDE_ROLES


def has_reports(user: UserLike | None) -> bool:
    """True if anyone reports to this user's Person (whatever their role)."""
    person = person_for(user)
    return bool(person and Person.objects.filter(manager=person, active=True).exists())


def report_ids(person: Person) -> set[int]:
    """Ids of everyone reporting to `person`, directly or indirectly (not `person` itself).

    One query per level of the hierarchy; a cycle in the data (A manages B manages A) ends
    the walk instead of looping forever. The answer is remembered on the Person instance
    (one request); writes use `selectors.reporting_tree_ids`, which never remembers.
    """
    # Remembered on the instance: `person_for` hands out the same Person for the whole
    # request, and one page asks several visibility questions.
    cached: set[int] | None = getattr(person, "_legendary_report_ids", None)
    if cached is None:
        cached = reporting_tree_ids(person)
        person._legendary_report_ids = cached  # type: ignore[attr-defined]
    return set(cached)


def visible_people(user: UserLike | None) -> QuerySet[Person]:
    """The people this user may see (their pages, names in lists, their conversations).

    frontline → themselves; manager → themselves and everyone below them in the reporting
    lines; leader, admin and analyst → the whole organisation; anyone else → nobody.
    """
    person = person_for(user)
    if person is None:
        return Person.objects.none()
    in_org = Person.objects.filter(organisation_id=person.organisation_id)
    if person.role in ORGANISATION_WIDE_ROLES:
        return in_org
    if person.role == Role.MANAGER:
        return in_org.filter(pk__in=report_ids(person) | {person.pk})
    return in_org.filter(pk=person.pk)


def visible_conversations(user: UserLike | None) -> QuerySet[Conversation]:
    """The conversations this user may read.

    frontline → the conversations they served (they are among its agents); manager → theirs
    and their reports'; leader, admin and analyst → every conversation of the organisation.
    """
    person = person_for(user)
    if person is None:
        return Conversation.objects.none()
    in_org = Conversation.objects.filter(organisation_id=person.organisation_id)
    if person.role in ORGANISATION_WIDE_ROLES:
        return in_org
    # A subquery rather than a join, so a conversation with two visible agents appears once
    # and callers can annotate and order without `distinct()`.
    served = Conversation.agents.through.objects.filter(
        person_id__in=visible_people(user).values("id")
    ).values("conversation_id")
    return in_org.filter(pk__in=served)


def visible_teams(user: UserLike | None) -> QuerySet[Team]:
    """The teams whose pages this user may open.

    frontline → their own team; manager → the teams of the people they see; leader, admin and
    analyst → every team of the organisation.
    """
    person = person_for(user)
    if person is None:
        return Team.objects.none()
    # A deleted team (kept only for the survey results that cite it) has no page.
    in_org = Team.objects.live().filter(organisation_id=person.organisation_id)
    if person.role in ORGANISATION_WIDE_ROLES:
        return in_org
    team_ids = visible_people(user).exclude(team=None).values("team_id")
    return in_org.filter(pk__in=team_ids)


def can_view_person(user: UserLike | None, person: Person) -> bool:
    """True if `person` is in `visible_people(user)`."""
    return visible_people(user).filter(pk=person.pk).exists()


def can_view_conversation(user: UserLike | None, conversation: Conversation) -> bool:
    """True if `conversation` is in `visible_conversations(user)`."""
    return visible_conversations(user).filter(pk=conversation.pk).exists()


def can_view_team(user: UserLike | None, team: Team) -> bool:
    """True if `team` is in `visible_teams(user)`."""
    return visible_teams(user).filter(pk=team.pk).exists()


def can_see_private_survey_answers(user: UserLike | None) -> bool:
    """May this user see other people's survey results (culture assessment, pulse surveys)?

    Leaders and admins: yes (the organisation's results); managers: yes, for the people they
    see. Analysts and frontline providers: no (a frontline person still sees their own
    answers). Answers are always aggregated and hidden below the minimum group size
    (settings.LEGENDARY_MIN_GROUP_SCORES); that rule is the assessments app's job, this
    function only says whether the role may look at all.
    """
    return role_of(user) in {Role.LEADER, Role.ADMIN, Role.MANAGER}


def can_manage_people(user: UserLike | None) -> bool:
    """May this user invite people, change roles, teams and reporting lines, and edit teams?

    Administrators only. Senior leaders see the whole organisation but do not hand out
    accounts or change who reports to whom: access stays with the role that runs the
    platform, and a leader asks an administrator (the pages say so).
    """
    return is_admin(user)


def can_view_rubric(user: UserLike | None) -> bool:
    """May this user read the rubric in use (behaviour weights, breakers, the organisation's
    service standards)?

    Managers, leaders, analysts and admins: yes, it explains the scores they coach from.
    Frontline providers: no; they see each behaviour on their own scorecards instead.
    """
    return role_of(user) in {Role.MANAGER, Role.LEADER, Role.ANALYST, Role.ADMIN}


def can_edit_rubric(user: UserLike | None) -> bool:
    """May this user change the rubric (add, edit or remove standards, change weights) and
    queue a rescore? QA analysts and admins: the people who own how service is scored."""
    return role_of(user) in {Role.ANALYST, Role.ADMIN}


def can_import_conversations(user: UserLike | None) -> bool:
    """May this user upload a file of conversations (helpdesk export, call transcript) into
    the organisation? QA analysts and admins: the people who own the scoring data. Everyone
    else gets a 404 on the import page."""
    return role_of(user) in {Role.ANALYST, Role.ADMIN}


def require_people_manager(user: UserLike | None) -> Person:
    """The signed-in administrator's Person, else Http404 (like every page outside a view)."""
    person = person_for(user)
    if person is None or not can_manage_people(user):
        raise Http404("Only administrators manage people and teams.")
    return person


def visible_or_404(queryset: QuerySet[M], pk: object) -> M:
    """The object with this primary key from a visibility-filtered queryset, else Http404.

    404 rather than 403: someone outside an object's view learns nothing about whether it
    exists. Django views and django-ninja endpoints both turn Http404 into a 404 response.
    """
    try:
        return queryset.get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError) as exc:
        raise Http404("No such page, or not one you can see.") from exc


def person_or_404(user: UserLike | None, pk: object) -> Person:
    """The Person with this id if the user may see them, else Http404."""
    return visible_or_404(visible_people(user).select_related("team", "manager"), pk)


def conversation_or_404(user: UserLike | None, pk: object) -> Conversation:
    """The Conversation with this id if the user may read it, else Http404."""
    return visible_or_404(visible_conversations(user).select_related("customer"), pk)


def team_or_404(user: UserLike | None, pk: object) -> Team:
    """The Team with this id if the user may open its page, else Http404."""
    return visible_or_404(visible_teams(user).select_related("parent"), pk)
