"""Attentive: listening to find the customer's needs, and showing it.

Detectors: `asks_open_question`, `paraphrases`, `acknowledges_need`,
`answers_all_questions` (over the whole conversation) and `uses_customer_name`.
The question-shape rules live in `questions.py`, the paraphrase comparison in
`reflection.py`; this module turns their findings into evidence.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from legendary.care.behaviours.base import (
    Gate,
    Utterance,
    conversation_behaviour,
    name_words,
    utterance_behaviour,
)
from legendary.care.behaviours.questions import (
    judged_questions,
    open_question_spans,
    open_question_triggers,
)
from legendary.care.behaviours.reflection import need_acknowledgements, need_triggers, reflection
from legendary.care.evidence import Evidence
from legendary.care.model import Conversation
from legendary.care.text import Span, find_all, normalise, phrase_pattern, word_set


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
    reads_name=True,
    # Only a turn that says a word of the customer's name can use it: most turns are
    # skipped without a call, and every turn when the name is unknown.
    triggers=lambda: Gate(name=True),
    description="Addresses the customer by their name.",
)
def uses_customer_name(utterance: Utterance) -> list[Evidence]:
    """Evidence for each place the agent says the customer's first or full name.

    Needs `Utterance.customer_name`; without a known name there is nothing to find, and a
    "name" that is an id, handle or address (`addressable_name`) is no name. A handle
    said with its "@" ("@SamK thanks for waiting", which Twitter puts before every reply)
    addresses the account, not the person.
    """
    name = utterance.customer_name.strip()
    if not name or name_words(name).isdisjoint(word_set(utterance.text)):
        return []  # the usual case, decided in C before any pattern is built
    if not addressable_name(name):
        return []
    return [
        Evidence("uses_customer_name", utterance.turn, span.start, span.end, span.text, 0.95)
        for span in name_mentions(name, utterance.text)
        if span.text[:1].isupper() and not utterance.text[: span.start].endswith("@")
    ]


def addressable_name(name: str) -> bool:
    """Whether `name` is something an agent could call the customer by: it has a letter
    and holds no digit, "@" or "_" ("Priya", "Mr O'Neill"; not "115712", the anonymised
    author of a tweet, nor "@sam_k", "sam_k82" or "sam@example.com", an account's handle
    or address, which a reader may give where the source has no name)."""
    return any(char.isalpha() for char in name) and not any(
        char.isdigit() or char in "@_" for char in name
    )


def name_mentions(name: str, text: str) -> list[Span]:
    """Where `text` says the full `name` or a part of it longer than one letter, as whole
    words ignoring case, the longest at each place: the matches of
    `text.phrase_pattern([name, *parts])`, found in ASCII text without compiling a
    pattern per customer (that cost more than all the detectors of the turn)."""
    parts = [p for p in name.split() if len(p) > 1]
    if not parts:
        return []
    norm = normalise(text)
    if not (name.isascii() and norm.isascii()):
        return find_all(_name_pattern(name, tuple(parts)), text)
    low = norm.lower()
    # Longest first: where two start at one place, one is the start of the other.
    phrases = sorted({tuple(p.lower().split()) for p in (name, *parts)}, key=_length, reverse=True)
    starts = sorted({i for words in phrases for i in _occurrences(low, words[0])})
    found: list[Span] = []
    reached = 0
    for start in starts:
        if start < reached or (start and low[start - 1] in _IN_WORD):
            continue
        for words in phrases:
            end = _phrase_end(low, start, words)
            if end >= 0 and (end == len(low) or low[end] not in _IN_WORD):
                found.append(Span(text[start:end], start, end))
                reached = end
                break
    return found


#: What `(?<![\w'])` and `(?![\w'])` refuse next to a whole word, in ASCII text.
_IN_WORD = frozenset(string.ascii_letters + string.digits + "_'")


def _length(words: tuple[str, ...]) -> int:
    return sum(map(len, words))


def _occurrences(low: str, word: str) -> list[int]:
    """Every offset where `word` starts in `low`, overlapping ones included."""
    found = []
    at = low.find(word)
    while at >= 0:
        found.append(at)
        at = low.find(word, at + 1)
    return found


def _phrase_end(low: str, start: int, words: tuple[str, ...]) -> int:
    """Where `words` said from `start` of `low` end, white space of any length between
    them; -1 when they are not said there."""
    at = start
    for i, word in enumerate(words):
        if i:
            blank = at
            while at < len(low) and low[at].isspace():
                at += 1
            if at == blank:
                return -1
        if not low.startswith(word, at):
            return -1
        at += len(word)
    return at


@lru_cache(maxsize=256)
def _name_pattern(name: str, parts: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern for the full name or any of its `parts`, for text outside ASCII."""
    return phrase_pattern([name, *parts])


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
    `customer_questions`). A question still waiting on the customer's reply to a question
    back ("Which order do you mean?") is set aside: not answered, not held against the
    agent; with only such questions the rubric treats the behaviour as N/A too.
    """
    asked = judged_questions(conversation)
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
