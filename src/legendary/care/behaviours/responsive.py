"""Responsive: showing care through action, in time.

Utterance detectors: `acknowledges_feelings`, `apologises`, `offers_solution`,
`gains_agreement`, `expresses_appreciation`. Conversation detector: `responds_promptly`
(from timestamps, against a target per channel). The phrase families and their
look-alikes live in `lexicons/responsive.json`; apologies, thanks and feelings in lexicons
of their own (`apologies.json`, `appreciation.json`, `feelings.json`); see
`phrases.PhraseRule`.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache

from legendary.care.behaviours.base import Utterance, conversation_behaviour, utterance_behaviour
from legendary.care.behaviours.phrases import PhraseRule
from legendary.care.evidence import Evidence
from legendary.care.lexicons import load_lexicon
from legendary.care.model import Channel, Conversation

#: How long a customer may wait for an agent's reply, per channel (override per call).
RESPONSE_TARGETS: dict[Channel, timedelta] = {
    Channel.CHAT: timedelta(seconds=60),
    Channel.PHONE: timedelta(seconds=60),
    Channel.IN_PERSON: timedelta(seconds=60),
    Channel.SOCIAL: timedelta(hours=1),
    Channel.EMAIL: timedelta(hours=4),
}


#: Behaviours whose phrases have a lexicon file of their own (the rest: responsive.json).
_LEXICON_FILES = {
    "apologises": "apologies",
    "expresses_appreciation": "appreciation",
    "acknowledges_feelings": "feelings",
}


@cache
def _rule(behaviour: str) -> PhraseRule:
    lexicon = load_lexicon(_LEXICON_FILES.get(behaviour, "responsive"))
    return PhraseRule.from_lexicon(lexicon[behaviour])


def _phrase_evidence(behaviour: str, utterance: Utterance, confidence: float) -> list[Evidence]:
    """One piece of evidence per sentence that carries the behaviour's phrasing."""
    return [
        Evidence(behaviour, utterance.turn, sentence.start, sentence.end, sentence.text, confidence)
        for sentence, _match in _rule(behaviour).sentences(utterance.text)
    ]


@utterance_behaviour(
    "apologises",
    quality="responsive",
    triggers=lambda: _rule("apologises").gate,
    description="Apologises for the company's or their own part in the problem.",
)
def apologises(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence with a real apology ("I'm so sorry for the delay",
    "that's on us", "my apologies").

    Not an apology: sympathy ("sorry to hear that", which is `acknowledges_feelings`),
    a non-apology ("sorry you feel that way"), an apology used as a shield ("I'm sorry
    but that's our policy", "sorry, but we can't"), or "sorry?" meaning "say again".
    """
    return _phrase_evidence("apologises", utterance, 0.9)


@utterance_behaviour(
    "expresses_appreciation",
    quality="responsive",
    triggers=lambda: _rule("expresses_appreciation").gate,
    description="Thanks the customer or says their effort, patience or business is appreciated.",
)
def expresses_appreciation(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence of thanks or appreciation.

    Not appreciation: "thanks but no thanks", "thanks for nothing", "thank God",
    "thanks to the storm…" (meaning because of), "I don't appreciate…".
    """
    return _phrase_evidence("expresses_appreciation", utterance, 0.95)


@utterance_behaviour(
    "acknowledges_feelings",
    quality="responsive",
    triggers=lambda: _rule("acknowledges_feelings").gate,
    description="Names or validates the customer's feelings ('that must be so "
    "frustrating', 'I'm sorry to hear that', 'I'd be upset too').",
)
def acknowledges_feelings(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence that meets the customer's feelings.

    A feeling word aimed at the customer's situation ("that sounds stressful", "you
    must be worried"), sympathy ("I'm so sorry to hear that"), validation ("I'd be
    frustrated too", "I can see why you're upset") or warmth ("hang in there"). An
    apology for a delay is `apologises`, not this.
    """
    return _phrase_evidence("acknowledges_feelings", utterance, 0.85)


@utterance_behaviour(
    "offers_solution",
    quality="responsive",
    triggers=lambda: _rule("offers_solution").gate,
    description="Offers a way forward within their authority: an option, a suggestion, "
    "or an action they will take.",
)
def offers_solution(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence that puts a solution or option on the table
    ("you could reset it from the app", "what I can do is refund the fee", "I'd
    suggest…", "one option is…")."""
    return _phrase_evidence("offers_solution", utterance, 0.75)


@utterance_behaviour(
    "gains_agreement",
    quality="responsive",
    triggers=lambda: _rule("gains_agreement").gate,
    description="Checks the customer agrees with the next step ('does that work for "
    "you?', 'shall I go ahead?').",
)
def gains_agreement(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence that asks for the customer's agreement on a step."""
    return _phrase_evidence("gains_agreement", utterance, 0.75)


def reply_delays(conversation: Conversation) -> list[tuple[int, timedelta]]:
    """(agent turn index, wait) for each agent reply to a customer turn, where both
    turns have timestamps. The wait runs from the customer's first unanswered turn."""
    delays: list[tuple[int, timedelta]] = []
    waiting_since = None
    for index, turn in enumerate(conversation.turns):
        if turn.is_customer:
            if waiting_since is None and turn.timestamp is not None:
                waiting_since = turn.timestamp
        elif turn.is_agent and waiting_since is not None:
            if turn.timestamp is not None:
                delays.append((index, turn.timestamp - waiting_since))
            waiting_since = None
    return delays


def promptness_applies(conversation: Conversation) -> bool:
    """True when `responds_promptly` can be judged: at least one agent reply to a customer
    turn has timestamps on both. The rubric marks the behaviour N/A otherwise."""
    return bool(reply_delays(conversation))


def response_target(conversation: Conversation) -> timedelta:
    """The reply-time target for the conversation's channel (`RESPONSE_TARGETS`)."""
    return RESPONSE_TARGETS.get(conversation.channel, RESPONSE_TARGETS[Channel.CHAT])


@conversation_behaviour(
    "responds_promptly",
    quality="responsive",
    description="Every reply to the customer came within the channel's target time.",
)
def responds_promptly(
    conversation: Conversation, target: timedelta | None = None
) -> list[Evidence]:
    """Evidence (each prompt reply, with its wait) when every timed reply met `target`
    (the channel's default from `RESPONSE_TARGETS` when None).

    Returns nothing when a reply was late, and nothing when there are no timestamps;
    tell the two apart with `promptness_applies`.
    """
    limit = target if target is not None else response_target(conversation)
    delays = reply_delays(conversation)
    if not delays or any(wait > limit for _, wait in delays):
        return []
    evidence = []
    for index, wait in delays:
        text = conversation.turns[index].text
        quote = text[:80]
        evidence.append(
            Evidence(
                "responds_promptly",
                index,
                0,
                len(quote),
                quote,
                1.0,
                (
                    ("wait_seconds", str(int(wait.total_seconds()))),
                    ("target_seconds", str(int(limit.total_seconds()))),
                ),
            )
        )
    return evidence
