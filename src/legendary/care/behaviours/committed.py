"""Committed: the provider owns the customer's problem and promises with a time.

Detectors read structure, not memorised sentences:

- `takes_ownership`: a first-person future ("I'll", "I'm going to", "let me"), optional
  adverbs ("personally", "right now"), then an action verb ("make sure", "sort out",
  "chase", "call you back"), an ownership idiom ("leave it with me"), or an act already
  done for the customer ("I've re-sent the code to your new number");
- `makes_commitment`: such a promise (or "you'll receive / hear from me", a promise in
  the passive, "your replacement will be dispatched", or one made for a colleague,
  partner or desk, "someone from our team will call you", "the pharmacist will ring
  you", "housekeeping will bring…") with a time expression in the same sentence
  ("by Friday", "within 24 hours", "tomorrow morning", "before 5pm", "in two working
  days", "between 9 and 11"); the detail says what was promised and by when;
- `deflects` (breaker): the problem pushed elsewhere ("not my department", "nothing I can
  do", "you'll have to call the courier"), unless the provider owns it in the same breath.

The phrase lists live in `lexicons/committed.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from legendary.care.behaviours.base import Gate, Utterance, quote, utterance_behaviour
from legendary.care.evidence import Evidence
from legendary.care.lexicons import load_lexicon
from legendary.care.patterns import AnchoredPattern
from legendary.care.text import (
    TEXTS,
    Span,
    first_words,
    phrase_alternation,
    sentence_at,
)


def _alt(key: str) -> str:
    """The regex source matching any phrase of `committed.json[key]` as whole words."""
    return phrase_alternation(load_lexicon("committed")[key])


def _first(*keys: str) -> frozenset[str]:
    """The words the phrases of `committed.json[key]` can start with."""
    lex = load_lexicon("committed")
    return frozenset().union(*(first_words(lex[key]) for key in keys))


@dataclass(frozen=True, slots=True)
class _Patterns:
    ownership: AnchoredPattern
    subject: AnchoredPattern
    coordinated: AnchoredPattern
    condition: AnchoredPattern
    idiom: AnchoredPattern
    receive: AnchoredPattern
    passive: AnchoredPattern
    passive_any: AnchoredPattern
    arrival: AnchoredPattern
    behalf: AnchoredPattern
    behalf_role: AnchoredPattern
    behalf_opener: AnchoredPattern
    time: AnchoredPattern
    hedged: AnchoredPattern
    deflect_strong: AnchoredPattern
    deflect_redirect: AnchoredPattern
    deflect_structure: AnchoredPattern
    deflect_owner: AnchoredPattern
    deflect_alone: AnchoredPattern
    answered: AnchoredPattern
    own_done_act: AnchoredPattern
    done_for_them: AnchoredPattern
    rescue: AnchoredPattern
    route: AnchoredPattern
    own_lead: re.Pattern[str]


#: A past participle after "have" ("checked", "been", "sent", "done"): the perfect tense.
_PARTICIPLE = r"(?:been|done|gone|seen|taken|sent|got|had|made|told|known|given|paid|\w+ed)\b"


@cache
def _patterns() -> _Patterns:
    """Every pattern of this module, composed from the lexicon and compiled once.

    Each is anchored on the words it can start with (see `patterns.AnchoredPattern`), so a
    turn without "I'll", "by", "within"… costs a few dictionary look-ups.
    """
    lex = load_lexicon("committed")
    adverbs = rf"(?:(?:{_alt('adverbs')})\s+)*"
    verbs = rf"{_alt('ownership_verbs_strong')}|{_alt('ownership_verbs')}"
    verb = rf"(?!{_alt('not_ownership_verbs')})(?P<verb>{verbs})"
    subject = rf"(?P<subject>{_alt('first_person_future')}|(?P<we>{_alt('collective_future')}))"
    receive = (
        rf"{_alt('second_person_future')}\s+(?:(?:also|then|definitely)\s+)?"
        # "you'll have to / need to…" obliges the customer: nothing is promised to them;
        # "you should have checked / received it by now" looks back at what they missed.
        rf"(?P<verb>{_alt('receive_verbs')})(?!\s+to\b)(?!(?<=have)\s+{_PARTICIPLE})"
    )
    # "Your replacement will be dispatched…", "the refund will be processed…", "it'll be
    # with you…": a promise made in the passive, about what the customer is waiting for
    # (the verbs are service outcomes, so "the shop will be closed" is none).
    outcome = (
        r"(?:(?:your|the|a|an)\s+(?:[a-z][a-z-]*\s+){0,2}?(?:will|should|is\s+going\s+to)"
        r"|(?:it|they)(?:\s+will|\s+should|'ll))\s+(?:(?:also|then|definitely|now)\s+)?"
    )
    passive = rf"{outcome}be\s+(?P<verb>{_alt('passive_verbs')})"
    # "Corrected invoices will be emailed…": the same promise whatever its subject, read
    # from the modal (a subject with no article is not a first word the scan can know).
    passive_any = (
        rf"(?:will|should|shall)\s+(?:(?:also|then|definitely|now)\s+)?be\s+"
        rf"(?P<verb>{_alt('passive_verbs')})"
    )
    # "It should reach your account within 3 days", "your card will arrive by Friday":
    # what the customer waits for, arriving.
    arrival = rf"{outcome}(?P<verb>{_alt('arrival_verbs')})"
    # "Someone from our team will call you…", "the pharmacist will ring you…", "she'll
    # call you…": a promise made for a colleague or a partner. Not "they": "you'll need
    # to call the bank, they'll sort it" pushes the problem away (`deflects`).
    # "… in accounts", "… from the Leeds branch": where the colleague sits.
    where = r"(?:\s+(?:in|from|at)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    # "Mr Patel will see her at 2:40", "Dr Shah will call you": a colleague by title.
    titled = rf"(?:{_alt('titles')})\.?\s+[a-z][\w'-]+"
    role = (
        rf"{titled}"
        rf"|(?:our|the|a|an|my|your)\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt('service_roles')}){where}"
        # a desk needs no article ("housekeeping will…"), nor a colleague's name before
        # it ("Tom in accounts will…", read from "in")
        rf"|(?:(?:in|from)\s+(?:our\s+|the\s+)?)?(?:{_alt('service_desks')})"
    )
    behalf_verb = rf"(?P<verb>{_alt('behalf_verbs')}|(?!{_alt('not_ownership_verbs')})(?:{verbs}))"
    behalf = rf"(?:{_alt('on_behalf_future')})\s+{adverbs}{behalf_verb}"
    future = r"(?:\s+will|'ll|\s+is\s+going\s+to|\s+are\s+going\s+to)"
    # "… Marta in sales, who will call you": a colleague named just before.
    behalf_role = rf"(?:{role}|(?:she|he|who)){future}\s+{adverbs}{behalf_verb}"
    # Where `behalf_role` can match, this does too, from the role's own word: short, so
    # cheap to scan eagerly for `makes_commitment`'s gate.
    behalf_opener = (
        rf"(?:{titled}|(?:{_alt('service_roles')}){where}|(?:{_alt('service_desks')})|she|he|who)"
        rf"{future}"
    )

    weekday = _alt("weekdays")
    day_part = _alt("day_parts")
    day = rf"(?:(?:on|this|next|this\s+coming|coming)\s+)?{weekday}(?:\s+{day_part})?"
    clock = (
        r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|midnight|noon|midday"
        rf"|(?:\d{{1,2}}|{_alt('hour_words')})\s+o'clock)"
    )
    date = (
        rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_alt('months')}"
        rf"|{_alt('months')}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    )
    relative = rf"(?:{_alt('relative_days')})(?:\s+{day_part})?"
    hour = r"(?:\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|noon|midday)"
    period = rf"(?:the\s+)?(?:{_alt('period_ends')})|next\s+(?:week|month)|this\s+week"
    point = rf"(?:{relative}|{day}|{date}|{clock}|{period})"
    duration = (
        rf"(?:within|in|inside|inside\s+of|over)\s+(?:the\s+next\s+)?"
        rf"(?:{_alt('numbers')})\s+(?:(?:{_alt('working')})\s+)?(?:{_alt('units')})"
    )
    first_thing = rf"first\s+thing(?:\s+(?:in\s+the\s+morning|tomorrow|on\s+{weekday}|{weekday}))?"
    time = (
        rf"(?:(?P<deadline>(?:{_alt('deadline_words')})\s+{point})"
        rf"|(?P<duration>{duration})"
        rf"|(?P<immediate>{_alt('immediate')})"
        rf"|(?P<first>{first_thing})"
        rf"|(?P<clock>at\s+{clock})"
        rf"|(?P<window>(?:{point}\s+)?between\s+{hour}\s+(?:and|to)\s+{hour}(?:\s+{point})?)"
        rf"|(?P<day>{point}))(?![\w'])"
    )
    time_first = _first(
        "deadline_words", "immediate", "relative_days", "weekdays", "months", "period_ends"
    ) | {
        "within",
        "in",
        "inside",
        "over",
        "first",
        "at",
        "on",
        "this",
        "next",
        "coming",
        "the",
        "#",
        "midnight",
        "noon",
        "midday",
        "between",
    }
    # A provider of the customer's own ("your vet") only after a need put on them, not
    # after advice ("you should call your doctor" may be just that).
    redirect = (
        rf"(?:{_alt('redirect_obligation')})\s+(?:{_alt('redirect_verbs')})\s+"
        rf"(?:{_alt('third_parties')})"
        rf"|(?:{_alt('redirect_obligation_firm')})\s+(?:{_alt('redirect_verbs')})\s+"
        rf"(?:{_alt('customers_own_party')})"
    )
    # "You'll have to take it to a garage yourself", "you'll need to sort that out on
    # your own": the problem put on the customer alone, to carry elsewhere. Not a choice
    # ("you can do it yourself in the app"): only an obligation, and a verb that takes
    # the problem somewhere or has it mended, not any step ("you'll need to sign in").
    alone = (
        rf"(?:{_alt('redirect_obligation_firm')})\s+(?:(?:just|then|also|simply)\s+)?"
        rf"(?:{_alt('deflection_alone_verbs')})(?![\w'-])[^.;:!?]*?(?<![\w'-])"
        rf"(?:{_alt('deflection_alone')})(?![\w'-])"
    )
    return _Patterns(
        ownership=AnchoredPattern(
            rf"{subject}\s+{adverbs}{verb}", _first("first_person_future", "collective_future")
        ),
        subject=AnchoredPattern(subject, _first("first_person_future", "collective_future")),
        # "I'll transfer you to billing and stay on the line": a second verb of the same
        # subject, read from its "and" (`find_promises` checks the subject before it).
        coordinated=AnchoredPattern(rf"and\s+(?:then\s+)?{adverbs}{verb}", {"and"}),
        condition=AnchoredPattern.of_phrases(lex["condition_openers"]),
        # "i", "we": the first words of the "re:" idioms ("I won't close this until…")
        idiom=AnchoredPattern.of_phrases(lex["ownership_idioms"], extra_first=("i've", "i", "we")),
        receive=AnchoredPattern(receive, _first("second_person_future")),
        passive=AnchoredPattern(passive, _first("passive_subjects")),
        passive_any=AnchoredPattern(passive_any, {"will", "should", "shall"}),
        arrival=AnchoredPattern(arrival, _first("passive_subjects")),
        behalf=AnchoredPattern(behalf, _first("on_behalf_future") | {"someone"}),
        # Starts at "the", "a", "our"…: never scanned eagerly (`behalf_opener` is).
        behalf_opener=AnchoredPattern(behalf_opener, _opener_words()),
        behalf_role=AnchoredPattern(
            behalf_role,
            _first("service_desks", "titles")
            | _THIRD_PERSONS
            | {"our", "the", "a", "an", "my", "your", "in", "from"},
        ),
        time=AnchoredPattern(time, time_first),
        hedged=AnchoredPattern.of_phrases(lex["hedged_promise"]),
        deflect_strong=AnchoredPattern.of_phrases(
            lex["deflections_strong"], lex["deflections_first_words"]
        ),
        deflect_redirect=AnchoredPattern(
            redirect, _first("redirect_obligation", "redirect_obligation_firm")
        ),
        deflect_structure=AnchoredPattern.of_phrases(
            lex["deflections_structure"], lex["deflections_structure_first_words"]
        ),
        # The problem's owner placed elsewhere in a clause of its own ("that's the
        # leasing firm's lookout", "that one's for him", "we don't make the fabric").
        deflect_owner=AnchoredPattern.of_phrases(
            lex["deflections_owner_elsewhere"], lex["deflections_owner_elsewhere_first_words"]
        ),
        deflect_alone=AnchoredPattern(alone, _first("redirect_obligation_firm")),
        own_done_act=AnchoredPattern.of_phrases(lex["own_done_act"], ("i've", "i", "we've", "we")),
        # "I've moved both direct debits to the 28th, after your payday", "I've put you on
        # the register": an act already done for the customer, named by "you/your" in the
        # same sentence (a customer's "I've moved house" names no "you").
        done_for_them=AnchoredPattern(
            r"(?:i|we)(?:'ve|\s+have)\s+(?:(?:just|already|now|also|gone\s+ahead\s+and)\s+)?"
            rf"(?:{_alt('done_act_verbs')})(?![\w-])"
            r"(?![^.;:!?]*\bthrough\s+to\b)(?=[^.;:!?]*\byou(?:r|rs)?\b)",
            ("i've", "i", "we've", "we"),
        ),
        answered=AnchoredPattern.of_phrases(lex["deflection_answered_by"]),
        rescue=AnchoredPattern(
            rf"(?:{_alt('contrast_rescue')})\W+(?:.*?\W)?{subject}", _first("contrast_rescue")
        ),
        # "i", "we": the first words of the "re:" offer ("I can show you…")
        route=AnchoredPattern.of_phrases(lex["deflection_routes"], ("i", "we")),
        # A deflection phrase whose subject is the agent's own promise ("I'll take it up
        # with them") owns the problem: the subject and its adverbs just before it.
        own_lead=re.compile(rf"{subject}\s+{adverbs}$", re.IGNORECASE),
    )


#: A colleague named by a pronoun ("she'll call you", "… who will call you"), as first
#: words.
_THIRD_PERSONS = frozenset({"she", "he", "she'll", "he'll", "who", "who'll"})


def _opener_words() -> frozenset[str]:
    """The words a promise by a role or desk can start at, from the role's own word on
    ("pharmacist", "front" of "front desk", "she'll", "mr" of "Mr Patel")."""
    return _first("service_roles", "service_desks", "titles") | _THIRD_PERSONS


@cache
def _handoff_verbs() -> frozenset[str]:
    """Ownership verbs that, with "to someone" after them, pass the problem on."""
    return frozenset(load_lexicon("committed")["handoff_verbs"])


#: "… this to the airline", "… it on to billing": where a hand-off verb sends it.
_TO_SOMEONE = re.compile(r"(?:\s+[\w']+){0,3}?\s+(?:on\s+|over\s+)?to\s+\w", re.IGNORECASE)


@cache
def _immediate_verbs() -> frozenset[str]:
    """Actions a provider usually completes while the customer waits ("let me check")."""
    return frozenset(load_lexicon("committed")["immediate_verbs"])


@dataclass(frozen=True, slots=True)
class Promise:
    """A first-person promise found in an agent turn, or one made to the customer about
    what they will receive ("you'll receive", "your refund will be processed", "someone
    will call you": `to_customer`, which is not ownership).

    `start`/`end` cover the subject and verb ("I'll personally call"); `verb_start` is
    where the promised action begins; `strong` tells ownership verbs ("make sure",
    "sort out") from plain actions ("check", "send"); `collective` marks "we'll".
    """

    start: int
    end: int
    verb_start: int
    verb: str
    strong: bool
    collective: bool
    to_customer: bool


# "won't / doesn't / can't / never let me…": someone or something stops the agent.
_NOT_LET = re.compile(r"(?:n't|\bnot|\bnever)\s+$", re.IGNORECASE)


# A statement closed by a short check after a comma or a dash ("I'll send it today, does
# that work?", "…by five, okay?", "I'll arrange a collection — does Friday suit you?"):
# the sentence ends in "?", but what comes before is said.
_CHECK_AFTER = re.compile(
    r"(?:,|\s[-–—]|[–—])\s*(?:(?:does|would|will|is|can)\s+(?:that|this|it)\b[^,?]*"
    r"|(?:does|would|will)\s+(?:[\w'-]+\s+){1,3}?(?:suit|work)\b[^,?]*"
    r"|(?:ok|okay|alright|all\s+right|right|yeah|sound\s+good|how\s+does\s+that\s+sound))"
    r"\s*\?+[\s\"')]*$",
    re.IGNORECASE,
)
# …unless the sentence itself opens by asking ("Shall I send it today, does that work?").
_ASKS_FIRST = re.compile(
    r"(?:\w+,\s*)?(?:shall|should|can|could|may|would|will|do|did|want)\b", re.IGNORECASE
)


def _is_hedged(text: str, start: int) -> bool:
    """True when the sentence before `start` weakens what follows ("I can't promise I'll…"),
    or the sentence is a question (an offer to act is not yet a promise), unless it is a
    statement closed by a check ("I'll make sure it goes today, does that work?")."""
    sentence = sentence_at(text, start)
    if sentence.text.endswith("?"):
        check = _CHECK_AFTER.search(sentence.text)
        if (
            check is None
            or sentence.start + check.start() <= start
            or _ASKS_FIRST.match(sentence.text)
        ):
            return True
    return _patterns().hedged.search(text, sentence.start, start) is not None


@lru_cache(maxsize=TEXTS)
def find_promises(text: str) -> tuple[Promise, ...]:
    """Every unhedged promise to act in `text`, in order (see `Promise`).

    Shared by `takes_ownership`, `makes_commitment`, `deflects`, the empowered
    detectors and the rubric's facts, so it is cached for as many texts as the other
    per-text caches: each agent turn is parsed for promises once.
    """
    pats = _patterns()
    strong = load_lexicon("committed")["ownership_verbs_strong"]
    found: list[Promise] = []
    for m in pats.ownership.finditer(text):
        # Only the few characters before "let" can say who stops it.
        stopped = m.group("subject").lower().startswith("let") and _NOT_LET.search(
            text, max(0, m.start() - 12), m.start()
        )
        if stopped or _is_hedged(text, m.start()):
            continue  # "the system won't let me change it" is a wall, not a promise
        verb = " ".join(m.group("verb").lower().split())
        is_strong = verb in strong or "personally" in m.group(0).lower()
        we = bool(m.group("we"))
        found.append(Promise(m.start(), m.end(), m.start("verb"), verb, is_strong, we, False))
    found.extend(_coordinated_promises(text, found))
    # The subjectless passive last: a colleague's "… will be with you" reads as theirs.
    outcomes = (pats.receive, pats.passive, pats.arrival, pats.behalf, pats.behalf_role)
    for pattern in (*outcomes, pats.passive_any):
        for m in pattern.finditer(text):
            if any(p.start < m.end() and m.start() < p.end for p in found):
                continue  # "someone from our team will…": one promise, read twice
            if not _is_hedged(text, m.start()):
                verb = " ".join(m.group("verb").lower().split())
                found.append(Promise(m.start(), m.end(), m.start("verb"), verb, False, False, True))
    found.sort(key=lambda p: p.start)
    return tuple(found)


def _coordinated_promises(text: str, direct: list[Promise]) -> list[Promise]:
    """The promises made by a second verb of a first-person subject ("I'll transfer you
    to billing and stay on the line", "I'll escalate it and make sure…"): an "and" with an
    ownership verb after it, the subject earlier in the same clause, nothing between them
    that starts a new one ("but", "so", ";")."""
    pats = _patterns()
    strong = load_lexicon("committed")["ownership_verbs_strong"]
    found: list[Promise] = []
    for m in pats.coordinated.finditer(text):
        if any(p.start <= m.start("verb") < p.end for p in direct):
            continue
        sentence = sentence_at(text, m.start())
        subjects = pats.subject.finditer(text, sentence.start, m.start())
        if not subjects or _CLAUSE_BREAK.search(text, subjects[-1].end(), m.start()):
            continue
        subject = subjects[-1]
        if _is_hedged(text, subject.start()):
            continue
        verb = " ".join(m.group("verb").lower().split())
        we = bool(subject.group("we"))
        is_strong = verb in strong
        start = m.start("verb")
        found.append(Promise(start, m.end(), start, verb, is_strong, we, False))
    return found


#: What ends the clause of a first-person subject before a coordinated verb.
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|so|because|which|while|although)\b", re.IGNORECASE)


def owns_an_act(text: str) -> bool:
    """True when `text` holds the agent's own act: a first-person promise ("I'll sort
    it") or an act already done ("I've corrected it", "we've refunded you"). Breakers
    read it as the agent acting on the problem rather than waving it away."""
    return any(not p.to_customer for p in find_promises(text)) or bool(
        _patterns().own_done_act.search(text)
    )


def promises_follow_up(text: str) -> bool:
    """True when `text` promises something that happens after this conversation ("I'll
    call you back", "leave it with me", "you'll receive a refund"), as opposed to an
    action done on the spot ("let me check"). Such a promise deserves a time, so the
    rubric makes `makes_commitment` applicable."""
    if _patterns().idiom.search(text):
        return True
    immediate = _immediate_verbs()
    return any(p.to_customer or p.verb not in immediate for p in find_promises(text))


@cache
def _workload() -> re.Pattern[str]:
    """committed.json's `ownership_workload`, read right after an ownership idiom: the
    agent's workload ("a lot of calls", "three chats at once"), not the customer's
    problem."""
    phrases = load_lexicon("committed")["ownership_workload"]["phrases"]
    return re.compile(rf"\s+{phrase_alternation(phrases)}", re.IGNORECASE)


@utterance_behaviour(
    "takes_ownership",
    quality="committed",
    # idioms and first-person promises ("you'll receive…" promises are not ownership),
    # also a second verb of the subject ("I'll resend them and post a copy": the first
    # verb is not an ownership verb, so only `coordinated` finds the promise)
    triggers=lambda: Gate.of(
        _patterns().idiom,
        _patterns().ownership,
        _patterns().coordinated,
        _patterns().done_for_them,
    ),
    description="Owns the customer's problem in the first person: “I'll make sure…”, "
    "“leave it with me”, “I'll personally chase it”.",
)
def takes_ownership(utterance: Utterance) -> list[Evidence]:
    """Evidence of each first-person ownership statement in the agent's turn.

    A strong ownership verb or an idiom scores 0.9, a plain first-person action ("let me
    check") 0.65, a collective "we'll sort it" 0.6; hedged or questioned ones do not count.
    An act already done for the customer ("I've re-sent the code to your new number")
    scores 0.8: the problem owned and acted on, not only promised.
    """
    text = utterance.text
    found: list[Evidence] = []
    for span in _patterns().idiom.finditer(text):
        if _workload().match(text, span.end()):
            continue  # "I'm handling a lot of calls": busy, owning no one's problem
        found.append(quote("takes_ownership", utterance, span.start(), span.end(), 0.9))
    handoff = _handoff_verbs()
    for promise in find_promises(text):
        if promise.to_customer or any(e.start <= promise.start < e.end for e in found):
            continue
        end = _clause_end(text, promise.end)
        # "I'll escalate this to the airline" passes the problem on: no ownership.
        if promise.verb in handoff and _TO_SOMEONE.match(text, promise.end, end):
            continue
        confidence = 0.6 if promise.collective else 0.9 if promise.strong else 0.65
        found.append(quote("takes_ownership", utterance, promise.start, end, confidence))
    for done in _patterns().done_for_them.finditer(text):
        if any(e.start <= done.start() < e.end for e in found):
            continue
        if _is_hedged(text, done.start()):
            continue  # "Have you seen that I've updated your plan?" asks
        end = _clause_end(text, done.end())
        found.append(quote("takes_ownership", utterance, done.start(), end, 0.8))
    found.sort(key=lambda e: e.start)
    return found


@utterance_behaviour(
    "makes_commitment",
    quality="committed",
    triggers=lambda: Gate.of(
        _patterns().ownership,
        _patterns().coordinated,
        _patterns().receive,
        _patterns().passive,
        _patterns().passive_any,
        _patterns().arrival,
        _patterns().behalf,
        _patterns().behalf_opener,
    ),
    description="Promises a specific action by a specific time: “I'll call you back by "
    "Friday”; the evidence says what was promised and by when.",
)
def makes_commitment(utterance: Utterance) -> list[Evidence]:
    """Evidence of each promise that comes with a time, with `detail` holding
    `promise` (the action), `by` (the time as said) and `kind` (deadline, duration,
    day, clock, window ("between 9 and 11 tomorrow"), first or immediate)."""
    text = utterance.text
    promises = find_promises(text)
    if not promises:
        return []
    times = _patterns().time.finditer(text)
    found: list[Evidence] = []
    # A time belongs to the promise just before it; only a time that opens the clause
    # ("Tomorrow morning I'll ring…") may belong to the promise after it.
    taken = 0
    for index, promise in enumerate(promises):
        sentence = sentence_at(text, promise.start)
        limit = promises[index + 1].start if index + 1 < len(promises) else sentence.end
        # "I'll arrange it — does Friday suit you?": the time asked about is not promised.
        check = _CHECK_AFTER.search(sentence.text) if sentence.text.endswith("?") else None
        limit = min(limit, sentence.end, sentence.start + check.start() if check else limit)
        floor = max(sentence.start, taken, promises[index - 1].end if index else 0)
        after = [t for t in times if promise.end <= t.start() < limit]
        # "If you find it cheaper within 14 days, we'll refund…": a time in a condition
        # says when the customer acts, not by when the promise is kept.
        condition = _patterns().condition.search(text, floor, promise.start)
        last = promise.start if condition is None else condition.start()
        before = [t for t in times if floor <= t.start() and t.end() <= last]
        if after:
            when = after[0]
            action = text[promise.verb_start : when.start()]
            start, end = promise.start, when.end()
        elif before:
            when = before[-1]
            action = text[promise.verb_start : _clause_end(text, promise.end)]
            start, end = when.start(), _clause_end(text, promise.end)
        else:
            continue
        kind = when.lastgroup or "day"
        by = when.group(0)
        if kind == "deadline" and by.lower().startswith("by "):
            by = by[3:]
        confidence = 0.7 if promise.collective or promise.to_customer else 0.85
        taken = when.end()
        detail = (("promise", _tidy(action)), ("by", " ".join(by.split())), ("kind", kind))
        found.append(quote("makes_commitment", utterance, start, end, confidence, detail))
    return found


@lru_cache(maxsize=TEXTS)
def acts_done_toward_party(text: str) -> tuple[Span, ...]:
    """Where `text` says the agent has already done something toward the party the
    problem belongs to, for the customer ("I've already sent them your photos", "so I've
    booked you a call with them", "I've raised it with them for you"): a hand-off the
    agent carried out owns what happens next, as a promise does (cached: `deflects` and
    `transfers_without_ownership` both ask)."""
    return tuple(
        Span(text[m.start() : m.end()], m.start(), m.end())
        for m in _done_toward_party().finditer(text)
    )


@cache
def _done_toward_party() -> AnchoredPattern:
    """First person, perfect tense, a verb of `done_toward_party_verbs`, and "them" later
    in the clause; not when the customer is still sent to them after it ("I've told them
    before, but you'll have to call them")."""
    return AnchoredPattern(
        r"(?:i|we)(?:'ve|\s+have)\s+(?:(?:just|already|now|also|personally)\s+)?"
        rf"(?:{_alt('done_toward_party_verbs')})(?![\w-])(?=[^.;:!?]*\bthem\b)"
        rf"(?![\s\S]*?(?<![\w'])(?:{_alt('redirect_obligation_firm')})(?![\w'-]))",
        ("i've", "i", "we've", "we"),
    )


@utterance_behaviour(
    "deflects",
    quality="committed",
    breaker=True,
    triggers=lambda: Gate.of(
        _patterns().deflect_strong,
        _patterns().deflect_redirect,
        _patterns().deflect_structure,
        _patterns().deflect_owner,
        _patterns().deflect_alone,
    ),
    description="Pushes the problem away instead of owning it: “that's not my department”, "
    "“there's nothing I can do”, “you'll have to call the courier”.",
)
def deflects(utterance: Utterance) -> list[Evidence]:
    """Evidence of each deflection in the agent's turn.

    A deflection followed in the same sentence by a contrast and a first-person promise
    ("not my department, but I'll find who it is and call you back"), or said as the
    agent's own promise ("I'll take it up with them"), is not one; a redirect ("you'll
    need to contact your bank") or the problem's owner placed elsewhere ("that's the
    leasing firm's lookout", "we don't make the fabric") or the problem put on the
    customer alone ("you'll have to take it to a garage yourself") counts only when the
    turn owns nothing and offers no route the agent takes ("I can…", "let me…"), and
    with lower confidence (sometimes the bank really is the only way).
    """
    pats = _patterns()
    text = utterance.text
    found: list[Evidence] = []
    # A hand-off the agent has already carried out ("but I've raised it with them for
    # you") owns the problem wherever in the turn it is said.
    carried_out = acts_done_toward_party(text)
    for m in () if carried_out else pats.deflect_strong.finditer(text):
        sentence = sentence_at(text, m.start())
        if pats.own_lead.search(text, sentence.start, m.start()):
            continue
        if not _rescued(text, m.end(), sentence.end):
            found.append(quote("deflects", utterance, m.start(), _clause_end(text, m.end()), 0.9))
    # A redirect ("you'll need to contact your bank") or the problem placed in someone
    # else's remit ("that's the courier's department", "…, not this office", "a matter
    # between you and them") deflects only in a turn that owns nothing.
    redirects = [(m, 0.6) for m in pats.deflect_redirect.finditer(text)]
    # "You'll have to take it to a garage yourself": the customer left to carry it alone,
    # unless the sentence goes on to share it ("…, but we'll cover the bill").
    redirects += [
        (m, 0.6)
        for m in pats.deflect_alone.finditer(text)
        if not any(r.start() <= m.start() < r.end() for r, _ in redirects)
        and not _rescued(text, m.end(), sentence_at(text, m.start()).end)
    ]
    # What the agent has already done ("so I've rebooked you") owns the problem as a
    # promise does. A remit placed elsewhere that goes on, in its sentence, to grant
    # what was asked ("it belongs to the council, so the parking is free", "falls
    # under your phone insurance, so yes") answers a question and deflects nothing.
    placed = [
        m
        for m in pats.deflect_structure.finditer(text) + pats.deflect_owner.finditer(text)
        if pats.answered.search(text, m.end(), sentence_at(text, m.start()).end) is None
    ]
    if placed and pats.own_done_act.search(text) is None:
        redirects += [(m, 0.75) for m in placed]
    # Only the agent's own promise owns the problem: "you'll need to call the branch, the
    # branch team will sort it" still sends the customer away.
    # An offer of a route the agent will take ("…, but I can show you two cheaper car
    # parks") hands over with ownership.
    if redirects and not (
        any(not p.to_customer for p in find_promises(text))
        or carried_out
        or pats.idiom.search(text)
        or pats.route.search(text)
    ):
        for m, confidence in redirects:
            if not any(e.start <= m.start() < e.end for e in found):
                end = _clause_end(text, m.end())
                found.append(quote("deflects", utterance, m.start(), end, confidence))
    found.sort(key=lambda e: e.start)
    return found


def _rescued(text: str, start: int, end: int) -> bool:
    """True when a contrast and a first-person promise follow `start` inside the sentence
    ending at `end` ("…, but we'll cover the bill"), or a contrast and an act the agent
    has already done ("not my department, but I've walked your note over to them")."""
    pats = _patterns()
    rescue = pats.rescue.search(text, start, end)
    if rescue is not None and rescue.end() <= end:
        return True
    contrast = _contrast().search(text, start, end)
    return contrast is not None and pats.own_done_act.search(text, contrast.end(), end) is not None


@cache
def _contrast() -> re.Pattern[str]:
    """A word of `contrast_rescue` ("but", "however"…) as a whole word."""
    return re.compile(rf"\b(?:{_alt('contrast_rescue')})\b", re.IGNORECASE)


_CLAUSE_END = re.compile(
    r"[.!?;:\n]|,\s+(?:and|but|so|then|or)\b|\s+(?:and|but|so)\s+(?:i|we|you)\b", re.I
)


def _clause_end(text: str, offset: int) -> int:
    """Where the clause containing `offset` ends: at sentence punctuation or a
    coordinating conjunction that starts a new clause, without trailing blanks."""
    m = _CLAUSE_END.search(text, offset)
    end = m.start() if m else len(text)
    while end > offset and text[end - 1] in " ,\t":
        end -= 1
    return end


_TRAILING = re.compile(r"[\s,;:\-–—]+(?:for\s+you\s*)?$|\s+(?:at|on|by|in|within|before)\s*$", re.I)


def _tidy(action: str) -> str:
    """The promised action as a short phrase: blanks collapsed, dangling words removed."""
    action = " ".join(action.split())
    previous = None
    while previous != action:
        previous = action
        action = _TRAILING.sub("", action)
    return action
