"""At a real browser: a QA analyst checks a malformed file, is shown the line and field,
then imports a good one and sees the counts and links to what arrived (htmx swaps it in)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

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
