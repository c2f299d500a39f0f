"""What the survey pages say when a group is too small to show anything.

Found walking a leader's quarter: a survey of a four-person team with groups shown from
five launched without a word, so everyone answered for a results page of 'hidden'; that
page then drew the team heat map as an empty box, and called a survey of some teams 'the
first survey of its kind' though the whole organisation had been surveyed before.
"""

from __future__ import annotations

import datetime

from django.test import Client
from django.utils import timezone

from assessments.conftest import add_people, closed_icare_campaign
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.services import create_campaign
from legendary.people.models import Role, Team
from web.conftest import World


def desk_survey(world: World, name: str, people: int, comments: int) -> Campaign:
    """A draft ICARE survey of a new team of `people`, scores shown from groups of 5."""
    desk = Team.objects.create(organisation=world.org, name=name)
    add_people(world.org, desk, Role.FRONTLINE, people)
    today = timezone.localdate()
    return create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title=f"{name} check",
        opens_on=today,
        closes_on=today + datetime.timedelta(days=14),
        teams=[desk],
        min_group_scores=5,
        min_group_comments=comments,
    )


def test_a_survey_too_small_to_show_anything_says_so_before_launch(
    world: World, leader: Client
) -> None:
    campaign = desk_survey(world, "Night desk", 3, comments=5)
    page = leader.get(f"/assessments/{campaign.pk}/").content.decode()
    assert "Too few people to show anything" in page
    assert "3 people are asked" in page
    assert "start a survey for a larger group" in page


def test_a_survey_big_enough_carries_no_warning(world: World, leader: Client) -> None:
    campaign = desk_survey(world, "Day desk", 12, comments=10)
    page = leader.get(f"/assessments/{campaign.pk}/").content.decode()
    assert "Too few people" not in page
    assert "comments will stay private" not in page


def test_every_team_hidden_reads_as_a_sentence_not_an_empty_heat_map(
    world: World, leader: Client
) -> None:
    small = Team.objects.create(organisation=world.org, name="Night desk")
    people = add_people(world.org, small, Role.FRONTLINE, 4)
    campaign = closed_icare_campaign(
        world.org, [(p, 4) for p in people], min_group_scores=5, title="Night desk check"
    )
    page = leader.get(f"/assessments/{campaign.pk}/results/").content.decode()
    assert "Teams × elements" in page
    assert "No team had enough answers to show on its own" in page
    assert 'id="heatmap"' not in page


def test_a_survey_of_some_teams_is_not_called_the_first_of_its_kind(
    world: World, leader: Client
) -> None:
    desk = Team.objects.create(organisation=world.org, name="Day desk")
    people = add_people(world.org, desk, Role.FRONTLINE, 6)
    closed_icare_campaign(
        world.org,
        [(p, 3) for p in people],
        closes_on=timezone.localdate() - datetime.timedelta(days=60),
        title="Whole company, spring",
    )
    campaign = closed_icare_campaign(world.org, [(p, 4) for p in people], title="Desk check")
    campaign.teams.set([desk])
    page = leader.get(f"/assessments/{campaign.pk}/results/").content.decode()
    assert "first survey of its kind" not in page
    assert "No earlier survey of this kind asked the same people" in page
