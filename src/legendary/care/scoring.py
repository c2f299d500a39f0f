"""`score(conversation, rubric)`: one conversation in, one CARE `Scorecard` out.

The steps, each done once per conversation:

1. every utterance detector the rubric names runs on each agent turn, with the
   customer's previous turn as context and the customer's name; conversation detectors
   run once;
2. the conversation's `Facts` (did the customer show feelings, ask a question, was a
   solution offered, did policy come up…) decide which behaviours apply;
3. each behaviour becomes PRESENT (evidence found), ABSENT (applicable, not found) or
   NOT_APPLICABLE, and the organisation's standards are checked;
4. quality scores: the weighted share of applicable positive behaviours that are present,
   minus the penalties of the breakers present, 0-100 (None when nothing applied);
   overall: the quality-weighted mean, capped or failed by critical breakers;
5. the customer's sentiment at the start and the end, and flags: those worth a human look
   (`FLAGS`) and follow-up reminders (`FOLLOW_UPS`).

A behaviour that shows up is always credited, even where the facts said it would not
apply (the facts are detectors too, and can miss a feeling); applicability only decides
whether its absence counts against the provider. The one exception: words a breaker
quoted earn nothing for the same moment (`CONTRADICTED_BY`: a non-apology is not also an
apology).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import chain, pairwise
from typing import cast

from legendary.care.behaviours.attentive import addressable_name
from legendary.care.behaviours.base import (
    Behaviour,
    ConversationDetector,
    Gate,
    GateTable,
    Utterance,
    UtteranceDetector,
    name_words,
    registry,
)
from legendary.care.behaviours.committed import promises_follow_up
from legendary.care.behaviours.empowered import handoffs, restrictive_policy
from legendary.care.behaviours.questions import judged_questions
from legendary.care.behaviours.responsive import promptness_applies
from legendary.care.evidence import Evidence
from legendary.care.lexicons import load_lexicon
from legendary.care.model import Conversation, Role
from legendary.care.patterns import AnchoredPattern
from legendary.care.rubric import DEFAULT, BehaviourRule, Facts, Rubric, applies
from legendary.care.scorecard import BehaviourResult, Outcome, Quality, Scorecard, Sentiment
from legendary.care.sentiment import classify
from legendary.care.text import TEXTS, first_words, phrase_alternation

#: Flags that make a conversation worth a human look: something may have gone wrong for
#: the customer. These are what a QA analyst triages ("worth a human look" counts only them).
FLAGS: dict[str, str] = {
    "breaker": "a behaviour that breaks service was found",
    # Raised for every critical breaker present, whether or not its cap lowered this
    # score (one far under the cap is no less worth a look); the page says which.
    "critical_breaker": "a critical breaker was found (it caps the overall score)",
    "failed": "a critical breaker failed the scorecard",
    "question_ignored": "the customer asked something that got no answer",
    "ended_negative": "the customer's last turn was negative",
    "sentiment_dropped": "the customer came in content or calm and left unhappy",
    "no_agent_turn": "no agent spoke, so nothing could be scored",
}

#: Follow-up reminders: nothing went wrong, but something said in the conversation needs
#: checking later. A scorecard carries them in `flags` too; they never make a conversation
#: worth a human look (most good conversations end with a promise).
FOLLOW_UPS: dict[str, str] = {
    "promise_to_keep": "the agent promised something by a time: check it was kept",
}

#: Every flag a scorecard can carry and why, the ones worth a human look first.
ALL_FLAGS: dict[str, str] = {**FLAGS, **FOLLOW_UPS}


def worth_a_look(flags: Iterable[str]) -> tuple[str, ...]:
    """The flags among `flags` that make a conversation worth a human look (`FLAGS`), in
    their order; follow-up reminders (`FOLLOW_UPS`) and unknown names are left out."""
    return tuple(flag for flag in flags if flag in FLAGS)


#: Breakers and the positive behaviours their words cannot also earn: "I'm sorry if you
#: found it confusing" is a non-apology, not an apology nor an acknowledged feeling, and
#: "calm down, it's only a parcel" acknowledges nothing. Evidence of a positive behaviour
#: whose own words are the breaker's (not merely in the sentence it quoted) is dropped
#: before the verdicts are made.
CONTRADICTED_BY: dict[str, tuple[str, ...]] = {
    "non_apology": ("apologises", "acknowledges_feelings"),
    "minimises_feelings": ("acknowledges_feelings",),
}

#: Where a sentence's clauses meet, for finding which of its words a breaker's are: a
#: comma, semicolon, colon or spaced dash, or a joining "and" / "but" / "though".
_CLAUSE_JOINT = re.compile(r"[,;:]|\s[-\u2013\u2014]\s|\s(?=(?:and|but|though)\s)", re.IGNORECASE)

_SENTIMENT_ORDER = {Sentiment.NEGATIVE: -1, Sentiment.NEUTRAL: 0, Sentiment.POSITIVE: 1}
_QUALITIES = tuple(q.value for q in Quality)


#: (behaviour, detector, gate or None): see `base.Gate`
_Step = tuple[str, UtteranceDetector, Gate | None]
#: What the context-free detectors found in one text, as evidence on turn 0.
_Findings = tuple[tuple[str, tuple[Evidence, ...]], ...]


@dataclass(frozen=True, slots=True)
class _Plan:
    """What a rubric asks for, resolved against the registered detectors once.

    `own` are the utterance detectors that read nothing but the turn's words, and
    `findings(text)` their evidence on a text, remembered for the last `text.TEXTS` texts:
    agents say the same things again and again (greetings, saved replies, "anything
    else?"), and such a turn is then read once, not once per conversation. `contextual`
    are the detectors that also read the customer's previous turn or name; each is
    remembered by exactly what it reads, so that one customer's name does not make the
    others read a reply again: `heard(text, context)` is the evidence on turn 0 of those
    that read the customer's previous turn (the same reply to the same customer turn,
    "Thanks!" - "You're welcome", is read once), `named(text, context, name)` that of
    those that read the name (`context` is "" unless one of them reads it too, see
    `named_context`).
    """

    own: tuple[_Step, ...]
    contextual: tuple[_Step, ...]
    findings: Callable[[str], _Findings]
    heard: Callable[[str, str], _Findings]
    named: Callable[[str, str, str], _Findings]
    named_context: bool
    conversation: tuple[tuple[str, ConversationDetector], ...]
    rules: tuple[BehaviourRule, ...]  # the rules that have a detector, in rubric order
    unscored: tuple[str, ...]
    #: Per rule, its results without evidence (absent, not applicable): the same in
    #: every scorecard, and immutable, so made once and shared.
    verdicts: tuple[tuple[BehaviourRule, BehaviourResult, BehaviourResult], ...]


_PLANS: dict[Rubric, _Plan] = {}
#: The rubric asked for last and its plan: a batch scores under one rubric, and hashing a
#: rubric (every rule's fields) for the look-up costs more than the rest of the call.
_last: tuple[Rubric, _Plan] | None = None


def _plan(rubric: Rubric) -> _Plan:
    global _last
    last = _last
    if last is not None and last[0] is rubric:
        return last[1]
    plan = _PLANS.get(rubric)
    if plan is None:
        if len(_PLANS) >= 16:
            _PLANS.pop(next(iter(_PLANS)))  # the oldest: rubrics come and go rarely
        plan = _PLANS[rubric] = _new_plan(rubric)
    _last = (rubric, plan)
    return plan


def _new_plan(rubric: Rubric, gated: bool = True) -> _Plan:
    """The plan of `rubric`; with `gated` False every detector runs on every turn (what
    the gates must never change, see tests/care/test_triggers.py)."""
    known = registry()
    own: list[_Step] = []
    heard: list[_Step] = []  # read the customer's previous turn, not their name
    named: list[_Step] = []  # read the customer's name (and perhaps their turn)
    named_context = False
    conversation: list[tuple[str, ConversationDetector]] = []
    rules: list[BehaviourRule] = []
    unscored: list[str] = []
    for rule in rubric.rules:
        behaviour = known.get(rule.behaviour)
        if behaviour is None:
            # A rubric may name a detector this installation lacks (an older engine, a
            # module not loaded): say so in the scorecard rather than score it as absent.
            unscored.append(rule.behaviour)
            continue
        if behaviour.utterance is not None:
            gate = behaviour.triggers() if behaviour.triggers is not None and gated else None
            step = (rule.behaviour, behaviour.utterance, gate)
            if behaviour.reads_name:
                named.append(step)
                named_context |= behaviour.reads_context
            else:
                (heard if behaviour.reads_context else own).append(step)
        elif behaviour.conversation is not None:
            detector = behaviour.conversation
            if behaviour.reads_targets:
                # The organisation's reply-time targets, not the engine's defaults (a
                # detector that reads targets takes them as these keywords, see `base`).
                takes_targets = cast(Callable[..., list[Evidence]], detector)
                detector = partial(
                    takes_targets,
                    targets=rubric.channel_targets(),
                    messaging=rubric.messaging_target,
                )
            conversation.append((rule.behaviour, detector))
        rules.append(rule)
    if named_context:
        # The name readers get the customer's turn for those that read it: the others are
        # handed it emptied, as `detect()` hands it them (base's rule of reads).
        named = [
            (b, d if known[b].reads_context else partial(_as_declared, known[b]), g)
            for b, d, g in named
        ]
    return _Plan(
        tuple(own),
        (*heard, *named),
        lru_cache(maxsize=TEXTS)(partial(_findings, _gates(own))),
        lru_cache(maxsize=TEXTS)(partial(_heard, _gates(heard))),
        lru_cache(maxsize=TEXTS)(partial(_named, _gates(named))),
        named_context,
        tuple(conversation),
        tuple(rules),
        tuple(unscored),
        tuple(
            (
                rule,
                BehaviourResult(rule.behaviour, rule.quality, Outcome.ABSENT, (), rule.breaker),
                BehaviourResult(
                    rule.behaviour, rule.quality, Outcome.NOT_APPLICABLE, (), rule.breaker
                ),
            )
            for rule in rules
        ),
    )


def _gates(steps: Sequence[_Step]) -> GateTable[tuple[str, UtteranceDetector]]:
    """The (behaviour, detector) pairs of `steps` behind their gates."""
    return GateTable([(b, d) for b, d, _ in steps], [gate for *_, gate in steps])


def _findings(gates: GateTable[tuple[str, UtteranceDetector]], text: str) -> _Findings:
    """What the context-free detectors behind `gates` find in `text`, as evidence on
    turn 0. Every detector pattern is found in the turn in one pass (`patterns.scan`),
    and a detector whose gate stays closed is skipped without a call."""
    return _run(gates.open(text), Utterance(text))


def _heard(gates: GateTable[tuple[str, UtteranceDetector]], text: str, context: str) -> _Findings:
    """What the detectors behind `gates`, which read the customer's previous turn
    `context` (and not their name), find in the agent's `text`, as evidence on turn 0."""
    opened = gates.open(text)
    return _run(opened, Utterance(text, context)) if opened else ()


def _named(
    gates: GateTable[tuple[str, UtteranceDetector]], text: str, context: str, customer_name: str
) -> _Findings:
    """What the detectors behind `gates`, which read the customer's name (and perhaps
    their previous turn `context`), find in the agent's `text`, as evidence on turn 0."""
    opened = gates.open(text, name_words(customer_name))
    return _run(opened, Utterance(text, context, 0, customer_name)) if opened else ()


def _as_declared(behaviour: Behaviour, utterance: Utterance) -> list[Evidence]:
    """What `behaviour`'s detector finds in `utterance` as it declares it reads it."""
    assert behaviour.utterance is not None  # only utterance detectors are planned so
    return behaviour.utterance(behaviour.sees(utterance))


def _run(opened: Sequence[tuple[str, UtteranceDetector]], utterance: Utterance) -> _Findings:
    """The evidence the `opened` detectors find in `utterance`, by behaviour."""
    found = []
    for behaviour, detector in opened:
        evidence = detector(utterance)
        if evidence:
            found.append((behaviour, tuple(evidence)))
    return tuple(found)


def score(conversation: Conversation, rubric: Rubric = DEFAULT) -> Scorecard:
    """The CARE scorecard of `conversation` under `rubric` (see the module docstring).

    Pure and deterministic: the same conversation and rubric always give the same
    scorecard. Conversations without any agent turn get a scorecard with every
    behaviour N/A, no scores and the flag `no_agent_turn`.
    """
    plan = _plan(rubric)
    found = _detect(conversation, plan)
    start, end = customer_mood(conversation)
    facts = conversation_facts(conversation, found, (start, end))

    results: list[BehaviourResult] = []
    for rule, absent, not_applicable in plan.verdicts:
        evidence = found.get(rule.behaviour)
        if evidence:
            results.append(
                BehaviourResult(
                    rule.behaviour, rule.quality, Outcome.PRESENT, tuple(evidence), rule.breaker
                )
            )
        else:
            results.append(absent if applies(rule.applies_when, facts) else not_applicable)
    results.extend(standard.check(conversation) for standard in rubric.standards)

    change = 0 if start is None or end is None else _SENTIMENT_ORDER[end] - _SENTIMENT_ORDER[start]
    outcomes = Scorecard(
        conversation_id=conversation.id,
        rubric_version=rubric.version,
        behaviours=tuple(results),
        committed=None,
        attentive=None,
        responsive=None,
        empowered=None,
        overall=None,
        sentiment_start=start,
        sentiment_end=end,
        sentiment_change=change,
        agents=tuple(conversation.agent_names()),
        extra={"unscored": list(plan.unscored)} if plan.unscored else {},
    )
    return _totalled(outcomes, rubric, facts)


def _totalled(card: Scorecard, rubric: Rubric, facts: Facts) -> Scorecard:
    """`card` with everything that follows from its behaviours' outcomes worked out:
    quality scores, overall, breakers, caps and flags. One place for `score` and
    `reviewed`, so a reviewed scorecard adds up exactly as the engine's does."""
    results = card.behaviours
    qualities = quality_scores(results, rubric)
    overall, capped_by, failed = overall_score(qualities, results, rubric)
    extra: dict[str, object] = {"capped_by": list(capped_by)} if capped_by else {}
    extra.update((key, value) for key, value in card.extra.items() if key != "capped_by")
    return replace(
        card,
        committed=qualities[Quality.COMMITTED.value],
        attentive=qualities[Quality.ATTENTIVE.value],
        responsive=qualities[Quality.RESPONSIVE.value],
        empowered=qualities[Quality.EMPOWERED.value],
        overall=overall,
        breakers=tuple(r.behaviour for r in results if r.breaker and r.outcome is Outcome.PRESENT),
        flags=_flags(results, facts, card.sentiment_end, card.sentiment_change, capped_by, failed),
        extra=extra,
    )


def prepare(rubric: Rubric = DEFAULT) -> int:
    """Build what scoring under `rubric` needs and compile every detector pattern now
    (returns how many combined patterns were compiled).

    Scoring compiles its patterns as it first meets each word; a process pool calls this
    before it forks, so that every worker shares them instead of compiling its own.
    """
    from legendary.care import patterns

    _plan(rubric)
    return patterns.prepare()


def forget() -> None:
    """Empty every per-text cache (words, sentences, scans, remembered findings).

    Scoring remembers what it read in the last `text.TEXTS` texts; a long-running process
    that is done with a batch can give that memory back, and a benchmark uses it to time
    a run from a cold start. Compiled patterns stay (see `patterns.prepare`).
    """
    from legendary.care import patterns, text
    from legendary.care.behaviours import committed, empowered, questions, reflection, responsive

    for cached in (
        text.normalise,
        text.tokens,
        text.words,
        text.sentences,
        text.content_lemmas,
        text.word_set,
        committed.find_promises,
        empowered.restrictive_policy,
        empowered.handoffs,
        empowered._passes_on,
        questions._questions_in,
        questions._only_apologises,
        questions._agent_reading,
        reflection._restatable,
        reflection._heard_lemmas,
        reflection._unfinished,
        responsive.accepts_with_thanks,
        # The one conversation each of these read last (kept for the rubric's asks).
        questions.customer_questions,
        responsive.reply_delays,
    ):
        cached.cache_clear()
    patterns.forget_scans()
    plans = list(_PLANS.values())
    if _last is not None:
        plans.append(_last[1])  # dropped from _PLANS by newer rubrics, perhaps
    for plan in plans:
        plan.findings.cache_clear()  # type: ignore[attr-defined]
        plan.heard.cache_clear()  # type: ignore[attr-defined]
        plan.named.cache_clear()  # type: ignore[attr-defined]
    _sentiment.cache_clear()


def _detect(conversation: Conversation, plan: _Plan) -> dict[str, list[Evidence]]:
    """Every detector's evidence by behaviour id, in turn order."""
    found: dict[str, list[Evidence]] = {}
    customer_name = customer_name_of(conversation)
    findings = plan.findings
    heard = plan.heard
    named = plan.named
    named_context = plan.named_context
    context = ""
    for index, turn in enumerate(conversation.turns):
        role = turn.speaker.role
        if role is Role.CUSTOMER:
            context = turn.text
            continue
        if role is not Role.AGENT:
            continue
        text = turn.text
        for behaviour, remembered in (
            *findings(text),
            *heard(text, context),
            *named(text, context if named_context else "", customer_name),
        ):
            found.setdefault(behaviour, []).extend(
                Evidence(behaviour, index, e.start, e.end, e.quote, e.confidence, e.detail)
                for e in remembered
            )
    for behaviour, conversation_detector in plan.conversation:
        evidence = conversation_detector(conversation)
        if evidence:
            found[behaviour] = evidence
    for breaker, positives in CONTRADICTED_BY.items():
        if breaker in found:
            _drop_contradicted(found, found[breaker], positives, conversation)
    return found


def _drop_contradicted(
    found: dict[str, list[Evidence]],
    breaking: list[Evidence],
    positives: Sequence[str],
    conversation: Conversation,
) -> None:
    """Take out of `found` the evidence of `positives` whose own words are the
    `breaking` evidence's words, and a behaviour left with none (in place).

    Evidence quotes whole sentences, so sharing a sentence with a breaker proves nothing:
    "I'm so sorry your order is this late and I'm sorry if you feel ignored" apologises
    in its first clause. The breaker's words are found as the fewest adjacent clauses it
    still fires on (`_breaker_clauses`); the positive keeps its credit when it still
    fires on the sentence's other clauses."""
    for positive in positives:
        kept = [
            e
            for e in found.get(positive, ())
            if not any(
                b.turn == e.turn
                and b.start <= e.start
                and e.end <= b.end
                and not _earned_beside(conversation, b, e, positive)
                for b in breaking
            )
        ]
        if kept:
            found[positive] = kept
        else:
            found.pop(positive, None)


def _earned_beside(
    conversation: Conversation, breaking: Evidence, evidence: Evidence, positive: str
) -> bool:
    """True when `positive` fires on the clauses of `evidence`'s sentence that are not the
    breaker's own words (each unbroken run of them read alone, with the same context)."""
    text = conversation.turns[evidence.turn].text
    context = _context_of(conversation, evidence.turn)
    clauses = _clauses(text[evidence.start : evidence.end])
    if len(clauses) < 2:
        return False
    marked = _breaker_clauses(clauses, context, breaking.behaviour)
    runs: list[list[str]] = [[]]
    for clause, is_breaker in zip(clauses, marked, strict=True):
        if is_breaker:
            runs.append([])
        else:
            runs[-1].append(clause)
    return any(run and _fires(" ".join(run), context, positive) for run in runs)


def _breaker_clauses(clauses: Sequence[str], context: str, breaker: str) -> list[bool]:
    """Which clauses are the breaker's words: those of every shortest run of adjacent
    clauses it fires on (all of them when it fires on no shorter run)."""
    count = len(clauses)
    for length in range(1, count):
        marked = [False] * count
        for first in range(count - length + 1):
            if _fires(" ".join(clauses[first : first + length]), context, breaker):
                marked[first : first + length] = [True] * length
        if any(marked):
            return marked
    return [True] * count


def _fires(text: str, context: str, behaviour: str) -> bool:
    """True when the utterance detector of `behaviour` finds evidence in `text`, handed
    what it declares it reads (`_as_declared`)."""
    return bool(_as_declared(registry()[behaviour], Utterance(text, context)))


def _clauses(sentence: str) -> list[str]:
    """`sentence` cut at its clause joints (a comma, semicolon, colon or dash, or "and" /
    "but" / "though"), each piece kept with the joint that opens it."""
    cuts = [0, *(m.start() for m in _CLAUSE_JOINT.finditer(sentence)), len(sentence)]
    return [piece for a, b in pairwise(cuts) if (piece := sentence[a:b].strip(" ,;:-"))]


def _context_of(conversation: Conversation, index: int) -> str:
    """The customer's last turn before turn `index` ("" when none), as `_detect` reads it."""
    earlier = conversation.turns[:index]
    return next((t.text for t in reversed(earlier) if t.speaker.role is Role.CUSTOMER), "")


def customer_name_of(conversation: Conversation) -> str:
    """The customer's name as the source gives it, or the name on their first turn; ""
    when neither is a name an agent could use (twcs's numeric author id, a handle, an
    e-mail address), so that using the customer's name is not applicable there."""
    names = chain(
        (conversation.customer.name,), (t.speaker.name for t in conversation.turns if t.is_customer)
    )
    return next((name for name in names if name and addressable_name(name)), "")


def customer_mood(conversation: Conversation) -> tuple[Sentiment | None, Sentiment | None]:
    """The customer's sentiment in their first and last turns (None when they never
    spoke). Only these two are classified: they are what the scorecard reports, and
    classifying every turn would cost more than all the detectors of a turn together."""
    first = next((t for t in conversation.turns if t.speaker.role is Role.CUSTOMER), None)
    if first is None:
        return None, None
    last = next(t for t in reversed(conversation.turns) if t.speaker.role is Role.CUSTOMER)
    start = _sentiment(first.text)
    return start, start if last is first else _sentiment(last.text)


@lru_cache(maxsize=TEXTS)
def _sentiment(text: str) -> Sentiment:
    """`sentiment.classify` of a customer's turn, remembered per text: many
    conversations open or close with the same words ("Hi", "Thanks, that's great!")."""
    return Sentiment(classify(text))


@cache
def _feelings() -> AnchoredPattern:
    """A first-person feeling statement ("I'm really worried", "it makes me so angry")
    or a word that carries a feeling on its own ("gutted", "so frustrating")."""
    lex = load_lexicon("feelings")
    statement = (
        rf"(?:{phrase_alternation(lex['subjects'])})\s+"
        rf"(?:(?:{phrase_alternation(lex['intensifiers'])})\s+)*"
        rf"(?:{phrase_alternation(lex['feelings'])})"
    )
    return AnchoredPattern(
        rf"{statement}|{phrase_alternation(lex['strong'])}",
        first_words(lex["subjects"]) | first_words(lex["strong"]),
    )


def shows_feelings(text: str) -> bool:
    """True when a customer's turn expresses a feeling, negative or positive: the
    condition under which acknowledging feelings is expected of the agent."""
    return _feelings().search(text) is not None


def conversation_facts(
    conversation: Conversation,
    found: dict[str, list[Evidence]],
    mood: Sequence[Sentiment | None],
) -> Facts:
    """The facts the rubric's applicability conditions read (see `rubric.CONDITIONS`).

    `found` is the detectors' evidence by behaviour id; `mood` the customer's sentiment
    at the start and the end (see `customer_mood`). Detector-backed facts reuse that
    evidence, so nothing is detected twice. A customer who was negative at the start or
    the end, who said how they feel (`shows_feelings`), or whose feelings the agent
    acknowledged, expressed feelings.
    """
    agent_turns = [t for t in conversation.turns if t.speaker.role is Role.AGENT]
    complained = Sentiment.NEGATIVE in mood
    feelings = (
        complained
        or "acknowledges_feelings" in found
        or any(
            shows_feelings(t.text) for t in conversation.turns if t.speaker.role is Role.CUSTOMER
        )
    )
    return Facts(
        agent_spoke=bool(agent_turns),
        customer_expressed_feelings=feelings,
        customer_complained=complained or "apologises" in found,
        customer_asked_question=bool(judged_questions(conversation)),
        solution_offered="offers_solution" in found or "gains_agreement" in found,
        has_timestamps=promptness_applies(conversation),
        policy_came_up=(
            "explains_policy_with_alternative" in found
            or "blames_policy" in found
            or any(restrictive_policy(t.text) for t in agent_turns)
        ),
        customer_name_known=bool(customer_name_of(conversation)),
        future_action_promised=(
            "makes_commitment" in found
            or any(promises_follow_up(t.text) or handoffs(t.text) for t in agent_turns)
        ),
    )


def quality_scores(results: Sequence[BehaviourResult], rubric: Rubric) -> dict[str, float | None]:
    """Each CARE quality's score, 0-100, or None where nothing applied.

    The weighted share of applicable positive behaviours that are present (standards
    with `include` count with their weight), minus the penalty of every breaker present
    (standards with `avoid` take their weight off). A quality with breakers but no
    applicable positive behaviour starts from 100.
    """
    earned = dict.fromkeys(_QUALITIES, 0.0)
    possible = dict.fromkeys(_QUALITIES, 0.0)
    penalty = dict.fromkeys(_QUALITIES, 0.0)
    hit = dict.fromkeys(_QUALITIES, False)
    terms_of = rubric.terms
    for result in results:
        outcome, quality = result.outcome, result.quality
        if outcome is Outcome.NOT_APPLICABLE or quality not in earned:
            continue
        terms = terms_of(result.behaviour)
        if result.breaker:
            if outcome is Outcome.PRESENT:
                penalty[quality] += terms.penalty
                hit[quality] = True
            continue
        possible[quality] += terms.weight
        if outcome is Outcome.PRESENT:
            earned[quality] += terms.weight
    scores: dict[str, float | None] = {}
    for quality in earned:
        if possible[quality] > 0:
            base = 100.0 * earned[quality] / possible[quality]
        elif hit[quality]:
            base = 100.0
        else:
            scores[quality] = None
            continue
        scores[quality] = round(max(0.0, base - penalty[quality]), 1)
    return scores


def overall_score(
    qualities: dict[str, float | None],
    results: Sequence[BehaviourResult],
    rubric: Rubric,
) -> tuple[float | None, tuple[str, ...], bool]:
    """The overall Legendary score with the critical breakers that capped it, and
    whether one failed it: `(overall, capped_by, failed)`.

    The overall score is the mean of the quality scores that are not None, weighted by
    `rubric.quality_weights`; a present critical breaker caps it at its `cap`, or sets
    it to 0 when it `fails`.
    """
    total = weights = 0.0
    for quality, value in qualities.items():
        weight = rubric.quality_weight(quality)
        if value is not None and weight > 0:
            total += weight * value
            weights += weight
    if not weights:
        return None, (), False
    overall = total / weights
    capped_by: list[str] = []
    failed = False
    for result in results:
        if not result.breaker or result.outcome is not Outcome.PRESENT:
            continue
        terms = rubric.terms(result.behaviour)
        if terms.fails:
            failed = True
            capped_by.append(result.behaviour)
        elif terms.cap is not None:
            capped_by.append(result.behaviour)
            overall = min(overall, terms.cap)
    if failed:
        overall = 0.0
    return round(overall, 1), tuple(capped_by), failed


class VerdictError(ValueError):
    """A reviewer's verdict `reviewed` refuses: on a behaviour the scorecard does not hold,
    or not one of present / absent / na. `behaviour` is the behaviour's id, so a caller
    can point at the verdict (a form field) it is about."""

    def __init__(self, behaviour: str, message: str) -> None:
        super().__init__(message)
        self.behaviour = behaviour


def reviewed(
    scorecard: Scorecard, verdicts: Mapping[str, Outcome | str], rubric: Rubric
) -> Scorecard:
    """The scorecard a reviewer's verdicts give: `scorecard` with the outcome of each
    behaviour in `verdicts` replaced, and its quality scores, overall score, breakers,
    caps and flags worked out again with `quality_scores` and `overall_score`, exactly as
    `score` works them out. The engine's scorecard itself is left as it is.

    A behaviour the reviewer agreed with keeps its evidence; one they changed loses it
    (the quotes backed the engine's verdict, not theirs). Behaviours not in `verdicts`
    keep the engine's outcome. N/A stays N/A: it takes the behaviour out of the sums,
    it never counts as a zero. A breaker the reviewer turns off no longer caps the score.

    `rubric` must be the rubric `scorecard` was scored with (its version is checked;
    ValueError otherwise). Raises VerdictError (a ValueError) carrying the behaviour that
    the scorecard does not hold or whose verdict is not one of present / absent / na.
    """
    if rubric.version != scorecard.rubric_version:
        raise ValueError(
            f"rubric {rubric.version!r} is not the one this scorecard was scored with "
            f"({scorecard.rubric_version!r})"
        )
    known = {result.behaviour for result in scorecard.behaviours}
    wanted: dict[str, Outcome] = {}
    for behaviour, verdict in verdicts.items():
        if behaviour not in known:
            raise VerdictError(
                behaviour, f"unknown behaviour {behaviour!r}: this scorecard does not score it"
            )
        try:
            wanted[behaviour] = Outcome(verdict)
        except ValueError:
            raise VerdictError(
                behaviour,
                f"behaviour {behaviour!r}: verdict {verdict!r} is not one of "
                f"{', '.join(o.value for o in Outcome)}",
            ) from None
    results = tuple(
        result
        if wanted.get(result.behaviour, result.outcome) is result.outcome
        else replace(result, outcome=wanted[result.behaviour], evidence=())
        for result in scorecard.behaviours
    )
    # `_flags` reads only the facts, the mood and the caps, all of which a review leaves as
    # the engine saw them except the behaviours: the flags follow the verdicts alone.
    facts = Facts(agent_spoke="no_agent_turn" not in scorecard.flags)
    return _totalled(replace(scorecard, behaviours=results), rubric, facts)


def _flags(
    results: Sequence[BehaviourResult],
    facts: Facts,
    end: Sentiment | None,
    change: int,
    capped_by: tuple[str, ...],
    failed: bool,
) -> tuple[str, ...]:
    """The scorecard's flags: those worth a human look (`FLAGS`) first, then the follow-up
    reminders (`FOLLOW_UPS`); every name is a key of `ALL_FLAGS`."""
    present = {r.behaviour for r in results if r.outcome is Outcome.PRESENT}
    flags: list[str] = []
    if not facts.agent_spoke:
        flags.append("no_agent_turn")
    if any(r.breaker and r.outcome is Outcome.PRESENT for r in results):
        flags.append("breaker")
    if capped_by:
        flags.append("critical_breaker")
    if failed:
        flags.append("failed")
    if "ignores_question" in present:
        flags.append("question_ignored")
    if end is Sentiment.NEGATIVE:
        flags.append("ended_negative")
    if change < 0 and end is Sentiment.NEGATIVE:
        # A mood that settles from delight to neutral ("please pass it on") is a good
        # conversation ending plainly; only one that sinks into unhappiness needs a look.
        flags.append("sentiment_dropped")
    if "makes_commitment" in present:
        flags.append("promise_to_keep")
    return tuple(flags)
