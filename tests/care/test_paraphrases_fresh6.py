"""A sixth fresh check for `paraphrases`: helper turns in counselling sessions,
emotional-support chats and peer-support forums, written in the tenth round (24
November 2026, eighth session), each read with the turn it answers. Every row was
written and labelled before the detector read it; not taken from any labelled corpus.

Labels follow `test_counselling_fresh7.py`: a paraphrase says back the other's
situation, feeling or meaning (complex reflections, "it sounds like…", two-sided
reflections, "so part of you wants X and part of you is scared of Y", a value named,
a summary in other words); advice, an instruction, information, an affirmation, a
reassurance, a verdict on life in general, the helper's own story, a proposal, a
question that asks for something new (even in the other's words) and a bare word
repeated as a question ("Weekends?") are not.

First reads (precision / recall / F1), against the engine as it stood and against the
session's starting rules (commit 055e303) on the same block:

- block 1 (40 rows): 0.86 / 0.95 / 0.905, the starting rules the same. Every complex,
  two-sided and "it sounds like" reflection but one was read on first sight; the misses:
  a reassurance with an adverb inside ("You're definitely not the only one…", the
  reassurances now read with 'summary_adverbs' left out, and no longer as a restatement
  or a completion for the word they share, "alone"), a feeling of the other's in a plain
  present ("You regret what you said…": 'regret', 'miss', 'fear', 'dread', 'blame'…
  joined the state verbs of a summary), and two bare words said back as a question
  ("Weekends?", "Your sister?"); then 0.91 / 1.00 / 0.952. Left: the bare repeats, which
  the Switchboard labels call reflections (all nine short echo questions of the
  development split are labelled so and read so): a change would cost the development
  figure more than the 0.005 allowed.
- block 2 (40 rows), written after block 1's mend: 0.91 / 1.00 / 0.952, the starting
  rules the same. All twenty reflections read (two-sided, "part of you…", "as you see
  it", values, feelings named), and every negative but the two bare repeats ("Mates?",
  "Your parents?"), the convention left above; nothing mended.
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors, paraphrased

BLOCKS: dict[str, list[Case]] = {
    "block 1": [
        (
            "counselling",
            "I want to stop drinking, I really do, but every time I think about a Friday "
            "without a pint I panic.",
            "So part of you wants to stop, and part of you is scared of what your Fridays "
            "would be without it.",
            True,
        ),
        (
            "counselling",
            "My wife keeps on at me about the smoking. I know she's right but it's the only "
            "thing that calms me down.",
            "On the one hand you can see her point, and on the other the cigarettes are what "
            "gets you through the stress.",
            True,
        ),
        (
            "support",
            "I haven't left the house in two weeks. I just can't face people.",
            "It sounds like being around people feels like too much right now.",
            True,
        ),
        (
            "counselling",
            "I've tried diets a hundred times and I always end up back where I started.",
            "You're worn out from trying and ending up at square one again.",
            True,
        ),
        (
            "forum",
            "My mum died in March and everyone expects me to be over it by now.",
            "It sounds like you're still grieving and feel rushed by the people around you.",
            True,
        ),
        (
            "counselling",
            "I don't really think I have a problem. Everyone at work drinks like this.",
            "From where you're standing, your drinking looks normal because it's what "
            "everyone around you does.",
            True,
        ),
        (
            "support",
            "I got made redundant on Monday and I haven't told my wife yet.",
            "So you're carrying the news of the redundancy on your own for now.",
            True,
        ),
        (
            "counselling",
            "I want to be a good dad, but when I've had a few I just get short with the kids.",
            "Being a good father matters a lot to you, and the drink gets in the way of that.",
            True,
        ),
        (
            "forum",
            "I keep checking his location on my phone even though we broke up months ago.",
            "You've split up, but you're still finding it hard to let go of knowing where he is.",
            True,
        ),
        (
            "counselling",
            "I know the gambling is costing us, but honestly it's the only time I feel excited.",
            "So the betting gives you a buzz you don't get anywhere else, even though you "
            "know what it costs the family.",
            True,
        ),
        (
            "support",
            "I'm so tired of pretending everything is fine at work.",
            "Keeping up that front all day is wearing you down.",
            True,
        ),
        (
            "counselling",
            "My doctor says I need to exercise but my knees hurt whenever I walk more than "
            "ten minutes.",
            "You'd like to follow the doctor's advice, but the pain in your knees makes "
            "walking hard.",
            True,
        ),
        (
            "counselling",
            "I guess I'm just scared that if I stop using I won't have any friends left.",
            "Losing your friends is a big worry if you give it up.",
            True,
        ),
        (
            "forum",
            "Nobody in my family has ever been to university and I feel like a fraud here.",
            "Being the first in your family at uni leaves you feeling like you don't belong.",
            True,
        ),
        (
            "support",
            "I said some awful things to my sister and now she won't answer my calls.",
            "You regret what you said, and her silence is hard to bear.",
            True,
        ),
        (
            "counselling",
            "I'm not ready to quit completely, but maybe I could cut down at weekends.",
            "Stopping altogether feels like too big a step, but cutting down at weekends "
            "feels doable.",
            True,
        ),
        (
            "counselling",
            "Every time I try to talk to my dad about it he just changes the subject.",
            "It sounds frustrating to keep reaching out and have him steer away from it.",
            True,
        ),
        (
            "support",
            "I can't sleep, I just lie there thinking about the exam.",
            "The exam is on your mind so much it's keeping you awake.",
            True,
        ),
        (
            "counselling",
            "Honestly, the only reason I'm here is because the court told me to come.",
            "So coming here wasn't your choice.",
            True,
        ),
        (
            "forum",
            "I've been clean for 90 days but I still think about it every single day.",
            "Ninety days clean, and the cravings are still there every day.",
            True,
        ),
        (
            "counselling",
            "I want to stop drinking but Fridays are really hard.",
            "Try planning something for Friday evenings that doesn't involve the pub.",
            False,
        ),
        (
            "counselling",
            "My knees hurt whenever I walk far.",
            "Swimming might be a gentler way to start, it's easier on the joints.",
            False,
        ),
        (
            "support",
            "I haven't left the house in two weeks.",
            "Call your GP tomorrow morning and ask for an appointment.",
            False,
        ),
        (
            "forum",
            "I keep checking his location on my phone.",
            "Delete the app and block him on everything, it's the only way.",
            False,
        ),
        ("counselling", "The cravings are worst at weekends.", "Weekends?", False),
        ("counselling", "My sister hasn't spoken to me since the wedding.", "Your sister?", False),
        (
            "counselling",
            "I smoke mostly when I'm driving.",
            "What kind of driving do you do for work?",
            False,
        ),
        (
            "support",
            "I've been feeling really low since the move.",
            "Where did you move from?",
            False,
        ),
        (
            "counselling",
            "I've cut down to three drinks a night.",
            "That's a real achievement, well done.",
            False,
        ),
        (
            "forum",
            "I feel like I'm the only one who struggles with this.",
            "You're definitely not the only one, lots of us have been there.",
            False,
        ),
        (
            "counselling",
            "I worry that I'll let my kids down.",
            "When my children were small I worried about the same thing.",
            False,
        ),
        (
            "support",
            "I can't stop thinking about the exam.",
            "Exams are stressful for almost everyone.",
            False,
        ),
        (
            "counselling",
            "I've tried the patches and the gum and nothing works.",
            "Would you be open to trying the patches again alongside the tablets?",
            False,
        ),
        (
            "counselling",
            "My wife says I drink too much.",
            "Is that something you'd like to talk about today?",
            False,
        ),
        (
            "support",
            "I got made redundant on Monday.",
            "Here's the number for Citizens Advice, they can help with the redundancy pay.",
            False,
        ),
        (
            "counselling",
            "I'm scared I'll relapse at the party on Saturday.",
            "Let's make a plan for Saturday together.",
            False,
        ),
        ("forum", "My mum died in March.", "I'm so sorry for your loss.", False),
        (
            "counselling",
            "I don't think I drink more than anyone else.",
            "The guidelines say no more than fourteen units a week.",
            False,
        ),
        (
            "counselling",
            "I've been using every day since my brother died.",
            "How much are you using on a typical day?",
            False,
        ),
        (
            "support",
            "I'm exhausted from pretending at work.",
            "Make sure you take your full lunch break and get some fresh air.",
            False,
        ),
    ],
    "block 2": [
        (
            "counselling",
            "I know I should go to the gym, but after work I'm just too wiped out.",
            "Part of you knows the gym would help, and part of you is running on empty by the "
            "evening.",
            True,
        ),
        (
            "counselling",
            "My parents think I'm wasting my life, and maybe they're right.",
            "You're starting to wonder if your parents have a point.",
            True,
        ),
        (
            "support",
            "Ever since the accident I jump every time a car brakes near me.",
            "It sounds like the accident is still with you, every time you hear brakes.",
            True,
        ),
        (
            "forum",
            "I left him six months ago but I still feel guilty about breaking up the family.",
            "Even though you chose to leave, the guilt about the family hasn't gone away.",
            True,
        ),
        (
            "counselling",
            "If I don't have a drink after work I can't switch off.",
            "The drink is how you wind down at the end of the day.",
            True,
        ),
        (
            "counselling",
            "I do want to quit, it's just that all my mates smoke.",
            "You want to quit, and being around your mates makes that much harder.",
            True,
        ),
        (
            "support",
            "I keep telling everyone I'm fine but I'm not.",
            "So on the outside you're saying you're fine, and inside it's a different story.",
            True,
        ),
        (
            "counselling",
            "My son doesn't want to visit anymore because of my drinking.",
            "Your drinking is starting to cost you time with your son.",
            True,
        ),
        (
            "forum",
            "I cried in the supermarket today because they were playing her favourite song.",
            "Hearing her song caught you off guard and brought it all back.",
            True,
        ),
        (
            "counselling",
            "I'm fed up of being told what to do by everyone.",
            "You want to make your own decisions about this.",
            True,
        ),
        (
            "support",
            "I've applied for forty jobs and haven't had a single interview.",
            "Forty applications and not one interview, that's disheartening.",
            True,
        ),
        (
            "counselling",
            "I don't want to end up like my dad, he drank himself to death.",
            "Your dad's drinking is something you're determined not to repeat.",
            True,
        ),
        (
            "counselling",
            "Some days I feel like I can do this and other days I just want to give up.",
            "It's a real mix: some days you feel strong, and on others you're ready to throw "
            "in the towel.",
            True,
        ),
        (
            "forum",
            "I moved here for uni and I don't know a single person.",
            "Starting uni in a new city without knowing anyone must feel really isolating.",
            True,
        ),
        (
            "support",
            "My boss shouted at me in front of the whole team.",
            "Being shouted at in front of everyone was humiliating for you.",
            True,
        ),
        (
            "counselling",
            "I only use at the weekends, so it's not like it's affecting my work.",
            "As you see it, keeping it to the weekends means it stays separate from work.",
            True,
        ),
        (
            "counselling",
            "I've started walking the dog every morning and I actually feel better.",
            "The morning walks with the dog are making a difference to how you feel.",
            True,
        ),
        (
            "support",
            "My best friend moved to Australia last month.",
            "You're missing your best friend now she's so far away.",
            True,
        ),
        (
            "counselling",
            "I want to stop, but I don't know who I'd be without it.",
            "So stopping feels like losing part of who you are.",
            True,
        ),
        (
            "forum",
            "My exam results came out and I failed two of them.",
            "It sounds like the results were a big blow after all your work.",
            True,
        ),
        (
            "counselling",
            "I can't switch off after work without a drink.",
            "Have you tried a hot bath or a short walk instead?",
            False,
        ),
        ("counselling", "My mates all smoke.", "Mates?", False),
        (
            "support",
            "I keep telling everyone I'm fine.",
            "Who do you talk to when you're not fine?",
            False,
        ),
        (
            "forum",
            "I cried in the supermarket today.",
            "Grief comes in waves, it's completely normal.",
            False,
        ),
        (
            "counselling",
            "I'm fed up of being told what to do.",
            "I'm not going to tell you what to do.",
            False,
        ),
        (
            "support",
            "I've applied for forty jobs.",
            "Have you thought about getting someone to look over your CV?",
            False,
        ),
        (
            "counselling",
            "I don't want to end up like my dad.",
            "Write down three reasons you want to cut down and keep them in your wallet.",
            False,
        ),
        (
            "counselling",
            "Some days I want to give up.",
            "Please call the crisis line if you ever feel unsafe, the number is 116 123.",
            False,
        ),
        (
            "forum",
            "I moved here for uni and don't know anyone.",
            "Join a society in freshers' week, it's the easiest way to meet people.",
            False,
        ),
        (
            "support",
            "My boss shouted at me in front of the team.",
            "You should report him to HR.",
            False,
        ),
        (
            "counselling",
            "I only use at the weekends.",
            "How many days a week would you say you use?",
            False,
        ),
        (
            "counselling",
            "I've started walking the dog every morning.",
            "That's brilliant, keep it up!",
            False,
        ),
        (
            "support",
            "My best friend moved to Australia.",
            "I moved abroad for a few years myself.",
            False,
        ),
        (
            "counselling",
            "I want to stop but I don't know who I'd be without it.",
            "Lots of people feel that way at the start.",
            False,
        ),
        (
            "forum",
            "I failed two of my exams.",
            "You can resit them in August, most universities allow it.",
            False,
        ),
        ("counselling", "My son doesn't visit anymore.", "When did you last see him?", False),
        (
            "counselling",
            "I'm not sure I can do this.",
            "We can go at whatever pace suits you.",
            False,
        ),
        (
            "support",
            "I can't sleep since the accident.",
            "Sleep problems after a shock are very common.",
            False,
        ),
        ("counselling", "My parents think I'm wasting my life.", "Your parents?", False),
        (
            "forum",
            "I left him six months ago.",
            "Well done for getting out, that took guts.",
            False,
        ),
    ],
}

SETTINGS = {"counselling", "support", "forum"}


def test_each_block_is_half_reflections_in_counselling_talk() -> None:
    for cases in BLOCKS.values():
        assert len(cases) == 40
        assert 18 <= sum(expected for *_, expected in cases) <= 22
        assert {case[0] for case in cases} <= SETTINGS
    texts = [case[2] for cases in BLOCKS.values() for case in cases]
    assert len(set(texts)) == len(texts)


# Floors (precision, recall, F1) a little under what each block now scores.
FLOORS: dict[str, tuple[float, float, float]] = {
    "block 1": (0.88, 0.95, 0.93),
    "block 2": (0.88, 0.95, 0.93),
}


@pytest.mark.parametrize("block", BLOCKS.keys())
def test_paraphrases_hold_their_floor_on_each_blind_block(block: str) -> None:
    assert_holds_floors(BLOCKS[block], FLOORS[block])


#: The kinds block 1 mended, in new sentences: (the other's turn, the reply, reflects?).
KINDS: dict[str, tuple[str, str, bool]] = {
    "a reassurance with an adverb": (
        "I feel like such a failure for needing help.",
        "You're certainly not the only person who needs help sometimes.",
        False,
    ),
    "a reassurance sharing their word": (
        "I feel so alone with all of this.",
        "You're honestly not alone in this.",
        False,
    ),
    "a feeling in a plain present": (
        "I haven't seen my dad since he moved to Spain.",
        "You miss him a lot since he went.",
        True,
    ),
    "a state said back that is theirs": (
        "I don't trust anyone at the new place.",
        "You doubt the people there have your back.",
        True,
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    context, text, expected = KINDS[kind]
    assert paraphrased(context, text) is expected
