"""Four engine leftovers of session 20's blind blocks, mended by kind (helper "mendA").

Written 2026-11-24, session 20, in our own words. Each kind has sentences that failed on
the code before its mend and guards that pass on both:

- a hand-off the agent stays with ("I've put you through and stayed on the line", "I'm
  staying on the call"): the agent owns it, so it is no bare transfer
  (`transfers_without_ownership`; the warm hand-off phrases of `empowered.json` knew
  only the promise, "I'll stay on the line"). The conversation is still passed on, so
  `resolves_without_handoff` stays absent, as the fresh2 analyst holds;
- the customer told to carry the problem elsewhere on their own ("You'll have to take
  it to a garage yourself", "you'll need to sort that out on your own"): a deflection
  (`deflects`, `committed.json` deflection_alone), so no solution offered either. Not a
  choice ("you can do it yourself in the app"), an ordinary step ("drop it at a post
  office yourself"), nor one the agent shares ("…, but we'll cover the bill");
- "can't be bothered", "can't believe", "can't thank you enough": a "can't" that
  refuses nothing, so beside a rule it is no policy wall (`blames_policy`);
- a clause giving the cause of the customer's problem in the agent's own words ("It's
  gone up because your usage went up"): an explanation, not their words said back
  (`paraphrases`); a cause in their own words, or a sentence about them ("You're
  stressed because…"), still reflects.
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.committed import deflects
from legendary.care.behaviours.empowered import blames_policy, transfers_without_ownership
from legendary.care.behaviours.responsive import offers_solution
from legendary.care.model import make_conversation
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score

PRESENT, ABSENT, NA = Outcome.PRESENT, Outcome.ABSENT, Outcome.NOT_APPLICABLE


def outcome(turns: list[tuple[str, str]], behaviour: str) -> Outcome:
    """The outcome of `behaviour` in a conversation of `(role, text)` turns."""
    card = score(make_conversation("leftover", turns))
    return next(r.outcome for r in card.behaviours if r.behaviour == behaviour)


# --- 1. A hand-off the agent stays with --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've already put you through and stayed on the line.",
        "I've put you through to claims and I've stayed on the call while they picked up.",
        "I've passed this to Sam in returns and stayed on the chat while she read it.",
        "I'm putting you through to billing now and I'm staying on the line with you.",
        "We're putting you through to the night team and we're staying with you until they answer.",
    ],
)
def test_staying_with_the_customer_through_a_hand_off_owns_it(text: str) -> None:
    assert transfers_without_ownership(Utterance(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # The customer stayed on the line, not the agent.
        "Thanks for staying on the line, I'll put you through to billing now.",
        "You stayed on the line for an hour, so I'll transfer you to a manager.",
        "I'll pass you over to the returns team.",
    ],
)
def test_the_customer_staying_on_the_line_owns_no_hand_off(text: str) -> None:
    assert transfers_without_ownership(Utterance(text)) != []


def test_a_warm_hand_off_is_still_no_resolution_in_the_conversation() -> None:
    turns = [
        ("customer", "I need to change the name on my policy after my divorce."),
        (
            "agent",
            "Name changes are done by our policy team, so I've put you through to Ana "
            "there and stayed on the line while she picked up.",
        ),
        ("customer", "Thanks."),
    ]
    assert outcome(turns, "transfers_without_ownership") is ABSENT
    assert outcome(turns, "resolves_without_handoff") is ABSENT


# --- 2. The problem put on the customer alone ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You'll have to take it to a garage yourself.",
        "You'll need to sort that out with the landlord on your own, I'm afraid.",
        "You'd have to get the boiler looked at yourself.",
        "You'll have to find a locksmith yourself.",
        "You'll need to claim it back from the airline yourself.",
        "Faults after a month aren't ours. You will have to get it repaired by yourself.",
    ],
)
def test_the_problem_put_on_the_customer_alone_deflects(text: str) -> None:
    assert deflects(Utterance(text)) != []
    assert offers_solution(Utterance(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a route the company pays for or takes
        "You can take it to any garage you like and we'll pay the bill.",
        "You'll have to take it to a garage yourself, but we'll cover the bill.",
        "You'll have to take it to a garage yourself, but I can book you into our "
        "partner in Leeds.",
        # a choice, or a step of the service's own
        "If you'd rather, you can do it yourself in the app.",
        "You'll need to drop it at a post office yourself.",
        "You'll need to sign in yourself, for security.",
        "You don't have to take it to a garage yourself, our driver will collect it.",
    ],
)
def test_a_choice_a_step_or_a_shared_route_is_no_deflection(text: str) -> None:
    assert deflects(Utterance(text)) == []


def test_a_garage_yourself_offers_nothing_in_the_conversation() -> None:
    turns = [
        ("customer", "The gearbox grinds since I picked the van up. Can someone look at it?"),
        ("agent", "You'll have to take it to a garage yourself."),
        ("customer", "Unbelievable."),
    ]
    assert outcome(turns, "deflects") is PRESENT
    assert outcome(turns, "offers_solution") is ABSENT
    assert outcome(turns, "gains_agreement") is NA


# --- 3. A "can't" that refuses nothing -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rules are pinned by the door for people who can't be bothered to ask.",
        "Honestly, I can't believe the rules changed again without anyone telling you.",
        "I can't thank you enough for spotting that the policy page was out of date.",
        "We can't wait to see you in May, when the new rules about dogs start.",
    ],
)
def test_a_cant_that_refuses_nothing_is_no_policy_wall(text: str) -> None:
    assert blames_policy(Utterance(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I can't refund it, that's against our rules.",
        "We cannot exchange sale items. Company policy.",
        "I couldn't waive the fee, the rules don't allow it.",
        "I can't believe you'd ask. Policy says no refunds after 30 days.",
    ],
)
def test_a_refusal_beside_a_rule_is_still_a_policy_wall(text: str) -> None:
    assert blames_policy(Utterance(text)) != []


# --- 4. A cause explained is no paraphrase -----------------------------------------------


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        (
            "My phone bill has doubled this month and I haven't done anything different.",
            "Your bill has doubled because the roaming charges from your trip were added.",
        ),
        (
            "My parcel still hasn't arrived and it's been a week.",
            "It hasn't arrived due to the strike at the Leeds depot.",
        ),
        (
            "My energy direct debit went up by sixty pounds without any warning.",
            "That's because the price cap rose in October.",
        ),
    ],
)
def test_a_cause_in_the_agents_own_words_is_no_paraphrase(said: str, reply: str) -> None:
    assert outcome([("customer", said), ("agent", reply)], "paraphrases") is ABSENT


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        (
            "I'm so stressed, my rent went up and my hours got cut.",
            "You're stressed because your rent went up and your hours were cut.",
        ),
        (
            "My parcel never came and I missed my sister's birthday.",
            "So you missed your sister's birthday because the parcel never came.",
        ),
    ],
)
def test_a_cause_in_their_own_words_still_says_them_back(said: str, reply: str) -> None:
    assert outcome([("customer", said), ("agent", reply)], "paraphrases") is PRESENT
