"""A request for help ("Can you help?") is answered by help given.

Written 2026-11-25, session 20 (helper "mendH"), in our own words. Every label below
was written down before the engine read a line.

In the demo (seed 7, 2,400 conversations) 11 conversations read `ignores_question`
on a "Can you help?" that closes the customer's first message beside a question the
reply answers by its words, and 8 were flagged for that alone: the agent had helped
by acting ("I'll take care of this personally… I'll rebook it", "I've started the
return on order HP-… for you", "you're covered"). 55ae62c let a request beside an
answered sibling be answered by a no, the step put on the customer ("You'll have to
take it to a garage yourself."); a yes is given the same way, by help itself: an act
done or owned, a step taken, an offer, a grant.

Mended by kind (`questions.gives_help`, read only for a request beside answered
siblings): the reply owns the problem or an act (`committed.takes_ownership`,
`committed.owns_an_act`: "leave it with me", "I'll rebook it", "I've started the
return", "let me look into it"), offers a way forward (`responsive.offers_solution`:
"I can book an engineer for Thursday"), or grants what was asked (empowered.json
`granted`: "so you're covered"), and pushes nothing away (`committed.deflects`).

Guards: a specific question skipped beside the answered ones stays unanswered ("What's
the refund amount and can you help?" with only help given); a yes/no question that asks
for no help is not answered by help; "You'll need to call the bank" is a deflection,
not help (55ae62c's reading of it, a no with the step put on the customer, stands).

First read (on 9b9ec55, before the mend; `gives_help` did not exist, so the 13 named
sentences were not read): HELP_GIVEN 0 of 6 (every request read as ignored), NOT_HELP
3 of 3, the specific questions 1 of 2 (beside "Where is my order? How much will the
refund be? Can you help?" the request was read as ignored with the amount), the two
threads 0 of 2 (the helped return flagged; the skipped refund time named the request
too). After: 26 of 26.

Demo (seed 7, 2,400 conversations): `ignores_question` 34 -> 26, worth-a-human-look
flags 862 -> 854 (the 8 flagged for that alone); no other outcome moved but one
`resolves_without_handoff` (absent -> present). Three "Can you help?" stay unanswered,
each met only by "Have you got an order number?" and never helped after. Dev
care_accuracy identical line for line with and without the mend.
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.questions import customer_questions, gives_help
from legendary.care.model import make_conversation
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score, worth_a_look

PRESENT, ABSENT = Outcome.PRESENT, Outcome.ABSENT


def _outcomes(said: str, reply: str) -> tuple[Outcome, Outcome]:
    """(answers_all_questions, ignores_question) of a customer turn, the reply, "OK."."""
    card = score(make_conversation("help", _exchange(said, reply)))
    got = {r.behaviour: r.outcome for r in card.behaviours}
    return got["answers_all_questions"], got["ignores_question"]


def _unanswered(turns: list[tuple[str, str]]) -> list[str]:
    """The customer's questions no agent turn answered."""
    conversation = make_conversation("help", turns)
    return [q.span.text for q in customer_questions(conversation) if q.answered_by is None]


def _exchange(said: str, reply: str) -> list[tuple[str, str]]:
    return [("customer", said), ("agent", reply), ("customer", "OK.")]


#: (the customer's turn, the agent's reply, (answers_all_questions, ignores_question)).
HELP_GIVEN = [
    pytest.param(
        "Where is my parcel? It was due on Monday. Can you help?",
        "I can see your parcel is stuck at the depot. I'll take care of this personally and "
        "rebook it for tomorrow morning.",
        (PRESENT, ABSENT),
        id="owned-and-rebooked",
    ),
    pytest.param(
        "Can I send the lamp back? It arrived with a crack in the base. Could you fix it?",
        "I've started the return on the lamp for you.",
        (PRESENT, ABSENT),
        id="act-done",
    ),
    pytest.param(
        "Do you price match? The shop down the road has the same kettle for £40. Can you help?",
        "The kettle is inside our 14-day price promise, so you're covered.",
        (PRESENT, ABSENT),
        id="granted",
    ),
    pytest.param(
        "Is my boiler still under warranty? Can someone look at it this week?",
        "Your boiler is under warranty until March. I can book an engineer for Thursday or "
        "Friday morning.",
        (PRESENT, ABSENT),
        id="offer",
    ),
    pytest.param(
        "Why was I charged twice this month? Can you help?",
        "You were charged twice this month because of a glitch at our end. Let me look into "
        "it and put it right for you.",
        (PRESENT, ABSENT),
        id="step-taken",
    ),
    pytest.param(
        "How do I change my delivery address? Can you help?",
        "The delivery address can be changed until the order is packed. Leave it with me.",
        (PRESENT, ABSENT),
        id="leave-it-with-me",
    ),
]

#: Guards: no help given, a question that asks for no help, a deflection.
NOT_HELP = [
    pytest.param(
        "Where is my order? Can you help?",
        "Your order is with the courier.",
        (ABSENT, PRESENT),
        id="answered-the-where-only",
    ),
    pytest.param(
        "Where is my order? Is the sofa in stock in green?",
        "Your order left the warehouse today. I'll keep an eye on it for you.",
        (ABSENT, PRESENT),
        id="not-a-request",
    ),
    pytest.param(
        "Why was my card declined? Can you help?",
        "Your card was declined by your bank's fraud check. You'll need to call the bank.",
        # 55ae62c: to a request, the step put on the customer is a no (answered), and
        # `deflects` reads it; it is no help given (see the test below).
        (PRESENT, ABSENT),
        id="deflected-to-the-bank",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), HELP_GIVEN + NOT_HELP)
def test_a_request_for_help_is_answered_by_help_given(
    said: str, reply: str, expected: tuple[Outcome, Outcome]
) -> None:
    assert _outcomes(said, reply) == expected


#: Named agent sentences: help given (True) or not (False).
SENTENCES = [
    ("I'll take care of this personally.", True),
    ("I've started the return on order HP-852243 for you.", True),
    ("You won't need to chase this again, I'm looking after it now.", True),
    ("I've caught it just before it was packed.", True),
    ("You're inside our 14-day price promise, so you're covered.", True),
    ("I can book a free collection from your home, or email you a returns label.", True),
    ("Let me check that for you.", True),
    ("You'll need to call the bank.", False),
    ("I'm afraid there's nothing I can do, you'll have to contact the courier.", False),
    ("That's not something we deal with.", False),
    ("Thanks for getting in touch.", False),
    ("Couriers are very busy at this time of year.", False),
    ("I'm sorry to hear that.", False),
    # A grant read as blames_policy reads it (`grants.grants_despite_the_rule`): one hung
    # on a condition is no help.
    ("Your discount stays as it is only if you pay by Friday.", False),
    ("Good news: your discount stays as it is.", True),
]


@pytest.mark.parametrize(("sentence", "helps"), SENTENCES)
def test_help_given_is_read_by_kind(sentence: str, helps: bool) -> None:
    assert gives_help(sentence) is helps


def test_a_specific_question_beside_help_stays_unanswered() -> None:
    # Only help given: the refund amount is still not answered, the request is.
    said = "Where is my order? How much will the refund be? Can you help?"
    reply = "Your order is at the depot, and I'll rebook it for tomorrow."
    assert _unanswered(_exchange(said, reply)) == ["How much will the refund be?"]


def test_what_is_the_amount_and_can_you_help_stays_unanswered() -> None:
    said = "Where is my order? What's the refund amount and can you help?"
    reply = "Your order is at the depot. I'll take care of this personally."
    assert _unanswered(_exchange(said, reply)) == ["What's the refund amount and can you help?"]


#: A whole e-mail exchange like the demo's: asked to help, the agent helps by acting.
RETURN_THREAD = [
    (
        "customer",
        "Hi, I bought an oak side table and it doesn't suit the room. Can I return it? It "
        "arrived last week and it's still wrapped. Order HP-410233. Can you help?\n\nMaya",
    ),
    (
        "agent",
        "Hello Maya,\n\nI've started the return on order HP-410233 for you. I can either "
        "collect it from your home on Friday or send you a label for the post office. Which "
        "would suit you better?\n\nBest wishes,\nOwen",
    ),
    ("customer", "Friday collection, please. Thank you!"),
    ("agent", "Done: the courier will come on Friday between 8 and 12. Have a good week."),
]

#: The same opening, where the agent helps on the return but skips a specific question.
SKIPPED_THREAD = [
    (
        "customer",
        "Hi, can I return my oak side table? How long does the refund take to reach my "
        "card? Can you help?",
    ),
    ("agent", "I've started the return on your oak side table for you."),
    ("customer", "OK, thanks."),
]


def test_a_thread_where_the_agent_helps_is_not_flagged() -> None:
    card = score(make_conversation("help", RETURN_THREAD))
    assert "ignores_question" not in card.breakers
    assert "question_ignored" not in worth_a_look(card.flags)


def test_a_thread_that_skips_the_refund_time_keeps_its_flag() -> None:
    card = score(make_conversation("help", SKIPPED_THREAD))
    assert "ignores_question" in card.breakers
    assert _unanswered(SKIPPED_THREAD) == ["How long does the refund take to reach my card?"]
