"""Every page a role can reach from the navigation, read on a phone (390 px) by every role.

A page wider than the screen scrolls sideways as a whole, header and all: the last walk
found the personal-visions page 6 px too wide at 390 px, one page among forty that no test
opened on a phone. This test opens every page in each role's navigation and every page one
link away from it (one page per kind of address: /conversations/12/ stands for them all),
and checks that none is wider than the screen or answers with an error.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import ROLE_LABELS, demo, sign_in  # noqa: F401  (fixture by name)
from browser.test_phone_tables import PAGE_WIDTH

pytestmark = pytest.mark.browser

# Links that leave the HTML pages (downloads, the API's machine-readable schema) or end the
# session; the rest of /admin/ is Django's own and not ours to lay out.
NOT_A_PAGE = re.compile(r"/logout/|/admin/|/api/openapi|\.csv|/export|download")

LINKS = "() => [...document.querySelectorAll('a[href^=\"/\"]')].map(a => a.getAttribute('href'))"


def kind_of(path: str) -> str:
    """One address per kind of page: numbers and the query string do not make a new kind."""
    return re.sub(r"\d+", "N", path.split("#")[0].split("?")[0])


def pages_too_wide(browser: Browser, base_url: str, username: str, snapshot: Snapshot) -> list[str]:
    """What is wrong with the pages `username` reaches at 390 px: too wide, or not a 200."""
    context = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, username)
    nav = list(dict.fromkeys(page.evaluate(LINKS.replace("a[href", "nav a[href"))))
    assert len(nav) >= 4, f"{username} has too few pages in the navigation: {nav}"
    # The navigation pages first, then the pages they link to (one link away, not further).
    queue = list(nav)
    for start in nav:
        page.goto(start)
        queue += page.evaluate(LINKS)
    seen: set[str] = set()
    wrong: list[str] = []
    for path in queue:
        if NOT_A_PAGE.search(path) or kind_of(path) in seen:
            continue
        seen.add(kind_of(path))
        response = page.goto(path)
        page.wait_for_load_state("networkidle")
        if response is None or response.status != 200:
            wrong.append(f"{path}: HTTP {response.status if response else '?'}")
            continue
        scroll_width, inner_width = page.evaluate(PAGE_WIDTH)
        if scroll_width > inner_width:
            wrong.append(f"{path}: {scroll_width} px wide")
        snapshot(page, f"{username}-" + (kind_of(path).strip("/").replace("/", "-") or "home"))
    context.close()
    assert len(seen) > len(nav), f"{username}: no page one link away from the navigation"
    return wrong


@pytest.mark.usefixtures("demo")
def test_no_page_is_wider_than_a_phone_for_any_role(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    # Every role in one test: loading the demo organisation is most of the cost.
    wrong = {name: pages_too_wide(browser, live_server.url, name, snapshot) for name in ROLE_LABELS}
    assert wrong == {name: [] for name in ROLE_LABELS}
