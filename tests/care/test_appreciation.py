"""`expresses_appreciation` on service talk: the many ways of saying thanks, and the
look-alikes that are refusals, sarcasm, relief or cause rather than gratitude."""

from __future__ import annotations

import pytest

from legendary.care.detect import detect


def appreciates(text: str) -> bool:
    return bool(detect(text, "", behaviours=("expresses_appreciation",)))


@pytest.mark.parametrize(
    "text",
    [
        "I really appreciate your patience while the system caught up.",
        "Thank you for bearing with me, that took longer than it should have.",
        "Cheers for that, the new code worked first time.",
        "Much obliged for the quick turnaround.",
        "We're grateful for your help in tracking this down.",
        # Wanting to say thanks is saying thanks.
        "I just wanted to say thanks for sticking with us on this one.",
        # Informal spellings customers and agents type in a hurry.
        "Thank's for the update on the parcel.",
        "thankz, that's the bit I needed",
        # Answering thanks graciously, like "you're welcome".
        "My pleasure, glad I could help.",
        # Congratulating the customer recognises them, as thanks does.
        "Congratulations on the new flat, let's get your internet moved over.",
        "Congrats on the promotion!",
    ],
)
def test_appreciation_is_found(text: str) -> None:
    assert appreciates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks but no thanks, I'll keep my current plan.",
        "No thanks, I don't need the insurance.",
        "Well, thanks for nothing.",
        "Thanks to the delay I missed my connecting flight.",
        # Reported thanks is a story, not thanks to the listener.
        "He said thanks and hung up before I could give him the reference.",
        "Can you say thank you to the driver from me?",
        # Relayed thanks belong to someone else.
        "I'll pass your thanks on to the driver.",
    ],
)
def test_look_alikes_are_not_appreciation(text: str) -> None:
    assert not appreciates(text)


def test_thanks_offered_to_take_is_thanks_but_easing_a_harm_is_not() -> None:
    """`take the thanks` is hogging it only when someone takes it for themselves: "please
    take the thanks of…" offers it. "You've made it easier" praises only when the easing
    is for the customer, not for a stranger to get at their account."""
    assert appreciates("Please take the thanks of all of us for fixing the boiler so fast.")
    assert not appreciates("He gets all the thanks and does none of the work.")
    assert appreciates("You've made the whole move so much easier.")
    assert not appreciates(
        "I'm afraid you've made it easier for someone to open your account by reading out the PIN."
    )


@pytest.mark.parametrize(
    ("text", "thanks"),
    [
        # The penalty word ends its noun phrase: a harm thanked for, sarcasm.
        ("Thanks for the parking ticket, council.", False),
        ("Cheers for the surprise late fee on my bill.", False),
        ("Thanks for the three-hour delay you lot.", False),
        ("Thanks for the fine.", False),
        # The word goes on into another noun: the ticket's number, fine work, no harm.
        ("Thanks for the ticket number, I'll look into it now.", True),
        ("Thanks for the ticket reference — I can see it here.", True),
        ("Thank you for the fine work on the report", True),
        ("Thanks for the parking ticket details, I'll get it cancelled today.", True),
        ("Cheers for the queue update, good to know where I stand.", True),
    ],
)
def test_a_penalty_thanked_for_must_end_its_noun_phrase(text: str, thanks: bool) -> None:
    """ "Thanks for the <penalty>" is sarcasm only when the penalty is the thing thanked
    for; a penalty word that goes on into another noun ("the ticket number", "the fine
    work", "the queue update") names something else, which thanks are given for."""
    assert appreciates(text) is thanks
