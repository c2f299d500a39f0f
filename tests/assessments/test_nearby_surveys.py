"""Surveys one after another with nested scopes (session 13).

Survey 1 asks Store and Kiosk, survey 2 a fortnight after it closes asks Store alone:
each answers much alike, so survey 1's figures minus survey 2's approximate Kiosk's few
people. Surveys of one kind within 90 days of each other must ask the same teams, other
teams only, or scopes whose difference holds no published row (total, level, team) of
fewer than the threshold. Joiners and leavers between two surveys of the same teams are
not a difference: that risk is accepted.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from assessments.conftest import add_people
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.services import CampaignError, create_campaign, launch_campaign
from legendary.people.models import Organisation, Role, Team
from legendary.people.services import create_organisation, create_team


@pytest.fixture
def org(db: None) -> tuple[Organisation, dict[str, Team]]:
    org = create_organisation("Seasons Ltd")
    teams = {n: create_team(org, n) for n in ("Store", "Kiosk", "Online")}
    add_people(org, teams["Store"], Role.FRONTLINE, 6)
    add_people(org, teams["Store"], Role.MANAGER, 5)
    add_people(org, teams["Kiosk"], Role.FRONTLINE, 2)
    add_people(org, teams["Online"], Role.FRONTLINE, 6)
    add_people(org, teams["Online"], Role.MANAGER, 1)
    return org, teams


def _survey(org: tuple[Organisation, dict[str, Team]], *names: str, days: int = 0) -> Campaign:
    organisation, teams = org
    today = timezone.localdate()
    return create_campaign(
        organisation,
        kind=CampaignKind.ICARE,
        title=" and ".join(names) or "Everyone",
        opens_on=today + datetime.timedelta(days=days),
        closes_on=today + datetime.timedelta(days=days + 14),
        teams=[teams[n] for n in names],
    )


def test_a_survey_of_fewer_teams_soon_after_cannot_isolate_the_teams_left_out(
    org: tuple[Organisation, dict[str, Team]],
) -> None:
    launch_campaign(_survey(org, "Store", "Kiosk"), send_email=False)
    with pytest.raises(CampaignError, match=r"runs within 90 days.*totals"):
        launch_campaign(_survey(org, "Store", days=30), send_email=False)


def test_a_large_difference_can_still_hide_a_small_level(
    org: tuple[Organisation, dict[str, Team]],
) -> None:
    """Store and Online, then Store alone: Online's seven people are enough as a total,
    but the Managers rows of the two surveys (6 and 5, both shown) differ by Online's
    one manager."""
    launch_campaign(_survey(org, "Store", "Online"), send_email=False)
    with pytest.raises(CampaignError, match="Manager rows"):
        launch_campaign(_survey(org, "Store", days=30), send_email=False)


def test_everyone_after_one_team_and_the_same_teams_again_are_allowed(
    org: tuple[Organisation, dict[str, Team]],
) -> None:
    organisation, teams = org
    launch_campaign(_survey(org, "Online"), send_email=False)
    # Everyone but Online is 13 people: no row both publish differs by fewer than 5.
    launch_campaign(_survey(org, days=30), send_email=False)
    # A newcomer joins; the same teams asked again differ by them alone, which is accepted.
    add_people(organisation, teams["Online"], Role.FRONTLINE, 1)
    launch_campaign(_survey(org, "Online", days=60), send_email=False)
