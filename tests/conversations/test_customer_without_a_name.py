"""A customer the file did not name is not held against the agent for not naming them.

A customer known only by an address or an id is shown as a made-up label ("Customer
3f9a1c"), and that label went to the engine as the customer's name: "Uses customer name"
then applied and was marked missing on every such conversation, lowering Attentive for
a name nobody knew (found on an Intercom lead with an e-mail address and no name).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from django.apps import apps

from legendary.conversations.importer import import_conversations, is_a_name
from legendary.conversations.models import Conversation, Customer, Scorecard
from legendary.people.models import Organisation
from legendary.people.services import create_organisation

pytestmark = pytest.mark.django_db


def chat(customer: dict[str, str]) -> dict[str, object]:
    return {
        "id": f"N-{len(json.dumps(customer))}",
        "customer": customer,
        "turns": [
            {"speaker": "customer", "text": "The discount code won't apply at checkout."},
            {"speaker": "agent", "name": "Kit", "text": "Sorry about that! I've applied it."},
        ],
    }


@pytest.fixture
def shop() -> Organisation:
    return create_organisation("Moss & Slate", "moss")


def name_outcome(shop: Organisation, tmp_path: Path, customer: dict[str, str]) -> str:
    path = tmp_path / "chats.jsonl"
    path.write_text(json.dumps(chat(customer)) + "\n", encoding="utf-8")
    import_conversations(shop, path)
    card = Scorecard.objects.get(conversation=Conversation.objects.get())
    return next(
        b["outcome"] for b in card.document["behaviours"] if b["behaviour"] == "uses_customer_name"
    )


@pytest.mark.parametrize(
    "customer",
    [{"email": "rowan.b@example.net"}, {"id": "7731"}, {"name": "115712"}],
    ids=["address only", "id only", "a number for a name"],
)
def test_an_unnamed_customer_makes_using_their_name_not_needed(
    shop: Organisation, tmp_path: Path, customer: dict[str, str]
) -> None:
    assert name_outcome(shop, tmp_path, customer) == "na"
    assert not Customer.objects.get().named


def test_a_named_customer_still_expects_their_name(shop: Organisation, tmp_path: Path) -> None:
    assert name_outcome(shop, tmp_path, {"name": "Rowan Birch"}) == "absent"
    assert Customer.objects.get().named


def test_what_counts_as_a_name() -> None:
    assert is_a_name("Rowan Birch")
    assert is_a_name("@rowan_b")
    assert not is_a_name("115712")
    assert not is_a_name("rowan.b@example.net")
    assert not is_a_name("  ")


def test_the_migration_marks_labels_made_up_by_earlier_imports(shop: Organisation) -> None:
    made_up = [
        Customer.objects.create(organisation=shop, display_name=label)
        for label in ("Customer 3f9a1c", "Customer 7731")
    ]
    real = Customer.objects.create(organisation=shop, display_name="Customer Service Team")
    migration = importlib.import_module("legendary.conversations.migrations.0006_customer_named")

    migration.mark_made_up_names(apps, None)

    assert not any(Customer.objects.get(pk=c.pk).named for c in made_up)
    assert Customer.objects.get(pk=real.pk).named


def test_a_file_without_customers_is_told_in_its_own_terms(
    shop: Organisation, tmp_path: Path
) -> None:
    """A call transcript was told it had 'no customer_id, customer_email or customer_name',
    the columns of a CSV it does not have."""
    call = tmp_path / "call-0412.vtt"
    call.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Agent>Harbour desk, how can I help?\n\n"
        "00:00:03.500 --> 00:00:06.000\n<v Customer>Is my sofa still coming on Friday?\n",
        encoding="utf-8",
    )
    note = import_conversations(shop, call).customer_note

    assert "named no customer at all (the file names no customer, requester or contact)" in note
    assert "customer_id" not in note
