"""The Organisation page at a desk: the Name card is as tall as what it holds.

Looked at as the demo's administrator at 1280 px (session 21): the Name card stretched
down beside the long anonymity and reply-time cards, a white box about 600 px taller than
its one field and button, as though something were missing from it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)

pytestmark = pytest.mark.browser

HEIGHTS = """() => {
  const name = document.querySelector('section[aria-labelledby=org-name-heading]');
  const beside = name.nextElementSibling;
  return [name.getBoundingClientRect().height, beside.getBoundingClientRect().height];
}"""


@pytest.mark.usefixtures("demo")
def test_the_name_card_does_not_stretch_beside_the_settings(page: Page, snapshot: Snapshot) -> None:
    sign_in(page, "admin")
    page.goto("/organisation/")
    snapshot(page, "organisation")
    name, beside = page.evaluate(HEIGHTS)
    assert name < 400, (name, beside)
    assert beside > name + 200, (name, beside)  # the column beside it really is taller
