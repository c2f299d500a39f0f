"""A CSV export without a customer_id column: each customer is still one customer, told
apart by e-mail address or, failing that, name; the import says how, and a second run adds
nobody. It used to store every such conversation with no customer ("Unknown")."""

from __future__ import annotations

from pathlib import Path

import pytest

from legendary.conversations.importer import import_conversations
from legendary.conversations.models import Conversation, Customer, CustomerIdentity
from legendary.people.models import Organisation
from legendary.people.services import create_organisation

pytestmark = pytest.mark.django_db

HEADER = "conversation_id,speaker_role,speaker_name,speaker_email,customer_email,text\n"


@pytest.fixture
def shop() -> Organisation:
    return create_organisation("Trailhead Outfitters", "trailhead")


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_customers_are_told_apart_by_email_then_name_and_reimports_add_nobody(
    shop: Organisation, tmp_path: Path
) -> None:
    first = _csv(
        tmp_path / "october.csv",
        [
            "C1,customer,Hannah Lee,,hannah@example.com,Where is my parcel?",
            "C1,agent,Priya,,,Let me check that for you.",
            # Same address, other capitals and another spelling of her name: one customer.
            "C2,customer,H. Lee,,Hannah@Example.com,The boots are too small.",
            "C2,agent,Priya,,,Half a size up should do it.",
            # No customer_email column value, but her message carries an address.
            "C3,customer,Omar Haddad,omar@example.com,,Can I change my order?",
            "C3,agent,Tom,,,Yes: I have changed it.",
            # Name only: recognised by name, spaces and case evened out.
            "C4,customer,Rosa  Diaz,,,Do you deliver on Sundays?",
            "C4,agent,Tom,,,We do: before noon.",
            "C5,customer,rosa diaz,,,And on bank holidays?",
            "C5,agent,Tom,,,Those too.",
            # Nobody named at all.
            "C6,customer,,,,Hello?",
            "C6,agent,Tom,,,Hello. How can I help?",
        ],
    )
    report = import_conversations(shop, first)
    assert report.conversations_added == 6
    assert report.customers_added == 3
    by_id = {c.external_id: c.customer for c in Conversation.objects.select_related("customer")}
    assert by_id["C1"] == by_id["C2"]
    assert by_id["C1"].display_name == "Hannah Lee"
    assert by_id["C3"].display_name == "Omar Haddad"
    assert by_id["C4"] == by_id["C5"]
    assert by_id["C6"] is None
    # The address itself is not stored: it is personal data, kept only as a hash.
    keys = list(CustomerIdentity.objects.values_list("external_id", flat=True))
    assert not any("@" in key for key in keys)
    assert (report.customers_by_email, report.customers_by_name) == (3, 2)
    assert report.without_customer == 1
    note = report.customer_note
    assert "3 conversations had no customer id, so the customer was recognised by their e-mail" in (
        note
    )
    assert "recognised by their name" in note
    assert "1 conversation named no customer at all" in note
    assert "e-mail address" in report.summary()

    again = import_conversations(shop, first)
    assert (again.conversations_added, again.customers_added) == (0, 0)
    later = _csv(
        tmp_path / "november.csv",
        [
            "C7,customer,Hannah Lee,,HANNAH@example.com,Thanks for the boots!",
            "C7,agent,Priya,,,Enjoy them.",
            "C8,customer,Rosa Diaz,,,One more question.",
            "C8,agent,Tom,,,Go ahead.",
        ],
    )
    report = import_conversations(shop, later)
    assert report.customers_added == 0
    assert Customer.objects.count() == 3
    assert Conversation.objects.get(external_id="C7").customer == by_id["C1"]
    assert Conversation.objects.get(external_id="C8").customer == by_id["C4"]


def test_a_file_with_customer_ids_says_nothing_about_customers(
    shop: Organisation, tmp_path: Path
) -> None:
    path = tmp_path / "ids.csv"
    path.write_text(
        "conversation_id,speaker_role,customer_id,text\nA,customer,c-1,Hi\nA,agent,,Hello\n",
        encoding="utf-8",
    )
    report = import_conversations(shop, path)
    assert report.customer_note == ""
    assert Conversation.objects.get().customer is not None
