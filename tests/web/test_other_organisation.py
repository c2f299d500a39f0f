"""Another organisation's ids, on every page and API endpoint that takes one, as every role.

Walked in session 19: a second organisation ("Elsewhere Ltd") holds one of everything a
page or endpoint can name by id (a person, a team, a conversation with its scorecard and a
review, a survey, a goal, a plan and an API token). Whoever signs in to Harbour & Vine,
in any role, gets "not found" for each of them, reading or writing, and a write changes
nothing on the other side.
"""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from legendary.api.models import ApiToken
from legendary.api.tokens import issue_token
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.services import create_campaign, launch_campaign
from legendary.conversations.models import Conversation, Review
from legendary.conversations.reviews import save_review
from legendary.conversations.scoring import score_conversations
from legendary.culture.models import ActionPlan, GapSource, Goal, MetricKind
from legendary.culture.services import create_action_plan, create_goal
from legendary.people.models import Person, Role, Team
from legendary.people.services import create_person
from web.conftest import PASSWORD, World, signed_in

ROLES = ("leader", "manager", "frontline", "analyst", "admin")


@pytest.fixture
def elsewhere(world: World) -> dict[str, int]:
    """The ids of one of everything in the other organisation."""
    org = world.outsider.organisation
    today = timezone.localdate()
    reviewer = create_person(
        org, "Rhea Reviewer", role=Role.ANALYST, with_login=True, username="rhea", password=PASSWORD
    )
    score_conversations(Conversation.objects.filter(pk=world.outsider_conversation.pk))
    review = save_review(world.outsider_conversation, reviewer, {}, "Kind and quick.")
    campaign = create_campaign(
        org,
        kind=CampaignKind.ICARE,
        title="Elsewhere culture",
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=9),
    )
    launch_campaign(campaign, now=timezone.now(), send_email=False)
    goal = create_goal(
        org,
        title="Elsewhere goal",
        metric=MetricKind.ICARE_ELEMENT,
        metric_key="empowerment",
        target=80,
        due_on=today + datetime.timedelta(days=30),
        owner=world.outsider,
        today=today,
    )
    plan = create_action_plan(
        org,
        title="Elsewhere plan",
        source=GapSource.ICARE_ELEMENT,
        source_key="culture",
        owner=world.outsider,
        due_on=today + datetime.timedelta(days=30),
        check_in_on=today + datetime.timedelta(days=30),
        metric=MetricKind.ICARE_ELEMENT,
        metric_key="culture",
        steps=["Ask each person what they need"],
        today=today,
    )
    assert world.outsider.user is not None
    issue_token(world.outsider.user, "Elsewhere script", days=30)
    return {
        "person": world.outsider.pk,
        "team": world.other_org_team.pk,
        "conversation": world.outsider_conversation.pk,
        "review": review.pk,
        "campaign": campaign.pk,
        "goal": goal.pk,
        "plan": plan.pk,
        "token": ApiToken.objects.get(user=world.outsider.user).pk,
    }


PAGES = (
    ("person", "/people/{}/"),
    ("person", "/people/{}/edit/"),
    ("person", "/people/{}/invitation/"),
    ("person", "/people/{}/password-link/"),
    ("team", "/teams/{}/"),
    ("team", "/teams/{}/edit/"),
    ("team", "/teams/{}/delete/"),
    ("conversation", "/conversations/{}/"),
    ("conversation", "/conversations/{}/review/"),
    ("conversation", "/conversations/{}/review/delete/"),
    ("campaign", "/assessments/{}/"),
    ("campaign", "/assessments/{}/rate/"),
    ("campaign", "/assessments/{}/launch/"),
    ("campaign", "/assessments/{}/remind/"),
    ("campaign", "/assessments/{}/results/"),
    ("campaign", "/assessments/{}/report/"),
    ("campaign", "/assessments/{}/internal/"),
    ("campaign", "/assessments/{}/codes/"),
    ("goal", "/culture/goals/{}/"),
    ("goal", "/culture/goals/{}/measure/"),
    ("plan", "/culture/plans/{}/"),
    ("plan", "/culture/plans/{}/update/"),
    ("token", "/account/api-tokens/{}/revoke/"),
)

ENDPOINTS = (
    ("person", "/api/people/{}"),
    ("person", "/api/people/{}/care"),
    ("team", "/api/teams/{}"),
    ("conversation", "/api/conversations/{}"),
    ("conversation", "/api/conversations/{}/scorecard"),
    ("campaign", "/api/assessments/campaigns/{}"),
    ("campaign", "/api/assessments/campaigns/{}/results"),
    ("campaign", "/api/assessments/campaigns/{}/internal"),
)


def _client(world: World, role: str) -> Client:
    person: Person = getattr(world, role)
    return signed_in(person)


@pytest.mark.parametrize("role", ROLES)
def test_every_page_answers_not_found_for_another_organisations_ids(
    world: World, elsewhere: dict[str, int], role: str
) -> None:
    client = _client(world, role)
    answers = {
        url.format(elsewhere[kind]): client.get(url.format(elsewhere[kind])).status_code
        for kind, url in PAGES
    }
    # A page that only takes a POST refuses a GET before it reads the id (405 for any id).
    assert {url: code for url, code in answers.items() if code not in (404, 405)} == {}


@pytest.mark.parametrize("role", ROLES)
def test_every_write_answers_not_found_and_changes_nothing(
    world: World, elsewhere: dict[str, int], role: str
) -> None:
    client = _client(world, role)
    posted = {
        "name": "Taken over",
        "role": "frontline",
        "title": "Taken over",
        "status": "done",
        "value": "99",
        "on": timezone.localdate().isoformat(),
        "comment": "Taken over",
        "min_group_scores": "5",
        "min_group_comments": "5",
    }
    answers = {
        url.format(elsewhere[kind]): client.post(url.format(elsewhere[kind]), posted).status_code
        for kind, url in PAGES
    }
    assert {url: code for url, code in answers.items() if code != 404} == {}
    assert Person.objects.get(pk=elsewhere["person"]).name == "Otto Outsider"
    assert Team.objects.filter(pk=elsewhere["team"], name="Elsewhere support").exists()
    assert Review.objects.filter(pk=elsewhere["review"]).exists()
    assert Campaign.objects.get(pk=elsewhere["campaign"]).title == "Elsewhere culture"
    assert Goal.objects.get(pk=elsewhere["goal"]).measurements.count() == 0
    assert ActionPlan.objects.get(pk=elsewhere["plan"]).status != "done"
    assert ApiToken.objects.get(pk=elsewhere["token"]).revoked_at is None


@pytest.mark.parametrize("role", ROLES)
def test_every_endpoint_answers_not_found_for_another_organisations_ids(
    world: World, elsewhere: dict[str, int], role: str
) -> None:
    client = _client(world, role)
    answers = {
        url.format(elsewhere[kind]): client.get(url.format(elsewhere[kind])).status_code
        for kind, url in ENDPOINTS
    }
    assert {url: code for url, code in answers.items() if code != 404} == {}


def test_the_ids_are_real_for_their_own_organisation(
    world: World, elsewhere: dict[str, int]
) -> None:
    # The control: the same addresses open for the other organisation's own leader, so a
    # 404 above is the organisation boundary, not a wrong id.
    client = signed_in(world.outsider)
    for kind, url in (
        ("person", "/people/{}/"),
        ("team", "/teams/{}/"),
        ("conversation", "/conversations/{}/"),
        ("campaign", "/assessments/{}/"),
        ("goal", "/culture/goals/{}/"),
        ("plan", "/culture/plans/{}/"),
        ("conversation", "/api/conversations/{}"),
        ("campaign", "/api/assessments/campaigns/{}"),
    ):
        assert client.get(url.format(elsewhere[kind])).status_code == 200, url
