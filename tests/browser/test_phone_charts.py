"""Charts read on a phone (390 px): every label of the CARE radar in full."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)

pytestmark = pytest.mark.browser

# The radar's quality names that reach past the chart's box (and so are cut off).
CUT_LABELS = """() => {
  const chart = document.querySelector('[data-figure="care-radar"]');
  const box = chart.getBoundingClientRect();
  return [...chart.querySelectorAll('.angularaxistick text')]
    .filter(t => { const r = t.getBoundingClientRect();
                   return r.left < box.left - 1 || r.right > box.right + 1; })
    .map(t => t.textContent);
}"""


def _leader_home_on_a_phone(browser: Browser, live_server: LiveServer) -> Page:
    """The leader's home page at 390 px, once the radar has drawn its quality names."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "leader")
    page.goto("/")
    page.wait_for_selector('[data-figure="care-radar"] .angularaxistick text')
    return page


@pytest.mark.usefixtures("demo")
def test_the_care_radar_names_every_quality_in_full_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """At 390 px the leader's radar read "owered" and "Attenti": its side labels ran past
    the chart's edges."""
    page = _leader_home_on_a_phone(browser, live_server)
    labels = page.locator('[data-figure="care-radar"] .angularaxistick text').all_text_contents()
    assert sorted(labels) == ["Attentive", "Committed", "Empowered", "Responsive"]
    assert page.evaluate(CUT_LABELS) == []
    snapshot(page, "home-390")
    page.context.close()


@pytest.mark.usefixtures("demo")
def test_the_care_radar_leaves_no_empty_band_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """At 390 px the radar is only as wide as the card minus its label margins, yet its box
    kept 340 px: a round plot about 230 px across sat in bands of empty space above and
    below. The box now follows the plot: its height is no more than the circle's diameter
    and the small top and bottom margins."""
    page = _leader_home_on_a_phone(browser, live_server)
    box = page.locator('[data-figure="care-radar"]').bounding_box()
    circle = page.locator(
        '[data-figure="care-radar"] .polarsublayer.draglayer path, '
        '[data-figure="care-radar"] .bglayer path'
    ).first.bounding_box()
    snapshot(page, "radar-390")
    assert box is not None
    assert circle is not None
    assert box["height"] - circle["height"] <= 60, (box, circle)
    page.context.close()
