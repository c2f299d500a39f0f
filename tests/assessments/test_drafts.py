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
