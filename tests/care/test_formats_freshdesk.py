"""The Freshdesk reader: API v2 tickets with their conversations, in every saved layout."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from legendary.care.formats import FormatError, detect_format, read_conversations
from legendary.care.model import Channel, Conversation

from .export_files import by_id, write_json

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "formats" / "freshdesk_tickets.json"


def tickets() -> list[dict[str, object]]:
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return list(document["tickets"])


def summary(conversation: Conversation) -> list[tuple[str, str]]:
    return [(turn.role.value, turn.text) for turn in conversation.turns]


def one_ticket(tmp_path: Path, **fields: object) -> Conversation:
    ticket: dict[str, object] = {
        "id": 1,
        "requester_id": 7,
        "description_text": "My order arrived damaged.",
        **fields,
    }
    (conversation,) = read_conversations(write_json(tmp_path / "t.json", [ticket]), "freshdesk")
    return conversation


def test_it_reads_each_ticket_with_its_requester_status_and_tags() -> None:
    conversations = list(read_conversations(FIXTURE))
    assert [c.id for c in conversations] == ["5120", "5121", "5122"]
    tent = conversations[0]
    assert (tent.source, tent.channel, tent.status) == ("freshdesk", Channel.EMAIL, "resolved")
    assert tent.subject == "Tent pole snapped on first trip"
    assert tent.tags == ("warranty", "tents")
    assert (tent.customer.id, tent.customer.name, tent.customer.email) == (
        "4800000101",
        "Marta Kowalczyk",
        "marta.k@example.org",
    )


def test_the_description_opens_and_private_notes_are_left_out() -> None:
    tent = by_id(list(read_conversations(FIXTURE)))["5120"]
    assert [role for role, _ in summary(tent)] == ["customer", "customer", "agent", "customer"]
    assert tent.turns[0].text.startswith("Hello, One of the poles of my Ridgeline 2 tent")
    assert not any("batch 22-B" in turn.text for turn in tent.turns)


def test_a_ticket_whose_only_reply_is_a_private_note_is_skipped() -> None:
    assert "5123" not in by_id(list(read_conversations(FIXTURE)))


def test_an_html_body_is_read_as_text_with_its_paragraphs() -> None:
    reply = by_id(list(read_conversations(FIXTURE)))["5120"].turns[2]
    assert reply.text == (
        "Hi Marta,\n\nI'm sorry your first night out ended with a broken pole – that is not "
        "the start we want for you.\n\nA replacement pole set is on its way today, free of "
        "charge, and it should reach you by Friday."
    )


def test_timestamps_are_aware_utc() -> None:
    tent = by_id(list(read_conversations(FIXTURE)))["5120"]
    assert tent.opened_at == datetime(2025, 4, 2, 8, 14, 31, tzinfo=UTC)
    assert tent.closed_at == datetime(2025, 4, 3, 16, 40, 2, tzinfo=UTC)


def test_agents_are_named_from_the_side_loaded_list_or_else_by_their_id() -> None:
    conversations = by_id(list(read_conversations(FIXTURE)))
    joel = conversations["5120"].turns[2].speaker
    assert (joel.name, joel.email) == ("Joel Okafor", "joel.okafor@trailhut.example")
    assert conversations["5121"].agent_names() == ["4300000009"]


def test_an_outbound_email_is_opened_by_the_agent_and_the_requester_replies() -> None:
    repair = by_id(list(read_conversations(FIXTURE)))["5122"]
    assert [(t.role.value, t.speaker.name) for t in repair.turns] == [
        ("agent", "Ines Duarte"),
        ("customer", "Tomasz Lind"),  # incoming is false, but the requester wrote it
    ]


@pytest.mark.parametrize(
    ("source", "channel"),
    [
        (1, Channel.EMAIL),
        (2, Channel.EMAIL),
        (3, Channel.PHONE),
        (7, Channel.CHAT),
        (9, Channel.EMAIL),
        (10, Channel.EMAIL),
        (5, Channel.SOCIAL),
        (13, Channel.CHAT),
        ("Phone", Channel.PHONE),
        ("Feedback Widget", Channel.EMAIL),
        (None, Channel.EMAIL),
    ],
)
def test_the_ticket_source_becomes_the_channel(
    tmp_path: Path, source: object, channel: Channel
) -> None:
    assert one_ticket(tmp_path, source=source).channel is channel


@pytest.mark.parametrize(
    ("status", "name"),
    [(2, "open"), (4, "resolved"), (6, "waiting on customer"), (12, "12"), ("Open", "Open")],
)
def test_a_status_number_becomes_its_default_name(
    tmp_path: Path, status: object, name: str
) -> None:
    assert one_ticket(tmp_path, status=status).status == name


def test_an_unknown_source_name_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match='"pigeon" is not a channel we know') as caught:
        one_ticket(tmp_path, source="pigeon")
    assert caught.value.field == "[0].source"


def test_an_attachment_only_reply_is_not_a_message(tmp_path: Path) -> None:
    photo = {"body": "<div></div>", "incoming": True, "attachments": [{"name": "dent.jpg"}]}
    assert len(one_ticket(tmp_path, conversations=[photo]).turns) == 1


def test_a_ticket_exported_without_description_or_conversations_says_what_to_export(
    tmp_path: Path,
) -> None:
    path = write_json(tmp_path / "t.json", {"tickets": [{"id": 3, "requester_id": 7}]})
    with pytest.raises(FormatError, match=r"include=conversations") as caught:
        list(read_conversations(path, "freshdesk"))
    assert caught.value.field == "tickets[0].description"


@pytest.mark.parametrize("name", ["tickets.jsonl", "tickets.json", "tickets.ndjson"])
def test_json_lines_read_the_same_as_the_document(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(t) for t in tickets()) + "\n\n", encoding="utf-8")
    assert detect_format(path) == "freshdesk"
    from_lines = [summary(c) for c in read_conversations(path)]
    assert from_lines == [
        summary(c) for c in read_conversations(write_json(tmp_path / "a.json", tickets()))
    ]
    # without the side-loaded agents, agents are known by id only
    assert by_id(list(read_conversations(path)))["5120"].agent_names() == ["4300000001"]


def test_a_bare_array_and_a_single_ticket_are_read_too(tmp_path: Path) -> None:
    array = write_json(tmp_path / "array.json", tickets())
    assert detect_format(array) == "freshdesk"
    assert [c.id for c in read_conversations(array)] == ["5120", "5121", "5122"]
    single = tmp_path / "single.json"
    single.write_text(json.dumps(tickets()[1], indent=2), encoding="utf-8")
    assert [c.id for c in read_conversations(single)] == ["5121"]


def test_errors_in_json_lines_name_the_line(tmp_path: Path) -> None:
    lines = [json.dumps(tickets()[0]), json.dumps({**tickets()[1], "created_at": 1743771720})]
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(FormatError, match="must be an ISO 8601 timestamp as text") as caught:
        list(read_conversations(path))
    assert (caught.value.line, caught.value.field) == (2, "created_at")
