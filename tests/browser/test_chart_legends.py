"""A chart's legend, tick labels and axis titles do not lie over one another on a phone.

On a survey's results at 390 px the legend under the level chart lay across its slanted
element names ("Frontline" over "Ideal service"), and the gap chart's legend covered its
axis title "score (0-100)". The survey charts now carry their legend above the plot.
"""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import Browser
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)
from legendary.assessments.models import Campaign, CampaignKind

pytestmark = pytest.mark.browser

# Per drawn chart, the pairs of its legend, axis titles and tick labels whose boxes meet.
OVERLAPS = """() => [...document.querySelectorAll('[data-figure]')].flatMap(chart => {
  const parts = [...chart.querySelectorAll('.legend, .xtitle, .ytitle, .xtick, .ytick')]
    .map(e => [e.getAttribute('class') + ' ' + e.textContent.trim(), e.getBoundingClientRect()])
    .filter(([, r]) => r.width > 0 && r.height > 0);
  const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1
                         && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const found = [];
  parts.forEach(([name, box], i) => parts.slice(i + 1).forEach(([other, second]) => {
    const ticks = name.includes('tick') && other.includes('tick');  // neighbours at the origin
    if (!ticks && meet(box, second)) found.push(chart.dataset.figure + ': ' + name + ' / ' + other);
  }));
  return found;
})"""


@pytest.mark.usefixtures("demo")
def test_the_survey_charts_legends_stay_clear_of_their_axes_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    campaign = (
        Campaign.objects.filter(kind=CampaignKind.ICARE, closes_on__lt=timezone.localdate())
        .order_by("-closes_on")
        .first()
    )
    assert campaign is not None
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "leader")
    page.goto(f"/assessments/{campaign.pk}/results/")
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-figure] .legend").count() >= 2  # level and gap charts drawn
    assert page.evaluate(OVERLAPS) == []
    snapshot(page, "results-390")
    context.close()
