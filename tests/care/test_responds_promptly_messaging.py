"""Reply-time targets for a chat held as messaging (an Intercom Messenger thread).

Readers name the channel only: Intercom's `source.type` "conversation" is a chat, and so
is a WhatsApp thread. But a customer who writes, leaves and answers the agent hours
later is not sitting in a live chat; a QA lead holds such a thread to a messaging target
(an hour by default), not the live-chat minute, which every such thread would miss. A
live Intercom chat, answered by the customer within minutes, keeps the minute. Both
targets can be set per call.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from legendary.care.behaviours.responsive import (
    MESSAGING_TARGET,
    is_messaging,
    responds_promptly,
    response_target,
)
from legendary.care.formats import read_conversations
from legendary.care.model import Channel, Conversation

START = 1_760_000_000  # a Unix time, as Intercom sends it


def intercom_file(tmp_path: Path, gaps: list[int]) -> Conversation:
    """One Intercom conversation: the customer's first message, then parts that take
    turns (agent, customer, agent...), each `gaps[i]` seconds after the one before."""
    parts = []
    at = START
    for i, gap in enumerate(gaps):
        at += gap
        author = {"type": "admin", "name": "Ola"} if i % 2 == 0 else {"type": "user"}
        body = "<p>Here is what I found on your order.</p>" if i % 2 == 0 else "<p>Ok.</p>"
        parts.append(
            {"id": str(i), "part_type": "comment", "body": body, "author": author, "created_at": at}
        )
    document = {
        "type": "conversation",
        "id": "ic-1",
        "created_at": START,
        "source": {
            "type": "conversation",
            "body": "<p>Hi, my order shows delivered but nothing came.</p>",
            "author": {"type": "user", "name": "Dee"},
        },
        "conversation_parts": {"conversation_parts": parts},
    }
    path = tmp_path / "intercom.json"
    path.write_text(json.dumps({"conversations": [document]}))
    (conversation,) = read_conversations(path, "intercom")
    return conversation


def test_an_intercom_thread_the_customer_comes_back_to_is_held_to_the_messaging_target(
    tmp_path: Path,
) -> None:
    # Agent after 20 min, the customer back 3 hours later, the agent 25 min after that.
    conversation = intercom_file(tmp_path, [20 * 60, 3 * 3600, 25 * 60])
    assert conversation.channel is Channel.CHAT
    assert is_messaging(conversation)
    assert response_target(conversation) == MESSAGING_TARGET
    evidence = responds_promptly(conversation)
    assert [dict(e.detail)["target_seconds"] for e in evidence] == ["3600", "3600"]


def test_a_live_intercom_chat_keeps_the_live_chat_minute(tmp_path: Path) -> None:
    # The customer answers within a minute; the agent's second reply takes five.
    conversation = intercom_file(tmp_path, [40, 50, 5 * 60])
    assert not is_messaging(conversation)
    assert response_target(conversation) == timedelta(seconds=60)
    assert responds_promptly(conversation) == []


def test_targets_can_be_set_per_channel_and_for_messaging(tmp_path: Path) -> None:
    live = intercom_file(tmp_path, [40, 50, 5 * 60])
    assert response_target(live, {Channel.CHAT: timedelta(minutes=10)}) == timedelta(minutes=10)
    thread = intercom_file(tmp_path, [20 * 60, 3 * 3600, 25 * 60])
    assert response_target(thread, messaging=timedelta(minutes=10)) == timedelta(minutes=10)
