"""A reader handed another help desk's export refuses it, naming the file, the line and the
`--format` that reads it, instead of storing what little it recognises.

Found in the product walk (session 19): Zendesk tickets saved one per line as
`tickets.jsonl` and imported with `--format freshdesk` came in as one-turn conversations
(the Freshdesk reader kept each ticket's description and dropped its comments), and with
the format told from the file the `.jsonl` suffix won over the content, so the canonical
reader complained of a missing "turns". Zendesk tickets one per line are now read by the
Zendesk reader and told from the content.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legendary.care.formats import FormatError, detect_format, read_conversations
from legendary.care.model import Role

USERS = [
    {"id": 9, "role": "end-user", "name": "Ines Varga"},
    {"id": 3, "role": "agent", "name": "Tom Bell"},
]


def zendesk_ticket(ticket_id: int) -> dict[str, object]:
    """One Zendesk ticket as the API gives it, with its comments and side-loaded users."""
    return {
        "id": ticket_id,
        "subject": "Missing parcel",
        "description": "My parcel hasn't arrived.",
        "requester_id": 9,
        "assignee_id": 3,
        "via": {"channel": "email"},
        "comments": [
            {"id": 1, "author_id": 9, "plain_body": "My parcel hasn't arrived.", "public": True},
            {"id": 2, "author_id": 3, "plain_body": "I've sent a new one today.", "public": True},
            {"id": 3, "author_id": 9, "plain_body": "Thank you!", "public": True},
        ],
        "users": USERS,
    }


def lines(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def zendesk_lines(tmp_path: Path) -> Path:
    return lines(tmp_path / "tickets.jsonl", [zendesk_ticket(501), zendesk_ticket(502)])


@pytest.mark.parametrize(
    ("reader", "record"),
    [
        ("freshdesk", "a Freshdesk ticket"),
        ("jsonl", "a conversation in our JSON Lines"),
        ("chatwoot", "a Chatwoot conversation"),
        ("intercom", "an Intercom conversation"),
    ],
)
def test_zendesk_tickets_read_as_another_format_are_refused_at_their_line(
    zendesk_lines: Path, reader: str, record: str
) -> None:
    with pytest.raises(FormatError) as caught:
        list(read_conversations(zendesk_lines, reader))
    message = str(caught.value)
    assert message.startswith("tickets.jsonl, line 1: is a Zendesk ticket")
    assert f"not {record} — " in message
    assert message.endswith("import this file with --format zendesk.")
    assert caught.value.line == 1


def test_zendesk_tickets_one_per_line_are_told_from_the_content_and_read_whole(
    zendesk_lines: Path,
) -> None:
    assert detect_format(zendesk_lines) == "zendesk"
    for fmt in ("auto", "zendesk"):
        conversations = list(read_conversations(zendesk_lines, fmt))
        assert [c.id for c in conversations] == ["501", "502"]
        assert [t.role for t in conversations[0].turns] == [
            Role.CUSTOMER,
            Role.AGENT,
            Role.CUSTOMER,
        ]
        assert conversations[0].customer.name == "Ines Varga"


def test_a_repeated_ticket_on_a_later_line_is_named(tmp_path: Path) -> None:
    path = lines(tmp_path / "tickets.jsonl", [zendesk_ticket(501), zendesk_ticket(501)])
    with pytest.raises(FormatError, match="501") as caught:
        list(read_conversations(path, "zendesk"))
    assert caught.value.line == 2


def test_a_freshdesk_ticket_read_as_zendesk_is_refused(tmp_path: Path) -> None:
    ticket = {
        "id": 77,
        "requester_id": 5,
        "responder_id": 6,
        "description_text": "The app logs me out.",
        "conversations": [{"body_text": "Try updating it.", "user_id": 6, "incoming": False}],
    }
    path = lines(tmp_path / "fd.jsonl", [ticket, {**ticket, "id": 78}])
    with pytest.raises(FormatError, match=r"^fd\.jsonl, line 1: is a Freshdesk ticket") as caught:
        list(read_conversations(path, "zendesk"))
    assert str(caught.value).endswith("--format freshdesk.")


def test_our_own_conversations_read_as_freshdesk_are_refused(tmp_path: Path) -> None:
    conversation: dict[str, object] = {
        "id": "c1",
        "turns": [{"speaker": "customer", "text": "Hello"}],
    }
    path = lines(tmp_path / "ours.jsonl", [conversation, {**conversation, "id": "c2"}])
    with pytest.raises(FormatError, match=r"line 1: .* import this file with --format jsonl\."):
        list(read_conversations(path, "freshdesk"))


def test_a_record_of_no_known_help_desk_keeps_the_readers_own_message(tmp_path: Path) -> None:
    path = lines(tmp_path / "odd.jsonl", [{"id": 1, "body": "hi"}, {"id": 2, "body": "yo"}])
    with pytest.raises(FormatError, match='field "turns": is missing'):
        list(read_conversations(path, "jsonl"))


def single_ticket(ticket_id: int) -> dict[str, object]:
    """One ticket as saved from its own endpoint beside its comments endpoint, whose
    comments carry no ticket_id."""
    ticket = zendesk_ticket(ticket_id)
    comments, users = ticket.pop("comments"), ticket.pop("users")
    return {"ticket": ticket, "comments": comments, "users": users}


def test_a_single_tickets_comments_need_no_ticket_id(tmp_path: Path) -> None:
    document = tmp_path / "ticket.json"
    document.write_text(json.dumps(single_ticket(601)), encoding="utf-8")
    per_line = lines(tmp_path / "tickets.jsonl", [single_ticket(601), single_ticket(602)])
    for path, ids in ((document, ["601"]), (per_line, ["601", "602"])):
        conversations = list(read_conversations(path, "zendesk"))
        assert [c.id for c in conversations] == ids
        assert [t.text for t in conversations[-1].turns] == [
            "My parcel hasn't arrived.",
            "I've sent a new one today.",
            "Thank you!",
        ]


INTERCOM = (
    Path(__file__).resolve().parents[1] / "fixtures" / "formats" / "intercom_conversations.json"
)


def test_intercom_conversations_one_per_line_are_read_and_refused_elsewhere(
    tmp_path: Path,
) -> None:
    document = json.loads(INTERCOM.read_text(encoding="utf-8"))
    records = document["conversations"] if isinstance(document, dict) else document
    path = lines(tmp_path / "intercom.jsonl", records)
    expected = [(c.id, len(c.turns)) for c in read_conversations(INTERCOM, "intercom")]
    assert len(expected) >= 2
    assert detect_format(path) == "intercom"
    assert [(c.id, len(c.turns)) for c in read_conversations(path)] == expected
    with pytest.raises(
        FormatError, match=r"line 1: is an Intercom conversation .* --format intercom\."
    ):
        list(read_conversations(path, "jsonl"))
