"""The conversation readers on well-formed exports: what each one makes of its fixture."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from legendary.care.formats import (
    FORMATS,
    FormatError,
    detect_format,
    read_conversations,
)
from legendary.care.formats.detect import KNOWN
from legendary.care.model import Channel, Conversation, Role

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def read(name: str, format: str = "auto") -> list[Conversation]:
    return list(read_conversations(FIXTURES / name, format))


def roles(conversation: Conversation) -> list[str]:
    return [turn.role.value for turn in conversation.turns]


# --- detection and the public entry point -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("conversations.jsonl", "jsonl"),
        ("messages.csv", "csv"),
        ("messages_interleaved.csv", "csv"),
        ("zendesk_tickets.json", "zendesk"),
        ("zendesk_comments_listed.json", "zendesk"),
        ("intercom_conversations.json", "intercom"),
        ("twcs.csv", "twcs"),
    ],
)
def test_it_tells_each_fixture_format_from_its_name_and_first_bytes(
    name: str, expected: str
) -> None:
    assert detect_format(FIXTURES / name) == expected


def test_it_detects_jsonl_content_saved_with_a_json_or_txt_extension(tmp_path: Path) -> None:
    line = (FIXTURES / "conversations.jsonl").read_text(encoding="utf-8").splitlines()[0]
    for name in ("export.json", "export.txt"):
        (tmp_path / name).write_text(line + "\n", encoding="utf-8")
        assert detect_format(tmp_path / name) == "jsonl"


def test_every_format_has_a_reader_under_its_name() -> None:
    # Every format auto-detection can name has a reader, and the other way round.
    assert set(FORMATS) == set(KNOWN)
    assert {"jsonl", "csv", "twcs", "transcript"} <= set(FORMATS)
    for name in FORMATS:
        assert callable(FORMATS[name])


def test_a_missing_file_fails_at_the_call_not_at_the_first_conversation(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="does not exist") as caught:
        read_conversations(tmp_path / "nowhere.jsonl", "jsonl")
    assert caught.value.path == str(tmp_path / "nowhere.jsonl")


def test_a_folder_is_refused_with_advice(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="is a folder"):
        read_conversations(tmp_path)


def test_an_unknown_format_name_lists_the_known_ones() -> None:
    with pytest.raises(FormatError, match="use auto or one of jsonl, csv, zendesk"):
        read_conversations(FIXTURES / "conversations.jsonl", "helpscout")


def test_an_unrecognisable_file_asks_for_the_format_by_name(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Dear team, please find attached...\n", encoding="utf-8")
    with pytest.raises(FormatError, match="name the format explicitly"):
        read_conversations(notes)


def test_reading_is_lazy_conversations_come_one_at_a_time() -> None:
    conversations = read_conversations(FIXTURES / "conversations.jsonl")
    first = next(iter(conversations))
    assert first.id == "chat-2041"


# --- JSONL ----------------------------------------------------------------------------------


def test_jsonl_reads_every_conversation_in_file_order_skipping_blank_lines() -> None:
    conversations = read("conversations.jsonl")
    assert [c.id for c in conversations] == ["chat-2041", "mail-7730", "1187"]
    assert [c.channel for c in conversations] == [Channel.CHAT, Channel.EMAIL, Channel.PHONE]


def test_jsonl_keeps_customer_metadata_and_speaker_names() -> None:
    delivery = read("conversations.jsonl")[0]
    assert delivery.source == "helpdesk"
    assert delivery.subject == "Parcel marked delivered but not here"
    assert delivery.status == "solved"
    assert delivery.tags == ("delivery", "refund")
    assert delivery.customer.name == "Priya Natarajan"
    assert delivery.customer.email == "priya.n@example.org"
    assert roles(delivery) == ["customer", "agent", "agent", "customer"]
    assert delivery.agent_names() == ["Tomás"]


def test_jsonl_timestamps_are_aware_and_keep_their_offset() -> None:
    delivery, billing, call = read("conversations.jsonl")
    assert delivery.opened_at == datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)
    assert billing.turns[0].timestamp == datetime(
        2025, 3, 2, 18, 4, tzinfo=timezone(timedelta(hours=1))
    )
    assert billing.turns[1].timestamp is None
    assert call.opened_at is None


def test_jsonl_accepts_a_numeric_id_and_defaults_source_to_jsonl() -> None:
    call = read("conversations.jsonl")[2]
    assert call.id == "1187"
    assert call.source == "jsonl"
    assert roles(call) == ["system", "agent", "customer", "agent"]


def test_jsonl_treats_a_timestamp_without_offset_as_utc(tmp_path: Path) -> None:
    path = tmp_path / "naive.jsonl"
    record = {
        "id": "n1",
        "turns": [{"speaker": "customer", "text": "Hi", "timestamp": "2025-01-02 03:04:05"}],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (conversation,) = read_conversations(path)
    assert conversation.turns[0].timestamp == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert conversation.channel is Channel.CHAT  # the default when no channel is given


def test_jsonl_with_a_byte_order_mark_reads_normally(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (FIXTURES / "conversations.jsonl").read_bytes())
    assert [c.id for c in read_conversations(path)] == ["chat-2041", "mail-7730", "1187"]


# --- message CSV ----------------------------------------------------------------------------


def test_csv_groups_rows_into_conversations_with_their_facts() -> None:
    returns, app = read("messages.csv")
    assert (returns.id, returns.channel, returns.source) == ("ret-301", Channel.EMAIL, "csv")
    assert returns.customer.id == "c-5521"
    assert returns.customer.name == "Hannah Weiss"
    assert roles(returns) == ["customer", "agent", "customer"]
    assert returns.turns[1].speaker.name == "Marco"
    assert returns.turns[1].speaker.email == "marco@outfitters.example"
    assert returns.subject == "Returning a jacket"
    assert returns.turns[0].timestamp == datetime(2025, 4, 1, 8, 12, tzinfo=UTC)
    assert app.channel is Channel.CHAT
    # No customer_name on this conversation's rows: the customer's speaker name stands in.
    assert app.customer.name == "Jon"
    assert app.turns[2].text == "iPhone 13, version 4.2.0."


def test_csv_with_interleaved_conversations_groups_them_in_order_of_first_row() -> None:
    booking, pool = read("messages_interleaved.csv")
    assert booking.id == "A-1"
    assert [t.text[:12] for t in booking.turns] == ["Hi, my booki", "Thanks Lea, ", "Fixed: you n"]
    assert pool.id == "B-7"
    assert roles(pool) == ["customer", "bot"]


def test_csv_keeps_quoted_line_breaks_and_commas_inside_one_message(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text(
        "conversation_id,speaker_role,text\n"
        'q-1,customer,"First line, with a comma\nSecond line with ""quotes"""\n'
        "q-1,agent,Got it\n",
        encoding="utf-8",
    )
    (conversation,) = read_conversations(path)
    assert conversation.turns[0].text == 'First line, with a comma\nSecond line with "quotes"'
    assert conversation.turns[1].text == "Got it"


def test_csv_saved_by_a_european_spreadsheet_with_semicolons_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    text = (
        "Conversation_ID;Speaker_Role;Text\r\n"
        "x-1;customer;Bonjour, ma commande?\r\n"
        "x-1;agent;Je regarde.\r\n"
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (conversation,) = read_conversations(path)
    assert conversation.id == "x-1"
    assert [t.text for t in conversation.turns] == ["Bonjour, ma commande?", "Je regarde."]


def test_csv_interleaved_and_contiguous_orders_give_the_same_conversations(tmp_path: Path) -> None:
    rows = [
        ("a", "customer", "one"),
        ("b", "customer", "two"),
        ("a", "agent", "three"),
        ("c", "customer", "four"),
        ("b", "agent", "five"),
    ]
    interleaved = tmp_path / "interleaved.csv"
    contiguous = tmp_path / "contiguous.csv"
    header = "conversation_id,speaker_role,text\n"
    interleaved.write_text(header + "".join(f"{c},{r},{t}\n" for c, r, t in rows), encoding="utf-8")
    ordered = sorted(rows, key=lambda row: "abc".index(row[0]))
    contiguous.write_text(
        header + "".join(f"{c},{r},{t}\n" for c, r, t in ordered), encoding="utf-8"
    )
    assert list(read_conversations(interleaved)) == list(read_conversations(contiguous))


# --- Zendesk --------------------------------------------------------------------------------


def test_zendesk_maps_users_to_roles_and_leaves_out_internal_notes() -> None:
    shoes, broadband, _gift_cards = read("zendesk_tickets.json")
    assert (shoes.id, shoes.source, shoes.channel) == ("35436", "zendesk", Channel.EMAIL)
    assert roles(shoes) == ["customer", "agent", "customer", "system"]
    assert all("prioritise the courier" not in t.text for t in shoes.turns)
    assert shoes.turns[1].speaker.name == "Nadia Aziz"
    assert shoes.turns[1].text.startswith("Hi Rosa, I am so sorry")  # plain_body wins over body
    assert shoes.customer.name == "Rosa Martins"
    assert shoes.customer.email == "rosa.martins@example.com"
    assert (shoes.subject, shoes.status, shoes.tags) == (
        "Wrong size delivered",
        "solved",
        ("exchange", "footwear"),
    )
    assert broadband.channel is Channel.PHONE
    assert broadband.turns[1].role is Role.AGENT  # an admin answering is an agent


def test_zendesk_html_body_is_read_as_plain_text() -> None:
    broadband = read("zendesk_tickets.json")[1]
    assert broadband.turns[1].text == (
        "Thanks for your patience, Mr Berg.\n\nI ran a line test and found a fault at the "
        "cabinet. An engineer will visit on Thursday between 8 am and 12."
    )


def test_zendesk_ticket_without_comments_uses_its_description() -> None:
    gift_cards = read("zendesk_tickets.json")[2]
    assert gift_cards.channel is Channel.EMAIL  # via web form
    assert [(t.role, t.text) for t in gift_cards.turns] == [
        (Role.CUSTOMER, "Can gift cards be used online as well as in store?")
    ]


def test_zendesk_ticket_with_only_internal_notes_is_skipped() -> None:
    assert "35439" not in [c.id for c in read("zendesk_tickets.json")]


def test_zendesk_comments_listed_at_the_top_level_join_their_tickets() -> None:
    refund, tweet = read("zendesk_comments_listed.json")
    assert refund.channel is Channel.CHAT
    assert roles(refund) == ["customer", "agent"]
    assert refund.turns[1].speaker.name == "Lucia"
    assert tweet.channel is Channel.SOCIAL
    assert tweet.turns[0].text.startswith("Your driver shouted")


def test_zendesk_comments_keyed_by_ticket_id_join_their_tickets(tmp_path: Path) -> None:
    document = json.loads((FIXTURES / "zendesk_comments_listed.json").read_text(encoding="utf-8"))
    keyed: dict[str, list[object]] = {}
    for comment in document.pop("comments"):
        keyed.setdefault(str(comment.pop("ticket_id")), []).append(comment)
    document["comments"] = keyed
    path = tmp_path / "keyed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    conversations = list(read_conversations(path, "zendesk"))
    assert [c.id for c in conversations] == ["9001", "9002"]
    assert [roles(c) for c in conversations] == [["customer", "agent"], ["customer", "agent"]]


def test_zendesk_single_ticket_document(tmp_path: Path) -> None:
    document = json.loads((FIXTURES / "zendesk_tickets.json").read_text(encoding="utf-8"))
    single = {"ticket": document["tickets"][1], "users": document["users"]}
    path = tmp_path / "ticket.json"
    path.write_text(json.dumps(single), encoding="utf-8")
    (conversation,) = read_conversations(path)
    assert conversation.id == "35437"


# --- Intercom -------------------------------------------------------------------------------


def test_intercom_reads_source_and_parts_without_notes_or_events() -> None:
    boards, invoice = read("intercom_conversations.json")
    assert (boards.id, boards.source, boards.channel) == ("184467", "intercom", Channel.CHAT)
    assert roles(boards) == ["customer", "bot", "agent", "customer"]
    assert all("sync queue" not in t.text for t in boards.turns)  # the internal note
    assert boards.turns[0].text == (
        "Hello! I upgraded to the team plan this morning but my colleagues still can't see "
        "the shared boards."
    )
    assert boards.turns[2].text.endswith("tell me if the boards appear?")
    assert "\n\n" in boards.turns[2].text  # two paragraphs stay two paragraphs
    assert boards.turns[2].speaker.name == "Sven"
    assert boards.turns[2].timestamp == datetime.fromtimestamp(1741947900, tz=UTC)
    assert boards.customer.email == "ines@studio.example"
    assert (boards.status, boards.tags) == ("closed", ("billing",))
    assert invoice.channel is Channel.EMAIL
    assert invoice.subject == "Invoice address"
    assert invoice.turns[0].text == (
        "Could you change the address on our invoices to our new office?\nIt is 14 Harbour Street."
    )
    assert invoice.customer.name == "Arjun Mehta"  # a lead is a customer too


def test_intercom_accepts_one_conversation_or_a_bare_list(tmp_path: Path) -> None:
    document = json.loads((FIXTURES / "intercom_conversations.json").read_text(encoding="utf-8"))
    one = tmp_path / "one.json"
    one.write_text(json.dumps(document["conversations"][1]), encoding="utf-8")
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(document["conversations"]), encoding="utf-8")
    assert [c.id for c in read_conversations(one)] == ["184512"]
    assert [c.id for c in read_conversations(bare, "intercom")] == ["184467", "184512"]


# --- twcs -----------------------------------------------------------------------------------


def test_twcs_rebuilds_threads_from_replies_in_time_order() -> None:
    food, train = read("twcs.csv")
    assert (food.id, food.source, food.channel) == ("102", "twcs", Channel.SOCIAL)
    assert roles(food) == ["customer", "agent", "customer", "agent"]
    assert [t.speaker.name for t in food.turns] == ["300912", "FreshBites", "300912", "FreshBites"]
    assert food.customer.id == "300912"
    assert food.opened_at == datetime(2025, 1, 6, 10, 2, 45, tzinfo=UTC)
    assert train.id == "106"
    assert train.turns[0].text.endswith("any news?\nWe have a connection to make.")
    assert roles(train) == ["customer", "agent"]


def test_twcs_leaves_out_brand_broadcasts_and_replies_to_missing_tweets() -> None:
    texts = [t.text for c in read("twcs.csv") for t in c.turns]
    assert not any("running on time" in text for text in texts)  # tweet 105, no customer
    assert not any("it is fine now" in text for text in texts)  # tweet 108 answers tweet 999
