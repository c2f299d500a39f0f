"""The scorecard says what each breaker cost, and whether a critical one's cap bit.

The "Service broke here" call-out named the breaker and quoted it, and "Worth a human
look" said "A critical breaker capped the overall score" even where the score was already
under the cap (41 under a cap of 60): a QA analyst could not tell what the breaker had
cost, or whether the cap had changed anything. Read from the rubric version that scored
the conversation, so an old scorecard is explained by its own rules.
"""

from __future__ import annotations

from dataclasses import replace

from django.test import Client
from django.urls import reverse

from legendary.care.rubric import DEFAULT
from legendary.conversations.models import Scorecard
from legendary.conversations.scoring import adopt_rubric, score_conversations
from web.conftest import World, leader, make_conversation  # noqa: F401  (fixtures by name)

# Warm, owned, answered, and then the customer blamed: the qualities stay well above the
# "blames customer" cap once it is set at 20, so the cap holds the overall score down.
CAPPED = (
    "Hi, the wardrobe door I ordered came with the wrong hinges.",
    "I'm so sorry about that, Amal, that's really frustrating. I'll personally make sure "
    "the right hinges go out today, and I'll call you tomorrow to check they arrived. "
    "Is there anything else I can help with?",
    "No, that's all.",
    "To be fair, you should have read the fitting guide before ordering.",
)
# Nothing else goes well, so the score is far under the cap before it applies.
UNDER = (
    "Hi, the wardrobe door I ordered came with the wrong hinges.",
    "You should have read the fitting guide before ordering.",
)


def page_for(client: Client, world: World, texts: tuple[str, ...]) -> tuple[str, Scorecard]:
    conversation = make_conversation(world.frontline, texts=texts)
    score_conversations([conversation.pk])
    page = client.get(reverse("conversations:detail", args=[conversation.pk]))
    return page.content.decode(), Scorecard.objects.get(conversation=conversation)


def test_a_cap_that_held_the_score_down_says_so_with_the_points(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    strict = tuple(
        replace(rule, cap=20.0) if rule.behaviour == "blames_customer" else rule
        for rule in DEFAULT.rules
    )
    adopt_rubric(world.org, replace(DEFAULT, version="strict-1", rules=strict))
    page, card = page_for(leader, world, CAPPED)

    assert "blames_customer" in card.breakers
    assert card.overall == 20
    assert "30 points off committed" in page
    assert "held the overall score to 20 (it would have been" in page
    assert "A critical breaker was found and capped the overall score" in page


def test_a_cap_above_the_score_is_not_said_to_have_capped_it(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    page, card = page_for(leader, world, UNDER)

    assert "blames_customer" in card.breakers
    assert card.overall is not None
    assert card.overall < 60
    assert "caps the overall score at 60; this one was already below it" in page
    assert "its cap did not lower this score" in page
    assert "capped the overall score" not in page


def test_the_flag_means_found_in_the_engine_the_list_and_its_filter(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    """A critical breaker under its cap is still flagged (it is no less worth a look), so
    the list names the flag "Critical breaker found", not "Capped by…", and its filter
    finds the conversation."""
    _page, card = page_for(leader, world, UNDER)
    assert "critical_breaker" in card.flags

    listing = leader.get(reverse("conversations:list"), {"flag": "critical_breaker"})
    body = listing.content.decode()
    assert reverse("conversations:detail", args=[card.conversation.pk]) in body
    assert "Critical breaker found" in body
    assert "Capped by a critical breaker" not in body
