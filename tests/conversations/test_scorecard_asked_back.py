"""A question back from the agent is not shown as the answer to the customer's question.

"Which order do you mean?" shares the customer's words but answers nothing. Where a
later reply answers, the page links that reply; where the customer never replied to the
question back, "Answers all questions" is not needed yet and the page says why: the
question waits on the customer, with a link to the agent's question back.

And the other end of a question: a how-to question answered in full with no word from
the customer after it shows "Resolves without handoff" present, with a note that the
customer left without saying whether it worked (not read as a confirmed fix).
"""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from legendary.conversations.models import Scorecard
from legendary.conversations.scoring import score_conversations
from web.conftest import World, leader, make_conversation  # noqa: F401  (fixtures by name)

WHERE = "Where is my order? It was meant to come on Friday."
WHICH = "Which order do you mean, the one from the 3rd or the one from the 9th?"


def outcome(conversation_pk: int, behaviour: str) -> str:
    card = Scorecard.objects.get(conversation_id=conversation_pk)
    return {b["behaviour"]: b["outcome"] for b in card.document["behaviours"]}[behaviour]


def test_the_reply_after_the_question_back_is_named_as_the_answer(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    texts = (
        WHERE,
        WHICH,
        "The one from the 9th.",
        "That one left our warehouse this morning and should be with you tomorrow.",
    )
    conversation = make_conversation(world.frontline, texts=texts)
    score_conversations([conversation.pk])
    assert outcome(conversation.pk, "answers_all_questions") == "present"

    page = leader.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()

    assert 'href="#turn-4">the customer asked; answered in turn 4' in page
    assert "answered in turn 2" not in page


def test_a_question_waiting_on_the_customer_says_so(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    conversation = make_conversation(world.frontline, texts=(WHERE, WHICH))
    score_conversations([conversation.pk])
    assert outcome(conversation.pk, "answers_all_questions") == "na"
    assert outcome(conversation.pk, "ignores_question") != "present"

    page = leader.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()

    assert "answered in turn" not in page
    assert (
        'href="#turn-2">the customer asked; the agent asked back in turn 2 and the customer '
        "has not replied"
    ) in page


def test_an_unconfirmed_resolution_says_the_customer_did_not_confirm(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    texts = (
        "How do I add a second driver to my car insurance policy?",
        "Log in to your account, open the policy and choose 'Add a driver'. Enter their "
        "licence details and the change starts straight away.",
    )
    conversation = make_conversation(world.frontline, texts=texts)
    score_conversations([conversation.pk])
    assert outcome(conversation.pk, "resolves_without_handoff") == "present"

    page = leader.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()

    assert "the customer left without saying whether it worked" in page
