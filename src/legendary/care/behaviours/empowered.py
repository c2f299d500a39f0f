"""Empowered: the provider knows the policy and their own authority, and acts on it.

- `resolves_without_handoff` (conversation): the problem is settled in this conversation
  ("I've refunded…", "that's all sorted", or the customer confirms) and no agent passes
  the customer on;
- `explains_policy_with_alternative`: a policy or rule comes up *and* the provider offers
  what they can do instead;
- `blames_policy` (breaker): the policy used as a wall ("I'm sorry but that's policy"),
  with no alternative and no promise to act in the turn;
- `transfers_without_ownership` (breaker): a hand-off ("I'll transfer you", "someone from
  billing will call you") with nothing that owns the follow-up (a callback, a reference,
  "I'll stay on the line", "I've briefed them").

The phrase lists live in `lexicons/empowered.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from legendary.care.behaviours.base import (
    Gate,
    Utterance,
    conversation_behaviour,
    quote,
    utterance_behaviour,
)
from legendary.care.behaviours.committed import acts_done_toward_party, deflects, find_promises
from legendary.care.behaviours.grants import grants_despite_the_rule
from legendary.care.behaviours.questions import judged_questions
from legendary.care.behaviours.responsive import offers_solution
from legendary.care.evidence import Evidence
from legendary.care.lexicons import load_lexicon
from legendary.care.model import Conversation, Role
from legendary.care.patterns import AnchoredPattern
from legendary.care.sentiment import classify
from legendary.care.text import TEXTS, Span, phrase_alternation, sentence_at, words


@dataclass(frozen=True, slots=True)
class _Patterns:
    policy: AnchoredPattern
    restriction: AnchoredPattern
    wall: AnchoredPattern
    alternative: AnchoredPattern
    handoff: AnchoredPattern
    warm_handoff: AnchoredPattern
    resolution: AnchoredPattern
    status: AnchoredPattern
    customer_confirms: AnchoredPattern
    relayed: AnchoredPattern


# The words the "re:" patterns of `empowered.json` can start with.
_PATTERN_FIRST_WORDS: dict[str, tuple[str, ...]] = {
    # after praise, "I'll pass it on": the compliment relayed, not a hand-off
    "relayed": ("pass", "passed", "passing", "forward", "forwarded", "forwarding"),
    "handoff": (
        "pass",
        "passed",
        "passing",
        "hand",
        "handed",
        "handing",
        "forward",
        "forwarded",
        "forwarding",
        "escalate",
        "escalated",
        "escalating",
        "refer",
        "referred",
        "referring",
        "you'll",
        "you",
        "you'd",
        # "I'm bringing in my colleague Aisha", "my colleague Sam from billing will call
        # you", "a colleague will be in touch", "Aisha will look after you from here"
        "a",
        "bring",
        "bringing",
        "brought",
        "introduce",
        "introducing",
        "my",
        "our",
        "will",
    ),
    "wall": ("that's", "that", "it's", "it", "this", "the", "rules", "policy"),
    "policy": ("for", "we", "our"),
    # "can't", "cannot", "can not", "couldn't": a refusal, not "can't be bothered".
    "restriction": ("only", "we", "i", "can't", "cannot", "can", "couldn't"),
    # "I've put you through and stayed on the line", "I'm staying on the call".
    "warm_handoff": ("i", "we", "i've", "we've", "and", "then", "i'm", "we're"),
    # "I can still offer…", "we could…", "I'm able to…": the provider's own capability.
    "alternative": ("i", "we", "i'm", "we're"),
    "resolution": (
        "i",
        "we",
        "i've",
        "we've",
        "that's",
        "that",
        "it's",
        "it",
        "this",
        "you're",
        "you",
        "everything's",
        "everything",
        "the",
        "your",
        "should",
        "will",
        # "Done: your renewal is set to 15 seats.", "All done."
        "done",
        "all",
    ),
    # "Your booking is now changed to 8pm.": read by `_status_settles`.
    "status": ("the", "your"),
    # "It's here and it looks great!": what they waited for came, as it should.
    "customer_confirms": (
        "it's",
        "it",
        "they've",
        "they",
        "they're",
        "that",
        "this",
        "everything",
        "all",
    ),
}


@cache
def _patterns() -> _Patterns:
    """The phrase patterns of `empowered.json`, anchored on their first words (built once)."""
    lex = load_lexicon("empowered")
    return _Patterns(
        *(
            AnchoredPattern.of_phrases(lex[name], _PATTERN_FIRST_WORDS.get(name, ()))
            for name in _Patterns.__slots__
        )
    )


@lru_cache(maxsize=TEXTS)
def restrictive_policy(text: str) -> tuple[Span, ...]:
    """The sentences of `text` where a policy or rule stops something ("our policy doesn't
    allow…", "that's company policy", "my hands are tied").

    Used by `blames_policy` and by the rubric to decide whether policy came up at all.
    """
    pats = _patterns()
    found: list[Span] = []
    for m in pats.wall.finditer(text):
        found.append(sentence_at(text, m.start()))
    for m in pats.policy.finditer(text):
        sentence = sentence_at(text, m.start())
        if sentence in found:
            continue
        if pats.restriction.search(text, sentence.start, sentence.end):
            found.append(sentence)
            continue
        # "We can't reissue receipts. Company policy.": a policy said as a fragment
        # names the rule behind the refusal in the sentence before it.
        if sentence.start > 0 and len(sentence.text.split()) <= _FRAGMENT_WORDS:
            before = sentence_at(text, sentence.start - 1)
            refused = pats.restriction.search(text, before.start, before.end) or _NEGATION.search(
                before.text
            )
            if before.start < sentence.start and refused:
                found.append(Span(text[before.start : sentence.end], before.start, sentence.end))
    return tuple(sorted(set(found), key=lambda s: s.start))


#: A sentence this short that names a policy is a fragment ("Company policy.", "This is
#: our policy for all accounts.").
_FRAGMENT_WORDS = 7
#: Any refusal before such a fragment ("We don't post statements. Bank policy.").
_NEGATION = re.compile(r"\b(?:not|no|never)\b|n't\b", re.IGNORECASE)


@lru_cache(maxsize=TEXTS)
def handoffs(text: str) -> tuple[Span, ...]:
    """Where `text` passes the customer (or their problem) to someone else (cached: the
    detectors and the rubric's facts all ask)."""
    return tuple(
        Span(text[m.start() : m.end()], m.start(), m.end())
        for m in _patterns().handoff.finditer(text)
    )


def _policy_gate() -> Gate:
    """What `restrictive_policy` needs: a wall, or a policy phrase."""
    return Gate.of(_patterns().wall, _patterns().policy)


def _owns_follow_up(text: str, handed: tuple[Span, ...]) -> bool:
    """True when the turn owns what happens after a hand-off: a warm hand-off phrase, an
    act already done toward the other party for the customer ("I've already sent them
    your photos", "so I've booked you a call with them"), or a first-person promise that
    is not itself the hand-off ("I'll escalate this to…")."""
    if _patterns().warm_handoff.search(text) or acts_done_toward_party(text):
        return True
    return any(
        not any(p.start < h.end and h.start < p.end for h in handed) for p in find_promises(text)
    )


def _alternative_at(text: str) -> int | None:
    """Where `text` first offers a way forward ("instead", "what I can do", "I can still
    offer…", "we could…"), or None. A promise alone is none: "let me have a look" or
    "we'll get back to you" after a refusal offers nothing in the rule's place."""
    alternative = _patterns().alternative.search(text)
    return None if alternative is None else alternative.start()


def _policy_then_contrast(text: str, alternative: int) -> tuple[Span, ...]:
    """The sentence of a policy that a contrast then answers with the alternative at
    `alternative` ("Check-in is from 3pm as per our policy, but we can store your
    bags"): a rule that stops what the customer asked, though no restriction word says
    so."""
    for m in _patterns().policy.finditer(text, 0, alternative):
        if _NO_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "there's no row limit, though…": a rule that is not there
        if _CONTRAST.search(text, m.end(), alternative) or _CONTRAST.match(text, alternative):
            return (sentence_at(text, m.start()),)
    return ()


#: "no" (and perhaps one word) just before a policy word: "no limit", "no row limit".
_NO_BEFORE = re.compile(r"\bno\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:but|however|though|instead|alternatively)\b", re.IGNORECASE)


@utterance_behaviour(
    "explains_policy_with_alternative",
    quality="empowered",
    triggers=lambda: _policy_gate(),
    description="Explains a policy or rule and offers what can be done instead: "
    "“we can't refund opened items, but what I can do is an exchange”.",
)
def explains_policy_with_alternative(utterance: Utterance) -> list[Evidence]:
    """One piece of evidence from the first restricting policy sentence to the end of
    the first alternative offered after (or around) it, when the turn has both.

    Only a policy that stops something needs an alternative; the restricting sentences
    are the ones `blames_policy` reads too (`restrictive_policy`, computed once).
    """
    text = utterance.text
    alternative = _alternative_at(text)
    if alternative is None:
        return []
    walls = restrictive_policy(text) or _policy_then_contrast(text, alternative)
    if not walls:
        return []
    first = sentence_at(text, min(walls[0].start, alternative))
    last = sentence_at(text, max(walls[0].start, alternative))
    return [quote("explains_policy_with_alternative", utterance, first.start, last.end, 0.8)]


@utterance_behaviour(
    "blames_policy",
    quality="empowered",
    breaker=True,
    triggers=lambda: _policy_gate(),
    description="Uses policy as a wall, with no alternative: “I'm sorry but that's policy”.",
)
def blames_policy(utterance: Utterance) -> list[Evidence]:
    """Evidence for each restrictive policy sentence, when the turn offers no alternative,
    promises nothing ("the policy lets me refund you in full" is not a restriction) and
    grants nothing: a rule cited to say yes is no wall (`grants_despite_the_rule`)."""
    text = utterance.text
    walls = restrictive_policy(text)
    if (
        not walls
        or _alternative_at(text) is not None
        or any(not _waits_on_availability(text, p.end) for p in find_promises(text))
        or grants_despite_the_rule(text)
    ):
        return []
    return [quote("blames_policy", utterance, s.start, s.end, 0.85) for s in walls]


def _waits_on_availability(text: str, end: int) -> bool:
    """True when the promise ending at `end` waits on a person being free, later in its
    own clause ("A crew will attend when one is available."): no time, no new way. A thing
    awaited ("as soon as a seat is available") is still a way forward."""
    sentence = sentence_at(text, end - 1)
    boundary = _CLAUSE_END.search(text, end, sentence.end)
    return (
        _availability().search(text, end, boundary.start() if boundary else sentence.end)
        is not None
    )


#: Where a promise's own clause ends: "I'll post a form today, and we'll call when we can"
#: waits in its second clause only.
_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but|or|so)\s", re.IGNORECASE)


@cache
def _availability() -> re.Pattern[str]:
    """empowered.json `waits_on_availability`, compiled case-blind."""
    return re.compile(load_lexicon("empowered")["waits_on_availability"], re.IGNORECASE)


@utterance_behaviour(
    "transfers_without_ownership",
    quality="empowered",
    breaker=True,
    triggers=lambda: Gate.of(_patterns().handoff),
    reads_context=True,  # "I'll pass it on" after praise relays a compliment
    description="Hands the customer off without owning the follow-up: “I'll transfer you "
    "to billing” with no callback, reference or warm introduction.",
)
def transfers_without_ownership(utterance: Utterance) -> list[Evidence]:
    """Evidence for each hand-off in a turn that owns nothing of what happens next."""
    text = utterance.text
    handed = handoffs(text)
    if handed and classify(utterance.context) == "positive":
        # After praise ("the instructor was wonderful"), "I'll pass it on to her"
        # relays the compliment: nothing of the customer's is handed on.
        handed = tuple(h for h in handed if _patterns().relayed.search(h.text) is None)
    if not handed or _owns_follow_up(text, handed):
        return []
    return [
        quote("transfers_without_ownership", utterance, s.start, s.end, 0.75)
        for s in (sentence_at(text, h.start) for h in handed)
    ]


@lru_cache(maxsize=TEXTS)
def _passes_on(text: str) -> bool:
    """True when the agent's `text` hands the customer off or deflects: remembered per
    text, as `resolves_without_handoff` asks it of every agent turn of every conversation."""
    return bool(handoffs(text) or deflects(Utterance(text)))


@conversation_behaviour(
    "resolves_without_handoff",
    quality="empowered",
    description="Settles the customer's problem in this conversation without passing them on.",
)
def resolves_without_handoff(conversation: Conversation) -> list[Evidence]:
    """Evidence of the last resolution the agent states (or, failing that, the customer's
    closing confirmation, read past their closing small talk), when no agent hands the
    customer off and only one agent spoke.

    Failing both, an answer the customer never confirmed: the steps they asked for,
    given in full, and no word from them after (`_answered_and_left`: low confidence,
    detail "unconfirmed"). Returns nothing when any agent turn contains a hand-off or a
    deflection (`committed.deflects`: the problem pushed away is not settled here), when
    several agents took part (the customer was passed on), or when nothing shows the
    problem was settled.
    """
    if len(conversation.agent_names()) > 1:
        return []
    turns = conversation.turns
    agent_turns = [i for i, turn in enumerate(turns) if turn.speaker.role is Role.AGENT]
    if not agent_turns or any(_passes_on(turns[i].text) for i in agent_turns):
        # Passed on, or pushed away ("trial extensions are handled by your account
        # manager, please contact them directly"): not settled here.
        return []
    pats = _patterns()
    # The last resolution stated wins, so read the agent's turns from the end.
    for index in reversed(agent_turns):
        text = turns[index].text
        starts = [m.start() for m in pats.resolution.finditer(text)]
        starts += [
            m.start()
            for m in pats.status.finditer(text)
            if _status_settles(conversation, index, m.group(), m.start())
        ]
        if starts:
            return [_sentence_evidence(text, index, max(starts), 0.8)]
    # Failing that, the customer's last word after the agent spoke may confirm it; their
    # closing small talk ("Bye.", "Will do!", "Nothing else, thanks") is read past, to
    # the turn that says how it went ("That would be brilliant, thank you.").
    last = None
    for i in range(len(turns) - 1, agent_turns[0], -1):
        if not turns[i].is_customer:
            continue
        confirmation = _confirmation_at(turns[i].text)
        if confirmation is not None:
            return [_sentence_evidence(turns[i].text, i, confirmation, 0.6)]
        if not only_closing_words(turns[i].text):
            last = i  # what the customer last said of substance
            break
    return _answered_and_left(conversation, last)


def _confirmation_at(text: str) -> int | None:
    """Where the customer's `text` first confirms the case settled, or None. A confirmation
    is said, not asked ("Is it here yet?", "They're here now, what do I tell them?") and
    not hoped ("It looks great in the photos, I hope it fits."): its sentence ends in no
    question mark and holds none of empowered.json's `confirmation_hedges`."""
    for m in _patterns().customer_confirms.finditer(text):
        sentence = sentence_at(text, m.start())
        if sentence.text.rstrip().endswith("?") or _hedges().search(sentence.text):
            continue
        return m.start()
    return None


@cache
def _hedges() -> re.Pattern[str]:
    """empowered.json `confirmation_hedges`, as whole words."""
    return re.compile(phrase_alternation(load_lexicon("empowered")["confirmation_hedges"]), re.I)


def _status_settles(conversation: Conversation, index: int, status: str, start: int) -> bool:
    """True when a status said of the customer's thing in agent turn `index` ("your
    membership is cancelled") settles the case: the agent did it just now ("is now
    changed") or the customer asked for an act on it in an earlier turn ("Can you cancel
    my membership?"), and its sentence gives no bad news and says nothing of how things
    always are (`status_unsettled`: "I'm afraid your flight is cancelled because of the
    strike", "your password is reset every 90 days")."""
    text = conversation.turns[index].text
    if _unsettled().search(sentence_at(text, start).text):
        return False
    if re.search(r"\bnow\b", status, re.I):
        return True
    return any(
        turn.is_customer and _asked_acts().search(turn.text) is not None
        for turn in conversation.turns[:index]
    )


@cache
def _unsettled() -> re.Pattern[str]:
    """empowered.json `status_unsettled`, as whole words."""
    return re.compile(phrase_alternation(load_lexicon("empowered")["status_unsettled"]), re.I)


@cache
def _asked_acts() -> re.Pattern[str]:
    """empowered.json `status_asked`: the stems of acts a customer asks for ("cancel",
    "chang"), each starting a word, perhaps after "re-"."""
    stems = "|".join(re.escape(s) for s in load_lexicon("empowered")["status_asked"])
    return re.compile(rf"\b(?:re-?)?(?:{stems})", re.I)


@cache
def _closing_words() -> frozenset[str]:
    return frozenset(load_lexicon("empowered")["closing_words"])


def only_closing_words(text: str) -> bool:
    """True when a customer's turn is nothing but closing small talk (thanks, goodbye,
    "will do", "nothing else"): it says nothing of how the problem went."""
    said = words(text)
    return bool(said) and _closing_words().issuperset(said)


def _answered_and_left(conversation: Conversation, last_customer: int | None) -> list[Evidence]:
    """Evidence, marked unconfirmed, when the customer asked how to do something, every
    question they asked was answered, and the agent's answering turn puts the way forward
    on the table (`offers_solution`: the steps, an option) with no word from the customer
    after it: most customers given the steps go and use them without saying so. Less sure
    than a confirmation, so a low confidence; nothing when a question is still open or
    the customer came back after the answer (they said how it went, and it was no
    confirmation)."""
    asked = judged_questions(conversation)
    if not asked or any(q.answered_by is None for q in asked):
        return []
    answer = max(q.answered_by for q in asked if q.answered_by is not None)
    if last_customer is not None and last_customer > answer:
        return []
    turn = conversation.turns[answer]
    offers = offers_solution(Utterance(turn.text, turn=answer))
    if not offers:
        return []
    first = offers[0]
    return [
        Evidence(
            "resolves_without_handoff",
            answer,
            first.start,
            first.end,
            first.quote,
            0.5,
            (("unconfirmed", "yes"),),
        )
    ]


def _sentence_evidence(text: str, turn: int, offset: int, confidence: float) -> Evidence:
    """`resolves_without_handoff` evidence quoting the sentence of `text` around `offset`."""
    sentence = sentence_at(text, offset)
    utterance = Utterance(text, turn=turn)
    return quote("resolves_without_handoff", utterance, sentence.start, sentence.end, confidence)
