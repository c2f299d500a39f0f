"""An eleventh fresh check for `asks_open_question`: helper turns in counselling,
motivational-interviewing, coaching and emotional-support chats, aimed at the kinds the
AnnoMI development rows get wrong (studied by kind, no line copied): a point asked for
on a scale, a name, number or date of the client's own record asked for, an "anything
else" put as yes/no, a wondering left hanging, a reflection with a "?", a proposal behind
"what about…", long turns that reflect and then ask. Written in the twelfth round (24
November 2026). Every row was written and labelled before the detector read it. Not
taken from any labelled corpus.

Labels follow `test_open_questions_fresh9.py`, and: a question that asks for a point on
a scale ("where would you put yourself on that scale?", "on a scale of one to ten, how
ready are you?") asks for one number and is closed; the reason for the number is open.
A name, number or date of something of the person's own record ("the name of your key
worker", "the date of your next appointment") is an identifier, closed.

First read (F1) and the read of the session's starting rules (commit 32dd22e) of the
same block:

- block 1 (60 rows): 0.882 (P 0.79, R 1.00), the starting rules the same. Every open
  row was read right; eight closed rows were read as open, of four kinds: a point asked
  for on a scale the turn sets up (three: "where would you put yourself on that
  scale?", "if ten is … and zero is …, where are you?", "on a scale of zero to ten, how
  important is it…?"), a name, date or number "of your" something (three: "the name of
  your support worker…", "the date of your next appointment…", "the phone number of
  your sister, in case…"), a wondering cut off by a dash before a statement ("I'm
  wondering about-- it sounds like…") and a proposal behind "what about" and a doing
  ("What about trying the nicotine gum…?"). Mended by kind: a "where" or "what number"
  question in a turn that sets up a scale (`scale_cues`, or its two ends as a range or
  each defined) is closed; an identifier "of"/"for" "your" something is a detail of the
  person's own (the "key worker" row the ninth check left); an invitation followed by a
  dash and a new subject never asked; "what about" and an -ing verb with its object is
  a suggestion (`suggestion_frames`; not a gerund alone, "what about drinking?", nor
  `ing_nouns`). Then 0.984. Left, on purpose: "how important…" on a scale stays open:
  the AnnoMI development coders label every "how confident/important…" scaling
  question open and every "where would you be…" one closed, so the rule follows them,
  not this block's label; "how about" and a doing stays open too (both sources label it
  open). Dev asks_open_question 0.9464 -> 0.9469 (AnnoMI 0.857 -> 0.863, four scale
  and cut-off rows now closed as labelled; Switchboard 0.9545 unchanged); judge set
  unchanged.
- block 2 (60 rows, written after block 1's mend, the same registers): 0.968 (P 0.94,
  R 1.00; starting rules 0.923, which also read as open the name, date and number "of
  your" something and "What about setting a quit date…?", the kinds block 1 mended).
  The two misses were scale questions whose scale the mend did not know: its ends
  defined with "meaning" ("Zero meaning not at all and ten meaning completely. Where
  would you put it?") and the counsellor's "ruler" ("On that same ruler, where are you
  today?"). Mended: "meaning" and "stands for" define an end, "ruler" is a scale cue.
  Then 1.000. Dev unchanged (0.9470).
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
        "You've said a six, which is higher than I expected. What makes it a six and not a three?",
        True,
    ),
    (
        1,
        "mi",
        "So part of you wants to stop and part of you isn't sure. What does the unsure part say?",
        True,
    ),
    (1, "coaching", "What would you like to be different by the end of the quarter?", True),
    (1, "coaching", "If the promotion came through tomorrow, what would you do first?", True),
    (1, "support_chat", "that sounds really heavy. what's been going on for you tonight?", True),
    (1, "support_chat", "How are you holding up since the funeral?", True),
    (
        1,
        "counselling",
        "Can you give me an example of a time when you said no and it went well?",
        True,
    ),
    (
        1,
        "counselling",
        "Do you want to say a bit more about what happened with your brother?",
        True,
    ),
    (
        1,
        "mi",
        "It sounds like the drinking crept up on you over the winter. How did it start?",
        True,
    ),
    (1, "mi", "What worries you most about the test results?", True),
    (1, "counselling", "I'm curious what your mum would say if she saw you now.", True),
    (1, "coaching", "Talk me through a typical Monday, from the moment you wake up.", True),
    (1, "support_chat", "what do you think might help, even a little, right now?", True),
    (
        1,
        "mi",
        "When you imagine yourself a year from now without the cigarettes, what do you see?",
        True,
    ),
    (1, "counselling", "Where do you feel it in your body when the panic starts?", True),
    (1, "mi", "Who in your life has noticed the change?", True),
    (1, "coaching", "What's getting in the way of sending the application?", True),
    (
        1,
        "counselling",
        "Help me understand what a good day looks like for you at the moment.",
        True,
    ),
    (1, "mi", "How would your life be different if you weren't gambling?", True),
    (1, "support_chat", "I'd really like to hear how the week has gone for you.", True),
    (1, "mi", "Okay. And the evenings, how do they tend to go?", True),
    (1, "counselling", "What was it like growing up with a dad who worked away?", True),
    (1, "coaching", "What have you tried so far, and what happened?", True),
    (1, "mi", "You went from twenty a day to eight. How did you pull that off?", True),
    (1, "counselling", "Why do you think the arguments always start at bedtime?", True),
    (1, "support_chat", "What's been the hardest bit of being on your own?", True),
    (
        1,
        "mi",
        "So you know the risks better than anyone. What would it take for you to feel ready?",
        True,
    ),
    (1, "coaching", "How do you want your team to describe you in a year?", True),
    (1, "counselling", "What goes through your mind just before you cancel a plan?", True),
    (1, "mi", "Mm-hmm. What else comes up for you when you think about quitting?", True),
    # block 1: closed
    (1, "mi", "On a scale of zero to ten, how important is it for you to cut down?", False),
    (1, "mi", "So where would you put yourself on that scale today?", False),
    (1, "mi", "If ten is completely ready and zero is not at all, where are you right now?", False),
    (1, "counselling", "What's the name of your support worker at the housing office?", False),
    (1, "mi", "What's the date of your next appointment with the diabetes nurse?", False),
    (
        1,
        "counselling",
        "What's the phone number of your sister, in case we can't reach you?",
        False,
    ),
    (1, "support_chat", "are you somewhere safe right now?", False),
    (1, "support_chat", "Is there someone you could call tonight?", False),
    (1, "mi", "Is there anything else on your list you'd like to look at?", False),
    (1, "mi", "So the weekends are when it's hardest?", False),
    (1, "counselling", "You felt like nobody was listening to you?", False),
    (1, "mi", "Would it be okay if I shared some information about the patches?", False),
    (1, "coaching", "Have you spoken to your manager about the hours yet?", False),
    (1, "counselling", "I'm wondering whether the move has made things harder.", False),
    (1, "mi", "I'm wondering about-- it sounds like the forms are the real sticking point.", False),
    (1, "mi", "What about trying the nicotine gum for the first fortnight?", False),
    (1, "coaching", "Shall we pick this up again next Thursday?", False),
    (1, "counselling", "Did you manage to keep the sleep diary?", False),
    (1, "mi", "Do you think you'd be able to stick to two nights off a week?", False),
    (1, "support_chat", "have you thought about talking to your GP about this?", False),
    (1, "mi", "And you're still taking the tablets every morning?", False),
    (1, "counselling", "Would you rather we talked about work or about home today?", False),
    (1, "mi", "So it's about four cans a night, most nights?", False),
    (1, "coaching", "Is that something you'd be willing to try before our next session?", False),
    (1, "counselling", "Mm-hmm. So you moved out in March?", False),
    (1, "mi", "Any questions about what we've covered?", False),
    (1, "support_chat", "Are you okay to keep chatting for a bit?", False),
    (1, "counselling", "Which day suits you better, Tuesday or Wednesday?", False),
    (1, "mi", "Does that sound about right?", False),
    (1, "counselling", "What's your date of birth, so I can update the file?", False),
    # block 2 (written after block 1's mend): open
    (2, "mi", "Earlier you said a four. What would have to happen for it to be a five?", True),
    (2, "support_chat", "what's been keeping you up at night lately?", True),
    (2, "coaching", "What does a good week at work look like for you?", True),
    (2, "counselling", "How did your partner react when you told her?", True),
    (2, "mi", "So the cravings hit hardest after dinner. What do you usually do then?", True),
    (2, "counselling", "I'm wondering what you were feeling when the door slammed.", True),
    (2, "support_chat", "how are things at home at the moment?", True),
    (2, "mi", "What do you like about a drink at the end of the day?", True),
    (2, "coaching", "Where do you want to be with the business this time next year?", True),
    (2, "counselling", "Tell me about the last time you felt really calm.", True),
    (2, "mi", "What have other people said about your drinking?", True),
    (2, "support_chat", "what would you say to a friend who felt like this?", True),
    (2, "counselling", "Why do you think the anger comes out at your brother?", True),
    (2, "mi", "Hmm. And the not-so-good things about smoking, what are those for you?", True),
    (2, "coaching", "Which of your strengths did you lean on most this month?", True),
    (2, "counselling", "How would you know things were getting better?", True),
    (2, "mi", "What about your health, where does that come in?", True),
    (2, "support_chat", "would you like to tell me what happened today?", True),
    (2, "counselling", "What's it like being the eldest in your family?", True),
    (2, "mi", "If you did decide to cut down, how might you go about it?", True),
    (2, "coaching", "Who could you ask for feedback on the presentation?", True),
    (2, "counselling", "What goes on for you in the hour before a panic attack?", True),
    (2, "mi", "You gave it a seven. Why a seven and not a two?", True),
    (2, "support_chat", "what helps, even a tiny bit, when it gets this bad?", True),
    (2, "counselling", "How have you been sleeping since the move?", True),
    (2, "mi", "What would your kids notice first if you stopped?", True),
    (2, "coaching", "How do you tend to handle it when a deadline slips?", True),
    (2, "counselling", "Say a bit more about what 'falling apart' means for you.", True),
    (2, "mi", "What worries you about the tablets, if anything?", True),
    (2, "support_chat", "where are you finding the strength to keep going?", True),
    # block 2: closed
    (2, "mi", "Zero meaning not at all and ten meaning completely. Where would you put it?", False),
    (2, "mi", "On that same ruler, where are you today?", False),
    (2, "mi", "What number out of ten would you give your motivation right now?", False),
    (2, "counselling", "What's the name of your social worker?", False),
    (2, "mi", "What's the date of your next scan?", False),
    (2, "counselling", "What's the number for your crisis team, so I can note it down?", False),
    (2, "support_chat", "are you safe to stay where you are tonight?", False),
    (2, "support_chat", "is anyone with you right now?", False),
    (2, "mi", "Have you tried the patches before?", False),
    (2, "counselling", "So things got worse after Christmas?", False),
    (2, "mi", "You're worried the weight will come back?", False),
    (2, "coaching", "Would it help to write the three goals down now?", False),
    (2, "counselling", "Did your GP mention the waiting list?", False),
    (2, "mi", "What about setting a quit date before the holiday?", False),
    (2, "counselling", "I'm wondering whether your mum knows how you feel.", False),
    (2, "mi", "I wanted to ask about-- you mentioned your brother earlier.", False),
    (2, "coaching", "Shall we look at the budget first or the hiring plan?", False),
    (2, "counselling", "Is it okay if we stop there for today?", False),
    (2, "mi", "Do you smoke more at work or at home?", False),
    (2, "support_chat", "can you get to a doctor tomorrow?", False),
    (2, "mi", "And you've been off it for three weeks now?", False),
    (2, "counselling", "Would you be willing to try the breathing exercise this week?", False),
    (2, "mi", "Are you still going to the group on Thursdays?", False),
    (2, "coaching", "Is that a yes to the course, then?", False),
    (2, "counselling", "Mm. So he left in the summer?", False),
    (2, "mi", "Could you keep a note of each drink until we meet again?", False),
    (2, "support_chat", "do you have a number for your local crisis line?", False),
    (2, "counselling", "Which surgery are you with now?", False),
    (2, "mi", "Did the nurse take your blood pressure today?", False),
    (2, "counselling", "Is your sister still staying with you?", False),
]


# F1 a little under what the rules now read (0.984).
FLOOR = 0.97


def check_block(rows: list[tuple[int, str, str, bool]], number: int, floor: float) -> None:
    """One block of a fresh check: 60 unique rows, about half open, read at `floor` F1 or
    better (shared with the later open-question checks)."""
    block = block_questions(rows, number)
    assert len(block) == 60, len(block)
    assert 25 <= sum(expected for *_, expected in block) <= 35
    assert len({text for _, text, _ in block}) == len(block)
    scores = open_question_scores(block)
    assert scores.f1 >= floor, scores.summary()


def test_block_1_is_balanced_unique_and_holds_its_floor() -> None:
    check_block(ROWS, 1, FLOOR)


def test_block_2_is_balanced_unique_and_holds_its_floor() -> None:
    check_block(ROWS, 2, FLOOR)


#: The kinds block 1 mended, in new sentences: (the words, open?).
KINDS: dict[str, tuple[str, bool]] = {
    "a point on a scale set up by its ends": (
        "Where would you place yourself, if zero is not at all and ten is totally ready?",
        False,
    ),
    "a number out of ten": ("What number would you give your mood today, out of ten?", False),
    "a point on a scale named before": (
        "We used the ruler last time. Where would you be on it today, on that scale?",
        False,
    ),
    "a scale whose ends are defined with 'meaning'": (
        "One meaning no energy at all and ten meaning full of beans, where are you?",
        False,
    ),
    "a point on the ruler": ("Where would you mark yourself on the confidence ruler?", False),
    "the reason for the number": (
        "So you gave it a seven out of ten. Where does that seven come from?",
        True,
    ),
    "a change along the scale": (
        "On that scale, what would it take to move up one point?",
        True,
    ),
    "a degree on a scale, as the coders label it": (
        "From one to ten, how confident are you about the interview?",
        True,
    ),
    "where, with no scale": ("Where do you see yourself in five years?", True),
    "the name of the person's own": ("What's the name of your GP?", False),
    "the date of the person's own": ("What's the date of your review at the jobcentre?", False),
    "the number for the person's own": ("What's the phone number for your landlord?", False),
    "the name of a thing talked about": ("What's the name of that book you mentioned?", True),
    "a wondering cut off before a statement": (
        "I'm wondering about-- you said the mornings were the worst.",
        False,
    ),
    "a wondering that goes on after the dash": (
        "I'm wondering about-- you know, the money side of it.",
        True,
    ),
    "a wondering said whole": ("I'm wondering about your sister.", True),
    "a suggestion behind what about": ("What about going for a walk after tea?", False),
    "a topic behind what about": ("What about drinking, where does that fit in?", True),
    "a time of day behind what about": ("What about the evenings?", True),
    "an -ing noun behind what about": ("What about mornings before work?", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly(text) is expected
