"""An open or pending conversation has no closed_at over the API.

An import keeps the last message's time as the conversation's closed_at whatever its
status, and the API passed it on: a script measuring time to resolution counted every
open ticket as resolved at its last message. The conversation page already says "not
yet"; the API now says null, and `last_message_at` carries the time for every status.
"""

from __future__ import annotations

import pytest
from django.test import Client

from legendary.conversations.models import Status
from web.conftest import World, make_conversation


@pytest.mark.parametrize("status", [Status.OPEN, Status.PENDING])
def test_an_unresolved_conversation_has_no_closed_at(
    leader: Client, world: World, status: str
) -> None:
    waiting = make_conversation(world.frontline, subject="Still waiting on a refund")
    waiting.status = status
    waiting.save()

    listed = next(
        c for c in leader.get("/api/conversations").json()["items"] if c["id"] == waiting.pk
    )
    one = leader.get(f"/api/conversations/{waiting.pk}").json()

    for answer in (listed, one):
        assert answer["closed_at"] is None
        assert answer["last_message_at"] is not None


def test_a_solved_conversation_keeps_its_closed_at(leader: Client, world: World) -> None:
    done = make_conversation(world.frontline, subject="Refund sent")
    done.status = Status.SOLVED
    done.save()

    one = leader.get(f"/api/conversations/{done.pk}").json()

    assert one["closed_at"] is not None
    assert one["closed_at"] == one["last_message_at"]
