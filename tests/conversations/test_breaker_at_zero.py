"""A breaker at 0 points is watched, and the standards page says what that means.

The weights form takes a breaker down to 0, and the page said only that "a breaker takes 0
to 80 points off its quality": a QA lead reading "-0 points" could not tell whether the
breaker was off. It is not: it is still found, marked, flagged "Service broke" for a human
look (and a critical one still caps the score); only its points are gone. The page, the
saved-version message and every reader's "Worth" column now say so.
"""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from legendary.conversations import rubric_editing
from legendary.conversations.models import Scorecard
from legendary.conversations.scoring import score_conversations
from web.conftest import (  # noqa: F401  (fixtures are found by name)
    World,
    analyst,
    make_conversation,
    manager,
)

PAGE = reverse("standards:page")
# Ownership first, then a pass-the-parcel answer, the kind the "deflects" breaker is for.
PUSHED_AWAY = (
    "The cushion covers I ordered are the wrong colour.",
    "Leave it with me, I'll personally look into the order for you.",
    "Can you not just swap them?",
    "That's not my department, you'll have to call the warehouse yourself.",
)


def test_a_breaker_at_zero_still_flags_the_conversation_without_taking_points(
    world: World,
) -> None:
    conversation = make_conversation(world.frontline, texts=PUSHED_AWAY)
    score_conversations([conversation.pk])
    counted = Scorecard.objects.get(conversation=conversation)
    assert "deflects" in counted.document["breakers"]

    rubric_editing.set_weights(world.org, {"deflects": 0.0})
    score_conversations([conversation.pk])
    watched = Scorecard.objects.get(conversation=conversation)

    assert "deflects" in watched.document["breakers"]
    assert "breaker" in watched.flags
    assert watched.committed is not None
    assert counted.committed is not None
    assert watched.committed > counted.committed


def test_the_page_says_a_breaker_at_zero_is_watched(
    analyst: Client,  # noqa: F811
    manager: Client,  # noqa: F811
    world: World,
) -> None:
    answer = analyst.post(
        reverse("standards:weights"),
        {
            **{
                rule.behaviour: rubric_editing.weight_of(rule)
                for rule in rubric_editing.rubric_in_use(world.org)[1].rules
            },
            "deflects": "0",
            "based_on": rubric_editing.rubric_in_use(world.org)[0].version,
        },
        follow=True,
    )
    saved = answer.content.decode()
    assert "Deflects: -30 points → watched: flagged, no points off" in saved
    assert "A breaker at 0 is watched" in saved

    read_only = manager.get(PAGE).content.decode()
    assert "watched: flagged, no points off" in read_only
    assert "-0 points" not in read_only
