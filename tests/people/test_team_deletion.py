"""Deleting a team: its people stay without a team, its nested teams move up a level, a
running survey blocks it, and closed survey results keep their figures and its name."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments.conftest import add_people, closed_icare_campaign
from legendary.assessments.models import CampaignKind
from legendary.assessments.results import icare_results
from legendary.assessments.services import create_campaign, launch_campaign
from legendary.culture.models import Goal, MetricKind
from legendary.people.forms import EditPersonForm
from legendary.people.models import Person, Role, Team
from legendary.people.services import PeopleError, create_team
from legendary.people.team_deletion import delete_team, plan_team_deletion
from web.conftest import World, signed_in


def _rows(campaign_id: int) -> list[tuple[str, str, int | None, dict[str, float | None]]]:
    """Every published team row of a closed ICARE survey: key, name, count, scores."""
    from legendary.assessments.models import Campaign

    cache.clear()  # the tables are cached per campaign; read them afresh
    results = icare_results(Campaign.objects.get(pk=campaign_id), today=timezone.localdate())
    rows = [(r.key, r.label, r.respondents, dict(r.scores)) for r in results.teams]
    return [*rows, ("total", "", results.total.respondents, dict(results.total.scores))]


def test_a_team_nothing_refers_to_is_removed_and_its_people_stay(world: World) -> None:
    """Kiosk sits inside Store; its two people stay in the organisation, without a team."""
    plan = plan_team_deletion(world.kiosk)
    assert {p.name for p in plan.members} == {"Tom Teamlead", "Ivy Indirect"}
    assert not plan.keeps_record
    assert not plan.running
    delete_team(world.kiosk)
    assert not Team.objects.filter(pk=world.kiosk.pk).exists()
    world.teamlead.refresh_from_db()
    world.indirect_report.refresh_from_db()
    assert world.teamlead.team is None
    assert world.indirect_report.team is None
    # Nothing else about them changed: the reporting line is theirs, not the team's.
    assert world.indirect_report.manager == world.teamlead
    assert world.indirect_report.active


def test_nested_teams_move_up_into_the_deleted_teams_parent(world: World) -> None:
    region = create_team(world.org, "North region")
    world.store.parent = region
    world.store.save()
    plan = plan_team_deletion(world.store)
    assert plan.subteams == [world.kiosk]
    assert plan.new_parent == region
    delete_team(world.store)
    world.kiosk.refresh_from_db()
    assert world.kiosk.parent == region
    # A top-level team's nested teams become top-level teams.
    delete_team(region)
    world.kiosk.refresh_from_db()
    assert world.kiosk.parent is None


def test_closed_survey_results_keep_their_figures_and_the_teams_name(world: World) -> None:
    """A deleted team's answers must not move into "No team" (that would change published
    figures and let a reader subtract one publication from the other)."""
    depot = create_team(world.org, "Depot")
    people = [(p, 4) for p in add_people(world.org, depot, Role.FRONTLINE, 6)]
    people += [(p, 2) for p in add_people(world.org, world.online, Role.FRONTLINE, 6)]
    people += [(p, 3) for p in add_people(world.org, None, Role.FRONTLINE, 3)]
    campaign = closed_icare_campaign(
        world.org, people, closes_on=timezone.localdate() - dt.timedelta(days=1)
    )
    before = _rows(campaign.pk)
    assert "Depot" in {label for _, label, _, _ in before}
    plan = plan_team_deletion(depot)
    assert plan.survey_answers == 6
    assert plan.keeps_record
    delete_team(depot)
    assert _rows(campaign.pk) == before
    depot.refresh_from_db()
    assert depot.deleted_at is not None
    assert not depot.members.exists()
    # The name is free for a new team, and the new team is not the old one's results.
    assert create_team(world.org, "Depot").pk != depot.pk


def test_a_goal_about_the_team_is_kept(world: World) -> None:
    goal = Goal.objects.create(
        organisation=world.org,
        title="Online empowerment up",
        metric=MetricKind.ICARE_ELEMENT,
        metric_key="empowerment",
        team=world.online,
        target=70,
        start_on=dt.date(2026, 1, 1),
        due_on=dt.date(2026, 12, 31),
    )
    assert plan_team_deletion(world.online).goals == 1
    delete_team(world.online)
    goal.refresh_from_db()  # the team's row stays, so the goal (CASCADE) is not deleted
    assert goal.team == world.online
    assert world.online.deleted_at is not None


def test_a_running_survey_the_team_takes_part_in_blocks_the_deletion(
    world: World, admin: Client
) -> None:
    today = timezone.localdate()
    campaign = create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Autumn culture check",
        opens_on=today - dt.timedelta(days=2),
        closes_on=today + dt.timedelta(days=5),
        teams=[world.online],
    )
    launch_campaign(campaign, send_email=False)
    assert plan_team_deletion(world.online).running == [campaign]
    # A survey of another team does not concern this one.
    assert plan_team_deletion(world.kiosk).running == []
    with pytest.raises(PeopleError, match=r"Autumn culture check.*after it closes"):
        delete_team(world.online)
    world.colleague.refresh_from_db()
    assert world.colleague.team == world.online
    page = admin.get(reverse("team_delete", args=[world.online.pk])).content.decode()
    assert "Online cannot be deleted yet." in page
    assert "Delete Online</button>" not in page
    admin.post(reverse("team_delete", args=[world.online.pk]))
    assert Team.objects.get(pk=world.online.pk).deleted_at is None


def test_a_running_survey_of_the_team_around_it_blocks_the_deletion(world: World) -> None:
    """A survey of Store is one of Kiosk, inside it, too: Kiosk's people would leave its
    scope half way through."""
    today = timezone.localdate()
    campaign = create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Store check",
        opens_on=today,
        closes_on=today + dt.timedelta(days=3),
        teams=[world.store],
    )
    launch_campaign(campaign, send_email=False)
    assert plan_team_deletion(world.kiosk).running == [campaign]
    assert plan_team_deletion(world.online).running == []


def test_deletion_is_all_or_nothing(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database went away")

    monkeypatch.setattr(Team, "delete", fail)
    with pytest.raises(RuntimeError):
        delete_team(world.kiosk)
    assert Person.objects.get(pk=world.indirect_report.pk).team == world.kiosk


def test_the_confirmation_page_says_what_happens_then_the_post_does_it(
    world: World, admin: Client
) -> None:
    url = reverse("team_delete", args=[world.store.pk])
    page = admin.get(url).content.decode()
    assert "Delete the Store team?" in page
    assert "Maya Manager" in page
    assert "Fran Frontline" in page
    assert "<strong>Kiosk</strong> moves up one level, to the top level" in page
    assert "removed completely" in page
    assert Team.objects.filter(pk=world.store.pk).exists()  # a GET changes nothing
    response = admin.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("team_list")
    note = admin.get(reverse("team_list")).content.decode()
    assert (
        "Deleted the Store team. 2 people are now without a team. Kiosk moved up to the top level."
        in note
    )
    assert not Team.objects.filter(pk=world.store.pk).exists()
    assert "Store" not in [t.name for t in Team.objects.filter(organisation=world.org)]


def test_a_deleted_team_is_gone_from_pages_and_forms(world: World, admin: Client) -> None:
    world.online.deleted_at = timezone.now()
    world.online.save()
    assert "Online" not in admin.get(reverse("team_list")).content.decode()
    assert admin.get(reverse("team_detail", args=[world.online.pk])).status_code == 404
    form = EditPersonForm(person=world.colleague)
    assert world.online not in form.fields["team"].queryset  # type: ignore[attr-defined]


def test_only_an_administrator_may_delete_a_team(world: World, manager: Client) -> None:
    url = reverse("team_delete", args=[world.kiosk.pk])
    assert manager.get(url).status_code == 404
    assert manager.post(url).status_code == 404
    assert signed_in(world.leader).post(url).status_code == 404
    assert Team.objects.filter(pk=world.kiosk.pk).exists()
