"""How agents differ: a style profile per agent, and the words each behaviour comes out as.

A `StyleProfile` gives, for every CARE behaviour and every breaker, the chance that an agent
shows it at a moment where it fits. Legendary agents nearly always ask open questions, say
the problem back, acknowledge feelings, take ownership, offer options, promise with a time,
gain agreement and thank, say back what the customer needs before offering a way forward,
and when a rule stands in the way they say so and offer what they can do instead; poor
agents lean on policy, deflect, ignore questions and reply slowly.
Individual agents can override single behaviours (`AgentProfile.tendencies`), so a team's
dashboard shows people with different strengths rather than three clones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# The behaviours the generator writes: the CARE engine's behaviour ids where it has one
# (offers_options, uses_jargon and slow_reply are the generator's own finer knobs).
OPEN_QUESTION = "asks_open_question"
PARAPHRASE = "paraphrases"
NEED = "acknowledges_need"
ACKNOWLEDGE = "acknowledges_feelings"
OWNERSHIP = "takes_ownership"
OPTIONS = "offers_options"
EXPLAINS_POLICY = "explains_policy_with_alternative"
COMMITMENT = "makes_commitment"
AGREEMENT = "gains_agreement"
THANKS = "expresses_appreciation"
USES_NAME = "uses_customer_name"
ANSWERS = "answers_all_questions"
# Breakers.
BLAMES_POLICY = "blames_policy"
NOT_MY_DEPARTMENT = "deflects"
IGNORES_QUESTION = "ignores_question"
CALM_DOWN = "minimises_feelings"
NON_APOLOGY = "non_apology"
BLAMES_CUSTOMER = "blames_customer"
JARGON = "uses_jargon"
SLOW_REPLY = "slow_reply"

BEHAVIOURS: tuple[str, ...] = (
    OPEN_QUESTION,
    PARAPHRASE,
    NEED,
    ACKNOWLEDGE,
    OWNERSHIP,
    OPTIONS,
    EXPLAINS_POLICY,
    COMMITMENT,
    AGREEMENT,
    THANKS,
    USES_NAME,
    ANSWERS,
)
BREAKERS: tuple[str, ...] = (
    BLAMES_POLICY,
    NOT_MY_DEPARTMENT,
    IGNORES_QUESTION,
    CALM_DOWN,
    NON_APOLOGY,
    BLAMES_CUSTOMER,
    JARGON,
    SLOW_REPLY,
)

LEGENDARY = "legendary"
AVERAGE = "average"
POOR = "poor"
STYLES: tuple[str, ...] = (LEGENDARY, AVERAGE, POOR)


@dataclass(frozen=True, slots=True)
class StyleProfile:
    """The chance (0-1) of each behaviour where it fits, and how fast replies come (seconds)."""

    name: str
    chances: Mapping[str, float]
    chat_reply_seconds: tuple[int, int]

    def chance(self, behaviour: str, overrides: Mapping[str, float] | None = None) -> float:
        """The chance of `behaviour`, taking an agent's own tendencies first."""
        if overrides and behaviour in overrides:
            return overrides[behaviour]
        return self.chances.get(behaviour, 0.0)


def _profile(name: str, reply: tuple[int, int], **chances: float) -> StyleProfile:
    unknown = set(chances) - set(BEHAVIOURS) - set(BREAKERS)
    if unknown:
        raise ValueError(f"style {name}: unknown behaviours {sorted(unknown)}")
    return StyleProfile(name, MappingProxyType(dict(chances)), reply)


PROFILES: Mapping[str, StyleProfile] = MappingProxyType(
    {
        LEGENDARY: _profile(
            LEGENDARY,
            (8, 38),
            asks_open_question=0.9,
            paraphrases=0.75,
            acknowledges_need=0.55,
            acknowledges_feelings=0.9,
            takes_ownership=0.85,
            offers_options=0.8,
            explains_policy_with_alternative=0.45,
            makes_commitment=0.9,
            gains_agreement=0.85,
            expresses_appreciation=0.9,
            uses_customer_name=0.9,
            answers_all_questions=0.97,
            blames_policy=0.01,
            deflects=0.01,
            ignores_question=0.0,
            minimises_feelings=0.0,
            non_apology=0.01,
            blames_customer=0.01,
            uses_jargon=0.02,
            slow_reply=0.01,
        ),
        AVERAGE: _profile(
            AVERAGE,
            (12, 52),
            asks_open_question=0.35,
            paraphrases=0.25,
            acknowledges_need=0.3,
            acknowledges_feelings=0.45,
            takes_ownership=0.35,
            offers_options=0.3,
            explains_policy_with_alternative=0.15,
            makes_commitment=0.4,
            gains_agreement=0.35,
            expresses_appreciation=0.6,
            uses_customer_name=0.5,
            answers_all_questions=0.75,
            blames_policy=0.08,
            deflects=0.06,
            ignores_question=0.2,
            minimises_feelings=0.03,
            non_apology=0.06,
            blames_customer=0.03,
            uses_jargon=0.12,
            slow_reply=0.03,
        ),
        POOR: _profile(
            POOR,
            (15, 70),
            asks_open_question=0.06,
            paraphrases=0.03,
            acknowledges_need=0.03,
            acknowledges_feelings=0.08,
            takes_ownership=0.06,
            offers_options=0.05,
            # A poor agent hides behind the rule instead (blames_policy).
            explains_policy_with_alternative=0.0,
            makes_commitment=0.08,
            gains_agreement=0.05,
            expresses_appreciation=0.25,
            uses_customer_name=0.15,
            answers_all_questions=0.3,
            blames_policy=0.35,
            deflects=0.2,
            ignores_question=0.7,
            minimises_feelings=0.2,
            non_apology=0.3,
            blames_customer=0.15,
            uses_jargon=0.25,
            slow_reply=0.15,
        ),
    }
)

# --- what the behaviours sound like -------------------------------------------------------

OPEN_QUESTIONS: tuple[str, ...] = (
    "Can you tell me a bit more about what happened?",
    "Could you walk me through what's happened so far?",
    "What's been going on with it?",
    "How can I help put this right for you?",
    "What would be the most helpful thing I could do for you today?",
    "How did it go from there?",
)
OPEN_QUESTIONS_PRESALE: tuple[str, ...] = (
    "What will you mostly be using it for?",
    "What matters most to you in choosing one?",
    "Tell me a bit about the room it's going in — what are you hoping for?",
)
OPEN_QUESTIONS_PRAISE: tuple[str, ...] = (
    "What was it that made the biggest difference for you?",
    "I'd love to hear more — what did they do?",
    "How did they help?",
)
CLOSED_QUESTIONS: tuple[str, ...] = (
    "What's the order number?",
    "Have you got an order number?",
    "Is this an online order?",
    "Order number please.",
)
PARAPHRASE_FRAMES: tuple[str, ...] = (
    "So if I've understood you properly, {p}.",
    "Just so I'm sure I've got this right: {p}.",
    "Let me check I've got this — {p}. Is that right?",
    "So what you're telling me is that {p}.",
)
ACKNOWLEDGEMENTS: tuple[str, ...] = (
    "I'm really sorry — I can hear how frustrating this has been{feeling}.",
    "That sounds so stressful{feeling}, and I'm sorry it's happened.",
    "I completely understand why you're upset{feeling}.",
    "I'd feel exactly the same in your shoes{feeling}.",
    "I'm so sorry. That's really disappointing{feeling}.",
)
ACKNOWLEDGEMENTS_PRESALE: tuple[str, ...] = (
    "Good question — it's worth getting right before you buy.",
    "That's a lovely choice, and I'm glad you asked first.",
)
OWNERSHIP_LINES: tuple[str, ...] = (
    "Leave it with me.",
    "I'm going to sort this out for you myself.",
    "I'll take care of this personally.",
    "I'll make sure this gets put right.",
    "You won't need to chase this again — I'm looking after it now.",
)
OPTION_FRAMES: tuple[str, ...] = (
    "I can either {a}, or {b}. Which would suit you better?",
    "There are two ways I can do this: I can {a}, or I can {b}. What would you prefer?",
    "Would you like me to {a}, or would you rather I {b}?",
)
SINGLE_FIX_FRAMES: tuple[str, ...] = (
    "I'll {a}.",
    "What I can do is {a}.",
    "I've arranged to {a}.",
)
# What the customer needs, said back before the way forward: {need} is one of the scenario's
# `needs` ("the £60 sorted without having to chase us again"). Every frame is an explicit
# "I understand / got it / understood", so it reads as heard whatever the customer said last.
NEED_FRAMES: tuple[str, ...] = (
    "I understand you need {need}.",
    "Got it — what you need is {need}.",
    "Understood: what matters most to you is {need}.",
    "Got it, so you'd like {need}.",
)
# A rule that stops what the customer hoped for, said plainly, then what the agent can do:
# {limit} is one of the scenario's `limits` ("refund it before it's back with us").
POLICY_OPTION_FRAMES: tuple[str, ...] = (
    "Our policy doesn't let me {limit}, but here's what I can do instead: I can {a}, "
    "or I can {b}. Which would suit you better?",
    "I can't {limit}, I'm afraid; that's one rule I'm not able to bend myself. "
    "What I can do is {a}, or {b} if that's easier. What would you prefer?",
    "I'll be honest with you: our guidelines don't allow me to {limit}. "
    "Here's what I can do instead, though: I can {a}, or I can {b}. Which would suit you better?",
)
POLICY_FIX_FRAMES: tuple[str, ...] = (
    "Our policy doesn't let me {limit}, but what I can do is {a}.",
    "I'm not able to {limit}, as our rules don't allow it, but here's what I can do "
    "instead: I'll {a}.",
)
COMMITMENT_FRAMES: tuple[str, ...] = (
    "I'll {c} by {when}.",
    "You'll hear from me by {when} — I'll {c}.",
    "I'll {c} by {when}, and I'll keep an eye on it until it's done.",
)
VAGUE_COMMITMENTS: tuple[str, ...] = (
    "Someone will be in touch.",
    "It should get sorted at some point.",
    "We'll get back to you.",
    "I've put a note on the account.",
)
AGREEMENT_QUESTIONS: tuple[str, ...] = (
    "Does that work for you?",
    "Are you happy with that?",
    "Would that be ok?",
    "Is that alright with you?",
    "How does that sound?",
)
THANKS_LINES: tuple[str, ...] = (
    "Thank you for your patience{name}.",
    "Thanks so much for letting us know about this{name}.",
    "Thank you for bearing with us{name}.",
    "I really appreciate you taking the time to tell us{name}.",
)
THANKS_FOR_PRAISE: tuple[str, ...] = (
    "Thank you so much for taking the time to tell us{name} — that's made my day.",
    "What a lovely message to get{name}, thank you.",
    "Thank you{name}! It means a lot to the team to hear this.",
)
WARM_CLOSINGS: tuple[str, ...] = (
    "Have a lovely rest of your day.",
    "Take care.",
    "Enjoy the rest of your week.",
    "Speak soon.",
)
PLAIN_CLOSINGS: tuple[str, ...] = ("Bye for now.", "Have a good day.", "Thanks, bye.")
FLAT_CLOSINGS: tuple[str, ...] = ("Anything else?", "Is that everything?", "Ok.")
FOLLOW_UP_QUESTIONS: tuple[str, ...] = (
    "Is there anything else about it I should know?",
    "How has that left you — is there anything else that's gone wrong?",
    "What else would help me get this right for you?",
)
FOLLOW_UP_CLOSED: tuple[str, ...] = ("Anything else?", "Is that it?")
FLAT_PRAISE_REPLIES: tuple[str, ...] = (
    "Ok, thanks for the feedback.",
    "Noted.",
    "Thanks, I'll log that.",
)
ANSWER_FRAMES: tuple[str, ...] = ("To answer your question: {a}", "Good question. {a}", "{a}")
HOLD_LINES: tuple[str, ...] = (
    "Bear with me a moment while I pull up order {order}.",
    "Give me two minutes to look into this properly.",
    "Let me just check a couple of things on the system.",
)
HOLD_RETURNS: tuple[str, ...] = (
    "Thanks for waiting.",
    "Thanks for holding on.",
    "Sorry to keep you.",
)
# A security check and the customer's answer to it.
VERIFICATIONS: tuple[tuple[str, str], ...] = (
    (
        "Before I go into the account, can I check the first line of your address?",
        "It's {house} {street}.",
    ),
    ("Can I just confirm the email address on the account?", "Sure, it's {email}."),
    ("Could you confirm the phone number on the order for me?", "It's {phone}."),
)
ANYTHING_ELSE: tuple[str, ...] = (
    "Is there anything else I can help with while I've got you?",
    "Before you go, is there anything else on your mind?",
)
AGENT_AFTER_CHOICE: tuple[str, ...] = (
    "Perfect, that's done.",
    "Great — I've set that up.",
    "Lovely, all sorted.",
)
AGENT_AFTER_CHOICE_FLAT: tuple[str, ...] = ("Ok.", "Done.", "Right.")

# --- what breaks service -------------------------------------------------------------------

NOT_MY_DEPARTMENT_LINES: tuple[str, ...] = (
    "That's not my department, you'll need to contact {department}.",
    "I don't deal with that. You'll have to speak to {department}.",
    "That's one for {department}, not us.",
)
CALM_DOWN_LINES: tuple[str, ...] = (
    "Please calm down.",
    "There's no need to get so worked up.",
    "Calm down, I'm trying to help.",
    "Can you calm down so I can look at it?",
)
NON_APOLOGIES: tuple[str, ...] = (
    "I'm sorry you feel that way.",
    "Sorry if you're upset.",
    "I'm sorry you see it like that.",
)
JARGON_LINES: tuple[str, ...] = (
    "I've raised an RMA against the SKU and it's pending WMS reconciliation.",
    "It's showing as an exception at the hub, status code 14.",
    "That'll be a PSP-side auth hold, it drops off after settlement.",
    "It's flagged NFF on the CRM so it needs a level-2 ticket.",
)
GENERIC_POLICIES: tuple[str, ...] = (
    "I'm afraid that's just our policy.",
    "There's nothing I can do, it's company policy.",
)
