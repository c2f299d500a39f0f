"""Whatever a file holds, a reader yields conversations or raises `FormatError`: nothing else."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from legendary.care.formats import FORMATS, FormatError, read_conversations
from legendary.care.formats.html_text import html_to_text
from legendary.care.model import Conversation

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
speakers = (
    st.sampled_from(["customer", "agent", "bot", "system", "Agent", "clerk", ""]) | json_values
)
turns = st.fixed_dictionaries(
    {"speaker": speakers, "text": st.text(max_size=20) | json_values},
    optional={
        "timestamp": st.sampled_from(["2025-03-14T09:26:53Z", "yesterday", ""]) | json_values,
        "name": json_values,
    },
)
conversations = st.fixed_dictionaries(
    {
        "id": st.text(max_size=6) | st.integers() | json_values,
        "turns": st.lists(turns, max_size=3) | json_values,
    },
    optional={
        "channel": st.sampled_from(["chat", "email", "voice", "fax"]) | json_values,
        "customer": st.fixed_dictionaries({}, optional={"name": json_values}) | json_values,
        "tags": json_values,
    },
)


def read_all(path: Path, format: str) -> list[Conversation]:
    try:
        return list(read_conversations(path, format))
    except FormatError:
        return []


@pytest.mark.parametrize("format", sorted(FORMATS))
@PROPERTY_SETTINGS
@given(data=st.binary(max_size=600))
def test_any_bytes_give_conversations_or_a_format_error(
    tmp_path: Path, format: str, data: bytes
) -> None:
    path = tmp_path / "export"
    path.write_bytes(data)
    assert_readable_or_refused(path, format)


@PROPERTY_SETTINGS
@given(lines=st.lists(conversations | json_values, max_size=4), blank=st.booleans())
def test_jsonl_of_any_json_lines_gives_conversations_or_a_format_error(
    tmp_path: Path, lines: list[object], blank: bool
) -> None:
    path = tmp_path / "c.jsonl"
    separator = "\n\n" if blank else "\n"
    path.write_text(separator.join(json.dumps(line) for line in lines), encoding="utf-8")
    for conversation in read_all(path, "jsonl"):
        assert conversation.id
        assert all(turn.text.strip() for turn in conversation.turns)


@PROPERTY_SETTINGS
@given(text=st.text(max_size=300))
def test_jsonl_of_any_text_gives_conversations_or_a_format_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(text, encoding="utf-8")
    assert_readable_or_refused(path, "jsonl")


cells = st.sampled_from(
    ["customer", "agent", "c-1", "c-2", "", "2025-01-01T00:00:00Z", "chat"]
) | st.text(max_size=15)


@PROPERTY_SETTINGS
@given(
    columns=st.permutations(
        [
            "conversation_id",
            "speaker_role",
            "text",
            "timestamp",
            "speaker_name",
            "channel",
            "customer_id",
        ]
    ),
    drop=st.integers(min_value=0, max_value=7),
    rows=st.lists(st.lists(cells, min_size=0, max_size=8), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_csv_of_any_rows_gives_conversations_or_a_format_error(
    tmp_path: Path, columns: list[str], drop: int, rows: list[list[str]], delimiter: str
) -> None:
    header = columns[: len(columns) - drop]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path / "m.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    for conversation in read_all(path, "csv"):
        assert all(turn.text.strip() for turn in conversation.turns)


@PROPERTY_SETTINGS
@given(text=st.text(max_size=300))
def test_csv_of_any_text_gives_conversations_or_a_format_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "m.csv"
    path.write_text("conversation_id,speaker_role,text\n" + text, encoding="utf-8")
    assert_readable_or_refused(path, "csv")


@PROPERTY_SETTINGS
@given(
    html=st.text(alphabet=st.sampled_from("<>/!-[]&#;=\"' pbrdivscriptx\n"), max_size=60)
    | st.text()
)
def test_html_of_any_shape_becomes_text_without_tags_breaking_it(html: str) -> None:
    # A fragment with no markup comes out as written; with markup, whatever its shape, the
    # words come out tidy: lines trimmed, spaces folded, one blank line between paragraphs.
    text = html_to_text(html)
    if "<" not in html and "&" not in html:
        assert text == html.strip()
        return
    assert "  " not in text
    assert "\n\n\n" not in text
    assert all(line == line.strip() for line in text.split("\n"))


comments = st.fixed_dictionaries(
    {
        "author_id": st.sampled_from([1, 2, -1, 99]) | json_values,
        "body": st.text(max_size=10) | json_values,
    },
    optional={"public": json_values, "created_at": json_values, "html_body": json_values},
)
tickets = st.fixed_dictionaries(
    {"id": st.integers(0, 3) | json_values, "requester_id": st.sampled_from([1, 2]) | json_values},
    optional={
        "comments": st.lists(comments, max_size=3) | json_values,
        "via": json_values,
        "tags": json_values,
    },
)
users = st.fixed_dictionaries(
    {"id": st.sampled_from([1, 2]) | json_values},
    optional={"role": st.sampled_from(["end-user", "agent", "admin"]) | json_values},
)


@PROPERTY_SETTINGS
@given(
    document=st.fixed_dictionaries(
        {"tickets": st.lists(tickets, max_size=3) | json_values},
        optional={"users": st.lists(users, max_size=3) | json_values, "comments": json_values},
    )
)
# A comment with nothing written in it, beside the usual random shapes: it must be refused
# or left out, never read as a turn without words.
@example(
    document={"tickets": [{"id": 0, "requester_id": 1, "comments": [{"author_id": 1, "body": ""}]}]}
)
def test_zendesk_of_any_ticket_shapes_gives_conversations_or_a_format_error(
    tmp_path: Path, document: object
) -> None:
    path = tmp_path / "z.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert_readable_or_refused(path, "zendesk")


parts = st.fixed_dictionaries(
    {"body": st.text(max_size=10) | json_values},
    optional={
        "part_type": st.sampled_from(["comment", "note", "close"]) | json_values,
        "author": st.fixed_dictionaries(
            {"type": st.sampled_from(["user", "admin", "bot", "x"]) | json_values}
        )
        | json_values,
        "created_at": st.integers() | st.floats() | json_values,
    },
)


@PROPERTY_SETTINGS
@given(
    conversation=st.fixed_dictionaries(
        {"id": st.text(max_size=3) | json_values, "source": parts | json_values},
        optional={
            "conversation_parts": st.lists(parts, max_size=3)
            | st.fixed_dictionaries({"conversation_parts": st.lists(parts, max_size=3)})
            | json_values,
            "contacts": json_values,
            "tags": json_values,
        },
    )
)
# A conversation whose every message is empty markup: no conversation, never one without turns.
@example(
    conversation={
        "id": "7",
        "source": {"body": "<p> </p>", "author": {"type": "user"}},
        "conversation_parts": [{"body": "", "author": {"type": "admin"}}],
    }
)
def test_intercom_of_any_conversation_shapes_gives_conversations_or_a_format_error(
    tmp_path: Path, conversation: object
) -> None:
    path = tmp_path / "i.json"
    path.write_text(json.dumps({"conversations": [conversation]}), encoding="utf-8")
    assert_readable_or_refused(path, "intercom")


tweet_ids = st.sampled_from(["1", "2", "3", "4.0", "", "x", "-1", "99999999999999999999"])
tweet_rows = st.tuples(
    tweet_ids,
    st.sampled_from(["555", "Brand", ""]),
    st.sampled_from(["True", "False", "maybe"]),
    st.sampled_from(["Tue Oct 31 22:10:47 +0000 2017", "Tue Oct 31 22:10:47 +9900 2017", "now"]),
    st.text(max_size=12),
    st.just(""),
    tweet_ids,
)


@PROPERTY_SETTINGS
@given(rows=st.lists(tweet_rows, max_size=6))
def test_twcs_of_any_tweet_rows_gives_conversations_or_a_format_error(
    tmp_path: Path, rows: list[tuple[str, ...]]
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "tweet_id",
            "author_id",
            "inbound",
            "created_at",
            "text",
            "response_tweet_id",
            "in_response_to_tweet_id",
        ]
    )
    writer.writerows(rows)
    path = tmp_path / "t.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    for conversation in read_all(path, "twcs"):
        assert conversation.turns[0].role.value == "customer"


def test_html_with_a_broken_marked_section_still_gives_its_words() -> None:
    # HTMLParser raises AssertionError on "<![;"; the reader must not crash on it.
    assert html_to_text("Hello <![; there &amp; welcome") == "Hello there & welcome"


def test_html_with_an_unfinished_comment_keeps_the_words_after_it() -> None:
    assert html_to_text("<p>Parcel still missing</p><!-- sent from my phone") == (
        "Parcel still missing\nsent from my phone"
    )


def write_export(path: Path, records: list[object], layout: str) -> None:
    """Save `records` the way a help-desk export may be saved: JSON Lines, a bare array,
    or one document holding them under `layout` (a dotted key such as ``data.payload``)."""
    if layout == "lines":
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        return
    document: object = records
    if layout != "array":
        for key in reversed(layout.split(".")):
            document = {key: document}
    path.write_text(json.dumps(document), encoding="utf-8")


def assert_readable_or_refused(path: Path, format: str) -> None:
    for conversation in read_all(path, format):
        assert conversation.turns
        assert all(turn.text.strip() for turn in conversation.turns)


freshdesk_entries = st.fixed_dictionaries(
    {"body": st.sampled_from(["<p>Thanks!</p>", "", "<![;"]) | json_values},
    optional={
        "body_text": json_values,
        "incoming": st.booleans() | json_values,
        "private": st.booleans() | json_values,
        "user_id": st.sampled_from([7, 8]) | json_values,
        "created_at": st.sampled_from(["2025-04-02T08:14:31Z", "soon"]) | json_values,
        "attachments": json_values,
    },
)
freshdesk_tickets = st.fixed_dictionaries(
    {"id": st.integers(0, 3) | json_values},
    optional={
        "requester_id": st.sampled_from([7, 8]) | json_values,
        "responder_id": json_values,
        "description": json_values,
        "description_text": st.text(max_size=10) | json_values,
        "source": st.integers(-1, 14) | st.sampled_from(["chat", "fax"]) | json_values,
        "status": json_values,
        "requester": st.fixed_dictionaries({}, optional={"name": json_values}) | json_values,
        "conversations": st.lists(freshdesk_entries, max_size=3) | json_values,
        "tags": json_values,
    },
)


@PROPERTY_SETTINGS
@given(
    records=st.lists(freshdesk_tickets | json_values, max_size=3),
    agents=st.lists(st.fixed_dictionaries({"id": json_values, "contact": json_values}), max_size=2)
    | json_values,
    layout=st.sampled_from(["tickets", "array", "lines"]),
)
def test_freshdesk_of_any_ticket_shapes_gives_conversations_or_a_format_error(
    tmp_path: Path, records: list[object], agents: object, layout: str
) -> None:
    path = tmp_path / "f.json"
    if layout == "tickets":  # the one layout that may side-load agents
        path.write_text(json.dumps({"tickets": records, "agents": agents}), encoding="utf-8")
    else:
        write_export(path, records, layout)
    assert_readable_or_refused(path, "freshdesk")


chatwoot_messages = st.fixed_dictionaries(
    {
        "content": st.text(max_size=10) | json_values,
        "message_type": st.sampled_from([0, 1, 2, 3, 4, "incoming", "note"]) | json_values,
    },
    optional={
        "private": st.booleans() | json_values,
        "sender": st.fixed_dictionaries(
            {"type": st.sampled_from(["contact", "user", "agent_bot", "x"]) | json_values},
            optional={"name": json_values},
        )
        | json_values,
        "sender_type": st.sampled_from(["User", "AgentBot", "Contact"]) | json_values,
        "created_at": st.integers()
        | st.floats()
        | st.sampled_from(["2025-04-07T18:22:10Z", "now"])
        | json_values,
    },
)
chatwoot_conversations = st.fixed_dictionaries(
    {
        "id": st.integers(0, 3) | json_values,
        "messages": st.lists(chatwoot_messages, max_size=3) | json_values,
    },
    optional={
        "meta": st.fixed_dictionaries(
            {},
            optional={
                "sender": json_values,
                "channel": st.sampled_from(["Channel::Email", "Channel::Fax"]) | json_values,
            },
        )
        | json_values,
        "inbox": json_values,
        "channel": json_values,
        "labels": json_values,
        "additional_attributes": json_values,
    },
)


@PROPERTY_SETTINGS
@given(
    records=st.lists(chatwoot_conversations | json_values, max_size=3),
    layout=st.sampled_from(["payload", "conversations", "data.payload", "array", "lines"]),
)
def test_chatwoot_of_any_conversation_shapes_gives_conversations_or_a_format_error(
    tmp_path: Path, records: list[object], layout: str
) -> None:
    path = tmp_path / "c.json"
    write_export(path, records, layout)
    assert_readable_or_refused(path, "chatwoot")
