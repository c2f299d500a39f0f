"""An eighth fresh check for `asks_open_question`, written after the seventh check's
misses were mended (tenth round, 24 November 2026, eighth session): counselling
sessions, peer-support chat and emotional-support lines again, with the same kinds
(wonderings, invitations, "how come", "what else", a closed question followed by an
open one, double questions, tags and guesses). Every row was written and labelled
before the detector read it. Not taken from any labelled corpus.

Labels follow `test_open_questions_fresh7.py`.

First read (F1) and the read of the session's starting rules (commit 055e303) of the
same block: 0.984 (P 0.97, R 1.00; starting rules 0.968, which also read "…, about
thirty?" as open, the kind the seventh check mended). The one miss: a date guessed with
its article ("When is your next appointment with the nurse, the 12th?"), now a guess
too; then 1.000. Dev 0.9457 unchanged. As in the sixth and seventh checks, every open
kind the block aimed at was read right on first sight: the misses were closed questions
ending on a guess.
"""

from __future__ import annotations

from .test_open_questions_fresh import asks_openly, block_questions, open_question_scores

# Each row: (block, where it was said, the words, open question?).
ROWS: list[tuple[int, str, str, bool]] = [
    # block 1: open
    (
        1,
        "counselling",
        "I'm curious what your partner would say if they heard you talk like this.",
        True,
    ),
    (1, "peer", "wondering how you've been sleeping since the move", True),
    (1, "counselling", "Tell me what a typical Saturday looks like for you.", True),
    (1, "support", "Can you tell me more about what happened at the hospital?", True),
    (1, "counselling", "How come it matters so much that your dad approves?", True),
    (1, "peer", "how come you stopped going to the meetings?", True),
    (1, "counselling", "What else have you tried, besides the nicotine gum?", True),
    (1, "support", "what else is weighing on you this week", True),
    (1, "counselling", "Did you go in the end? How did it go?", True),
    (
        1,
        "support",
        "Do you still talk to her, and what do those conversations feel like?",
        True,
    ),
    (
        1,
        "counselling",
        "Okay, so what do you think needs to happen first, and who could help you with it?",
        True,
    ),
    (1, "counselling", "Say a little more about the guilt.", True),
    (1, "peer", "say more about that if you want to", True),
    (1, "counselling", "Help me understand what drinking does for you on a bad day.", True),
    (1, "counselling", "What are you feeling as you tell me this?", True),
    (1, "support", "What's the loneliness like in the evenings?", True),
    (1, "counselling", "What kind of father do you want to be?", True),
    (1, "counselling", "Which of these reasons feels most important to you?", True),
    (1, "peer", "Where did you find the strength to leave?", True),
    (
        1,
        "counselling",
        "What would your life look like five years from now if you kept gambling?",
        True,
    ),
    (1, "support", "How has your week been, honestly?", True),
    (1, "counselling", "When you think about your health, what worries you the most?", True),
    (1, "counselling", "What do you think would happen if you told your boss?", True),
    (1, "peer", "Who do you turn to when things get this bad?", True),
    (1, "counselling", "Why is now the right time for you?", True),
    (1, "counselling", "What makes you say it's a four and not a two?", True),
    (1, "support", "talk me through what happened after the argument", True),
    (1, "counselling", "I'd like to hear more about what keeps you going.", True),
    (1, "counselling", "What might get in the way of the plan, do you think?", True),
    (1, "peer", "What was it like going back to work after the baby?", True),
    # block 1: closed
    (1, "counselling", "What time's best for a call, morning or afternoon?", False),
    (1, "counselling", "How many units a week would you say, about thirty?", False),
    (1, "counselling", "Could you give me your GP's phone number?", False),
    (1, "counselling", "Would you be happy for me to write to your GP?", False),
    (1, "counselling", "You've been dry since March, haven't you?", False),
    (1, "peer", "That must've been scary, no?", False),
    (1, "support", "You're on your own tonight, yeah?", False),
    (1, "counselling", "So you'd like to cut down rather than stop completely?", False),
    (1, "counselling", "Have you thought about going back to the group?", False),
    (1, "support", "Are you safe right now?", False),
    (1, "counselling", "Did the walks help? Did you keep them up?", False),
    (1, "counselling", "Is it the cost that puts you off, or the time?", False),
    (1, "counselling", "How old is your son now, seven?", False),
    (1, "counselling", "What's your email address so I can send you the leaflet?", False),
    (1, "counselling", "Can I ask you to fill in this short form before you go?", False),
    (1, "peer", "Do you want me to send you the link to the group?", False),
    (1, "counselling", "Shall we stop there for today?", False),
    (1, "support", "Would you like to talk to someone on the phone instead?", False),
    (1, "counselling", "When is your next appointment with the nurse, the 12th?", False),
    (
        1,
        "counselling",
        "Which do you want to work on first, the drinking or the sleep?",
        False,
    ),
    (1, "counselling", "So it's mostly when the kids are in bed that you drink?", False),
    (1, "peer", "You're worried it'll happen again?", False),
    (1, "counselling", "I know what you mean.", False),
    (1, "support", "What you did took real courage.", False),
    (1, "counselling", "Here's what I'd suggest for the next week.", False),
    (1, "counselling", "Can you tell me your address for the letter?", False),
    (
        1,
        "counselling",
        "Did you notice how your mood changed after the second drink?",
        False,
    ),
    (1, "peer", "Any luck with the new job?", False),
    (1, "counselling", "How long have you been on the waiting list, six months?", False),
    (1, "support", "Is there someone who can stay with you tonight?", False),
]


def test_the_block_is_sizeable_and_balanced() -> None:
    block = block_questions(ROWS, 1)
    assert len(block) >= 60
    assert 0.4 <= sum(expected for _, _, expected in block) / len(block) <= 0.6
    texts = [text for _, _, text, _ in ROWS]
    assert len(set(texts)) == len(texts)


# A little under what the rules now read.
FLOOR = 0.98


def test_the_block_holds_its_floor() -> None:
    scores = open_question_scores(block_questions(ROWS, 1))
    assert scores.f1 >= FLOOR, scores.summary()


def test_a_date_guessed_with_its_article_is_closed() -> None:
    assert not asks_openly("What date is the hearing, the 3rd?")
    assert asks_openly("What happened after that, the same night?")
