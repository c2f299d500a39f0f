"""How customers sound: temperaments, and how their mood shows as a conversation goes on.

A customer's mood is a number from -2 (furious) to +2 (delighted). It starts from their
temperament and the reason for contact, rises when the agent shows care and falls when
the agent breaks service; the band it is in picks what the customer says next.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

CALM = "calm"
UPSET = "upset"
SARCASTIC = "sarcastic"
POLITE = "polite"
TEMPERAMENTS: tuple[str, ...] = (CALM, UPSET, SARCASTIC, POLITE)

# Where the mood starts for a problem; questions and compliments start higher.
STARTING_MOOD: Mapping[str, float] = MappingProxyType(
    {CALM: -0.3, UPSET: -1.5, SARCASTIC: -1.0, POLITE: 0.0}
)

ANGRY = "angry"
CROSS = "cross"
NEUTRAL = "neutral"
WARM = "warm"
DELIGHTED = "delighted"


def mood_band(mood: float) -> str:
    """The band a mood value falls in, from angry to delighted."""
    if mood <= -1.3:
        return ANGRY
    if mood < -0.4:
        return CROSS
    if mood < 0.4:
        return NEUTRAL
    if mood < 1.2:
        return WARM
    return DELIGHTED


OPENING_PREFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        CALM: ("Hi,", "Hello.", "Hi there."),
        UPSET: (
            "I'm really not happy.",
            "Honestly, I'm so fed up right now.",
            "This is the second time I've had to get in touch.",
            "I'm absolutely furious.",
        ),
        SARCASTIC: ("Well, this is going brilliantly.", "Great service as always.", "Fantastic."),
        POLITE: (
            "Hello, I hope you're well.",
            "Good morning, sorry to bother you.",
            "Hi there, I wonder if you can help.",
        ),
    }
)
OPENING_SUFFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        CALM: ("", "Can you help?"),
        UPSET: ("I want this sorted today.", "I expected better from you.", ""),
        SARCASTIC: ("Surprise me.", "Go on, amaze me.", ""),
        POLITE: ("Thanks so much in advance.", "Many thanks.", ""),
    }
)

REACTIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        DELIGHTED: (
            "Oh, that's brilliant, thank you so much.",
            "You're a star. Thank you.",
            "That's such a relief, honestly.",
        ),
        WARM: (
            "Thank you, that's really helpful.",
            "Ok, that makes me feel a lot better.",
            "That sounds good, thanks.",
        ),
        NEUTRAL: ("Ok.", "Right, ok.", "Fine.", "Ok, thanks."),
        CROSS: (
            "That's not really good enough.",
            "So what am I supposed to do now?",
            "I've already explained all this once.",
            "That doesn't help me much.",
        ),
        ANGRY: (
            "This is ridiculous. I've been a customer for years.",
            "I want to speak to a manager.",
            "Unbelievable. I'll be telling everyone I know about this.",
        ),
    }
)
SARCASTIC_REACTIONS: tuple[str, ...] = (
    "Oh great, so it's my fault now.",
    "Wonderful. Really helpful.",
    "Well, that's cleared that up. Not.",
)
CHOICES: tuple[str, ...] = (
    "The first one, please.",
    "I think I'd prefer the second option.",
    "The first option sounds best.",
    "Could we do the second one? That would suit me better.",
)
AGREEMENTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        DELIGHTED: ("Yes, perfect!", "That works brilliantly, thank you."),
        WARM: ("Yes, that works for me.", "That's fine, thank you.", "Yes, that's great."),
        NEUTRAL: ("Ok, fine.", "Yes, ok."),
        CROSS: ("I suppose it'll have to.", "Fine. But I'm not impressed."),
        ANGRY: ("Not really, no. But it doesn't sound like I have a choice.",),
    }
)
CLOSINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        DELIGHTED: (
            "You've been brilliant, thank you {agent}.",
            "Thank you so much, {agent}. You've really turned this around.",
            "Honestly, thank you. I'll definitely be back.",
        ),
        WARM: ("Thanks for your help.", "Thank you, bye.", "Great, thanks {agent}."),
        NEUTRAL: ("Ok. Bye.", "Thanks.", "Right."),
        CROSS: (
            "I'll wait and see, I suppose.",
            "Fine. I hope someone actually gets back to me this time.",
        ),
        ANGRY: (
            "I'll be taking my business elsewhere.",
            "I'm leaving a review about this.",
            "Forget it. I'll cancel the lot.",
        ),
    }
)
NOTHING_ELSE: tuple[str, ...] = ("No, that's everything.", "No, that's all, thanks.")
HOLD_REPLIES: tuple[str, ...] = ("Sure.", "No problem.", "Ok.", "Fine, I'll wait.")
WAITING_CHASERS: tuple[str, ...] = ("Hello? Are you still there?", "Hello?", "Anyone there?")
WHAT_NEXT: tuple[str, ...] = (
    "Sorry, just so I'm clear — what happens next?",
    "So what exactly happens now?",
    "And when will I hear?",
)
# How a customer who came to give praise signs off, by the mood they leave in.
PRAISE_CLOSINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        DELIGHTED: (
            "Thank you! Have a lovely day.",
            "Please do pass it on — they deserve it.",
            "Lovely, thanks {agent}. See you soon.",
        ),
        WARM: ("Thanks, bye for now.", "Great, thank you."),
        NEUTRAL: ("Ok. Bye.", "Right, thanks."),
        CROSS: ("Well, I tried.", "Ok. I won't bother next time."),
        ANGRY: ("Never mind.",),
    }
)
# What a customer says when a new person asks them to start again.
REPEATING: tuple[str, ...] = (
    "I've already explained all this once.",
    "So I have to tell it all again?",
    "Right. From the beginning, then.",
)
