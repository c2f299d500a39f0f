"""Committed, empowered and breaker detectors on service lines found by probing: promises
made in the passive or for a colleague, a wall that stops the agent ("the system won't
let me"), owning a mistake, and rude or walling phrases."""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.breakers import rude_language
from legendary.care.behaviours.committed import (
    deflects,
    find_promises,
    makes_commitment,
    promises_follow_up,
    takes_ownership,
)
from legendary.care.behaviours.empowered import blames_policy


def _commitment(text: str) -> dict[str, str]:
    found = makes_commitment(Utterance(text))
    assert len(found) == 1, found
    return dict(found[0].detail)


@pytest.mark.parametrize(
    ("text", "promise", "by"),
    [
        ("Your replacement will be dispatched on Monday.", "dispatched", "on Monday"),
        ("Your new router will be dispatched tomorrow morning.", "dispatched", "tomorrow morning"),
        ("They'll be refunded within 5 working days.", "refunded", "within 5 working days"),
        (
            "It should be back up and running within the hour.",
            "back up and running",
            "within the hour",
        ),
        ("Your order should be with you by Thursday.", "with you", "Thursday"),
        ("Your account will be updated overnight.", "updated", "overnight"),
        (
            "The refund will be processed within 5 working days.",
            "processed",
            "within 5 working days",
        ),
    ],
)
def test_a_promise_in_the_passive_with_a_time_is_a_commitment(
    text: str, promise: str, by: str
) -> None:
    detail = _commitment(text)
    assert detail["promise"] == promise
    assert detail["by"] == by


@pytest.mark.parametrize(
    ("text", "promise", "by", "kind"),
    [
        (
            "Someone from our team will call you tomorrow between 9 and 11.",
            "call you",
            "tomorrow between 9 and 11",
            "window",
        ),
        (
            "Our engineer will be with you between 8 and 12 on Tuesday.",
            "be with you",
            "between 8 and 12 on Tuesday",
            "window",
        ),
        ("The courier will collect it on Friday.", "collect it", "on Friday", "day"),
        # A partner, a desk, a colleague by name or as "she".
        ("The pharmacist will call you this afternoon.", "call you", "this afternoon", "day"),
        (
            "Our plumber will pop round first thing tomorrow.",
            "pop round",
            "first thing tomorrow",
            "first",
        ),
        (
            "Housekeeping will bring extra pillows right away.",
            "bring extra pillows",
            "right away",
            "immediate",
        ),
        (
            "Tom in accounts will email you the invoice by Friday.",
            "email you the invoice",
            "Friday",
            "deadline",
        ),
        (
            "She's out today, but she'll ring you tomorrow morning.",
            "ring you",
            "tomorrow morning",
            "day",
        ),
        (
            "I will ring you between 2pm and 4pm today.",
            "ring you",
            "between 2pm and 4pm today",
            "window",
        ),
    ],
)
def test_a_promise_made_for_a_colleague_with_a_time_is_a_commitment(
    text: str, promise: str, by: str, kind: str
) -> None:
    assert _commitment(text) == {"promise": promise, "by": by, "kind": kind}


@pytest.mark.parametrize(
    "text",
    [
        "It will be closed on Monday for the bank holiday.",  # the shop, not a promise
        "Can you confirm it'll be delivered to the new address tomorrow?",  # a question
        "We close between 12 and 1 for lunch.",
        "I'll be free between 2 and 3.",
        "Someone will have to check that tomorrow.",  # an obligation, nobody promises
    ],
)
def test_passive_and_third_party_look_alikes_are_not_commitments(text: str) -> None:
    assert makes_commitment(Utterance(text)) == []


def test_a_promise_for_a_colleague_is_not_the_agents_own_ownership() -> None:
    text = "Somebody will get back to you."
    assert takes_ownership(Utterance(text)) == []
    # ...but it is a follow-up the customer will wait for, so a time is expected of it.
    assert promises_follow_up(text)


@pytest.mark.parametrize(
    "text",
    [
        "The system won't let me change that.",
        "I'm afraid the system doesn't let me issue refunds over 100 pounds.",
        "My manager never lets me waive it, and she wouldn't let me try.",
    ],
)
def test_being_stopped_from_acting_is_not_a_promise(text: str) -> None:
    assert not any(p.verb in {"change", "issue", "try"} for p in find_promises(text))
    assert takes_ownership(Utterance(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The system won't let me change that.",
        "I'm afraid the system doesn't let me issue refunds over 100 pounds.",
        "I don't make the rules.",
        "That's just how it works here.",
        "That's just the way it is, I'm afraid.",
    ],
)
def test_a_wall_without_an_alternative_blames_policy(text: str) -> None:
    assert blames_policy(Utterance(text))


def test_a_wall_with_an_alternative_does_not_blame_policy() -> None:
    text = "The system won't let me change the date, but I can cancel and rebook it for free."
    assert blames_policy(Utterance(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "That one's on me, I should have checked the address.",
        "Honestly, that was my mistake and I'm fixing it now.",
        "That's on us, not you.",
    ],
)
def test_owning_a_mistake_takes_ownership(text: str) -> None:
    assert takes_ownership(Utterance(text))


def test_calling_a_question_stupid_is_rude() -> None:
    assert rude_language(Utterance("That's a stupid question."))
    assert rude_language(Utterance("Honestly, what a silly question."))


@pytest.mark.parametrize(
    "text",
    [
        "There's no such thing as a silly question, ask away!",
        "Not a stupid question at all, lots of people wonder the same.",
    ],
)
def test_reassuring_about_a_question_is_not_rude(text: str) -> None:
    assert rude_language(Utterance(text)) == []


def test_an_obligation_put_on_the_customer_is_no_promise_to_them() -> None:
    # "you'll have to…" obliges; it used to read as "you'll have (something)".
    assert find_promises("You'll have to take that up with the courier.") == ()
    assert deflects(Utterance("You'll have to take that up with the courier."))
    assert find_promises("You'll have a refund by Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "The engineer will need access to the loft on Monday.",  # a need, not a promise
        "The shop will be closed tomorrow.",  # not a service outcome
        "The price will be increased in April.",
        "My colleague said she would call you on Monday.",  # a promise reported, not made
    ],
)
def test_third_party_look_alikes_are_not_commitments(text: str) -> None:
    assert makes_commitment(Utterance(text)) == []


def test_someone_elses_promise_does_not_stop_a_redirect_being_a_deflection() -> None:
    text = "You'll need to call the branch, the branch team will sort it out by Friday."
    assert deflects(Utterance(text))
    assert takes_ownership(Utterance(text)) == []
