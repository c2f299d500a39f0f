"""Files the database cannot hold as they are: an id too long, a NUL character in the words.

Found on the QA walk of the import page with home-made bad files: on PostgreSQL both ended
in a DataError (a 500 on the page, a traceback from `legendary import`), while SQLite kept
the 5,000-character id and the NUL silently. Now a too-long id is refused by name, a NUL is
dropped, and both databases agree. Runs on SQLite and, with DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legendary.care.formats import FormatError
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import Conversation, Customer, ImportBatch, Turn
from legendary.people.models import Organisation
from legendary.people.services import create_organisation

pytestmark = pytest.mark.django_db


def chat(
    conversation_id: str, *, customer_id: str = "c-1", said: str = "Hello"
) -> dict[str, object]:
    """A two-line chat of a bike shop: the customer asks about a puncture kit."""
    return {
        "id": conversation_id,
        "channel": "chat",
        "subject": "Puncture kit",
        "customer": {"id": customer_id, "name": "Lena Fischer"},
        "turns": [
            {
                "speaker": "customer",
                "text": f"{said}, do you sell puncture kits for tubeless tyres?",
            },
            {
                "speaker": "agent",
                "name": "Sam",
                "text": "We do, the green one on the shelf by the till.",
            },
        ],
    }


def write(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def shop() -> Organisation:
    return create_organisation("Spoke & Chain", "spoke-and-chain")


def test_a_conversation_id_too_long_to_store_is_named_and_nothing_is_stored(
    shop: Organisation, tmp_path: Path
) -> None:
    export = write(tmp_path / "bikes.jsonl", chat("B-1"), chat("B-2"), chat("X" * 5000))
    with pytest.raises(FormatError) as caught:
        import_conversations(shop, export)
    error = caught.value
    assert error.field == "conversation id"
    assert "conversation 3 in the file" in error.problem
    assert "5,000 characters" in error.problem
    assert str(error).startswith('bikes.jsonl, field "conversation id"')
    assert Conversation.objects.count() == ImportBatch.objects.count() == 0


def test_a_customer_id_too_long_to_store_is_named(shop: Organisation, tmp_path: Path) -> None:
    export = write(tmp_path / "bikes.jsonl", chat("B-1", customer_id="9" * 201))
    with pytest.raises(FormatError, match="customer id of 201 characters"):
        import_conversations(shop, export)
    assert Customer.objects.count() == 0


def test_ids_of_exactly_the_longest_length_are_kept_whole(
    shop: Organisation, tmp_path: Path
) -> None:
    longest = "L" * 200
    import_conversations(shop, write(tmp_path / "bikes.jsonl", chat(longest, customer_id=longest)))
    assert Conversation.objects.get().external_id == longest


def test_nul_characters_are_dropped_from_words_names_and_tags(
    shop: Organisation, tmp_path: Path
) -> None:
    record = chat("B-\x009", said="Hi\x00 there")
    record["tags"] = ["tyres\x00"]
    record["customer"] = {"id": "c-\x001", "name": "Lena\x00 Fischer"}
    report = import_conversations(shop, write(tmp_path / "bikes.jsonl", record))
    assert report.conversations_added == 1
    stored = Conversation.objects.get()
    assert stored.external_id == "B-9"
    assert stored.tags == ["tyres"]
    assert stored.customer is not None
    assert stored.customer.display_name == "Lena Fischer"
    assert Turn.objects.get(position=0).text.startswith("Hi there, do you sell")
    # Checked in Python: SQLite's LIKE stops at a NUL, so a filter would match every row.
    assert not [t for t in Turn.objects.all() if "\x00" in t.text + t.speaker_name]
