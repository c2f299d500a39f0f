"""Deleting a customer in Django's admin is their erasure, as `legendary forget-customer`
does it: their conversations go (turns, scorecards) with an API tombstone each, and a later
import skips them. On 942779b the admin's delete only unlinked their conversations (the
foreign key is SET_NULL): the transcripts with their words stayed, and a re-import brought
the customer back.

Found in review after 04b684b, each tested below: Django's log row for the deletion kept the
customer's name (and earlier change rows their name and conversation subjects); a staff user
allowed to delete customers could delete their transcripts without the right to delete
conversations; the confirmation page did not say what the erasure does or that later imports
stay suppressed until `forget-customer --lift`; and "delete selected" erased each customer in
its own transaction, so a failure half-way left half of them erased."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.contrib.auth.models import Permission, User
from django.test import Client

from legendary.api.models import Deletion
from legendary.conversations import admin as customer_admin
from legendary.conversations.erasure import ErasurePlan, erase_customer
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import (
    Conversation,
    Customer,
    ErasedCustomer,
    ErasureKey,
    LiftedErasure,
    Turn,
)
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


def _staff(*codenames: str) -> Client:
    user = User.objects.create_user("clerk", password="irrelevant-pass-9", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(user)
    return client


def test_the_admin_log_keeps_no_name_of_an_erased_customer(
    garden: tuple[Organisation, Path],
) -> None:
    """Django's log row for a deletion holds `str(obj)`, and earlier change rows hold the
    name or a conversation's subject: after an erasure none of them may."""
    priya = Customer.objects.get(display_name="Priya Nair")
    conversation = Conversation.objects.filter(customer=priya).first()
    assert conversation is not None
    conversation.subject = "Priya Nair's seed refund"
    conversation.save()
    LogEntry.objects.log_actions(
        user_id=User.objects.create_superuser("editor", password="irrelevant-pass-9").pk,
        queryset=[priya, conversation],
        action_flag=CHANGE,
        change_message="Priya Nair asked to change the segment",
    )
    client = _superuser()
    client.post(f"/admin/conversations/customer/{priya.pk}/delete/", {"post": "yes"})
    karl = Customer.objects.get(display_name="Karl Ode")
    client.post(
        "/admin/conversations/customer/",
        {"action": "delete_selected", "_selected_action": [karl.pk], "post": "yes"},
    )

    entries = list(LogEntry.objects.values_list("object_repr", "change_message"))
    assert not [entry for entry in entries if "Priya" in str(entry) or "Karl" in str(entry)]
    deletions = LogEntry.objects.filter(action_flag=DELETION)
    assert set(deletions.values_list("object_repr", flat=True)) == {
        f"erased customer #{priya.pk}",
        f"erased customer #{karl.pk}",
    }


def test_deleting_a_customer_needs_the_right_to_delete_conversations(
    garden: tuple[Organisation, Path],
) -> None:
    """The conversations are not found by Django's collector, so it never checked this."""
    priya = Customer.objects.get(display_name="Priya Nair")
    client = _staff("view_customer", "delete_customer")
    url = f"/admin/conversations/customer/{priya.pk}/delete/"

    page = client.get(url).content.decode()
    assert "doesn’t have permission to delete" in page or "permission to delete" in page
    assert "conversation" in page
    assert client.post(url, {"post": "yes"}).status_code == 403
    bulk = client.post(
        "/admin/conversations/customer/",
        {"action": "delete_selected", "_selected_action": [priya.pk], "post": "yes"},
    )
    assert bulk.status_code == 403
    assert Customer.objects.filter(pk=priya.pk).exists()
    assert Conversation.objects.filter(customer=priya).count() == 2


def test_the_confirmation_says_what_the_erasure_does(garden: tuple[Organisation, Path]) -> None:
    priya = Customer.objects.get(display_name="Priya Nair")
    client = _superuser()
    single = client.get(f"/admin/conversations/customer/{priya.pk}/delete/").content.decode()
    bulk = client.post(
        "/admin/conversations/customer/",
        {
            "action": "delete_selected",
            "_selected_action": list(Customer.objects.values_list("pk", flat=True)),
        },
    ).content.decode()
    for page in (single, bulk):
        assert f"Would erase customer #{priya.pk}" in page
        assert "2 conversations, 4 turns" in page
        assert "scorecard" in page
        assert "a later import skips this customer" in page
        assert "until someone runs legendary forget-customer --lift" in page
    assert bulk.count("Would erase customer #") == 2  # Karl's plan too


def test_delete_selected_is_all_or_nothing(
    garden: tuple[Organisation, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure on the second customer leaves the first one's erasure undone too."""
    calls: list[int] = []

    def fail_on_the_second(plan: ErasurePlan) -> None:
        calls.append(plan.customer.pk)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        erase_customer(plan)

    monkeypatch.setattr(customer_admin, "erase_customer", fail_on_the_second)
    client = _superuser()
    with pytest.raises(RuntimeError):
        client.post(
            "/admin/conversations/customer/",
            {
                "action": "delete_selected",
                "_selected_action": list(Customer.objects.values_list("pk", flat=True)),
                "post": "yes",
            },
        )
    assert len(calls) == 2
    assert Customer.objects.count() == 2
    assert Conversation.objects.count() == 3
    assert not ErasedCustomer.objects.exists()


def _flashed(response: object) -> list[str]:
    from django.contrib.messages import get_messages

    return [str(message) for message in get_messages(response.wsgi_request)]  # type: ignore[attr-defined]


def test_the_deletion_message_names_no_one(garden: tuple[Organisation, Path]) -> None:
    """Django's own flash message after a delete read 'The customer «Priya Nair» was deleted
    successfully': it showed the name of the person just erased. It names the number now,
    after a single delete and after "delete selected" alike."""
    priya = Customer.objects.get(display_name="Priya Nair")
    karl = Customer.objects.get(display_name="Karl Ode")
    client = _superuser()
    single = client.post(f"/admin/conversations/customer/{priya.pk}/delete/", {"post": "yes"})
    bulk = client.post(
        "/admin/conversations/customer/",
        {"action": "delete_selected", "_selected_action": [karl.pk], "post": "yes"},
    )
    said = _flashed(single)
    assert f"The customer “#{priya.pk}” was deleted successfully." in said
    said_in_bulk = _flashed(bulk)
    assert "Successfully deleted 1 customer." in said_in_bulk
    for message in (*said, *said_in_bulk):
        assert "Priya" not in message
        assert "Karl" not in message


def test_lifted_suppressions_are_in_the_admin_to_read_only(
    garden: tuple[Organisation, Path],
) -> None:
    """`forget-customer --lift` writes who lifted a suppression, when and why; the admin had
    no page for it. It shows them now, and no one may add, change or delete a record."""
    shop, _ = garden
    lifted = LiftedErasure.objects.create(
        organisation=shop,
        lifted_by="m.osei",
        reason="The customer wrote in asking to be served again.",
        erased_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
    )
    client = _superuser()
    listing = client.get("/admin/conversations/liftederasure/").content.decode()
    assert "m.osei" in listing
    assert "asking to be served again" in listing
    page = f"/admin/conversations/liftederasure/{lifted.pk}/change/"
    shown = client.get(page)
    assert shown.status_code == 200
    assert 'type="submit"' not in shown.content.decode().split('id="content"')[1]
    assert client.post(page, {"lifted_by": "someone else", "reason": ""}).status_code == 403
    assert client.get("/admin/conversations/liftederasure/add/").status_code == 403
    assert client.post(f"/admin/conversations/liftederasure/{lifted.pk}/delete/").status_code == 403
    assert LiftedErasure.objects.get().lifted_by == "m.osei"


def test_the_erasure_key_has_no_admin_page(garden: tuple[Organisation, Path]) -> None:
    """Its salt keys every erased customer's digest: it must never be displayed."""
    from django.contrib import admin

    salt = ErasureKey.objects.get().salt
    client = _superuser()
    assert ErasureKey not in admin.site._registry
    assert client.get("/admin/conversations/erasurekey/").status_code == 404
    assert salt not in client.get("/admin/conversations/").content.decode()
    assert "erasure key" not in client.get("/admin/").content.decode().lower()
