"""A person at a real browser: signs in with a demo login, sees their home, reads a transcript.

One small demo organisation (the real generator, a few dozen conversations) is loaded per
test; the live server serves it to Chromium exactly as `legendary demo` would, with demo
mode on and the request coming from 127.0.0.1.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from legendary.conversations.models import Conversation
from legendary.demo.load import load_demo_organisation
from legendary.demo.organisation import DEMO_LOGINS, DEMO_PASSWORD
from legendary.people.models import Person, Role

pytestmark = pytest.mark.browser

ROLE_LABELS = {
    "leader": "Senior leader",
    "manager": "Manager",
    "frontline": "Frontline provider",
    "analyst": "QA analyst",
    "admin": "Administrator",
}


@pytest.fixture
def demo(settings: object) -> None:
    """Harbour & Pine with 60 conversations, served in demo mode."""
    settings.DEMO_MODE = True  # type: ignore[attr-defined]
    # The real hasher costs over a second per demo account on a busy machine; tests do not
    # need it to be slow.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]
    load_demo_organisation(seed=11, conversations=60)


def sign_in(
    page: Page, username: str, password: str = DEMO_PASSWORD, *, refused: bool = False
) -> None:
    """Sign in through the form and wait until the site has let `username` in (or, with
    `refused`, leave the refusal to the test): a layout check that ran on the sign-in page
    after a failed sign-in would find nothing wrong and pass."""
    page.goto("/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    if not refused:
        expect(page).not_to_have_url(re.compile(r"/login/"))


def person_of(username: str) -> Person:
    return Person.objects.select_related("user").get(user__username=username)


def test_every_demo_role_signs_in_sees_real_data_and_reads_a_transcript(
    demo, browser, live_server, snapshot
):
    assert set(DEMO_LOGINS) == set(ROLE_LABELS)
    for username, role_label in ROLE_LABELS.items():
        context = browser.new_context(base_url=live_server.url)
        page = context.new_page()
        person = person_of(username)

        sign_in(page, username)

        expect(page).to_have_url(f"{live_server.url}/")
        expect(page.locator("h1")).to_contain_text(f"Hello, {person.first_name}")
        expect(page.locator(".role-tag")).to_have_text(role_label)
        figures = [int(v.replace(",", "")) for v in page.locator(".stat .value").all_inner_texts()]
        assert any(figures), f"{username}: the home page shows no figure above zero: {figures}"
        snapshot(page, f"{username}-home")

        links = page.locator("a.subject")
        if links.count() == 0:  # a home without a conversation table: use the list
            page.goto("/conversations/")
        expect(links.first).to_be_visible()
        subject = links.first.inner_text()
        links.first.click()

        expect(page).to_have_url(re.compile(r"/conversations/\d+/$"))
        expect(page.locator("h1")).to_have_text(subject)
        expect(page.get_by_role("heading", name="Transcript")).to_be_visible()
        assert page.locator(".transcript .turn").count() >= 2
        expect(page.locator(".transcript .turn.customer").first).to_be_visible()
        snapshot(page, f"{username}-conversation")
        context.close()


def test_frontline_person_typing_someone_elses_conversation_url_gets_404(demo, page, snapshot):
    jordan = person_of("frontline")
    own = Conversation.objects.filter(agents=jordan).first()
    others = Conversation.objects.exclude(agents=jordan).first()
    assert own is not None
    assert others is not None

    sign_in(page, "frontline")
    expect(page.locator(".role-tag")).to_have_text("Frontline provider")

    assert page.goto(f"/conversations/{own.pk}/").status == 200
    response = page.goto(f"/conversations/{others.pk}/")

    assert response is not None
    assert response.status == 404
    expect(page.locator("body")).not_to_contain_text(others.subject or others.external_id)
    snapshot(page, "not-found")


def test_the_demo_password_is_refused_when_the_site_is_not_in_demo_mode(demo, page, settings):
    settings.DEMO_MODE = False
    assert person_of("leader").role == Role.LEADER

    sign_in(page, "leader", refused=True)

    expect(page).to_have_url(re.compile(r"/login/$"))
    expect(page.get_by_role("alert")).to_be_visible()
