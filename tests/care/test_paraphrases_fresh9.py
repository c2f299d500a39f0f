"""A ninth fresh check for `paraphrases`: emotional-support and coaching talk, where a
reflection renames the feeling or the meaning instead of repeating the words ("So part
of you wants to stop, and part of you is scared of what happens if you do."), beside
hard negatives from service chats that repeat the customer's words without reflecting
them (an order number or an address read back, a policy quoted, the customer's own
phrase put into an instruction). Every row was written and labelled before the detector
read it; not taken from any labelled corpus.

Labels follow `test_paraphrases_fresh8.py`: a paraphrase says back the other's
situation, feeling or meaning; advice, an instruction, information, a policy, a
confirmation of a detail read back (a number, a date, an address), sympathy alone, the
helper's own story, a proposal and a question that asks for something new are not.

First read (precision / recall / F1), against the engine as it stood and against the
session's starting rules (commit e887796) on the same block:

- block 1 (60 rows): 0.78 / 0.93 / 0.848, the starting rules the same. Of the 30
  reflections that rename a feeling or a meaning, 28 were read; missed: a pseudo-cleft
  naming what they grieve ("What you're grieving is the person you used to be…") and
  a consequence drawn with "might mean" ("So taking the step up might mean giving up
  the part you enjoy most"). Eight hard negatives were taken, four of one kind: a detail
  read back to be checked ("So that's 12 Mill Lane, Leeds, LS2 7HP?", "The card ending
  3321, got it.", "Booking for 14 March, reference HX92K.", and in coaching "Thursday
  at 10, I've noted it."), besides "By Friday, you said." (a deadline quoted), an
  instruction behind a purpose clause ("To stop the app logging you out, go to…"), a
  reassurance ("exams don't define you…") and a note-taking turn whose "Next, the
  training plan." shared a word. Mended by kind: a span that, its confirming words set
  aside (`read_back_tags`: "you said", "got it", "that's"), is about no one and holds a
  code (a reference or postcode mixing letters and digits, a number of four digits or
  more, an address; not an ordinal, a time or an amount, `unit_suffixes`) or an
  identifier with a number ("card ending 3321") reads a detail back, no reflection.
  Then 0.85 / 0.93 / 0.889. Left on purpose: a time or a day said back ("Thursday at
  10", "By Friday") — the development raters count "Wednesday at seven thirty" and
  "£50 a week" said back as paraphrases (tried: reading them as details cost dev
  0.7303 -> 0.7288), so only codes and identifiers are set aside. Dev paraphrases
  0.7303 unchanged (no row changed); judge set unchanged.
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors, paraphrased

BLOCKS: dict[str, list[Case]] = {
    "block 1": [
        # reflections that rename the feeling or the meaning
        (
            "support",
            "i keep saying i'll stop drinking on weeknights and then friday comes and i'm "
            "terrified of what the weekend will be like without it",
            "So part of you wants to stop, and part of you is scared of what the weekends "
            "turn into if you do.",
            True,
        ),
        (
            "support",
            "my sister got engaged and everyone's thrilled and i just sat there smiling",
            "it sounds like you felt a bit left out of the happiness, even while you were "
            "in the room",
            True,
        ),
        (
            "support",
            "i cleaned the whole flat at 2am again because i couldn't stop thinking",
            "so keeping your hands busy is how you quiet your head when it won't switch off",
            True,
        ),
        (
            "support",
            "he said he'd call after the scan and he didn't, and now he's acting like "
            "nothing happened",
            "You're hurt that he wasn't there when it counted, and now it's as if it "
            "doesn't matter to him.",
            True,
        ),
        (
            "support",
            "i got the job but i keep thinking they'll realise they made a mistake",
            "so even with the offer in hand, you're waiting to be found out",
            True,
        ),
        (
            "support",
            "every time my mum calls i end up in tears after and i don't know why",
            "Those calls seem to stir up something painful, even when nothing is said outright.",
            True,
        ),
        (
            "support",
            "i haven't left the house in nine days. i just can't face people",
            "sounds like the world outside has started to feel like too much to handle",
            True,
        ),
        (
            "support",
            "my friends have all moved on with kids and houses and i'm still renting a room",
            "you're feeling behind, like everyone else got a map you were never given",
            True,
        ),
        (
            "support",
            "i told my boss about my anxiety and now she gives all the big projects to "
            "other people",
            "So being honest about it seems to have cost you, and that feels unfair.",
            True,
        ),
        (
            "support",
            "i don't even miss him, i miss who i was before i met him",
            "What you're grieving is the person you used to be more than the relationship.",
            True,
        ),
        (
            "support",
            "i snapped at my son this morning over nothing and i've felt sick all day",
            "You're carrying a lot of guilt about this morning.",
            True,
        ),
        (
            "support",
            "i keep putting off the doctor because what if it's something bad",
            "so not knowing feels safer right now than finding out",
            True,
        ),
        (
            "support",
            "everyone says i'm so strong but honestly i'm barely holding it together",
            "it sounds like being seen as the strong one leaves no room for how tired you are",
            True,
        ),
        (
            "support",
            "it's been six months since dad died and people have stopped asking",
            "so the grief is still here for you, but everyone else seems to have moved on",
            True,
        ),
        (
            "support",
            "i want to move out but i'd feel like i was abandoning my mum",
            "You're torn between a life of your own and your loyalty to her.",
            True,
        ),
        (
            "coaching",
            "I've been offered the team lead role but I love the hands-on work.",
            "So taking the step up might mean giving up the part of the job you enjoy most.",
            True,
        ),
        (
            "coaching",
            "I say yes to every request and then I'm working until ten every night.",
            "It sounds like saying no feels harder than losing your evenings.",
            True,
        ),
        (
            "coaching",
            "My manager rewrote my report without telling me and sent it up anyway.",
            "So you felt sidelined, like your work didn't count for much.",
            True,
        ),
        (
            "coaching",
            "I want to start the business, but I've got a mortgage and two kids.",
            "You've got the drive, and the responsibility is what's holding you back.",
            True,
        ),
        (
            "coaching",
            "Every time I present, I rehearse for days and still freeze in the room.",
            "So the preparation isn't the problem; it's what happens when everyone's eyes "
            "are on you.",
            True,
        ),
        (
            "coaching",
            "I got passed over again. Third time. I'm starting to think it's me.",
            "You're beginning to doubt yourself after being overlooked so many times.",
            True,
        ),
        (
            "coaching",
            "I don't really care about the salary, I just want to feel useful.",
            "What matters most to you is a sense of purpose, more than the money.",
            True,
        ),
        (
            "coaching",
            "Honestly I've stopped speaking up in meetings. Nobody listens anyway.",
            "So you've gone quiet because it feels pointless to try.",
            True,
        ),
        (
            "coaching",
            "I keep starting courses and dropping them after two weeks.",
            "It sounds like starting is exciting, and keeping going is where it gets hard.",
            True,
        ),
        (
            "coaching",
            "My co-founder makes all the decisions and I just find out afterwards.",
            "so you feel more like an employee than an equal partner",
            True,
        ),
        (
            "coaching",
            "I'd love to retrain as a nurse but I'm 48.",
            "You're drawn to it, and you're worried it might be too late.",
            True,
        ),
        (
            "service",
            "This is the third time I've had to explain this. I'm exhausted.",
            "You've had to repeat yourself over and over, and you're worn out by it.",
            True,
        ),
        (
            "service",
            "I was on hold for an hour and then got cut off. I just want my money back.",
            "So after all that waiting you were left with nothing, and now you simply want "
            "the refund.",
            True,
        ),
        (
            "service",
            "I bought the pram for the baby's arrival and it came with a broken wheel.",
            "So something you were looking forward to has turned into a worry right before "
            "the birth.",
            True,
        ),
        (
            "service",
            "I've been a customer for twelve years and this is how you treat me.",
            "You feel your loyalty hasn't counted for anything.",
            True,
        ),
        # not reflections: read-backs, policy, advice, sympathy alone, questions
        (
            "service",
            "My order number is 4471-993 and it still hasn't shipped.",
            "Order 4471-993, thank you. Let me pull that up.",
            False,
        ),
        (
            "service",
            "I need to change the delivery address to 12 Mill Lane, Leeds.",
            "So that's 12 Mill Lane, Leeds, LS2 7HP?",
            False,
        ),
        (
            "service",
            "I was charged twice for my subscription this month.",
            "Our policy is that duplicate charges are refunded within 5 to 7 working days.",
            False,
        ),
        (
            "service",
            "The jacket doesn't fit, I want to return it.",
            "Returns are accepted within 30 days of delivery in the original packaging.",
            False,
        ),
        (
            "service",
            "My card ending 3321 was declined.",
            "The card ending 3321, got it. Could you confirm the expiry date?",
            False,
        ),
        (
            "service",
            "I want to cancel my booking for the 14th of March.",
            "Booking for 14 March, reference HX92K. One moment please.",
            False,
        ),
        (
            "service",
            "The delivery driver left my parcel at the wrong house.",
            "Please check with your neighbours and let us know if it doesn't turn up.",
            False,
        ),
        (
            "service",
            "Your app keeps logging me out.",
            "To stop the app logging you out, go to Settings and turn on 'Stay signed in'.",
            False,
        ),
        (
            "service",
            "I need a refund for the broken kettle.",
            "As per our terms, a refund for a faulty item needs proof of purchase.",
            False,
        ),
        (
            "service",
            "My email is sam.ortiz@example.com, I never got the confirmation.",
            "sam.ortiz@example.com - I've resent the confirmation now.",
            False,
        ),
        (
            "service",
            "The voucher code SPRING20 doesn't work at checkout.",
            "SPRING20 expired on Sunday, I'm afraid.",
            False,
        ),
        (
            "service",
            "I've been waiting three weeks for my passport to come back.",
            "Standard processing takes up to ten weeks at this time of year.",
            False,
        ),
        (
            "support",
            "i can't stop crying since the break-up",
            "i'm so sorry, that's awful",
            False,
        ),
        (
            "support",
            "i haven't slept properly in weeks",
            "have you tried cutting out caffeine after lunch?",
            False,
        ),
        (
            "support",
            "my dog died on monday and i can't focus on anything",
            "when my cat died i couldn't work for a week either",
            False,
        ),
        (
            "support",
            "i feel like such a failure for dropping out",
            "you're not a failure, loads of people change course",
            False,
        ),
        (
            "support",
            "my housemates never include me in anything",
            "what do you usually do in the evenings?",
            False,
        ),
        (
            "support",
            "i'm scared about the results tomorrow",
            "try some breathing exercises tonight, in for four and out for six",
            False,
        ),
        (
            "support",
            "i keep thinking about what he said to me at the party",
            "thank you for telling me this, it takes courage",
            False,
        ),
        (
            "support",
            "i don't think i can do christmas with my family this year",
            "would it help to plan a way to leave early if it gets too much?",
            False,
        ),
        (
            "support",
            "i messed up my exam and my parents are going to kill me",
            "exams don't define you, everything will work out in the end",
            False,
        ),
        (
            "support",
            "i've been feeling really low since i moved",
            "there's a great app for meeting people in new cities, want the link?",
            False,
        ),
        (
            "coaching",
            "I can never get through my inbox before lunch.",
            "Block out the first hour for deep work and check email at 11.",
            False,
        ),
        (
            "coaching",
            "My team doesn't seem motivated at all.",
            "What would motivated look like, in your team?",
            False,
        ),
        (
            "coaching",
            "I want to ask for a raise but I don't know how.",
            "I'd suggest gathering three examples of results you've delivered this year.",
            False,
        ),
        (
            "coaching",
            "I keep procrastinating on the big report.",
            "Great, let's set a goal for this week then.",
            False,
        ),
        (
            "coaching",
            "I find it hard to give negative feedback.",
            "Most new managers find that; it's one of the hardest skills to learn.",
            False,
        ),
        (
            "coaching",
            "I said I'd finish the plan by Friday and I didn't.",
            "Okay. By Friday, you said. What's your new date?",
            False,
        ),
        (
            "coaching",
            "I have the interview on Thursday at 10.",
            "Thursday at 10, I've noted it. We'll prepare on Wednesday.",
            False,
        ),
        (
            "coaching",
            "My goal is to run a half marathon by October.",
            "Let's write that down: half marathon, October. Next, the training plan.",
            False,
        ),
    ],
}

SETTINGS = {"service", "support", "coaching"}


def test_the_block_is_half_reflections_in_support_coaching_and_service() -> None:
    for cases in BLOCKS.values():
        assert len(cases) == 60
        assert sum(expected for *_, expected in cases) == 30
        assert {case[0] for case in cases} == SETTINGS
    texts = [case[2] for cases in BLOCKS.values() for case in cases]
    assert len(set(texts)) == len(texts)


# Floors (precision, recall, F1) a little under what each block now scores.
FLOORS: dict[str, tuple[float, float, float]] = {
    "block 1": (0.83, 0.9, 0.87),
}


@pytest.mark.parametrize("block", BLOCKS.keys())
def test_the_block_holds_its_floors(block: str) -> None:
    assert_holds_floors(BLOCKS[block], FLOORS[block])


#: The kind block 1 mended and its neighbours, in new sentences: (their turn, the reply,
#: reflects?).
KINDS: dict[str, tuple[str, str, bool]] = {
    "an order number read back": (
        "Order 55817 came without the charger.",
        "Order 55817, got it. One moment while I look.",
        False,
    ),
    "a postcode read back": (
        "Please send it to my work address instead, 3 Quay Road, BS1 4DJ.",
        "That's 3 Quay Road, BS1 4DJ?",
        False,
    ),
    "an identifier with its number": (
        "The account ending 0912 was charged twice.",
        "Account ending 0912, thanks.",
        False,
    ),
    "an e-mail address read back": (
        "Send the invoice to ana.r@example.org please.",
        "ana.r@example.org, noted.",
        False,
    ),
    "an amount said back": ("It costs me about £30 a week.", "So about £30 a week.", True),
    "a date said of them": (
        "We've had no hot water since the 3rd.",
        "So since the 3rd you've been without hot water.",
        True,
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    context, text, expected = KINDS[kind]
    assert paraphrased(context, text) is expected
