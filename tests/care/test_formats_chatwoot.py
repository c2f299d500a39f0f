"""The Chatwoot reader: conversations with their messages, in every saved layout."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from legendary.care.formats import FormatError, detect_format, read_conversations
from legendary.care.model import Channel, Conversation

from .export_files import by_id, write_json

FIXTURE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "formats" / "chatwoot_conversations.json"
)


def conversations_in_fixture() -> list[dict[str, object]]:
    return list(json.loads(FIXTURE.read_text(encoding="utf-8"))["payload"])


def speakers(conversation: Conversation) -> list[tuple[str, str]]:
    return [(turn.role.value, turn.speaker.name) for turn in conversation.turns]


def one_conversation(tmp_path: Path, messages: list[object], **fields: object) -> Conversation:
    record = {"id": 1, "messages": messages, **fields}
    (conversation,) = read_conversations(write_json(tmp_path / "c.json", [record]), "chatwoot")
    return conversation


HELLO = {"content": "Hello, is anyone there?", "message_type": 0, "created_at": 1744011000}


def test_it_reads_each_conversation_with_its_contact_status_and_labels() -> None:
    conversations = list(read_conversations(FIXTURE))
    assert [c.id for c in conversations] == ["311", "312", "314"]
    billing = conversations[0]
    assert (billing.source, billing.status, billing.tags) == (
        "chatwoot",
        "resolved",
        ("billing", "refund"),
    )
    assert (billing.customer.id, billing.customer.name, billing.customer.email) == (
        "77",
        "Priya Raman",
        "priya.raman@example.com",
    )


def test_activity_private_notes_and_wordless_messages_are_left_out() -> None:
    billing = by_id(list(read_conversations(FIXTURE)))["311"]
    assert speakers(billing) == [
        ("bot", ""),  # the widget's greeting has no sender: Chatwoot's own automated reply
        ("customer", "Priya Raman"),
        ("agent", "Leo Brandt"),
        ("customer", "Priya Raman"),
        ("bot", "Skyline Assistant"),
    ]
    texts = " ".join(turn.text for turn in billing.turns)
    assert "assigned to" not in texts
    assert "marked resolved" not in texts
    assert "confirmed in Stripe" not in texts


def test_a_conversation_with_only_events_and_attachments_is_skipped() -> None:
    assert "313" not in by_id(list(read_conversations(FIXTURE)))


def test_unix_and_iso_times_are_both_read_as_aware_utc() -> None:
    conversations = by_id(list(read_conversations(FIXTURE)))
    assert conversations["311"].turns[1].timestamp == datetime(2025, 4, 3, 9, 0, 35, tzinfo=UTC)
    assert conversations["312"].closed_at == datetime(2025, 4, 8, 8, 3, 45, tzinfo=UTC)


def test_webhook_style_names_and_sender_models_are_read() -> None:
    router = by_id(list(read_conversations(FIXTURE)))["312"]
    # the contact's own sender has no name: the conversation's contact lends it
    assert speakers(router) == [("customer", "Dawit Bekele"), ("agent", "Hana Sato")]
    assert router.turns[0].speaker.email == "dawit.b@example.net"
    assert router.subject == "Router returned to sender"


def test_the_channel_is_found_in_channel_meta_or_inbox() -> None:
    conversations = by_id(list(read_conversations(FIXTURE)))
    assert conversations["311"].channel is Channel.CHAT  # meta.channel
    assert conversations["312"].channel is Channel.EMAIL  # inbox.channel_type
    assert conversations["314"].channel is Channel.SOCIAL  # meta.channel, a Twitter profile


@pytest.mark.parametrize(
    ("channel_type", "channel"),
    [
        ("Channel::WebWidget", Channel.CHAT),
        ("Channel::Api", Channel.CHAT),
        ("Channel::Whatsapp", Channel.CHAT),
        ("channel::whatsapp", Channel.CHAT),
        ("Channel::Email", Channel.EMAIL),
        ("Channel::FacebookPage", Channel.SOCIAL),
        ("Channel::TwitterProfile", Channel.SOCIAL),
        ("Channel::Voice", Channel.PHONE),
    ],
)
def test_each_inbox_channel_type_maps_to_a_channel(
    tmp_path: Path, channel_type: str, channel: Channel
) -> None:
    assert one_conversation(tmp_path, [HELLO], channel=channel_type).channel is channel


def test_without_a_channel_type_the_conversation_is_a_chat(tmp_path: Path) -> None:
    assert one_conversation(tmp_path, [HELLO]).channel is Channel.CHAT


@pytest.mark.parametrize(
    ("sender", "role"),
    [
        ({"name": "Sam Ortiz", "type": "user"}, "agent"),
        ({"name": "Helper", "type": "agent_bot"}, "bot"),
        ({"name": "Captain", "type": "captain_assistant"}, "bot"),
        ({"name": "Sam Ortiz"}, "agent"),
        (None, "bot"),
    ],
)
def test_an_outgoing_message_is_spoken_by_its_sender_type(
    tmp_path: Path, sender: object, role: str
) -> None:
    reply = {"content": "Happy to help with that.", "message_type": 1, "sender": sender}
    assert one_conversation(tmp_path, [HELLO, reply]).turns[1].role.value == role


def test_a_private_flag_that_is_not_true_or_false_is_refused(tmp_path: Path) -> None:
    note = {"content": "Check the refund log.", "message_type": 1, "private": "no"}
    with pytest.raises(FormatError, match="must be true or false, not text") as caught:
        one_conversation(tmp_path, [HELLO, note])
    assert caught.value.field == "[0].messages[1].private"


@pytest.mark.parametrize(
    "shape", ["array", "payload", "conversations", "data.payload", "lines", "single"]
)
def test_every_saved_layout_reads_the_same(tmp_path: Path, shape: str) -> None:
    records = conversations_in_fixture()
    path = tmp_path / ("c.jsonl" if shape == "lines" else "c.json")
    documents: dict[str, object] = {
        "array": records,
        "payload": {"payload": records},
        "conversations": {"conversations": records},
        "data.payload": {"data": {"meta": {"all_count": 4}, "payload": records}},
    }
    if shape == "lines":
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    elif shape == "single":
        path.write_text(json.dumps(records[0], indent=2), encoding="utf-8")
    else:
        write_json(path, documents[shape])
    assert detect_format(path) == "chatwoot"
    expected = list(read_conversations(FIXTURE))
    found = list(read_conversations(path))
    assert found == (expected[:1] if shape == "single" else expected)


def test_a_document_with_no_conversations_says_what_to_save(tmp_path: Path) -> None:
    path = write_json(tmp_path / "c.json", {"data": {"meta": {"all_count": 0}}})
    with pytest.raises(
        FormatError, match=r"holds no .* list and is not one conversation"
    ) as caught:
        list(read_conversations(path, "chatwoot"))
    assert "/conversations/{id}" in str(caught.value)
    assert (caught.value.line, caught.value.field) == (None, None)
