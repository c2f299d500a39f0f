"""The conversation list's filter bar: every choice and date in full, in as few lines as fit.

A select shows only its chosen words, so a box narrower than its longest choice cuts that
choice whenever it is chosen ("Newest f", "Shown or missi"), and a date box narrower than a
date shows "mm/dd/y". Session 20 cut "All channels" and the dates (the defect
`CRAMPED_FILTERS` was written for); session 21 first laid the bar in two lines with each
field only as wide as its first choice, which cut eight controls at 1,280 px once the
longest order and flag were chosen (agent 141 px of 169, behaviour 159 of 289, the dates
139 of 156...). Now every field is at least as wide as its longest choice: who and when on
one line, what happened and the order wrapping to two, three lines in all on a laptop, the
list's first row still on the first screen at 1,024 px, and on a phone every field its own
width, nothing past the screen's edge.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)

pytestmark = pytest.mark.browser

#: Choose the longest option of every select (by its words), as the page would show it had
#: that choice been made; returns what was chosen, by name.
CHOOSE_THE_LONGEST = """() => Object.fromEntries([...document.querySelectorAll(
  'form.filters select')].map(select => {
  const longest = [...select.options].reduce((a, b) => b.text.length > a.text.length ? b : a);
  select.value = longest.value;
  return [select.name, longest.text];
}))"""

#: Every filter control too narrow for what it has to show, with what it would need: a
#: select its longest choice, a date box a whole date (both: the width the browser gives
#: them when left to size themselves), a search box its hint, a label its words.
CRAMPED_FILTERS = """() => [...document.querySelectorAll(
    'form.filters select, form.filters input, form.filters label')].flatMap(el => {
  const name = el.name || el.textContent.trim();
  const width = el.getBoundingClientRect().width;
  if (el.tagName === 'LABEL') {
    return el.scrollWidth > el.clientWidth + 1 ? [name + ': label cut'] : [];
  }
  if (el.type === 'checkbox') return [];
  if (el.type === 'search') {
    // The hint typed in as words: Chromium keeps room for the clear button beside them,
    // which a hint measured alone (session 20's check) left out, and "subjec" was cut.
    const typed = el.value;
    el.value = el.placeholder;
    const [inside, words] = [el.clientWidth, el.scrollWidth];
    el.value = typed;
    return words > inside ? [name + ': ' + inside + 'px of ' + words] : [];
  }
  const saved = el.style.cssText;
  el.style.cssText = 'width: auto !important; min-width: 0; max-width: none; flex: none';
  const needs = el.getBoundingClientRect().width;
  el.style.cssText = saved;
  return needs > width + 1 ? [name + ': ' + Math.round(width) + 'px of ' + Math.ceil(needs)] : [];
})"""

#: Every control of the bar: its name, the foot of its field (the line it stands on), and
#: whether a select's chosen words, its padding and its arrow fit inside its box.
CONTROLS = """() => [...document.querySelectorAll(
  'form.filters .filter-line select, form.filters .filter-line input,'
  + ' form.filters .filter-line button')].map(control => {
  let fits = true;
  if (control.tagName === 'SELECT') {
    const probe = document.createElement('span');
    const style = getComputedStyle(control);
    probe.style.font = style.font;
    probe.style.position = 'absolute';
    probe.style.whiteSpace = 'nowrap';
    probe.textContent = control.options[control.selectedIndex].text;
    document.body.appendChild(probe);
    // The arrow takes about 1.25rem.
    fits = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft)
      + parseFloat(style.paddingRight) + 18 <= control.clientWidth;
    probe.remove();
  }
  return {name: control.name || 'button', foot: Math.round(control.closest('div')
    .getBoundingClientRect().bottom), fits};
})"""

#: Lines the bar may take at each width (None: a phone, one field a line or so, unbounded).
MOST_LINES = {1280: 3, 1024: 3, 390: None}


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("width", [1280, 1024, 390])
def test_the_filter_bar_shows_every_choice_and_date_in_full(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot, width: int
) -> None:
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 860}
    )
    page = context.new_page()
    sign_in(page, "leader")
    # The longest order and flag chosen, as an analyst triaging would.
    page.goto("/conversations/?sort=-care&flag=sentiment_dropped")
    page.wait_for_load_state("networkidle")
    expect(page.get_by_label("Team")).to_be_visible()
    assert page.locator("form.filters select[name=sort]").input_value() == "-care"
    assert page.locator("form.filters select[name=flag]").input_value() == "sentiment_dropped"

    controls = page.evaluate(CONTROLS)
    # search, channel, agent, team, from, to; behaviour, outcome, flag, flagged, reviewed,
    # order; the Filter button: all thirteen, in their lines, for a leader.
    assert len(controls) == 13, controls
    assert page.locator("form.filters .filter-line").count() == 2
    assert page.evaluate(CRAMPED_FILTERS) == [], f"at {width} px"
    assert [c["name"] for c in controls if not c["fits"]] == [], f"at {width} px"
    most = MOST_LINES[width]
    if most is not None:
        assert len({c["foot"] for c in controls}) <= most, controls
        # The list starts on the first screen, below the bar.
        first_row = page.locator("table tbody tr").first.bounding_box()
        assert first_row is not None
        assert first_row["y"] + first_row["height"] < 860, first_row
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    snapshot(page, f"filters-{width}")

    # Each select's longest choice, chosen, fits too (the layout does not move with it).
    chosen = page.evaluate(CHOOSE_THE_LONGEST)
    assert set(chosen) == {
        "channel",
        "agent",
        "team",
        "behaviour",
        "outcome",
        "flag",
        "reviewed",
        "sort",
    }
    assert [c["name"] for c in page.evaluate(CONTROLS) if not c["fits"]] == [], chosen
    assert page.evaluate(CRAMPED_FILTERS) == [], f"at {width} px"
    snapshot(page, f"filters-longest-{width}")
    context.close()
