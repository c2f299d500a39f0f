"""A sixth fresh check for `acknowledges_feelings`, in styles the earlier blocks did not
use: counselling chats, bank and insurance e-mails, gaming support and health-care
front desks.

Rows written for this test and labelled before the detector read any of them; not taken
from any labelled corpus. Half meet the other person's feeling; the other half are the
look-alikes of those styles: a bank's or insurer's formal regret for the process, a
game's "sorry for the inconvenience", a receptionist's courtesy, a counsellor's question
or plan that names no feeling.

First read (before any change for it): 17 of 20 found, 1 false alarm: P 0.94 R 0.85 F1
0.895; the session's starting rules (60b6932) read exactly the same. Missed: a burden
said as a weight that sits on the person ("still sitting really heavily with you"),
what a loss "can leave you feeling" ("flat and lost"), and "an enormous strain on any
family"; taken wrongly: "Don't worry, you're still within your slot." after the
customer's own apology for being late.

Mended by kind: the weight idioms ("sits/weighs heavily on you", "weighing on your mind",
"playing on your mind"); "leave you feeling" + a feeling word (not "refreshed": a
sales line); "a strain/burden/toll on" a person or family (not "on the servers");
"enormous", "immense", "tremendous" among the intensifiers of the noun frames; and a
reassurance ("don't worry", "no worries": feelings.json `forgiving`) that answers the
customer's own calm apology is forgiveness unless the sentence meets a feeling as well.
Then 20 of 20, no false alarm (F1 1.000). Dev acknowledges_feelings F1 0.842 before and
after.
"""

from __future__ import annotations

import pytest

from .test_feelings_fresh2 import Case, acknowledged, feelings_scores

#: Written and labelled first, read once by the rules of the moment and by the
#: session's starting rules (60b6932).
BLOCK: list[Case] = [
    # counselling chats
    (
        "counselling",
        "I keep replaying the argument with my sister and I can't sleep.",
        "It sounds like that argument is still sitting really heavily with you.",
        True,
    ),
    (
        "counselling",
        "Since the redundancy I don't really see the point of getting up.",
        "Losing your job like that can leave you feeling flat and lost, that makes sense.",
        True,
    ),
    (
        "counselling",
        "My son hasn't spoken to me since Christmas.",
        "That silence from him must be so painful to live with.",
        True,
    ),
    (
        "counselling",
        "I finally told my partner about the debt and he was fine about it.",
        "What a weight off your shoulders that must be.",
        True,
    ),
    (
        "counselling",
        "I've been drinking more since the divorce.",
        "What would you like to be different about your drinking by the summer?",
        False,
    ),
    (
        "counselling",
        "I don't know where to start.",
        "Let's start with what brought you here today.",
        False,
    ),
    (
        "counselling",
        "Work is busy, the usual.",
        "Shall we pick up where we left off last week with the sleep diary?",
        False,
    ),
    (
        "counselling",
        "I got through the whole week without a panic attack.",
        "You should be really proud of yourself for that.",
        True,
    ),
    # bank e-mails
    (
        "bank email",
        "Someone has taken £900 from my account and I feel sick about it.",
        "I can only imagine how unsettling it is to find money missing from your account.",
        True,
    ),
    (
        "bank email",
        "Why has my card been blocked while I'm abroad?",
        "We regret any inconvenience caused. Your card was blocked by our fraud checks.",
        False,
    ),
    (
        "bank email",
        "I've been trying to open a joint account for three weeks.",
        "Please accept our apologies for the delay in processing your application.",
        False,
    ),
    (
        "bank email",
        "My mortgage offer expired while your team lost the valuation. I'm beside myself.",
        "I understand how distressing this must be with your move so close.",
        True,
    ),
    (
        "bank email",
        "Can you confirm the new standing order is set up?",
        "I'm pleased to confirm the standing order is now active.",
        False,
    ),
    # insurance e-mails
    (
        "insurance email",
        "The flood ruined everything downstairs, we're living upstairs with the kids.",
        "Living with a flooded home and young children is an enormous strain on any family.",
        True,
    ),
    (
        "insurance email",
        "I'm furious that my claim was turned down after 12 years with you.",
        "It's completely understandable that you feel let down after being with us so long.",
        True,
    ),
    (
        "insurance email",
        "Please update my address on the policy.",
        "Thank you for letting us know. We're sorry to see you move from the area.",
        False,
    ),
    (
        "insurance email",
        "When will the assessor come out?",
        "Unfortunately the assessor is fully booked this week; we apologise for this.",
        False,
    ),
    (
        "insurance email",
        "My car was written off on the motorway. I'm still shaking.",
        "That must have been a terrifying experience, and I'm glad you're safe.",
        True,
    ),
    # gaming support
    (
        "gaming",
        "I lost my 300-day streak because your servers went down!!",
        "Losing a streak like that to a server outage is gutting, I get it.",
        True,
    ),
    (
        "gaming",
        "My account got banned and I didn't do anything, I'm so angry.",
        "I totally get why you're angry, let's go through the ban together.",
        True,
    ),
    (
        "gaming",
        "The patch broke my saves.",
        "Sorry for the inconvenience! Please verify your game files in the launcher.",
        False,
    ),
    (
        "gaming",
        "Can I get the skins back from my old account?",
        "Sadly skins can't be moved between accounts.",
        False,
    ),
    (
        "gaming",
        "Finally beat the raid boss after 40 tries lol",
        "GG! That must feel amazing after so many attempts.",
        True,
    ),
    (
        "gaming",
        "The queue times are ridiculous tonight.",
        "Queues are long because of the launch event, they should ease after 10pm.",
        False,
    ),
    (
        "gaming",
        "I paid for the season pass and the rewards never showed up.",
        "Unlucky! Try logging out and back in to refresh your inventory.",
        False,
    ),
    (
        "gaming",
        "My little brother spent £200 on gems without asking and mum is going mad.",
        "Oh no, that's a really stressful thing to find on the bank statement.",
        True,
    ),
    # health-care front desks
    (
        "front desk",
        "I've been waiting two hours and my daughter's in pain.",
        "I know it's hard watching her hurt while you wait; I'll let the nurse know now.",
        True,
    ),
    (
        "front desk",
        "Can I book a blood test for next week?",
        "Of course, we have Tuesday at 9 or Thursday at 2.",
        False,
    ),
    (
        "front desk",
        "I'm nervous about the scan tomorrow.",
        "It's really natural to feel nervous before a scan, and the team will talk you through it.",
        True,
    ),
    (
        "front desk",
        "The doctor is running late again?",
        "Yes, sorry, she's about 20 minutes behind this morning.",
        False,
    ),
    (
        "front desk",
        "I need a repeat prescription for my inhaler.",
        "No problem, I'll pass it to the pharmacist and it'll be ready Friday.",
        False,
    ),
    (
        "front desk",
        "My husband's results came back clear!",
        "Oh, that's such a relief for you both.",
        True,
    ),
    (
        "front desk",
        "Do I need to bring anything to my first appointment?",
        "Just your NHS number and a list of any medication you take.",
        False,
    ),
    (
        "front desk",
        "My mum has dementia and gets very confused in the waiting room.",
        "That must be really worrying for you; we can give her a quiet room to wait in.",
        True,
    ),
    (
        "front desk",
        "Why was my appointment cancelled by text?",
        "Apologies, the clinic was cancelled because the consultant is off sick.",
        False,
    ),
    (
        "front desk",
        "I'm so sorry I'm late, the bus didn't come.",
        "Don't worry, you're still within your slot.",
        False,
    ),
    (
        "bank email",
        "I've just been told I can't get the loan and I don't know how I'll pay for the "
        "car repairs.",
        "I'm sorry this isn't the outcome you were hoping for; it's a worrying position to be in.",
        True,
    ),
    (
        "insurance email",
        "Can you send me my policy documents again?",
        "We're happy to help. Your documents are attached to this email.",
        False,
    ),
    (
        "counselling",
        "I feel like I'm failing as a mum.",
        "Have you spoken to your GP about how you're feeling?",
        False,
    ),
    (
        "gaming",
        "Someone hacked my account and sold all my items, I've played for six years.",
        "Six years of progress gone overnight is heartbreaking; we'll do all we can to get "
        "it back.",
        True,
    ),
]


def test_the_block_is_half_acknowledgements() -> None:
    assert len(BLOCK) == 40
    assert sum(expected for *_, expected in BLOCK) == 20


def test_the_block_holds_its_floor() -> None:
    scores = feelings_scores(BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.95, scores.summary()
    assert scores.f1 >= 0.95, scores.summary()


#: (the other person's turn, the reply, acknowledged?): the kinds this block mended and
#: their look-alikes.
KINDS: dict[str, tuple[str, str, bool]] = {
    "a worry weighing on them": (
        "The biopsy results aren't back yet.",
        "Waiting like that must be weighing on you all day.",
        True,
    ),
    "a fear playing on their mind": (
        "I keep thinking the lump will come back.",
        "It's understandable that it keeps playing on your mind.",
        True,
    ),
    "what it left them feeling": (
        "My manager shouted at me in front of everyone.",
        "Being treated like that in public can leave you feeling small.",
        True,
    ),
    "a product that leaves you feeling fresh": (
        "Is the shower gel any good?",
        "It'll leave you feeling refreshed all day.",
        False,
    ),
    "a strain on a family": (
        "My wife has been in hospital for a month and I'm juggling the kids.",
        "That's a huge strain on the whole family.",
        True,
    ),
    "a strain on the servers": (
        "Why is the site so slow tonight?",
        "The sale is a huge strain on the servers, it should speed up soon.",
        False,
    ),
    "forgiving a calm apology": (
        "Apologies, I forgot to bring my insurance card.",
        "No worries, we can take the details over the phone later.",
        False,
    ),
    "reassuring a worried customer": (
        "Sorry to call again, I'm really worried about my dad's prescription.",
        "Don't worry, I'll make sure it's ready for you this afternoon.",
        True,
    ),
}


@pytest.mark.parametrize(("context", "text", "expected"), KINDS.values(), ids=KINDS)
def test_the_mended_kinds_and_their_look_alikes(context: str, text: str, expected: bool) -> None:
    assert acknowledged(context, text) is expected
