"""The Django admin: superusers fix data and create invitation links."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from web.conftest import World


def _superuser() -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("root", password="irrelevant-pass-9"))
    return client


def test_admin_lists_people_and_conversations(world: World) -> None:
    client = _superuser()
    assert "Ivy Indirect" in client.get("/admin/people/person/").content.decode()
    assert "Fran&#x27;s parcel" in client.get("/admin/conversations/conversation/").content.decode()


def test_admin_invitation_action_shows_one_time_links(world: World) -> None:
    client = _superuser()
    response = client.post(
        "/admin/people/person/",
        {"action": "send_invitation", "_selected_action": [world.colleague.pk]},
        follow=True,
    )
    assert "Cole Colleague (cole): http" in response.content.decode()
    world.colleague.user.refresh_from_db()  # type: ignore[union-attr]
    assert not world.colleague.user.has_usable_password()  # type: ignore[union-attr]


def test_people_without_staff_rights_cannot_open_the_admin(admin: Client) -> None:
    assert admin.get("/admin/people/person/").status_code == 302
