"""At a real browser: a frontline provider opens API tokens from the account menu, creates
one, copies it from the page, and a plain HTTP client (no cookies) reads the API with it and
sees only what that person sees; after revoking it on the page the same call is refused."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from legendary.api.tokens import issue_token
from legendary.people import permissions

pytestmark = pytest.mark.browser


def call_api(live_server: LiveServer, path: str, token: str) -> tuple[int, Any]:
    """GET `path` with `token` as a bearer token, the way a script would: (status, JSON)."""
    request = urllib.request.Request(
        f"{live_server.url}{path}", headers={"Authorization": f"Bearer {token}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as refused:
        return refused.code, json.load(refused)


def revoke_on_the_page(page: Page, name: str) -> None:
    """Press the token's Revoke button and accept the confirmation."""
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name=f"Revoke {name}").click()


def at_phone_width_it_fits(page: Page) -> None:
    """Turn the tab to a phone's 390 px and check nothing (table, long token) widens it."""
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390


def assert_refused(live_server: LiveServer, token: str, why: str) -> None:
    status, answer = call_api(live_server, "/api/me", token)
    assert status == 401
    assert why in answer["detail"]


def test_a_person_creates_a_token_on_the_page_and_a_script_uses_it(
    demo: None,  # noqa: F811
    page: Page,
    live_server: LiveServer,
    snapshot: Snapshot,
) -> None:
    fran = person_of("frontline")
    sign_in(page, "frontline")
    page.locator(".account").get_by_role("link", name="API tokens").click()
    expect(page.locator("h1")).to_have_text("API tokens")
    expect(page.get_by_text("You have no API tokens yet.")).to_be_visible()
    snapshot(page, "empty")

    page.get_by_label("Name").fill("Spreadsheet refresh")
    page.get_by_label("Expires after").select_option(label="30 days")
    page.get_by_role("button", name="Create token").click()
    expect(page.get_by_role("heading", name="Your new token")).to_be_visible()
    token = page.get_by_label("New API token").input_value()
    assert token.startswith("lgd_")
    expect(page.get_by_role("table")).to_contain_text("Spreadsheet refresh")
    expect(page.get_by_role("table")).to_contain_text(token[:12] + "…")
    snapshot(page, "created")
    at_phone_width_it_fits(page)
    snapshot(page, "created-phone")
    page.set_viewport_size({"width": 1280, "height": 860})

    status, me = call_api(live_server, "/api/me", token)
    assert (status, me["name"]) == (200, fran.name)
    status, listed = call_api(live_server, "/api/conversations?page_size=100", token)
    assert status == 200
    assert fran.user is not None
    assert listed["count"] == permissions.visible_conversations(fran.user).count() > 0
    assert all(
        fran.pk in {agent["id"] for agent in conversation["agents"]}
        for conversation in listed["items"]
    ), "a frontline token read someone else's conversation"

    # Seen once: the page shows only the prefix from now on.
    page.reload()
    expect(page.get_by_label("New API token")).to_have_count(0)
    assert token not in page.content()
    # Its last use is shown ("now"), where an unused token says "never".
    expect(page.get_by_role("table")).not_to_contain_text("never")
    snapshot(page, "used")

    revoke_on_the_page(page, "Spreadsheet refresh")
    expect(page.locator(".messages")).to_contain_text("Revoked “Spreadsheet refresh”")
    expect(page.get_by_role("table")).to_contain_text("revoked")
    snapshot(page, "revoked")
    at_phone_width_it_fits(page)
    snapshot(page, "revoked-phone")
    assert_refused(live_server, token, "revoked")


def test_an_administrator_sees_and_revokes_anyones_token(
    demo: None,  # noqa: F811
    page: Page,
    live_server: LiveServer,
    snapshot: Snapshot,
) -> None:
    fran = person_of("frontline")
    assert fran.user is not None
    token = issue_token(fran.user, "Team dashboard", days=90).secret
    sign_in(page, "admin")
    page.locator(".account").get_by_role("link", name="API tokens").click()
    page.get_by_role("link", name="Everyone's tokens").click()
    expect(page.locator("h1")).to_have_text("Everyone's API tokens")
    row = page.get_by_role("row", name=re.compile("Team dashboard"))
    expect(row).to_contain_text(fran.name)
    expect(row).to_contain_text(token[:12])
    snapshot(page, "everyone")

    revoke_on_the_page(page, "Team dashboard")
    expect(page.locator("h1")).to_have_text("Everyone's API tokens")
    expect(row).to_contain_text(f"by {person_of('admin').name}")
    at_phone_width_it_fits(page)
    snapshot(page, "everyone-phone")
    assert_refused(live_server, token, "revoked")


def test_the_api_docs_say_how_to_authenticate(
    demo: None,  # noqa: F811
    page: Page,
    snapshot: Snapshot,
) -> None:
    sign_in(page, "analyst")
    page.goto("/api/docs")
    expect(
        page.get_by_text("A script, BI tool or webhook sends a personal API token")
    ).to_be_visible()
    page.get_by_role("button", name="Authorize").first.click()
    expect(page.get_by_text("TokenAuth")).to_be_visible()
    snapshot(page, "docs-authorize")
