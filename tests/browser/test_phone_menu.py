"""The main menu on a phone: one "Menu" button, the pages behind it; a desk is unchanged.

Looked at as the demo's senior leader at 390 px (session 21): the nine pages of a leader's
menu wrapped to four rows, and with the account line the top bar took 230 px of every
page before a word of it. Now the bar is the logo and the button on one row and the
account on a second (82 px); the button opens the list over the page, from the keyboard
too, and Escape closes it. At 1280 px there is no button and every page shows as before.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)

pytestmark = pytest.mark.browser

LINKS = ".topbar nav a"
TWO_ROWS = 100  # px: the logo's row (about 45) and the account's (about 30) with padding


def test_on_a_phone_the_pages_sit_behind_one_button(demo, page: Page, snapshot: Snapshot) -> None:  # noqa: F811
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, "leader")
    page.goto("/")
    button = page.get_by_role("button", name="Menu")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    bar = page.locator(".topbar").bounding_box()
    assert bar is not None
    assert bar["height"] <= TWO_ROWS, bar
    links = page.locator(LINKS)
    count = links.count()
    assert count >= 8  # a leader's pages
    for i in range(count):
        expect(links.nth(i)).to_be_hidden()
    snapshot(page, "closed")

    # From the keyboard: the button takes the focus and Enter opens the list.
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    for i in range(count):
        link = links.nth(i)
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box is not None
        assert box["x"] >= 0, box
        assert box["x"] + box["width"] <= 390, box
        assert box["y"] + box["height"] <= 844, box  # on screen without scrolling
    snapshot(page, "open")

    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(links.first).to_be_hidden()

    # Every page is reached: the list opens again and a click goes where it says.
    button.click()
    page.get_by_role("link", name="Teams", exact=True).click()
    expect(page).to_have_url(re.compile(r"/teams/$"))


def test_at_a_desk_the_menu_shows_every_page_and_no_button(demo, page: Page) -> None:  # noqa: F811
    sign_in(page, "leader")
    page.goto("/")
    expect(page.locator(".menu-toggle")).to_be_hidden()
    links = page.locator(LINKS)
    for i in range(links.count()):
        expect(links.nth(i)).to_be_visible()
    bar = page.locator(".topbar").bounding_box()
    # The logo, two rows of pages and the account on one line, as before (92 px).
    assert bar is not None
    assert 80 <= bar["height"] <= 100, bar
