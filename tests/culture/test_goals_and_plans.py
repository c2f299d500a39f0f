"""Goals measured from survey results, action plans with a before/after check-in."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from assessments.conftest import add_people, closed_icare_campaign
from legendary.assessments.icare import Element
from legendary.culture import charts, metrics, services
from legendary.culture.library import actions_for, suggested_actions
from legendary.culture.models import ActionPlan, GapSource, Goal, MetricKind, PlanStatus
from legendary.people.models import Role
from web.conftest import World


def _two_campaigns(world: World) -> None:
    """Last year everyone agreed mildly (3 = 50), this spring they agreed (4 = 75)."""
    people = add_people(world.org, world.store, Role.FRONTLINE, 6)
    today = timezone.localdate()
    closed_icare_campaign(
        world.org,
        [(p, 3) for p in people],
        closes_on=today - datetime.timedelta(days=200),
        title="Last year",
    )
    closed_icare_campaign(
        world.org,
        [(p, 4) for p in people],
        closes_on=today - datetime.timedelta(days=10),
        title="This spring",
    )


def _store_feelings_goal(world: World) -> Goal:
    """The manager's goal for Store, set today: acknowledge feelings in 80% of
    conversations within 30 days (a CARE behaviour)."""
    today = timezone.localdate()
    return services.create_goal(
        world.org,
        title="Feelings",
        metric=MetricKind.CARE_BEHAVIOUR,
        metric_key="acknowledges_feelings",
        target=80,
        due_on=today + datetime.timedelta(days=30),
        owner=world.manager,
        team=world.store,
        today=today,
    )


def _empowerment_goal(world: World) -> Goal:
    """The leader's organisation goal, set 100 days ago (between `_two_campaigns`):
    Empowerment's ICARE score to 80, due in 90 days; untitled, so it takes the metric's name."""
    today = timezone.localdate()
    return services.create_goal(
        world.org,
        title="",
        metric=MetricKind.ICARE_ELEMENT,
        metric_key="empowerment",
        target=80,
        due_on=today + datetime.timedelta(days=90),
        owner=world.leader,
        today=today - datetime.timedelta(days=100),
    )


def _goal_on(world: World, metric: MetricKind, key: str) -> Goal:
    """A goal on `metric` and `key` with nothing else to refuse: reachable target, far
    due date, no owner."""
    return services.create_goal(
        world.org,
        title="x",
        metric=metric,
        metric_key=key,
        target=1,
        due_on=datetime.date(2100, 1, 1),
        owner=None,
        today=timezone.localdate(),
    )


def test_a_goal_chart_says_what_its_vertical_axis_counts(world: World) -> None:
    """The goal chart's axis read "-60 ... 20" with no word of what: an internal NPS and a
    0-100 score look alike. The axis is titled with the measure and its range."""
    today = timezone.localdate()
    point = metrics.MetricPoint(today, -60.0, "Internal service matrix")
    expected = {
        MetricKind.INTERNAL_NPS: "internal NPS, −100 to 100",
        MetricKind.CARE_BEHAVIOUR: "% of conversations",
        MetricKind.ICARE_ELEMENT: "ICARE score, 0 to 100",
    }
    for metric, axis in expected.items():
        goal = Goal(
            organisation=world.org,
            title="Be recommended",
            metric=metric,
            metric_key="x",
            target=20,
            start_on=today,
            due_on=today + datetime.timedelta(days=90),
        )
        layout = charts.goal_chart(goal, [point])["layout"]
        assert layout["yaxis"]["title"]["text"] == axis


def test_the_suggested_actions_cover_every_element() -> None:
    for element in Element:
        assert len(actions_for(element)) >= 3
    assert len({a.id for a in suggested_actions()}) == len(suggested_actions())


def test_a_goal_starts_from_the_value_on_the_day_it_is_set(world: World) -> None:
    _two_campaigns(world)
    today = timezone.localdate()
    goal = _empowerment_goal(world)
    assert goal.title == "Empowerment (ICARE score)"
    assert goal.baseline == 50.0
    progress = services.goal_progress(goal, today=today)
    assert [p.value for p in progress] == [50.0, 75.0]
    assert services.percent_to_target(goal, progress[-1].value) == 83


def test_a_goal_on_an_unknown_metric_names_the_field(world: World) -> None:
    with pytest.raises(ValueError, match="metric key: 'kindness' is not an ICARE element"):
        _goal_on(world, MetricKind.ICARE_ELEMENT, "kindness")


def test_recorded_measurements_join_the_progress(world: World) -> None:
    today = timezone.localdate()
    goal = _store_feelings_goal(world)
    services.record_measurement(goal, on=today, value=61, source="weekly review")
    assert [p.value for p in services.goal_progress(goal, today=today)] == [61]


def test_an_action_plan_compares_the_metric_before_and_after(world: World) -> None:
    people = add_people(world.org, world.store, Role.FRONTLINE, 6)
    today = timezone.localdate()
    closed_icare_campaign(
        world.org, [(p, 2) for p in people], closes_on=today - datetime.timedelta(days=120)
    )
    idea = actions_for(Element.EMPOWERMENT)[0]
    started = today - datetime.timedelta(days=100)
    plan = services.create_action_plan(
        world.org,
        title=idea.title,
        source=GapSource.LEVEL_GAP,
        source_key="empowerment",
        owner=world.manager,
        due_on=started + datetime.timedelta(days=30),
        check_in_on=started + datetime.timedelta(days=60),
        metric=MetricKind.ICARE_ELEMENT,
        metric_key="empowerment",
        steps=idea.steps,
        today=started,
    )
    assert plan.metric_before == 25.0
    assert [s.text for s in plan.steps.all()] == list(idea.steps)
    with pytest.raises(services.CultureError, match="planned for"):
        services.check_in(plan, today=started + datetime.timedelta(days=1))
    closed_icare_campaign(
        world.org, [(p, 4) for p in people], closes_on=today - datetime.timedelta(days=5)
    )
    services.check_in(plan, today=today)
    assert (plan.metric_after, plan.change) == (75.0, 50.0)


def test_ticking_the_first_step_starts_the_plan(world: World) -> None:
    today = timezone.localdate()
    plan = services.create_action_plan(
        world.org,
        title="Quick",
        source=GapSource.ICARE_ELEMENT,
        source_key="culture",
        owner=world.manager,
        due_on=today,
        check_in_on=today,
        metric=MetricKind.ICARE_ELEMENT,
        metric_key="culture",
        steps=["Ask each person what they need"],
        today=today,
    )
    services.toggle_step(plan.steps.get())
    plan.refresh_from_db()
    assert plan.status == PlanStatus.IN_PROGRESS


def test_metrics_never_reveal_a_hidden_group(world: World) -> None:
    # Two respondents only: below the threshold, so the ICARE score does not exist for goals.
    people = add_people(world.org, world.store, Role.FRONTLINE, 2)
    closed_icare_campaign(
        world.org,
        [(p, 5) for p in people],
        closes_on=timezone.localdate() - datetime.timedelta(days=3),
    )
    assert (
        metrics.current_value(world.org, "icare_element", "ideal", today=timezone.localdate())
        is None
    )


@pytest.fixture
def goal_and_plan(world: World) -> tuple[Goal, int, int]:
    today = timezone.localdate()
    org_goal, online_goal = (
        services.create_goal(
            world.org,
            title=title,
            metric=MetricKind.ICARE_ELEMENT,
            metric_key="ideal",
            target=70,
            due_on=today + datetime.timedelta(days=60),
            owner=world.leader,
            team=team,
            today=today,
        )
        for title, team in (("Org", None), ("Online", world.online))
    )
    plan = services.create_action_plan(
        world.org,
        title="Store plan",
        source=GapSource.ICARE_ELEMENT,
        source_key="ideal",
        owner=world.manager,
        team=world.store,
        due_on=today,
        check_in_on=today,
        metric=MetricKind.ICARE_ELEMENT,
        metric_key="ideal",
        steps=["One"],
        today=today,
    )
    return org_goal, online_goal.pk, plan.pk


GOAL_CASES = {
    "frontline": (200, 404, 404, 404),
    "colleague": (200, 200, 404, 404),
    "manager": (200, 404, 200, 302),
    "leader": (200, 200, 200, 302),
    "analyst": (200, 200, 404, 404),
    "admin": (200, 200, 200, 302),
    "outsider": (404, 404, 404, 404),
}


@pytest.mark.parametrize("persona", list(GOAL_CASES))
def test_goal_and_plan_pages_by_persona(
    goal_and_plan: tuple[Goal, int, int], persona: str, request: pytest.FixtureRequest
) -> None:
    org_goal, online_goal, plan = goal_and_plan
    client: Client = request.getfixturevalue(persona)
    got = (
        client.get(f"/culture/goals/{org_goal.pk}/").status_code,
        client.get(f"/culture/goals/{online_goal}/").status_code,
        client.get(f"/culture/plans/{plan}/").status_code,
        client.post(f"/culture/plans/{plan}/update/", {"status": "in_progress"}).status_code,
    )
    assert got == GOAL_CASES[persona]


@pytest.mark.parametrize(
    ("persona", "status"),
    [("frontline", 404), ("analyst", 404), ("manager", 200), ("leader", 200), ("admin", 200)],
)
def test_setting_goals_and_plans_is_for_leaders_admins_and_managers(
    world: World, persona: str, status: int, request: pytest.FixtureRequest
) -> None:
    client: Client = request.getfixturevalue(persona)
    assert client.get("/culture/goals/new/").status_code == status
    assert client.get("/culture/plans/new/?source=level_gap&key=empowerment").status_code == status


@pytest.mark.parametrize(
    "persona", ["frontline", "manager", "leader", "analyst", "admin", "outsider"]
)
def test_overview_pages_open_for_everyone_signed_in(
    persona: str, request: pytest.FixtureRequest
) -> None:
    client: Client = request.getfixturevalue(persona)
    for url in (
        "/culture/",
        "/culture/goals/",
        "/culture/plans/",
        "/culture/actions/",
        "/culture/me/vision/",
    ):
        assert client.get(url).status_code == 200, url


def test_a_plan_form_starts_from_a_library_idea(world: World, manager: Client) -> None:
    idea = actions_for(Element.RESPONSIVENESS)[0]
    response = manager.get(
        f"/culture/plans/new/?source=icare_element&key=responsiveness&action={idea.id}"
    )
    assert response.context["form"].initial["title"] == idea.title
    today = timezone.localdate()
    response = manager.post(
        f"/culture/plans/new/?source=icare_element&key=responsiveness&action={idea.id}",
        {
            "title": idea.title,
            "measure": "icare_element:responsiveness",
            "owner": world.frontline.pk,
            "due_on": today + datetime.timedelta(days=10),
            "check_in_on": today + datetime.timedelta(days=40),
            "steps": "\n".join(idea.steps),
        },
    )
    assert response.status_code == 302


def test_api_lists_follow_the_same_rules(
    goal_and_plan: tuple[Goal, int, int], frontline: Client, leader: Client
) -> None:
    assert {g["title"] for g in frontline.get("/api/culture/goals").json()} == {"Org"}
    assert {g["title"] for g in leader.get("/api/culture/goals").json()} == {"Org", "Online"}
    assert frontline.get("/api/culture/plans").json() == []
    assert [p["title"] for p in leader.get("/api/culture/plans").json()] == ["Store plan"]
    assert frontline.get("/api/culture/vision").status_code == 404
    assert Client().get("/api/culture/goals").status_code == 401


def test_care_figures_can_be_recorded_by_planners_only(
    world: World, manager: Client, frontline: Client
) -> None:
    today = timezone.localdate()
    goal = _store_feelings_goal(world)
    data = {"measured_on": today.isoformat(), "value": "64", "source": "team review"}
    assert frontline.post(f"/culture/goals/{goal.pk}/measure/", data).status_code == 404
    assert manager.post(f"/culture/goals/{goal.pk}/measure/", data).status_code == 302
    assert [m.value for m in goal.measurements.all()] == [64.0]


def test_an_unknown_care_behaviour_is_refused(world: World) -> None:
    with pytest.raises(ValueError, match="not a CARE behaviour"):
        _goal_on(world, MetricKind.CARE_BEHAVIOUR, "sings_to_customers")


def test_a_target_the_metric_can_never_reach_is_refused(world: World) -> None:
    today = timezone.localdate()
    common: dict[str, Any] = {
        "title": "",
        "due_on": today + datetime.timedelta(days=60),
        "owner": world.leader,
        "today": today,
    }
    with pytest.raises(ValueError, match="target: 500 is outside 0 to 100, the range of CARE"):
        services.create_goal(
            world.org, metric=MetricKind.CARE_QUALITY, metric_key="responsive", target=500, **common
        )
    with pytest.raises(ValueError, match="target: -5 is outside 0 to 100"):
        services.create_goal(
            world.org,
            metric=MetricKind.CARE_BEHAVIOUR,
            metric_key="apologises",
            target=-5,
            **common,
        )
    # An internal NPS may sit below zero: lifting it to -10 is a real goal.
    goal = services.create_goal(
        world.org,
        metric=MetricKind.INTERNAL_NPS,
        metric_key=str(world.store.pk),
        target=-10,
        **common,
    )
    assert goal.target == -10


def test_a_typed_in_figure_outside_the_range_is_not_recorded(world: World, manager: Client) -> None:
    today = timezone.localdate()
    goal = _store_feelings_goal(world)
    data = {"measured_on": today.isoformat(), "value": "640", "source": "team review"}
    response = manager.post(f"/culture/goals/{goal.pk}/measure/", data, follow=True)
    assert "Not recorded: value: 640 is outside 0 to 100" in response.content.decode()
    assert not goal.measurements.exists()


def test_a_figure_dated_after_today_is_not_recorded(world: World, manager: Client) -> None:
    """Walked in session 19: 9999-12-31 (or next week) was recorded, and stood as the
    goal's latest value until that day came."""
    goal = _store_feelings_goal(world)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    for day, shown in ((datetime.date(9999, 12, 31), "31 Dec 9999"), (tomorrow, "")):
        data = {"measured_on": day.isoformat(), "value": "64", "source": "team review"}
        page = manager.post(f"/culture/goals/{goal.pk}/measure/", data, follow=True)
        assert f"Not recorded: date: {shown}" in page.content.decode()
        assert "has not come yet; record a figure on the day it was measured" in (
            page.content.decode()
        )
    assert not goal.measurements.exists()
    today = {"measured_on": timezone.localdate().isoformat(), "value": "64"}
    assert manager.post(f"/culture/goals/{goal.pk}/measure/", today).status_code == 302
    assert [m.value for m in goal.measurements.all()] == [64.0]


def test_a_manager_sets_goals_for_their_teams_not_for_the_organisation(
    world: World, manager: Client, leader: Client
) -> None:
    today = timezone.localdate()
    data = {
        "title": "Warmer replies",
        "measure": "care_quality:responsive",
        "target": "70",
        "due_on": (today + datetime.timedelta(days=60)).isoformat(),
        "team": "",
    }
    page = manager.post("/culture/goals/new/", data)
    assert page.status_code == 200
    assert "organisation goals are set by senior leaders" in page.content.decode()
    assert not Goal.objects.filter(title="Warmer replies").exists()
    assert manager.post("/culture/goals/new/", {**data, "team": world.store.pk}).status_code == 302
    assert Goal.objects.get(title="Warmer replies").team == world.store
    # A senior leader leaves the team empty for an organisation goal.
    assert leader.post("/culture/goals/new/", {**data, "title": "Org-wide"}).status_code == 302
    assert Goal.objects.get(title="Org-wide").team is None


def test_a_plan_step_past_the_limit_is_refused_not_cut_off(world: World) -> None:
    today = timezone.localdate()
    step = "Call every customer whose parcel is late before they call us, and say when. " * 5
    with pytest.raises(ValueError, match="steps: keep it to 300 characters or fewer"):
        services.create_action_plan(
            world.org,
            title="Call first",
            source=GapSource.ICARE_ELEMENT,
            source_key="responsiveness",
            metric=MetricKind.ICARE_ELEMENT,
            metric_key="responsiveness",
            owner=world.manager,
            due_on=today + datetime.timedelta(days=10),
            check_in_on=today + datetime.timedelta(days=40),
            steps=["Agree the late-parcel list each morning", step],
            today=today,
        )


def test_the_empty_plans_page_asks_only_planners_to_start_one(
    frontline: Client, manager: Client
) -> None:
    # A frontline person cannot start a plan, so the page must not tell them to.
    page = frontline.get("/culture/plans/").content.decode()
    assert "You are not part of an action plan yet" in page
    assert "Start one from a gap" not in page
    assert "Start one from a gap" in manager.get("/culture/plans/").content.decode()


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [(21.4, 27.5, 7), (21.5, 27.4, 5), (50.0, 50.4, 0), (62.5, 58.4, -5), (None, 40.0, None)],
)
def test_a_plans_change_matches_the_figures_shown_beside_it(
    before: float | None, after: float | None, change: int | None
) -> None:
    # The page shows before and after as whole numbers; the change must be their difference.
    plan = ActionPlan(metric_before=before, metric_after=after)
    assert plan.change == change


def test_a_plan_link_with_an_unknown_source_or_action_says_so(manager: Client) -> None:
    """`?source=bogus` and `?action=nonexistent` were dropped in silence; the form opened as
    if the link had said nothing."""
    page = manager.get("/culture/plans/new/?source=bogus&action=nonexistent")
    assert page.status_code == 200
    html = page.content.decode()
    assert "“source=bogus” in the address is not understood: expected one of " in html
    assert "“action=nonexistent” in the address is not understood" in html
    assert "not understood" not in manager.get("/culture/plans/new/").content.decode()


def test_an_icare_goal_says_its_figures_come_from_surveys(world: World, leader: Client) -> None:
    """An ICARE goal's page said "No scored conversation of  falls in this goal's period
    yet, so these figures were typed in by hand" under figures that came from surveys."""
    _two_campaigns(world)
    goal = _empowerment_goal(world)
    page = leader.get(f"/culture/goals/{goal.pk}/").content.decode()
    assert "typed in by hand" not in page
    assert "Each point is the result of a closed survey" in page


def test_a_manager_can_only_measure_survey_results_they_may_already_read(
    world: World, manager: Client, leader: Client
) -> None:
    """A manager could set a goal or plan on a peer's (or their own leader's) manager pulse,
    or another team's internal NPS, and then read it on the goal page and show it to their
    team: the demo's Rachel Lindqvist read Imran Siddiqui's pulse, 58, that way. Found by
    posting every option of the goal form as the demo manager."""
    due = (timezone.localdate() + datetime.timedelta(days=60)).isoformat()
    goal = {"title": "", "target": "70", "due_on": due, "team": world.store.pk}
    plan = {
        "title": "Lift it",
        "owner": world.manager.pk,
        "due_on": due,
        "check_in_on": due,
        "steps": "Talk it through on Monday",
    }
    out_of_view = (f"manager_pulse:{world.leader.pk}", f"internal_nps:{world.online.pk}")
    for measure in out_of_view:
        page = manager.post("/culture/goals/new/", {**goal, "measure": measure})
        assert page.status_code == 200
        assert "Select a valid choice" in page.content.decode()
        assert manager.post("/culture/plans/new/", {**plan, "measure": measure}).status_code == 200
        assert measure not in manager.get("/culture/goals/new/").content.decode()
    assert not Goal.objects.exists()
    assert not ActionPlan.objects.exists()
    # Their own pulse, that of a manager below them and their teams' NPS stay open to them.
    for measure in (
        f"manager_pulse:{world.manager.pk}",
        f"manager_pulse:{world.teamlead.pk}",
        f"internal_nps:{world.kiosk.pk}",
    ):
        assert manager.post("/culture/goals/new/", {**goal, "measure": measure}).status_code == 302
    # A senior leader reads every row, so every option stays open.
    for measure in out_of_view:
        assert leader.post("/culture/goals/new/", {**goal, "measure": measure}).status_code == 302


def test_a_team_goal_on_an_icare_element_measures_that_team(world: World, manager: Client) -> None:
    """A manager's ICARE goal for their team showed the organisation's score under the
    team's name: the demo's "Empowerment (ICARE score) · Chat & E-mail" read 54, the
    company's, where Chat & E-mail's own row of the same survey says 57. Found by setting
    that goal as the demo manager and comparing it with the results page."""
    store = add_people(world.org, world.store, Role.FRONTLINE, 4)
    online = add_people(world.org, world.online, Role.FRONTLINE, 4)
    closed_icare_campaign(
        world.org,
        [(p, 5) for p in store] + [(p, 2) for p in online],
        closes_on=timezone.localdate() - datetime.timedelta(days=10),
        min_group_scores=3,
    )
    today = timezone.localdate()
    due = (today + datetime.timedelta(days=60)).isoformat()
    data = {"title": "", "measure": "icare_element:empowerment", "target": "90", "due_on": due}
    assert manager.post("/culture/goals/new/", {**data, "team": world.store.pk}).status_code == 302
    goal = Goal.objects.get()
    assert goal.baseline == 100.0  # the Store answered "strongly agree"; the company is at 62.5
    page = manager.get(f"/culture/goals/{goal.pk}/").content.decode()
    assert "the answers given in Store itself" in page
    # A team whose row the results page hides has no figure either.
    kiosk_goal = services.create_goal(
        world.org,
        title="Kiosk",
        metric=MetricKind.ICARE_ELEMENT,
        metric_key="empowerment",
        target=80,
        due_on=today + datetime.timedelta(days=60),
        owner=world.manager,
        team=world.kiosk,
        today=today,
    )
    assert kiosk_goal.baseline is None
    assert services.goal_progress(kiosk_goal, today=today) == []


def test_a_step_id_that_is_not_a_number_is_not_found_not_a_server_error(
    goal_and_plan: tuple[Goal, int, int], manager: Client
) -> None:
    """`step=abc` posted to a plan's update reached get_object_or_404 as a primary key and
    raised ValueError: a 500. Found by posting odd values to every form as the demo leader."""
    plan = goal_and_plan[2]
    assert manager.post(f"/culture/plans/{plan}/update/", {"step": "abc"}).status_code == 404
    step = ActionPlan.objects.get(pk=plan).steps.get()
    assert manager.post(f"/culture/plans/{plan}/update/", {"step": step.pk}).status_code == 302
    step.refresh_from_db()
    assert step.done


def test_the_new_plan_page_keeps_icare_and_care_in_capitals(manager: Client) -> None:
    """The new-plan page read "Answering: an icare element." and "a care behaviour": the
    whole label was lower-cased, names included. Found looking at the page as the demo
    leader."""
    assert "Answering: an ICARE element." in manager.get("/culture/plans/new/").content.decode()
    page = manager.get("/culture/plans/new/?source=care_behaviour&key=acknowledges_feelings")
    assert "Answering: a CARE behaviour." in page.content.decode()


def test_the_overview_lists_open_plans_and_says_which_are_overdue(
    world: World, manager: Client
) -> None:
    """The overview's "Action plans under way" listed plans not started yet, and a plan due
    two weeks ago read "due 9 Nov · Planned" like any other. Found on the demo leader's
    Vision & goals page."""
    today = timezone.localdate()
    for title, due in (
        ("Late one", today - datetime.timedelta(days=14)),
        ("Next month", today + datetime.timedelta(days=30)),
    ):
        services.create_action_plan(
            world.org,
            title=title,
            source=GapSource.ICARE_ELEMENT,
            source_key="ideal",
            owner=world.manager,
            due_on=due,
            check_in_on=due + datetime.timedelta(days=30),
            metric=MetricKind.ICARE_ELEMENT,
            metric_key="ideal",
            steps=["Agree the first step on Monday"],
            today=today - datetime.timedelta(days=40),
        )
    page = manager.get("/culture/").content.decode()
    assert "Open action plans" in page
    assert "under way" not in page
    late, upcoming = (
        page.split("Late one")[1].split("</li>")[0],
        page.split("Next month")[1].split("</li>")[0],
    )
    assert "(overdue)" in late
    assert "(overdue)" not in upcoming


def test_an_empty_goals_page_says_what_a_goal_is_and_who_can_set_one(
    leader: Client, frontline: Client
) -> None:
    """ "No goals yet." alone left a new organisation's leader to guess what a goal here
    measures and where to start."""
    page = leader.get("/culture/goals/").content.decode()
    assert "A goal sets a target on a culture survey element" in page
    assert 'href="/culture/goals/new/">set the first one</a>' in page
    # Someone who cannot set goals is told what they are, without a link they cannot use.
    theirs = frontline.get("/culture/goals/").content.decode()
    assert "A goal sets a target" in theirs
    assert "set the first one" not in theirs


def test_a_refused_goal_or_plan_says_so_under_the_field_it_concerns(
    world: World, leader: Client
) -> None:
    """An administrator typing a target of 500 read "target: 500 is outside 0 to 100..."
    above the form, the field's code name in front and nothing on the Target box itself
    (no aria-invalid, so a screen reader announced nothing there); a past check-in date was
    refused as "dates: the due date and the check-in date must not be in the past" without
    saying which. Each refusal now stands under its own field, and names its date."""
    today = timezone.localdate()
    goal = {
        "title": "Warmer replies",
        "measure": "care_quality:responsive",
        "target": "500",
        "due_on": (today + datetime.timedelta(days=60)).isoformat(),
        "team": "",
    }
    form = leader.post("/culture/goals/new/", goal).context["form"]
    assert form.non_field_errors() == []
    assert form.errors["target"] == [
        "500 is outside 0 to 100, the range of CARE responsive score; choose a value inside it."
    ]
    form = leader.post(
        "/culture/goals/new/", {**goal, "target": "70", "due_on": today.isoformat()}
    ).context["form"]
    assert form.errors["due_on"][0].endswith("is not in the future; choose a later day.")
    # The team list says what leaving it empty means.
    assert "The whole organisation" in leader.get("/culture/goals/new/").content.decode()

    plan = {
        "title": "Answer within the hour",
        "measure": "icare_element:responsiveness",
        "owner": world.frontline.pk,
        "due_on": today - datetime.timedelta(days=1),
        "check_in_on": today + datetime.timedelta(days=30),
        "steps": "Read the queue at nine",
    }
    page = leader.post("/culture/plans/new/?source=icare_element&key=responsiveness", plan)
    form = page.context["form"]
    assert form.non_field_errors() == []
    assert list(form.errors) == ["due_on"]
    assert form.errors["due_on"][0].endswith("has passed; choose today or later.")
    assert 'aria-invalid="true"' in page.content.decode()
    assert not Goal.objects.filter(title="Warmer replies").exists()
    assert not ActionPlan.objects.filter(title="Answer within the hour").exists()


def test_an_empty_required_field_is_named_in_its_error(leader: Client) -> None:
    """A goal saved without a target, or a plan without a title or steps, read "This field
    is required." under the box: nothing in the sentence said which, and on a phone, or to
    a screen reader moving from alert to alert, the box it stands under is not at hand.
    Each error of these forms (goals, plans, new surveys) now starts with its field's name."""
    goal = leader.post("/culture/goals/new/", {"measure": "care_quality:responsive"})
    assert goal.status_code == 200
    html = goal.content.decode()
    assert "<li>Target: This field is required.</li>" in html
    assert "<li>This field is required.</li>" not in html
    plan = leader.post("/culture/plans/new/", {"measure": "icare_element:ideal"}).content.decode()
    assert "<li>Title: This field is required.</li>" in plan
    assert "<li>Steps: This field is required.</li>" in plan
    survey = leader.post("/assessments/new/", {"kind": "icare"}).content.decode()
    assert "<li>Title: This field is required.</li>" in survey


def test_a_goal_or_plan_dated_years_ahead_is_refused_with_the_latest_day_it_may_have(
    world: World, leader: Client
) -> None:
    """Walking the demo as a manager (session 20), a goal due 31 Dec 9999 and a plan
    checking in on 31 Dec 9999 were both stored: a slip of the year that leaves a goal
    "on track" for eight thousand years and a plan that never asks whether it worked. A
    goal may now be due within five years, a plan within two, and its check-in within six
    months of its due date; each refusal names the latest day allowed."""
    today = timezone.localdate()
    goal = {
        "title": "Warmer replies",
        "measure": "care_quality:responsive",
        "target": "70",
        "due_on": "9999-12-31",
        "team": "",
    }
    form = leader.post("/culture/goals/new/", goal).context["form"]
    latest_goal = today + services.FURTHEST_GOAL
    assert form.errors["due_on"] == [
        f"31 Dec 9999 is more than five years away; choose a day by {latest_goal:%-d %b %Y}."
    ]
    assert not Goal.objects.filter(title="Warmer replies").exists()
    # The last day allowed is taken.
    leader.post("/culture/goals/new/", {**goal, "due_on": latest_goal.isoformat()})
    assert Goal.objects.get(title="Warmer replies").due_on == latest_goal

    plan = {
        "title": "Answer within the hour",
        "measure": "icare_element:responsiveness",
        "owner": world.frontline.pk,
        "due_on": (today + datetime.timedelta(days=30)).isoformat(),
        "check_in_on": "9999-12-31",
        "steps": "Read the queue at nine",
    }
    url = "/culture/plans/new/?source=icare_element&key=responsiveness"
    form = leader.post(url, plan).context["form"]
    latest_check_in = today + datetime.timedelta(days=30) + services.FURTHEST_CHECK_IN
    assert form.errors["check_in_on"] == [
        "31 Dec 9999 is more than six months after the due date, too late to tell whether "
        f"these steps worked; choose a day by {latest_check_in:%-d %b %Y}."
    ]
    form = leader.post(url, {**plan, "due_on": "9999-12-30"}).context["form"]
    assert form.errors["due_on"] == [
        "30 Dec 9999 is more than two years away; an action plan is for steps within reach, "
        f"so choose a day by {today + services.FURTHEST_PLAN:%-d %b %Y}."
    ]
    assert not ActionPlan.objects.filter(title="Answer within the hour").exists()
    leader.post(url, {**plan, "check_in_on": latest_check_in.isoformat()})
    assert ActionPlan.objects.get(title="Answer within the hour").check_in_on == latest_check_in


def test_a_plan_for_the_whole_of_next_year_is_accepted(world: World) -> None:
    """Agreed on 24 Nov 2026 for the next calendar year, a plan due 31 Dec 2027 (402 days
    ahead) was refused as "more than a year away" (session 20). A plan may now be due
    within two years; a day past that is still refused, naming the last day allowed."""
    today = datetime.date(2026, 11, 24)
    plan: dict[str, Any] = {
        "title": "Calmer replies all next year",
        "source": GapSource.ICARE_ELEMENT,
        "source_key": "culture",
        "owner": world.manager,
        "check_in_on": datetime.date(2028, 1, 31),
        "metric": MetricKind.ICARE_ELEMENT,
        "metric_key": "culture",
        "steps": ["Share one calm reply at each Monday huddle"],
        "today": today,
    }
    made = services.create_action_plan(world.org, due_on=datetime.date(2027, 12, 31), **plan)
    assert made.due_on == datetime.date(2027, 12, 31)
    with pytest.raises(services.CultureError) as refused:
        services.create_action_plan(world.org, due_on=datetime.date(2028, 11, 25), **plan)
    assert str(refused.value) == (
        "due date: 25 Nov 2028 is more than two years away; an action plan is for steps "
        "within reach, so choose a day by 24 Nov 2028"
    )


def test_a_plan_that_lost_ground_shows_a_true_minus(
    goal_and_plan: tuple[Goal, int, int], leader: Client
) -> None:
    """The change read "-5" with a hyphen where the pages' texts write "−100"."""
    _goal, _online, plan = goal_and_plan
    ActionPlan.objects.filter(pk=plan).update(metric_before=62.5, metric_after=58.4)
    for url in (f"/culture/plans/{plan}/", "/culture/plans/"):
        html = leader.get(url).content.decode()
        assert "−5" in html, url
        assert "-5<" not in html, url
        assert "(-5)" not in html, url


def _cards(html: str) -> dict[str, str]:
    """The goal page's figure cards, label (up to its first bracket) to value."""
    found = re.findall(r'<span class="value">([^<]*)</span><span class="label">([^<(]*)', html)
    return {label.strip(): value for value, label in found}


def _goal_row(html: str, goal: Goal) -> list[str]:
    """Start, latest and target of the goal's row in a goals table."""
    row = html[html.index(f'href="/culture/goals/{goal.pk}/"') :]
    row = row[: row.index("</tr>")]
    return re.findall(r'data-label="(?:Start|Latest|Target)">(?:<strong>)?([^<]*)<', row)


def test_a_goals_figures_read_one_way_everywhere(world: World, leader: Client) -> None:
    """Session 21: the cards printed 61.0 as "61.0" beside a target of "66", the table
    under the chart "61.0" and the goals table "61"; the hover wrote "61.0" too. A goal's
    figures now have one decimal where they have one (6ff7cb8: 25 stays 25, 66.7 does not
    read 67) on the cards, under the chart, in the goals table and in the hover."""
    today = timezone.localdate()
    goal = _store_feelings_goal(world)
    services.record_measurement(goal, on=today, value=61.0, source="weekly review")
    Goal.objects.filter(pk=goal.pk).update(baseline=55.64, target=66.7)
    html = leader.get(f"/culture/goals/{goal.pk}/").content.decode()
    cards = _cards(html)
    assert (cards["at the start"], cards["latest"], cards["target"]) == ("55.6", "61", "66.7")
    assert '<td class="num">61</td>' in html
    # Outside the chart's data, which keeps plain numbers.
    assert "61.0" not in re.sub(r'<script id="goal-chart".*?</script>', "", html, flags=re.S)
    assert _goal_row(leader.get("/culture/goals/").content.decode(), goal) == [
        "55.6",
        "61",
        "66.7",
    ]
    points = [metrics.MetricPoint(today, v, "weekly review") for v in (61.0, 61.44, -20.0)]
    chart = charts.goal_chart(goal, points)
    assert list(chart["data"][0]["customdata"]) == ["61", "61.4", "−20"]
    assert "%{customdata}" in chart["data"][0]["hovertemplate"]


def test_an_internal_nps_goal_below_zero_reads_with_a_true_minus(
    world: World, leader: Client
) -> None:
    """An internal NPS goal's start of -20 printed "-20.0" with a hyphen, while its axis
    reads "−100 to 100": the cards and the goals table now write "−20"."""
    today = timezone.localdate()
    goal = services.create_goal(
        world.org,
        title="Store NPS",
        metric=MetricKind.INTERNAL_NPS,
        metric_key=str(world.store.pk),
        target=-5,
        due_on=today + datetime.timedelta(days=60),
        owner=world.leader,
        today=today,
    )
    Goal.objects.filter(pk=goal.pk).update(baseline=-20.0)
    html = leader.get(f"/culture/goals/{goal.pk}/").content.decode()
    cards = _cards(html)
    assert (cards["at the start"], cards["target"]) == ("−20", "−5")
    assert "target −5 by" in html
    assert "-20" not in html
    table = leader.get("/culture/goals/").content.decode()
    assert _goal_row(table, goal) == ["−20", "—", "−5"]


def test_a_goal_charts_legend_stands_above_the_plot() -> None:
    """Under the plot, at 390 px, the legend lay over the "date measured" axis title."""
    today = timezone.localdate()
    goal = Goal(
        title="Feelings",
        metric=MetricKind.CARE_BEHAVIOUR,
        metric_key="acknowledges_feelings",
        target=80,
        start_on=today,
        due_on=today + datetime.timedelta(days=30),
    )
    layout = charts.goal_chart(goal, [metrics.MetricPoint(today, 61.0, "")])["layout"]
    assert layout["legend"]["yanchor"] == "bottom"
    assert layout["legend"]["y"] >= 1
    assert layout["xaxis"]["automargin"] is True
