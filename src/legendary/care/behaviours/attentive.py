"""Attentive: listening to find the customer's needs, and showing it.

Detectors: `asks_open_question`, `paraphrases`, `acknowledges_need`,
`answers_all_questions` (over the whole conversation) and `uses_customer_name`.
The question-shape rules live in `questions.py`, the paraphrase comparison in
`reflection.py`; this module turns their findings into evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from legendary.care.behaviours.base import (
    Gate,
    Utterance,
    conversation_behaviour,
    name_words,
    utterance_behaviour,
)
from legendary.care.behaviours.questions import (
    customer_questions,
    open_question_spans,
    open_question_triggers,
)
from legendary.care.behaviours.reflection import need_acknowledgements, need_triggers, reflection
from legendary.care.evidence import Evidence
from legendary.care.model import Conversation
from legendary.care.text import find_all, phrase_pattern, word_set


@utterance_behaviour(
    "asks_open_question",
    quality="attentive",
    triggers=open_question_triggers,
    description="Asks an open question (what, how, why… or 'tell me more') that invites "
    "the customer to explain, rather than a yes/no question.",
)
def asks_open_question(utterance: Utterance) -> list[Evidence]:
    """Evidence for each open question in the agent's turn (the whole sentence is quoted).

    Open: a wh-word followed by an inverted auxiliary, a verb or a noun ("what happened
    when you tried to log in?", "how long have you had it?"), or an invitation ("could
    you tell me more about…", "walk me through it"). Not open: a yes/no question ("did
    it arrive?"), a wh-clause inside a statement ("what you need is…"), or a wh-question
    that proposes its own answer ("what time does it close, is it 9?").
    """
    return [
        Evidence("asks_open_question", utterance.turn, span.start, span.end, span.text, confidence)
        for span, confidence in open_question_spans(utterance.text)
    ]


@utterance_behaviour(
    "paraphrases",
    quality="attentive",
    reads_context=True,
    description="Repeats back or reflects what the customer just said, so they know they "
    "were heard.",
)
def paraphrases(utterance: Utterance) -> list[Evidence]:
    """Evidence where the agent restates or reflects the customer's previous turn.

    Either a reflective frame ("so what you're saying is…", "it sounds like…", "if I
    understand you correctly…") or a clause that reuses the customer's content words in
    the agent's own sentence (see `reflection.reflection`).
    """
    found = reflection(utterance.text, utterance.context)
    if found is None:
        return []
    span, confidence, detail = found
    return [
        Evidence("paraphrases", utterance.turn, span.start, span.end, span.text, confidence, detail)
    ]


@utterance_behaviour(
    "acknowledges_need",
    quality="attentive",
    reads_context=True,
    triggers=need_triggers,
    description="Says back what the customer needs ('I understand you need the refund "
    "before Friday') or confirms it has been understood.",
)
def acknowledges_need(utterance: Utterance) -> list[Evidence]:
    """Evidence for statements that name the customer's need as understood."""
    return [
        Evidence("acknowledges_need", utterance.turn, span.start, span.end, span.text, confidence)
        for span, confidence in need_acknowledgements(utterance.text, utterance.context)
    ]


@utterance_behaviour(
    "uses_customer_name",
    quality="attentive",
    reads_context=True,
    # Only a turn that says a word of the customer's name can use it: most turns are
    # skipped without a call, and every turn when the name is unknown.
    triggers=lambda: Gate(name=True),
    description="Addresses the customer by their name.",
)
def uses_customer_name(utterance: Utterance) -> list[Evidence]:
    """Evidence for each place the agent says the customer's first or full name.

    Needs `Utterance.customer_name`; without a known name there is nothing to find.
    """
    name = utterance.customer_name.strip()
    if not name or name_words(name).isdisjoint(word_set(utterance.text)):
        return []  # the usual case, decided in C before any pattern is built
    pattern = _name_pattern(name)
    if pattern is None:
        return []
    return [
        Evidence("uses_customer_name", utterance.turn, span.start, span.end, span.text, 0.95)
        for span in find_all(pattern, utterance.text)
        if span.text[:1].isupper()
    ]


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    """A pattern for the full name or any part of it, built only for a name an agent
    said (compiling one per customer would cost more than the detectors)."""
    parts = [p for p in name.split() if len(p) > 1]
    return phrase_pattern([name, *parts]) if parts else None


@conversation_behaviour(
    "answers_all_questions",
    quality="attentive",
    description="Every question the customer asked got an answer in a following agent turn.",
)
def answers_all_questions(conversation: Conversation) -> list[Evidence]:
    """Evidence (the customer's question) for each customer question that was answered.

    A question counts as answered when a later agent turn, before the customer's next
    question on another topic, responds to it: it shares the question's content words, or
    it is the agent's next turn and is not itself only a question back. Returns evidence
    only when *every* customer question was answered (the behaviour is all or nothing);
    with no customer questions it returns nothing, and the rubric treats it as N/A (see
    `customer_questions`).
    """
    asked = customer_questions(conversation)
    if not asked:
        return []
    evidence = []
    for question in asked:
        if question.answered_by is None:
            return []
        evidence.append(
            Evidence(
                "answers_all_questions",
                question.turn,
                question.span.start,
                question.span.end,
                question.span.text,
                question.confidence,
                (("answered_in_turn", str(question.answered_by)),),
            )
        )
    return evidence
