"""Ideas for action, at a desk: the two columns of ideas are equally wide.

Looked at as the demo's frontline login at 1280 px (session 21): each ICARE element's four
ideas sat in a two-to-one grid (the one the home pages use for a chart beside a list), so
the left idea stretched over 710 px and its neighbour squeezed into 360, reading as a
main text and a footnote rather than two ideas of equal weight.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)

pytestmark = pytest.mark.browser

WIDTHS = """() => [...document.querySelectorAll('main section .grid')].map(grid =>
  [...grid.children].slice(0, 2).map(idea => Math.round(idea.getBoundingClientRect().width)))"""


def test_the_ideas_stand_in_two_equal_columns(demo, page: Page, snapshot: Snapshot) -> None:  # noqa: F811
    sign_in(page, "frontline")
    page.goto("/culture/actions/")
    snapshot(page, "ideas")
    rows = page.evaluate(WIDTHS)
    assert len(rows) == 5  # one grid per ICARE element
    for left, right in rows:
        assert abs(left - right) <= 2, rows
