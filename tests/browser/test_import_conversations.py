"""At a real browser: a QA analyst checks a malformed file, is shown the line and field,
then imports a good one and sees the counts and links to what arrived (htmx swaps it in)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from legendary.conversations.models import Conversation

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent.parent / "fixtures" / "formats"


def test_an_analyst_imports_a_file_from_the_browser(
    demo: None,  # noqa: F811
    page: Page,
    snapshot: Snapshot,
    settings: Any,
) -> None:
    settings.IMPORT_MAX_MB = 1  # small enough to try a file over it
    organisation = person_of("analyst").organisation
    before = Conversation.objects.filter(organisation=organisation).count()
    sign_in(page, "analyst")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Import").click()
    expect(page.locator("h1")).to_have_text("Import conversations")
    snapshot(page, "empty")

    # Over the limit: said at once, and nothing can be sent.
    over = 1024 * 1024 + 1
    page.get_by_label("Conversation file").set_input_files(
        {"name": "everything.jsonl", "mimeType": "application/json", "buffer": b" " * over}
    )
    expect(page.locator("#import-too-big")).to_contain_text(
        "everything.jsonl is 1.0 MB, more than the 1 MB this page takes"
    )
    expect(page.get_by_role("button", name="Import", exact=True)).to_be_disabled()
    snapshot(page, "too-big")

    page.get_by_label("Conversation file").set_input_files(
        FIXTURES / "malformed" / "role_not_known.jsonl"
    )
    expect(page.locator("#import-too-big")).to_be_hidden()
    page.get_by_role("button", name="Import", exact=True).click()
    problem = page.locator("#import-problem")
    expect(problem).to_contain_text("role_not_known.jsonl was not imported")
    expect(problem).to_contain_text("turns[1].speaker")
    snapshot(page, "problem")
    assert Conversation.objects.filter(organisation=organisation).count() == before

    page.get_by_label("Conversation file").set_input_files(FIXTURES / "conversations.jsonl")
    page.get_by_role("button", name="Check only (dry run)").click()
    expect(page.locator("#import-result")).to_contain_text("reads cleanly")
    snapshot(page, "checked")
    assert Conversation.objects.filter(organisation=organisation).count() == before

    page.get_by_label("Conversation file").set_input_files(FIXTURES / "conversations.jsonl")
    page.get_by_role("button", name="Import", exact=True).click()
    result = page.locator("#import-result")
    expect(result).to_contain_text("Imported conversations.jsonl")
    expect(result.locator(".stat").first).to_contain_text("3")
    expect(page.locator("#import-problem")).to_have_count(0)
    recent = page.get_by_role("table")
    expect(recent).to_contain_text("conversations.jsonl")
    expect(recent).to_contain_text(person_of("analyst").name)
    snapshot(page, "imported")
    assert Conversation.objects.filter(organisation=organisation).count() == before + 3

    result.locator(".added-list a").first.click()
    expect(page.get_by_role("heading", name="Transcript")).to_be_visible()


def test_long_names_from_the_file_wrap_on_a_phone(
    demo: None,  # noqa: F811
    browser: Browser,
    live_server: LiveServer,
    snapshot: Snapshot,
    tmp_path: Path,
) -> None:
    """A shared inbox as the agent's name and a long export name, checked at 390 px: the
    result pushed the page to over 1,000 px wide (found on the QA walk with such a file)."""
    inbox = "customer-care-north-west-escalations-overnight@harbour-and-pine.example"
    export = tmp_path / "helpdesk_export_north_west_escalations_2026-11-01_to_2026-11-30.jsonl"
    chat = {
        "id": "NW-1",
        "turns": [
            {"speaker": "customer", "text": "My sofa cushions arrived in the wrong colour."},
            {"speaker": "agent", "name": inbox, "text": "Sorry about that, I'll swap them."},
        ],
    }
    export.write_text(json.dumps(chat) + "\n", encoding="utf-8")
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    sign_in(page, "analyst")
    page.goto("/import/")
    page.get_by_label("Conversation file").set_input_files(export)
    page.get_by_role("button", name="Check only (dry run)").click()
    expect(page.locator("#import-result")).to_contain_text(inbox)
    snapshot(page, "phone-long-names")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    context.close()
    assert width <= 390
