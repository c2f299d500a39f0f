"""Malformed exports: every reader raises `FormatError`, naming the file, line and field."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from legendary.care.formats import FormatError, read_conversations

MALFORMED = Path(__file__).resolve().parents[1] / "fixtures" / "formats" / "malformed"

# fixture, format, line, field, words the message must contain
CASES = [
    (
        "role_not_known.jsonl",
        "jsonl",
        2,
        "turns[1].speaker",
        '"clerk" is not one of customer, agent, bot, system — use one of those roles.',
    ),
    ("broken_json.jsonl", "jsonl", 3, None, "is not valid JSON"),
    ("missing_turns.jsonl", "jsonl", 1, "turns", "is missing"),
    ("timestamp_not_iso.jsonl", "jsonl", 1, "turns[0].timestamp", "is not an ISO 8601 timestamp"),
    (
        "channel_not_known.jsonl",
        "jsonl",
        1,
        "channel",
        "use one of email, chat, phone, social, in_person",
    ),
    ("text_empty.jsonl", "jsonl", 1, "turns[1].text", "is empty"),
    ("text_not_text.jsonl", "jsonl", 1, "turns[0].text", "must be text, not a number"),
    ("id_repeated.jsonl", "jsonl", 3, "id", '"c-1" was already used at line 1'),
    ("not_an_object.jsonl", "jsonl", 1, None, "not a conversation object"),
    ("latin1.jsonl", "jsonl", 2, None, "is not UTF-8 text"),
    ("empty.jsonl", "jsonl", None, None, "is empty"),
    ("column_missing.csv", "csv", 1, None, "the header has no speaker_role column"),
    (
        "role_not_known.csv",
        "csv",
        3,
        "speaker_role",
        '"clerk" is not one of customer, agent, bot, system',
    ),
    ("quote_not_closed.csv", "csv", 2, None, "is not valid CSV"),
    ("values_ragged.csv", "csv", 3, None, "has 6 values but the header has 5 columns"),
    ("channel_conflict.csv", "csv", 3, "channel", '"email" differs from "chat" on line 2'),
    ("conversation_id_empty.csv", "csv", 3, "conversation_id", "is empty"),
    ("timestamp_not_iso.csv", "csv", 2, "timestamp", "is not an ISO 8601 timestamp"),
    ("text_empty.csv", "csv", 2, "text", "is empty"),
    ("latin1.csv", "csv", 2, None, "is not UTF-8 text"),
    ("header_only.csv", "csv", None, None, "has a header but no messages"),
    ("empty.csv", "csv", None, None, "is empty"),
    (
        "zendesk_author_unknown.json",
        "zendesk",
        None,
        "tickets[1].comments[1].author_id",
        '"99" is not in "users"',
    ),
    (
        "zendesk_channel_unknown.json",
        "zendesk",
        None,
        "tickets[0].via.channel",
        '"carrier_pigeon" is not a channel we know',
    ),
    (
        "zendesk_ticket_repeated.json",
        "zendesk",
        None,
        "tickets[1].id",
        '"500" was already used at tickets[0]',
    ),
    (
        "zendesk_timestamp_not_iso.json",
        "zendesk",
        None,
        "tickets[0].comments[0].created_at",
        '"yesterday" is not an ISO 8601 timestamp',
    ),
    ("zendesk_cut_short.json", "zendesk", 16, None, "is not valid JSON"),
    ("zendesk_no_tickets.json", "zendesk", None, "tickets", "is missing"),
    ("zendesk_latin1.json", "zendesk", 3, None, "byte 0xe9 is not UTF-8 text"),
    ("intercom_empty.json", "intercom", None, None, "is empty"),
    (
        "intercom_author_type_unknown.json",
        "intercom",
        None,
        "conversations[0].conversation_parts.conversation_parts[0].author.type",
        '"wizard" is not an Intercom author type',
    ),
    (
        "intercom_time_not_unix.json",
        "intercom",
        None,
        "conversations[0].conversation_parts.conversation_parts[0].created_at",
        "must be Unix seconds",
    ),
    ("intercom_source_missing.json", "intercom", None, "conversations[0].source", "is missing"),
    (
        "freshdesk_private_not_bool.json",
        "freshdesk",
        None,
        "tickets[0].conversations[1].private",
        "must be true or false, not text.",
    ),
    (
        "freshdesk_source_unknown.json",
        "freshdesk",
        None,
        "[1].source",
        "42 is not a Freshdesk ticket source we know — use one of 1 email, 2 portal, 3 phone",
    ),
    (
        "freshdesk_timestamp_not_iso.json",
        "freshdesk",
        None,
        "tickets[0].conversations[0].created_at",
        '"last Tuesday" is not an ISO 8601 timestamp — write it like 2025-03-14T09:26:53Z',
    ),
    (
        "freshdesk_body_empty.jsonl",
        "freshdesk",
        2,
        "conversations[0].body",
        "is missing or empty — every public reply needs its words (body_text or body).",
    ),
    (
        "freshdesk_ticket_repeated.jsonl",
        "freshdesk",
        3,
        "id",
        'ticket id "6040" was already used at line 1 — ids must be unique within a file',
    ),
    (
        "freshdesk_cut_short.jsonl",
        "freshdesk",
        3,
        None,
        "is not valid JSON (Expecting ',' delimiter at column 81) — each line must hold "
        "one whole ticket object.",
    ),
    (
        "chatwoot_message_type_unknown.json",
        "chatwoot",
        None,
        "payload[0].messages[1].message_type",
        "7 is not a Chatwoot message type — use 0 (incoming), 1 (outgoing), 2 (activity)",
    ),
    (
        "chatwoot_sender_type_unknown.json",
        "chatwoot",
        None,
        "conversations[0].messages[2].sender.type",
        '"robot" cannot send an outgoing message — expected one of user, agent_bot',
    ),
    (
        "chatwoot_channel_unknown.json",
        "chatwoot",
        None,
        "[0].meta.channel",
        '"Channel::Pager" is not a Chatwoot channel type we know — expected one of '
        "Channel::WebWidget, Channel::Api",
    ),
    (
        "chatwoot_time_not_iso.json",
        "chatwoot",
        None,
        "payload[0].messages[0].created_at",
        '"next week" is not an ISO 8601 timestamp',
    ),
    (
        "chatwoot_messages_missing.jsonl",
        "chatwoot",
        2,
        "messages",
        "is missing — save each conversation with its messages, as GET "
        "/api/v1/accounts/{account}/conversations/{id}",
    ),
    ("twcs_time_not_twitter.csv", "twcs", 2, "created_at", "is not a Twitter time"),
    ("twcs_tweet_repeated.csv", "twcs", 4, "tweet_id", "tweet 1 already appeared on line 2"),
    ("twcs_inbound_not_bool.csv", "twcs", 2, "inbound", '"yes" is not True or False'),
    ("twcs_id_not_number.csv", "twcs", 3, "tweet_id", '"abc" is not a tweet id'),
    (
        "transcript_bad_timing.vtt",
        "transcript",
        6,
        "timing",
        "is not a cue timing — write it as “00:00:01.000 --> 00:00:04.000”",
    ),
    (
        "transcript_no_speaker.txt",
        "transcript",
        1,
        None,
        "comes before any speaker — start each utterance with who says it",
    ),
]


# Without its "tickets" nothing marks this file as Zendesk, so "auto" cannot tell.
# Files whose format cannot be told from their first bytes: they need --format.
UNTELLABLE = {"zendesk_no_tickets.json", "transcript_no_speaker.txt"}


def test_a_json_file_with_no_known_marks_asks_for_the_format() -> None:
    with pytest.raises(FormatError, match="name the format explicitly"):
        read_conversations(MALFORMED / "zendesk_no_tickets.json")


@pytest.mark.parametrize(
    ("name", "format", "line", "field", "words"), CASES, ids=[case[0] for case in CASES]
)
def test_malformed_fixture_names_the_place_and_the_fix(
    name: str, format: str, line: int | None, field: str | None, words: str
) -> None:
    path = MALFORMED / name
    for chosen in (format, "auto") if name not in UNTELLABLE else (format,):
        with pytest.raises(FormatError) as caught:
            list(read_conversations(path, chosen))
        error = caught.value
        assert (error.path, error.line, error.field) == (str(path), line, field)
        assert words in str(error)
        place = (
            [name] + ([f"line {line}"] if line else []) + ([f'field "{field}"'] if field else [])
        )
        assert str(error).startswith(", ".join(place) + ": ")


def test_every_malformed_fixture_is_covered_by_a_case() -> None:
    assert {p.name for p in MALFORMED.iterdir()} == {case[0] for case in CASES}


def test_the_error_is_a_value_error_carrying_the_problem_alone() -> None:
    with pytest.raises(ValueError) as caught:
        list(read_conversations(MALFORMED / "role_not_known.jsonl"))
    assert isinstance(caught.value, FormatError)
    assert caught.value.problem.startswith('"clerk" is not one of')


def test_conversations_before_the_bad_line_are_yielded_first() -> None:
    conversations = read_conversations(MALFORMED / "role_not_known.jsonl")
    iterator = iter(conversations)
    assert next(iterator).id == "c-1"
    with pytest.raises(FormatError):
        next(iterator)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("turn", "field", "words"),
    [
        ({"text": "Hi"}, "turns[0].speaker", "is missing — say who spoke"),
        ({"speaker": 3, "text": "Hi"}, "turns[0].speaker", "not a number"),
        ({"speaker": "agent"}, "turns[0].text", "is missing"),
        (
            {"speaker": "agent", "text": "Hi", "timestamp": 1700000000},
            "turns[0].timestamp",
            "as text",
        ),
        ({"speaker": "agent", "text": "Hi", "name": ["Bo"]}, "turns[0].name", "must be text"),
        ("agent: Hi", "turns[0]", "must be an object"),
    ],
)
def test_jsonl_turn_problems_name_the_turn_field(
    tmp_path: Path, turn: object, field: str, words: str
) -> None:
    path = write(tmp_path, "c.jsonl", json.dumps({"id": "x", "turns": [turn]}) + "\n")
    with pytest.raises(FormatError, match=words) as caught:
        list(read_conversations(path))
    assert (caught.value.line, caught.value.field) == (1, field)


HI = [{"speaker": "agent", "text": "Hi"}]


@pytest.mark.parametrize(
    ("record", "field", "words"),
    [
        ({"turns": HI}, "id", "is missing"),
        ({"id": "", "turns": HI}, "id", "is empty"),
        ({"id": True, "turns": []}, "id", "text or a whole number"),
        ({"id": "x", "turns": []}, "turns", "at least one message"),
        ({"id": "x", "turns": {"speaker": "agent"}}, "turns", "must be a list"),
        ({"id": "x", "turns": HI, "customer": "Ann"}, "customer", "must be an object"),
        ({"id": "x", "turns": HI, "tags": "vip"}, "tags", "must be a list"),
        ({"id": "x", "turns": HI, "channel": 7}, "channel", "not a number"),
    ],
)
def test_jsonl_conversation_problems_name_the_field(
    tmp_path: Path, record: object, field: str, words: str
) -> None:
    path = write(tmp_path, "c.jsonl", "\n" + json.dumps(record) + "\n")
    with pytest.raises(FormatError, match=words) as caught:
        list(read_conversations(path, "jsonl"))
    assert (caught.value.line, caught.value.field) == (2, field)


@pytest.mark.parametrize(
    ("body", "line", "field"),
    [
        # a quoted message spanning three lines: the next row starts on line 5
        ('m-1,customer,"line one\nline two\nline three"\nm-1,manager,Hello\n', 5, "speaker_role"),
        # interleaved rows are read back by seeking, and still name their own line
        ("a,customer,Hi\nb,customer,Hello\na,agent,\n", 4, "text"),
    ],
    ids=["after a multi-line message", "in an interleaved file"],
)
def test_csv_errors_name_the_row_s_own_line(
    tmp_path: Path, body: str, line: int, field: str
) -> None:
    path = write(tmp_path, "m.csv", "conversation_id,speaker_role,text\n" + body)
    with pytest.raises(FormatError) as caught:
        list(read_conversations(path))
    assert (caught.value.line, caught.value.field) == (line, field)


def test_csv_unknown_channel_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path, "m.csv", "conversation_id,speaker_role,text,channel\na,customer,Hi,fax\n"
    )
    with pytest.raises(FormatError, match='"fax" is not a channel') as caught:
        list(read_conversations(path))
    assert (caught.value.line, caught.value.field) == (2, "channel")


def test_a_json_export_that_is_not_an_object_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "z.json", '"tickets"\n')
    with pytest.raises(FormatError, match="must be an object"):
        list(read_conversations(path, "zendesk"))


def test_zendesk_user_role_must_be_a_zendesk_role(tmp_path: Path) -> None:
    document = {"tickets": [], "users": [{"id": 1, "role": "superhero"}]}
    path = write(tmp_path, "z.json", json.dumps(document))
    with pytest.raises(FormatError, match="use end-user, agent or admin") as caught:
        list(read_conversations(path, "zendesk"))
    assert caught.value.field == "users[0].role"


def test_zendesk_public_comment_without_words_is_refused(tmp_path: Path) -> None:
    comment = {"author_id": 1, "public": True, "body": "  "}
    document = {"tickets": [{"id": 1, "requester_id": 1, "comments": [comment]}]}
    path = write(tmp_path, "z.json", json.dumps(document))
    with pytest.raises(FormatError, match="needs its words") as caught:
        list(read_conversations(path, "zendesk"))
    assert caught.value.field == "tickets[0].comments[0].body"


def test_zendesk_attachment_only_comment_is_not_a_message(tmp_path: Path) -> None:
    comments = [
        {"author_id": 1, "body": "Photo of the damage attached.", "public": True},
        {"author_id": 1, "body": "", "public": True, "attachments": [{"file_name": "dent.jpg"}]},
    ]
    document = {"tickets": [{"id": 1, "requester_id": 1, "comments": comments}]}
    path = write(tmp_path, "z.json", json.dumps(document))
    (conversation,) = read_conversations(path, "zendesk")
    assert [t.text for t in conversation.turns] == ["Photo of the damage attached."]


def test_intercom_document_without_conversations_says_what_to_export(tmp_path: Path) -> None:
    path = write(tmp_path, "i.json", json.dumps({"type": "admin.list", "admins": []}))
    with pytest.raises(FormatError, match="Conversations API"):
        list(read_conversations(path, "intercom"))


def test_twcs_without_its_columns_lists_them(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "tweet_id,author_id,text\n1,a,hi\n")
    with pytest.raises(
        FormatError, match="needs the columns tweet_id, author_id, inbound"
    ) as caught:
        list(read_conversations(path, "twcs"))
    assert caught.value.line == 1


def test_csv_header_naming_a_column_twice_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "m.csv", "conversation_id,speaker_role,Text,text\na,customer,Hi,Hey\n")
    with pytest.raises(FormatError, match="names the column text twice") as caught:
        list(read_conversations(path))
    assert caught.value.line == 1


@pytest.mark.parametrize(
    "body",
    [
        # two tweets answering each other, and one answering itself: no thread has a root
        "1,555,True,Tue Oct 31 22:10:47 +0000 2017,hi,,2\n"
        "2,Brand,False,Tue Oct 31 22:11:47 +0000 2017,yo,,1\n",
        "3,555,True,Tue Oct 31 22:10:47 +0000 2017,hi,,3\n",
    ],
)
def test_twcs_reply_loops_without_a_root_give_no_conversation(tmp_path: Path, body: str) -> None:
    header = (
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
    )
    path = write(tmp_path, "t.csv", header + body)
    assert list(read_conversations(path, "twcs")) == []


def test_twcs_reply_stamped_before_its_root_still_follows_it(tmp_path: Path) -> None:
    header = (
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
    )
    body = (
        "5,555,True,Tue Oct 31 22:10:47 +0000 2017,my card was declined,,\n"
        "4,Brand,False,Tue Oct 31 22:09:00 +0000 2017,sorry to hear that,,5\n"
    )
    path = write(tmp_path, "t.csv", header + body)
    (conversation,) = read_conversations(path, "twcs")
    assert [t.text for t in conversation.turns] == ["my card was declined", "sorry to hear that"]


def test_the_error_survives_a_trip_to_another_process() -> None:
    error = FormatError("/exports/c.jsonl", "is empty.", line=3, field="turns[0].text")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.line, copy.field, copy.problem) == (
        "/exports/c.jsonl",
        3,
        "turns[0].text",
        "is empty.",
    )
    assert str(copy) == 'c.jsonl, line 3, field "turns[0].text": is empty.'


@pytest.mark.parametrize(("via", "accepted"), [(4, True), (0, True), (9999, False)])
def test_zendesk_numeric_via_ids_are_read_when_documented(
    tmp_path: Path, via: int, accepted: bool
) -> None:
    comment = {"author_id": 1, "body": "Where is my refund?", "public": True}
    ticket = {"id": 1, "requester_id": 1, "via": {"channel": via}, "comments": [comment]}
    path = write(tmp_path, "z.json", json.dumps({"tickets": [ticket]}))
    if accepted:
        (conversation,) = read_conversations(path, "zendesk")
        assert conversation.channel.value == "email"
    else:
        with pytest.raises(FormatError, match="via id 9999 is not one we know") as caught:
            list(read_conversations(path, "zendesk"))
        assert caught.value.field == "tickets[0].via.channel"


def test_json_lines_read_as_csv_says_so_instead_of_repeating_the_record(tmp_path: Path) -> None:
    record = {"id": "c1", "turns": [{"role": "customer", "text": "My Parcel Is LATE"}]}
    path = write(tmp_path, "chats.jsonl", json.dumps(record) + "\n")
    with pytest.raises(FormatError) as caught:
        list(read_conversations(path, "csv"))
    message = str(caught.value)
    assert message.startswith("chats.jsonl, line 1: this looks like JSON")
    assert "JSON Lines format (jsonl)" in message
    assert "my parcel is late" not in message


def test_a_wrong_header_is_repeated_only_in_part(tmp_path: Path) -> None:
    header = ",".join(f"column_{n}" for n in range(100))
    path = write(tmp_path, "wide.csv", header + "\n" + ",".join("x" * 100) + "\n")
    with pytest.raises(FormatError) as caught:
        list(read_conversations(path, "csv"))
    message = str(caught.value)
    assert "(found: column_0, column_1," in message
    assert "column_99" not in message
    assert message.endswith("…).")
