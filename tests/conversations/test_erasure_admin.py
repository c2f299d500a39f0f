"""Deleting a customer in Django's admin is their erasure, as `legendary forget-customer`
does it: their conversations go (turns, scorecards) with an API tombstone each, and a later
import skips them. On 942779b the admin's delete only unlinked their conversations (the
foreign key is SET_NULL): the transcripts with their words stayed, and a re-import brought
the customer back."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from legendary.api.models import Deletion
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import Conversation, Customer, ErasedCustomer, Turn
from legendary.people.models import Organisation
from legendary.people.services import create_organisation

pytestmark = pytest.mark.django_db

EXPORT = """conversation_id,speaker_role,speaker_name,customer_id,customer_name,text
G-1,customer,Priya Nair,pn-12,Priya Nair,The seeds I ordered never came up at all.
G-1,agent,Owen,,,I am sorry to hear that. I will refund the packet today.
G-2,customer,Priya Nair,pn-12,Priya Nair,Refund arrived so thanks for sorting it.
G-2,agent,Owen,,,You are welcome. Happy planting.
G-3,customer,Karl Ode,ko-40,Karl Ode,Do you ship trees to the islands?
G-3,agent,Owen,,,We do: a small surcharge covers the ferry.
"""


@pytest.fixture
def garden(tmp_path: Path) -> tuple[Organisation, Path]:
    shop = create_organisation("Green Rows", "green-rows")
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    import_conversations(shop, path)
    return shop, path


def _superuser() -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("dpo", password="irrelevant-pass-9"))
    return client


def test_the_admins_delete_erases_the_customers_conversations(
    garden: tuple[Organisation, Path],
) -> None:
    shop, path = garden
    priya = Customer.objects.get(display_name="Priya Nair")
    theirs = set(Conversation.objects.filter(customer=priya).values_list("pk", flat=True))
    client = _superuser()
    url = f"/admin/conversations/customer/{priya.pk}/delete/"

    confirm = client.get(url).content.decode()
    assert "Conversation: " in confirm  # the page says their conversations go too

    response = client.post(url, {"post": "yes"}, follow=True)
    assert response.status_code == 200
    assert "Erased customer" in response.content.decode()
    assert "forget-customer --lift" in response.content.decode()
    assert not Customer.objects.filter(pk=priya.pk).exists()
    assert not Conversation.objects.filter(pk__in=theirs).exists()
    assert not Turn.objects.filter(conversation_id__in=theirs).exists()
    assert set(Deletion.objects.values_list("conversation_id", flat=True)) == theirs
    assert ErasedCustomer.objects.count() == 1
    assert list(Conversation.objects.values_list("external_id", flat=True)) == ["G-3"]
    assert import_conversations(shop, path).skipped_erased == 2


def test_delete_selected_erases_each_customer(garden: tuple[Organisation, Path]) -> None:
    client = _superuser()
    everyone = list(Customer.objects.values_list("pk", flat=True))
    response = client.post(
        "/admin/conversations/customer/",
        {"action": "delete_selected", "_selected_action": everyone, "post": "yes"},
        follow=True,
    )
    assert response.status_code == 200
    assert not Customer.objects.exists()
    assert not Conversation.objects.exists()
    assert ErasedCustomer.objects.count() == 2
