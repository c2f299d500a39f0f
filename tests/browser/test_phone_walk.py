"""What the frontline, QA analyst and administrator walks at 390 px found, kept found.

The Import page's "Recent imports" table scrolled sideways in its card once a file had
been imported (the demo has none, so the every-page test met only its empty state): the
added, skipped, unmatched and by columns were out of sight and the file name stood one
to three letters a line ("goo / d.cs / v"). The people import's list of problems in a
file did the same (its nowrap "What is wrong, and what to do" made the table 500 px wide):
the advice on each line was cut off mid-sentence at the card's edge.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from browser.test_page_layout import CUT_OFF_TABLES
from browser.test_people_import import HEADER
from browser.test_phone_tables import PAST_THE_CARD, assert_fits
from legendary.api.tokens import issue_token
from legendary.conversations.models import ImportBatch

pytestmark = pytest.mark.browser

# The widest a line of the file's name is, in characters: a name squeezed into a column
# stands a few letters a line.
NAME_WIDTH = """n => n.getBoundingClientRect().width / parseFloat(getComputedStyle(n).fontSize)"""


@pytest.mark.usefixtures("demo")
def test_the_import_pages_read_on_a_phone(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    analyst = person_of("analyst")
    ImportBatch.objects.create(
        organisation=analyst.organisation,
        file_name="helpdesk-export-2026-11-20.csv",
        sha256="0" * 64,
        format="csv",
        conversations_added=12,
        conversations_skipped=3,
        unknown_agents=["Sam Temp"],
        imported_by=analyst,
    )
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "analyst")
    assert_fits(page, "/import/")
    row = page.locator("main table tbody tr").first
    for column in ("File", "Format", "Added", "Already here", "Agents nobody matched", "By"):
        expect(row.locator(f"td[data-label='{column}']")).to_be_visible()
    assert row.locator(".file-name").evaluate(NAME_WIDTH) > 8
    snapshot(page, "import-390")
    context.close()

    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 800})
    page = context.new_page()
    sign_in(page, "admin")
    page.goto("/people/import/")
    roster = f"{HEADER}\nPat Lee,pat.lee@pine.example,wizard,,,,\n,kim@pine.example,,,,,\n"
    page.get_by_label("CSV file").set_input_files(
        {"name": "starters.csv", "mimeType": "text/csv", "buffer": roster.encode()}
    )
    page.get_by_role("button", name="Check the file").click()
    problems = page.get_by_role("alert").filter(has_text="Nothing was stored")
    expect(problems).to_contain_text("starters.csv has 2 problems")
    assert page.evaluate(CUT_OFF_TABLES) == []
    assert page.evaluate(PAST_THE_CARD) == []
    expect(problems.locator("td[data-label='Problem']").first).to_contain_text("use one of those")
    snapshot(page, "people-import-390")
    context.close()


@pytest.mark.usefixtures("demo")
def test_a_long_token_name_does_not_widen_everyones_tokens(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    """A token named with one long word (100 characters, the most the form takes) made the
    administrator's table of everyone's tokens 1448 px wide in a 1096 px card at 1280 px:
    created, last used, expiry, status and Revoke were past the card's edge."""
    issue_token(person_of("frontline").user, "x" * 100, days=30)
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    sign_in(page, "admin")
    page.goto("/account/api-tokens/all/")
    expect(page.get_by_role("button", name=f"Revoke {'x' * 100}")).to_be_visible()
    assert page.evaluate(CUT_OFF_TABLES) == []
    snapshot(page, "tokens-1280")
    context.close()
