"""Tables read on a phone (390 px): goals, action plans and the behaviour weights.

Both scrolled sideways inside their card at 390 px, with nothing to say so: the goals
table showed its goal, measure and team and hid start, latest, target, date and progress
(761 px of table in a 328 px card); the weights showed "weight 1" cut to "weight" and an
analyst had to find the hidden boxes by swiping. On a phone each row now stands as a block,
every cell under its column's name, so the page, and each table in it, fits the screen.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)
from browser.test_page_layout import CUT_OFF_TABLES
from legendary.assessments.models import Campaign, CampaignKind
from legendary.culture.models import Goal

pytestmark = pytest.mark.browser

PAGE_WIDTH = "() => [document.scrollingElement.scrollWidth, innerWidth]"

# Every element inside a table cell that reaches past its card's right edge: something one
# has to swipe to find.
PAST_THE_CARD = """() => [...document.querySelectorAll('main table')].flatMap(table => {
  const edge = table.closest('.card').getBoundingClientRect().right;
  return [...table.querySelectorAll('td *, td')]
    .filter(e => e.getBoundingClientRect().right > edge + 1)
    .map(e => e.tagName + ': ' + (e.textContent || '').trim().slice(0, 30));
})"""


def open_at_phone_width(browser: Browser, live_server: LiveServer, username: str) -> Page:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, username)
    return page


def assert_fits(page: Page, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    assert page.locator("main table tbody tr").count() > 0, f"no table rows at {path}"
    scroll_width, inner_width = page.evaluate(PAGE_WIDTH)
    assert scroll_width <= inner_width, f"{path} is {scroll_width} px wide"
    assert page.evaluate(CUT_OFF_TABLES) == [], path
    assert page.evaluate(PAST_THE_CARD) == [], path


@pytest.mark.usefixtures("demo")
def test_the_goals_table_reads_on_a_phone_without_swiping(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    assert Goal.objects.exists()
    page = open_at_phone_width(browser, live_server, "leader")
    assert_fits(page, "/culture/goals/")
    # Every figure is still there, named: a bare "62" under "Start" a screen away is not.
    first = page.locator("main table tbody tr").first
    for column in ("Measure", "For", "Start", "Latest", "Target", "By", "Progress"):
        expect(first.locator(f"td[data-label='{column}']")).to_be_visible()
    # The column's name is drawn before the figure (the table head is out of sight).
    label = first.locator("td[data-label='Target']").evaluate(
        "td => getComputedStyle(td, '::before').content"
    )
    assert label == '"Target"'
    snapshot(page, "goals-390")
    page.context.close()


@pytest.mark.usefixtures("demo")
def test_the_action_plans_read_on_a_phone_without_swiping(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    page = open_at_phone_width(browser, live_server, "leader")
    assert_fits(page, "/culture/plans/")
    first = page.locator("main table tbody tr").first
    for column in ("Answers", "Owner", "Due", "Status", "Before", "After"):
        expect(first.locator(f"td[data-label='{column}']")).to_be_visible()
    snapshot(page, "plans-390")
    page.context.close()


@pytest.mark.usefixtures("demo")
def test_the_behaviour_weights_read_and_edit_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    for username in ("leader", "analyst"):  # reads the worth; edits the weights
        page = open_at_phone_width(browser, live_server, username)
        assert_fits(page, "/standards/")
        if username == "analyst":
            box = page.get_by_label("Weight of asks open question")
            expect(box).to_be_visible()
            box.fill("2")
            expect(box).to_have_value("2")
        snapshot(page, f"standards-390-{username}")
        page.context.close()


@pytest.mark.usefixtures("demo")
def test_a_table_that_still_scrolls_inside_its_card_shows_a_shadow_where_more_is(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """A wide table keeps its columns and scrolls inside its card on a phone; nothing
    said there was more to the right. A shadow stays at the edge the table continues past
    (a background that stays put) while covers that travel with the table hide it at
    either end (backgrounds attached to the content)."""
    # The people list stands its rows as blocks on a phone since b1f2ac7, the manager's
    # coaching table and the survey tables too; the printable report's table of teams by
    # element still scrolls.
    campaign = Campaign.objects.filter(kind=CampaignKind.ICARE).order_by("-closes_on")[1]
    page = open_at_phone_width(browser, live_server, "leader")
    page.goto(f"/assessments/{campaign.pk}/report/")
    page.wait_for_load_state("networkidle")
    wrap = page.locator("main section[aria-labelledby=teams-heading] .table-wrap")
    assert wrap.evaluate("w => w.scrollWidth > w.clientWidth")  # it does scroll
    attachments = wrap.evaluate("w => getComputedStyle(w).backgroundAttachment")
    assert attachments.split(", ") == ["local", "local", "scroll", "scroll"]
    snapshot(page, "report-390")
    page.context.close()


# The tables of conversations (their rows link a subject) that scroll inside their card.
CUT_OFF_CONVERSATIONS = """() => [...document.querySelectorAll('main .table-wrap')]
  .filter(w => w.querySelector('a.subject') && w.scrollWidth > w.clientWidth + 1)
  .map(w => w.scrollWidth + 'px in ' + w.clientWidth + 'px')"""


@pytest.mark.usefixtures("demo")
def test_the_care_score_of_every_conversation_row_is_in_sight_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """At 390 px every role's conversation list and home table showed the date, subject
    and channel and hid the CARE score, the one figure the row is read for, 20 to 70 px
    past the card's edge (387-400 px of table in 328). Found on the frontline, analyst and
    administrator walks."""
    for username in ("frontline", "analyst", "admin", "manager"):
        page = open_at_phone_width(browser, live_server, username)
        for path in ("/", "/conversations/"):
            page.goto(path)
            page.wait_for_load_state("networkidle")
            assert page.locator("main a.subject").count() > 0, f"{username} at {path}"
            assert page.evaluate(CUT_OFF_CONVERSATIONS) == [], f"{username} at {path}"
            snapshot(page, f"{username}-{path.strip('/') or 'home'}")
        page.context.close()
