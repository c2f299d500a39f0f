"""Two conversation-level readings made fair: a rule cited to say yes, and a request
that ends in thanks.

Written 2026-11-24, session 20 (helper "mendG"), in our own words. Every label below
was written down before the engine read a line. Both readings came in 55ae62c
(`test_conversations_fresh2.py`), and a reviewer showed each was unfair on HEAD:

1. `blames_policy` fired on an agent who says yes. "not covered" became a restriction,
   so "Our policy is that pre-existing conditions aren't covered, but Bella's knee was
   diagnosed after you joined, so I've approved the claim today." was read as a policy
   wall (the whole conversation fell from 42.4 to 24.2, with a breaker flag), as was
   "Good news: windscreen repairs aren't covered by the no-claims rule, so your
   discount stays as it is." A rule cited is no wall when the same turn grants what
   was asked (approves, refunds, waives, arranges…) or tells the customer the rule
   leaves them untouched ("so your discount stays as it is", "it doesn't affect you").
2. `responds_promptly` forgave a two-day wait after a request that ended in "Thanks!":
   `responsive.accepts_with_thanks` read "OK. Please move the delivery to Friday
   instead, I'm away on Tuesday. Thanks!" as a mere acceptance, which waits for no
   reply. A turn that asks for something ("please", a command, "can you…", "I'd like
   to…") wants an answer, whatever thanks close it.

First read (on 588f2f3, before the mend): GRANTS 7 of 16 (9 of the 10 grants and
untouched customers read as walls; the 6 walls held); the approved pet claim carried
the breaker (overall 52.6), the declined one kept it; REQUESTS 5 of 13 (all 7 requests
read as acceptances, so a two-day wait was forgiven; "Yes please, thank you!" read as
more than an acceptance); the e-mail request answered two days later read PRESENT.

Mended by kind:
- `grants.grants_despite_the_rule` (empowered.json `granted`): an act done that
  grants ("I've / we've approved, refunded, waived, arranged…", "it has been
  approved"), or words that leave the customer untouched ("doesn't apply to / affect
  you", "stays as it is", "you're fine / covered", "you won't pay anything", "good
  news" but not "no good news"), with no condition after ("…only if you pay on
  time"), spare the turn `blames_policy`. "I can't approve" and "the claim has been
  declined" grant nothing.
- `responsive.asks_for_something` (responsive.json `acknowledgements.requests`): a
  "please" that is more than its own assent, a command and its object past the assent
  (reflection.json's command verbs and objects, and "me": "let me know"), "can / could
  you" with no mark (questions.json's request words), "I'd like to / I need you to";
  such a turn is no mere acceptance. "please" joins the assent openers ("Yes please,
  thank you!").

After: 16 of 16 (a 17th guard, "no good news", added after the first mend), 13 of 13,
both whole conversations and the e-mail thread right (34 tests; the approved claim's
overall 52.6 -> 60.1, no breaker). Dev not rerun: neither detector has dev rows, and
no utterance target calls either reading.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn
from legendary.care.scorecard import Outcome, Scorecard
from legendary.care.scoring import score

PRESENT, ABSENT, NA = Outcome.PRESENT, Outcome.ABSENT, Outcome.NOT_APPLICABLE

_M = 60
_H = 3600
_START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _conversation(turns: list[tuple[str, int, str]], channel: Channel) -> Conversation:
    """A conversation of `(role, seconds from the start, text)` turns."""
    names = {"customer": "Customer", "agent": "Agent"}
    return Conversation(
        id="fair-s20",
        turns=tuple(
            Turn(Speaker(Role(role), names[role]), text, _START + timedelta(seconds=at))
            for role, at, text in turns
        ),
        channel=channel,
        source="fresh",
        customer=Customer(name="Customer"),
    )


def _card(turns: list[tuple[str, int, str]], channel: Channel = Channel.CHAT) -> Scorecard:
    return score(_conversation(turns, channel))


def _outcome(turns: list[tuple[str, int, str]], behaviour: str) -> Outcome | None:
    return _card(turns).outcome(behaviour)


# --- 1. A rule cited to say yes is no wall --------------------------------------------

#: (the agent's reply to a claim or a worry, blames_policy).
GRANTS = [
    # The reviewer's two.
    pytest.param(
        "Our policy is that pre-existing conditions aren't covered, but Bella's knee was "
        "diagnosed after you joined, so I've approved the claim today.",
        ABSENT,
        id="reviewer-approved-the-claim",
    ),
    pytest.param(
        "Good news: windscreen repairs aren't covered by the no-claims rule, so your "
        "discount stays as it is.",
        ABSENT,
        id="reviewer-discount-stays",
    ),
    # Kin: the rule cited, then what was asked granted.
    pytest.param(
        "Our policy doesn't allow refunds after 14 days, but you wrote to us on day 10, so "
        "I've refunded the full £89 today.",
        ABSENT,
        id="refunded-inside-the-window",
    ),
    pytest.param(
        "Our terms say cosmetic damage isn't covered, but a cracked screen counts as a "
        "fault, so I've arranged a free replacement.",
        ABSENT,
        id="arranged-a-replacement",
    ),
    pytest.param(
        "Late fees can't normally be removed under our rules, but as it was our system "
        "that failed, we've waived this one.",
        ABSENT,
        id="waived-this-one",
    ),
    pytest.param(
        "The policy is that claims must be made within 30 days. Yours reached us on day 29, "
        "so it has been approved and the money goes out tomorrow.",
        ABSENT,
        id="passive-approved",
    ),
    # Kin: the rule cited to say it leaves the customer untouched.
    pytest.param(
        "Don't worry, the price rise doesn't apply to you: our policy is that fixed "
        "contracts can't be changed mid-term.",
        ABSENT,
        id="doesnt-apply-to-you",
    ),
    pytest.param(
        "Under the rules, bags over 23 kg aren't allowed in the hold, but yours weighed "
        "21 kg, so you're fine.",
        ABSENT,
        id="youre-fine",
    ),
    pytest.param(
        "Company policy is that missed payments can't be rolled over, but this doesn't "
        "affect you: your payment reached us on time.",
        ABSENT,
        id="doesnt-affect-you",
    ),
    pytest.param(
        "Good news! Our terms say hail damage isn't covered by the excess rule, so you "
        "won't pay anything towards the repair.",
        ABSENT,
        id="good-news-wont-pay",
    ),
    # Guards: the rule still stops what was asked, and nothing is granted.
    pytest.param(
        "Our policy is that pre-existing conditions aren't covered, so I can't approve the claim.",
        PRESENT,
        id="cant-approve",
    ),
    pytest.param(
        "Windscreen repairs aren't covered under our rules, so your no-claims discount "
        "will go down at renewal.",
        PRESENT,
        id="discount-goes-down",
    ),
    pytest.param(
        "Our policy is that claims must be made within 30 days, and yours came in on day 41.",
        PRESENT,
        id="late-claim",
    ),
    pytest.param(
        "Good morning. Unfortunately our rules don't allow refunds on sale items.",
        PRESENT,
        id="good-morning-is-no-good-news",
    ),
    pytest.param(
        "I'm afraid there's no good news: our rules don't allow refunds on sale items.",
        PRESENT,
        id="no-good-news",
    ),
    pytest.param(
        "Your discount stays as it is only if you pay on time; our policy is that late "
        "payers can't keep it.",
        PRESENT,
        id="untouched-only-on-a-condition",
    ),
    pytest.param(
        "I'm afraid accidental damage isn't covered by our policy, so the claim has been declined.",
        PRESENT,
        id="declined",
    ),
]


@pytest.mark.parametrize(("reply", "expected"), GRANTS)
def test_a_rule_cited_to_say_yes_is_no_wall(reply: str, expected: Outcome) -> None:
    turns = [
        ("customer", 0, "I've sent in a claim and I'm worried it will be turned down."),
        ("agent", 40, reply),
    ]
    assert _outcome(turns, "blames_policy") is expected


#: The reviewer's whole conversation: a pet insurance claim approved after the rule
#: that might have stopped it is explained. No breaker, no flag of one.
PET_CLAIM = [
    ("customer", 0, "Hi, I claimed for Bella's knee surgery last week. Any news?"),
    ("agent", 50, "Hello! Let me look at your claim now."),
    (
        "agent",
        3 * _M,
        "Our policy is that pre-existing conditions aren't covered, but Bella's knee was "
        "diagnosed after you joined, so I've approved the claim today. The £1,240 will "
        "reach your account within three working days.",
    ),
    ("customer", 4 * _M, "That's wonderful, thank you so much!"),
    ("agent", 4 * _M + 30, "You're welcome. Give Bella a pat from us."),
]

#: A whole conversation where the rule is the end of it: the breaker stands.
WALL_CLAIM = [
    ("customer", 0, "Hi, I claimed for Bella's knee surgery last week. Any news?"),
    ("agent", 50, "Hello. Let me look at your claim now."),
    (
        "agent",
        3 * _M,
        "Our policy is that pre-existing conditions aren't covered, and Bella's knee "
        "problem was noted before you joined, so the claim has been declined.",
    ),
    ("customer", 4 * _M, "That's not fair at all."),
    ("agent", 4 * _M + 30, "That's the policy, I'm afraid."),
]


def test_the_approved_claim_carries_no_breaker() -> None:
    card = _card(PET_CLAIM)
    assert card.outcome("blames_policy") is ABSENT
    assert "blames_policy" not in card.breakers


def test_the_declined_claim_keeps_its_breaker() -> None:
    card = _card(WALL_CLAIM)
    assert card.outcome("blames_policy") is PRESENT
    assert "blames_policy" in card.breakers


# --- 2. A request that ends in thanks still waits for an answer -----------------------


def _after_the_offer(customer_says: str) -> list[tuple[str, int, str]]:
    """A delivery chat: the customer's turn after the agent's offer, then the customer
    writes again the next day and the agent answers that within a minute."""
    return [
        ("customer", 0, "When will my sofa be delivered?"),
        ("agent", 40, "It's booked for Tuesday, between 8 and 12."),
        ("customer", 3 * _M, customer_says),
        ("customer", 2 * 24 * _H, "Hello? I haven't heard back."),
        ("agent", 2 * 24 * _H + 40, "Sorry, that's all done for you now."),
    ]


#: (the customer's turn after the offer, responds_promptly). A request waits from when
#: it was made, two days before the answer; an acceptance waits for nothing, so the
#: clock starts at the next day's turn.
REQUESTS = [
    # The reviewer's.
    pytest.param(
        "OK. Please move the delivery to Friday instead, I'm away on Tuesday. Thanks!",
        ABSENT,
        id="reviewer-please-move",
    ),
    # Kin: asked with a command, "can you" with no mark, "I'd like to", shorthand.
    pytest.param("OK, cancel the second box then. Thanks.", ABSENT, id="command-cancel"),
    pytest.param(
        "Sure, put it in the safe place by the shed. Cheers!", ABSENT, id="command-put-it"
    ),
    pytest.param(
        "Yes, can you send the invoice to my work address as well. Thanks!",
        ABSENT,
        id="can-you-without-a-mark",
    ),
    pytest.param(
        "Great, I'd like to add my partner's name to the booking too. Thank you.",
        ABSENT,
        id="id-like-to",
    ),
    pytest.param("Fine, pls change the name on it to Sam Okafor. Thx", ABSENT, id="pls-shorthand"),
    pytest.param("Right, and let me know the driver's number. Thanks", ABSENT, id="let-me-know"),
    # Guards: acceptances that ask for nothing.
    pytest.param("Yes please, thank you!", PRESENT, id="yes-please"),
    pytest.param("Perfect, see you on Tuesday. Thanks!", PRESENT, id="see-you"),
    pytest.param("OK, that works for me. Thank you so much.", PRESENT, id="that-works"),
    pytest.param("Lovely, have a good weekend. Thanks!", PRESENT, id="have-a-good-weekend"),
    pytest.param("Brilliant, I'll be in all day. Cheers!", PRESENT, id="ill-be-in"),
    pytest.param("Great, take care. Thanks!", PRESENT, id="take-care"),
]


@pytest.mark.parametrize(("said", "expected"), REQUESTS)
def test_a_request_that_ends_in_thanks_still_waits(said: str, expected: Outcome) -> None:
    assert _outcome(_after_the_offer(said), "responds_promptly") is expected


def test_a_request_answered_two_days_later_is_slow() -> None:
    """The reviewer's request with nothing after it: the answer two days on is slow."""
    turns = _after_the_offer(
        "OK. Please move the delivery to Friday instead, I'm away on Tuesday. Thanks!"
    )
    del turns[3]
    assert _outcome(turns, "responds_promptly") is ABSENT


#: A whole e-mail thread: the customer asks for a change and thanks in advance; the
#: agent answers two days later. By e-mail the target is a day, so it is slow.
EMAIL_THREAD = [
    ("customer", 0, "Hello, my order 4471 is due on Monday. Is that still right?"),
    ("agent", 2 * _H, "Hi, yes, it's on the van for Monday morning."),
    (
        "customer",
        3 * _H,
        "OK. Could you send it to my office instead, 12 Mill Lane. Thank you very much.",
    ),
    ("customer", 50 * _H, "Just checking you got my last message."),
    ("agent", 50 * _H + 20 * _M, "Sorry, yes: it's now going to 12 Mill Lane."),
]


def test_an_email_request_with_thanks_is_answered_late() -> None:
    card = score(_conversation(EMAIL_THREAD, Channel.EMAIL))
    assert card.outcome("responds_promptly") is ABSENT
