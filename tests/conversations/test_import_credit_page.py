"""The Import page after a file is imported again once its unmatched agents were added.

Found on a first install: the page said "Every conversation in this file was already here,
so nothing changed" and advised adding the agents "so their next conversations are
theirs", while the stored ones stayed nobody's. Now importing again credits them, and the
page says so.
"""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from legendary.people.models import Role
from legendary.people.services import create_person
from web.conftest import World, admin, fast_passwords, world  # noqa: F401  (fixtures)

CHAT = (
    '{"id": "hx-1", "customer": {"id": "c-1", "name": "Dilys"}, "turns": ['
    '{"speaker": "customer", "text": "Can I collect my order on Sunday instead?"},'
    '{"speaker": "agent", "name": "Ruairi Temp", "text": "Yes, Sunday works, I have moved it."}'
    "]}\n"
)


def post(client: Client) -> str:
    data = {"file": SimpleUploadedFile("sunday.jsonl", CHAT.encode()), "format": "auto"}
    return str(client.post("/import/", {**data, "action": "import"}).content.decode())


def test_importing_again_after_adding_the_agent_says_their_conversations_are_theirs(
    admin: Client,  # noqa: F811
    world: World,  # noqa: F811
) -> None:
    first = post(admin)
    assert "Ruairi Temp" in first
    assert "import this file again: its conversations become theirs too" in first
    create_person(world.org, "Ruairi Temp", role=Role.FRONTLINE)

    again = post(admin)

    assert "1 conversation was already here with messages that matched nobody" in again
    assert "is now credited to the people added since" in again
    assert "so nothing changed" not in again
