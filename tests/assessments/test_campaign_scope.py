"""Who a campaign is for, and what its figures are compared with.

Found walking the demo as its senior leader: a survey for "Stores" (a team whose people all
sit in its two nested store teams) launched with nobody invited, "0 people in scope", and
the "change since the last survey" of a survey of a few teams was set against the whole
organisation's previous survey, as was an organisation goal's history.
"""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from assessments.conftest import TODAY, add_people, icare_submission
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.results import icare_results, previous_campaign
from legendary.assessments.services import (
    CampaignError,
    create_campaign,
    launch_campaign,
    people_in_scope,
    record_anonymous_response,
)
from legendary.culture.metrics import history
from legendary.culture.models import MetricKind
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.services import create_organisation, create_team
from web.conftest import World


def _survey(
    org: Organisation,
    answers: list[tuple[Person, int]],
    *,
    closes_on: datetime.date,
    teams: list[Team] | None = None,
) -> Campaign:
    """A closed ICARE survey of `teams` (None: everyone), each (person, value) answered."""
    campaign = create_campaign(
        org,
        kind=CampaignKind.ICARE,
        title=f"Check closing {closes_on}",
        opens_on=closes_on - datetime.timedelta(days=14),
        closes_on=closes_on,
        teams=teams or [],
        min_group_scores=3,
        min_group_comments=3,
    )
    launch_campaign(campaign, now=timezone.now(), send_email=False)
    for person, value in answers:
        record_anonymous_response(campaign, person, icare_submission(person, value))
    return campaign


def _open_draft(org: Organisation, teams: list[Team]) -> Campaign:
    """A draft survey of `teams`, open for the next two weeks."""
    today = timezone.localdate()
    return create_campaign(
        org,
        kind=CampaignKind.ICARE,
        title="Team check",
        opens_on=today,
        closes_on=today + datetime.timedelta(days=14),
        teams=teams,
    )


def test_a_survey_of_a_team_invites_the_people_of_the_teams_inside_it(world: World) -> None:
    # The Store team of the personas holds the Kiosk team: Tom and Ivy work there.
    campaign = _open_draft(world.org, [world.store])
    in_scope = set(people_in_scope(campaign))
    assert {world.teamlead, world.indirect_report} <= in_scope
    assert in_scope == {world.leader, world.manager, world.frontline, world.teamlead,
                        world.indirect_report}  # fmt: skip
    assert world.colleague not in in_scope


def test_a_survey_with_nobody_in_scope_is_not_launched(world: World) -> None:
    campaign = _open_draft(world.org, [create_team(world.org, "Pop-up shop")])
    with pytest.raises(CampaignError, match="nobody is in scope"):
        launch_campaign(campaign, send_email=False)
    campaign.refresh_from_db()
    assert campaign.launched_at is None


@pytest.fixture
def shops(db: None) -> dict[str, object]:
    """Eight people in two shops: a survey of everyone in spring (all strongly agree), a
    survey of the North shop alone in summer (all disagree)."""
    org = create_organisation("Two Shops Ltd")
    north, south = create_team(org, "North"), create_team(org, "South")
    north_people = add_people(org, north, Role.FRONTLINE, 4)
    south_people = add_people(org, south, Role.FRONTLINE, 4)
    everyone = [(p, 5) for p in north_people + south_people]
    spring = _survey(org, everyone, closes_on=TODAY - datetime.timedelta(days=90))
    summer = _survey(
        org,
        [(p, 2) for p in north_people],
        closes_on=TODAY - datetime.timedelta(days=30),
        teams=[north],
    )
    return {"org": org, "north": north, "spring": spring, "summer": summer, "everyone": everyone}


def test_a_survey_of_one_team_is_not_compared_with_the_whole_organisation(
    shops: dict[str, object],
) -> None:
    summer = shops["summer"]
    assert isinstance(summer, Campaign)
    assert previous_campaign(summer) is None
    assert icare_results(summer, today=TODAY).changes == []


def test_a_survey_of_everyone_is_compared_with_the_last_survey_of_everyone(
    shops: dict[str, object],
) -> None:
    org, spring = shops["org"], shops["spring"]
    assert isinstance(org, Organisation)
    everyone = shops["everyone"]
    assert isinstance(everyone, list)
    autumn = _survey(org, everyone, closes_on=TODAY - datetime.timedelta(days=2))
    assert previous_campaign(autumn) == spring
    # The same answers as in spring: no change, where the summer survey of North read -50.
    assert {c.delta for c in icare_results(autumn, today=TODAY).changes} == {0.0}


def test_an_organisation_goal_is_not_measured_by_a_survey_of_one_team(
    shops: dict[str, object],
) -> None:
    org, north = shops["org"], shops["north"]
    assert isinstance(org, Organisation)
    assert isinstance(north, Team)
    points = history(org, MetricKind.ICARE_ELEMENT, "ideal", today=TODAY)
    assert [p.value for p in points] == [100.0]  # spring only, not North's 25 in summer
    north_points = history(org, MetricKind.ICARE_ELEMENT, "ideal", today=TODAY, team=north)
    assert [p.value for p in north_points] == [100.0, 25.0]


def _new_survey_form(**changes: object) -> dict[str, object]:
    today = timezone.localdate()
    return {
        "kind": CampaignKind.ICARE,
        "title": "Winter check",
        "opens_on": today.isoformat(),
        "closes_on": (today + datetime.timedelta(days=14)).isoformat(),
        "min_group_scores": 5,
        "min_group_comments": 10,
        **changes,
    }


def test_a_huge_threshold_is_refused_on_the_form_not_a_server_error(leader: Client) -> None:
    """99999999999999999999 as the smallest group made SQLite raise OverflowError (a 500)."""
    for value in ("99999999999999999999", "40000"):
        page = leader.post("/assessments/new/", _new_survey_form(min_group_scores=value))
        assert page.status_code == 200
        assert "less than or equal to 1000" in page.content.decode()
    assert not Campaign.objects.filter(title="Winter check").exists()


def test_comments_need_a_group_at_least_as_large_as_scores(leader: Client) -> None:
    page = leader.post(
        "/assessments/new/", _new_survey_form(min_group_scores=8, min_group_comments=4)
    )
    assert page.status_code == 200
    assert "make this at least 8" in page.content.decode()
    assert not Campaign.objects.filter(title="Winter check").exists()
    ok = leader.post(
        "/assessments/new/", _new_survey_form(min_group_scores=8, min_group_comments=8)
    )
    assert ok.status_code == 302


@pytest.mark.parametrize(
    ("opens_on", "closes_on", "field", "message"),
    [
        ("0001-01-01", None, "closes_on", "A survey runs for 366 days at most"),
        (None, "9999-12-31", "closes_on", "A survey runs for 366 days at most"),
        ("9999-12-01", "9999-12-31", "opens_on", "Choose an open date within 366 days"),
    ],
    ids=["year-1", "year-9999", "opens-in-9999"],
)
def test_dates_no_survey_could_run_are_refused_on_the_form(
    leader: Client, world: World, opens_on: str | None, closes_on: str | None, field: str,
    message: str,
) -> None:  # fmt: skip
    """Walked in session 19: a draft from year 1, or to year 9999, was saved, and launching
    it overflowed the calendar looking for nearby surveys (OverflowError, a 500)."""
    changes = {k: v for k, v in (("opens_on", opens_on), ("closes_on", closes_on)) if v}
    page = leader.post("/assessments/new/", _new_survey_form(**changes))
    assert page.status_code == 200
    assert message in str(page.context["form"].errors[field])
    assert not Campaign.objects.filter(organisation=world.org).exists()


@pytest.mark.parametrize(
    ("opens_on", "closes_on"),
    [(datetime.date(1, 1, 1), datetime.date(1, 1, 20)), (datetime.date(9999, 12, 1), None)],
    ids=["year-1", "year-9999"],
)
def test_a_survey_at_the_ends_of_the_calendar_launches_without_overflowing(
    world: World, opens_on: datetime.date, closes_on: datetime.date | None
) -> None:
    # Made by a script, not the form: the nearby-survey check stays inside the calendar.
    campaign = create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Edge",
        opens_on=opens_on,
        closes_on=closes_on or datetime.date.max,
    )
    launch_campaign(campaign, now=timezone.now(), send_email=False)
    assert Campaign.objects.get(pk=campaign.pk).launched_at is not None
