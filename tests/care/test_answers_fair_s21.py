"""Answers, requests and agreement read fairly: a pointer to where a thing is, a customer
who needs a minute, and a time the agent never offered.

Written 2026-11-25, session 21 (helper "mendD"), in our own words. Every label below
was written down before the engine read a line. A reviewer showed three readings of
this session unfair on correct agents:

1. A pointer to a source ("You can find the timetable on our website.") was read as no
   answer, whatever the question: `answers_all_questions` fell to absent and
   `ignores_question` fired when the customer had asked WHERE to find the thing. A
   pointer fails to answer only a question that asked for content ("What time does
   the pool open?"); a question that asks where / how to find or see a thing is
   answered by the place, and a leading "Yes" answers a yes/no question.
2. "I need a minute to find the reference. Thanks." was read as a request, so the reply
   clock ran from it and a prompt agent was late. A span of time the customer needs is
   the customer taking time; a request needs a person or service to act ("I need
   someone to look at it").
3. "Could you be home by 6?" counted as gaining agreement with no time offered. It asks
   whether the customer takes a time only after the agent offered one in the turn.

First read (on 17560f8, the labels as written): 25 of 44 wrong. POINTERS: the
reviewer's 7 of 9 wrong, our kin 4 of 11 (the 5 where-questions; the 6 guards held);
NEEDS: the reviewer's 4 of 5 wrong (read through `accepts_with_thanks`), kin 2 of 8 ("an
hour", "a moment"); the three timed chats late; AGREEMENT: the reviewer's 2 of 2 and our
2 guards of 5 wrong; `scoring.forget` kept both one-conversation caches. One label was
read through the wrong function: "OK thanks, I need the weekend to talk it over with my
wife." ends in no thanks, so it is no thanks-only acceptance whatever it asks; the test
now reads `asks_for_something` (the request the finding is about) for every line, and
`accepts_with_thanks` only for lines that end in thanks.

Mended by kind:
- questions.json `asks_where_to_find` (questions._asks_where_to_find): "where is / are
  the X", "where do / can / would I ...", "how do / can I find / see / view / get to /
  access / download / check / read / track / book ...", "is X online / on the website /
  in the app?" ask for a place, so a pointer to a source answers them
  (`_Replies.answer`); "where is my X" asks how it stands, and a question for content
  is still met by no pointer. A turn whose first sentence opens with a yes or a no is
  no mere pointer (`_agent_reading`).
- responsive.json `requests.wants`: "I / we need <someone, a person or a service> to
  <verb>" is a request; the noun is a doer (someone, an "-er / -or / -ist / -ian"
  noun, team, staff, nurse, shop, bank...) and never a span of time (a minute, a day,
  the weekend, a bit).
- responsive.json `gains_agreement_times` (was in `gains_agreement.include`):
  "can you get here / be home / be in by <time>?" asks for agreement only after a
  sentence of the same turn that offered a time or a plan (`offers_solution` or
  `makes_commitment`). The agent's turn before is not read: a detector of one
  utterance sees only the customer's turn before it.
- `scoring.forget` empties the last conversation `questions.customer_questions` and
  `responsive.reply_delays` kept (`base.LastConversation`).

After: 44 of 44. Dev asks_open_question 0.9474, paraphrases 0.7312, gains_agreement
0.7018, offers_solution 0.6325: every row as on 17560f8.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from legendary.care import scoring
from legendary.care.behaviours import questions, responsive
from legendary.care.behaviours.responsive import accepts_with_thanks, asks_for_something
from legendary.care.detect import detect
from legendary.care.model import (
    Channel,
    Conversation,
    Customer,
    Role,
    Speaker,
    Turn,
    make_conversation,
)
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score

PRESENT, ABSENT = Outcome.PRESENT, Outcome.ABSENT


def _outcome(conversation: Conversation, behaviour: str) -> Outcome:
    card = score(conversation)
    return next(r.outcome for r in card.behaviours if r.behaviour == behaviour)


#: (the customer's question, the agent's reply, answers_all_questions).
POINTERS = [
    # The reviewer's: the question asks where / how to find the thing.
    pytest.param(
        "Where can I find my tracking link?",
        "You can find the tracking link in the app under My Orders.",
        PRESENT,
        id="r-tracking-link",
    ),
    pytest.param(
        "Where do I download my invoice?",
        "You'll find it in the app, under Billing.",
        PRESENT,
        id="r-invoice",
    ),
    pytest.param(
        "Where's the timetable for the holiday clubs?",
        "You can find the timetable on our website.",
        PRESENT,
        id="r-timetable",
    ),
    pytest.param(
        "Is the timetable online anywhere?",
        "Yes, have a look at the timetable page on our website.",
        PRESENT,
        id="r-timetable-online",
    ),
    pytest.param(
        "Where do I book the parents' evening slot?",
        "Please go to the school website and click Parents' Evening.",
        PRESENT,
        id="r-parents-evening",
    ),
    pytest.param(
        "How do I see my old statements?",
        "Just check the statements page in the app.",
        PRESENT,
        id="r-statements",
    ),
    pytest.param(
        "Where's the returns form?",
        "You can find the form in the leaflet that came with your parcel.",
        PRESENT,
        id="r-returns-form",
    ),
    pytest.param(
        "Is the menu online?", "Yes! See our website for the full menu.", PRESENT, id="r-menu"
    ),
    pytest.param(
        "Where can I check the opening hours?",
        "Check our website, they're on the home page.",
        PRESENT,
        id="r-opening-hours",
    ),
    # Kin: where / how to find, view, get, read a thing.
    pytest.param(
        "How can I view my payslips?",
        "Just go to the staff portal and click Payslips.",
        PRESENT,
        id="k-payslips",
    ),
    pytest.param(
        "Where do I get the consent form for the school trip?",
        "You can find the consent form in the parents' newsletter.",
        PRESENT,
        id="k-consent-form",
    ),
    pytest.param(
        "Is the price list online?",
        "Yes, see our website for the current prices.",
        PRESENT,
        id="k-price-list-yes",
    ),
    pytest.param(
        "Where can I read the terms?",
        "Please see the terms page on our website.",
        PRESENT,
        id="k-terms",
    ),
    pytest.param(
        "Where would I find the cancellation policy?",
        "You can find it in the handbook we sent when you joined.",
        PRESENT,
        id="k-policy",
    ),
    # Kin guards: the question asked for content, and a pointer does not give it.
    pytest.param(
        "What time does the pool open on Sundays?",
        "Please see our website for opening times.",
        ABSENT,
        id="g-pool-times",
    ),
    pytest.param(
        "How much is the upgrade to fibre?",
        "Check our website for the latest prices.",
        ABSENT,
        id="g-fibre-price",
    ),
    pytest.param(
        "Why was my claim turned down?",
        "Please see the handbook for details.",
        ABSENT,
        id="g-claim-why",
    ),
    pytest.param("Where is my refund?", "Please see our FAQ page.", ABSENT, id="g-refund-status"),
    pytest.param(
        "Is the gym open on bank holidays?",
        "Please check our website.",
        ABSENT,
        id="g-gym-yes-no",
    ),
    pytest.param(
        "What do I need to bring to the appointment?",
        "You can find that on our website.",
        ABSENT,
        id="g-what-to-bring",
    ),
]


@pytest.mark.parametrize(("question", "reply", "expected"), POINTERS)
def test_a_pointer_answers_a_question_of_where(
    question: str, reply: str, expected: Outcome
) -> None:
    conversation = make_conversation(
        "pointer", [("customer", question), ("agent", reply), ("customer", "Thanks.")]
    )
    assert _outcome(conversation, "answers_all_questions") is expected
    ignored = PRESENT if expected is ABSENT else ABSENT
    assert _outcome(conversation, "ignores_question") is ignored


#: (the customer's turn after an offer, whether it is a mere acceptance).
NEEDS = [
    # The reviewer's: time the customer takes.
    pytest.param("OK. I need a minute to find the reference. Thanks.", True, id="r-minute"),
    pytest.param("Great, we need a day to think it over. Thanks!", True, id="r-day"),
    pytest.param("OK, I need a second to grab the card. Thanks", True, id="r-second"),
    pytest.param(
        "OK thanks, I need the weekend to talk it over with my wife.", True, id="r-weekend"
    ),
    pytest.param(
        "OK thanks. We need the engineer to come back tomorrow then.", False, id="r-engineer"
    ),
    # Kin: spans of time.
    pytest.param(
        "Perfect, I need ten minutes to dig out the paperwork. Thanks!", True, id="k-ten-minutes"
    ),
    pytest.param("OK, we need a few days to decide. Thank you.", True, id="k-few-days"),
    pytest.param("Fine, I need an hour to get home first. Thanks.", True, id="k-hour"),
    pytest.param("OK, I need a moment to think. Thanks.", True, id="k-moment"),
    # Kin: a person or a service asked to act.
    pytest.param("OK. I need someone to look at the leak today. Thanks.", False, id="k-someone"),
    pytest.param("Great, we need a plumber to come out this week. Thanks!", False, id="k-plumber"),
    pytest.param("OK thanks. I need your team to call me back before 5.", False, id="k-your-team"),
    pytest.param("Thanks. We need the courier to collect it tomorrow.", False, id="k-courier"),
]


@pytest.mark.parametrize(("said", "accepts"), NEEDS)
def test_time_the_customer_needs_is_no_request(said: str, accepts: bool) -> None:
    assert asks_for_something(said) is not accepts
    if said.rstrip(".!").endswith(("Thanks", "Thank you")):
        assert accepts_with_thanks(said) is accepts


_START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "said",
    [
        "OK. I need a minute to find the reference. Thanks.",
        "Great, we need a day to think it over. Thanks!",
        "OK, I need a second to grab the card. Thanks",
    ],
)
def test_the_clock_waits_while_the_customer_takes_time(said: str) -> None:
    """The customer goes to find something, comes back 25 minutes later, and the agent
    answers in 40 seconds: prompt."""
    timed = [
        ("customer", 0, "I'd like to change my booking please."),
        ("agent", 30, "Of course. What's your booking reference?"),
        ("customer", 50, said),
        ("customer", 50 + 25 * 60, "Found it, it's HX4471."),
        ("agent", 50 + 25 * 60 + 40, "Thanks, I've moved it to the 14th for you."),
    ]
    conversation = Conversation(
        id="needs-time",
        turns=tuple(
            Turn(Speaker(Role(role)), text, _START + timedelta(seconds=at))
            for role, at, text in timed
        ),
        channel=Channel.CHAT,
        source="fresh",
        customer=Customer(name=""),
    )
    assert _outcome(conversation, "responds_promptly") is PRESENT


#: (the agent's reply, the customer's turn before, gains_agreement found).
AGREEMENT = [
    # The reviewer's: no time was offered; the customer is told when to be there.
    pytest.param(
        "Could you be home by 6? Otherwise the parcel goes back to the depot.",
        "Where's my parcel?",
        False,
        id="r-home-by-6",
    ),
    pytest.param(
        "Could you be in by 5? We shut at 5.",
        "Can I drop the form in today?",
        False,
        id="r-in-by-5",
    ),
    # Kin guards: no offer in the turn.
    pytest.param(
        "Can you be home by 9 tomorrow? The meter has to be read.",
        "Why do you need access?",
        False,
        id="g-meter",
    ),
    pytest.param(
        "Could you get here by 10? Otherwise we can't see you today.",
        "Is the clinic running late?",
        False,
        id="g-clinic",
    ),
    # Kin: a time offered, then asked whether the customer can take it.
    pytest.param(
        "The fitter can come on Thursday at 1pm. Could you be home by then?",
        "When can you fit the blinds?",
        True,
        id="k-fitter",
    ),
    pytest.param(
        "I've booked you a slot at 3:15. Can you get here by then?",
        "Can I see someone today?",
        True,
        id="k-slot",
    ),
    pytest.param(
        "We can deliver on Saturday morning. Could you be in by 8?",
        "When will my sofa come?",
        True,
        id="k-saturday",
    ),
]


@pytest.mark.parametrize(("reply", "before", "expected"), AGREEMENT)
def test_a_time_to_be_in_asks_agreement_only_after_an_offer(
    reply: str, before: str, expected: bool
) -> None:
    found = {e.behaviour for e in detect(reply, before)}
    assert ("gains_agreement" in found) is expected


def test_forget_empties_the_one_conversation_caches() -> None:
    """`scoring.forget` lets go of the last conversation each reading kept."""
    conversation = make_conversation(
        "forget", [("customer", "Where is my order?"), ("agent", "It left today.")]
    )
    score(conversation)
    questions.customer_questions(conversation)
    responsive.reply_delays(conversation)
    scoring.forget()
    assert questions.customer_questions._last is None
    assert responsive.reply_delays._last is None
