"""Empowered detectors: policy with an alternative or as a wall, hand-offs, resolving in place."""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.empowered import (
    blames_policy,
    explains_policy_with_alternative,
    handoffs,
    resolves_without_handoff,
    restrictive_policy,
    transfers_without_ownership,
)
from legendary.care.detect import detect
from legendary.care.model import Conversation, Role, Speaker, Turn, make_conversation


@pytest.mark.parametrize(
    "text",
    [
        "Our policy doesn't allow refunds after 30 days, but what I can do is offer store credit.",
        "We're not allowed to refund opened items. Instead, I can arrange an exchange for you.",
        "For security reasons I can't change the address over chat, but you could update it "
        "in your account in a minute.",
        "The warranty period has expired, so the alternative is a discounted repair.",
    ],
)
def test_explains_policy_with_alternative_is_found(text: str) -> None:
    assert explains_policy_with_alternative(Utterance(text))


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry but that's policy.",
        "I can offer you a replacement.",
        "Thanks for confirming your address.",
        # Near misses: a policy that grants rather than limits, a limit with no way round it
        # or with the customer sent elsewhere, and a limit that is not a policy at all.
        "It's our policy to refund in full, so I've done that for you.",
        "Our returns policy gives you 60 days, so there's no rush, and I can send a label.",
        "You can read our returns policy on the website, or I can email you a copy.",
        "Unfortunately we can't refund opened items, and there's nothing else I can do.",
        "We can't refund opened items, I'm afraid. You'd have to ask the manufacturer.",
        "I can't see the order yet, but I can check again in an hour.",
    ],
)
def test_explains_policy_with_alternative_is_not_found(text: str) -> None:
    assert explains_policy_with_alternative(Utterance(text)) == []


def test_policy_and_alternative_are_quoted_together() -> None:
    text = "We can't refund sale items, that's our policy. What I can do is swap the size."
    (evidence,) = explains_policy_with_alternative(Utterance(text))
    assert evidence.quote == text


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry but that's policy.",
        "Rules are rules, I'm afraid.",
        "Our policy doesn't allow refunds on sale items.",
        "My hands are tied on this one.",
        "It's company policy, no exceptions.",
        "I'm afraid that's just our policy.",
    ],
)
def test_blames_policy_is_found(text: str) -> None:
    assert blames_policy(Utterance(text))


@pytest.mark.parametrize(
    "text",
    [
        "The policy lets me refund you in full.",
        "Our policy doesn't allow refunds after 30 days, but what I can do is offer store credit.",
        "That's against our policy, so I'll ask my manager for an exception and call you by 3pm.",
        "You can read our returns policy on the website.",
        "It's our policy to refund in full, so I've done that.",
        "Your order is on its way.",
    ],
)
def test_blames_policy_is_not_found(text: str) -> None:
    assert blames_policy(Utterance(text)) == []


def test_restrictive_policy_finds_the_restricting_sentence_only() -> None:
    text = "Happy to help. Our terms don't allow cash refunds on gift cards."
    assert [s.text for s in restrictive_policy(text)] == [
        "Our terms don't allow cash refunds on gift cards."
    ]
    assert restrictive_policy("The policy lets me refund you in full.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "I'll transfer you to billing.",
        "Someone from the returns team will be in touch.",
        "I'm putting you through to technical support now.",
        "I've passed this on to the warehouse team.",
        "I'll escalate this to my supervisor.",
    ],
)
def test_transfers_without_ownership_is_found(text: str) -> None:
    assert transfers_without_ownership(Utterance(text))


@pytest.mark.parametrize(
    "text",
    [
        "I'll transfer you to billing and stay on the line until they pick up.",
        "I've passed this to our returns team and I'll call you on Thursday to check it's moving.",
        "I'm putting you through to Sam in billing; I've explained everything, so you won't "
        "have to repeat it.",
        "I'll refund the delivery charge now.",
        "I'll pass your kind message to Mei and her manager.",
    ],
)
def test_transfers_without_ownership_is_not_found(text: str) -> None:
    assert transfers_without_ownership(Utterance(text)) == []


def test_handoffs_point_at_the_words() -> None:
    text = "Thanks. I'll transfer you to our billing team."
    assert [s.text for s in handoffs(text)] == ["transfer you"]


def _chat(*turns: tuple[str, str, str]) -> Conversation:
    """A conversation from (role, speaker name, text) triples."""
    return Conversation(
        "chat-1", tuple(Turn(Speaker(Role(role), name), text) for role, name, text in turns)
    )


def test_resolves_without_handoff_quotes_the_agents_resolution() -> None:
    conversation = make_conversation(
        "c1",
        [
            ("customer", "I was charged delivery on a free-delivery order."),
            ("agent", "Sorry about that. I've refunded the delivery charge to your card."),
            ("customer", "Oh good."),
        ],
    )
    (evidence,) = resolves_without_handoff(conversation)
    assert evidence.turn == 1
    assert evidence.quote == "I've refunded the delivery charge to your card."


def test_the_customers_thanks_shows_resolution_when_the_agent_states_none() -> None:
    conversation = make_conversation(
        "c2",
        [
            ("customer", "Does the blue kettle come in a 1.2 litre size?"),
            ("agent", "It does, in blue and in white."),
            ("customer", "Perfect, thanks for your help!"),
        ],
    )
    (evidence,) = resolves_without_handoff(conversation)
    assert (evidence.turn, evidence.confidence) == (2, 0.6)


def test_a_promise_to_keep_watch_until_it_is_done_is_not_yet_a_resolution() -> None:
    conversation = make_conversation(
        "c5",
        [
            ("customer", "My refund hasn't shown up."),
            ("agent", "I'll chase it today and keep an eye on it until it's done."),
            ("customer", "Ok."),
        ],
    )
    assert resolves_without_handoff(conversation) == []


def test_a_handoff_anywhere_means_not_resolved_in_place() -> None:
    conversation = make_conversation(
        "c3",
        [
            ("customer", "My router keeps dropping out."),
            ("agent", "I'll transfer you to technical support."),
            ("agent", "I've reset the line from our side."),
        ],
    )
    assert resolves_without_handoff(conversation) == []


def test_a_second_agent_means_the_customer_was_passed_on() -> None:
    conversation = _chat(
        ("customer", "", "Can I move my booking to Saturday?"),
        ("agent", "Priya", "Let me look."),
        ("agent", "Tom", "I've rebooked you for Saturday at 10."),
    )
    assert resolves_without_handoff(conversation) == []


def test_nothing_settled_means_no_evidence() -> None:
    conversation = make_conversation(
        "c4",
        [("customer", "Where is my parcel?"), ("agent", "Let me check the tracking.")],
    )
    assert resolves_without_handoff(conversation) == []


def test_passing_the_customers_praise_on_is_no_transfer() -> None:
    """After praise, "I'll pass it on to her" relays a compliment; after a problem it
    hands the problem on with nothing owned."""
    text = "How kind of you, I'll pass it on to her, she'll be thrilled."
    praise = "The instructor was wonderful with my daughter, please thank her."
    assert transfers_without_ownership(Utterance(text, context=praise)) == []
    problem = "The instructor shouted at my daughter."
    assert transfers_without_ownership(Utterance("I'll pass it on to her.", context=problem))


FLOODED = "My basement flooded last night, what do I do?"


@pytest.mark.parametrize(
    "reply",
    [
        # A hand-off the agent has already carried out toward the other team, for the
        # customer, owns what happens next as a promise does.
        "You'll need to speak to our claims team; I've already sent them your photos and "
        "told them it's urgent.",
        "You'll need to talk to our claims team, so I've booked you a call with them at 2pm today.",
        "That's handled by our fraud team, and I've passed your details to them myself; "
        "they'll call you by 4pm.",
        "That's one for the manufacturer under warranty, but I've raised it with them for "
        "you, reference W-12.",
    ],
)
def test_a_hand_off_already_carried_out_neither_transfers_coldly_nor_deflects(reply: str) -> None:
    found = {e.behaviour for e in detect(reply, FLOODED)}
    assert not found & {"transfers_without_ownership", "deflects"}


@pytest.mark.parametrize(
    "reply",
    [
        # Nothing done toward the other team: their number sent to the customer, a check,
        # an old attempt after which the customer is still sent to them.
        "You'll need to call our claims team. I've sent you their number.",
        "You'll need to call our claims team; I've checked and they're open until 6.",
        "That's one for the manufacturer, I've told them about it before but you'll have to "
        "call them.",
        "We've chased them twice already, so you'll need to contact the courier yourself.",
    ],
)
def test_the_customer_still_sent_away_deflects(reply: str) -> None:
    assert "deflects" in {e.behaviour for e in detect(reply, FLOODED)}
