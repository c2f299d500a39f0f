"""A fifteenth fresh check for `asks_open_question`: fifty counsellor, coach and
health-worker turns in the motivational-interviewing style (long spoken turns that
reflect and then ask, a question that ends or starts the turn, a transcript with no
"?", "so what's…", "and how about…", "how so?", "I'm curious what…", "say more"), and
thirty service and helpline turns, each with the other's turn before it; half open.
Written in session 20 (24 November 2026), after reading the AnnoMI development errors
by kind (no line copied). Every row was written and labelled before the detector read
it. Not taken from any labelled corpus.

Labels follow `test_open_questions_fresh14.py`, and: "I'm curious what / how…" invites
as "I wonder what…" does; "what do you think, would that work?" puts a yes/no question
in the end and is closed; "how about…" and a topic asks, "what about…" and a doing
suggests.

First read (F1), against the engine as it stood at the session's start (2775494):

- block (80 rows): 0.963 (P 0.95, R 0.97). Every "tell me / say more / walk me
  through", "I'm curious what", "how so?", "and how about…", "so what's…" with no "?",
  every long turn that reflects and then asks, and every closed form with "what" or
  "how" inside it (a yes/no over a wh-clause, a pseudo-cleft, a tag, a choice, "I
  wonder if…", "anything else", "what about" and a doing) was read as labelled. Three
  rows were not, of three kinds: a wh-question after a fronted "if…" clause with no
  "?" ("If you had it back tomorrow, what would be the first thing you'd notice",
  missed: without an inversion, a wh-clause after a comma counted only after openers);
  a lead-in asking for a view and then a yes/no question ("What do you think, would
  Tuesday and Thursday work for you?", read open: the yes/no tail was taken as an
  answer offered only with a pronoun after its auxiliary); and a marvel with no "?"
  ("How brilliant is that.", read open). Mended by kind: a fronted clause of condition
  or time (`fronted_clause_starts`) before the wh-clause counts as openers do (not a
  "which" hung on it, "once it's dry, which takes an hour"); "what do / would you
  think / say / reckon," and then an auxiliary and a noun, determiner or pronoun puts a
  yes/no (not "…, would be best?", the lead-in's own question going on); "how" and a
  quality, "is/was" and "that/this" closing the sentence with no "?" marvels. Then
  1.000.

Two kinds from the AnnoMI development errors, mended beside them (each a wider reading
of a rule already standing): an invitation cut off by a dash before a statement joined
on by a linker ("I'm wondering about-- because it sounds like…"), which the eleventh
check's rule missed when the linker came first; and "what / how about" dropped, after a
filler, for a story or a proposal ("so what about, um, I know someone who…", "how
about, uh, we…"), which the standing "how about we…" rule missed when a filler stood
between. Dev asks_open_question 0.9470 -> 0.9474 (AnnoMI 0.8626 -> 0.8662, P 0.887 ->
0.895, two closed rows no longer read as open; Switchboard 0.9547 unchanged, no row
changed); paraphrases untouched (0.7308; AnnoMI 0.7040).

The AnnoMI rows still wrong (39 missed, 24 taken) are the kinds the standing labels
decide against the coders on purpose, and the development rows back them: a yes/no
question over "any / anything" is labelled open by the AnnoMI coders 7 times and closed
5 times (Switchboard: closed 161 times, open 5); a wh-question after a time, an amount
or a place ("when do you usually…", "how much does it cost…") open 10 times, closed 3.
The rest are reflections said with a "?" or a tag, permissions ("do you mind if we…"),
"I wonder if…", and fragments with no question in them.
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh14 import Row, asks_openly_after, block_scores

ROWS: list[Row] = [
    # counselling, coaching, health: open
    (
        "counselling",
        "I keep telling myself I'll cut down after the holidays.",
        "Mm. So there's a part of you that wants to cut down and a part that keeps pushing "
        "it back, and that's a hard place to sit in. What usually happens when the holidays "
        "come round",
        True,
    ),
    (
        "health",
        "My doctor says my blood pressure is up again.",
        "Okay, so the numbers have crept up again and you've been told that before. And I'm "
        "curious, what went through your head when she told you?",
        True,
    ),
    ("counselling", "I don't know, it just felt pointless.", "How so?", True),
    (
        "counselling",
        "Weekdays I'm fine, honestly.",
        "Right, weekdays are manageable for you. And how about the weekends?",
        True,
    ),
    (
        "health",
        "I've tried the patches twice.",
        "So you've given the patches a real go, twice. So what's been different about the "
        "times it worked for a bit",
        True,
    ),
    (
        "counselling",
        "My son won't speak to me when I've had a drink.",
        "That must sting. What do you make of the way he reacts?",
        True,
    ),
    (
        "health",
        "I want to be around for my grandkids.",
        "You want to see them grow up. What would being around for them look like, day to day?",
        True,
    ),
    (
        "coaching",
        "Walking helps, I suppose.",
        "Walking helps. Tell me a bit more about when you walk and how you feel afterwards.",
        True,
    ),
    (
        "counselling",
        "I've been sleeping badly.",
        "Uh, and so, um, the sleep has been, uh, pretty broken lately, and I wonder how "
        "that's affecting the rest of your day",
        True,
    ),
    (
        "counselling",
        "It's just easier to stay in.",
        "What makes staying in feel easier than going out?",
        True,
    ),
    (
        "coaching",
        "I used to run, years ago.",
        "Oh, you used to run. What did you enjoy about it back then?",
        True,
    ),
    (
        "counselling",
        "My partner thinks I'm overreacting.",
        "And you feel like she doesn't quite see how hard this is. Where do you think that "
        "gap between you comes from?",
        True,
    ),
    (
        "health",
        "I guess I could try cutting out the lunchtime pint.",
        "That's one idea. What else might help, do you think?",
        True,
    ),
    (
        "health",
        "I'm scared of gaining weight if I stop.",
        "That's a real worry for a lot of people. How have you handled worries like that in "
        "the past?",
        True,
    ),
    (
        "health",
        "Honestly, the insulin scares me.",
        "Okay. Say more about what scares you about it.",
        True,
    ),
    (
        "health",
        "I'm fine with the tablets most days.",
        "Mm-hmm, most days are fine. And on the days that aren't, what's going on for you?",
        True,
    ),
    (
        "counselling",
        "I just want my life back.",
        "You want your life back. If you had it back tomorrow, what would be the first thing "
        "you'd notice",
        True,
    ),
    (
        "counselling",
        "My mum drank, so I know where this goes.",
        "You've seen where it can lead, up close. How does that shape the way you look at "
        "your own drinking?",
        True,
    ),
    (
        "health",
        "We've got the scan next month.",
        "Okay, and how are you feeling about the scan coming up?",
        True,
    ),
    (
        "health",
        "I keep skipping the exercises the physio gave me.",
        "What gets in the way of doing the exercises?",
        True,
    ),
    (
        "counselling",
        "The group was a bit much at first.",
        "A bit much at first, and now? How's it been since then?",
        True,
    ),
    (
        "counselling",
        "I don't want to be that dad.",
        "So being a good dad really matters to you, and you're worried the drinking could "
        "get in the way of that. Why is that so important to you?",
        True,
    ),
    (
        "health",
        "I do fine until someone offers me one.",
        "So the offer is the tricky moment. Walk me through what happens when somebody "
        "offers you a cigarette.",
        True,
    ),
    (
        "coaching",
        "I could ask my sister to help with the kids.",
        "Your sister could be part of this. Um, what would you need to ask her for, exactly?",
        True,
    ),
    (
        "health",
        "I've been more tired since the new meds.",
        "Tired since the new tablets. I'd like to hear what a typical day has been like "
        "since you started them.",
        True,
    ),
    # counselling, coaching, health: closed
    (
        "coaching",
        "I think I could manage two nights off a week.",
        "Two nights off. What do you think, would Tuesday and Thursday work for you?",
        False,
    ),
    (
        "counselling",
        "I'm not sure what to do next.",
        "Would you rather we looked at the eating first or the drinking?",
        False,
    ),
    (
        "health",
        "I've cut down to five a day.",
        "So you've already halved it, and that took some doing. Are you proud of that?",
        False,
    ),
    (
        "counselling",
        "I get really anxious at night.",
        "Do you know what tends to set it off?",
        False,
    ),
    (
        "health",
        "My GP mentioned a support group.",
        "Have you thought about whether you might give the group a try?",
        False,
    ),
    (
        "counselling",
        "It's been hard since the divorce.",
        "It sounds like the divorce has knocked you sideways, and you're still finding your feet.",
        False,
    ),
    (
        "counselling",
        "I drink maybe four nights a week.",
        "So it's around four nights a week, is that right?",
        False,
    ),
    (
        "counselling",
        "I'm really not ready to stop yet.",
        "You're not ready yet, and that's okay. Would it be alright if I shared a little of "
        "what other people have found helpful?",
        False,
    ),
    (
        "health",
        "My knee is the main thing stopping me.",
        "So the knee is what's holding you back from the exercise",
        False,
    ),
    (
        "coaching",
        "I think I can do it this time.",
        "What I'm hearing is a lot more confidence than when we first met.",
        False,
    ),
    (
        "health",
        "Mostly it's at work that I snack.",
        "Is it more in the morning or the afternoon that you snack?",
        False,
    ),
    (
        "health",
        "I've been taking them with breakfast.",
        "And have you had any side effects since you started?",
        False,
    ),
    (
        "health",
        "I might try the app you mentioned.",
        "Great. Shall we look at it together before you go?",
        False,
    ),
    (
        "counselling",
        "I think that's everything really.",
        "Okay. Is there anything else you wanted to bring today?",
        False,
    ),
    (
        "health",
        "I'm worried about my liver.",
        "You're worried about what the drinking might be doing to your liver",
        False,
    ),
    (
        "counselling",
        "I told him I'd think about it.",
        "And did you get a chance to think about how you'd bring it up with him?",
        False,
    ),
    (
        "health",
        "I'm seeing the nurse on Friday.",
        "So you've got the nurse on Friday, and you'll ask her about the dose then, yeah?",
        False,
    ),
    (
        "health",
        "Sometimes I forget the evening tablet.",
        "I wonder if a reminder on your phone might help with the evening one.",
        False,
    ),
    (
        "health",
        "I haven't smoked since Sunday.",
        "Since Sunday! That's four whole days. How brilliant is that.",
        False,
    ),
    (
        "health",
        "Maybe I'll try the nicotine spray.",
        "What about starting with the spray this week and seeing how it goes?",
        False,
    ),
    (
        "counselling",
        "Work is the main trigger.",
        "So what you're saying is that work is where most of the pressure comes from, and "
        "the drinking follows it.",
        False,
    ),
    (
        "coaching",
        "I'd like to try cutting down first.",
        "Okay, cutting down first. Could we set a number for this week, say three nights?",
        False,
    ),
    (
        "counselling",
        "He said I was being dramatic.",
        "Mm, and when he said that, you felt like you weren't being taken seriously at all?",
        False,
    ),
    (
        "counselling",
        "I feel like I've let everyone down.",
        "You feel you've let them down. Who wouldn't feel low after a year like that.",
        False,
    ),
    (
        "health",
        "I've got the leaflet somewhere.",
        "Do you remember what the leaflet said about the dose?",
        False,
    ),
    # service and helpline: open
    (
        "service",
        "The app keeps logging me out.",
        "Sorry about that, it's really annoying to be thrown out mid-task. What were you "
        "doing in the app when it logged you out?",
        True,
    ),
    (
        "service",
        "My order came damaged.",
        "Oh no, I'm sorry it arrived like that. Can you tell me a little about the damage so "
        "I can get the right replacement out?",
        True,
    ),
    (
        "service",
        "I'm calling about my bill.",
        "Of course, I can help with that. So what's looking different on this month's bill",
        True,
    ),
    (
        "service",
        "The engineer never came.",
        "I'm so sorry, that's a whole day gone. Talk me through what happened on the day.",
        True,
    ),
    (
        "service",
        "I've been on hold for an hour.",
        "That's far too long, I'm sorry. How can I help you today?",
        True,
    ),
    (
        "service",
        "I don't understand this letter.",
        "No problem, let's go through it together. Which part of the letter is confusing you?",
        True,
    ),
    (
        "helpline",
        "I can't cope with the debt any more.",
        "It sounds like it's all got on top of you, and I'm glad you called. How are you "
        "managing at the moment, day to day?",
        True,
    ),
    (
        "service",
        "The heating's not working properly.",
        "Okay. And how's it not working, what are you noticing?",
        True,
    ),
    (
        "service",
        "I want to cancel my membership.",
        "I can sort that for you. Before I do, I'm curious what made you decide to leave",
        True,
    ),
    (
        "service",
        "The new router is slower than the old one.",
        "Hmm, that's not what should happen. How are you connecting, and what are you using "
        "the internet for when it slows down?",
        True,
    ),
    (
        "helpline",
        "My mum's carer didn't turn up.",
        "I'm sorry, that must have been worrying. How did your mum get on without her this "
        "morning?",
        True,
    ),
    (
        "service",
        "The refund hasn't arrived.",
        "I'm sorry it's still not with you. When did you send the item back?",
        True,
    ),
    (
        "service",
        "Your website took my money twice.",
        "That's not okay and I'll get it sorted. How much came out of your account each time?",
        True,
    ),
    (
        "service",
        "I'm not happy with the repair.",
        "I'm sorry to hear that. What would a good outcome look like for you?",
        True,
    ),
    (
        "helpline",
        "I keep getting these calls.",
        "That sounds really unsettling. And how about the calls themselves, what do they say "
        "when you pick up?",
        True,
    ),
    # service and helpline: closed
    (
        "service",
        "The radiators barely warm up.",
        "Okay, and is it not coming on at all, or coming on but not getting hot?",
        False,
    ),
    (
        "service",
        "I need to change my delivery.",
        "No problem. What's the order number, please?",
        False,
    ),
    (
        "service",
        "I was charged a late fee.",
        "I'm sorry about that. Would you like me to take the fee off for you?",
        False,
    ),
    (
        "service",
        "I can't log in.",
        "Sorry you're locked out. Do you know which email address you used to sign up?",
        False,
    ),
    (
        "service",
        "The parcel's still not here.",
        "I'm sorry. I can either send a new one today or refund you in full. Which would you "
        "prefer?",
        False,
    ),
    (
        "service",
        "My card was declined.",
        "Oh, that's frustrating. Have you tried paying with a different card?",
        False,
    ),
    (
        "service",
        "The courier said it's at the depot.",
        "Right, so it's sitting at the depot and hasn't been sent back out, yes?",
        False,
    ),
    (
        "helpline",
        "I need help with my account.",
        "Of course. Can I take your full name and date of birth, please?",
        False,
    ),
    (
        "service",
        "I rang yesterday too.",
        "I'm sorry you've had to call again. Did the person you spoke to give you a "
        "reference number?",
        False,
    ),
    (
        "service",
        "I'd like a refund.",
        "I can do that for you. What would you prefer, a refund to your card or store credit?",
        False,
    ),
    (
        "service",
        "The leak's coming through the ceiling.",
        "Okay, that's urgent. Is anyone in the property at the moment?",
        False,
    ),
    (
        "service",
        "Can I change my plan?",
        "Yes, you can. What I'll do now is send you a link with the three plans on it.",
        False,
    ),
    (
        "service",
        "My bill went up.",
        "I'm sorry it's gone up without warning. You know what, I'll check whether there's "
        "a better tariff for you.",
        False,
    ),
    (
        "service",
        "Is the shop open Sunday?",
        "It is, ten till four. Is there anything else I can help you with today?",
        False,
    ),
    (
        "helpline",
        "I'm worried about my gas meter.",
        "Okay, can you smell gas in the house right now?",
        False,
    ),
]


def test_the_block_is_balanced_unique_and_leans_on_counselling() -> None:
    assert len(ROWS) == 80
    assert sum(expected for *_, expected in ROWS) == 40
    assert len({text for _, _, text, _ in ROWS}) == len(ROWS)
    service = [row for row in ROWS if row[0] in {"service", "helpline"}]
    assert len(service) == 30
    assert sum(expected for *_, expected in service) == 15


FLOOR = 0.98


def test_the_block_holds_its_floor() -> None:
    scores = block_scores(ROWS)
    assert scores.f1 >= FLOOR, scores.summary()


#: The kinds mended and their neighbours, in new sentences: (the words, open?).
KINDS: dict[str, tuple[str, bool]] = {
    "a view asked, then a yes/no about a day": (
        "What do you think, would Monday evenings suit you better?",
        False,
    ),
    "a view asked, then a yes/no about a thing": (
        "What would you say, is the morning walk still doable?",
        False,
    ),
    "the view's own question going on after the comma": (
        "What do you think, would be the hardest part?",
        True,
    ),
    "a view asked of the person named": ("What do you think, Priya?", True),
    "a marvel closed by a full stop": (
        "Three weeks without a single cigarette. How amazing is that.",
        False,
    ),
    "a marvel closed by an exclamation mark": ("You got the job! How good was that!", False),
    "a degree asked about the person, no question mark": (
        "How hard is that for you, day to day",
        True,
    ),
    "a degree asked, no question mark": ("How bad is it now", True),
    "a wh-question after a fronted 'if' clause, no question mark": (
        "If the pain eased off tomorrow, what would be the first thing to change",
        True,
    ),
    "a wh-question after a fronted 'when' clause, no question mark": (
        "When the urge comes at night, what tends to help most",
        True,
    ),
    "a relative 'which' hung on a fronted clause": (
        "Once the form's in, which usually takes a day, we'll call you",
        False,
    ),
    "a pseudo-cleft after a fronted clause": (
        "If it's easier, what we can do is meet at the surgery",
        False,
    ),
    "an invitation cut off before 'because' and a statement": (
        "I'm curious about-- because you said the evenings are the worst part.",
        False,
    ),
    "an invitation cut off before 'so' and a statement": (
        "Tell me about-- so you've been back at work two weeks now.",
        False,
    ),
    "an invitation cut off before 'and' and a question": (
        "Tell me about-- and how did your dad take the news?",
        True,
    ),
    "'what about' dropped for a story": (
        "So what about, um, I had someone last year who tried the same thing.",
        False,
    ),
    "'how about' and a filler before a proposal": (
        "How about, uh, we look at the mornings first?",
        False,
    ),
    "'what about' and a filler before a topic": ("What about, um, your brother?", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly_after("", text) is expected
