"""A question back from the agent ("Which order do you mean?") is not an answer.

It may share the customer's words ("order"), but it asks for what the agent needs in
order to answer. So the customer's question is answered by a later agent turn that
does answer; if the customer never replies to the question back, their question waits
on them: it is neither answered (`answers_all_questions` does not quote it as answered,
and with nothing else asked the behaviour is not applicable) nor ignored
(`ignores_question`). If the customer did reply and still got no answer, the question
was not answered.
"""

from __future__ import annotations

from legendary.care.behaviours.attentive import answers_all_questions
from legendary.care.behaviours.breakers import ignores_question
from legendary.care.behaviours.questions import customer_questions
from legendary.care.model import Conversation, make_conversation
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score

WHERE = "Where is my order? It was meant to come on Friday."
WHICH = "Which order do you mean, the one from the 3rd or the one from the 9th?"
THE_NINTH = "The one from the 9th."
ANSWER = "That one left our warehouse this morning and should be with you tomorrow."


def chat(*texts: str) -> Conversation:
    """Customer and agent taking turns, the customer first."""
    roles = ("customer", "agent")
    return make_conversation("asked-back", [(roles[i % 2], t) for i, t in enumerate(texts)])


def test_the_answer_after_a_question_back_is_the_answer() -> None:
    conversation = chat(WHERE, WHICH, THE_NINTH, ANSWER)
    (question,) = customer_questions(conversation)
    assert question.answered_by == 3
    (evidence,) = answers_all_questions(conversation)
    assert dict(evidence.detail)["answered_in_turn"] == "3"


def test_a_question_back_that_shares_the_words_does_not_answer() -> None:
    # The customer answered the question back; nobody answered them.
    conversation = chat(WHERE, WHICH, THE_NINTH)
    (question,) = customer_questions(conversation)
    assert question.answered_by is None
    assert answers_all_questions(conversation) == []


def test_a_question_still_waiting_on_the_customer_is_not_ignored() -> None:
    conversation = chat("Can I change the delivery address on my parcel?", WHICH)
    (question,) = customer_questions(conversation)
    assert question.answered_by is None
    assert question.waits_on_customer
    assert ignores_question(conversation) == []
    assert answers_all_questions(conversation) == []
    card = score(conversation)
    assert card.outcome("answers_all_questions") is Outcome.NOT_APPLICABLE
    assert card.outcome("ignores_question") is not Outcome.PRESENT


def test_asking_for_the_reference_is_not_ignoring_the_question() -> None:
    conversation = chat(
        "Hi, has my refund gone through yet?",
        "Could you give me the booking reference so I can look?",
    )
    assert ignores_question(conversation) == []


def test_a_waiting_question_beside_an_answered_one_leaves_the_answer_standing() -> None:
    conversation = chat(
        "Do you deliver on Sundays?",
        "Yes, we deliver seven days a week.",
        "Great. And can you move my order to Sunday?",
        "Which order would you like moved?",
    )
    evidence = answers_all_questions(conversation)
    assert [e.turn for e in evidence] == [0]
    card = score(conversation)
    assert card.outcome("answers_all_questions") is Outcome.PRESENT


def test_an_apology_before_the_question_back_answers_nothing() -> None:
    # Found on a walk of a Zendesk and a twcs file: the apology's words ("happened",
    # "trouble") were read as the answer.
    for question, reply in (
        (
            "My train was cancelled again. Why does this keep happening?",
            "I'm sorry this happened twice. Which station were you travelling from?",
        ),
        (
            "My account is locked, what do I do?",
            "Sorry for the trouble. Which email address do you sign in with?",
        ),
    ):
        (asked,) = customer_questions(chat(question, reply))
        assert (asked.answered_by, asked.asked_back) == (None, 1), reply


def test_an_apology_that_carries_the_answer_still_answers() -> None:
    for question, reply in (
        ("Can I get a refund on this?", "I'm sorry, yes, you can. Shall I start it now?"),
        ("Do you deliver on Sundays?", "Sorry, we don't deliver on Sundays. Would Monday work?"),
    ):
        (asked,) = customer_questions(chat(question, reply))
        assert asked.answered_by == 1, reply
