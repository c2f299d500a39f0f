"""A seventh fresh check for `asks_open_question`: counselling sessions, peer-support
chat and emotional-support lines, written in the tenth round (24 November 2026, eighth
session). Every row was written and labelled before the detector read it; each block
after the previous block's misses were mended. Not taken from any labelled corpus.

Labels follow the earlier checks' notion (`test_open_questions_fresh5.py`,
`test_open_questions_fresh6.py`): a wh-question or an invitation to tell is open even
when it asks for a plain fact; a yes/no question, a reflection with a tag or said with a
"?", a choice offered, a guess offered after a wh-question ("how many tablets is it,
two?"), a request for an identifier and a proposal are closed. A turn holding an open
question anywhere (a closed question followed by an open one, a double question) is
open.

First reads (F1) and the read of the session's starting rules (commit 055e303) of the
same block:

- block 1 (60 rows): 0.938 (P 0.88, R 1.00), the same by the starting rules. Every
  open kind the block aimed at ("I wonder what…", "tell me about", "how come", "what
  else", a closed question then an open one, a double question, "say more", "help me
  understand", feelings and values) was read right; the four misses were closed rows
  read as open: a guess after the comma that is not a bare figure ("…, about ten?", a
  hedged figure; "…, Thursday?", a time), and a reflection said with a "?" whose last
  clause starts with a wh-word and a subject ("…around five, when you finish work?", a
  clause hung on the statement, where "where you from?" at the start asks). Mended by
  kind (`guess_hedges`, `guessed_times`; a wh-word and a subject after a statement in
  the same sentence); then 0.984. Left: "Which GP practice are you registered with?"
  (a named place asked for, labelled closed as an identifier; no rule for it). Dev
  0.9457 unchanged (AnnoMI 0.857 unchanged; Switchboard three closed questions with a
  "when you…" clause after the comma no longer read as open, none lost).
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh import Question, asks_openly, block_questions, open_question_scores

# Each row: (block, where it was said, the words, open question?).
ROWS: list[tuple[int, str, str, bool]] = [
    # block 1: open
    (
        1,
        "counselling",
        "I wonder what your mornings would look like without that first cigarette.",
        True,
    ),
    (1, "counselling", "I'm wondering what made this week different from the others.", True),
    (1, "peer", "Tell me about the day you decided you'd had enough.", True),
    (1, "support", "tell me a bit about what's been keeping you up at night", True),
    (1, "counselling", "How come the gym fell off the list after Christmas?", True),
    (1, "peer", "how come you didn't tell your sister?", True),
    (1, "counselling", "What else would you lose if you stopped gambling altogether?", True),
    (1, "support", "What else is on your mind tonight?", True),
    (
        1,
        "counselling",
        "You said you'd tried the patches before. Did they help at all, and what got in the "
        "way in the end?",
        True,
    ),
    (
        1,
        "support",
        "Is he still not speaking to you? What's that like, living in the same house?",
        True,
    ),
    (
        1,
        "counselling",
        "What do you make of that, and how does it fit with what you want for your kids?",
        True,
    ),
    (1, "counselling", "Say more about that.", True),
    (1, "peer", "Can you say a bit more about what you mean by 'stuck'?", True),
    (1, "counselling", "Help me understand what a good day looks like for you right now.", True),
    (1, "support", "help me understand how it got to this point", True),
    (1, "counselling", "How do you feel when you see the empty bottles in the morning?", True),
    (1, "counselling", "What matters most to you about being there for your daughter?", True),
    (1, "peer", "What would it mean to you to finish the course?", True),
    (1, "counselling", "Where do you see yourself in a year if nothing changes?", True),
    (1, "support", "how are you holding up since the funeral?", True),
    (1, "counselling", "What's the hardest part of cutting back for you?", True),
    (1, "peer", "Why do you think the cravings are worse at weekends?", True),
    (
        1,
        "counselling",
        "On a scale of one to ten, how important is it to you to quit, and why that number "
        "and not a lower one?",
        True,
    ),
    (1, "support", "What's been the toughest bit of being on your own?", True),
    (
        1,
        "counselling",
        "When you picture yourself sober at the wedding, what do you notice?",
        True,
    ),
    (1, "peer", "What helped you get through the last rough patch?", True),
    (1, "counselling", "I'd love to hear how the conversation with your manager went.", True),
    (1, "support", "What's going through your head right now?", True),
    (1, "counselling", "Walk me through what happens on a typical evening.", True),
    (
        1,
        "counselling",
        "How do the drinking and the way you want others to see you fit together?",
        True,
    ),
    # block 1: closed
    (1, "counselling", "What time suits you next week, 3 or 4?", False),
    (1, "counselling", "How many tablets is it, two?", False),
    (1, "counselling", "Can you tell me your postcode?", False),
    (1, "counselling", "So you've cut down to weekends only, haven't you?", False),
    (1, "peer", "You're still seeing him on Sundays, right?", False),
    (1, "support", "It's been a rough week for you, hasn't it?", False),
    (
        1,
        "counselling",
        "Would you be willing to keep a drink diary until we meet again?",
        False,
    ),
    (1, "counselling", "Did you manage to talk to your partner about it?", False),
    (1, "peer", "Are you sleeping any better?", False),
    (1, "support", "Have you eaten anything today? Are you drinking enough water?", False),
    (
        1,
        "counselling",
        "Is it okay if I share some information about how alcohol affects sleep?",
        False,
    ),
    (1, "counselling", "What day is your next appointment, Thursday?", False),
    (1, "counselling", "Which GP practice are you registered with?", False),
    (1, "counselling", "What's your date of birth?", False),
    (1, "support", "Do you have someone you can call tonight?", False),
    (1, "counselling", "How long is the programme, twelve weeks?", False),
    (1, "counselling", "Shall we pick this up again next Tuesday?", False),
    (1, "peer", "Would it help to write it all down?", False),
    (
        1,
        "counselling",
        "What time do you usually have your first drink, before or after lunch?",
        False,
    ),
    (
        1,
        "counselling",
        "So the cravings hit hardest around five, when you finish work?",
        False,
    ),
    (1, "support", "You're feeling pretty low today?", False),
    (1, "counselling", "How much are you smoking a day now, about ten?", False),
    (1, "peer", "Could you tell me the name of the group you went to?", False),
    (1, "counselling", "Can you tell me your NHS number before we start?", False),
    (1, "counselling", "I'll tell you what I think might help.", False),
    (1, "counselling", "What you're describing sounds really exhausting.", False),
    (1, "support", "I know how hard this is.", False),
    (
        1,
        "counselling",
        "Were you able to stick to the plan, or was it too much?",
        False,
    ),
    (1, "peer", "Is there anything else you want to talk about?", False),
    (1, "counselling", "Did your doctor tell you what the side effects were?", False),
]


def _block(number: int) -> list[Question]:
    return block_questions(ROWS, number)


def test_each_block_is_sizeable_and_balanced() -> None:
    for number in FLOORS:
        block = _block(number)
        assert len(block) >= 60
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
    "a hedged figure guessed": ("How many hours are you sleeping, maybe five?", False),
    "a time guessed": ("When did the panic attacks start, last summer?", False),
    "a weekday guessed": ("Which day works for the group, Wednesday?", False),
    "a name after the comma": ("How did that feel, Jo?", True),
    "a preposition finished after the comma": ("What are your plans for, um, next year?", True),
    "a hung clause with a '?'": ("You feel the pull most, when you're alone?", False),
    "a restarted wh-question": ("Why, why you asking me that?", True),
    "a clause hung on a question": ("Did it get worse, when you moved?", False),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly(text) is expected, text
