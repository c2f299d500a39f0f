"""The internal service matrix page read on a phone (390 px), as the demo's manager, whose
part of the matrix is one team being rated."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)
from legendary.assessments.models import Campaign

pytestmark = pytest.mark.browser


def _matrix_on_a_phone(browser: Browser, live_server: LiveServer) -> Page:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "manager")
    matrix = Campaign.objects.get(title="Internal service matrix")
    page.goto(f"/assessments/{matrix.pk}/internal/")
    expect(page.locator("[data-figure=matrix] .main-svg").first).to_be_visible(timeout=30_000)
    expect(page.locator("[data-figure=nps] .main-svg").first).to_be_visible(timeout=30_000)
    return page


@pytest.mark.usefixtures("demo")
def test_a_one_column_matrix_fits_a_phone_without_scrolling(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """ "Who rates whom" kept a 40rem minimum whatever its columns: the manager's one
    column (their own team) scrolled sideways at 390 px, its name and axis title cut."""
    page = _matrix_on_a_phone(browser, live_server)
    snapshot(page, "matrix-390")
    scroll = page.locator(".chart-scroll:has([data-figure=matrix])")
    widths = scroll.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert widths[0] <= widths[1], widths
    page.context.close()


@pytest.mark.usefixtures("demo")
def test_the_internal_nps_axis_keeps_both_ends_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """The Internal NPS axis runs from −100 to +100, but at 390 px it read "−100 −50 0 50":
    the last label stood half past the chart's edge and Plotly hid it."""
    page = _matrix_on_a_phone(browser, live_server)
    snapshot(page, "nps-390")
    # Plotly keeps a hidden label in the page (display: none): read only the drawn ones.
    ticks = page.locator("[data-figure=nps] .xtick text").evaluate_all(
        "ts => ts.filter(t => getComputedStyle(t).display !== 'none'"
        " && t.getBoundingClientRect().width > 0).map(t => t.textContent)"
    )
    assert ticks[0] in ("−100", "-100"), ticks
    assert ticks[-1] == "100", ticks
    page.context.close()
