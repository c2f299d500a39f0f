"""A sixth fresh check for `asks_open_question`, written in the ninth round (24 November
2026, seventh session): half counselling sessions and peer-support chat, half pharmacy
and clinic chats, gaming-support forums, app-store review replies and e-mail. Every row
was written and labelled before the detector read it; each block after the previous
block's misses were mended. Not taken from any labelled corpus.

Labels follow the earlier checks' notion (`test_open_questions_fresh5.py`): a
wh-question or an invitation to tell is open even when it asks for a plain fact; a
yes/no question, a reflection with a tag ("…, is that right?", "…, yeah?"), a choice
offered, a request for an identifier and a proposal are closed. Kinds this round aimed
at: "I wonder what…", "tell me about", "how come", "what else", a closed question
followed by an open one in one turn ("Did you manage the walks, and how did…?"), and a
statement with the "?" left off in chat.

First reads (F1) and the read of the session's starting rules (commit 942779b) of the
same block:

- block 1 (60 rows): 0.983 (P 1.00, R 0.97), the same by the starting rules: "could you
  walk us through…" (the invitations "walk / take / talk me through", "fill me in" now
  take "us" too); then 1.000. Dev 0.946 (AnnoMI 0.857) unchanged.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .test_open_questions_fresh import Question, open_question_scores

# Each row: (block, where it was said, the words, open question?).
ROWS: list[tuple[int, str, str, bool]] = [
    (
        1,
        "counselling",
        "I wonder what it would look like if the drinking weren't part of your weekends.",
        True,
    ),
    (
        1,
        "counselling",
        "Tell me about the last time you felt really in control of your eating.",
        True,
    ),
    (1, "counselling", "How come you decided to come in now rather than last year?", True),
    (1, "counselling", "What else gets in the way when you try to go for a run?", True),
    (
        1,
        "counselling",
        "So you've been skipping the tablets, and what's that been like for you?",
        True,
    ),
    (
        1,
        "counselling",
        "Did you manage the walks this week, and how did your body feel afterwards?",
        True,
    ),
    (
        1,
        "counselling",
        "Mm. And when you say you're 'done with it', what do you mean by that?",
        True,
    ),
    (1, "peer", "hey, how are you holding up since the funeral?", True),
    (1, "peer", "what's been the hardest bit of the night shifts for you", True),
    (1, "peer", "do you want to talk about it? what happened at work?", True),
    (1, "peer", "I'm curious how your sister reacted when you told her", True),
    (1, "counselling", "Where do you see yourself with the gambling a year from now?", True),
    (1, "counselling", "How might things be different if you did cut back?", True),
    (1, "counselling", "What would your best friend say about the way you've been coping?", True),
    (1, "peer", "how did the appointment go in the end??", True),
    (1, "pharmacy", "How have you been getting on with the new inhaler?", True),
    (1, "pharmacy", "What symptoms have you noticed since starting the tablets?", True),
    (1, "clinic", "Can you describe the pain for me, where it starts and how it spreads?", True),
    (1, "clinic", "What brings you to the clinic today?", True),
    (1, "gaming", "What were you doing in the match right before the game crashed?", True),
    (1, "gaming", "How often does the disconnect happen, and on which maps?", True),
    (1, "gaming", "Could you walk us through the steps that lead to the glitch?", True),
    (
        1,
        "app",
        "Hi Dee, sorry the sync let you down. What device are you using, and what happens"
        " when you tap Refresh?",
        True,
    ),
    (
        1,
        "email",
        "Could you let us know a little more about what went wrong with the delivery?",
        True,
    ),
    (1, "email", "We'd love to hear what would make the app more useful for you.", True),
    (1, "clinic", "How is your mum managing at home since the discharge?", True),
    (1, "pharmacy", "What other medicines are you taking at the moment?", True),
    (1, "gaming", "what's happening on your end when you try to join the party", True),
    (1, "app", "Thanks for the review, Sam! What features would you like to see next?", True),
    (1, "email", "Please describe what you see on screen when the error appears.", True),
    (1, "counselling", "So it sounds like the evenings are the hardest, is that right?", False),
    (
        1,
        "counselling",
        "You're feeling stuck between wanting to quit and enjoying it, yeah?",
        False,
    ),
    (1, "counselling", "You've tried this before and it didn't last, right?", False),
    (
        1,
        "counselling",
        "Would it be okay if I shared some information about alcohol and sleep?",
        False,
    ),
    (1, "counselling", "On a scale of one to ten, is it more like a three or a seven?", False),
    (1, "counselling", "So part of you wants to stop, and part of you isn't ready yet.", False),
    (1, "counselling", "Have you spoken to your GP about the cravings?", False),
    (1, "peer", "are you safe right now?", False),
    (1, "peer", "did you manage to eat anything today", False),
    (1, "peer", "you know?", False),
    (1, "peer", "That sounds so lonely. I'm here if you need me.", False),
    (1, "peer", "is it okay if I check in tomorrow?", False),
    (1, "counselling", "And you'd like to keep the job, you said?", False),
    (1, "counselling", "Is that something you'd be willing to try before next week?", False),
    (1, "peer", "oh no, was it the same manager again?", False),
    (1, "pharmacy", "Can I have your date of birth, please?", False),
    (1, "pharmacy", "Is it the 50mg or the 100mg tablets you need?", False),
    (1, "clinic", "Are you allergic to penicillin?", False),
    (1, "clinic", "Would Thursday at 10:15 suit you?", False),
    (1, "gaming", "What's your player ID?", False),
    (1, "gaming", "Have you tried verifying the game files?", False),
    (1, "gaming", "Which platform are you on, PC or console?", False),
    (1, "app", "Did the latest update fix the crash for you?", False),
    (1, "email", "Could you confirm the email address on the account?", False),
    (1, "email", "Please reply with your order number and we'll take a look.", False),
    (1, "clinic", "Your results are normal, so no follow-up is needed.", False),
    (1, "pharmacy", "Do you want us to text you when it's ready?", False),
    (1, "gaming", "Is your NAT type open or strict?", False),
    (
        1,
        "app",
        "Sorry about that, Lee! Could you update to version 4.2 and let us know if it helps?",
        False,
    ),
    (1, "email", "What's the best phone number to reach you on?", False),
]

TALK = {"counselling", "peer"}


def _block(number: int) -> list[Question]:
    return [(where, text, expected) for block, where, text, expected in ROWS if block == number]


def test_each_block_is_sizeable_half_talk_and_balanced() -> None:
    for number in FLOORS:
        block = _block(number)
        talk = sum(where in TALK for where, _, _ in block)
        assert len(block) >= 60
        assert abs(2 * talk - len(block)) <= 4
        assert 0.4 <= sum(expected for _, _, expected in block) / len(block) <= 0.6
    texts = [text for _, _, text, _ in ROWS]
    assert len(set(texts)) == len(texts)


# A little under what the rules now read on each block.
FLOORS = {1: 0.97}


@pytest.mark.parametrize(("number", "floor"), FLOORS.items(), ids=[f"block{n}" for n in FLOORS])
def test_each_block_holds_its_floor(number: int, floor: float) -> None:
    scores = open_question_scores(_block(number))
    assert scores.f1 >= floor, scores.summary()


#: One sentence for each kind this round decided, read alone.
KINDS: dict[str, tuple[str, bool]] = {
    "walk us through": ("Could you take us through what happened on the night?", True),
    "fill us in": ("Fill us in on how the trial went.", True),
    "we'll walk you through": ("We'll walk you through the setup on Monday.", False),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert bool(detect(text, "", behaviours=["asks_open_question"])) is expected, text
