"""Pages read at a laptop's width: no table column cut off, nothing past its card.

A table wider than its card scrolls inside it (`.table-wrap`), which keeps the page whole
but hides the right-hand column: on the home pages that was the CARE score, the one figure
a leader or manager opens the card for.

The conversation list's filter bar, every choice and date in full, is read in
`test_conversation_filter_bar.py`.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)
from legendary.assessments.models import Campaign, CampaignKind
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
    # A page without its tables (an error page, the sign-in page) would have none cut off.
    assert page.locator("main .table-wrap table").count() > 0, f"no table at {path}"
    result: list[str] = page.evaluate(CUT_OFF_TABLES)
    return result


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("width", [1280, 1024])
def test_no_table_is_cut_off_on_the_home_and_team_pages(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot, width: int
) -> None:
    """At 1024 px (a small laptop, a tablet on its side; walked in session 20) the
    half-width "Latest conversations" of every home and team page needed 484 px in 441:
    the CARE score, its last column, was past the card's edge. In a card that narrow the
    channel now goes under the subject, as on a phone."""
    manager = Person.objects.get(user__username="manager")
    assert manager.team is not None
    for username, paths in {
        "leader": ["/", f"/teams/{manager.team.pk}/"],
        "manager": ["/", f"/teams/{manager.team.pk}/"],
        "frontline": ["/", f"/teams/{manager.team.pk}/"],
    }.items():
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 860}
        )
        page = context.new_page()
        sign_in(page, username)
        for path in paths:
            assert cut_off_tables(page, path) == [], f"{username} at {path}, {width} px"
            snapshot(page, f"{username}-{path.strip('/').replace('/', '-') or 'home'}-{width}")
        context.close()


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
    expect(page.locator("main .card", has_text=person.email).first).to_be_visible()
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


# The width of each element's column in the survey heat map's plotting area, in pixels.
HEATMAP_COLUMN = """() => {
  const area = document.querySelector('[data-figure="heatmap"] .nsewdrag');
  return area ? area.getBoundingClientRect().width / 5 : 0;
}"""


@pytest.mark.usefixtures("demo")
def test_the_team_heat_map_keeps_its_cells_readable_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """At 390 px the team names took the width and the five columns shared about 60 px:
    "73 69 71 69 57" ran into one another and "hidden" five times over became one smudge.
    The heat map keeps its width and scrolls sideways inside its card."""
    campaign = Campaign.objects.filter(kind=CampaignKind.ICARE).order_by("-closes_on")[1]
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "leader")
    page.goto(f"/assessments/{campaign.pk}/results/")
    page.wait_for_load_state("networkidle")
    page.wait_for_selector('[data-figure="heatmap"] .nsewdrag')
    # Wide enough for "hidden" in 14 px type, with room to spare.
    assert page.evaluate(HEATMAP_COLUMN) >= 60
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    snapshot(page, "results-390")
    context.close()


@pytest.mark.usefixtures("demo")
def test_the_new_survey_forms_number_boxes_look_like_its_other_boxes(
    page: Page, snapshot: Snapshot
) -> None:
    """The two anonymity thresholds, the most consequential numbers on the page, were the
    browser's bare 4-digit boxes under full-width, rounded title and date boxes."""
    sign_in(page, "leader")
    page.goto("/assessments/new/")
    boxes = page.eval_on_selector_all(
        "main input[name=title], main input[type=number]",
        """els => els.map(e => [Math.round(e.getBoundingClientRect().width),
                               Math.round(e.getBoundingClientRect().height),
                               getComputedStyle(e).borderTopLeftRadius])""",
    )
    assert len(boxes) == 3  # the title, then the two thresholds
    assert boxes[1] == boxes[0]
    assert boxes[2] == boxes[0]
    snapshot(page, "new-survey")


@pytest.mark.usefixtures("demo")
def test_the_quiz_links_button_keeps_its_words_on_one_line_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """At 390 px the quiz link's box kept its 18rem and squeezed "Try it" beside it into a
    button two lines tall ("Try" over "it"). The box gives way; the button keeps its words
    on one line, and both stay inside the card."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "frontline")
    page.goto("/assessments/")
    button = page.locator("main .copy-row .button")
    expect(button).to_have_text("Try it")
    # The lines its words stand on: the distinct tops of their boxes.
    lines = button.evaluate(
        """b => { const range = document.createRange(); range.selectNodeContents(b);
                  return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; }"""
    )
    assert lines <= 1, f"'Try it' stands on {lines} lines"
    assert page.evaluate(PAST_THE_CARD) == []
    snapshot(page, "surveys-390")
    context.close()


@pytest.mark.usefixtures("demo")
def test_the_account_stays_beside_the_logo_on_a_laptop(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """Walking the demo as the administrator at 1280 px (session 20), the top bar took
    three rows and 128 px of every page: the logo alone, then eleven menu entries, then
    the name, role and Sign out alone at the right; at 1024 px, 166 px. The menu now takes
    the room between the logo and the account, its entries wrapping inside it, so the
    account stays at the top right beside the logo. On a phone the menu is one button on
    the logo's row (test_phone_menu.py opens it)."""
    for username, width, tallest in (
        ("admin", 1280, 100),
        ("admin", 1024, 140),
        ("leader", 1280, 100),
        ("frontline", 1280, 60),
    ):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 800}
        )
        page = context.new_page()
        sign_in(page, username)
        brand = page.locator(".topbar .brand").bounding_box()
        account = page.locator(".topbar .account").bounding_box()
        topbar = page.locator(".topbar").bounding_box()
        assert brand is not None
        assert account is not None
        assert topbar is not None
        where = f"{username} at {width} px"
        assert account["y"] < brand["y"] + brand["height"], f"{where}: account below the logo"
        assert topbar["height"] <= tallest, f"{where}: top bar {topbar['height']} px tall"
        for link in page.locator(".topbar nav a").all():
            expect(link).to_be_visible()
        snapshot(page, f"{username}-{width}")
        context.close()
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "admin")
    brand = page.locator(".topbar .brand").bounding_box()
    nav = page.locator(".topbar nav").bounding_box()
    assert brand is not None
    assert nav is not None
    assert nav["y"] < brand["y"] + brand["height"]  # the Menu button beside the logo
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    context.close()
