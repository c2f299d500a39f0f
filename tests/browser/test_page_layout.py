"""Pages read at a laptop's width: no table column cut off, the filters on one row.

A table wider than its card scrolls inside it (`.table-wrap`), which keeps the page whole
but hides the right-hand column: on the home pages that was the CARE score, the one figure
a leader or manager opens the card for.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)
from legendary.assessments.models import Campaign, CampaignKind
from legendary.conversations.models import Conversation
from legendary.people.models import Person

pytestmark = pytest.mark.browser

# Every `.table-wrap` whose table needs sideways scrolling to be read, with its card title.
CUT_OFF_TABLES = """() => [...document.querySelectorAll('main .table-wrap')]
  .filter(w => w.scrollWidth > w.clientWidth + 1)
  .map(w => (w.closest('section, .card')?.querySelector('h2')?.textContent || '?').trim()
            + ': ' + w.scrollWidth + 'px in ' + w.clientWidth + 'px')"""


# Everything inside a card that reaches past the card's right edge (tables scroll, so they
# are left to CUT_OFF_TABLES).
PAST_THE_CARD = """() => [...document.querySelectorAll('main .card')].flatMap(card => {
  const edge = card.getBoundingClientRect().right;
  return [...card.querySelectorAll('*')]
    .filter(e => !e.closest('.table-wrap') && e.getBoundingClientRect().right > edge + 1)
    .map(e => e.tagName + ': ' + (e.textContent || '').trim().slice(0, 40));
})"""


def cut_off_tables(page: Page, path: str) -> list[str]:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    result: list[str] = page.evaluate(CUT_OFF_TABLES)
    return result


@pytest.mark.usefixtures("demo")
def test_no_table_is_cut_off_on_the_home_and_team_pages(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    manager = Person.objects.get(user__username="manager")
    assert manager.team is not None
    for username, paths in {
        "leader": ["/", f"/teams/{manager.team.pk}/"],
        "manager": ["/", f"/teams/{manager.team.pk}/"],
        "frontline": ["/"],
    }.items():
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 860}
        )
        page = context.new_page()
        sign_in(page, username)
        for path in paths:
            assert cut_off_tables(page, path) == [], f"{username} at {path}"
            snapshot(page, f"{username}-{path.strip('/').replace('/', '-') or 'home'}")
        context.close()


@pytest.mark.usefixtures("demo")
def test_the_conversation_filters_sit_on_one_row(page: Page, snapshot: Snapshot) -> None:
    sign_in(page, "leader")
    assert Conversation.objects.exists()
    page.goto("/conversations/")
    tops: list[int] = page.eval_on_selector_all(
        "form.filters > *", "els => els.map(e => Math.round(e.getBoundingClientRect().bottom))"
    )
    # Every control, the Filter button included, ends on the same line.
    assert len(tops) == 9  # search, channel, agent, from, to, order, flag, flagged, Filter
    assert max(tops) - min(tops) <= 4, tops
    snapshot(page, "conversation-filters")


@pytest.mark.usefixtures("demo")
def test_a_person_page_keeps_a_long_e_mail_address_inside_its_card(
    page: Page, snapshot: Snapshot
) -> None:
    person = Person.objects.get(user__username="manager")
    person.email = "rachel.lindqvist.customercare@harbourandpine.example"
    person.save(update_fields=["email"])
    sign_in(page, "leader")
    page.goto(f"/people/{person.pk}/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate(PAST_THE_CARD) == []
    snapshot(page, "person")


@pytest.mark.usefixtures("demo")
def test_no_page_is_wider_than_a_phone(browser: Browser, live_server: LiveServer) -> None:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "leader")
    for path in ("/", "/conversations/", "/people/", "/teams/", "/culture/", "/standards/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width} px wide"
    context.close()


# Cells of a table's last row whose bottom rule differs from the rest of that row.
UNEVEN_LAST_ROWS = """() => [...document.querySelectorAll('main tbody tr:last-child')]
.filter(row => {
  const widths = [...row.children].map(c => getComputedStyle(c).borderBottomWidth);
  return new Set(widths).size > 1;
}).map(row => row.textContent.trim().slice(0, 40))"""


@pytest.mark.usefixtures("demo")
def test_a_survey_tables_last_row_has_one_bottom_rule(page: Page, snapshot: Snapshot) -> None:
    campaign = Campaign.objects.filter(kind=CampaignKind.ICARE).order_by("-closes_on")[1]
    sign_in(page, "leader")
    page.goto(f"/assessments/{campaign.pk}/results/")
    page.wait_for_load_state("networkidle")
    assert page.locator("main tbody th").count() > 0
    # Row headers (<th scope="row">) kept their rule under the last row, cut off mid-table.
    assert page.evaluate(UNEVEN_LAST_ROWS) == []
    snapshot(page, "results")
