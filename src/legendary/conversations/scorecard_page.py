"""What the conversation page shows of a stored scorecard, read back from its document.

The stored document is the engine's own `Scorecard.as_dict()`, so the page explains the
score with exactly the evidence the engine used.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from django.utils.safestring import SafeString

from legendary.care.behaviours.questions import customer_questions
from legendary.care.behaviours.responsive import reply_delays
from legendary.care.evidence import Evidence
from legendary.care.rubric import DEFAULT, Rubric
from legendary.care.scorecard import BehaviourResult, Outcome, Quality
from legendary.care.scoring import FLAGS, FOLLOW_UPS, overall_score
from legendary.conversations.care_summary import behaviour_label
from legendary.conversations.highlight import highlight, is_timing, spans_by_turn
from legendary.conversations.models import Conversation, Scorecard, Turn
from legendary.conversations.rubric_page import behaviour_texts, readable_rubric
from legendary.conversations.scoring import to_care_conversation


@dataclass(frozen=True)
class Quote:
    """What the page shows of one piece of evidence: the words (quoted, may be empty) and
    a note saying what they show when the words alone would mislead."""

    words: str
    note: str = ""
    link_turn: int | None = None  # the transcript turn (1-based) the note points at


@dataclass(frozen=True)
class BehaviourLine:
    """One behaviour's verdict as the page lists it, with its quotes."""

    behaviour: str
    label: str
    description: str
    outcome: str
    breaker: bool
    quotes: list[Quote]
    cost: str = ""  # for a breaker present: what it took off, capped or failed
    lowered_overall: bool = False  # a critical breaker whose cap or fail lowered the score


@dataclass(frozen=True)
class ScorecardPage:
    """A stored scorecard, ready for `conversations/_scorecard.html`."""

    stored: Scorecard
    qualities: list[tuple[str, float | None]]
    groups: list[tuple[str, list[BehaviourLine]]]
    breakers: list[BehaviourLine]
    flags: list[tuple[str, str]]  # (flag, why), those worth a human look
    follow_ups: list[tuple[str, str]]  # (flag, what to check), reminders for later
    marked_turns: dict[int, SafeString] = field(default_factory=dict)

    @property
    def unanswered(self) -> bool:
        """True when no agent spoke: every behaviour is "not needed" and there is nothing to
        score, so the page says that once instead of listing a scorecard of blanks."""
        return "no_agent_turn" in self.stored.flags


def scorecard_page(conversation: Conversation, turns: list[Turn]) -> ScorecardPage | None:
    """The scorecard of `conversation` for its page (None until it is scored).

    `turns` are the conversation's turns in order, as the transcript shows them; their
    index is the turn number the evidence points at.
    """
    stored = Scorecard.objects.filter(conversation=conversation).select_related("rubric").first()
    if stored is None:
        return None
    # The rubric version that scored it (kept for ever, so an old scorecard is explained
    # by its own rules), or None when it no longer reads.
    rubric = readable_rubric(stored.rubric.definition)
    # Detectors describe themselves; the organisation's standards are named as it wrote
    # them in the rubric that scored this conversation.
    texts = behaviour_texts(rubric)
    results = [BehaviourResult.from_dict(b) for b in stored.document.get("behaviours", ())]
    lines = [
        BehaviourLine(
            behaviour=r.behaviour,
            label=texts.get(r.behaviour, (behaviour_label(r.behaviour), ""))[0],
            description=texts.get(r.behaviour, ("", ""))[1],
            outcome=r.outcome.value,
            breaker=r.breaker,
            quotes=[_quote(e) for e in r.evidence]
            or _late_replies(r, conversation, turns, rubric or DEFAULT)
            or _asked_back(r, conversation, turns),
        )
        for r in results
    ]
    by_id = {r.behaviour: line for r, line in zip(results, lines, strict=True)}
    groups = [
        (
            quality.value,
            [by_id[r.behaviour] for r in results if r.quality == quality.value and not r.breaker],
        )
        for quality in Quality
    ]
    spans = spans_by_turn(stored.document)
    breakers = [
        replace(by_id[r.behaviour], **_cost(rubric, stored, r))
        for r in results
        if r.breaker and r.outcome is Outcome.PRESENT
    ]
    return ScorecardPage(
        stored=stored,
        qualities=[(q.value, getattr(stored, q.value)) for q in Quality],
        groups=[(name, group) for name, group in groups if group],
        breakers=breakers,
        # The "breaker" flag repeats what the breakers call-out already says. A flag this
        # engine no longer knows (an old scorecard) still shows, named as it was stored.
        flags=[
            (flag, _flag_reason(flag, rubric, breakers))
            for flag in stored.flags
            if flag not in FOLLOW_UPS and flag != "breaker"
        ],
        follow_ups=[(flag, FOLLOW_UPS[flag]) for flag in stored.flags if flag in FOLLOW_UPS],
        marked_turns={
            index: highlight(turn.text, spans[index])
            for index, turn in enumerate(turns)
            if index in spans
        },
    )


def _before_caps(rubric: Rubric, stored: Scorecard) -> float | None:
    """The overall score as the qualities made it, before any critical breaker's cap: the
    engine's own `overall_score` with no breaker results to cap it."""
    qualities = {q.value: getattr(stored, q.value) for q in Quality}
    return overall_score(qualities, (), rubric)[0]


def _cost(rubric: Rubric | None, stored: Scorecard, result: BehaviourResult) -> dict[str, Any]:
    """What a breaker present did to the scores (`cost`, in words: the points it took off
    its quality and, for a critical one, its cap or fail) and whether it really lowered the
    overall score (`lowered_overall`): a cap above what the qualities made changes nothing."""
    if rubric is None:
        return {}
    terms = rubric.terms(result.behaviour)
    parts = [
        f"{terms.penalty:g} points off {result.quality}"
        if terms.penalty
        else "watched: no points off"
    ]
    lowered = terms.fails
    if terms.fails:
        parts.append("fails the scorecard: overall 0")
    elif terms.cap is not None:
        before = _before_caps(rubric, stored)
        lowered = before is not None and before > terms.cap
        parts.append(
            f"held the overall score to {terms.cap:g} (it would have been {before:.0f})"
            if lowered and before is not None
            else f"caps the overall score at {terms.cap:g}; this one was already below it"
        )
    return {"cost": "; ".join(parts), "lowered_overall": lowered}


def _flag_reason(flag: str, rubric: Rubric | None, breakers: list[BehaviourLine]) -> str:
    """Why a flag is raised. "critical_breaker" means a critical breaker was found (the
    engine has always raised it so, stored scorecards of every rubric version too); read
    with the rubric that scored it, the page also says whether its cap lowered the score."""
    if flag == "critical_breaker" and rubric is not None:
        if any(line.lowered_overall for line in breakers):
            return "a critical breaker was found and capped the overall score"
        return "a critical breaker was found (its cap did not lower this score)"
    return FLAGS.get(flag, flag.replace("_", " "))


def _quote(evidence: Evidence) -> Quote:
    """The words that show a behaviour; for a timely reply, how long the customer waited;
    for an answered question, the customer's question and the turn that answered it (the
    words are the customer's, and would read as the agent's good service without it); for
    a resolution nobody confirmed, that the customer did not say."""
    detail = dict(evidence.detail)
    if is_timing(evidence.as_dict()):
        wait, target = int(detail["wait_seconds"]), int(detail.get("target_seconds", "0"))
        return Quote("", _wait_note(evidence.turn, wait, target))
    answered = detail.get("answered_in_turn", "")
    if answered.isdigit():
        turn = int(answered) + 1
        return Quote(evidence.quote, f"the customer asked; answered in turn {turn}", turn)
    if detail.get("unconfirmed") == "yes":
        return Quote(evidence.quote, "the customer left without saying whether it worked")
    return Quote(evidence.quote)


def _late_replies(
    result: BehaviourResult, conversation: Conversation, turns: list[Turn], rubric: Rubric
) -> list[Quote]:
    """For `responds_promptly` missing, the evidence the engine keeps none of: each
    reply that came later than the channel's target, how long the customer waited and
    the target, linked to the reply in the transcript. Worked out from the stored turns'
    times by the engine's own `reply_delays` and the target of the `rubric` that scored
    it (`Rubric.reply_target`), so "missing" names the late reply as "shown" names the
    prompt ones. Nothing for any other result."""
    if result.behaviour != "responds_promptly" or result.outcome is not Outcome.ABSENT:
        return []
    timed = to_care_conversation(conversation, turns)
    target = rubric.reply_target(timed)
    return [
        Quote(
            "",
            _wait_note(index, int(wait.total_seconds()), int(target.total_seconds()), "late: "),
            index + 1,
        )
        for index, wait in reply_delays(timed)
        if wait > target
    ]


def _asked_back(
    result: BehaviourResult, conversation: Conversation, turns: list[Turn]
) -> list[Quote]:
    """For `answers_all_questions` not needed, each question that waits on the customer:
    the agent asked back ("Which order do you mean?") and the customer has not replied,
    linked to the question back. Worked out from the stored turns by the engine's own
    `customer_questions`, so the page says why a question asked is not judged. Nothing
    for any other result."""
    if result.behaviour != "answers_all_questions" or result.outcome is not Outcome.NOT_APPLICABLE:
        return []
    asked = customer_questions(to_care_conversation(conversation, turns))
    return [
        Quote(
            question.span.text,
            f"the customer asked; the agent asked back in turn {question.asked_back + 1} "
            "and the customer has not replied",
            question.asked_back + 1,
        )
        for question in asked
        if question.asked_back is not None
    ]


def _wait_note(turn: int, wait: int, target: int, verdict: str = "") -> str:
    """How long the customer waited for the reply at `turn` (0-based), against the
    target (both in seconds): "reply 4 came after 12 min (target 60 s)"."""
    return f"{verdict}reply {turn + 1} came after {_duration(wait)} (target {_duration(target)})"


def _duration(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"
