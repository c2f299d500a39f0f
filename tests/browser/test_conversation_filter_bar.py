"""The conversation list's filter bar keeps to two tidy lines on a laptop (session 21).

Walked in session 20: at 1,280 px the twelve filters took three ragged lines (Order, Flag
and Reviewed on the second, Behaviour and Outcome stretched across the third) and at
1,024 px three too. Now the bar holds two lines, who and when above, what happened and the
order below, and no control is narrower than its first choice needs (a cut "Shown or missi"
reads as broken).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)

pytestmark = pytest.mark.browser

#: The foot of every control of the bar (the line it stands on), and whether its chosen
#: words fit inside its box.
MEASURE = """() => [...document.querySelectorAll(
  'form.filters select, form.filters input, form.filters button')].map(control => {
  let fits = true;
  if (control.tagName === 'SELECT') {
    const probe = document.createElement('span');
    const style = getComputedStyle(control);
    probe.style.font = style.font;
    probe.style.position = 'absolute';
    probe.style.whiteSpace = 'nowrap';
    probe.textContent = control.options[control.selectedIndex].text;
    document.body.appendChild(probe);
    // The words, the box's padding and the arrow (about 1.25rem) must fit its width.
    fits = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft)
      + parseFloat(style.paddingRight) + 18 <= control.clientWidth;
    probe.remove();
  }
  return {name: control.name || 'button', foot: Math.round(control.closest('div')
    .getBoundingClientRect().bottom), fits};
})"""


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("width", [1280, 1024])
def test_the_filter_bar_takes_two_lines_and_cuts_no_choice(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot, width: int
) -> None:
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    sign_in(page, "leader")
    page.goto("/conversations/")
    expect(page.get_by_label("Team")).to_be_visible()
    snapshot(page, f"filters-{width}")
    fields = page.evaluate(MEASURE)
    context.close()
    assert len(fields) == 13  # twelve filters and the button
    assert len({field["foot"] for field in fields}) == 2, fields
    assert [field["name"] for field in fields if not field["fits"]] == []
