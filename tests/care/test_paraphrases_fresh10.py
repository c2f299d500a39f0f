"""A tenth fresh check for `paraphrases`: reflections that restate, rename the feeling or
sum up across the other's turn, in service chats and calls, counselling, coaching and
helplines, beside look-alikes that share the other's words without reflecting them: an
echo put into advice or a policy, a question that quotes the customer, agreement words
and backchannels, a detail read back (with or without a participle: "placed on 2
April"), sympathy, reassurance and information. Each reply is read with the turn it
answers. Written in session 19 (24 November 2026). Every row was written and labelled
before the detector read it; not taken from any labelled corpus.

Labels follow `test_paraphrases_fresh9.py`: a paraphrase says back the other's
situation, feeling or meaning; advice, an instruction, information, a policy, a detail
read back to be confirmed (a number, a date, an address, a name), agreement alone,
sympathy alone, reassurance, the helper's own story, a proposal and a question that asks
for something new (even one quoting their words) are not.

First read (precision / recall / F1), against the engine as it stood at the session's
start (98b6c6d; this behaviour's rules unchanged since 36bf76c):

- block 1 (80 rows): 0.93 / 0.98 / 0.951. Of the 40 reflections, 39 were read; missed:
  a summary behind "Let me see if I've got this:" (a frame of checking understanding
  the list did not hold). Three look-alikes were taken: a step behind a condition in
  the customer's words ("If the heater stops working, switch it off…", read as an
  opening fragment of theirs), praise of their word ("Great goal.", read as an echo of
  "goal") and a name and a town read back after a greeting ("Hi Sam, in Bristol,
  thanks."). The read-backs with a participle ("QP7H2L, booked on the 3rd of May, got
  it.", "That's order 90114, placed on 2 April and shipped to Leeds?") were already not
  reflections, but a read-back whose record kept a participle before its tag was one
  ("So that's booking QP7H2L, booked for 14 March?", "The card ending 3321, charged on
  the 4th?"): the participle was taken for a clause of the customer's story. Decided
  by meaning, such a participle set off by a comma, short and holding its own date or
  number, describes the record being checked, so the turn is a read-back;
  ", delivered to the wrong house" (no date: what went wrong) still tells their story.
  Mended by kind: "let me see if/whether I've got / understood / understand /
  followed" joins the frames; an opening fragment whose sentence instructs
  (`_instructs`: a condition and a command, "you'll need to…") is the step's condition,
  not their matter; a short reply whose first word of substance follows praise ("Great
  goal.", "Such a nice aim!"; not "Great, the new job!", nor praise that was theirs)
  affirms, not echoes; the set-off participle above. Then 0.98 / 1.00 / 0.988. Left:
  "Hi Sam, in Bristol, thanks.": a place said back after a greeting is the short
  repeat the Switchboard labels call a paraphrase (towns and names said back are read
  so in development). Dev paraphrases 0.7303 unchanged (AnnoMI 0.7029, Switchboard
  0.7375; no row changed).

The development misses (731: 606 Switchboard, 125 AnnoMI) were read by kind. Most
Switchboard misses are a backchannel said back after one ("Yeah." after "Yeah.", about
157 rows), which the engine leaves out on purpose (see `_echo`); most AnnoMI misses
follow a backchannel too ("Yeah." before the counsellor's reflection of an earlier
turn). Tried: reading a statement naming the client ("So money is a big worry for you")
after a backchannel as before a statement: dev 0.730 -> about 0.736 (23 rows gained, 14
false alarms, among them the impersonal "you"), but a service agent's news after "Yes."
("It looks like the payment was taken from your old card.", "Then you get a
confirmation email with your booking.") read as reflections; dropped.
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors, paraphrased

BLOCKS: dict[str, list[Case]] = {
    "block 1": [
        # reflections: service
        (
            "service",
            "I've been on hold three times this week and every time I get cut off before "
            "anyone answers.",
            "So you've tried three times this week and been cut off every time before "
            "reaching anyone.",
            True,
        ),
        (
            "service",
            "The bike arrived with a bent wheel, and it was meant to be a birthday present "
            "for my son on Saturday.",
            "So the present's arrived damaged and you're up against the clock for his "
            "birthday on Saturday.",
            True,
        ),
        (
            "service",
            "I cancelled the subscription in March but you've taken money every month since.",
            "You cancelled back in March, yet the payments have kept coming out every month "
            "since then.",
            True,
        ),
        (
            "service",
            "Honestly I'm fed up, I've explained this to four different people.",
            "It sounds like you're worn out from having to tell the story again and again.",
            True,
        ),
        (
            "service",
            "The new phone is fine but the battery barely lasts till lunch, and I use it for "
            "work all day.",
            "So the phone itself is okay, it's the battery that lets you down, and that "
            "matters because you rely on it for work.",
            True,
        ),
        (
            "service",
            "My mum is 84 and she was left waiting at the station for two hours because the "
            "assistance never showed up.",
            "That means your mum, at 84, was left on her own at the station for two hours "
            "with no help at all.",
            True,
        ),
        (
            "service",
            "I'm moving house on Friday and the broadband won't be connected until the 20th.",
            "So there'll be a gap of a couple of weeks after the move where you're without "
            "internet.",
            True,
        ),
        (
            "service",
            "I was told the refund would take five days. It's been three weeks.",
            "You were promised five days and you're now at three weeks, so you've been "
            "waiting far longer than you were told.",
            True,
        ),
        (
            "service",
            "Every time I log in it asks me to reset my password, and then the reset link "
            "doesn't work.",
            "So you're stuck in a loop: it asks for a reset, and the reset link then fails.",
            True,
        ),
        (
            "service",
            "I don't mind paying more, I just want someone to turn up when they say they will.",
            "What matters most to you is reliability, more than the price.",
            True,
        ),
        (
            "service",
            "I ordered the sofa in June, paid in full, and I keep being told it's on a ship "
            "somewhere.",
            "If I've understood you, you paid in full back in June and all you've had since "
            "is vague updates about shipping.",
            True,
        ),
        (
            "service",
            "The charger you sent as a replacement is the wrong plug for the UK.",
            "So the replacement charger came with a plug that won't fit UK sockets.",
            True,
        ),
        # reflections: counselling
        (
            "counselling",
            "I know I should stop, but the drinking is the only time I get to relax after "
            "the kids are in bed.",
            "So the drink has become your way of switching off at the end of a long day, and "
            "giving it up feels like losing the only bit of time that's yours.",
            True,
        ),
        (
            "counselling",
            "My dad never said he was proud of me. Not once.",
            "You've spent a long time waiting to hear something from him that never came.",
            True,
        ),
        (
            "counselling",
            "I've started walking to work and I actually feel better, but I don't know if "
            "it'll last.",
            "You're noticing a real difference, and at the same time there's a worry that "
            "it won't stick.",
            True,
        ),
        (
            "counselling",
            "People keep telling me to get over it, it's been a year since she died.",
            "It sounds like others have moved on and expect you to, and you're still grieving her.",
            True,
        ),
        (
            "counselling",
            "I don't think I have a problem. Everyone at work drinks the same as me.",
            "From where you're standing, your drinking looks pretty normal compared with the "
            "people around you.",
            True,
        ),
        (
            "counselling",
            "I snapped at my daughter again this morning and I felt awful all day.",
            "You felt guilty afterwards, because the way you spoke to her isn't the parent "
            "you want to be.",
            True,
        ),
        (
            "counselling",
            "The medication helps with the panic but I hate how flat it makes me.",
            "So it's a trade-off for you: fewer panic attacks, but you lose some of the "
            "colour in your days.",
            True,
        ),
        (
            "counselling",
            "I went to the meeting, sat in the car park for twenty minutes, and then drove home.",
            "You got right up to the door, and something held you back from going in.",
            True,
        ),
        (
            "counselling",
            "I'm scared that if I stop smoking I'll put on loads of weight.",
            "Your worry is that quitting would swap one problem for another.",
            True,
        ),
        (
            "counselling",
            "My partner says I'm always on my phone but I need it for work.",
            "So you feel a bit caught between what your job asks of you and what your "
            "partner wants from you.",
            True,
        ),
        (
            "counselling",
            "I used to love painting, I haven't picked up a brush in two years.",
            "Something that used to bring you a lot of joy has slipped out of your life.",
            True,
        ),
        (
            "counselling",
            "I've tried to cut down loads of times and I always end up back where I started.",
            "Let me see if I've got this: you've made several attempts, each one hasn't "
            "lasted, and it's left you feeling like nothing works.",
            True,
        ),
        # reflections: coaching
        (
            "coaching",
            "I want to go for the manager job, but I've never led a team and I'd be managing "
            "my friends.",
            "So you're drawn to the role, and two things give you pause: no experience "
            "leading yet, and the awkwardness of managing people you're close to.",
            True,
        ),
        (
            "coaching",
            "I say yes to everything and then I'm working till midnight.",
            "It sounds like taking on too much is costing you your evenings.",
            True,
        ),
        (
            "coaching",
            "I'm good at the technical stuff, it's the presentations that I dread.",
            "The technical side is your comfort zone; standing up in front of people is "
            "where the dread comes in.",
            True,
        ),
        (
            "coaching",
            "My boss gives feedback in front of the whole team and it's humiliating.",
            "Being corrected in front of everyone leaves you feeling exposed and small.",
            True,
        ),
        (
            "coaching",
            "I finished the marathon plan but I'm not sure I even enjoyed it.",
            "So you've achieved what you set out to do, and now you're questioning whether "
            "it was really what you wanted.",
            True,
        ),
        (
            "coaching",
            "I keep putting off the business plan because it never feels good enough.",
            "So the fear of it not being perfect is what's stopping you from starting it at all.",
            True,
        ),
        (
            "coaching",
            "I've had three interviews this month and no offers.",
            "Three interviews and nothing back yet, that's a lot of getting your hopes up.",
            True,
        ),
        (
            "coaching",
            "I want more time with my kids but I also want to make partner by 40.",
            "You're pulled between two things you care about: being there for your kids and "
            "reaching partner.",
            True,
        ),
        # reflections: helpline
        (
            "helpline",
            "I haven't slept properly in weeks, I just lie there going over everything.",
            "So your mind won't switch off at night and you've been running on very little "
            "sleep for weeks.",
            True,
        ),
        (
            "helpline",
            "I lost my job and I haven't told my wife yet.",
            "You're carrying this on your own for now, keeping it from your wife.",
            True,
        ),
        (
            "helpline",
            "The debt collectors ring every day, I'm scared to answer the phone.",
            "The calls have got you to the point where even the phone ringing frightens you.",
            True,
        ),
        (
            "helpline",
            "I feel like a burden to everyone.",
            "You're feeling like the people around you would be better off without having "
            "to deal with you.",
            True,
        ),
        (
            "helpline",
            "My son won't speak to me since the divorce.",
            "So since the divorce, you've lost your son's contact, and that's really hurting.",
            True,
        ),
        (
            "helpline",
            "I can't cope with work, the kids, and my mum being ill all at once.",
            "There's so much landing on you at once: your job, the children, and now your "
            "mum's illness too.",
            True,
        ),
        (
            "helpline",
            "I've been sober for a month but tonight is really hard.",
            "You've done a month, and tonight the pull is strong.",
            True,
        ),
        (
            "helpline",
            "Nobody at college talks to me, I eat lunch alone every day.",
            "So you're feeling really isolated at college, going through the day without "
            "anyone to talk to.",
            True,
        ),
        # look-alikes: service
        (
            "service",
            "My order number is 58219 and it still hasn't arrived.",
            "Order 58219, thank you. Let me check where it is.",
            False,
        ),
        (
            "service",
            "Can you send it to 22 Fern Road, M14 6RT?",
            "So that's 22 Fern Road, M14 6RT, yes?",
            False,
        ),
        (
            "service",
            "The parcel was delivered to the wrong house.",
            "If a parcel is delivered to the wrong address, please report it through the "
            "tracking page within 48 hours.",
            False,
        ),
        (
            "service",
            "The heater stopped working after a week.",
            "If the heater stops working, switch it off at the wall and hold the reset "
            "button for ten seconds.",
            False,
        ),
        ("service", "I was charged twice.", "Yes.", False),
        (
            "service",
            "It's ridiculous that I've had to wait this long.",
            "Absolutely, I agree.",
            False,
        ),
        (
            "service",
            "I was charged twice for the same order.",
            "When were you charged twice?",
            False,
        ),
        (
            "service",
            "The login keeps failing.",
            "What do you mean when you say the login keeps failing?",
            False,
        ),
        (
            "service",
            "My booking reference is QP7H2L.",
            "QP7H2L, booked on the 3rd of May, got it.",
            False,
        ),
        (
            "service",
            "I'd like to return the boots, order 90114.",
            "That's order 90114, placed on 2 April and shipped to Leeds?",
            False,
        ),
        (
            "service",
            "The replacement still hasn't come.",
            "I've chased the warehouse and a replacement will go out today by tracked delivery.",
            False,
        ),
        (
            "service",
            "The app keeps logging me out.",
            "Logging out keeps happening when the app's storage is full, so clearing the "
            "cache usually fixes it.",
            False,
        ),
        # look-alikes: counselling
        (
            "counselling",
            "I've tried to quit smoking five times.",
            "What was different about the time that lasted longest?",
            False,
        ),
        (
            "counselling",
            "I feel so anxious at night.",
            "Have you tried breathing exercises before bed? They can really help with anxiety.",
            False,
        ),
        (
            "counselling",
            "My drinking's got worse since the divorce.",
            "Lots of people find drinking creeps up after a big loss like a divorce.",
            False,
        ),
        (
            "counselling",
            "I'm not sure I'm ready to stop.",
            "That's completely okay, there's no rush.",
            False,
        ),
        (
            "counselling",
            "I went a whole week without a cigarette.",
            "That's brilliant, well done you!",
            False,
        ),
        (
            "counselling",
            "I just feel so stuck.",
            "When you say stuck, what does that feel like?",
            False,
        ),
        (
            "counselling",
            "My husband thinks I'm overreacting.",
            "Does he think you're overreacting about everything, or just this?",
            False,
        ),
        (
            "counselling",
            "I get really angry at work.",
            "When I was your age I had a terrible temper too, and boxing sorted me out.",
            False,
        ),
        ("counselling", "I don't want to take tablets.", "Right.", False),
        ("counselling", "I think I drink because I'm bored.", "Yeah, yeah, sure.", False),
        (
            "counselling",
            "I'm thinking of going back to college.",
            "You should definitely go back to college, it'd be great for you.",
            False,
        ),
        (
            "counselling",
            "My appointment is on the 14th at 3.",
            "The 14th at 3, I've written it down.",
            False,
        ),
        # look-alikes: coaching
        (
            "coaching",
            "I want to get better at delegating.",
            "Try picking one task this week and handing it over completely.",
            False,
        ),
        (
            "coaching",
            "I'm nervous about the presentation.",
            "Everyone gets nervous before presentations, it's perfectly normal.",
            False,
        ),
        (
            "coaching",
            "I keep procrastinating on the report.",
            "Why do you think you keep procrastinating on it?",
            False,
        ),
        ("coaching", "My goal is to run 10k by June.", "Great goal.", False),
        (
            "coaching",
            "I've decided to ask for a pay rise.",
            "Okay, let's plan what you'll say to your manager.",
            False,
        ),
        (
            "coaching",
            "I find it hard to say no.",
            "Saying no gets easier with practice, so start with small requests.",
            False,
        ),
        (
            "coaching",
            "The meeting is on Tuesday the 9th at 10 in room 4B.",
            "Tuesday the 9th, 10am, room 4B. Noted.",
            False,
        ),
        ("coaching", "I felt great after the session.", "Exactly.", False),
        # look-alikes: helpline
        (
            "helpline",
            "I can't stop crying.",
            "I'm so sorry you're going through this.",
            False,
        ),
        (
            "helpline",
            "I feel really alone.",
            "You're not alone, we're here for you any time, day or night.",
            False,
        ),
        (
            "helpline",
            "I'm scared about the debt.",
            "You can call the free debt advice line on 0800 123 456, they're open until 8.",
            False,
        ),
        (
            "helpline",
            "I don't know what to do anymore.",
            "What's been happening today that's brought this up?",
            False,
        ),
        (
            "helpline",
            "My name is Sam and I'm calling from Bristol.",
            "Hi Sam, in Bristol, thanks.",
            False,
        ),
        ("helpline", "I had a panic attack on the bus.", "Mm-hmm.", False),
        (
            "helpline",
            "I keep having these dark thoughts.",
            "Are you having thoughts of ending your life?",
            False,
        ),
        (
            "helpline",
            "My landlord is threatening to evict me.",
            "Under the law your landlord has to give you at least two months' written notice.",
            False,
        ),
    ],
}

SETTINGS = {"service", "counselling", "coaching", "helpline"}


def test_the_block_is_half_reflections_across_the_settings() -> None:
    for cases in BLOCKS.values():
        assert len(cases) == 80
        assert sum(expected for *_, expected in cases) == 40
        assert {case[0] for case in cases} == SETTINGS
    texts = [case[2] for cases in BLOCKS.values() for case in cases]
    assert len(set(texts)) == len(texts)


# Floors (precision, recall, F1) a little under what each block now scores.
FLOORS: dict[str, tuple[float, float, float]] = {
    "block 1": (0.95, 0.97, 0.96),
}


@pytest.mark.parametrize("block", BLOCKS.keys())
def test_the_block_holds_its_floors(block: str) -> None:
    assert_holds_floors(BLOCKS[block], FLOORS[block])


#: The kinds block 1 mended and their neighbours, in new sentences: (their turn, the
#: reply, reflects?).
KINDS: dict[str, tuple[str, str, bool]] = {
    "a record read back with its dated participle": (
        "My booking reference is TR55M.",
        "Booking TR55M, booked for 12 June?",
        False,
    ),
    "a card read back with the day it was charged": (
        "The card ending 7781 was charged twice.",
        "The card ending 7781, charged on the 2nd, yes?",
        False,
    ),
    "what went wrong with the record, said back": (
        "My order 44120 went to the wrong house.",
        "So order 44120, delivered to the wrong house.",
        True,
    ),
    "a dated record inside their story": (
        "My order 44120 went to the wrong house.",
        "So your order 44120, delivered on the 3rd, went next door.",
        True,
    ),
    "a command behind a condition in their words": (
        "My screen goes black after the update.",
        "If the screen goes black, hold the power button for ten seconds.",
        False,
    ),
    "a step needed behind a condition in their words": (
        "My screen goes black after the update.",
        "Once the screen goes black, you'll need to restart the laptop.",
        False,
    ),
    "an opening fragment of theirs, then a reaction": (
        "The washer leaks every time I use it.",
        "Three leaks in a week, I can see why you're fed up.",
        True,
    ),
    "praise of their plan": ("My plan is to walk to work every day.", "Great plan.", False),
    "praise of their aim": ("My aim is to finish the course by spring.", "Such a nice aim!", False),
    "praise set off before their words": (
        "I finally got the new job.",
        "Great, the new job!",
        True,
    ),
    "praise that was theirs": ("It was a good game though.", "A good game.", True),
    "a frame of checking understanding": (
        "The bill went up and nobody told me.",
        "Let me see whether I understand: your bill rose without any warning.",
        True,
    ),
    "checking for a letter, no frame": (
        "The bill went up and nobody told me.",
        "Let me see if I can find the letter we sent.",
        False,
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    context, text, expected = KINDS[kind]
    assert paraphrased(context, text) is expected
