"""A side question the reply passes by is left unanswered, whatever the reply says.

Written 2026-11-25, session 21 (helper "answers"), in our own words. Every label of
PASSED_BY and ANSWERED was written down before the engine read a line; CARRIED are
guards written with the mend.

Why: on the demo (seed 7, 2,400 conversations) the generator asks 1,225 side questions
("That's annoying. Do I need to keep the box?") and leaves 488 unanswered, yet the
engine read 482 of those 488 answered: 252 because a yes/no question alone in its turn
(or beside a question without a topic) that shares no word with the reply was answered
by whatever the agent said next ("I'll send a replacement out today.", a policy line,
"Thanks for your patience"), 230 by a word a later reply shares with it (left, below).
The engine, not the demo's wording: the demo's answers say yes or no or answer short
("We do, to the whole of the UK mainland.", "It is — there's a ramp"), its passed-by
replies are about the main problem.

Mended by kind (`questions._settle_a_lone_reply`, `_fits`): a yes/no question alone in
its turn, answered only by being next, is answered by the agent's reply (its turns
before the customer speaks again) only when the reply has the shape of an answer: a yes
or a no ("No, it's free.", "Of course, ...", after "To answer your question:"), a short
answer of a subject and an auxiliary standing as a clause ("We do, anywhere in
Scotland.", "It is — until six.", "You won't, the label is prepaid."), a first statement
opening with the pronoun that answers for the question's subject ("Is Aisha in on
weekends?" "They usually work Saturdays."), or, to a can-I or could-we ("Could we do the
second one?"), the help, an acceptance ("Lovely, all sorted.") or the step put on the
customer. A reply that asks back or only holds ("Let me just check.") carries the
question on to the next reply. Requests for help ("Can you help?") and presence checks
("Is anyone reading these?") keep any next reply; wh-questions are left as they were.
The short answer and the pronoun also count beside answered siblings.

First read (on 17560f8, before the mend): PASSED_BY 1 of 6 (only the two-question turn,
which session 20's sibling rule already read), ANSWERED 7 of 8 ("Your parcel is at the
Leeds depot. We do, until two." left the Saturday question unanswered: no short answers).
After: 6 of 6, 8 of 8, CARRIED 4 of 4 (on 17560f8 3 of 4).

Demo (seed 7, 2,400): of the 488 side questions the generator left unanswered the engine
reads 482 (99%) answered before, 323 (66%) after; of the 737 it answered, 737 before and
737 after (with the receipt answer reworded to open "Yes, ..."). Across the demo
answers_all_questions present in 98.1% -> 88.4% of applicable conversations (poor
agents 94% -> 75%), ignores_question 0.8% -> 8.0% (poor 2.2% -> 16.5%). Dev care_accuracy
identical row for row.

Left: a reply that touches the question only by a word the conversation already uses
("change the address" for "will the delivery date change?", "take care of this" for
"how long will the refund take?") still answers it (230 of the 488); a yes/no answered
by a statement about its object ("Can I cancel my order?" "It hasn't been picked yet.")
or after an acknowledgement ("I understand... You're well inside the 60 days.") reads as
passed by.

Since mendI (2026-11-25, session 21): a LONE yes/no question is answered again by the
agent's first reply of substance and left to human review (a false breaker is the worse
error; reviewer C found 7 in 52 good answers); it reads passed by only beside a question
or a request of its turn that the reply takes up. So the lone PASSED_BY cases here now
read answered, and "asked-back-then-passed-by" is answered by the reply after the
ask-back. Why, the cost on the demo and the figures: test_side_questions_fair_s21.py.
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.questions import customer_questions
from legendary.care.model import make_conversation
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score

PRESENT, ABSENT = Outcome.PRESENT, Outcome.ABSENT


def _outcomes(said: str, reply: str) -> tuple[Outcome, Outcome]:
    """(answers_all_questions, ignores_question) of a customer turn, the reply, "OK."."""
    turns = [("customer", said), ("agent", reply), ("customer", "OK.")]
    card = score(make_conversation("side", turns))
    got = {r.behaviour: r.outcome for r in card.behaviours}
    return got["answers_all_questions"], got["ignores_question"]


#: The reply is about something else: the question was passed by. Each is the only
#: question of its turn: since mendI they read answered (left to human review).
PASSED_BY = [
    pytest.param(
        "That's a relief. Do I need to keep the box it came in?",
        "I'll book a courier to collect the faulty kettle on Monday.",
        id="keep-the-box-met-by-a-courier",
    ),
    pytest.param(
        "Fine. Is the Mill Lane branch open on Sundays?",
        "What I can do is move your fitting to Thursday morning.",
        id="branch-open-met-by-an-offer",
    ),
    pytest.param(
        "Ok. Can my son pick it up for me?",
        "Our team will ring you once the repair is finished.",
        id="can-my-son-met-by-a-promise",
    ),
    pytest.param(
        "Do you price match?",
        "Thanks for your patience today, Priya.",
        id="thanks-is-no-answer",
    ),
    pytest.param(
        "Right. Will this go on my credit file?",
        "Refunds to a closed card have to go through head office. That's the policy.",
        id="credit-file-met-by-policy",
    ),
]

#: Beside a question the reply answers by its words: passed by.
PASSED_BY_BESIDE_AN_ANSWER = [
    pytest.param(
        "Where is my parcel now? And do you deliver on Saturdays?",
        "Your parcel is at the Leeds depot and will be with you tomorrow.",
        id="two-questions-one-answered",
    ),
]

#: The reply answers the question, by a yes or a no, a short answer, or help.
ANSWERED = [
    pytest.param(
        "Thanks. Do you deliver to Inverness?",
        "We do, anywhere in Scotland, usually within four days.",
        id="we-do",
    ),
    pytest.param(
        "Right. Is the café in the Westgate store still open?",
        "It is — until six every evening.",
        id="it-is",
    ),
    pytest.param(
        "OK. Will I be charged for the return postage?",
        "You won't, the label is prepaid.",
        id="you-wont",
    ),
    pytest.param(
        "Is there a charge for that?",
        "No, it's free.",
        id="no",
    ),
    pytest.param(
        "Hmm. Will it fit through a narrow doorway?",
        "Of course, the legs come off with four screws.",
        id="of-course",
    ),
    pytest.param(
        "Great. Can you send it to my office instead?",
        "I've updated the order so it goes there.",
        id="request-met-by-help",
    ),
    pytest.param(
        "Why did it arrive broken?",
        "The courier dropped the box at the depot.",
        id="why-met-by-a-reason",
    ),
    pytest.param(
        "Where is my parcel now? And do you deliver on Saturdays?",
        "Your parcel is at the Leeds depot. We do, until two in the afternoon.",
        id="two-questions-both-answered",
    ),
]


@pytest.mark.parametrize(("said", "reply"), PASSED_BY)
def test_a_lone_question_passed_by_is_left_to_review(said: str, reply: str) -> None:
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


@pytest.mark.parametrize(("said", "reply"), PASSED_BY_BESIDE_AN_ANSWER)
def test_a_side_question_passed_by_is_unanswered(said: str, reply: str) -> None:
    assert _outcomes(said, reply) == (ABSENT, PRESENT)


@pytest.mark.parametrize(("said", "reply"), ANSWERED)
def test_a_side_question_answered_stays_answered(said: str, reply: str) -> None:
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


def _unanswered(turns: list[tuple[str, str]]) -> list[str]:
    """The customer's questions no agent turn answered (left waiting ones included)."""
    conversation = make_conversation("side", turns)
    return [q.span.text for q in customer_questions(conversation) if q.answered_by is None]


#: Guards written with the mend (after the first read): a question back, or a hold,
#: carries the question on to the agent's next reply; a check that anyone is there is
#: answered by any reply. (turns, the questions left unanswered).
CARRIED = [
    pytest.param(
        [
            ("customer", "Is the blue one still in stock?"),
            ("agent", "Which size are you after?"),
            ("customer", "The large."),
            ("agent", "It is, we have three left."),
            ("customer", "Great."),
        ],
        [],
        id="asked-back-then-answered",
    ),
    pytest.param(
        [
            ("customer", "Ok. Will I get the delivery charge back?"),
            ("agent", "Would you like a collection or a drop-off?"),
            ("customer", "Collection."),
            ("agent", "Great, I've booked it for Friday."),
            ("customer", "Thanks."),
        ],
        [],  # mendI: a lone question, answered by the reply of substance after the ask-back
        id="asked-back-then-passed-by",
    ),
    pytest.param(
        [
            ("customer", "Do you still sell the oak shelf?"),
            ("agent", "Let me just check."),
            ("customer", "Sure."),
            ("agent", "We do, in two widths."),
            ("customer", "Lovely."),
        ],
        [],
        id="held-then-answered",
    ),
    pytest.param(
        [
            ("customer", "Is anyone actually reading these?"),
            ("agent", "Sorry for the wait, Tom. Your refund went out this morning."),
            ("customer", "OK."),
        ],
        [],
        id="presence-check",
    ),
]


@pytest.mark.parametrize(("turns", "left"), CARRIED)
def test_a_question_back_or_a_hold_carries_the_question_on(
    turns: list[tuple[str, str]], left: list[str]
) -> None:
    assert _unanswered(turns) == left
