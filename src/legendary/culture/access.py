"""Who may change the vision, set goals and run action plans (on top of people.permissions)."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from legendary.culture.care_metrics import CareScope, goal_scope, is_care_metric, plan_scope
from legendary.culture.models import ActionPlan, Goal
from legendary.people import permissions
from legendary.people.models import Person, Role
from legendary.people.permissions import UserLike

VISION_EDITORS = frozenset({Role.LEADER, Role.ADMIN})
PLANNERS = frozenset({Role.LEADER, Role.ADMIN, Role.MANAGER})


def can_edit_service_vision(user: UserLike | None) -> bool:
    """Senior leaders own the service vision; admins may publish it for them."""
    return permissions.role_of(user) in VISION_EDITORS


def can_plan(user: UserLike | None) -> bool:
    """Leaders, admins and managers set goals and start action plans."""
    return permissions.role_of(user) in PLANNERS


def visible_goals(user: UserLike | None) -> QuerySet[Goal]:
    """Organisation goals for everyone in it; team goals for those who see the team; a goal
    for one person for that person, their managers up the reporting line and senior leaders.

    A goal for one person is part of their development, talked over with their line, not a
    figure for everyone who reads conversations: QA analysts and admins, who see the whole
    organisation's conversations, do not see it, and neither does a colleague (their pages
    answer 404, so a guessed address does not even confirm that the goal exists).
    """
    person = permissions.person_for(user)
    if person is None:
        return Goal.objects.none()
    in_org = Goal.objects.filter(organisation_id=person.organisation_id)
    if person.role == Role.LEADER:
        return in_org
    shared = in_org.filter(person__isnull=True)
    if permissions.sees_whole_organisation(user):
        return shared
    teams = permissions.visible_teams(user).values("id")
    # A manager sees themselves and everyone below them; a frontline person themselves.
    people = permissions.visible_people(user).values("id")
    return in_org.filter(
        Q(team__isnull=True, person__isnull=True)
        | Q(team__in=teams, person__isnull=True)
        | Q(person__in=people)
    )


def goal_people(user: UserLike | None) -> QuerySet[Person]:
    """Whom the user may set a goal for one person for: a senior leader anyone active in
    the organisation, a manager one of the people below them in the reporting lines.

    A frontline person does not set goals, not even for themselves: a goal here is a target
    agreed with the person who coaches towards it, shown to the whole line above, and
    Legendary has no step in which a manager agrees to a goal proposed to them. What a
    frontline person wants to work on belongs in their personal service vision (the
    Vision & goals page), which they write themselves; their manager sets the goal with them.
    Admins and QA analysts do not see goals for one person, so they do not set them either.
    """
    person = permissions.person_for(user)
    if person is None:
        return Person.objects.none()
    if person.role == Role.LEADER:
        return Person.objects.filter(organisation_id=person.organisation_id, active=True)
    if person.role == Role.MANAGER:
        return reports_of(person)
    return Person.objects.none()


def can_see_goal_figures(user: UserLike | None, goal: Goal) -> bool:
    """Whether the user may see the figures of a goal they can see.

    Survey metrics are already suppressed below the anonymity threshold; CARE figures
    follow `can_see_care_scope`. A frontline person thus sees their own goals' figures only.
    """
    return not is_care_metric(goal.metric) or can_see_care_scope(user, goal_scope(goal))


def can_see_plan_figures(user: UserLike | None, plan: ActionPlan) -> bool:
    """Whether the user may see a plan's before and after (CARE: `can_see_care_scope`)."""
    return not is_care_metric(plan.metric) or can_see_care_scope(user, plan_scope(plan))


def can_see_care_scope(user: UserLike | None, scope: CareScope) -> bool:
    """CARE figures come from people's own conversations, so they follow
    `people.permissions`: the organisation's for those who see all of it, a team's for those
    who see every member of it (nested teams included), a person's for those who see them."""
    if permissions.person_for(user) is None:
        return False
    people = scope.people()
    if people is None:
        return permissions.sees_whole_organisation(user)
    visible = permissions.visible_people(user).values("id")
    return not people.exclude(pk__in=visible).exists()


def visible_plans(user: UserLike | None) -> QuerySet[ActionPlan]:
    """Leaders and admins see every plan; others the plans they own or their people own."""
    person = permissions.person_for(user)
    if person is None:
        return ActionPlan.objects.none()
    in_org = ActionPlan.objects.filter(organisation_id=person.organisation_id)
    if permissions.role_of(user) in VISION_EDITORS:
        return in_org
    people = permissions.visible_people(user).values("id")
    teams = permissions.visible_teams(user).values("id")
    if permissions.role_of(user) == Role.MANAGER:
        return in_org.filter(Q(owner__in=people) | Q(team__in=teams))
    return in_org.filter(owner=person)


def can_change_plan(user: UserLike | None, plan: ActionPlan) -> bool:
    """The owner, and leaders and admins, update steps, status and the check-in."""
    person = permissions.person_for(user)
    if person is None or person.organisation_id != plan.organisation_id:
        return False
    return plan.owner_id == person.pk or person.role in VISION_EDITORS


def reports_of(person: Person) -> QuerySet[Person]:
    """Everyone below this person in the reporting lines (active only)."""
    return Person.objects.filter(pk__in=permissions.report_ids(person), active=True)
