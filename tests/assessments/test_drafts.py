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
