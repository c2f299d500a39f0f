"""The facts beside a transcript say what is true of the conversation.

Found on the QA walk of the demo: an open e-mail nobody had answered yet read "Status Open"
and "Closed 23 Nov 2026, 04:41" (an import stores the last message's time as the closing
time), and its "Nothing to score yet" card ended "Marked words in the transcript are the
evidence" over a transcript with no marks.
"""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from legendary.conversations.models import Conversation, Status
from legendary.conversations.scoring import score_conversations
from web.conftest import World, make_conversation


def _closed_fact(client: Client, conversation: Conversation) -> str:
    page = client.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()
    found = re.search(r"<dt>Closed</dt><dd>(.*?)</dd>", page, re.S)
    assert found, "the Details card names when the conversation closed"
    return re.sub(r"<[^>]+>", " ", found.group(1))


def test_an_open_or_pending_conversation_is_not_called_closed(
    analyst: Client, world: World
) -> None:
    for status in (Status.OPEN, Status.PENDING):
        waiting = make_conversation(world.frontline, subject="Sofa leg wobbles")
        waiting.status = status
        waiting.save()
        assert waiting.closed_at is not None
        fact = _closed_fact(analyst, waiting)
        assert fact.startswith("not yet")
        assert f"last message {waiting.closed_at:%-d %b %Y}" in fact


def test_a_solved_conversation_shows_when_it_closed(analyst: Client, world: World) -> None:
    done = make_conversation(world.frontline, subject="Sofa leg replaced")
    done.status = Status.SOLVED
    done.save()
    assert _closed_fact(analyst, done).strip() == f"{done.closed_at:%-d %b %Y, %H:%M}"


def test_nothing_to_score_does_not_point_at_marks_that_are_not_there(
    analyst: Client, world: World
) -> None:
    waiting = make_conversation(world.frontline, texts=("Can I still order the blue lamp?",))
    score_conversations([waiting.pk])
    page = analyst.get(reverse("conversations:detail", args=[waiting.pk])).content.decode()
    assert "Nothing to score yet" in page
    assert "Marked words in the transcript are the evidence" not in page
