"""A seventh fresh check for `paraphrases`: helper turns in counselling sessions and
emotional-support chats, and agent turns in service chats with an upset customer, written
in the eleventh round (24 November 2026), each read with the turn it answers. Every row
was written and labelled before the detector read it; not taken from any labelled
corpus. The block aims at recall: reflections in other words ("it sounds like you don't
feel heard" after "he shuts me down"), two-sided reflections and summaries.

Labels follow `test_paraphrases_fresh6.py`: a paraphrase says back the other's
situation, feeling or meaning; advice, an instruction, information, an affirmation, a
reassurance, a verdict on life in general, sympathy alone, the helper's own story, a
proposal, an action taken and a question that asks for something new are not.

First reads (precision / recall / F1), against the engine as it stood and against the
session's starting rules (commit 04bf8b4) on the same block:

- block 1 (40 rows): 0.86 / 0.90 / 0.878, the starting rules the same. Every "it
  sounds like", two-sided and "part of you" reflection and every summary in other words
  but two was read on first sight; the misses: a complaint said back in the company's
  "we" ("So we've got the colour wrong twice now.", after "you sent green"), a feeling
  about an imagined change ("Giving up drinking feels like it would cost you your social
  life."), a reassurance that denies the word they used of themselves ("You're not a
  burden, you matter."), a verdict on people in general ("Everyone gets overwhelmed
  sometimes, it's part of life.") and a choice praised behind a frame ("That sounds like
  a brave step to take."). Mended by kind: a concluding "so" in the company's "we" with
  a fault ('company_faults') after a customer who spoke to the company as "you"; "feels
  like" a frame, about them through "you" or "your"; a "you…" clause that denies a word
  the customer said without a denial (`_contradicts`; "You're not sleeping." after "I
  can't sleep" agrees); a sentence opening on 'universal_subjects' in the present, not
  naming them; 'approvals' and 'approved_choices' after a "sounds like" frame. Then
  1.00 / 1.00 / 1.000. Dev 0.7297 -> 0.7299 (precision 0.8876 -> 0.8882: one AnnoMI
  reply that denied the client's word, no longer read as a reflection; nothing lost);
  judge set unchanged.
- block 2 (40 rows, written after block 1's mend, counselling, support and service
  again): 0.82 / 0.90 / 0.857 (starting rules 0.78 / 0.90 / 0.837, which also read
  "You're not useless at all…" after "I feel so useless" as a reflection, the kind block
  1 mended). Misses: a conclusion about a "what" clause ("So what you were promised and
  what's happening are miles apart.", read as a question back), a summary sharing no
  word ("The pain makes the advice hard to follow."), and four replies of the helper's
  own read as reflections: things of a kind in general with a verb of variation ("Bills
  vary with your usage…"), "You deserve someone who…", an activity they never named
  weighed against theirs ("Swimming is much gentler on the joints than walking.") and
  people in general ("Many people who gamble say the same thing."). Mended by kind:
  "so what" and a subject opens a clause a conclusion is about; "vary", "change",
  "depend"… as verbs of things in general; "you deserve" a reassurance; a gerund
  compared ("is gentler on… than", "is far kinder…") that the customer did not say is
  advice (`_compares_something_new`; "Drinking is easier than facing it." after "I
  drink…" still reflects); "many people", "most of us" among 'universal_subjects', in
  the echo path too. Then 1.00 / 0.95 / 0.974. Left: the summary that shares no word.
  Dev 0.7299 unchanged.
- block 3 (40 rows, written after block 2's mend, agents with upset customers in chat
  and e-mail): 0.84 / 0.80 / 0.821, the starting rules the same. Misses: a plural noun
  before its own verb read as a thing's plain present ("The delivery times don't fit
  around your shifts at all.", so "how the service works"), "You did what you were
  told…" read as the reassurance "you did what you could", two summaries sharing no
  word ("An early start like that with little ones…", "They've fallen apart almost as
  soon as…"), and three replies of the agent's own: the company's things of a kind
  ("Our evening slots run until 10pm…"), "The £200 relates to your final bill…" (an
  explanation whose subject holds a figure) and "Thanks for your patience, you're next
  in the queue." Mended by kind: a word in -s followed by an auxiliary or copula is the
  plural subject, not a verb; "you did what you could / had to…" spelt out as the
  reassurance (read over five words), and a denial counted only as the "you" clause's
  own verb; "our" and a plural of things of a kind before a verb of how they go. Then
  0.90 / 0.90 / 0.900. Left: the two summaries sharing no word, the figure's
  explanation, the thanks before a queue position. Dev 0.7299 unchanged.
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors, paraphrased

BLOCKS: dict[str, list[Case]] = {
    "block 1": [
        (
            "counselling",
            "Every time I try to talk to my dad about uni he just shuts me down and changes "
            "the subject.",
            "It sounds like you don't feel heard by him.",
            True,
        ),
        (
            "counselling",
            "I've been putting off the dentist for three years because the last time was agony.",
            "So the memory of that visit is what keeps you away.",
            True,
        ),
        (
            "service",
            "I've rung four times this week and each time I'm told someone will call back, "
            "and nobody does.",
            "So you've been promised a call again and again and it never comes.",
            True,
        ),
        (
            "service",
            "The heating's been broken since Friday and I've got a newborn at home.",
            "So you're without warmth with a tiny baby to look after, that's worrying.",
            True,
        ),
        (
            "counselling",
            "I know the weed isn't helping my anxiety, but it's the only time my head goes quiet.",
            "On one hand it's making the worry worse, and on the other it's your one bit of peace.",
            True,
        ),
        (
            "support",
            "My best friend moved to Australia last month and I don't really have anyone "
            "else here.",
            "You're feeling pretty isolated since she left.",
            True,
        ),
        (
            "counselling",
            "I want to get fit for my daughter's wedding, my knees are killing me, and the "
            "doctor says my blood pressure's up.",
            "So there are a few things pulling you towards exercise: the wedding, your "
            "joints and your health.",
            True,
        ),
        (
            "service",
            "I ordered the blue one, you sent green, and the replacement came in green too.",
            "So we've got the colour wrong twice now.",
            True,
        ),
        (
            "counselling",
            "I only drink at weekends, so I don't see why everyone's making a fuss.",
            "From your point of view, it's under control and the worry seems overblown.",
            True,
        ),
        (
            "support",
            "I keep replaying the argument in my head at 3am.",
            "It's really playing on your mind and stopping you sleeping.",
            True,
        ),
        (
            "counselling",
            "If I stop going to the pub I lose all my mates.",
            "Giving up drinking feels like it would cost you your social life.",
            True,
        ),
        (
            "service",
            "I've been a customer for twelve years and this is the first time I've ever "
            "complained.",
            "You've been loyal to us for a long time, and this has really let you down.",
            True,
        ),
        (
            "counselling",
            "I'd like to lose weight but I just love food too much.",
            "Part of you wants to slim down, and part of you doesn't want to give up "
            "something you enjoy.",
            True,
        ),
        (
            "support",
            "Since the diagnosis I can't concentrate on anything at work.",
            "Your mind keeps going back to your health and it's hard to focus on the job.",
            True,
        ),
        (
            "counselling",
            "My mum did everything for me growing up and now she needs help and I'm never there.",
            "You feel you owe her a lot and you're letting her down.",
            True,
        ),
        (
            "service",
            "The app logs me out every time I switch to another app, I have to type my "
            "password fifty times a day.",
            "So you're having to sign in again constantly, which is maddening.",
            True,
        ),
        (
            "counselling",
            "I told myself I'd only have one and then it was six.",
            "Once you start, stopping is the hard part.",
            True,
        ),
        (
            "support",
            "Nobody at home even noticed I'd been crying.",
            "You felt invisible to your family in that moment.",
            True,
        ),
        (
            "counselling",
            "The kids are older now, the debt's nearly paid, and I've finally got a bit of "
            "time for myself.",
            "Things are opening up for you after a long stretch of just getting by.",
            True,
        ),
        (
            "service",
            "I was told the refund would take 3 days and it's been three weeks.",
            "So it's taken seven times longer than we promised.",
            True,
        ),
        (
            "counselling",
            "I've cut down to two cans a night.",
            "That's a real achievement, well done.",
            False,
        ),
        (
            "counselling",
            "I'm scared I'll relapse at Christmas.",
            "Lots of people find the holidays hard, so it's worth planning ahead.",
            False,
        ),
        (
            "service",
            "My parcel still hasn't turned up.",
            "I'll raise a trace with the courier now.",
            False,
        ),
        (
            "support",
            "I feel like such a burden to everyone.",
            "You're not a burden, you matter.",
            False,
        ),
        (
            "counselling",
            "I don't know if I can do it.",
            "What would help you feel more confident?",
            False,
        ),
        (
            "service",
            "The heating's broken again.",
            "Can you tell me the model of the boiler?",
            False,
        ),
        (
            "counselling",
            "I've been smoking since I was fourteen.",
            "I started young too, it's hard to break.",
            False,
        ),
        (
            "support",
            "My dog died on Sunday.",
            "I'm so sorry, that's heartbreaking.",
            False,
        ),
        (
            "counselling",
            "My partner says I'm on my phone too much.",
            "Would you like to look at some ways to cut down screen time?",
            False,
        ),
        (
            "service",
            "You charged me twice.",
            "Refunds usually reach your card within 5 working days.",
            False,
        ),
        (
            "counselling",
            "I want to be a better dad.",
            "Let's write that down as your goal for today.",
            False,
        ),
        (
            "support",
            "I can't sleep since the break-up.",
            "Have you tried cutting out caffeine after lunch?",
            False,
        ),
        (
            "counselling",
            "I drink to relax after work.",
            "Alcohol actually makes sleep and anxiety worse in the long run.",
            False,
        ),
        (
            "service",
            "I want to cancel my subscription before it renews.",
            "I can cancel your subscription today so it doesn't renew.",
            False,
        ),
        (
            "support",
            "Work is overwhelming right now.",
            "Everyone gets overwhelmed sometimes, it's part of life.",
            False,
        ),
        (
            "counselling",
            "I stopped going to the gym after my injury.",
            "When did you injure yourself?",
            False,
        ),
        (
            "service",
            "My order arrived damaged.",
            "Please send us a photo of the damage and the box.",
            False,
        ),
        (
            "counselling",
            "I'm thinking of telling my boss about my drinking.",
            "That sounds like a brave step to take.",
            False,
        ),
        (
            "support",
            "I've been feeling low for weeks.",
            "Please reach out to your GP or call a helpline if it gets worse.",
            False,
        ),
        (
            "counselling",
            "My sister thinks I should go to rehab.",
            "What do you think of her suggestion?",
            False,
        ),
    ],
    "block 2": [
        (
            "service",
            "This is the third time I've had to explain all this to someone new.",
            "You're tired of starting from scratch with every person you talk to.",
            True,
        ),
        (
            "service",
            "The website said in stock, I paid for next day, and now it's a two-week wait.",
            "So what you were promised and what's happening are miles apart.",
            True,
        ),
        (
            "counselling",
            "I'm fine during the week, it's only when I'm on my own on Sunday that I reach for "
            "the bottle.",
            "Being alone at the weekend is the danger zone for you.",
            True,
        ),
        (
            "counselling",
            "I want to go back to college but I'm forty-five, everyone there will be kids.",
            "You'd love to study again, and at the same time you worry you'd stick out.",
            True,
        ),
        (
            "support",
            "Ever since the accident I jump every time a car brakes near me.",
            "Your body is still on high alert after what happened.",
            True,
        ),
        (
            "service",
            "I just need it to work before my daughter's party on Saturday, that's all I care "
            "about.",
            "The party is the deadline that matters here.",
            True,
        ),
        (
            "counselling",
            "My mum drank, my gran drank, I guess it's just in the family.",
            "It feels a bit like it's your fate because of where you come from.",
            True,
        ),
        (
            "support",
            "I can't remember the last time I laughed.",
            "Joy has been missing from your life for a while.",
            True,
        ),
        (
            "counselling",
            "The nurse keeps telling me to walk more but my hip is agony after ten minutes.",
            "The pain makes the advice hard to follow.",
            True,
        ),
        (
            "service",
            "I was on the phone for an hour and got cut off right at the end.",
            "All that waiting and then you lost the call just as it was nearly sorted.",
            True,
        ),
        (
            "counselling",
            "I've stopped buying wine with the shopping, I'm going to the gym twice a week, and "
            "I've told my sister what I'm doing.",
            "So you've made a few real changes already: not keeping it in the house, getting "
            "active and letting family in.",
            True,
        ),
        (
            "support",
            "He said he'd change and I believed him, again.",
            "You hoped this time would be different.",
            True,
        ),
        (
            "service",
            "I don't mind paying more, I just want someone to actually turn up.",
            "Reliability matters to you more than the price.",
            True,
        ),
        (
            "counselling",
            "When I smoke I feel in control, and when I don't I'm snapping at everyone.",
            "Cigarettes keep you calm, and going without them makes you irritable.",
            True,
        ),
        (
            "support",
            "I've been carer for my dad for six years and I've not had a single day off.",
            "You've been giving everything to him for a long time with no break for yourself.",
            True,
        ),
        (
            "service",
            "Every month the bill's a different amount and nobody can tell me why.",
            "The charges keep changing and you're not getting any explanation.",
            True,
        ),
        (
            "counselling",
            "I know it's bad for the baby, I just can't seem to stop.",
            "You really want to quit for the baby's sake, but it's harder than you expected.",
            True,
        ),
        (
            "support",
            "Everyone else seems to have their life sorted except me.",
            "You feel like you're falling behind the people around you.",
            True,
        ),
        (
            "counselling",
            "I only gamble to win back what I lost.",
            "Chasing the losses is what keeps you going back.",
            True,
        ),
        (
            "service",
            "I booked a sea view for our anniversary and we got a room facing the car park.",
            "Your special trip started with a room nothing like what you'd paid for.",
            True,
        ),
        (
            "service",
            "This is the third time I've had to explain.",
            "I've added notes to your account so you won't need to repeat yourself.",
            False,
        ),
        (
            "service",
            "The bill's different every month.",
            "Bills vary with your usage and any calls outside your plan.",
            False,
        ),
        (
            "counselling",
            "I can't remember the last time I laughed.",
            "What used to make you laugh?",
            False,
        ),
        (
            "support",
            "He said he'd change and I believed him.",
            "You deserve someone who keeps their promises.",
            False,
        ),
        (
            "counselling",
            "My hip is agony when I walk.",
            "Swimming is much gentler on the joints than walking.",
            False,
        ),
        (
            "support",
            "I've been caring for my dad for years.",
            "Have you looked into respite care through the council?",
            False,
        ),
        (
            "service",
            "I booked a sea view and got the car park.",
            "I've moved you to a sea-view room on the fourth floor.",
            False,
        ),
        (
            "counselling",
            "I only gamble to win back what I lost.",
            "Many people who gamble say the same thing.",
            False,
        ),
        (
            "support",
            "I jump every time a car brakes near me.",
            "That's completely normal after an accident.",
            False,
        ),
        (
            "counselling",
            "I want to go back to college.",
            "That's wonderful, what would you study?",
            False,
        ),
        (
            "service",
            "I need it working before Saturday.",
            "The engineer can come on Friday morning between 8 and 12.",
            False,
        ),
        (
            "counselling",
            "I know it's bad for the baby.",
            "There's a free stop-smoking service for pregnant women at the clinic.",
            False,
        ),
        (
            "support",
            "Everyone else has their life sorted.",
            "Nobody has it all figured out, honestly.",
            False,
        ),
        (
            "counselling",
            "When I don't smoke I'm snapping at everyone.",
            "The irritability usually passes after two or three weeks.",
            False,
        ),
        (
            "service",
            "I got cut off after an hour on the phone.",
            "Sorry about that, can I grab your number in case we get cut off again?",
            False,
        ),
        ("counselling", "My mum and my gran both drank.", "I grew up around drinking too.", False),
        (
            "support",
            "I've not had a single day off in six years.",
            "You should be really proud of how much you've done.",
            False,
        ),
        (
            "service",
            "I don't mind paying more.",
            "Our premium plan includes a guaranteed arrival window.",
            False,
        ),
        (
            "counselling",
            "I've told my sister what I'm doing.",
            "Well done, that's a big thing to share.",
            False,
        ),
        (
            "support",
            "I feel so useless at the moment.",
            "You're not useless at all, you've kept going through all of this.",
            False,
        ),
    ],
    "block 3": [
        (
            "service",
            "I've emailed three times about the missing refund and had nothing but automated "
            "replies.",
            "So you've been writing to us and only getting robots back.",
            True,
        ),
        (
            "service",
            "The engineer came, looked at the boiler for two minutes and left without fixing it.",
            "The visit didn't actually get the heating sorted.",
            True,
        ),
        (
            "service",
            "My flight got moved to 6am and I have two toddlers with me.",
            "An early start like that with little ones is going to be really tough.",
            True,
        ),
        (
            "service",
            "I cancelled in March and you've taken money every month since.",
            "So the payments carried on even after you'd ended it.",
            True,
        ),
        (
            "service",
            "The sofa arrived with a rip down the back and the driver wouldn't wait while I "
            "checked it.",
            "It came damaged and you didn't get the chance to point it out at the door.",
            True,
        ),
        (
            "service",
            "I'm a nurse, I work nights, and your delivery slots are all 9 to 5.",
            "The delivery times don't fit around your shifts at all.",
            True,
        ),
        (
            "service",
            "Your app charged my card but the order never went through.",
            "So the money left your account without an order to show for it.",
            True,
        ),
        (
            "service",
            "I've been loyal for years and new customers get a better deal than me.",
            "It feels like long-standing customers are being penalised.",
            True,
        ),
        (
            "service",
            "I moved house and my broadband still isn't connected after a month.",
            "A whole month in the new place without internet.",
            True,
        ),
        (
            "service",
            "The hotel gave our room away because we arrived after ten.",
            "You turned up late and found your room had gone to someone else.",
            True,
        ),
        (
            "service",
            "I ordered a gift for my mum's 70th and it turned up a day after the party.",
            "It missed the big day, which must be so disappointing.",
            True,
        ),
        (
            "service",
            "I've tried resetting it, unplugging it and calling twice and it still drops out.",
            "You've already done everything you can think of and it's still not holding a "
            "connection.",
            True,
        ),
        (
            "service",
            "I just want to speak to a real person, not another chatbot.",
            "You'd like a human to deal with this.",
            True,
        ),
        (
            "service",
            "The invoice says I owe £200 but I paid it in full last month.",
            "So you're being chased for money you've already paid.",
            True,
        ),
        (
            "service",
            "My son's school shoes split after three weeks.",
            "They've fallen apart almost as soon as he started wearing them.",
            True,
        ),
        (
            "service",
            "I was told my prescription would be ready at two, I came at three and it still "
            "wasn't done.",
            "You did what you were told and it still wasn't ready.",
            True,
        ),
        (
            "service",
            "I'm disabled and the lift at your station has been broken for weeks.",
            "The broken lift is leaving you without a way in.",
            True,
        ),
        (
            "service",
            "The subscription renewed without any warning and I'm a student.",
            "An unexpected charge like that hits hard on a student budget.",
            True,
        ),
        (
            "service",
            "I've been passed between departments five times today.",
            "Nobody has taken ownership of this for you.",
            True,
        ),
        (
            "service",
            "We've been waiting since 8am and no one has told us anything.",
            "You've been left in the dark all morning.",
            True,
        ),
        (
            "service",
            "I've emailed three times about the refund.",
            "I've escalated your refund to our payments team today.",
            False,
        ),
        (
            "service",
            "The engineer didn't fix the boiler.",
            "I can book a second visit for Thursday morning.",
            False,
        ),
        (
            "service",
            "My flight got moved to 6am.",
            "You're entitled to a free change to a later flight.",
            False,
        ),
        (
            "service",
            "I cancelled in March.",
            "Could you send me the cancellation confirmation email?",
            False,
        ),
        (
            "service",
            "The sofa arrived ripped.",
            "Please don't throw away the packaging until we've collected it.",
            False,
        ),
        (
            "service",
            "Your delivery slots don't work for me.",
            "Our evening slots run until 10pm in most areas.",
            False,
        ),
        (
            "service",
            "The app charged my card twice.",
            "Duplicate charges usually drop off within three working days.",
            False,
        ),
        (
            "service",
            "New customers get a better deal.",
            "I've applied our loyalty discount to your account.",
            False,
        ),
        (
            "service",
            "My broadband still isn't connected.",
            "What lights can you see on the router right now?",
            False,
        ),
        ("service", "The hotel gave our room away.", "I'm so sorry about that.", False),
        ("service", "The gift arrived late.", "Thank you for letting us know.", False),
        (
            "service",
            "It still drops out after I reset it.",
            "Try plugging the router directly into the master socket.",
            False,
        ),
        (
            "service",
            "I want to speak to a real person.",
            "Sure, I'm a real person and happy to help.",
            False,
        ),
        (
            "service",
            "The invoice says I owe £200.",
            "The £200 relates to your final bill from June.",
            False,
        ),
        (
            "service",
            "The school shoes split after three weeks.",
            "Our shoes come with a 60-day guarantee.",
            False,
        ),
        (
            "service",
            "The station lift has been broken for weeks.",
            "Step-free access is available at the next station along.",
            False,
        ),
        (
            "service",
            "The subscription renewed without warning.",
            "Renewal reminders are sent 7 days before the date.",
            False,
        ),
        (
            "service",
            "I've been passed between departments.",
            "I'll stay with you until this is sorted.",
            False,
        ),
        (
            "service",
            "We've been waiting since 8am.",
            "Thanks for your patience, you're next in the queue.",
            False,
        ),
        (
            "service",
            "My prescription wasn't ready.",
            "Prescriptions can take up to 48 hours to prepare.",
            False,
        ),
    ],
}

SETTINGS = {"counselling", "support", "service"}


def test_the_block_is_half_reflections_in_counselling_and_service_talk() -> None:
    for cases in BLOCKS.values():
        assert len(cases) == 40
        assert sum(expected for *_, expected in cases) == 20
        assert {case[0] for case in cases} <= SETTINGS
    texts = [case[2] for cases in BLOCKS.values() for case in cases]
    assert len(set(texts)) == len(texts)


# Floors (precision, recall, F1) a little under what each block now scores.
FLOORS: dict[str, tuple[float, float, float]] = {
    "block 1": (0.95, 0.95, 0.95),
    "block 2": (0.95, 0.9, 0.95),
    "block 3": (0.85, 0.85, 0.85),
}


@pytest.mark.parametrize("block", BLOCKS.keys())
def test_the_block_holds_its_floors(block: str) -> None:
    assert_holds_floors(BLOCKS[block], FLOORS[block])


#: The kinds block 1 mended, in new sentences: (the other's turn, the reply, reflects?).
KINDS: dict[str, tuple[str, str, bool]] = {
    "a denial of the word they used of themselves": (
        "I'm such a failure at this.",
        "You're not a failure.",
        False,
    ),
    "a denial that agrees with theirs": (
        "I can't face going back to work.",
        "You're not ready to face work yet.",
        True,
    ),
    "people in general": (
        "I get so anxious before meetings.",
        "Everybody gets anxious before meetings now and then.",
        False,
    ),
    "their own story with everyone in it": (
        "Everyone at the party ignored me.",
        "Everyone there ignored you.",
        True,
    ),
    "a choice praised behind a frame": (
        "I've booked a session with a debt adviser.",
        "That sounds like a really sensible move.",
        False,
    ),
    "the size of their step said back": (
        "I've booked a session with a debt adviser.",
        "That sounds like a big step for you.",
        True,
    ),
    "the company's fault owned in their words": (
        "You sent me a bill for someone else's flat.",
        "So we've mixed your account up with another customer's.",
        True,
    ),
    "the company's news in its we": (
        "You sent me the wrong size.",
        "So we've sent a replacement out today.",
        False,
    ),
    "a feeling about an imagined change": (
        "If I leave him I'll have nowhere to live.",
        "Leaving feels like it would mean losing your home.",
        True,
    ),
    "things of a kind that vary": (
        "The price is different every time I order.",
        "Prices change with the exchange rate.",
        False,
    ),
    "an activity they never named, weighed against theirs": (
        "My knees ache after every run.",
        "Cycling is far kinder on the knees than running.",
        False,
    ),
    "their own activity weighed": (
        "I drink so I don't have to think about the divorce.",
        "Drinking is easier than facing the divorce.",
        True,
    ),
    "people in general in a short reply": (
        "I only drink to take the edge off.",
        "Many people who drink say that.",
        False,
    ),
    "a plural noun before its own verb": (
        "I work nights and you only deliver in the daytime.",
        "The delivery times don't suit your nights at all.",
        True,
    ),
    "the company's things of a kind": (
        "Your stores close too early for me.",
        "Our larger stores open until 10pm on Thursdays.",
        False,
    ),
    "what they were told, done": (
        "They told me to bring ID, I brought it, and they still turned me away.",
        "You did what you were asked and still got sent home.",
        True,
    ),
    "what they could, a reassurance": (
        "I feel like I let everyone down.",
        "You did what you could with what you had.",
        False,
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    context, text, expected = KINDS[kind]
    assert paraphrased(context, text) is expected
