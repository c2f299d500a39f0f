"""Committed detectors on named service sentences: ownership, promises with a time, deflection."""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.committed import (
    deflects,
    find_promises,
    makes_commitment,
    promises_follow_up,
    takes_ownership,
)


@pytest.mark.parametrize(
    "text",
    [
        "I'll make sure the refund reaches your account today.",
        "Leave it with me, I'll get to the bottom of it.",
        "I'll personally chase the warehouse for you.",
        "Let me sort that out for you right now.",
        "I'm going to follow this up with the courier myself.",
        "Consider it done.",
        "We'll take care of the return postage.",
        "Don't worry about chasing it, I've got this.",
    ],
)
def test_takes_ownership_is_found(text: str) -> None:
    assert takes_ownership(Utterance(text))


@pytest.mark.parametrize(
    "text",
    [
        "I'll be honest, I don't know why it was cancelled.",
        "I'll transfer you to the billing team.",
        "I'll have to transfer you to billing.",
        "I can't promise I'll get it sorted today.",
        "Shall I call you back tomorrow?",
        "You'll need to check your spam folder.",
        "I'll need your order number first.",
        "Thanks for waiting while the page loads.",
        # Checking that the agent understood is not taking the problem on.
        "Just so I'm sure I've got this right, the parcel never came?",
        "Sorry, I've got this wrong: the refund went out on Monday.",
    ],
)
def test_takes_ownership_is_not_found(text: str) -> None:
    assert takes_ownership(Utterance(text)) == []


def test_ownership_evidence_quotes_the_turn_and_rates_strong_verbs_higher() -> None:
    text = "Thanks for the photos. Let me check the stock, then I'll make sure it ships."
    found = takes_ownership(Utterance(text, turn=5))
    assert [e.quote for e in found] == ["Let me check the stock", "I'll make sure it ships"]
    assert all(e.turn == 5 and text[e.start : e.end] == e.quote for e in found)
    assert found[1].confidence > found[0].confidence


@pytest.mark.parametrize(
    ("text", "promise", "by", "kind"),
    [
        ("I'll call you back by Friday.", "call you back", "Friday", "deadline"),
        (
            "I'll email you the returns label within 24 hours.",
            "email you the returns label",
            "within 24 hours",
            "duration",
        ),
        (
            "Tomorrow morning I'll ring the depot and chase it.",
            "ring the depot and chase it",
            "Tomorrow morning",
            "day",
        ),
        (
            "I'll have the engineer's visit confirmed before 5pm.",
            "have the engineer's visit confirmed",
            "before 5pm",
            "deadline",
        ),
        (
            "We'll have the replacement with you in two working days.",
            "have the replacement with you",
            "in two working days",
            "duration",
        ),
        (
            "You'll receive the refund within 5 working days.",
            "receive the refund",
            "within 5 working days",
            "duration",
        ),
        ("I'll update you first thing on Monday.", "update you", "first thing on Monday", "first"),
    ],
)
def test_makes_commitment_says_what_and_by_when(
    text: str, promise: str, by: str, kind: str
) -> None:
    found = makes_commitment(Utterance(text))
    assert len(found) == 1
    assert dict(found[0].detail) == {"promise": promise, "by": by, "kind": kind}
    assert text[found[0].start : found[0].end] == found[0].quote


@pytest.mark.parametrize(
    "text",
    [
        "I can't promise anything, but I'll try to call you tomorrow.",
        "I can't promise I'll have it by Friday.",
        "I'll call you back.",
        "Our store is open until 5pm on Friday.",
        "Could I call you back tomorrow?",
        "I might be able to call you on Monday.",
        "Your parcel was delivered on Tuesday.",
    ],
)
def test_makes_commitment_is_not_found(text: str) -> None:
    assert makes_commitment(Utterance(text)) == []


def test_two_promises_in_one_turn_each_get_their_own_time() -> None:
    text = "I'll chase the courier today, and you'll get a tracking link by tonight."
    details = [dict(e.detail) for e in makes_commitment(Utterance(text))]
    assert [(d["promise"], d["by"]) for d in details] == [
        ("chase the courier", "today"),
        ("get a tracking link", "tonight"),
    ]


def test_a_time_already_given_to_one_promise_is_not_reused_for_the_next() -> None:
    text = "I'll chase the courier by Tuesday morning — I'll let you know what they find."
    (evidence,) = makes_commitment(Utterance(text))
    assert dict(evidence.detail)["promise"] == "chase the courier"


def test_a_promise_to_act_later_is_a_follow_up_but_an_instant_check_is_not() -> None:
    assert promises_follow_up("Leave it with me.")
    assert promises_follow_up("I'll call you back once I hear from the depot.")
    assert not promises_follow_up("Let me check that for you.")
    assert find_promises("I'll be honest with you.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "That's not my department, you'll have to call the courier.",
        "There's nothing I can do about that, I'm afraid.",
        "You'll need to contact the manufacturer about that.",
        "Honestly, it's out of my hands.",
        "You'd have to take it up with the shop.",
        "That's one for the finance team, not us.",
        "Refunds are handled by another team, so I can't see them.",
        # By structure (block fresh5): the problem placed in a third party's remit.
        "Lost luggage is the airport's responsibility rather than ours.",
        "Parking permits are dealt with by the council, not this office.",
        "Noise complaints are for neighbours to settle between themselves.",
        "How the courier drives isn't something we're responsible for.",
        "Once it leaves the warehouse it's out of our hands.",
        "Any dispute over the deposit is between you and your landlord.",
        "Loyalty points aren't really our department since the app moved to a partner.",
    ],
)
def test_deflects_is_found(text: str) -> None:
    assert deflects(Utterance(text))


@pytest.mark.parametrize(
    "text",
    [
        "It's not my department, but I'll find out who handles it and call you back by noon.",
        "You'll need to contact your bank, and I'll stay on the line while you do.",
        "I'll contact the courier for you now.",
        "Is there anything else I can do for you?",
        "I can't promise anything, but I'll try.",
        "Refunds are handled by our payments team, and I've asked them to fast-track yours.",
        # The look-alikes: the remit is the customer's own (that is blame, not a
        # deflection), or the agent owns the next step.
        "Keeping the receipt is the cardholder's responsibility under the warranty.",
        "The delay is the courier's responsibility, but I'll chase them and ring you by five.",
        "Storms are beyond our control, so I've rebooked you on tomorrow's first flight.",
    ],
)
def test_deflects_is_not_found(text: str) -> None:
    assert deflects(Utterance(text)) == []


def test_a_bare_redirect_is_less_certain_than_a_flat_refusal() -> None:
    redirect = deflects(Utterance("You'll need to contact your bank about the charge."))
    refusal = deflects(Utterance("Sorry, that's not my problem."))
    assert redirect[0].confidence < refusal[0].confidence


@pytest.mark.parametrize(
    "text",
    [
        "I will make sure it is sent today, does that work?",
        "I'll call you back by 5pm, okay?",
        "I'll send the replacement today, is that the right address?",
    ],
)
def test_a_promise_closed_by_a_check_is_still_a_promise(text: str) -> None:
    # The sentence ends in "?", but only the check after the comma is asked.
    utterance = Utterance(text)
    assert takes_ownership(utterance)
    assert makes_commitment(utterance)


@pytest.mark.parametrize(
    "text",
    [
        "Shall I make sure it is sent today, does that work?",
        "Can I call you back tomorrow, would that suit?",
        "Would you like me to call you back tomorrow?",
    ],
)
def test_an_offer_asked_as_a_question_is_not_yet_a_promise(text: str) -> None:
    assert not takes_ownership(Utterance(text))
