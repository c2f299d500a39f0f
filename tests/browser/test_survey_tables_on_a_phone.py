"""Survey tables read on a phone (390 px): the list of surveys, a manager pulse's results
and an ICARE survey's results.

At 390 px each scrolled sideways inside its card: the surveys list showed the title and
kind and hid the dates, status, response rate and the link to the results (622 px of table
in a 328 px card); the pulse showed a manager's name and two of eight figures (551 px); the
ICARE tables showed a group and two of seven figures (845 to 1016 px). On a phone each row
now stands as a block, every figure under its column's name (the `stack-sm` pattern of
legendary.css), while the markup stays a table with its column headers for screen readers.
The results page's "ICARE scores by level" heading, squeezed by its scale note into a
column three lines tall, now has the card's width.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)
from browser.test_phone_tables import assert_fits
from legendary.assessments.models import Campaign, CampaignKind

pytestmark = pytest.mark.browser

# How many lines an element's text takes.
LINES = """e => Math.round(
  e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))"""


def labels_of_row(page: Page, table: str, row: int = 0) -> list[str]:
    cells = page.locator(f"{table} tbody tr").nth(row).locator("td[data-label]")
    return [label for label in cells.evaluate_all("cs => cs.map(c => c.dataset.label)") if label]


def assert_headed(page: Page) -> None:
    """Still a table for a screen reader: every table keeps its column headers."""
    for table in page.locator("main table").all():
        assert table.locator("thead th[scope=col]").count() >= 2


@pytest.mark.usefixtures("demo")
def test_the_survey_tables_read_on_a_phone_without_swiping(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    icare = Campaign.objects.filter(kind=CampaignKind.ICARE).order_by("-closes_on")[1]
    pulse = Campaign.objects.filter(kind=CampaignKind.MANAGER_PULSE).first()
    assert pulse is not None
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "leader")

    assert_fits(page, "/assessments/")
    # The oldest survey, closed, has its results to link to.
    assert labels_of_row(page, "main table", -1) == [
        "Kind",
        "Dates",
        "Status",
        "Response rate",
        "Results",
    ]
    assert_headed(page)
    snapshot(page, "surveys-390")

    assert_fits(page, f"/assessments/{pulse.pk}/internal/")
    labels = labels_of_row(page, "main table")
    assert labels[0] == "Answers"
    assert labels[1] == "Statement 1"
    assert labels[-1] == "Overall"
    assert_headed(page)
    snapshot(page, "pulse-390")

    assert_fits(page, f"/assessments/{icare.pk}/results/")
    levels = labels_of_row(page, "main table.scores-table")
    assert levels[0] == "Answers"
    assert "Empowerment" in levels
    assert levels[-1] == "Overall"
    assert_headed(page)
    # A row's group (its <th scope="row">) heads its block, in sight.
    expect(page.locator("main table.scores-table tbody th").first).to_be_visible()
    heading = page.get_by_role("heading", name="ICARE scores by level")
    assert heading.evaluate(LINES) == 1
    snapshot(page, "results-390")
    context.close()
