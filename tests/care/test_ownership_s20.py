"""Ownership said as a personal charge: a small blind block and the kinds it and the demo
showed (session 20, 24 November 2026, helper "mendB").

A product walk read "I'll take care of this personally" as no ownership. Ownership is an
act the agent binds themself to ("I'll see to it", "consider it done"); a commitment needs
a what AND a when, so a personal charge with no time is ownership and no timed promise.

The block: 32 agent turns in the author's own words, each with the customer's previous
turn, labelled for `takes_ownership` and `makes_commitment` before any detector read
them: 14 charges taken with no time, 4 with a time, 14 guards ("Take care of yourself",
"You'll need to take care of that yourself", a counterfactual "I'd take care of it myself
if I could", an offer asked as a question, a role described, a choice left to the
customer). Decided before the read: "I'll take care of the rest if you send the form
back" IS ownership: the condition is the customer's step, not a doubt about the agent's;
the agent binds themself to the rest. It is no commitment (no time).

Reads (tp/fp/fn):

- First read, the rules at 2775494 (and HEAD 588f2f3): takes_ownership 0.971 (17/0/1),
  makes_commitment 1.000 (4/0/0). Every wording of the product walk already read as
  ownership at the utterance; the one miss was "see to" with an object of its own ("I'll
  see to the claim myself"; only "see to it" was known).
- The demo showed the other kind: "You won't need to chase this again — I'm looking after
  it now." never read as ownership (in 192 demo conversations; in 34 of them it was the
  only ownership line, so takes_ownership read absent). A charge held in the present
  progressive ("I'm looking after it", "I'm dealing with your claim", "I'm personally
  seeing to it") owns the problem as the future does; only "I'm taking care of", "I'm
  handling" and "I'm looking into" were listed.
- Mended by kind (`committed.json`): "see to" with any object as a strong ownership verb
  (not "see to be", "see to what": "let me see to be sure" checks); one idiom for a
  first-person present progressive of an ownership verb (looking after, dealing with,
  seeing to, sorting, chasing, following up, taking care of, handling) with the problem
  as its object (it, this, that, them, everything, the rest, your…), so not "I'm dealing
  with a lot of calls today" nor "I'm looking after my mum this week".
- After: takes_ownership 1.000 (18/0/0), makes_commitment 1.000 (4/0/0).
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.committed import makes_commitment, takes_ownership

#: (agent turn, customer's previous turn, takes_ownership, makes_commitment), labelled
#: before any read.
BLOCK: list[tuple[str, str, bool, bool]] = [
    # A charge taken, no time.
    (
        "I'll take care of this personally.",
        "Nobody has answered my three e-mails about the deposit.",
        True,
        False,
    ),
    (
        "Right, I'll handle this myself.",
        "The courier says it's your fault, you say it's theirs.",
        True,
        False,
    ),
    (
        "Leave it there, I'll see to it.",
        "The gate code you gave the fitter was wrong.",
        True,
        False,
    ),
    (
        "I'm going to look after this for you.",
        "I don't know how to move my pension over.",
        True,
        False,
    ),
    ("Consider it done.", "Could you waive the admin fee this once?", True, False),
    (
        "I'll personally make sure the new bill is right.",
        "My bill doubled and nobody can tell me why.",
        True,
        False,
    ),
    (
        "Thanks for flagging it, I'll see to it that the fitter brings the right hinge.",
        "The hinge he brought doesn't fit.",
        True,
        False,
    ),
    ("Leave the forms with me, I'll deal with them myself.", "I hate paperwork.", True, False),
    (
        "I'm going to handle the return myself so you don't have to queue again.",
        "I waited an hour at the desk.",
        True,
        False,
    ),
    (
        "Rest assured, I'll look after it personally.",
        "Is anyone actually dealing with my complaint?",
        True,
        False,
    ),
    (
        "Consider the late fee gone; I'll take care of it.",
        "I was charged a late fee but I paid on time.",
        True,
        False,
    ),
    ("We'll take care of it from here.", "The tenant upstairs flooded my kitchen.", True, False),
    ("I'll take care of the rest if you send the form back.", "What do I need to do?", True, False),
    (
        "Once the photos arrive, I'll see to the claim myself.",
        "I've taken photos of the damage.",
        True,
        False,
    ),
    # A charge with a time: ownership and a commitment.
    (
        "I'll take care of it personally and ring you tomorrow morning.",
        "I need this fixed before the weekend.",
        True,
        True,
    ),
    ("I'll look after the cancellation for you today.", "Please cancel my membership.", True, True),
    (
        "I'll see to it that the parts are ordered by Friday.",
        "When will the parts arrive?",
        True,
        True,
    ),
    (
        "I'll handle the refund myself before five today.",
        "I still haven't had my money back.",
        True,
        True,
    ),
    # Guards: nothing owned.
    ("Take care of yourself, and thanks for calling.", "That's all, thanks.", False, False),
    (
        "You'll need to take care of that yourself.",
        "Can you sort the insurance for me?",
        False,
        False,
    ),
    (
        "Please take care when you unpack it, the glass is fragile.",
        "It arrives tomorrow, right?",
        False,
        False,
    ),
    (
        "I'd take care of it myself if I could, but the system won't let me.",
        "Can't you just change it?",
        False,
        False,
    ),
    ("Could you take care of the signature on page two?", "I've sent the form.", False, False),
    ("I can't see to it today, I'm afraid.", "Can you fix it now?", False, False),
    ("Did you look after the receipt?", "I want to return the shoes.", False, False),
    ("Consider it carefully before you sign.", "Should I take the longer contract?", False, False),
    (
        "Who will take care of the delivery on your side?",
        "We want it delivered to the office.",
        False,
        False,
    ),
    ("Your landlord should see to it.", "The boiler in my flat is broken.", False, False),
    (
        "Consider it a lesson learned on our side, the wording was unclear.",
        "Your form confused me.",
        False,
        False,
    ),
    (
        "I look after billing and Jo handles the deliveries.",
        "Who do I talk to about my invoice?",
        False,
        False,
    ),
    ("You can handle it yourself in the app if you prefer.", "Can I change my seat?", False, False),
    ("Shall I take care of the booking myself?", "I'm not sure how to book.", False, False),
]


def _f1(column: int) -> float:
    detector = takes_ownership if column == 2 else makes_commitment
    tp = fp = fn = 0
    for row in BLOCK:
        got, want = bool(detector(Utterance(row[0], row[1]))), row[column]
        tp += got and want
        fp += got and not want
        fn += want and not got
    return 2 * tp / (2 * tp + fp + fn)


def test_the_block_holds_its_floor() -> None:
    """32 lines as labelled; after the mends both read 1.000, the floors a little under."""
    assert len(BLOCK) == 32
    assert sum(row[2] for row in BLOCK) == 18
    assert sum(row[3] for row in BLOCK) == 4
    assert _f1(2) >= 0.97
    assert _f1(3) >= 0.97


@pytest.mark.parametrize(
    "text",
    [
        "I'll take care of this personally.",
        "I'll handle this myself.",
        "I'll see to it.",
        "I'm going to look after this for you.",
        "Consider it done.",
        "I'll personally make sure of it.",
        # a condition on the customer's step still binds the agent to the rest
        "I'll take care of the rest if you send the form.",
    ],
)
def test_a_personal_charge_is_ownership_but_no_timed_promise(text: str) -> None:
    utterance = Utterance(text, "Nobody has sorted my refund yet.")
    assert takes_ownership(utterance)
    assert not makes_commitment(utterance)


@pytest.mark.parametrize(
    "text",
    [
        "Once the photos arrive, I'll see to the claim myself.",
        "Don't worry, I'll see to the paperwork.",
        "You won't need to chase this again — I'm looking after it now.",
        "I'm dealing with your claim myself.",
        "I am personally seeing to it.",
        "I'm sorting it out as we speak.",
        "I'm already chasing them for you.",
        "I'm following up on your complaint with the depot.",
    ],
)
def test_see_to_a_thing_and_a_charge_held_now_are_ownership(text: str) -> None:
    assert takes_ownership(Utterance(text, "My claim has been stuck for weeks."))


@pytest.mark.parametrize(
    "text",
    [
        "Take care of yourself.",
        "You'll need to take care of that yourself.",
        "I'd take care of it myself if I could, but the system won't let me.",
        "Let me see to be sure it's the right order.",
        "Let me see to what extent the warranty covers it.",
        "I'm dealing with a lot of calls today, sorry for the wait.",
        "I'm looking after my mum this week, so Sam will be your contact.",
        "I'm not dealing with this.",
        "Are you dealing with it yourself?",
    ],
)
def test_what_owns_nothing(text: str) -> None:
    assert not takes_ownership(Utterance(text, "Can you sort it?"))


def test_a_charge_with_a_time_is_also_a_commitment() -> None:
    found = makes_commitment(
        Utterance("I'll take care of it personally and ring you tomorrow morning.")
    )
    assert [dict(e.detail)["by"] for e in found] == ["tomorrow morning"]
