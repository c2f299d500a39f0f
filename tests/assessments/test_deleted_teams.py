"""A team an administrator deleted is kept, marked deleted, only so that closed results keep
its name and figures: no new survey may offer it, to ask or to rate."""

from __future__ import annotations

import datetime

from django.test import Client
from django.utils import timezone

from legendary.assessments.forms import CampaignForm
from legendary.assessments.models import CampaignKind
from legendary.assessments.services import create_campaign, launch_campaign
from legendary.people.models import Team
from web.conftest import World


def _delete(team: Team) -> None:
    # As people.team_deletion leaves a team that past answers refer to.
    Team.objects.filter(pk=team.pk).update(deleted_at=timezone.now())


def test_a_new_survey_cannot_ask_a_deleted_team(world: World) -> None:
    _delete(world.online)
    form = CampaignForm(organisation=world.org)
    offered = {team.name for team in form.fields["teams"].queryset}  # type: ignore[attr-defined]
    assert "Online" not in offered
    assert {"Store", "Kiosk"} <= offered


def test_the_team_matrix_does_not_ask_anyone_to_rate_a_deleted_team(world: World) -> None:
    _delete(world.online)
    today = timezone.localdate()
    campaign = create_campaign(
        world.org,
        kind=CampaignKind.TEAM_MATRIX,
        title="Who helps whom",
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=9),
    )
    launch_campaign(campaign, send_email=False)
    token = campaign.invitations.get(person=world.frontline).token
    page = Client().get(f"/assessments/answer/{token}/").content.decode()
    assert f"team-{world.kiosk.pk}-likelihood" in page
    assert f"team-{world.online.pk}-likelihood" not in page
