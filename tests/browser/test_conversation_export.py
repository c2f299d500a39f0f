"""The conversation list's "Download CSV" link in a real browser: beside the count of
conversations at a laptop's and a phone's width, and a click downloads a dated CSV file.
(The file's rows and cells are tested in tests/conversations/test_export.py.)"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)

pytestmark = pytest.mark.browser

LIST = "/conversations/"


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("width", [1280, 390])
def test_the_link_sits_beside_the_count_and_downloads_the_file(
    browser: Browser,
    live_server: LiveServer,
    snapshot: Snapshot,
    width: int,
) -> None:
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    sign_in(page, "analyst")
    page.goto(f"{LIST}?sort=care")
    link = page.get_by_role("link", name="Download CSV")
    expect(link).to_be_visible()
    snapshot(page, f"download-{width}")
    box = link.bounding_box()
    assert box is not None
    assert box["x"] + box["width"] <= width
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    with page.expect_download() as download:
        link.click()
    assert re.fullmatch(r"conversations-\d{4}-\d{2}-\d{2}\.csv", download.value.suggested_filename)
    context.close()
