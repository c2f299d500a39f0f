"""At a real browser: an administrator uploads a roster with a mistake, reads the line and
field at fault (nothing stored), then uploads the corrected file, reads the preview at a
laptop's and a phone's width, applies it and finds the people stored once."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from browser.test_page_layout import CUT_OFF_TABLES
from legendary.people.models import Person, Team

pytestmark = pytest.mark.browser

HEADER = "name,email,role,title,team,parent_team,manager_email"


def _roster(manager_email: str, *, broken: bool = False) -> bytes:
    lines = [
        HEADER,
        f"Priya Raman,{'priya.harbour' if broken else 'priya@pine.example'},,Adviser,"
        f"Returns desk,,{manager_email}",
        f"Gus Okafor,gus@pine.example,manager,Returns lead,Returns desk,,{manager_email}",
    ]
    return ("\n".join(lines) + "\n").encode()


def _upload(page: Page, content: bytes) -> None:
    page.get_by_label("CSV file").set_input_files(
        {"name": "new-starters.csv", "mimeType": "text/csv", "buffer": content}
    )
    page.get_by_role("button", name="Check the file").click()


def test_an_administrator_imports_people_from_the_browser(
    demo: None,  # noqa: F811
    page: Page,
    snapshot: Snapshot,
) -> None:
    admin = person_of("admin")
    manager_email = person_of("manager").email
    before = Person.objects.filter(organisation=admin.organisation).count()
    sign_in(page, "admin")
    page.goto("/people/")
    page.get_by_role("link", name="Import from a spreadsheet").click()
    expect(page.locator("h1")).to_have_text("Import people from a spreadsheet")

    _upload(page, _roster(manager_email, broken=True))
    problems = page.get_by_role("alert").filter(has_text="Nothing was stored")
    expect(problems).to_contain_text("new-starters.csv has 1 problem")
    expect(problems.locator("tbody td")).to_have_text(
        [
            "2",
            "email",
            "priya.harbour is not an e-mail address; give their work e-mail "
            "(a later file finds them by it)",
        ]
    )
    snapshot(page, "problem")
    assert Person.objects.filter(organisation=admin.organisation).count() == before

    _upload(page, _roster(manager_email))
    expect(page.locator("#report-heading")).to_have_text("What new-starters.csv would change")
    expect(page.locator("main")).to_contain_text("Returns desk")
    expect(page.locator("main")).to_contain_text("Priya Raman")
    snapshot(page, "preview-1280")
    page.set_viewport_size({"width": 390, "height": 800})
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert page.evaluate(CUT_OFF_TABLES) == []  # the preview is read on a phone, whole
    snapshot(page, "preview-390")
    page.set_viewport_size({"width": 1280, "height": 860})
    assert Person.objects.filter(organisation=admin.organisation).count() == before

    page.get_by_label("E-mail an invitation to the 2 people").check()
    page.get_by_role("button", name="Apply these changes").click()
    expect(page.locator("#report-heading")).to_have_text("Imported new-starters.csv")
    expect(page.locator("main")).to_contain_text("Gus Okafor <gus@pine.example>: e-mailed")
    snapshot(page, "done")
    assert Person.objects.filter(organisation=admin.organisation).count() == before + 2

    # The same file again: nobody is added twice.
    page.goto("/people/import/")
    _upload(page, _roster(manager_email))
    expect(page.locator("main")).to_contain_text("Would add 0 people, would update 0, 2 unchanged")
    page.get_by_role("button", name="Apply (nothing changes)").click()
    expect(page.locator("#report-heading")).to_have_text("Imported new-starters.csv")
    assert Person.objects.filter(organisation=admin.organisation).count() == before + 2


def test_the_people_list_and_a_teams_description_read_whole_on_a_phone(
    demo: None,  # noqa: F811
    browser: Browser,
    live_server: LiveServer,
    snapshot: Snapshot,
) -> None:
    """Found walking the admin's pages at 390 px: the people table (630 px in a 328 px card)
    hid "Reports to" and the conversation count past the card's edge, and a team's
    description sat in a one-line box that showed its first few words."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "admin")
    page.goto("/people/")
    assert page.evaluate(CUT_OFF_TABLES) == []
    expect(page.locator("main td[data-label='Reports to']").first).to_be_visible()
    snapshot(page, "people-390")
    team = Team.objects.filter(organisation=person_of("admin").organisation).first()
    assert team is not None
    page.goto(f"/teams/{team.pk}/edit/")
    box = page.get_by_label("Description")
    assert box.evaluate("e => e.tagName") == "TEXTAREA"
    card = page.locator("main .card").first.bounding_box()
    field = box.bounding_box()
    assert card is not None
    assert field is not None
    assert field["x"] + field["width"] <= card["x"] + card["width"]
    context.close()
