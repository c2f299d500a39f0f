"""A later export of a stored conversation brings in its new messages and status.

An analyst who imports each morning's export saw yesterday's open tickets stay open with
yesterday's messages for ever: a conversation already stored was skipped whole, so the
agent's reply that closed it, the customer's thanks and the "solved" status never
arrived, and its scorecard kept flagging a question nobody had answered. The same held for
a conversation split across two monthly files. Exact repeats of a message (a paged export
repeating the record at a page edge) are stored once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from conversations.test_importer import write_jsonl as write
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import Conversation, ImportBatch, Scorecard, Status
from legendary.people.models import Organisation, Role
from legendary.people.services import create_organisation, create_person
from web.conftest import World, analyst  # noqa: F401  (fixtures are found by name)

pytestmark = pytest.mark.django_db
PAGE = reverse("imports:page")

ASKED = {
    "speaker": "customer",
    "text": "My garden bench arrived without its bolts. Can you send some?",
    "timestamp": "2026-11-03T09:00:00Z",
}
ANSWERED = {
    "speaker": "agent",
    "name": "Wren Adler",
    "text": "I'm sorry about that. I've posted a bolt kit today; it will be with you Thursday.",
    "timestamp": "2026-11-03T09:40:00Z",
}
THANKED = {
    "speaker": "customer",
    "text": "Brilliant, thank you.",
    "timestamp": "2026-11-03T10:05:00Z",
}


def ticket(*turns: dict[str, str], status: str) -> dict[str, object]:
    return {
        "id": "BENCH-7",
        "channel": "email",
        "status": status,
        "customer": {"id": "c-31", "name": "Ola Brandt"},
        "turns": list(turns),
    }


@pytest.fixture
def shop() -> Organisation:
    shop = create_organisation("Fernhill Garden Co", "fernhill")
    create_person(shop, "Wren Adler", role=Role.FRONTLINE, email="wren@fernhill.example")
    return shop


def test_a_later_export_brings_the_reply_the_status_and_a_new_scorecard(
    shop: Organisation, tmp_path: Path
) -> None:
    import_conversations(shop, write(tmp_path / "monday.jsonl", ticket(ASKED, status="open")))
    stored = Conversation.objects.get()
    assert "no_agent_turn" in Scorecard.objects.get(conversation=stored).flags

    report = import_conversations(
        shop, write(tmp_path / "tuesday.jsonl", ticket(ASKED, ANSWERED, THANKED, status="solved"))
    )

    stored.refresh_from_db()
    assert report.conversations_updated == 1
    assert report.conversations_skipped == 0
    assert report.turns_added_to_stored == 2
    assert "updated 1 already stored (2 new messages)" in report.summary()
    assert [t.text for t in stored.turns.order_by("position")] == [
        ASKED["text"],
        ANSWERED["text"],
        THANKED["text"],
    ]
    assert stored.status == Status.SOLVED
    assert stored.closed_at is not None
    assert stored.closed_at.isoformat().startswith("2026-11-03T10:05")
    assert [a.name for a in stored.agents.all()] == ["Wren Adler"]
    assert "no_agent_turn" not in Scorecard.objects.get(conversation=stored).flags
    assert ImportBatch.objects.get(pk=report.batch_id).conversations_updated == 1


def test_the_same_export_twice_still_changes_nothing(shop: Organisation, tmp_path: Path) -> None:
    path = write(tmp_path / "tuesday.jsonl", ticket(ASKED, ANSWERED, status="solved"))
    import_conversations(shop, path)
    again = import_conversations(shop, path)

    assert again.conversations_updated == 0
    assert again.conversations_skipped == 1
    assert Conversation.objects.get().turns.count() == 2


def test_a_conversation_split_across_two_files_is_put_together_in_time_order(
    shop: Organisation, tmp_path: Path
) -> None:
    header = "conversation_id,timestamp,speaker_role,speaker_name,text\n"
    october = tmp_path / "october.csv"
    october.write_text(
        header
        + "K-9,2026-10-31T23:50:00Z,customer,,Is the late-night click and collect still on?\n"
        + 'K-9,2026-10-31T23:55:00Z,agent,Wren Adler,"Yes, until midnight. Which store?"\n',
        encoding="utf-8",
    )
    november = tmp_path / "november.csv"
    november.write_text(
        header
        + "K-9,2026-11-01T00:03:00Z,agent,Wren Adler,Shall I hold it at the front desk?\n"
        + "K-9,2026-11-01T00:01:00Z,customer,,The one on Quay Street.\n",
        encoding="utf-8",
    )
    import_conversations(shop, october)
    import_conversations(shop, november)

    texts = [t.text for t in Conversation.objects.get().turns.order_by("position")]
    assert texts == [
        "Is the late-night click and collect still on?",
        "Yes, until midnight. Which store?",
        "The one on Quay Street.",
        "Shall I hold it at the front desk?",
    ]


def test_a_whole_thread_without_times_replaces_the_shorter_one_in_the_file_order(
    shop: Organisation, tmp_path: Path
) -> None:
    untimed = [{k: v for k, v in t.items() if k != "timestamp"} for t in (ASKED, ANSWERED)]
    import_conversations(shop, write(tmp_path / "a.jsonl", ticket(untimed[0], status="open")))
    import_conversations(shop, write(tmp_path / "b.jsonl", ticket(*untimed, status="open")))

    turns = list(Conversation.objects.get().turns.order_by("position"))
    assert [t.speaker_role for t in turns] == ["customer", "agent"]
    assert turns[1].person is not None


def test_a_dry_run_counts_an_update_and_stores_nothing(shop: Organisation, tmp_path: Path) -> None:
    import_conversations(shop, write(tmp_path / "monday.jsonl", ticket(ASKED, status="open")))
    report = import_conversations(
        shop,
        write(tmp_path / "tuesday.jsonl", ticket(ASKED, ANSWERED, status="solved")),
        dry_run=True,
    )

    assert report.conversations_updated == 1
    assert "would update 1 already stored" in report.summary()
    stored = Conversation.objects.get()
    assert stored.turns.count() == 1
    assert stored.status == Status.OPEN


def test_a_message_repeated_at_a_page_edge_is_stored_once(
    shop: Organisation, tmp_path: Path
) -> None:
    import_conversations(
        shop, write(tmp_path / "paged.jsonl", ticket(ASKED, ANSWERED, ANSWERED, status="solved"))
    )

    assert Conversation.objects.get().turns.count() == 2


def test_the_import_page_says_what_was_updated(analyst: Client, world: World) -> None:  # noqa: F811
    def post(name: str, *turns: dict[str, str], status: str) -> str:
        text = json.dumps(ticket(*turns, status=status)) + "\n"
        data = {"file": SimpleUploadedFile(name, text.encode()), "format": "auto"}
        return str(analyst.post(PAGE, {**data, "action": "import"}).content.decode())

    post("monday.jsonl", ASKED, status="open")
    page = post("tuesday.jsonl", ASKED, ANSWERED, THANKED, status="solved")

    assert "already here, updated" in page
    assert "this file brought 2 new messages for it: it is scored again" in page
    assert "Just added or updated" in page
    # The turns counted are the messages this file stored, new ones of updates included.
    assert '<span class="value">2</span><span class="label">turns</span>' in page
    assert "so nothing changed" not in page


def test_a_message_stored_before_a_new_redaction_rule_still_meets_itself(
    shop: Organisation, tmp_path: Path
) -> None:
    # Stored by an earlier version that left street addresses in: the later export's
    # copy is redacted now, and must still be recognised as the same message.
    where = {
        "speaker": "customer",
        "text": "The bench is for 14 Willow Crescent. Can you send the bolts there?",
        "timestamp": "2026-11-03T09:00:00Z",
    }
    import_conversations(shop, write(tmp_path / "monday.jsonl", ticket(where, status="open")))
    stored = Conversation.objects.get()
    turn = stored.turns.get()
    turn.text = where["text"]  # as the older rules stored it
    turn.save(update_fields=["text"])

    report = import_conversations(
        shop, write(tmp_path / "tuesday.jsonl", ticket(where, ANSWERED, status="solved"))
    )

    assert report.turns_added_to_stored == 1
    texts = list(stored.turns.order_by("position").values_list("text", flat=True))
    assert len(texts) == 2
    assert texts[1].startswith("I'm sorry about that.")
