"""Campaign life cycle: drafting, launching, answering once, reminders, anonymity of storage."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from assessments.conftest import TODAY, icare_submission
from legendary.assessments.models import Campaign, CampaignKind, Response
from legendary.assessments.services import (
    CampaignError,
    Submission,
    change_thresholds,
    create_campaign,
    launch_campaign,
    response_rate,
    send_reminders,
    submit_response,
)
from web.conftest import World


def _open_campaign(world: World, **kwargs: object) -> Campaign:
    today = timezone.localdate()
    return create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Spring culture check",
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=10),
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_close_date_before_the_open_date_is_refused(world: World) -> None:
    with pytest.raises(CampaignError, match="before the open date"):
        create_campaign(
            world.org,
            kind=CampaignKind.ICARE,
            title="Backwards",
            opens_on=TODAY,
            closes_on=TODAY - datetime.timedelta(days=1),
        )


def test_a_survey_whose_dates_have_passed_is_not_launched(world: World, leader: Client) -> None:
    today = timezone.localdate()
    campaign = create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Back-dated",
        opens_on=today - datetime.timedelta(days=30),
        closes_on=today - datetime.timedelta(days=16),
    )
    page = leader.post(f"/assessments/{campaign.pk}/launch/", follow=True).content.decode()
    assert "so nobody could answer it. Start a new survey" in page
    assert campaign.invitations.count() == 0
    assert mail.outbox == []


def test_the_new_survey_form_refuses_a_close_date_in_the_past(world: World, leader: Client) -> None:
    page = leader.post(
        "/assessments/new/",
        {
            "kind": CampaignKind.ICARE,
            "title": "Back-dated",
            "opens_on": (timezone.localdate() - datetime.timedelta(days=30)).isoformat(),
            "closes_on": (timezone.localdate() - datetime.timedelta(days=16)).isoformat(),
            "min_group_scores": 5,
            "min_group_comments": 10,
        },
    )
    assert page.status_code == 200
    assert "This date has passed" in page.content.decode()
    assert not Campaign.objects.filter(title="Back-dated").exists()


def test_a_team_id_past_any_database_id_is_refused_not_a_server_error(
    world: World, leader: Client
) -> None:
    """Ticking a team whose id was edited to 99999999999999999999 made SQLite raise
    OverflowError: the new-survey page answered 500. Found by posting odd values to every
    form as the demo leader."""
    data = {
        "kind": CampaignKind.ICARE,
        "title": "Spring check",
        "opens_on": timezone.localdate().isoformat(),
        "closes_on": (timezone.localdate() + datetime.timedelta(days=14)).isoformat(),
        "min_group_scores": 5,
        "min_group_comments": 10,
    }
    page = leader.post("/assessments/new/", {**data, "teams": ["99999999999999999999"]})
    assert page.status_code == 200
    assert "“99999999999999999999” is not a valid value." in page.content.decode()
    assert not Campaign.objects.filter(title="Spring check").exists()
    assert leader.post("/assessments/new/", {**data, "teams": [world.store.pk]}).status_code == 302


def test_thresholds_below_three_are_refused(world: World) -> None:
    with pytest.raises(ValueError, match="never be below 3"):
        _open_campaign(world, min_group_scores=2)


def test_thresholds_default_to_the_settings(world: World) -> None:
    campaign = _open_campaign(world)
    assert (campaign.min_group_scores, campaign.min_group_comments) == (5, 10)


def test_thresholds_freeze_when_the_campaign_launches(world: World) -> None:
    campaign = _open_campaign(world)
    change_thresholds(campaign, scores=7, comments=12)
    launch_campaign(campaign)
    with pytest.raises(CampaignError, match="frozen"):
        change_thresholds(campaign, scores=3, comments=3)
    campaign.refresh_from_db()
    assert campaign.min_group_scores == 7


def test_launch_invites_everyone_in_scope_by_email(world: World) -> None:
    for person in (world.frontline, world.colleague):
        person.email = f"{person.first_name.lower()}@example.org"
        person.save()
    campaign = _open_campaign(world)
    invitations = launch_campaign(campaign)
    assert len(invitations) == 8  # everyone active in Harbour & Vine, not the outsider
    assert {m.to[0] for m in mail.outbox} == {"fran@example.org", "cole@example.org"}
    assert invitations[0].token
    assert len({i.token for i in invitations}) == 8
    assert "/assessments/answer/" in mail.outbox[0].body


def test_a_campaign_for_some_teams_invites_their_members_and_managers(world: World) -> None:
    campaign = _open_campaign(world)
    campaign.teams.set([world.kiosk])
    invited = {i.person for i in launch_campaign(campaign, send_email=False)}
    assert invited == {world.teamlead, world.indirect_report, world.manager}


def test_each_invitation_answers_once_and_stores_no_person(world: World) -> None:
    campaign = _open_campaign(world)
    launch_campaign(campaign, send_email=False)
    invitation = campaign.invitations.get(person=world.frontline)
    response = submit_response(invitation, icare_submission(world.frontline, 4))
    assert (response.level, response.team) == ("frontline", world.store)
    field_names = {f.name for f in Response._meta.get_fields()}
    assert not field_names & {"person", "invitation", "created_at", "submitted_at"}
    with pytest.raises(CampaignError, match="already been used"):
        submit_response(invitation, icare_submission(world.frontline, 2))
    assert Response.objects.filter(campaign=campaign).count() == 1


def test_answers_are_refused_outside_the_open_dates(world: World) -> None:
    campaign = _open_campaign(world)
    launch_campaign(campaign, send_email=False)
    invitation = campaign.invitations.get(person=world.frontline)
    with pytest.raises(CampaignError, match="closed"):
        submit_response(
            invitation,
            icare_submission(world.frontline, 4),
            today=campaign.closes_on + datetime.timedelta(days=1),
        )


def test_a_statement_from_another_perspective_is_refused(world: World) -> None:
    campaign = _open_campaign(world)
    launch_campaign(campaign, send_email=False)
    invitation = campaign.invitations.get(person=world.frontline)
    with pytest.raises(CampaignError, match="C-L1"):
        submit_response(invitation, Submission(answers={"C-L1": 5}))


def test_reminders_go_only_to_people_who_have_not_answered(world: World) -> None:
    world.frontline.email, world.colleague.email = "fran@example.org", "cole@example.org"
    world.frontline.save()
    world.colleague.save()
    campaign = _open_campaign(world)
    launch_campaign(campaign)
    submit_response(
        campaign.invitations.get(person=world.frontline), icare_submission(world.frontline, 3)
    )
    mail.outbox.clear()
    assert send_reminders(campaign) == 1
    assert mail.outbox[0].to == ["cole@example.org"]
    assert "reminder" in mail.outbox[0].subject
    rate = response_rate(campaign)
    assert (rate.answered, rate.invited, rate.percent) == (1, 8, 12.5)


def test_a_second_reminder_waits_a_day(world: World, leader: Client) -> None:
    """Walking the demo as the senior leader (session 20), "Send reminders" pressed twice
    in a row e-mailed the 23 people who had not answered twice within a minute. Whoever
    was reminded in the last day is now left alone, and the page says how many and when
    they can be reminded again."""
    world.frontline.email, world.colleague.email = "fran@example.org", "cole@example.org"
    world.frontline.save()
    world.colleague.save()
    campaign = _open_campaign(world)
    launch_campaign(campaign)
    mail.outbox.clear()
    now = timezone.now()
    assert send_reminders(campaign, now=now) == 2
    assert send_reminders(campaign, now=now + datetime.timedelta(hours=3)) == 0
    assert len(mail.outbox) == 2
    assert send_reminders(campaign, now=now + datetime.timedelta(hours=25)) == 2

    mail.outbox.clear()
    page = leader.post(f"/assessments/{campaign.pk}/remind/", follow=True).content.decode()
    assert mail.outbox == []
    assert "0 reminders sent" in page
    assert "2 people reminded in the last day were left alone" in page
