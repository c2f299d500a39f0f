""" "Responds promptly: missing" names the late reply.

A missing timing behaviour used to show no evidence at all, while a present one said
"reply 2 came after 40 s (target 60 s)": a QA analyst could not tell which reply was
late or by how much. The page now lists each late reply with the customer's wait and
the channel's target, linked to the reply in the transcript.
"""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.urls import reverse

from legendary.conversations.scoring import score_conversations
from web.conftest import (  # noqa: F401  (fixtures by name)
    World,
    answer_after,
    leader,
    make_conversation,
    stored_outcome,
)

CHAT = (
    "Hi, my smart meter stopped sending readings yesterday.",
    "Thanks for telling us. Can you see a signal icon on the display?",
    "No, the signal icon is gone.",
    "Thanks. I've sent a reset to the meter, it should reconnect within the hour.",
)


def test_a_late_reply_is_named_with_its_wait_and_the_target(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    conversation = make_conversation(world.frontline, texts=CHAT)
    answer_after(conversation, 3, dt.timedelta(minutes=12))
    score_conversations([conversation.pk])
    assert stored_outcome(conversation, "responds_promptly") == "absent"

    page = leader.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()

    assert 'href="#turn-4">late: reply 4 came after 12 min (target 60 s)' in page
    assert "reply 2 came after" not in page  # the prompt reply is not called late


def test_prompt_replies_still_show_their_waits(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    conversation = make_conversation(world.frontline, texts=CHAT)
    score_conversations([conversation.pk])

    page = leader.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()

    assert "reply 2 came after 60 s (target 60 s)" in page
    assert "late: reply" not in page
