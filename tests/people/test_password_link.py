"""An administrator gives someone who forgot their password a link to choose a new one.

Found walking a first install: the login page has no "forgot password", and the edit page
only re-sends an invitation until a first password is chosen, so a colleague who forgot
theirs could never sign in again (only a Django superuser, which `legendary createuser`
never makes, could reset it).
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import authenticate
from django.core import mail
from django.test import Client

from web.conftest import PASSWORD, World

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "kettle-on-the-harbour-wall-7"


def link_url(world: World) -> str:
    return f"/people/{world.frontline.pk}/password-link/"


@pytest.fixture
def fran(world: World) -> World:
    world.frontline.email = "fran@harbour.example"
    world.frontline.save(update_fields=["email"])
    return world


def test_the_edit_page_offers_the_link_for_someone_who_signs_in(admin: Client, fran: World):
    page = admin.get(f"/people/{fran.frontline.pk}/edit/").content.decode()

    assert "Send a link to choose a new password" in page


def test_the_link_is_e_mailed_and_lets_them_choose_a_new_password(admin: Client, fran: World):
    page = admin.post(link_url(fran))

    assert page.status_code == 200
    assert "A link for Fran to choose a new password" in page.content.decode()
    (message,) = mail.outbox
    assert message.to == ["fran@harbour.example"]
    assert message.subject == "Choose a new password for Legendary"
    # Until the link is used, the old password still works: a stray link locks nobody out.
    user = fran.frontline.user
    assert user is not None
    assert authenticate(username=user.username, password=PASSWORD) == user
    path = re.search(r"http://[^/]+(/welcome/\S+)", message.body)
    assert path is not None
    browser = Client()
    form = browser.get(path.group(1), follow=True)
    chosen = browser.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert chosen.status_code == 302
    assert authenticate(username=user.username, password=NEW_PASSWORD) == user
    assert authenticate(username=user.username, password=PASSWORD) is None


def test_only_administrators_may_send_it(manager: Client, fran: World):
    assert manager.post(link_url(fran)).status_code == 404
    assert mail.outbox == []


def test_a_deactivated_person_gets_no_link(admin: Client, fran: World):
    fran.frontline.active = False
    fran.frontline.save(update_fields=["active"])

    page = admin.post(link_url(fran), follow=True).content.decode()

    assert "They are deactivated; reactivate them first" in page
    assert mail.outbox == []


def _form_page(path: str) -> str:
    browser = Client()
    return browser.get(path, follow=True).content.decode()


def test_the_new_password_page_names_the_sign_in_name_and_is_no_welcome(admin: Client, fran: World):
    # Found on a first install: someone created as "ines" typed her e-mail at sign-in,
    # because no page ever told her the name she signs in with.
    admin.post(link_url(fran))
    path = re.search(r"http://[^/]+(/welcome/\S+)", mail.outbox[0].body)
    assert path is not None
    user = fran.frontline.user
    assert user is not None

    page = _form_page(path.group(1))

    assert "Choose a new password" in page
    assert "Welcome" not in page
    assert f"You sign in as <strong>{user.username}</strong>, not your e-mail address" in page


def test_an_invitation_page_welcomes_and_names_the_sign_in_name(fran: World):
    from legendary.people.services import invite_person

    invitation = invite_person(fran.frontline)
    user = fran.frontline.user
    assert user is not None

    page = _form_page(invitation.path)

    assert "Welcome, Fran" in page
    assert f"You sign in as <strong>{user.username}</strong>" in page


def test_the_new_password_link_page_leads_back_not_to_inviting_someone(admin: Client, fran: World):
    """Found on the walk: after sending a forgotten-password link the page's one button was
    'Invite someone else', which had nothing to do with what the admin was doing."""
    reset = admin.post(link_url(fran)).content.decode()
    assert "Invite someone else" not in reset
    assert "Back to People" in reset
    fran.colleague.email = "cole@harbour.example"
    fran.colleague.user.set_unusable_password()  # type: ignore[union-attr]
    fran.colleague.user.save()  # type: ignore[union-attr]
    fran.colleague.save()
    invited = admin.post(f"/people/{fran.colleague.pk}/invitation/").content.decode()
    assert "Invite someone else" in invited
