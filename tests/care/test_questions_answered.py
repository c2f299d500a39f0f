"""Which customer questions got an answer: two questions in one turn and one reply that
shares no words with either (`customer_questions`, read by `answers_all_questions` and
`ignores_question`)."""

from __future__ import annotations

import pytest

from legendary.care.behaviours.attentive import answers_all_questions
from legendary.care.behaviours.breakers import ignores_question
from legendary.care.behaviours.questions import customer_questions
from legendary.care.model import Conversation, make_conversation


def exchange(customer: str, agent: str) -> Conversation:
    return make_conversation("two-questions", [("customer", customer), ("agent", agent)])


def ignored(conversation: Conversation) -> list[str]:
    return [evidence.quote for evidence in ignores_question(conversation)]


@pytest.mark.parametrize(
    ("customer", "agent", "left"),
    [
        # A bare yes answers the yes/no question, not the wh-question beside it.
        (
            "Where's my parcel? And can I pay by card instead?",
            "Yes, of course.",
            "Where's my parcel?",
        ),
        (
            "Is the shop open on Sunday? What time does it close?",
            "Yes it is.",
            "What time does it close?",
        ),
        # A "when" question needs a time, a "how much" one a figure.
        (
            "When will the engineer come? Can I reschedule if I need to?",
            "I've made a note on the booking for you.",
            "When will the engineer come?",
        ),
        (
            "How much is the upgrade? Can I keep my number?",
            "Absolutely, that stays with you.",
            "How much is the upgrade?",
        ),
        # The reply answers the other question by its words; this one gets no time.
        (
            "When will the engineer come? Can he use the side gate?",
            "I've made a note for him to use the side gate.",
            "When will the engineer come?",
        ),
    ],
)
def test_the_question_the_reply_does_not_fit_is_ignored(
    customer: str, agent: str, left: str
) -> None:
    conversation = exchange(customer, agent)
    assert ignored(conversation) == [left]
    assert answers_all_questions(conversation) == []


@pytest.mark.parametrize(
    ("customer", "agent"),
    [
        (
            "How much is the upgrade? Can I keep my number?",
            "It's £5 a month and the number stays yours.",
        ),
        (
            "When will my refund arrive? Why did it take so long?",
            "Sorry, the bank takes 3-5 working days.",
        ),
        ("Is the shop open on Sunday? What time does it close?", "Yes, from ten till four."),
        (
            "Why was I charged twice? Can you refund one of them?",
            "I've put the duplicate payment back.",
        ),
        ("Hello? Are you still there?", "Yes, sorry for the wait."),
    ],
)
def test_a_reply_that_fits_every_question_answers_them_all(customer: str, agent: str) -> None:
    conversation = exchange(customer, agent)
    assert ignored(conversation) == []
    assert len(answers_all_questions(conversation)) == len(customer_questions(conversation))


def test_a_reply_that_fits_none_answered_something_we_cannot_place() -> None:
    # Neither a time nor a figure: we cannot tell which it meant to answer, so neither
    # question is called ignored on its shape alone.
    conversation = exchange(
        "When does the sale end? How much off are the sofas?", "Let me check that for you."
    )
    assert ignored(conversation) == []


def test_a_statement_question_is_answered_by_a_bare_no() -> None:
    conversation = exchange(
        "And you're not going to charge me again? Where does the refund go?", "No, never."
    )
    assert ignored(conversation) == ["Where does the refund go?"]
