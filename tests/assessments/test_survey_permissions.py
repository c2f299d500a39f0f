"""Who may open every survey page and endpoint: frontline, manager, leader, analyst, admin,
outsider (a leader of another organisation) and anonymous visitors."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from assessments.conftest import icare_submission
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.models import Answer, Campaign, CampaignKind, Response
from legendary.assessments.services import (
    Submission,
    create_campaign,
    launch_campaign,
    record_anonymous_response,
)
from web.conftest import World, signed_in

PERSONAS = ("frontline", "manager", "leader", "analyst", "admin", "outsider")
READERS = {"manager", "leader", "admin"}
RUNNERS = {"leader", "admin"}


@pytest.fixture
def campaigns(world: World) -> dict[str, Campaign]:
    """A closed ICARE survey, a closed manager pulse and an open ICARE survey."""
    today = timezone.localdate()
    made: dict[str, Campaign] = {}
    for key, kind, closes in (
        ("closed", CampaignKind.ICARE, today - datetime.timedelta(days=2)),
        ("pulse", CampaignKind.MANAGER_PULSE, today - datetime.timedelta(days=2)),
        ("open", CampaignKind.ICARE, today + datetime.timedelta(days=5)),
    ):
        campaign = create_campaign(
            world.org,
            kind=kind,
            title=key,
            opens_on=today - datetime.timedelta(days=9),
            closes_on=closes,
            min_group_scores=3,
        )
        launch_campaign(campaign, send_email=False)
        made[key] = campaign
    for person in (world.frontline, world.colleague, world.indirect_report, world.analyst):
        record_anonymous_response(made["closed"], person, icare_submission(person, 4))
    return made


def _client(world: World, persona: str) -> Client:
    return signed_in(getattr(world, persona))


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", ["", "results/", "report/", "rate/"])
def test_campaign_pages_are_for_leaders_admins_and_managers(
    world: World, campaigns: dict[str, Campaign], persona: str, page: str
) -> None:
    url = f"/assessments/{campaigns['closed'].pk}/{page}"
    expected = 200 if persona in READERS else 404
    assert _client(world, persona).get(url).status_code == expected


@pytest.mark.parametrize("persona", PERSONAS)
def test_pulse_results_are_for_leaders_admins_and_managers(
    world: World, campaigns: dict[str, Campaign], persona: str
) -> None:
    url = f"/assessments/{campaigns['pulse'].pk}/internal/"
    expected = 200 if persona in READERS else 404
    assert _client(world, persona).get(url).status_code == expected


@pytest.mark.parametrize("persona", PERSONAS)
def test_internal_service_entry_page(
    world: World, campaigns: dict[str, Campaign], persona: str
) -> None:
    response = _client(world, persona).get("/assessments/internal/")
    if persona in READERS:
        assert response.status_code == 302
        assert response["Location"] == f"/assessments/{campaigns['pulse'].pk}/internal/"
    elif persona == "outsider":
        assert response.status_code == 200  # their own organisation has no survey yet
        assert b"No manager pulse" in response.content
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_leaders_and_admins_prepare_surveys(world: World, persona: str) -> None:
    response = _client(world, persona).get("/assessments/new/")
    assert response.status_code == (200 if persona in RUNNERS | {"outsider"} else 404)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("action", ["launch", "remind"])
def test_only_leaders_and_admins_launch_and_remind(
    world: World, campaigns: dict[str, Campaign], persona: str, action: str
) -> None:
    campaign = campaigns["open"]
    response = _client(world, persona).post(f"/assessments/{campaign.pk}/{action}/")
    assert response.status_code == (302 if persona in RUNNERS else 404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_everyone_sees_their_own_survey_list(
    world: World, campaigns: dict[str, Campaign], persona: str
) -> None:
    response = _client(world, persona).get("/assessments/")
    assert response.status_code == 200
    # The outsider leads another organisation, which has no survey: their card says so.
    lists_campaigns = b"Surveys in your organisation" in response.content
    assert lists_campaigns == (persona in READERS | {"outsider"})
    assert (b"No survey yet." in response.content) == (persona == "outsider")
    if persona == "outsider":
        assert b"Answer" not in response.content


@pytest.mark.parametrize("persona", PERSONAS)
def test_with_no_survey_yet_the_list_says_how_one_starts(world: World, persona: str) -> None:
    """A new organisation's leader saw "Nothing to answer right now." and the quiz: no list,
    no word of what a survey here is or that "New survey" starts one. Those who run or read
    surveys now get the list's card with what to do; nobody else gets it."""
    page = _client(world, persona).get("/assessments/").content.decode()
    readers, runners = READERS | {"outsider"}, RUNNERS | {"outsider"}  # a leader elsewhere
    assert ("Surveys in your organisation" in page) == (persona in readers)
    assert ("No survey yet." in page) == (persona in readers)
    starts = 'href="/assessments/new/">Start the first one</a>'
    assert (starts in page) == (persona in runners)
    # A manager is shown every launched survey of the organisation (`visible_campaigns`),
    # not only those that take in their teams: the card must not promise less.
    waits = "launches one anywhere in your organisation, it is listed here"
    assert (waits in page) == (persona in readers - runners)
    assert "your part of the organisation" not in page


def test_anonymous_visitors_are_sent_to_sign_in(campaigns: dict[str, Campaign]) -> None:
    for url in ("/assessments/", f"/assessments/{campaigns['closed'].pk}/results/"):
        response = Client().get(url)
        assert response.status_code == 302
        assert "/login/" in response["Location"]


def test_a_personal_link_needs_no_account_and_shows_the_persons_perspective(
    world: World, campaigns: dict[str, Campaign]
) -> None:
    invitation = campaigns["open"].invitations.get(person=world.leader)
    response = Client().get(f"/assessments/answer/{invitation.token}/")
    assert response.status_code == 200
    assert b"Senior leaders" in response.content
    assert b"I talk about our service vision" in response.content


@pytest.mark.django_db
def test_an_unknown_link_is_404() -> None:
    assert Client().get("/assessments/answer/not-a-token/").status_code == 404


def test_the_quiz_is_public_and_stores_nothing(world: World) -> None:
    client = Client()
    url = f"/assessments/quiz/{world.org.slug}/"
    assert client.get(url).status_code == 200
    data = {f"item-{s.id}": "4" for s in load_item_bank().quiz_statements}
    response = client.post(url, data)
    assert response.status_code == 200
    assert b"Your ICARE profile" in response.content
    assert Response.objects.count() == 0
    assert Answer.objects.count() == 0


# The API: same rules, 404 outside the view, 401 without a session.


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("suffix", ["", "/results"])
def test_api_campaign_endpoints(
    world: World, campaigns: dict[str, Campaign], persona: str, suffix: str
) -> None:
    url = f"/api/assessments/campaigns/{campaigns['closed'].pk}{suffix}"
    expected = 200 if persona in READERS else 404
    assert _client(world, persona).get(url).status_code == expected


@pytest.mark.parametrize("persona", PERSONAS)
def test_api_internal_endpoint(world: World, campaigns: dict[str, Campaign], persona: str) -> None:
    url = f"/api/assessments/campaigns/{campaigns['pulse'].pk}/internal"
    expected = 200 if persona in READERS else 404
    assert _client(world, persona).get(url).status_code == expected


@pytest.mark.parametrize("persona", PERSONAS)
def test_api_campaign_list_is_limited_to_readers_of_the_organisation(
    world: World, campaigns: dict[str, Campaign], persona: str
) -> None:
    ids = {c["id"] for c in _client(world, persona).get("/api/assessments/campaigns").json()}
    assert (campaigns["closed"].pk in ids) == (persona in READERS)


@pytest.mark.usefixtures("campaigns")
def test_api_needs_a_session() -> None:
    assert Client().get("/api/assessments/campaigns").status_code == 401


def test_api_results_of_an_open_campaign_are_409(
    world: World, campaigns: dict[str, Campaign]
) -> None:
    url = f"/api/assessments/campaigns/{campaigns['open'].pk}/results"
    assert _client(world, "leader").get(url).status_code == 409


def test_a_manager_sees_only_their_own_pulse_row(
    world: World, campaigns: dict[str, Campaign]
) -> None:
    pulse = campaigns["pulse"]
    for person in (world.frontline, world.teamlead, world.indirect_report):
        record_anonymous_response(pulse, person, Submission(answers={"P-1": 4, "P-2": 4, "P-3": 4}))
    rows = _client(world, "manager").get(f"/api/assessments/campaigns/{pulse.pk}/internal").json()
    names = {r["manager"] for r in rows["managers"]}
    assert "Lena Leader" not in names  # Maya does not see her own manager's results
    everyone = (
        _client(world, "leader").get(f"/api/assessments/campaigns/{pulse.pk}/internal").json()
    )
    assert {r["manager"] for r in everyone["managers"]} >= names


def test_an_incomplete_questionnaire_says_which_statement_to_finish(
    world: World, campaigns: dict[str, Campaign]
) -> None:
    invitation = campaigns["open"].invitations.get(person=world.frontline)
    response = Client().post(f"/assessments/answer/{invitation.token}/", {"item-I-F1": "4"})
    assert response.status_code == 400
    assert b"Statement 2 has no answer yet" in response.content
    invitation.refresh_from_db()
    assert not invitation.answered
