"""Signing in and out, and opening an account through an invitation link."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from legendary.people.models import Role
from legendary.people.services import create_person, invite_person
from web.conftest import PASSWORD, World


def test_login_page_is_styled_and_says_accounts_are_invite_only(client: Client) -> None:
    page = client.get(reverse("login")).content.decode()
    assert "legendary.css" in page
    assert "by invitation" in page


def test_signing_in_leads_home(client: Client, world: World) -> None:
    response = client.post(reverse("login"), {"username": "fran", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert "Hello, Fran" in client.get("/").content.decode()


def test_a_wrong_password_is_refused(client: Client, world: World) -> None:
    response = client.post(reverse("login"), {"username": "fran", "password": "wrong"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_signing_out_needs_a_post(frontline: Client) -> None:
    assert frontline.post(reverse("logout")).status_code == 302
    assert frontline.get("/").status_code == 302


def test_an_invitation_link_sets_the_password_once(client: Client, world: World) -> None:
    newcomer = create_person(world.org, "Nina Newcomer", role=Role.FRONTLINE, email="nina@hv.test")
    invitation = invite_person(newcomer)
    assert invitation.username == "nina@hv.test"
    assert not client.login(username="nina@hv.test", password="anything")
    # Django swaps the token for a session key and redirects to a token-free URL.
    form_page = client.get(invitation.path, follow=True)
    assert "Welcome, Nina" in form_page.content.decode()
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "tide-lantern-harbour-9", "new_password2": "tide-lantern-harbour-9"},
    )
    assert response.status_code == 302
    assert "Hello, Nina" in client.get("/").content.decode()
    again = Client().get(invitation.path, follow=True).content.decode()
    assert "no longer works" in again


def test_404_page_is_ours(frontline: Client, world: World, settings: object) -> None:
    response = frontline.get(f"/conversations/{world.colleague_conversation.pk}/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_plotly_is_served_from_the_installed_package(client: Client) -> None:
    response = client.get("/static/plotly/plotly.min.js")
    assert response.status_code == 200
    assert b"plotly" in b"".join(response.streaming_content)[:2000].lower()  # type: ignore[attr-defined]
    assert client.get("/static/plotly/widgetbundle.js").status_code == 404


def test_a_wrong_password_is_told_in_our_words_with_what_to_do_next(
    client: Client, world: World
) -> None:
    """Django's own "Please enter a correct username and password. Note that both fields may
    be case-sensitive." read like a machine and left someone who forgot their password
    with nowhere to turn (seen on the sign-in page at 390 px, session 21)."""
    page = client.post(reverse("login"), {"username": "fran", "password": "wrong"})
    text = page.content.decode()
    assert "Please enter a correct username" not in text
    assert "That username and password do not match" in text
    assert "your administrator can send you a new link" in text
