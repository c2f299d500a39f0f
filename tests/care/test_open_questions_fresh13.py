"""A thirteenth fresh check for `asks_open_question`: helper turns in counselling,
coaching and peer-support talk, said aloud and transcribed (fillers, false starts, a
question restarted in another form, two questions in one turn, a tag after a
statement), aimed at the kinds the AnnoMI development rows still get wrong (studied by
kind, no line copied): a reflection said with a "?" or a tag, an "anything else" or a
permission put as yes/no, a wondering left hanging, a turn cut off, a question
restarted. Written in the thirteenth round (24 November 2026). Every row was written
and labelled before the detector read it. Not taken from any labelled corpus.

Labels follow `test_open_questions_fresh11.py`, and: when a speaker starts one question
and restarts as another ("W-what did… I mean, did you…?"), the question finally put is
the one labelled; a turn that asks one open and one closed question is open; a turn of
two closed questions is closed; a statement with a tag ("…, is that right?", "…,
yeah?") is closed; "I wonder what/how…" is open, "I wonder if…" closed.

The AnnoMI rows still wrong at the start (65 of 1236) fall into kinds the standing labels
decide against the coders on purpose (a wh-question after a time or an amount, "tell me
more" and "help me understand…" called open here, a reflection or an "anything else"
with a "?" called closed here), fragments with no question in them, and a few turns cut
off or restarted; this block checks the last kinds and the agreed ones in new words.

First read (F1) and the read of the session's starting rules (commit e887796) of the
same block:

- block 1 (60 rows): 0.984 (P 0.97, R 1.00), the starting rules the same. Every
  reflection with a "?" or a tag, every permission and "anything else", every
  wondering, fragment, cut-off and two-question turn was read as labelled. One closed
  row read as open: a wh-word broken off by a dash and the question put again as a
  yes/no one ("How-- do you still see your brother at all?"); the restart with a
  capital ("W-what did-- I mean, did you…?") was already closed. Mended by kind: a
  wh-question cut off by a dash whose new start (perhaps after a repair set off by a
  comma) is an auxiliary and its subject, with no wh-word nor invitation after the
  break, asks yes/no. Then 1.000. Dev asks_open_question 0.9470 unchanged (no row
  changed; AnnoMI 0.863, Switchboard 0.955); judge set unchanged.
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh import asks_openly
from .test_open_questions_fresh11 import check_block

# Each row: (block, where it was said, the words, open question?).
ROWS: list[tuple[int, str, str, bool]] = [
    # block 1: open
    (1, "counselling", "Um, so, what-what was going through your mind right then?", True),
    (1, "counselling", "Did you-- sorry, what did you make of what she said?", True),
    (1, "counselling", "Okay. Mm-hmm. And how's that been for you, the last few weeks?", True),
    (
        1,
        "counselling",
        "So you stopped going to the group. What got in the way, do you think?",
        True,
    ),
    (1, "counselling", "Are you-- how are you feeling about the move now it's close?", True),
    (1, "coaching", "Right, okay. What would a good week look like for you?", True),
    (1, "coaching", "And, uh, what's stopping you from asking for the promotion?", True),
    (1, "coaching", "You said you felt stuck. Stuck how, exactly?", True),
    (1, "coaching", "What do you reckon your manager would say if you raised it?", True),
    (1, "coaching", "Is it the hours? What is it about the job that wears you down?", True),
    (1, "peer support", "I hear you. How are you coping with it all at the moment?", True),
    (1, "peer support", "Oh, that sounds rough. What happened after you told him?", True),
    (1, "peer support", "Hey, welcome back. How did the appointment go yesterday?", True),
    (1, "peer support", "What helps you most when the nights get bad?", True),
    (
        1,
        "peer support",
        "I'm wondering what it would take for you to feel a bit safer at home.",
        True,
    ),
    (1, "counselling", "I wonder how your daughter sees all this.", True),
    (1, "counselling", "Tell me a bit more about what your evenings are like.", True),
    (1, "counselling", "Uh, walk me through a typical day when you're drinking.", True),
    (1, "coaching", "So, um, if you-- if things went really well, what would be different?", True),
    (1, "coaching", "What else? What else would you want to get out of these sessions?", True),
    (1, "counselling", "Mm. And where do you think that fear comes from?", True),
    (1, "counselling", "Why do you think it matters so much to you that he approves?", True),
    (1, "peer support", "How come you decided to reach out today, of all days?", True),
    (1, "peer support", "Do you want to talk about it? What's been going on?", True),
    (1, "coaching", "Yeah, yeah. And how would you know you'd made progress?", True),
    (1, "counselling", "What are the good things about drinking, for you?", True),
    (1, "counselling", "And the not-so-good things, what are they?", True),
    (1, "coaching", "Help me understand what makes Mondays so hard.", True),
    (1, "counselling", "Okay, so you've tried cutting down before. How did that go?", True),
    (1, "peer support", "What kind of support would feel useful right now?", True),
    # block 1: closed
    (1, "counselling", "So you feel like nobody at home really listens to you?", False),
    (1, "counselling", "Mm-hmm. So it started after the accident, is that right?", False),
    (1, "counselling", "Okay. So you'd rather not change anything at the moment, yeah?", False),
    (1, "counselling", "And you've been sleeping better since then?", False),
    (1, "counselling", "So the drinking's mostly at weekends, then?", False),
    (1, "coaching", "Is there anything else you'd like to put on the agenda?", False),
    (1, "coaching", "Would it be okay if I shared a couple of ideas?", False),
    (1, "coaching", "Do you mind if we come back to the budget thing later?", False),
    (1, "counselling", "Are there any times when the cravings are worse? Evenings, maybe?", False),
    (1, "counselling", "Um, any questions about what we've talked about today?", False),
    (1, "counselling", "W-what did-- I mean, did you take the tablets this morning?", False),
    (1, "counselling", "How-- do you still see your brother at all?", False),
    (1, "counselling", "I wonder if you'd be willing to keep a diary this week.", False),
    (1, "counselling", "I was wondering whether your GP knows about any of this.", False),
    (1, "peer support", "Have you told anyone else? Your mum, maybe?", False),
    (1, "peer support", "Are you safe right now?", False),
    (1, "peer support", "Mm-hmm.", False),
    (1, "peer support", "That must have been so hard.", False),
    (1, "counselling", "So, uh, what you're saying is that you feel trapped.", False),
    (1, "counselling", "And so you've been, um, trying to get a grip on it all-", False),
    (1, "counselling", "Shall we meet again the same time next week?", False),
    (1, "coaching", "Did you manage to do the exercise we talked about?", False),
    (1, "coaching", "Is it more the workload or the people, would you say?", False),
    (1, "coaching", "Okay. On a scale of one to ten, where would you put your energy?", False),
    (1, "counselling", "You went back to the doctor on your own?", False),
    (
        1,
        "counselling",
        "Right. Right. So part of you wants to quit, and part of you doesn't.",
        False,
    ),
    (
        1,
        "counselling",
        "Can I give you some information about the clinic, if that's all right?",
        False,
    ),
    (1, "peer support", "Do you have someone you can call tonight?", False),
    (1, "coaching", "So the plan is to speak to her on Friday, yeah? And you feel ready?", False),
    (
        1,
        "counselling",
        "Um, and so-- so, yeah, I guess-- sorry, I lost my train of thought.",
        False,
    ),
]

FLOOR = 0.98


def test_block_1_is_balanced_unique_and_holds_its_floor() -> None:
    check_block(ROWS, 1, FLOOR)


#: The kind block 1 mended and its neighbours, in new sentences: (the words, open?).
KINDS: dict[str, tuple[str, bool]] = {
    "a wh-word restarted as yes/no": ("Where-- is it your back that hurts most?", False),
    "a wh-question restarted as yes/no": ("What did you do when-- did he shout at you?", False),
    "a restart after a repair": ("Why did-- sorry, I mean, do you still go there?", False),
    "a yes/no question restarted as wh": ("Do you-- how do you manage the mornings?", True),
    "a wh-question started twice": ("How do you-- how do you wind down after work?", True),
    "a wh-word broken off before a statement": ("What-- you said it was a long week.", False),
    # Added in the s18 mend: only an unfinished wh-question gives way to the yes/no
    # restart; a complete one has asked already (development raters tick a complete
    # wh-question followed by a yes/no one as open).
    "a wh-question cut off on an auxiliary": ("What have you-- have you told her?", False),
    "a wh-question cut off on an article": ("What was the-- was it the noise?", False),
    "a complete wh-question, then yes/no": ("What happened next—did they call you back?", True),
    "a complete why, then a guess": ("Why do you think that is--is it the cost?", True),
    "a complete how, then yes/no": ("How did the meeting go-- did he listen?", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly(text) is expected
