"""One conversation's page keeps to the screen whatever the imported file called things.

Found on the QA walk: a conversation imported with a long id (an e-mail Message-ID), a
subject with no spaces and a customer named by an address pushed the page to 1,303 px at a
laptop's 1,280 and to 1,253 px on a 390 px phone, so the transcript had to be scrolled
sideways.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from legendary.conversations.models import Customer
from web.conftest import make_conversation

pytestmark = pytest.mark.browser


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("width", [1280, 390])
def test_long_unbroken_ids_and_names_wrap(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot, width: int
) -> None:
    agent = person_of("frontline")
    customer = Customer.objects.create(
        organisation=agent.organisation,
        display_name="returns.and.exchanges.department.northwest@cornerhouse-interiors.example",
    )
    conversation = make_conversation(
        agent, customer=customer, subject="Re:Fwd:Re:Order_HP-204417_delivery_slot_rebooking_x3"
    )
    conversation.external_id = "CAF7x2QmT9" * 14 + "@mail.example.com"
    conversation.save()
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    sign_in(page, "analyst")
    page.goto(f"/conversations/{conversation.pk}/")
    expect(page.get_by_role("heading", name="Transcript")).to_be_visible()
    snapshot(page, f"long-names-{width}")
    page_width = page.evaluate("() => document.documentElement.scrollWidth")
    context.close()
    assert page_width <= width
