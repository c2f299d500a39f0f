"""A yes/no question answered implicitly stays answered; one truly passed by does not.

Written 2026-11-25, session 21 (helper "mendH"), in our own words. Every label below
was written down before the engine read a line.

Why: d4d6082 made a yes/no question that shares no word with the reply answered only
when the reply has an answer's shape; `ignores_question`, a breaker, went from 0.8% to
8.0% of the demo's conversations. Real agents often answer a yes/no question by the
fact that settles it ("Can I cancel my order?" "It hasn't been picked yet."), after an
acknowledgement, with "Good news:", by a date or an amount, an instruction that implies
yes ("Just bring the receipt along.") or a condition ("If it's unopened, we'll take it
back."). A false breaker is the worse error.

First read (on d4d6082, before the mend): IMPLICIT 18 of 20 answered (most share a
word with the reply and never reach the answer-shape reading; "Will it arrive before
the weekend?" "The courier has it down for Thursday..." and "Is the 9:40 train running
today?" "The 9:40 is cancelled ..., I'm sorry." were false breakers), PASSED_BY 9 of 10
("Is the replacement the same colour?" is answered by the word "replacement" in "Good
news: your replacement has been dispatched today.": the word-sharing reading, left).
A second block with no shared word, labelled before it was read:
IMPLICIT_NO_SHARED_WORD 2 of 12 answered (10 false breakers), PASSED_BY_NO_SHARED_WORD
5 of 5.

Mended by kind (`questions._settles_implicitly`, `_first_statement`, questions.json
`implicit_answers`): a lone yes/no question is also answered by the fact that settles
it, read in the reply's first statement past greetings, apologies (a fact before a
trailing sorry, "The 9:40 is cancelled ..., I'm sorry.", is a statement),
acknowledgements ("I completely understand the worry.") and "Good news:": the pronoun
for the question's subject; a regret with a negation, which says no ("Our couriers don't
go to the Channel Islands, I'm afraid."; not "Staff are allowed breaks, I'm afraid."); a
condition and an outcome with a subject ("If they're still sealed, we'll refund them.",
not "If you have any other questions, let us know."); to a question about the customer's
own step ("Do I need ...?", "Can I ...?") an instruction ("Just bring ..."); to a
question of time ("yet", "before Saturday", "today") or status ("Has ... been
arranged?") a time or a figure; to a question of a habit ("on Sundays") a habit ("at
weekends", "every"); to a question of cost an amount ("free", "costs £15").

Kin, labelled before they were read, on the first form of the mend: KIN_ANSWERED 7 of
8 ("I'm sorry, that promotion finished on Monday." skipped whole as an apology),
KIN_PASSED_BY 3 of 6 (an offer of more help in a condition's or an instruction's shape,
"If you need anything else, we're here all day.", "Just reply to this email if
anything changes."; a bare sum, "Your order total was £45.99.", taken for a price).
Mended by kind: an apology is skipped only when its first clause apologises too; "still"
asks a time; a statement that keeps the door open (questions.json
`keeps_the_door_open`) answers nothing by its condition or instruction; a cost is
answered by an amount word ("free", "costs", "extra"), not a bare sum. After: 8 of 8,
6 of 6, and every block above as below.

OBJECT_ANSWERED / OBJECT_PASSED_BY (the brief's own false breaker and kin, labelled
before they were read, after the first commit): 2 of 3 and 2 of 2 ("Can I cancel my
order?" "It hasn't been picked yet." still passed by). Mended by kind: to a question
whose subject is "I" or "we" about a thing ("my order"), a statement opening with the
pronoun for the thing and saying how far along it is (a negation or "yet", "still",
"already", "now") settles it; "It was sent from our Leeds warehouse on Monday." does
not. After: 3 of 3, 2 of 2.

After: IMPLICIT 20 of 20, PASSED_BY 9 of 10 (the colour case, strict xfail),
IMPLICIT_NO_SHARED_WORD 10 of 12, PASSED_BY_NO_SHARED_WORD 5 of 5. Left (strict xfail,
false breakers still): an answer by a word of like meaning only ("Does the sofa come
with legs?" "Four oak feet are in the box ...", "Will I lose my points?" "... Everything
you've earned stays on your account."): no rule of shape tells them from "Your order
number is 48213 ..." met by "Does the mattress come with a trial period?".

Since mendI (2026-11-25, session 21), after reviewer C found 7 false breakers in 52 good
answers ("Is it dishwasher safe?" "Hand wash only, I'm afraid."; REVIEWER_C_ANSWERED):
shape rules cannot tell a fact that settles a question from one about something else,
and a false breaker is the worse error, so a LONE yes/no question (the only question of
its turn) is answered again by the agent's first reply of substance, as before d4d6082
(a reply that only asks back or holds carries it on). Whether it was passed by is left
to human review. It is read as passed by only beside a question the reply answers by
its words (the shared reading, unchanged) or a request of its turn the reply takes up
(`questions._turns_to_a_request`; BESIDE_A_REQUEST), when the reply has no answer's
shape for it. So every lone PASSED_BY case here now reads answered (their tests say so
by name, "left_to_review"), and the three strict xfails pass. The cost, measured on the
demo (seed 7, 2,400 conversations, 718901d vs mendI): ignores_question 7.9% -> 1.4% of
conversations (poor agents 16.5% -> 5.1%, legendary 1.1% -> 0.0%, average 8.3% ->
0.8%), answers_all_questions 88.5% -> 97.4% of applicable (poor 75% -> 90%): most of
the demo's passed-by side questions are lone and no longer count against the agent.
"""

from __future__ import annotations

import pytest

from legendary.care.model import make_conversation
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score

PRESENT, ABSENT = Outcome.PRESENT, Outcome.ABSENT


def _outcomes(said: str, reply: str) -> tuple[Outcome, Outcome]:
    """(answers_all_questions, ignores_question) of a customer turn, the reply, "OK."."""
    turns = [("customer", said), ("agent", reply), ("customer", "OK.")]
    card = score(make_conversation("side-fair", turns))
    got = {r.behaviour: r.outcome for r in card.behaviours}
    return got["answers_all_questions"], got["ignores_question"]


#: The reply answers the question without a yes, a no or a short answer.
IMPLICIT = [
    pytest.param(
        "Can I still cancel my order?",
        "It hasn't been picked yet, so I've stopped it and the money is on its way back.",
        id="settled-by-the-state-of-the-order",
    ),
    pytest.param(
        "Has my refund been sent?",
        "Your refund went out this morning and should land in three to five days.",
        id="settled-by-the-refund-going-out",
    ),
    pytest.param(
        "I've had the jacket for seven weeks. Can I still return it?",
        "I completely understand why you're upset. You're well inside the 60 days, so "
        "I've emailed you a returns label.",
        id="acknowledgement-then-the-answer",
    ),
    pytest.param(
        "Is the green sofa back in stock?",
        "Good news: the green sofa came back in yesterday and we have four left.",
        id="good-news-then-the-answer",
    ),
    pytest.param(
        "Will it arrive before the weekend?",
        "The courier has it down for Thursday between nine and one.",
        id="a-date-settles-it",
    ),
    pytest.param(
        "Is there a fee for changing the booking?",
        "Changing it costs £15, and I can do that for you now.",
        id="an-amount-settles-it",
    ),
    pytest.param(
        "Do I need the receipt to swap it?",
        "Just bring the receipt along and the team at the till will swap it.",
        id="just-an-instruction",
    ),
    pytest.param(
        "Can I return the headphones?",
        "If they're unopened, we'll take them back within 30 days.",
        id="a-condition-and-its-outcome",
    ),
    pytest.param(
        "Do you open on bank holidays?",
        "Our stores open 10 till 4 on every bank holiday.",
        id="a-statement-of-the-habit",
    ),
    pytest.param(
        "Is my warranty still valid?",
        "Your warranty runs until March 2027, so this repair is covered.",
        id="a-date-on-the-subject",
    ),
    pytest.param(
        "Sorry to bother you again. Has the engineer been booked?",
        "Thanks for checking in, Mo. The engineer is booked for Tuesday morning.",
        id="thanks-then-the-fact",
    ),
    pytest.param(
        "Can I pay in instalments?",
        "You can split it into three monthly payments at the checkout.",
        id="you-can-in-full",
    ),
    pytest.param(
        "Does the price include fitting?",
        "Fitting is included in the price you were quoted.",
        id="the-object-as-subject",
    ),
    pytest.param(
        "Is the 9:40 train running today?",
        "The 9:40 is cancelled because of the strike, I'm sorry.",
        id="a-no-by-the-fact",
    ),
    pytest.param(
        "Can I collect it from the Leeds store?",
        "Pop into the Leeds store any day after Friday with your order number.",
        id="an-instruction-that-implies-yes",
    ),
    pytest.param(
        "Will I lose my loyalty points if I cancel?",
        "I'm so sorry for the hassle. Your points stay on your account whatever happens "
        "with the order.",
        id="apology-then-the-answer",
    ),
    pytest.param(
        "Do you deliver to Jersey?",
        "Unfortunately our couriers can't reach the Channel Islands.",
        id="unfortunately-then-the-fact",
    ),
    pytest.param(
        "Has my complaint been passed to a manager?",
        "Priya, the duty manager, has your complaint and will ring you by 5pm.",
        id="a-person-has-it",
    ),
    pytest.param(
        "Is the 20% code still valid?",
        "That code ran out on Sunday, but I can give you 15% instead.",
        id="that-code-ran-out",
    ),
    pytest.param(
        "Can I change the delivery address?",
        "As long as it hasn't left the warehouse, I can update the address for you.",
        id="as-long-as-condition",
    ),
]

#: The reply is about something else: the question was passed by.
PASSED_BY = [
    pytest.param(
        "Do I need to keep the original packaging?",
        "I've arranged for a courier to collect the blender on Wednesday.",
        id="packaging-met-by-a-collection",
    ),
    pytest.param(
        "Is the Bristol shop open late on Thursdays?",
        "I can see your order was placed on the 3rd of May.",
        id="late-opening-met-by-the-order-date",
    ),
    pytest.param(
        "Can my partner sign for the parcel?",
        "I'm really sorry the first delivery went wrong.",
        id="partner-sign-met-by-an-apology",
    ),
    pytest.param(
        "Will this affect my credit score?",
        "Just fill in the form on our website and we'll process the refund.",
        id="credit-score-met-by-an-instruction",
    ),
    pytest.param(
        "Do you offer student discount?",
        "Thanks for shopping with us, Leo. Have a lovely evening.",
        id="student-discount-met-by-a-goodbye",
    ),
    pytest.param(
        "Is the replacement the same colour?",
        "Good news: your replacement has been dispatched today.",
        id="colour-met-by-good-news-of-dispatch",
    ),
    pytest.param(
        "Can I speak to someone on the phone?",
        "I understand this has been frustrating. Our returns policy allows 30 days.",
        id="phone-met-by-a-policy",
    ),
    pytest.param(
        "Does the mattress come with a trial period?",
        "Your order number is 48213 and it was paid by card.",
        id="trial-met-by-order-details",
    ),
    pytest.param(
        "Has the technician got my new address?",
        "If you have any other questions, just let us know.",
        id="address-met-by-a-sign-off-condition",
    ),
    pytest.param(
        "Are the batteries included?",
        "The delivery is booked for the 14th between eight and twelve.",
        id="batteries-met-by-a-delivery-date",
    ),
]


@pytest.mark.parametrize(("said", "reply"), IMPLICIT)
def test_an_implicit_answer_answers(said: str, reply: str) -> None:
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


@pytest.mark.parametrize(("said", "reply"), PASSED_BY)
def test_a_lone_question_passed_by_is_left_to_review(said: str, reply: str) -> None:
    # A lone question (mendI): left to human review, read answered (module docstring).
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


#: A second block, labelled before it was read (after the first read showed most of
#: IMPLICIT share a word with the reply): implicit answers that share no content word
#: with the question, so only the answer-shape reading can hear them.
IMPLICIT_NO_SHARED_WORD = [
    pytest.param(
        "Can I still cancel?",
        "Nothing has been packed yet, so I've stopped it for you.",
        id="nothing-packed-yet",
    ),
    pytest.param(
        "Is my money back yet?",
        "The refund went out this morning.",
        id="the-refund-went-out",
    ),
    pytest.param(
        "Will it come before Saturday?",
        "The courier has you down for Thursday.",
        id="down-for-thursday",
    ),
    pytest.param(
        "Can I send the jacket back after seven weeks?",
        "I completely understand the worry. You're well inside our 60 days.",
        id="understand-then-inside-the-window",
    ),
    pytest.param(
        "Is there a charge to swap sizes?",
        "Exchanges are free within 30 days.",
        id="exchanges-are-free",
    ),
    pytest.param(
        "Do I need the receipt?",
        "Just bring your bank card along and the till team will find the purchase.",
        id="just-bring-the-card",
    ),
    pytest.param(
        "Can I send these headphones back?",
        "If they're still sealed, we'll refund them in full.",
        id="if-sealed-we-refund",
    ),
    pytest.param(
        "Is the Leeds store open on Sundays?",
        "Good news: all our shops trade 10 till 4 at weekends.",
        id="good-news-weekend-hours",
    ),
    pytest.param(
        "Has the engineer visit been arranged?",
        "Thanks for your patience, Mo. Dan will be with you on Tuesday morning.",
        id="thanks-then-a-named-visit",
    ),
    pytest.param(
        "Will I lose my points?",
        "I'm so sorry for the hassle. Everything you've earned stays on your account.",
        id="sorry-then-everything-stays",
    ),
    pytest.param(
        "Does the sofa come with legs?",
        "Four oak feet are in the box with the cushions.",
        id="four-feet-in-the-box",
    ),
    pytest.param(
        "Do you ship to Jersey?",
        "Our couriers don't go to the Channel Islands, I'm afraid.",
        id="couriers-dont-go",
    ),
]

#: Passed by, no shared word, each in a shape a loose mend would take for an answer.
PASSED_BY_NO_SHARED_WORD = [
    pytest.param(
        "Is the cream one machine washable?",
        "Just pop your order number in the form and we'll get it moving.",
        id="washable-met-by-just-a-form",
    ),
    pytest.param(
        "Can my neighbour take it in?",
        "If you have any other questions, let us know.",
        id="neighbour-met-by-an-if-sign-off",
    ),
    pytest.param(
        "Will the price drop in the sale?",
        "Good news: your parcel left the depot this morning.",
        id="sale-met-by-good-news-of-a-parcel",
    ),
    pytest.param(
        "Do you have parking?",
        "I completely understand how annoying this has been. I've logged the fault "
        "with our engineers.",
        id="parking-met-by-understanding-and-a-fault",
    ),
    pytest.param(
        "Is the warranty transferable?",
        "The courier will be with you on Friday between nine and one.",
        id="warranty-met-by-a-delivery-slot",
    ),
]


@pytest.mark.parametrize(("said", "reply"), IMPLICIT_NO_SHARED_WORD)
def test_an_implicit_answer_sharing_no_word_answers(said: str, reply: str) -> None:
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


@pytest.mark.parametrize(("said", "reply"), PASSED_BY_NO_SHARED_WORD)
def test_a_lone_question_passed_by_sharing_no_word_is_left_to_review(said: str, reply: str) -> None:
    # A lone question (mendI): left to human review, read answered (module docstring).
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


#: Kin of the mend, labelled before they were read (after the mend): answers of the
#: same kinds in other words, and passed-by replies that wear the mend's shapes.
KIN_ANSWERED = [
    pytest.param(
        "Is the café open on Saturdays?",
        "Hi Jo. Weekend hours are nine till three.",
        id="kin-weekend-hours",
    ),
    pytest.param(
        "Has my replacement been sent?",
        "It left our warehouse at 7am.",
        id="kin-it-left",
    ),
    pytest.param(
        "Do I have to pay for the return?",
        "Returns cost nothing with the prepaid label.",
        id="kin-cost-nothing",
    ),
    pytest.param(
        "Can I swap it for a bigger size?",
        "If there's one in stock, we'll send it out with a free returns label.",
        id="kin-if-in-stock",
    ),
    pytest.param(
        "Will my card be refunded before Christmas?",
        "The money should reach your account by the 19th.",
        id="kin-by-the-19th",
    ),
    pytest.param(
        "Is the offer still on?",
        "I'm sorry, that promotion finished on Monday.",
        id="kin-sorry-it-finished",
    ),
    pytest.param(
        "Do you have it in navy?",
        "Sadly the navy sold out last week.",
        id="kin-sadly-sold-out",
    ),
    pytest.param(
        "Can I bring my dog into the store?",
        "Assistance dogs only, I'm afraid.",
        id="kin-only-im-afraid",
    ),
]

KIN_PASSED_BY = [
    pytest.param(
        "Is the Leeds store step-free?",
        "Refunds can take up to five days, I'm afraid.",
        id="kin-regret-about-refunds",
    ),
    pytest.param(
        "Can I pay by PayPal?",
        "If you need anything else, we're here all day.",
        id="kin-if-you-need-anything",
    ),
    pytest.param(
        "Will it be the same model?",
        "The engineer is due on Thursday.",
        id="kin-model-met-by-a-day",
    ),
    pytest.param(
        "Do I need to be home for it?",
        "Just reply to this email if anything changes.",
        id="kin-home-met-by-just-reply",
    ),
    pytest.param(
        "Is there a charge for gift wrap?",
        "Your order total was £45.99.",
        id="kin-gift-wrap-met-by-the-total",
    ),
    pytest.param(
        "Does it come with a plug?",
        "We're sorry it arrived late.",
        id="kin-plug-met-by-sorry",
    ),
]


@pytest.mark.parametrize(("said", "reply"), KIN_ANSWERED)
def test_kin_of_an_implicit_answer_answers(said: str, reply: str) -> None:
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


@pytest.mark.parametrize(("said", "reply"), KIN_PASSED_BY)
def test_kin_passed_by_alone_is_left_to_review(said: str, reply: str) -> None:
    # A lone question (mendI): left to human review, read answered (module docstring).
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


#: The brief's own false breaker and kin of it, labelled before they were read (after
#: the commit of the mend above): a can-I / do-I-need about a thing, answered by a
#: statement that opens with the pronoun for that thing.
OBJECT_ANSWERED = [
    pytest.param("Can I cancel my order?", "It hasn't been picked yet.", id="obj-not-picked"),
    pytest.param(
        "Can I still change my booking?",
        "It's more than 48 hours away, so there's time.",
        id="obj-48-hours-away",
    ),
    pytest.param(
        "Do I need to return the old charger?",
        "It goes in your recycling, we don't need it back.",
        id="obj-goes-in-the-recycling",
    ),
]

OBJECT_PASSED_BY = [
    pytest.param(
        "Can I return the lamp in store?",
        "It was sent from our Leeds warehouse on Monday.",
        id="obj-lamp-met-by-where-it-came-from",
    ),
    pytest.param(
        "Do I need to register the warranty?",
        "It's been a pleasure helping you today.",
        id="obj-warranty-met-by-a-pleasure",
    ),
]


@pytest.mark.parametrize(("said", "reply"), OBJECT_ANSWERED)
def test_a_statement_about_the_thing_asked_of_answers(said: str, reply: str) -> None:
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


@pytest.mark.parametrize(("said", "reply"), OBJECT_PASSED_BY)
def test_a_lone_statement_about_something_else_is_left_to_review(said: str, reply: str) -> None:
    # A lone question (mendI): left to human review, read answered (module docstring).
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


#: Reviewer C's false breakers (good agents' answers read as passed by on 718901d; the
#: labels are the reviewer's): each a lone yes/no question answered by a fact no rule of
#: shape hears. They must read answered.
REVIEWER_C_ANSWERED = [
    pytest.param(
        "Did the payment go through?",
        "I can see it on our system, all good.",
        id="payment-seen-on-the-system",
    ),
    pytest.param(
        "Did the payment go through?",
        "Hi Dan! I can see it on our system, all good.",
        id="payment-after-a-greeting",
    ),
    pytest.param(
        "Is my data safe?",
        "Everything is encrypted and we never share it with third parties.",
        id="data-encrypted",
    ),
    pytest.param(
        "Does it come with a charger?",
        "A USB-C cable is included, but the plug is sold separately.",
        id="charger-cable-included",
    ),
    pytest.param(
        "Is there a fix coming?",
        "An update is out tonight that sorts it.",
        id="fix-update-tonight",
    ),
    pytest.param(
        "The app crashes every time I open my basket. Is there a fix coming?",
        "So sorry about that. Our developers released an update last night that fixes "
        "the crash, so updating the app should sort it.",
        id="fix-update-released",
    ),
    pytest.param(
        "Is it dishwasher safe?",
        "Hand wash only, I'm afraid.",
        id="dishwasher-hand-wash-only",
    ),
]


@pytest.mark.parametrize(("said", "reply"), REVIEWER_C_ANSWERED)
def test_reviewer_c_answers_are_answered(said: str, reply: str) -> None:
    assert _outcomes(said, reply) == (PRESENT, ABSENT)


#: Written with mendI's change (not blind): a yes/no question beside a request of the
#: same turn that the reply visibly takes up is still passed by unless the reply has an
#: answer's shape for it; a lone one is not.
BESIDE_A_REQUEST = [
    pytest.param(
        "Please cancel the second box. Is there a fee for that?",
        "I've cancelled the second box for you.",
        (ABSENT, PRESENT),
        id="request-done-fee-passed-by",
    ),
    pytest.param(
        "I'd like to move my appointment to Friday. Is parking free at the clinic?",
        "I've moved your appointment to Friday at 10am.",
        (ABSENT, PRESENT),
        id="appointment-moved-parking-passed-by",
    ),
    pytest.param(
        "I'd like to move my appointment to Friday. Is parking free at the clinic?",
        "I've moved your appointment to Friday at 10am. It is, there are twenty spaces "
        "behind the building.",
        (PRESENT, ABSENT),
        id="appointment-moved-parking-answered-short",
    ),
    pytest.param(
        "Please cancel the second box. Is there a fee for that?",
        "I've cancelled the second box for you, and there's no charge.",
        (PRESENT, ABSENT),
        id="request-done-fee-answered",
    ),
    pytest.param(
        "Hi, I love the new app. Is there a dark mode?",
        "Thanks so much, that's lovely to hear!",
        (PRESENT, ABSENT),
        id="no-request-lone-question-left-to-review",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), BESIDE_A_REQUEST)
def test_a_question_beside_a_request_taken_up_is_passed_by(
    said: str, reply: str, expected: tuple[Outcome, Outcome]
) -> None:
    assert _outcomes(said, reply) == expected
