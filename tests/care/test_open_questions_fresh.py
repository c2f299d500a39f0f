"""A fresh service check for `asks_open_question`: questions an agent asks on a retail,
telecom, bank, travel or software desk, written for this test and labelled open or closed.

Not taken from any labelled corpus. Open: the customer is invited to explain, in their
own words. Closed: one fact will do (yes/no, a choice offered, a detail asked for or asked
for again: "What did you say your postcode was?").

The floors hold the whole set to a standard rather than pinning every row.
"""

from __future__ import annotations

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores

# (domain, agent's question, is it open?)
Question = tuple[str, str, bool]

OPEN: list[Question] = [
    ("software", "What happened when you tried to log in?", True),
    ("telecom", "How has the connection been since the engineer came out?", True),
    ("retail", "What would a good outcome look like for you?", True),
    ("software", "Could you tell me a bit more about what the error says?", True),
    ("bank", "Why do you think the payment was turned down?", True),
    ("retail", "How did the jacket look when you opened the box?", True),
    ("telecom", "What made you decide to leave us?", True),
    ("software", "Walk me through what you did just before the app froze.", True),
    ("travel", "What's been the most stressful part of the trip so far?", True),
    ("telecom", "How are you finding the new plan?", True),
    ("bank", "What were you hoping we could sort out today?", True),
    ("travel", "Where did things start to go wrong with the booking?", True),
    ("software", "What else has been happening with the account lately?", True),
    ("retail", "How did the driver explain the delay?", True),
    ("software", "What do you mostly use the laptop for?", True),
    ("travel", "Tell me more about what happened at the check-in desk.", True),
    ("telecom", "What did the engineer say before he left?", True),
    ("retail", "How would you like us to put this right?", True),
    ("software", "What's changed since the last update?", True),
    ("bank", "What did they say when you rang the branch?", True),
    ("travel", "What would you say was the worst part of the flight?", True),
]

CLOSED: list[Question] = [
    ("retail", "What did you say your postcode was?", False),
    ("retail", "What was the order number again?", False),
    ("bank", "Sorry, what was your surname again?", False),
    ("travel", "What did you say the booking reference was?", False),
    ("software", "Which email address did you say it was?", False),
    ("bank", "What was that account number again, sorry?", False),
    ("travel", "Where did you say you were flying from?", False),
    ("software", "What did you say the error code was?", False),
    ("bank", "What was the date of the payment again?", False),
    ("retail", "Which size did you say you ordered?", False),
    ("telecom", "Sorry, what did you say?", False),
    ("telecom", "Is the router switched on at the wall?", False),
    ("retail", "Did you get a confirmation email?", False),
    ("retail", "Would you prefer a refund or a replacement?", False),
    ("retail", "What's your order number?", False),
    ("travel", "Which airport are you flying from, Gatwick or Heathrow?", False),
    ("bank", "Can you confirm the last four digits of the card?", False),
    ("software", "Have you tried signing out and back in?", False),
    ("telecom", "What was the name of the engineer again?", False),
    ("bank", "How much did you say the charge was?", False),
]

QUESTIONS = OPEN + CLOSED


def open_question_scores(questions: list[Question]) -> FreshScores:
    """How `asks_open_question` does on `questions` (this set's or another fresh set's)."""
    return fresh_scores(
        (
            f"[{where}] {text!r}",
            expected,
            bool(detect(text, "", behaviours=["asks_open_question"])),
        )
        for where, text, expected in questions
    )


def block_questions(rows: list[tuple[int, str, str, bool]], number: int) -> list[Question]:
    """The questions of one block of a later fresh check's rows (block, where, words, open?)."""
    return [(where, text, expected) for block, where, text, expected in rows if block == number]


def asks_openly(text: str) -> bool:
    """Whether `asks_open_question` reads `text`, said alone, as an open question."""
    return bool(detect(text, "", behaviours=["asks_open_question"]))


def test_the_fresh_questions_are_balanced_and_span_the_desks() -> None:
    assert len(OPEN) >= 20
    assert len(CLOSED) >= 20
    assert {q[0] for q in QUESTIONS} == {"retail", "telecom", "bank", "travel", "software"}


def test_open_questions_hold_their_floor_on_fresh_service_questions() -> None:
    scores = open_question_scores(QUESTIONS)
    assert scores.precision >= 0.9, scores.summary()
    assert scores.recall >= 0.9, scores.summary()
    assert scores.f1 >= 0.9, scores.summary()
