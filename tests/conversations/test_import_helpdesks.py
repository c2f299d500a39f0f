"""Importing Freshdesk and Chatwoot exports: stored with their source, agents matched or listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from legendary.conversations.importer import import_conversations
from legendary.conversations.models import Conversation
from legendary.people.models import Organisation, Person, Role
from legendary.people.services import create_organisation, create_person

pytestmark = pytest.mark.django_db

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


@pytest.fixture
def outfitters() -> Organisation:
    shop = create_organisation("Trail Hut", "trailhut")
    create_person(shop, "Joel Okafor", role=Role.FRONTLINE, email="joel.okafor@trailhut.example")
    return shop


def test_a_freshdesk_export_is_stored_and_agents_known_only_by_id_are_listed(
    outfitters: Organisation,
) -> None:
    report = import_conversations(outfitters, FORMATS / "freshdesk_tickets.json")

    assert (report.format, report.conversations_added) == ("freshdesk", 3)
    # Ines is named by the side-loaded agents but has no login; 4300000009 is only an id.
    assert report.unknown_agents == ["4300000009", "Ines Duarte"]
    tent = Conversation.objects.get(organisation=outfitters, external_id="5120")
    assert (tent.source, tent.channel, tent.status) == ("freshdesk", "email", "solved")
    assert list(tent.agents.all()) == [Person.objects.get(name="Joel Okafor")]
    assert [t.speaker_role for t in tent.turns.all()] == [
        "customer",
        "customer",
        "agent",
        "customer",
    ]


def test_a_chatwoot_export_is_stored_without_activity_or_private_notes(
    outfitters: Organisation,
) -> None:
    report = import_conversations(outfitters, FORMATS / "chatwoot_conversations.json")

    assert (report.format, report.conversations_added) == ("chatwoot", 3)
    billing = Conversation.objects.get(organisation=outfitters, external_id="311")
    assert billing.source == "chatwoot"
    assert [t.speaker_role for t in billing.turns.all()] == [
        "bot",
        "customer",
        "agent",
        "customer",
        "bot",
    ]
