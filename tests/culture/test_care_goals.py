"""CARE goals and plans measured from stored scorecards, over the goal's scope, week by week.

The known set, for a goal on `acknowledges_feelings` for the Store team (Kiosk nested in it;
Fran in Store, Ivy in Kiosk, Cole in Online, outside the team), `t` being today:

| opened | outcomes                                                        | Store rate |
| ------ | --------------------------------------------------------------- | ---------- |
| t-35   | Fran absent, Ivy absent                                         |            |
| t-30   | Fran present, Ivy absent                        (baseline 1/4)  | 25.0       |
| t-17   | Fran present, Ivy absent, Cole present                          | 50.0       |
| t-3    | Fran present, Ivy present, Ivy absent, Fran N/A, Cole absent    | 66.7       |
"""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from legendary.conversations.models import Outcome
from legendary.culture import care_metrics, services
from legendary.culture.models import GapSource, Goal, MetricKind
from legendary.people.models import Person
from web.conftest import World, make_conversation, make_scorecard, signed_in

FEELINGS = "acknowledges_feelings"
GOAL_AGE = datetime.timedelta(days=21)


def _scored(person: Person, days_ago: int, outcome: str, attentive: float = 70.0) -> None:
    """One conversation served by `person`, with a stored scorecard and their outcome."""
    conversation = make_conversation(person, days_ago=days_ago)
    make_scorecard(conversation, attentive, outcomes={FEELINGS: {person: outcome}})


def _known_set(world: World) -> None:
    fran, ivy, cole = world.frontline, world.indirect_report, world.colleague
    present, absent, na = Outcome.PRESENT, Outcome.ABSENT, Outcome.NOT_APPLICABLE
    for person, days_ago, outcome in [
        (fran, 35, absent),
        (ivy, 35, absent),
        (fran, 30, present),
        (ivy, 30, absent),
        (fran, 17, present),
        (ivy, 17, absent),
        (cole, 17, present),
        (fran, 3, present),
        (ivy, 3, present),
        (ivy, 3, absent),
        (fran, 3, na),
        (cole, 3, absent),
    ]:
        _scored(person, days_ago, outcome)


def _team_goal(world: World, metric: str = MetricKind.CARE_BEHAVIOUR, key: str = FEELINGS) -> Goal:
    today = timezone.localdate()
    return services.create_goal(
        world.org,
        title="Acknowledge feelings first",
        metric=metric,
        metric_key=key,
        target=80,
        due_on=today + datetime.timedelta(days=60),
        owner=world.manager,
        team=world.store,
        today=today - GOAL_AGE,
    )


def _personal_goal(world: World, title: str = "") -> Goal:
    """The frontline person's own goal on acknowledging feelings, started GOAL_AGE ago."""
    today = timezone.localdate()
    return services.create_goal(
        world.org,
        title=title,
        metric=MetricKind.CARE_BEHAVIOUR,
        metric_key=FEELINGS,
        target=90,
        due_on=today + datetime.timedelta(days=30),
        owner=world.manager,
        person=world.frontline,
        today=today - GOAL_AGE,
    )


@pytest.fixture
def known(world: World) -> World:
    _known_set(world)
    return world


def test_a_team_goal_counts_its_nested_teams_and_nobody_else(known: World) -> None:
    today = timezone.localdate()
    scope = care_metrics.CareScope(known.org, team=known.store)
    point = care_metrics.measure(
        scope, MetricKind.CARE_BEHAVIOUR, FEELINGS, today - datetime.timedelta(days=7), today
    )
    assert point is not None
    # Fran and Ivy (Kiosk, nested): 2 present of 3 applicable; Fran's N/A and Cole don't count.
    assert point.value == 66.7
    assert "3 conversations where it applied" in point.source


def test_the_baseline_is_the_four_weeks_before_the_goal_was_set(known: World) -> None:
    assert _team_goal(known).baseline == 25.0


def test_progress_is_measured_week_by_week_skipping_empty_weeks(known: World) -> None:
    goal = _team_goal(known)
    progress = services.goal_progress(goal, today=timezone.localdate())
    assert [p.value for p in progress] == [50.0, 66.7]
    assert all(p.measured for p in progress)
    assert services.percent_to_target(goal, progress[-1].value) == 76


def test_a_personal_goal_counts_only_that_persons_outcomes(known: World) -> None:
    today = timezone.localdate()
    goal = _personal_goal(known)
    assert goal.baseline == 50.0  # Fran: absent at t-35, present at t-30
    assert [p.value for p in services.goal_progress(goal, today=today)] == [100.0, 100.0]


def test_a_quality_goal_averages_the_stored_scores(world: World) -> None:
    _scored(world.frontline, 10, Outcome.PRESENT, attentive=60.0)
    _scored(world.indirect_report, 9, Outcome.PRESENT, attentive=80.0)
    _scored(world.colleague, 9, Outcome.PRESENT, attentive=10.0)
    goal = _team_goal(world, MetricKind.CARE_QUALITY, "attentive")
    assert [p.value for p in services.goal_progress(goal, today=timezone.localdate())] == [70.0]


def test_typed_in_figures_count_only_while_nothing_is_scored(world: World) -> None:
    goal = _team_goal(world)
    today = timezone.localdate()
    services.record_measurement(goal, on=today, value=61, source="team review")
    progress = services.goal_progress(goal, today=today)
    assert [(p.value, p.measured) for p in progress] == [(61, False)]
    assert "typed in by hand" in progress[0].source
    _scored(world.frontline, 2, Outcome.PRESENT)
    assert [(p.value, p.measured) for p in services.goal_progress(goal, today=today)] == [
        (100.0, True)
    ]


def test_a_check_in_compares_the_team_before_and_after(known: World) -> None:
    today = timezone.localdate()
    started = today - GOAL_AGE
    plan = services.create_action_plan(
        known.org,
        title="Name the feeling before the fix",
        source=GapSource.CARE_BEHAVIOUR,
        source_key=FEELINGS,
        owner=known.manager,
        team=known.store,
        due_on=started + datetime.timedelta(days=14),
        check_in_on=today,
        metric=MetricKind.CARE_BEHAVIOUR,
        metric_key=FEELINGS,
        steps=["Read two missed conversations together each week"],
        today=started,
    )
    assert plan.metric_before == 25.0  # t-49 .. t-22: 1 of 4
    services.check_in(plan, today=today)
    assert plan.metric_after == 60.0  # t-28 .. t-1: 3 of 5 (Cole is in another team)
    assert plan.change == 35.0


def test_the_manager_of_every_member_sees_the_team_goal(known: World, manager: Client) -> None:
    page = manager.get(f"/culture/goals/{_team_goal(known).pk}/").content.decode()
    assert "66.7" in page
    assert "Measured week by week" in page
    assert "Record a measurement" not in page


def test_a_frontline_person_does_not_see_their_teams_figures(
    known: World, frontline: Client
) -> None:
    response = frontline.get(f"/culture/goals/{_team_goal(known).pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "66.7" not in page
    assert "50.0" not in page
    # Said to them, not to a manager ("and, as a manager, those of your reports").
    assert "You see the CARE figures of your own conversations only" in page
    assert "as a manager" not in page


def test_a_frontline_person_sees_their_own_goals_figures(known: World, frontline: Client) -> None:
    goal = _personal_goal(known, "Mine")
    assert "100.0" in frontline.get(f"/culture/goals/{goal.pk}/").content.decode()


def test_a_manager_below_the_team_or_outside_it_cannot_open_it(
    known: World, colleague: Client
) -> None:
    goal = _team_goal(known)
    assert colleague.get(f"/culture/goals/{goal.pk}/").status_code == 404
    # Tom leads the nested Kiosk team only: Store's other members are not his reports.
    assert signed_in(known.teamlead).get(f"/culture/goals/{goal.pk}/").status_code == 404


def test_organisation_care_figures_are_for_those_who_see_the_organisation(
    known: World, frontline: Client, leader: Client
) -> None:
    today = timezone.localdate()
    goal = services.create_goal(
        known.org,
        title="Everyone",
        metric=MetricKind.CARE_BEHAVIOUR,
        metric_key=FEELINGS,
        target=80,
        due_on=today + datetime.timedelta(days=30),
        owner=known.leader,
        today=today - GOAL_AGE,
    )
    # Organisation-wide at t-3: Fran, Ivy present; Ivy, Cole absent -> 2 of 4.
    assert "50.0" in leader.get(f"/culture/goals/{goal.pk}/").content.decode()
    assert "this goal covers more than that" in (
        frontline.get(f"/culture/goals/{goal.pk}/").content.decode()
    )


def test_measured_goals_refuse_typed_in_figures(known: World, manager: Client) -> None:
    goal = _team_goal(known)
    data = {"measured_on": timezone.localdate().isoformat(), "value": "99", "source": "guess"}
    assert manager.post(f"/culture/goals/{goal.pk}/measure/", data).status_code == 404
    assert not goal.measurements.exists()


def test_the_api_leaves_out_figures_beyond_the_callers_view(
    known: World, frontline: Client, manager: Client
) -> None:
    goal = _team_goal(known)
    mine = {g["id"]: g for g in manager.get("/api/culture/goals").json()}
    assert (mine[goal.pk]["baseline"], mine[goal.pk]["latest"]) == (25.0, 66.7)
    theirs = {g["id"]: g for g in frontline.get("/api/culture/goals").json()}
    assert (theirs[goal.pk]["baseline"], theirs[goal.pk]["latest"]) == (None, None)


def test_the_api_says_whose_goal_a_personal_goal_is(known: World, frontline: Client) -> None:
    """The demo's "Make every customer feel listened to" is Jordan Ellis's own goal, but
    /api/culture/goals gave it only `team_id: null`, which reads as an organisation goal
    carrying the organisation's attentive score. Found by calling the API as each demo user."""
    goal = _personal_goal(known, "Mine")
    listed = {g["id"]: g for g in frontline.get("/api/culture/goals").json()}
    assert (listed[goal.pk]["team_id"], listed[goal.pk]["person_id"]) == (None, known.frontline.pk)
    assert listed[goal.pk]["baseline"] is not None


def test_a_frontline_owner_of_a_team_plan_does_not_see_the_teams_figures(
    known: World, frontline: Client, manager: Client
) -> None:
    today = timezone.localdate()
    plan = services.create_action_plan(
        known.org,
        title="Name the feeling before the fix",
        source=GapSource.CARE_BEHAVIOUR,
        source_key=FEELINGS,
        owner=known.frontline,
        team=known.store,
        due_on=today + datetime.timedelta(days=14),
        check_in_on=today + datetime.timedelta(days=28),
        metric=MetricKind.CARE_BEHAVIOUR,
        metric_key=FEELINGS,
        steps=["Read two missed conversations together each week"],
        today=today,
    )
    assert plan.metric_before == 60.0
    assert (
        "beyond the ones you may see"
        in frontline.get(f"/culture/plans/{plan.pk}/").content.decode()
    )
    assert (
        "over the 28 days before its date"
        in manager.get(f"/culture/plans/{plan.pk}/").content.decode()
    )
    [listed] = frontline.get("/api/culture/plans").json()
    assert listed["metric_before"] is None
    # Whose figures a plan compares: the Store's, said so in the API too (it was not).
    [theirs] = manager.get("/api/culture/plans").json()
    assert (theirs["team_id"], theirs["metric_before"]) == (known.store.pk, 60.0)
