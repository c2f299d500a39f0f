"""The manager's home read on a phone (390 px) and at a laptop's width (1280 px).

"Who needs coaching on what" scrolled sideways inside its card at 390 px (501 px of table
in 328): the behaviour to coach was in sight, how often it showed and out of how many
conversations were past the card's edge. "Your reports" squeezed each name into a
narrow column beside its nowrap header "Conversations, last 90 days" (337 px in 328), and
the team page's members table hid their counts past the card's edge (376 px in 328).
A service vision ending on a long hashtag widened the whole page to fit it.
On a phone each coaching row now stands as a block, every figure under its column's name;
at a laptop's width it is still a table whose column headers a screen reader announces.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from browser.test_page_layout import CUT_OFF_TABLES
from legendary.conversations import care_summary
from legendary.culture.models import ServiceVision

pytestmark = pytest.mark.browser

COACHING = "section[aria-labelledby=coaching-heading]"
HEADERS = ["Name", "Coach them on", "Shown", "Scored conversations"]


@pytest.mark.usefixtures("demo")
def test_the_coaching_table_reads_on_a_phone_and_stays_a_table_at_a_laptop_width(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The small demo gives each report two or three conversations, under the five a
    # behaviour needs before it is named; one is enough to lay the figures out.
    monkeypatch.setattr(care_summary, "COACHING_MINIMUM", 1)
    # A vision that ends on a long hashtag: one unbroken word widened the home page.
    vision = ServiceVision.objects.order_by("-version").first()
    assert vision is not None
    vision.statement += " #LegendaryServiceForEveryCustomerEveryDayEveryTime"
    vision.save()
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "manager")
    page.goto("/")
    page.wait_for_load_state("networkidle")
    rows = page.locator(f"{COACHING} tbody tr")
    assert rows.count() > 0
    assert page.evaluate(CUT_OFF_TABLES) == []
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= 390
    for column in ("Coach on", "Shown", "Conversations"):
        cell = page.locator(f"{COACHING} td[data-label='{column}']").first
        expect(cell).to_be_visible()
        # The column's name is drawn beside the figure (the table head is out of sight).
        label = cell.evaluate("td => getComputedStyle(td, '::before').content")
        assert label == f'"{column}"'
    snapshot(page, "manager-home-390")

    page.set_viewport_size({"width": 1280, "height": 860})
    headers = page.locator(f"{COACHING} thead th[scope=col]")
    expect(headers).to_have_text(HEADERS, ignore_case=True)
    expect(headers.first).to_be_visible()
    assert page.evaluate(CUT_OFF_TABLES) == []

    # The team page's members table hid its conversation counts past the card's edge
    # behind a nowrap "Conversations, 90 days" (376 px in 328).
    team = person_of("manager").team
    assert team is not None
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"/teams/{team.pk}/")
    assert page.locator("main table tbody tr").count() > 1
    assert page.evaluate(CUT_OFF_TABLES) == []
    context.close()
