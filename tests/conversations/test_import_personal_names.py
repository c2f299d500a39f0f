"""A contact named by their e-mail address or phone number is redacted like their words.

Helpdesks fill a contact's name with what they know: a WhatsApp contact in Chatwoot is
named by their number, a requester who wrote in without a name by their address (Zendesk,
Freshdesk). That name was stored as the customer's name and on every turn they wrote, so
the address or number sat on the list, the transcript and the API in clear text while the
same string inside a message was redacted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legendary.conversations.importer import import_conversations, safe_name
from legendary.conversations.models import Conversation, Customer, CustomerIdentity, Turn
from legendary.people.models import Organisation
from legendary.people.services import create_organisation

pytestmark = pytest.mark.django_db

ZENDESK = {
    "tickets": [
        {
            "id": 501,
            "subject": "Lamp refund",
            "requester_id": 9,
            "comments": [
                {
                    "author_id": 9,
                    "public": True,
                    "created_at": "2026-11-02T10:00:00Z",
                    "plain_body": "Is my refund for the lamp on its way?",
                }
            ],
        }
    ],
    "users": [{"id": 9, "name": "dana.hurst@example.org", "role": "end-user"}],
}
CHATWOOT = [
    {
        "id": 31,
        "status": "resolved",
        "meta": {"sender": {"id": 4, "name": "+44 7700 900456"}, "channel": "Channel::Whatsapp"},
        "messages": [
            {
                "content": "Are you open on bank holidays?",
                "message_type": 0,
                "created_at": 1763900000,
                "sender": {"id": 4, "name": "+44 7700 900456", "type": "contact"},
            }
        ],
    }
]
CSV = (
    "conversation_id,speaker_role,speaker_name,text\n"
    "W-1,customer,olu.b@example.net,Do you deliver to the islands?\n"
)
JSONL = {
    "id": "J-1",
    "customer": {"name": "(212) 555-0147"},
    "turns": [{"speaker": "customer", "text": "Can I change my delivery slot?"}],
}


@pytest.fixture
def shop() -> Organisation:
    return create_organisation("Larch & Co", "larch")


@pytest.mark.parametrize(
    ("file_name", "content", "leaked"),
    [
        ("tickets.json", json.dumps(ZENDESK), "dana.hurst@example.org"),
        ("chatwoot.json", json.dumps(CHATWOOT), "7700 900456"),
        ("messages.csv", CSV, "olu.b@example.net"),
        ("chats.jsonl", json.dumps(JSONL) + "\n", "555-0147"),
    ],
)
def test_a_name_that_is_an_address_or_a_number_is_not_stored(
    shop: Organisation, tmp_path: Path, file_name: str, content: str, leaked: str
) -> None:
    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8")
    import_conversations(shop, path)

    customer = Customer.objects.get()
    assert leaked not in customer.display_name
    assert customer.display_name.startswith("Customer ")
    assert not Turn.objects.filter(speaker_name__contains=leaked[-4:]).exists()
    assert not CustomerIdentity.objects.filter(external_id__contains=leaked[-4:]).exists()
    assert Conversation.objects.get().customer == customer


def test_the_same_number_named_customer_is_recognised_in_a_later_file(
    shop: Organisation, tmp_path: Path
) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(JSONL) + "\n", encoding="utf-8")
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({**JSONL, "id": "J-2"}) + "\n", encoding="utf-8")
    import_conversations(shop, first)
    report = import_conversations(shop, later)

    assert Customer.objects.count() == 1
    assert report.customers_by_name == 1


def test_a_real_name_is_kept_and_only_the_data_inside_it_redacted() -> None:
    assert safe_name("Dana Hurst") == "Dana Hurst"
    assert safe_name("Dana Hurst <dana.hurst@example.org>") == "Dana Hurst <[EMAIL]>"
    assert safe_name("+44 7700 900456") == ""
    assert safe_name("dana.hurst@example.org") == ""
    # An order number or a year in a name is not a phone number.
    assert safe_name("Store 42 (Leeds)") == "Store 42 (Leeds)"
