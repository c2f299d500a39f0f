"""The demo organisation's culture side: every culture page has real data to show."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from legendary.assessments.internal import manager_pulse_results, team_matrix_results
from legendary.assessments.models import Campaign, CampaignKind, CampaignStatus
from legendary.assessments.results import icare_results
from legendary.culture import services
from legendary.culture.models import ActionPlan, Goal, PersonalVision, ServiceVision
from legendary.demo.load import load_demo_organisation
from legendary.people.models import Person


@pytest.fixture
def demo(db: None, settings: object) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]
    load_demo_organisation(seed=5, conversations=20)


@pytest.mark.usefixtures("demo")
def test_two_past_campaigns_show_leaders_rosier_than_the_frontline() -> None:
    today = timezone.localdate()
    closed = Campaign.objects.filter(kind=CampaignKind.ICARE, closes_on__lt=today).order_by(
        "closes_on"
    )
    assert closed.count() == 2
    for campaign in closed:
        results = icare_results(campaign, today=today)
        levels = {r.key: r for r in results.levels}
        assert not levels["leader"].hidden
        assert levels["leader"].overall > levels["frontline"].overall + 10  # type: ignore[operator]
        assert results.comments
    latest = icare_results(closed.last(), today=today)  # type: ignore[arg-type]
    assert latest.previous is not None
    assert latest.changes
    assert any(team.hidden for team in latest.teams)  # some teams answered too little
    team_scores = [t.overall for t in latest.teams if not t.hidden]
    assert max(team_scores) - min(team_scores) > 5  # type: ignore[operator]


@pytest.mark.usefixtures("demo")
def test_an_open_campaign_leaves_the_demo_logins_something_to_answer() -> None:
    today = timezone.localdate()
    open_campaign = Campaign.objects.get(kind=CampaignKind.ICARE, closes_on__gte=today)
    assert open_campaign.status_on(today) == CampaignStatus.OPEN
    jordan = Person.objects.get(user__username="frontline")
    assert not open_campaign.invitations.get(person=jordan).answered


@pytest.mark.usefixtures("demo")
def test_pulse_matrix_vision_goals_and_plans_are_there() -> None:
    today = timezone.localdate()
    pulse = Campaign.objects.get(kind=CampaignKind.MANAGER_PULSE)
    assert any(not r.hidden for r in manager_pulse_results(pulse, today=today))
    matrix = Campaign.objects.get(kind=CampaignKind.TEAM_MATRIX)
    nps = [t.nps for t in team_matrix_results(matrix, today=today) if not t.hidden]
    assert len(nps) >= 3
    assert ServiceVision.objects.count() == 2
    assert PersonalVision.objects.exclude(statement="").count() >= 10
    assert Goal.objects.count() >= 4
    for goal in Goal.objects.all():
        assert services.goal_progress(goal, today=today), goal.title
    checked = ActionPlan.objects.exclude(metric_after=None).get()
    assert checked.change is not None
    assert checked.change > 0


@pytest.mark.usefixtures("demo")
def test_the_leader_reads_results_and_the_manager_their_people() -> None:
    leader, manager = Client(), Client()
    leader.force_login(Person.objects.get(user__username="leader").user)  # type: ignore[arg-type]
    manager.force_login(Person.objects.get(user__username="manager").user)  # type: ignore[arg-type]
    autumn = Campaign.objects.get(title="Culture check, autumn")
    page = leader.get(f"/assessments/{autumn.pk}/results/")
    assert b"Gaps between levels" in page.content
    assert b"What people wrote" in page.content
    visions = manager.get("/culture/team/visions/")
    assert visions.context["total"] > 0
