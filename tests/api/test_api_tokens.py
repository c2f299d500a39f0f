"""Personal API tokens: created on the account page and shown once, stored only as a digest,
revoked by their owner or an administrator, refused with a reason (401) once revoked,
expired or their owner deactivated, and acting with exactly their owner's view."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.http import HttpRequest
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import include, path
from django.utils import timezone
from ninja import NinjaAPI

from assessments.conftest import closed_icare_campaign
from legendary.api import tokens
from legendary.api.auth import API_AUTH
from legendary.api.models import ApiToken
from legendary.people.models import Person
from legendary.people.services import deactivate_person
from web.conftest import World


def bearer(secret: str) -> Client:
    """A plain client with no session, sending `secret` as its bearer token."""
    return Client(headers={"Authorization": f"Bearer {secret}"})


def token_for(person: Person, days: int = 30, name: str = "Nightly export") -> str:
    assert person.user is not None
    return tokens.issue_token(person.user, name, days=days).secret


def test_a_token_is_created_on_the_page_shown_once_and_stored_only_as_a_digest(
    frontline: Client, world: World
) -> None:
    posted = frontline.post("/account/api-tokens/", {"name": "Weekly scorecards", "days": 30})
    assert posted.status_code == 302  # to the page itself: a reload creates nothing more
    created = frontline.get(posted["Location"])
    assert "no-store" in created["Cache-Control"]
    secret = created.context["issued"].secret
    assert secret.startswith("lgd_")
    assert len(secret) > 40
    assert secret in created.content.decode()

    row = ApiToken.objects.get()
    assert row.user == world.frontline.user
    assert row.name == "Weekly scorecards"
    stored = [str(value) for value in ApiToken.objects.values_list().get()]
    assert not any(secret in value for value in stored), "the raw token was stored"
    assert row.digest == tokens.digest_of(secret)
    assert row.expires_at is not None
    assert dt.timedelta(days=29) < row.expires_at - timezone.now() <= dt.timedelta(days=30)

    later = frontline.get("/account/api-tokens/").content.decode()
    assert secret not in later, "the token was shown a second time"
    assert f"{row.prefix}…" in later
    assert "Weekly scorecards" in later


def test_the_page_refuses_a_token_without_a_name_or_longer_than_allowed(
    frontline: Client, settings: Any
) -> None:
    assert frontline.post("/account/api-tokens/", {"name": "  ", "days": 30}).status_code == 200
    settings.API_TOKEN_MAX_DAYS = 90
    refused = frontline.post("/account/api-tokens/", {"name": "Forever", "days": 365})
    assert refused.status_code == 200
    assert refused.context["form"].errors["days"]
    assert not ApiToken.objects.exists()
    with pytest.raises(ValueError, match="1 to 90 days"):
        tokens.expiry_after(0)


def test_never_is_offered_only_when_no_maximum_is_set(settings: Any) -> None:
    settings.API_TOKEN_MAX_DAYS = 365
    assert 0 not in dict(tokens.lifetime_choices())
    settings.API_TOKEN_MAX_DAYS = 0
    assert 0 in dict(tokens.lifetime_choices())
    assert tokens.expiry_after(0) is None


def test_a_token_acts_as_its_owner_without_a_session(world: World) -> None:
    me = bearer(token_for(world.frontline)).get("/api/me")
    assert me.status_code == 200
    assert me.json()["name"] == "Fran Frontline"


def test_a_frontline_token_reads_only_their_own_conversations(world: World) -> None:
    client = bearer(token_for(world.frontline))
    own = client.get(f"/api/conversations/{world.frontline_conversation.pk}")
    assert own.status_code == 200
    # Another person's conversation answers as the web does: 404, existence not confirmed.
    other = client.get(f"/api/conversations/{world.colleague_conversation.pk}")
    assert other.status_code == 404
    listed = client.get("/api/conversations").json()
    assert [c["subject"] for c in listed["items"]] == ["Fran's parcel"]


def test_a_manager_token_reads_their_reports_conversations_and_no_one_elses(
    world: World,
) -> None:
    client = bearer(token_for(world.manager))
    assert client.get(f"/api/conversations/{world.indirect_conversation.pk}").status_code == 200
    assert client.get(f"/api/conversations/{world.colleague_conversation.pk}").status_code == 404
    assert client.get(f"/api/conversations/{world.outsider_conversation.pk}").status_code == 404


def test_a_wrong_or_missing_token_is_a_401_that_says_what_to_do(world: World) -> None:
    secret = token_for(world.frontline)
    mistyped = bearer(secret[:-1] + ("A" if secret[-1] != "A" else "B")).get("/api/me")
    assert mistyped.status_code == 401
    assert "not valid" in mistyped.json()["detail"]
    assert "/account/api-tokens/" in mistyped.json()["detail"]
    assert 'error="invalid_token"' in mistyped["WWW-Authenticate"]

    nothing = Client().get("/api/me")
    assert nothing.status_code == 401
    assert nothing.json()["detail"].startswith("Not signed in")
    assert "Authorization: Bearer <token>" in nothing.json()["detail"]

    basic = Client(headers={"Authorization": "Basic ZnJhbjpzZWNyZXQ="}).get("/api/me")
    assert basic.status_code == 401
    assert "not a Bearer token" in basic.json()["detail"]


def test_a_refused_token_does_not_fall_back_to_the_session(frontline: Client) -> None:
    answer = frontline.get("/api/me", headers={"Authorization": "Bearer lgd_nothing-like-it"})
    assert answer.status_code == 401


def test_an_owner_revokes_their_token_and_it_stops_working(frontline: Client, world: World) -> None:
    secret = token_for(world.frontline)
    row = ApiToken.objects.get()
    revoked = frontline.post(f"/account/api-tokens/{row.pk}/revoke/", {"next": "/"})
    assert revoked.status_code == 302
    assert revoked["Location"] == "/"
    answer = bearer(secret).get("/api/me")
    assert answer.status_code == 401
    assert "was revoked on" in answer.json()["detail"]
    assert "Create a new token at" in answer.json()["detail"]


def test_only_the_owner_or_an_administrator_may_revoke(
    colleague: Client, admin: Client, world: World
) -> None:
    token_for(world.frontline, name="Fran's BI")
    row = ApiToken.objects.get()
    assert colleague.post(f"/account/api-tokens/{row.pk}/revoke/").status_code == 404
    assert colleague.get("/account/api-tokens/all/").status_code == 404
    row.refresh_from_db()
    assert row.revoked_at is None

    everyone = admin.get("/account/api-tokens/all/").content.decode()
    assert "Fran Frontline" in everyone
    assert "Fran&#x27;s BI" in everyone
    assert admin.post(f"/account/api-tokens/{row.pk}/revoke/").status_code == 302
    row.refresh_from_db()
    assert row.revoked_at is not None
    assert row.revoked_by == world.admin.user


def test_an_administrator_of_another_organisation_sees_no_tokens_here(world: World) -> None:
    token_for(world.frontline)
    assert world.outsider.user is not None
    world.outsider.role = "admin"
    world.outsider.save()
    assert not tokens.organisation_tokens(world.outsider.user).exists()


def test_an_expired_token_is_refused_with_its_date(world: World) -> None:
    secret = token_for(world.frontline, days=7)
    ApiToken.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    answer = bearer(secret).get("/api/me")
    assert answer.status_code == 401
    assert "expired on" in answer.json()["detail"]


def test_a_deactivated_owners_tokens_stop_working(world: World) -> None:
    secret = token_for(world.colleague)
    assert bearer(secret).get("/api/me").status_code == 200
    deactivate_person(world.colleague, by=world.admin)
    answer = bearer(secret).get("/api/me")
    assert answer.status_code == 401
    assert "deactivated" in answer.json()["detail"]
    assert "Ask an administrator" in answer.json()["detail"]


def test_last_used_is_written_at_most_once_a_minute(world: World) -> None:
    secret = token_for(world.frontline)
    start = timezone.now()
    tokens.check_token(secret, now=start)
    assert ApiToken.objects.get().last_used_at == start
    with CaptureQueriesContext(connection) as queries:
        tokens.check_token(secret, now=start + dt.timedelta(seconds=30))
    assert not [q for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    assert ApiToken.objects.get().last_used_at == start
    tokens.check_token(secret, now=start + dt.timedelta(seconds=61))
    assert ApiToken.objects.get().last_used_at == start + dt.timedelta(seconds=61)


def test_the_api_docs_describe_both_ways_in(leader: Client) -> None:
    schema = leader.get("/api/openapi.json").json()
    schemes = schema["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"}.items() <= schemes["TokenAuth"].items()
    assert schemes["SessionAuth"]["in"] == "cookie"
    assert "Authorization: Bearer" in schema["info"]["description"]


def test_every_page_links_to_the_tokens_page_from_the_account_menu(frontline: Client) -> None:
    assert 'href="/account/api-tokens/">API tokens</a>' in frontline.get("/").content.decode()


# A write endpoint behind the API's own authentication, mounted only for the test below
# (the API has no write endpoint yet, but the first one must keep the session's CSRF check).
probe = NinjaAPI(auth=API_AUTH, urls_namespace="csrf-probe")


@probe.post("/echo")
def echo(request: HttpRequest) -> dict[str, str]:
    return {"user": request.user.get_username()}


# With the site's own URLs beside it: the CSRF refusal page links to them.
urlpatterns = [path("probe/", probe.urls), path("", include("legendary.web.urls"))]


@pytest.mark.urls(__name__)
def test_a_session_write_still_needs_its_csrf_token_and_a_bearer_write_does_not(
    world: World,
) -> None:
    assert world.frontline.user is not None
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(world.frontline.user)
    assert browser.post("/probe/echo").status_code == 403
    script = Client(
        enforce_csrf_checks=True, headers={"Authorization": f"Bearer {token_for(world.frontline)}"}
    )
    answer = script.post("/probe/echo")
    assert answer.status_code == 200
    assert answer.json() == {"user": "fran"}


def test_survey_results_through_a_token_are_exactly_the_owners(
    leader: Client, frontline: Client, world: World
) -> None:
    people = [world.leader, world.manager, world.frontline, world.teamlead]
    people += [world.indirect_report, world.colleague, world.analyst, world.admin]
    campaign = closed_icare_campaign(world.org, [(person, 4) for person in people])
    url = f"/api/assessments/campaigns/{campaign.pk}/results"
    by_session = leader.get(url)
    assert by_session.status_code == 200
    assert bearer(token_for(world.leader)).get(url).json() == by_session.json()
    # A frontline provider reads no organisation results, with a token or without.
    refused = frontline.get(url).status_code
    assert refused in (403, 404)
    assert bearer(token_for(world.frontline)).get(url).status_code == refused


def test_no_tokens_yet_says_most_people_need_none(frontline: Client) -> None:
    """The empty list read only "You have no API tokens yet.", which a frontline adviser
    finding the page in their account menu could take for something left undone (seen as
    the demo's frontline login at 1280 px, session 21)."""
    page = frontline.get("/account/api-tokens/").content.decode()
    assert "You have no API tokens yet. Most people never need one:" in page
    assert "create one above only when a script, report or helpdesk tool asks for it." in page
