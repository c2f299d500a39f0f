"""The organisation-wide home pages of a new install, before any conversation is stored.

Found walking a first install as its administrator: the home page showed five channel
bars of 0, an empty weekly chart and "No conversations yet." with no word on what to do
next. Now it names the next steps for the role, with links, until something is imported.
"""

from __future__ import annotations

import pytest
from django.test import Client

from legendary.people.models import Role
from legendary.people.services import create_organisation, create_person
from web.conftest import World

pytestmark = pytest.mark.django_db


def home_of(role: Role) -> str:
    shop = create_organisation("Fresh Start Support", "fresh")
    person = create_person(shop, "Rhiannon Ellis", role=role, with_login=True, username="rhi")
    client = Client()
    assert person.user is not None
    client.force_login(person.user)
    return str(client.get("/").content.decode())


def test_a_new_administrator_is_told_the_next_steps_not_shown_empty_charts() -> None:
    page = home_of(Role.ADMIN)

    assert "Getting started" in page
    assert 'href="/people/invite/"' in page
    assert "import-people</span>" in page
    assert 'href="/import/"' in page
    assert 'href="/assessments/new/"' in page
    assert "By channel, last 90 days" not in page


@pytest.mark.parametrize(
    ("role", "present", "absent"),
    [
        (Role.ANALYST, 'href="/import/"', 'href="/people/invite/"'),
        (Role.LEADER, "Ask your administrator or QA analyst", 'href="/import/"'),
    ],
)
def test_each_role_sees_only_the_steps_it_can_take(role: Role, present: str, absent: str) -> None:
    page = home_of(role)

    assert "Getting started" in page
    assert present in page
    assert absent not in page


def test_once_conversations_are_stored_the_steps_give_way_to_the_charts(
    admin: Client, world: World
):
    page = admin.get("/").content.decode()

    assert "Getting started" not in page
    assert "By channel, last 90 days" in page
