"""Sixth round: emotional-support, peer-support, counselling and service chats, all four
helper behaviours at once (`asks_open_question`, `acknowledges_feelings`,
`offers_solution`, `gains_agreement`).

Every row was written for this file in its author's own words (none comes from a corpus),
with the seeker's, client's or customer's previous turn as context, and all four labels
were decided before any detector read the block. Settings: a volunteer "listener" in an
emotional-support chat, "peer support" forum replies, motivational-interviewing
"counselling", and "service" chats. Labels follow the earlier rounds' notions: a
wh-question or an invitation to tell is open, also a suggestion in a wh-question's form
("what if you spoke to your tutor?"), a yes/no question or a choice between offered
options is not; a feeling is acknowledged when it is named or met for the other person
(not an apology for a slip, not "glad it worked"); an offer is a suggestion, option or
action put on the table, also asked as a question ("have you thought about…?"); agreement
is asked when the helper checks that the other person goes along with a step, goal or
option ("how do those sound?", "would a cheaper plan help?"), not permission to talk about
something.

First reads, F1 open / feelings / offers / agreement, and the same block read by the
round's starting rules (fafb1cf):

- block 1 (57 rows): 0.974 / 0.927 / 0.919 / 0.750, exactly the starting rules' read.
  Errors by kind: feelings stated as theirs ("you're feeling a bit cornered"), a feeling
  noun they carry ("you carry a lot of guilt"), "a lot to be carrying"; "what if you
  spoke to…?"; agreement on options or a remedy asked about ("how do those sound?",
  "would a cheaper plan help?", "what might be a first step?", a bare "Worth asking?"),
  and a request for facts read as a pick ("tell me which payments you don't
  recognise"). Left: "which would suit you better?" after two options (open by the dev
  labels' habit with "which", closed here), "your local council can inspect it" (what an
  agency can do), "how do you feel about making that change?" (read as a proposal).
  After the fixes: 0.974 / 1.000 / 0.947 / 0.963.

Dev figures stayed at the round's start (feelings 0.841, offers 0.632, agreement 0.702,
open questions 0.946, AnnoMI 0.857). The floors sit a little under the mended reads.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores


class Row(NamedTuple):
    """A helper's turn with the seeker's or customer's turn before it, and its labels."""

    setting: str
    context: str
    text: str
    opens: bool
    feels: bool
    offers: bool
    agrees: bool


Y, N = True, False

SETTINGS = {"listener", "peer support", "counselling", "service"}

BLOCK_1: list[Row] = [
    Row(
        "listener",
        "I got laid off on Friday and I haven't told my wife yet.",
        "Oh, that's a lot to be carrying on your own. What's making it hard to tell her?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I just feel like nobody on my course actually likes me.",
        "That sounds really lonely. Have you been feeling like this for a while?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "My dog died last night. He was fourteen.",
        "I'm so sorry. Fourteen years is a whole chapter of your life. Tell me about him?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I can't sleep, my mind just keeps racing about money.",
        "Have you thought about writing the worries down before bed, so they're on paper "
        "and not going round in your head?",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I failed my driving test again.",
        "Ugh, that's so disappointing, especially after all those lessons.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I don't even know why I'm messaging, I'm just tired of everything.",
        "Thanks for messaging. What's been going on for you lately?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "My sister keeps borrowing money and never pays it back.",
        "It might help to settle on a limit with yourself before she asks next time.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I've started going to the gym twice a week!",
        "That's brilliant, you must be really proud of yourself.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "My manager shouted at me in front of the whole team.",
        "How humiliating. Nobody deserves to be spoken to like that.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm scared the biopsy will come back bad.",
        "Waiting for results like that is frightening. When do you expect to hear?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I keep thinking I should just quit my course.",
        "What if you spoke to your tutor first and asked about pausing instead of quitting?",
        Y,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I moved to a new city and I don't know anyone.",
        "Would you be open to trying a club or a class, something where you'd see the same "
        "faces each week?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "listener",
        "I relapsed after six months sober.",
        "Six months is still six months, and one night doesn't wipe that out. How are you "
        "doing with it today?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "My boyfriend read my messages without asking.",
        "That's a real breach of trust, no wonder you're upset.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm so nervous about the interview tomorrow.",
        "Nerves are normal before something that matters. Shall we run through a couple of "
        "practice questions together?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "peer support",
        "Anyone else feel guilty for being happy after a loss?",
        "Yes, all the time after my dad passed. Being happy isn't betraying them, it's living.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "My therapist retired and I feel lost.",
        "Aw, losing a therapist you trust is hard. Sending you a big hug.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I'm 30 and still live with my parents, I feel like a failure.",
        "Lots of people are in the same boat because rent is insane right now.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "Panic attacks at work again today.",
        "Try the 5-4-3-2-1 thing: name five things you can see, four you can hear, and so on. "
        "It pulls me out of it most times.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "peer support",
        "Had another panic attack on the train this morning.",
        "That sounds awful, I'm sorry you're dealing with that on your commute of all places.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I finally left him.",
        "I'm so proud of you. That takes so much courage.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "My grades are slipping and my parents don't know.",
        "How long has it been going on?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "I can't afford my meds this month.",
        "Some pharmacies have payment schemes, and your doctor might be able to switch you to "
        "a cheaper generic. Worth asking?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "counselling",
        "I only drink on weekends, it's not a big deal.",
        "What does a typical weekend look like for you?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "My doctor says I need to cut down on salt.",
        "How do you feel about making that change?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I know smoking's bad but it's the only thing that calms me down.",
        "So smoking helps you manage stress, and you're also aware of what it's costing you.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I've tried quitting before and it never sticks.",
        "Would it be okay if I shared some things that have worked for other people?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "Okay, go ahead.",
        "Some people find it easier to set a quit date and tell a few friends, others cut "
        "down gradually first. How do those sound to you?",
        Y,
        N,
        Y,
        Y,
    ),
    Row(
        "counselling",
        "I want to be around for my grandkids.",
        "That's really important to you. What might be a first step toward that?",
        Y,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "I'm not sure I can do it.",
        "On a scale of one to ten, how confident are you that you could cut down to three "
        "drinks a night?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "Maybe I could try walking at lunch.",
        "Walking at lunch. How many days a week would feel realistic?",
        Y,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "My wife nags me about the drinking.",
        "You're feeling a bit cornered at home.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "counselling",
        "I'm sick of being tired all the time.",
        "Is that something you'd want to work on together?",
        N,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "I guess I could cut out the evening snacks.",
        "That sounds like a good plan. Let's make that your goal for this week, okay?",
        N,
        N,
        N,
        Y,
    ),
    Row(
        "service",
        "My parcel says delivered but it's not here.",
        "I'm sorry, that's really frustrating. Could you check with your neighbours and your "
        "safe place first? If it's not there, I'll send a replacement out today.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "I've been charged twice for my subscription.",
        "What date did the second charge appear?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "Your app keeps logging me out.",
        "What happens right before it logs you out?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I want to cancel my contract.",
        "Sorry to see you go. Before I process it, would a cheaper plan help? I can drop you "
        "to the £10 tariff with no exit fee.",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "The heating engineer never showed up and I have a baby at home.",
        "That's awful with a little one in the house, I'm so sorry. I've booked the first "
        "slot tomorrow at 8am and I'm sending two heaters out today.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "Can I change my delivery address?",
        "Yes, of course. What's the new address?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I've been waiting 40 minutes on the phone.",
        "Thanks for holding, I know that's a long wait. How can I help today?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "The hotel room smells of smoke.",
        "I'm sorry about that. Would you like me to move you to a non-smoking room on the "
        "fourth floor?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "Your website is useless, I've tried five times to pay.",
        "Let's get this paid for you. You can also pay by phone on 0300 123 4567 if the site "
        "keeps failing.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "I'm really worried my account's been hacked.",
        "I can understand why you're worried. I'll freeze the card now so nothing else can go "
        "out. Are you able to tell me which payments you don't recognise?",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "My flight was cancelled and I'm stuck at the airport.",
        "What a nightmare. I can rebook you on the 18:40 or on the first flight tomorrow with "
        "a hotel tonight; which would suit you better?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "Thanks, that's sorted it.",
        "Great, glad it's working again! Anything else I can help with?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I'm not happy with the repair.",
        "What's not right with it?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "The sofa arrived ripped.",
        "Oh no, that's so disappointing after waiting eight weeks. We'll collect it and either "
        "replace it or refund you in full, whichever you'd prefer.",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "I keep getting an error when I upload.",
        "Could you send a screenshot of the error?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I lost my job and can't pay this month's bill.",
        "I'm sorry to hear about your job, that must be a worrying time. We can put a payment "
        "break on the account for three months while you get back on your feet. Does that "
        "sound helpful?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "Why has my bill gone up?",
        "Prices rose by 6% in April across all plans.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I get so angry with the kids and then I feel terrible.",
        "It sounds like you carry a lot of guilt after those moments. What happens just before "
        "you lose your temper?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I haven't left the house in a week.",
        "You could start really small, like standing on the doorstep for a minute with a cup "
        "of tea.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I keep messing everything up at work.",
        "What makes you say everything?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "My mum has dementia and doesn't recognise me anymore.",
        "That must be heartbreaking. You're still her daughter, even on the days she can't see it.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I don't know what to do about my landlord ignoring the mould.",
        "Have you kept photos and emails? Your local council can inspect it and make him act.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I just want the pain to stop.",
        "I hear you, and I'm really glad you told me. Are you safe right now?",
        N,
        Y,
        N,
        N,
    ),
]

BLOCKS: dict[int, list[Row]] = {1: BLOCK_1}

BEHAVIOURS = ("asks_open_question", "acknowledges_feelings", "offers_solution", "gains_agreement")


def _label(row: Row, behaviour: str) -> bool:
    return {
        "asks_open_question": row.opens,
        "acknowledges_feelings": row.feels,
        "offers_solution": row.offers,
        "gains_agreement": row.agrees,
    }[behaviour]


def scores(behaviour: str, rows: list[Row]) -> FreshScores:
    """How `behaviour`'s detector agrees with the labels of `rows`."""
    return fresh_scores(
        (
            f"[{row.setting}] {row.context!r} -> {row.text!r}",
            _label(row, behaviour),
            bool(detect(row.text, row.context, behaviours=[behaviour])),
        )
        for row in rows
    )


def test_blocks_are_new_sizeable_and_hold_both_classes_of_each_behaviour() -> None:
    seen: set[str] = set()
    for number, rows in BLOCKS.items():
        assert len(rows) >= 50, number
        texts = {row.text for row in rows}
        assert len(texts) == len(rows), f"block {number} repeats a line"
        assert not texts & seen, f"block {number} repeats an earlier block's line"
        seen |= texts
        assert {row.setting for row in rows} == SETTINGS, number
        for behaviour in BEHAVIOURS:
            positives = sum(_label(row, behaviour) for row in rows)
            assert len(rows) // 6 <= positives <= len(rows) - len(rows) // 6, (number, behaviour)


#: F1 floors, a little under what the rules read once each block's misses were mended.
FLOORS: dict[tuple[int, str], float] = {
    (1, "asks_open_question"): 0.95,
    (1, "acknowledges_feelings"): 0.97,
    (1, "offers_solution"): 0.92,
    (1, "gains_agreement"): 0.93,
}


@pytest.mark.parametrize(("number", "behaviour"), FLOORS)
def test_each_block_holds_its_floor(number: int, behaviour: str) -> None:
    found = scores(behaviour, BLOCKS[number])
    assert found.f1 >= FLOORS[number, behaviour], f"{behaviour}, block {number}: {found.summary()}"


# The kinds mended after block 1, each with a look-alike: (behaviour, the other person's
# turn, the helper's turn, expected).
KINDS: list[tuple[str, str, str, bool]] = [
    # A feeling stated as theirs, with a feeling word after "you're feeling / you feel".
    (
        "acknowledges_feelings",
        "My parents want me home every weekend.",
        "You're feeling pretty torn between them and your own plans.",
        True,
    ),
    (
        "acknowledges_feelings",
        "They went ahead without asking me.",
        "So it left you feeling overlooked, again.",
        True,
    ),
    (
        "acknowledges_feelings",
        "I've had a sore arm since the jab.",
        "If you feel unwell over the next day or two, ring the surgery.",
        False,
    ),
    (
        "acknowledges_feelings",
        "My team leader watches everything I do.",
        "Do you feel judged when she does that?",
        False,
    ),
    (
        "acknowledges_feelings",
        "I always end up apologising.",
        "You feel like you have to keep the peace.",
        False,
    ),
    # A feeling noun as what they carry.
    (
        "acknowledges_feelings",
        "I should have visited him more before he died.",
        "You carry so much regret about those last months.",
        True,
    ),
    (
        "acknowledges_feelings",
        "I should have visited him more before he died.",
        "Are you carrying a lot of guilt about it?",
        False,
    ),
    (
        "acknowledges_feelings",
        "I'm looking after Mum and the kids and working.",
        "That's a lot to be juggling at once.",
        True,
    ),
    # A suggestion as "what if you…?", not a fear asked about.
    (
        "offers_solution",
        "I dread the team meetings.",
        "What if you jotted down one point to raise before each meeting?",
        True,
    ),
    (
        "offers_solution",
        "I dread the team meetings.",
        "What if you freeze up when it's your turn?",
        False,
    ),
    # Options or a remedy put to them as a question, and a bare check after a suggestion.
    (
        "gains_agreement",
        "I can't face the gym.",
        "You could swim, or join a walking group. How do those sound?",
        True,
    ),
    (
        "gains_agreement",
        "I'd like to drink less.",
        "What could a first step look like for you?",
        True,
    ),
    (
        "gains_agreement",
        "The monthly payments are too high.",
        "Would a longer repayment plan help?",
        True,
    ),
    (
        "gains_agreement",
        "I keep forgetting my pills.",
        "A pill box by the kettle can help. Worth a try?",
        True,
    ),
    (
        "gains_agreement",
        "There are charges I don't know.",
        "I'll block the card now. Can you tell me which charges you don't recognise?",
        False,
    ),
    (
        "gains_agreement",
        "The delivery slot is too early.",
        "I can do Tuesday or Friday. Let me know which day suits you best.",
        True,
    ),
]


@pytest.mark.parametrize(("behaviour", "context", "text", "expected"), KINDS)
def test_the_kinds_mended_and_their_look_alikes(
    behaviour: str, context: str, text: str, expected: bool
) -> None:
    assert bool(detect(text, context, behaviours=[behaviour])) is expected
