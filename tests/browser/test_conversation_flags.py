"""The QA analyst triages the conversation list by flag in a real browser: the Flag select
narrows the list in place (htmx), the counts above the list mark the chosen flag, and the
"Worth a human look" count leads to the list of every conversation worth a look."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)
from legendary.care.scoring import FLAGS
from legendary.conversations.models import ConversationFlag

pytestmark = pytest.mark.browser


@pytest.mark.usefixtures("demo")
def test_the_analyst_narrows_the_list_to_one_flag_and_back_to_all_worth_a_look(
    page: Page, snapshot: Snapshot
) -> None:
    unhappy = ConversationFlag.objects.filter(flag="ended_negative").count()
    worth = (
        ConversationFlag.objects.filter(flag__in=list(FLAGS))
        .values("conversation_id")
        .distinct()
        .count()
    )
    assert unhappy, "the demo should hold a conversation whose customer ended unhappy"
    sign_in(page, "analyst")
    page.goto("/conversations/")
    page.get_by_label("Flag", exact=True).select_option("ended_negative")
    counts = page.locator("nav.flag-counts")
    chosen = counts.locator('a[aria-current="true"]')
    expect(chosen).to_contain_text(f"Customer ended unhappy {unhappy}")
    expect(page.locator("#results")).to_contain_text(
        f"{unhappy} conversation{'s' if unhappy != 1 else ''}"
    )
    assert "flag=ended_negative" in page.url
    snapshot(page, "one-flag")
    counts.get_by_role("link", name=re.compile("^Worth a human look")).click()
    expect(page.get_by_label("Worth a human look")).to_be_checked()
    expect(page.get_by_label("Flag", exact=True)).to_have_value("")
    expect(page.locator("#results")).to_contain_text(f"{worth} conversation")
    snapshot(page, "worth-a-look")
