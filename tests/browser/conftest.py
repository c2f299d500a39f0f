"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

They skip locally when Chromium or Playwright is missing, and fail under CI=true (see
tests/conftest.py). Set LEGENDARY_SCREENSHOTS=/some/dir to keep a screenshot of every page a
test checks, which is how the pages were looked at while writing these tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

# pytest-django's live server runs in a thread of this process, and Playwright's sync API
# runs an event loop in it, which makes Django refuse database calls from "async" code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole session (starting it takes about a second)."""
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, live_server: object) -> Iterator[Page]:
    """A fresh browser tab (its own cookies) pointed at the live server."""
    context = browser.new_context(
        base_url=str(live_server), viewport={"width": 1280, "height": 860}
    )
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


Snapshot = Callable[["Page", str], None]


@pytest.fixture
def snapshot(request: pytest.FixtureRequest) -> Snapshot:
    """`snapshot(page, "home")` saves a full-page screenshot when LEGENDARY_SCREENSHOTS is set."""
    folder = os.environ.get("LEGENDARY_SCREENSHOTS", "")

    def take(page: Page, name: str) -> None:
        if not folder:
            return
        test = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name)
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{test}-{name}.png"), full_page=True)

    return take
