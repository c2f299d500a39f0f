"""A ninth fresh check for `asks_open_question`: therapist turns in motivational-
interviewing and counselling sessions (long turns that reflect and then ask, invitations,
wonderings, questions inside statements, and closed questions that start with "what",
"which" or "how many"), written in the eleventh round (24 November 2026). Every row was
written and labelled before the detector read it. Not taken from any labelled corpus.

Labels follow `test_open_questions_fresh7.py`: a wh-question or an invitation to tell is
open even when it asks for a plain fact; a yes/no question, a reflection with a tag or
said with a "?", a choice offered, a guess after a wh-question, a proposal and a request
for an identifier are closed. A which-question that asks the person to name one item of
a set both sides know (the surgery they are registered at, the pharmacy they collect
from) is a request for an identifier too. A turn holding an open question anywhere is
open.

First read (F1) and the read of the session's starting rules (commit 04bf8b4) of the
same block:

- block 1 (60 rows): 0.892 (P 0.83, R 0.97), the starting rules the same. Every
  wondering, invitation, "how come", "what else" and reflection-then-question was read
  right; the misses: "Why not a five?" after a figure on a scale (read as a suggestion,
  "why not try…"), and six closed rows read as open: an identifier asked for before an
  afterthought ("What's your date of birth, just for the records?"), two which-questions
  naming one of a known set ("Which pharmacy do you usually collect … from?", "Which
  surgery are you registered at?"), a time asked for and a bound guessed ("…, before
  midnight?"), a pick guessed after a which-question ("…did they send you to, the one in
  town?") and "What's the name of your key worker?". Mended by kind: the identifier
  read before the first comma; "which" and a noun, then a verb whose preposition ("with",
  "at", "from") is left at the end (`known_set_prepositions`; not with a feeling, a
  superlative or an "-ing" verb: "which bit are you struggling with?"); a bound
  ("before", "by"…, `time_bounds`) guessing a time only when a time is asked; "the one…"
  after "which"; "why not" and a figure or a step on a scale (`scale_steps`). Then
  0.984; the seventh check's "Which GP practice are you registered with?" is now closed
  too. Left: "What's the name of your key worker?": the Switchboard labels call a
  person's or a thing's name asked for open (three development rows; "what's his name?"
  is read so by design), so a name "of" someone stays open. Dev 0.9462 unchanged (AnnoMI
  0.857, Switchboard 0.954); judge set unchanged. "Which people do you…?" (a noun among
  the subjects, then the inversion) was found open-blind while testing and mended too.
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh import asks_openly, block_questions, open_question_scores

# Each row: (block, where it was said, the words, open question?).
ROWS: list[tuple[int, str, str, bool]] = [
    # block 1: open
    (
        1,
        "mi",
        "It sounds like the weekends are the hardest part. What happens on a Saturday "
        "that makes it so tough?",
        True,
    ),
    (
        1,
        "mi",
        "You've cut down a lot since we last met, which is no small thing. How did you manage it?",
        True,
    ),
    (
        1,
        "mi",
        "So the doctor's warning really shook you. Tell me more about what went through "
        "your head on the drive home.",
        True,
    ),
    (1, "mi", "How come you decided to come in today rather than last month?", True),
    (1, "counselling", "what else would change if you weren't smoking", True),
    (
        1,
        "mi",
        "I wonder what it would mean for you to be the one who says no at the pub.",
        True,
    ),
    (1, "counselling", "I'm wondering how your daughter fits into all this.", True),
    (
        1,
        "counselling",
        "You mentioned your brother a couple of times. I'd be interested to hear how "
        "things are between you two.",
        True,
    ),
    (
        1,
        "mi",
        "On one hand the betting feels like your only escape, and on the other it's "
        "costing you the house. Where does that leave you?",
        True,
    ),
    (
        1,
        "mi",
        "Part of you is ready and part of you isn't sure yet, and that's okay. What would "
        "help the unsure part?",
        True,
    ),
    (
        1,
        "mi",
        "If you woke up tomorrow and the problem had gone, what would be the first thing "
        "you'd notice?",
        True,
    ),
    (
        1,
        "mi",
        "So you've tried patches and tablets before. What got in the way those times?",
        True,
    ),
    (1, "counselling", "It's been a rough month, hasn't it? What's kept you going?", True),
    (
        1,
        "mi",
        "Let's say you did cut back to weekends only. How would your week look different?",
        True,
    ),
    (1, "mi", "You said it was a seven out of ten. Why not a five?", True),
    (1, "counselling", "Mm, that's a lot to carry. How are you coping with it all?", True),
    (
        1,
        "counselling",
        "When you picture yourself a year from now, who's there with you?",
        True,
    ),
    (
        1,
        "mi",
        "I'm curious about what you enjoy about the drinking, the good side of it.",
        True,
    ),
    (1, "mi", "Could you walk me through a day when you didn't use at all?", True),
    (
        1,
        "counselling",
        "You've been quiet for a bit. What's going on for you right now?",
        True,
    ),
    (1, "mi", "what do you make of what your GP said", True),
    (
        1,
        "mi",
        "Your wife seems to really matter in this. How does she see your drinking?",
        True,
    ),
    (1, "counselling", "Earlier you said you felt trapped. Say more about that.", True),
    (
        1,
        "mi",
        "What was that like for you, being the only one sober at the wedding?",
        True,
    ),
    (1, "counselling", "Okay, and how did you feel afterwards?", True),
    (
        1,
        "mi",
        "You know your body better than anyone. What do you think it's telling you?",
        True,
    ),
    (1, "mi", "And when the craving hits at night, what do you usually do?", True),
    (1, "counselling", "Sounds like work is a big part of it. How so?", True),
    (1, "mi", "I'd love to know what gave you the push to ring us.", True),
    (
        1,
        "mi",
        "What are your own reasons for wanting to change, apart from what your mum wants?",
        True,
    ),
    # block 1: closed
    (1, "mi", "So the weekends are the hardest part for you?", False),
    (1, "mi", "You've cut down to three a day, is that right?", False),
    (1, "mi", "Did you manage to use the app this week?", False),
    (
        1,
        "mi",
        "Would it be okay if I shared some information about what alcohol does to sleep?",
        False,
    ),
    (1, "counselling", "What's your date of birth, just for the records?", False),
    (1, "mi", "Which pharmacy do you usually collect your prescription from?", False),
    (1, "counselling", "Which surgery are you registered at?", False),
    (1, "mi", "How many cigarettes a day is it now, ten?", False),
    (1, "mi", "What time did you have your last drink, before midnight?", False),
    (1, "counselling", "How many sessions have we got left, two or three?", False),
    (
        1,
        "mi",
        "Which would suit you better, the group on Tuesdays or one-to-one?",
        False,
    ),
    (1, "counselling", "What number is best to ring you on?", False),
    (1, "mi", "Is that something you'd be willing to try?", False),
    (1, "counselling", "You'd rather not talk about your dad today?", False),
    (1, "mi", "It's the evenings that get you, right?", False),
    (
        1,
        "counselling",
        "Have you had any thoughts of harming yourself since we last met?",
        False,
    ),
    (1, "counselling", "Are you still seeing the nurse every fortnight?", False),
    (1, "mi", "So you're saying the gambling started after the redundancy?", False),
    (1, "mi", "Shall we look at the plan together?", False),
    (1, "mi", "How about we set a small goal for this week?", False),
    (1, "mi", "Do you think you could talk to her before Friday?", False),
    (
        1,
        "mi",
        "Can I check I've got this right: you want to stop by Christmas?",
        False,
    ),
    (1, "counselling", "What's the name of your key worker?", False),
    (1, "counselling", "What postcode are you at now?", False),
    (1, "mi", "It sounds like you've really thought this through.", False),
    (1, "counselling", "That's a big step, and I can hear how proud you are.", False),
    (1, "mi", "I wonder if it might help to write it down.", False),
    (
        1,
        "mi",
        "You've been working so hard at this, and the slip on Friday really knocked you. "
        "Did you tell anyone about it?",
        False,
    ),
    (1, "counselling", "What, even on your birthday?", False),
    (
        1,
        "counselling",
        "Which of the two clinics did they send you to, the one in town?",
        False,
    ),
]


# F1 a little under what the rules now read.
FLOOR = 0.97


def test_the_block_is_balanced_unique_and_holds_its_floor() -> None:
    block = block_questions(ROWS, 1)
    opened = sum(expected for *_, expected in block)
    assert len(block) == 60
    assert 25 <= opened <= 35
    assert len({text for _, text, _ in block}) == len(block)
    scores = open_question_scores(block)
    assert scores.f1 >= FLOOR, scores.summary()


#: The kinds block 1 mended, in new sentences: (the words, open?).
KINDS: dict[str, tuple[str, bool]] = {
    "an identifier before an afterthought": ("What's your postcode, for the letter?", False),
    "an identifier, then an open question": (
        "What's your postcode, and what brings you in today?",
        True,
    ),
    "one of a known set named": ("Which bank are you with at the moment?", False),
    "a shop named among those both know": ("Which shop did you order it from?", False),
    "a struggle asked after, not a set": ("Which bit are you struggling with most?", True),
    "a feeling asked after": ("Which friends do you feel closest to?", True),
    "a time bound guessed": ("When did you last use, after the weekend?", False),
    "a bound that narrows another question": ("What changed for you, after Christmas?", True),
    "a pick guessed after which": ("Which counsellor did you see, the one on Mondays?", False),
    "why not a figure on the scale": ("So you're at a four. Why not a two?", True),
    "why not a step down the scale": ("Why not lower, do you think?", True),
    "why not, a suggestion": ("Why not ring the helpline tonight?", False),
    "which people, then the inversion": ("Which people do you feel you can rely on?", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly(text) is expected
