"""Attentive detectors on named service sentences, positive and negative."""

from __future__ import annotations

import pytest

from legendary.care.behaviours.attentive import answers_all_questions, name_mentions
from legendary.care.behaviours.questions import (
    _may_ask_openly,
    customer_questions,
    open_question_confidence,
)
from legendary.care.detect import detect
from legendary.care.model import make_conversation
from legendary.care.text import find_all, phrase_pattern


def found(behaviour: str, text: str, context: str = "", name: str = "") -> list[str]:
    return [e.quote for e in detect(text, context, behaviours=[behaviour], customer_name=name)]


@pytest.mark.parametrize(
    "text",
    [
        "What happened when you tried to log in?",
        "So, how long has the heating been off?",
        "Could you tell me a bit more about the error you're seeing?",
        "Walk me through what you did before the app crashed.",
        "Which part of the set-up is giving you trouble?",
        "Okay, and why did the engineer say he couldn't fix it?",
        "How come the refund never reached your card?",
    ],
)
def test_open_questions_are_found(text: str) -> None:
    assert found("asks_open_question", text)


@pytest.mark.parametrize(
    "text",
    [
        "What time is it open until, is it 9?",
        "Did the parcel arrive today?",
        "Is your account under this email address?",
        "What you need is a new router, and I'll send one out today.",
        "When I checked your account, the payment had gone through.",
        "Do you want me to cancel the order?",
        "What is your order number?",
        "What's the email address on the account?",
        # A wh-word whose own noun is an identifier asks for one fact, whatever follows.
        "Which delivery address did you use for this order?",
        "What email address did you write in from?",
        "Which card did you pay with?",
        "What name is the table booked under?",
        "What's the reference on the letter we sent?",
    ],
)
def test_closed_questions_and_statements_are_not(text: str) -> None:
    assert not found("asks_open_question", text)


def test_open_question_evidence_quotes_the_question_only() -> None:
    text = "Thanks for waiting. What did the courier tell you?"
    (evidence,) = detect(text, behaviours=["asks_open_question"])
    assert evidence.quote == "What did the courier tell you?"
    assert text[evidence.start : evidence.end] == evidence.quote


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "I've been charged twice for the same order and nobody answers my emails.",
            "So you were charged twice for one order and haven't heard back from us.",
        ),
        (
            "The boiler keeps switching itself off at night.",
            "It sounds like the boiler is cutting out overnight.",
        ),
        (
            "I need the replacement before my trip on Friday.",
            "Just to confirm, you need it before Friday.",
        ),
        (
            "My sister bought the gift card online and the till won't take it.",
            "Let me check I've got this: your sister bought it online and it isn't working.",
        ),
    ],
)
def test_paraphrases_restate_the_customer(context: str, text: str) -> None:
    assert found("paraphrases", text, context)


@pytest.mark.parametrize(
    ("context", "text"),
    [
        ("I've been charged twice for the same order.", "I'll refund the second charge today."),
        ("My parcel hasn't arrived.", "Our opening hours are 9 to 5."),
        ("My parcel hasn't arrived.", "Okay."),
        ("The mattress topper I ordered is the wrong size.", "What's the order number?"),
        ("Does the price promise cover delivery?", "It covers the item price only."),
        ("I paid full price last week.", "You're inside our price promise, so you're covered."),
        ("I was charged twice.", "I'm sorry you feel that way."),
        (
            "Nobody in the store would help us.",
            "I've logged this as a formal complaint so it's looked at properly.",
        ),
    ],
)
def test_acting_or_unrelated_replies_are_not_paraphrases(context: str, text: str) -> None:
    assert not found("paraphrases", text, context)


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "Can I get the invoice? My accountant needs it today.",
            "I understand you need the invoice for your accountant today.",
        ),
        (
            "The new sofa has to arrive before Saturday, my parents are visiting.",
            "So you need the sofa delivered before Saturday because your parents are coming.",
        ),
        (
            "The boiler's gone again and I need someone out this week.",
            "Got it, you need an engineer out to you this week.",
        ),
        # A checking question that says the need back still acknowledges it.
        (
            "The dress has to be here before my sister's wedding on the 14th.",
            "So you need the dress before the wedding on the 14th?",
        ),
    ],
)
def test_acknowledges_need_says_back_what_the_customer_needs(context: str, text: str) -> None:
    assert found("acknowledges_need", text, context)


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # The word "need" without saying back the customer's need: the agent's own need, a
        # step put on the customer, a need waved away, and a rule the agent understands.
        ("Where's my invoice?", "Our invoices are sent monthly."),
        ("Where's my invoice?", "I'll need your order number before I can look for it."),
        ("Can I change the delivery address?", "You need to sign in before you can change it."),
        ("Do I have to keep the box for a return?", "We don't need the original box for that."),
        (
            "The sofa has to arrive before Saturday.",
            "I understand our couriers don't deliver on Saturdays.",
        ),
        ("The boiler's gone again.", "Engineers are needed all over the region this week."),
        # A need asked about, not said back; a step put on the customer in a "what" clause.
        ("I need a new charger for my laptop.", "Do you need a case for the laptop too?"),
        ("Can I return the jacket?", "Did you want the refund on the card you paid with?"),
        ("I want to send the jacket back.", "What you need to do is send the jacket to our depot."),
        ("How do I return the boots?", "All you need to do is drop the boots at any post office."),
    ],
)
def test_need_words_that_say_back_nothing_are_not_acknowledgements(context: str, text: str) -> None:
    assert not found("acknowledges_need", text, context)


def test_uses_customer_name_needs_a_capitalised_mention() -> None:
    assert found("uses_customer_name", "Thanks, Maria, I can see the order.", name="Maria Lopez")
    assert found("uses_customer_name", "Ms Lopez, your order is on its way.", name="Maria Lopez")
    assert not found("uses_customer_name", "Thanks, I can see the order.", name="Maria Lopez")
    assert not found("uses_customer_name", "Thanks, Maria.", name="")
    # Only a capitalised mention counts: in lower case "hope" and "summer" are the ordinary
    # words, and a lower-case "maria" is not read as the name either.
    assert not found("uses_customer_name", "I hope that helps with the refund.", name="Hope Clarke")
    assert not found("uses_customer_name", "Our summer sale ends on Friday.", name="Summer Reid")
    assert not found("uses_customer_name", "thanks maria, i can see the order", name="Maria Lopez")


def test_every_customer_question_answered() -> None:
    conversation = make_conversation(
        "c1",
        [
            ("customer", "Where is my parcel? It was due Monday."),
            ("agent", "Your parcel is at the local depot and goes out tomorrow."),
            ("customer", "Can I pick it up myself?"),
            ("agent", "Yes, you can collect it from the depot after 10am."),
        ],
    )
    evidence = answers_all_questions(conversation)
    assert [e.turn for e in evidence] == [0, 2]


def test_an_unanswered_question_means_no_evidence() -> None:
    conversation = make_conversation(
        "c2",
        [
            ("customer", "Where is my parcel?"),
            ("agent", "Where is my parcel?"[:0] + "Could you give me the order number?"),
            ("customer", "It's 4471."),
        ],
    )
    # The agent only asked back; the customer's question was never answered.
    assert answers_all_questions(conversation) == []
    assert customer_questions(conversation)[0].answered_by is None


def test_no_customer_questions_is_not_applicable() -> None:
    conversation = make_conversation(
        "c3", [("customer", "My order arrived, all good."), ("agent", "Lovely, enjoy it!")]
    )
    assert customer_questions(conversation) == []
    assert answers_all_questions(conversation) == []


_NAMES = [
    "Maria Lopez",
    "Ann Anna",
    "Jo Jones",
    "J Smith",
    "Dr. Sam O'Brien",
    "Li",
    "Mary-Jane  Watts",
    "José Núñez",
]
_SAID = [
    "Thanks, Maria, I can see the order. Maria Lopez is on the account, MARIA.",
    "Maria  Lopez, maria\tlopez, Maria\nLopez: Lopez's order, Maria's refund, Marian, Mariah.",
    "Hi Ann, Anna here; Ann-Anna, Anna Ann, ann anna, Annabel. Ann_ne 'Ann' Ann'",
    "Jo, Jones, Jo Jones, JoJones, Jo  Jones! jo-jones Jonesy",
    "J Smith, Mr Smith, J. Smith, Smith.",
    "Dr. Sam O'Brien called; O'Brien and Dr. O'Brien, sam, Dr.Sam, Dr. Sam",
    "Li, Lily, li, Li-Na, Li's order, (Li)",
    "Mary-Jane Watts, Mary-Jane, Mary Jane, Watts-Smith, WATTS",
    "José Núñez, José, Jose Nunez, Núñez.",
    "",
]


@pytest.mark.parametrize("name", _NAMES)
def test_name_mentions_finds_what_the_name_pattern_finds(name: str) -> None:
    parts = [p for p in name.split() if len(p) > 1]
    pattern = phrase_pattern([name, *parts])
    for text in _SAID:
        assert name_mentions(name, text) == find_all(pattern, text), (name, text)


def test_name_mentions_needs_a_part_longer_than_a_letter() -> None:
    assert name_mentions("J K", "J K called") == []
    assert [s.text for s in name_mentions("Jo K", "Hello Jo K and jo")] == ["Jo K", "jo"]


_SENTENCES = [
    ("And you?", True),
    ("you have how many kids", True),
    ("wat do u think happened", True),  # a chat spelling of a wh-word
    ("Well-what happened next", True),  # a clause may start inside a hyphenated word
    ("Could you tell me more about the noise it makes.", True),  # an invitation
    ("I've refunded the delivery charge to your card.", False),
    ("Thanks for waiting, the parcel left our depot this morning.", False),
    ("Follow-up is on me.", False),
]


@pytest.mark.parametrize(("sentence", "may_ask"), _SENTENCES)
def test_a_sentence_passed_over_as_no_open_question_is_none(sentence: str, may_ask: bool) -> None:
    text = f"Okay. {sentence} Anything else?"
    start = text.index(sentence)
    assert _may_ask_openly(sentence, text, start) is may_ask
    if not may_ask:
        assert open_question_confidence(sentence, text, start) == 0.0
