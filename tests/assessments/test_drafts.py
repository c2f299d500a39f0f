"""A draft survey is its author's until it is launched.

Found as the demo manager: the surveys list showed the senior leader's unlaunched drafts
(titles, dates and thresholds still being decided), and each opened at its own address.
"""

from __future__ import annotations

import datetime

from django.test import Client
from django.utils import timezone

from legendary.assessments.models import CampaignKind
from legendary.assessments.services import create_campaign, launch_campaign
from legendary.people.models import Role
from legendary.people.services import create_person, create_team
from web.conftest import World


def test_a_manager_sees_launched_surveys_not_drafts(
    world: World, manager: Client, leader: Client
) -> None:
    today = timezone.localdate()
    dates = {"opens_on": today, "closes_on": today + datetime.timedelta(days=14)}
    draft = create_campaign(world.org, kind=CampaignKind.ICARE, title="Reorg pulse", **dates)
    launched = create_campaign(world.org, kind=CampaignKind.ICARE, title="Spring check", **dates)
    launch_campaign(launched, send_email=False)

    listed = manager.get("/assessments/").content.decode()
    assert "Spring check" in listed
    assert "Reorg pulse" not in listed
    assert manager.get(f"/assessments/{draft.pk}/").status_code == 404
    assert manager.get(f"/assessments/{launched.pk}/").status_code == 200
    api = manager.get("/api/assessments/campaigns").json()
    assert [c["title"] for c in api] == ["Spring check"]
    # The leader who runs surveys still sees and opens the draft.
    assert "Reorg pulse" in leader.get("/assessments/").content.decode()
    assert leader.get(f"/assessments/{draft.pk}/").status_code == 200


def test_a_draft_shows_who_it_would_invite_not_a_response_rate(
    world: World, leader: Client
) -> None:
    """Walking the demo as the senior leader (session 20), a survey just saved as a draft
    opened on "0% response rate, 0 answered, 0 invited", as if it had gone out and nobody
    cared to answer. A draft now says it has not gone out yet and how many people launching
    it would invite; a launched one keeps its live rate."""
    today = timezone.localdate()
    dates = {"opens_on": today, "closes_on": today + datetime.timedelta(days=14)}
    draft = create_campaign(world.org, kind=CampaignKind.ICARE, title="Reorg pulse", **dates)

    page = leader.get(f"/assessments/{draft.pk}/").content.decode()
    assert "response rate" not in page
    assert 'id="rate"' not in page
    assert "Not sent yet: nobody has been invited." in page

    launch_campaign(draft, send_email=False)
    page = leader.get(f"/assessments/{draft.pk}/").content.decode()
    assert 'id="rate"' in page
    assert "response rate" in page
    assert "Not sent yet" not in page


def test_a_draft_says_when_another_survey_asks_the_same_people_at_the_same_time(
    world: World, leader: Client
) -> None:
    """Walking the demo as the senior leader (session 20), a new ICARE survey of the whole
    organisation launched without a word while "Culture check, winter" still asked the
    same forty people: everyone found the same questions twice under "Waiting for your
    answers". Accepted still (the same people twice leaks nothing), but the draft now says
    which survey it would run beside, how many people both ask, and when that one closes."""
    today = timezone.localdate()
    running = create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Winter check",
        opens_on=today - datetime.timedelta(days=3),
        closes_on=today + datetime.timedelta(days=9),
    )
    launch_campaign(running, send_email=False)
    # Someone who joined since was not asked by the running survey, but would be by this one.
    create_person(world.org, "Nina Newcomer", role=Role.FRONTLINE, team=world.store)
    dates = {"opens_on": today, "closes_on": today + datetime.timedelta(days=14)}
    draft = create_campaign(world.org, kind=CampaignKind.ICARE, title="Quick pulse", **dates)
    asked = running.invitations.count()
    assert asked > 0

    page = leader.get(f"/assessments/{draft.pk}/").content.decode()
    closes = running.closes_on
    both = f"asks {asked} of these {asked + 1} people until {closes:%-d %B %Y}"
    assert f"“Winter check” {both}" in page
    assert f"opens after {closes:%-d %B %Y}" in page

    # A survey of another kind, or one after the other has closed, is not in the way.
    later = create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Spring check",
        opens_on=closes + datetime.timedelta(days=1),
        closes_on=closes + datetime.timedelta(days=15),
    )
    pulse = create_campaign(world.org, kind=CampaignKind.MANAGER_PULSE, title="Pulse", **dates)
    for quiet in (later, pulse):
        assert "Winter check" not in leader.get(f"/assessments/{quiet.pk}/").content.decode()
    # Once launched, the page no longer offers the choice.
    launch_campaign(draft, send_email=False)
    assert "“Winter check” asks" not in leader.get(f"/assessments/{draft.pk}/").content.decode()


def test_a_draft_counts_its_people_in_words_that_fit_one_or_nobody(
    world: World, leader: Client
) -> None:
    """A draft of a team of one read "Launching it asks the 1 people in scope today", and
    one of an empty team "asks the 0 people", with a button to "Launch and invite 0
    people" that could only be refused (session 20). One is a person; nobody is said in
    words, with what to do instead, and no launch button is offered."""
    today = timezone.localdate()
    dates = {"opens_on": today, "closes_on": today + datetime.timedelta(days=14)}
    kiosk, popup = create_team(world.org, "Repairs desk"), create_team(world.org, "Pop-up shop")
    create_person(world.org, "Ines Amaral", role=Role.FRONTLINE, team=kiosk)
    one = create_campaign(world.org, kind=CampaignKind.ICARE, title="Kiosk", teams=[kiosk], **dates)
    empty = create_campaign(
        world.org, kind=CampaignKind.ICARE, title="Pop-up", teams=[popup], **dates
    )

    page = " ".join(leader.get(f"/assessments/{one.pk}/").content.decode().split())
    assert "Launching it asks the 1 person in scope today;" in page
    assert (
        "Repairs desk (with the teams inside them, and their managers): 1 person in scope" in page
    )
    assert "Launch and invite 1 person</button>" in page
    assert "1 people" not in page

    page = " ".join(leader.get(f"/assessments/{empty.pk}/").content.decode().split())
    assert "0 people" not in page
    assert "Nobody is in scope today: its teams have no active members" in page
    assert "Add people to those teams, or start a survey for other teams" in page
    assert "and their managers): nobody in scope today." in page
    assert "Launch and invite" not in page
    assert "Too few people to show anything" not in page
