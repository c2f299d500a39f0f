"""`offers_solution` and `gains_agreement`: a fourth round of lines written apart from the
data and from the earlier rounds (`test_offers_agreement_fresh.py`, `…_fresh2.py`,
`…_fresh3.py`).

Every line was written for this file, in the author's own words, with the other party's
previous turn as context and both labels decided before the detectors were run on it.
About a third are counselling in the style of motivational interviewing (the development
data's source, with its fillers), the rest service chat, e-mail, phone and social replies.

What counts. An offer: the agent proposes an action or remedy for the customer's problem
("I can…", "we could…", "how about…", "the best thing would be…", a step said as an
instruction, "you're welcome to…", "either… or…", where the customer can get it). Asking
for agreement: a check that the customer accepts a proposed step ("would that work?",
"shall I go ahead?", "is that okay with you?", "does Tuesday suit?", "are you happy for me
to…?"), a choice between steps, or a goal asked for in counselling ("what time would be
realistic for lights out?"). Neither: questions that gather facts, explanations, status,
a hand-off, sympathy alone, permission to share information ("would it be okay if I shared
a bit about…?"), a check of a fact after an offer ("is that email still the best way to
reach you?").

- `BLIND_A` (61 lines), written before this round's changes and scored once with the rules
  as they stood: 0.800 / 0.865 (offers / agreement; P 0.929 R 0.703 and P 0.889 R 0.842).
  Then read for errors, counted by kind: an agent action whose verb the rules did not
  know ("I can reverse it", "I can do 12 noon", "I'll put £39.99 back", five lines, most
  with a check after them), where to get help ("there's also the clinic", "they do free
  drop-ins", "is cheap before nine"), what helped others, "would you be up for…", "we
  could aim for…", a follow-up plan ("we'll check in next week"); a goal asked with "do
  you reckon" or "what time… would be realistic", "would now be a good time?". Fixed by
  verb classes and frames, not by these sentences. One negative line, read right, was
  reworded afterwards because an earlier round already held it word for word.
- `BLIND_B` (55 lines, new wording), written after that round and scored once before its
  errors were read: 0.741 / 0.696 (P 0.909 R 0.625 and P 1.000 R 0.533), the same as the
  rules before the round read it: the first round's classes had not reached new wording.
  Its errors by kind: a remedy judged ("a swap worth trying", "is one way round that"),
  what "my clients" do, "other routes", a step asked politely ("could you unplug it…?"), a
  plan's benefit ("if you move to the SIM-only deal you'd keep…"), "once you add the card,
  it'll restart", "I'll get that corrected", "he could come out", "we'd be happy to take
  them back", "shall I run through…"; agreement: goal questions ("what sort of limit would
  you want to set?", "when do you think you might go along?"), "shall we say Saturday?",
  "any good for you?", "are you still happy to go ahead?", "how would it be if we…?".
  Look-alikes: a wh-question about what the client could do ("when do you think you might
  go…?") is not an offer, nor is "that could make a real difference" said of the client's
  own idea. Then fixed by those classes.
- `BLIND_C` (54 lines, new wording again: insurance, vets, IT desk, dentist, gambling and
  medication in counselling), written after the second round and scored once before its
  errors were read: 0.778 / 0.783 (P 1.000 R 0.636 and P 1.000 R 0.643), again the same as
  the rules before this session's work. Its errors by kind: a remedy said as a gerund with
  what it does ("taking the tablets at the same time tends to even things out",
  "connecting with a cable would show us…"; now any remedy gerund followed by a modal and
  a verb of good effect, not "can be hard" or "can make it worse"), "you could have a line
  ready", "there's a lozenge version as well", a joint step ("would you want to look at a
  few together?", "let's look at your budget together", "let's find a figure"), "one trick
  is to…", what a change does to the price ("if you add a second driver…, the premium
  drops"), a thing kept for the customer ("I've protected a seat for you"), a slot that
  came free ("we had a cancellation for tomorrow") and "could you make that?", "he's
  welcome to have a look", "would a freeze be worth considering?", "what would you need to
  have done by…?", "let us know which!". Where this round's author and an earlier one
  disagree, the rules follow the earlier round and the lines keep their own label: "would
  a freeze for three months be worth considering instead?" is agreement here, not there
  ("would a reminder on your phone be worth a try?").
- `BLIND_D` (54 lines), written after the third round and scored once before its errors
  were read: 0.737 / 0.783 (P 0.955 R 0.600 and P 0.900 R 0.692), once more the same as
  the rules before this session: three rounds of classes fitted to three blocks did not
  move the first read of the next one. Its errors by kind: steps said with verbs the
  instruction list lacked ("undo the harness…, flatten the strap", "twist it out",
  "show this tweet at the counter"), "is an easy way to…", "would it be worth asking…?",
  "shall we go through…?", "do you want to set a quit date?", "are both free if you'd like
  a window", "your drink's on us", "would morning or afternoon be better?", "the earliest
  I have is the 12th"; agreement: "what would you like to have in place before then?",
  "which days of the week would you pick?"; look-alikes: "I'll see what I can do" is not
  an offer, and "is the email … still right?" after an offer checks a fact. Fixed by
  those classes. A remedy already done ("I've chased the contractor", "I've cancelled
  it") stays unheard: the first round counts it as status, and the rules follow it.
  One negative line, read right, was reworded afterwards ("We're open 10 till 4 on
  Sundays." was already an earlier round's, word for word).
- `BLIND_E` (54 lines), written after the fourth round and scored once, never read for
  errors: 0.836 / 0.750 (P 1.000 R 0.719 and P 1.000 R 0.600); the rules before this
  session read it the same, 0.836 / 0.750. The honest figure for the rules as they stand:
  the classes added for blocks A-D (precision held at 1.000 on every later block) have
  not yet reached wording nobody fitted them to. One structural rule, designed from
  blocks A-D and the earlier rounds before it was run on this block, then moved its
  agreement to 0.800 (P 1.000 R 0.667): a yes/no question after an offer in the same turn
  that is not itself the offer ("could you make that?", "can someone be in between 8 and
  12?", "any good for you?"). Then read for errors and fixed by class: an agent action
  with a verb the rules lacked ("we'll remix it", "I'll write to your GP"), asking someone
  else to act ("I could ask them to hold one", "I've asked an engineer to reconnect
  you"), "a cheap alarm clock means the phone can stay downstairs", a suggestion asked
  with "instead / for a while", "… can help get it out of your head", "are you alright
  for me to…?"; agreement: "so from when?", "could you see yourself doing that?", "…, if
  that suits?", an offer said with a question mark ("I could ask them to hold one for
  you?"). "What would cutting down look like for you?" stays unheard as agreement: an
  earlier round labels it neither.
- `BLIND_F` (50 lines), written after the fifth round and scored once, never read for
  errors: 0.830 / 0.880 (P 0.957 R 0.733 and P 1.000 R 0.786); the rules before this
  session: 0.830 / 0.727 (R 0.571). The honest figure for the rules as they stand:
  agreement now carries over to new wording (the structural check after an offer, the
  goal questions), offers still do not. Keep it unread and write a new set to measure the
  next round.
"""

from __future__ import annotations

import pytest

from .test_offers_agreement_fresh import SETS as FIRST_ROUND
from .test_offers_agreement_fresh import Line
from .test_offers_agreement_fresh2 import SETS as SECOND_ROUND
from .test_offers_agreement_fresh2 import assert_new_and_balanced, scores_on
from .test_offers_agreement_fresh3 import SETS as THIRD_ROUND

Y, N = True, False

BLIND_A: list[Line] = [
    # Counselling: advice, options, goal setting, with hedges and fillers.
    Line(
        "I keep forgetting to take my blood pressure pills.",
        "Um, a lot of folks keep them right next to the kettle, so they see them first thing.",
        Y,
        N,
    ),
    Line(
        "I really want to cut down on the vaping.",
        "One route would be to step down the nicotine strength every couple of weeks.",
        Y,
        N,
    ),
    Line(
        "I'm not sure about the group sessions.",
        "How would you feel about trying just one session and seeing how it goes?",
        Y,
        Y,
    ),
    Line(
        "Maybe I could walk to work twice a week.",
        "Twice a week, okay. So, shall we put that down as your goal for the next month?",
        N,
        Y,
    ),
    Line(
        "I drink mostly when I'm bored.",
        "You know, finding something else for your hands in the evening, like a puzzle or a bit "
        "of gardening, can really help.",
        Y,
        N,
    ),
    Line(
        "I don't think I can stop completely.",
        "That's fine, and cutting back is a real option too, we could aim for dry weekdays to "
        "begin with.",
        Y,
        N,
    ),
    Line(
        "I've been smoking since I was fourteen.",
        "So it's been a big part of your life for a long time.",
        N,
        N,
    ),
    Line("My doctor wants me to lose weight.", "What has she told you about why it matters?", N, N),
    Line(
        "I guess I could try the app you mentioned.",
        "Great. Would you be up for giving it a week and then we'll look at how it went?",
        Y,
        Y,
    ),
    Line(
        "I'm worried about the withdrawal.",
        "Would it be okay if I shared a bit about what people usually experience?",
        N,
        N,
    ),
    Line(
        "I want to get more sleep.",
        "Uh, what time do you think would be realistic for lights out?",
        N,
        Y,
    ),
    Line(
        "I've tried everything to quit.",
        "There's also the stop smoking clinic at the health centre, they do free drop-ins on "
        "Thursdays.",
        Y,
        N,
    ),
    Line(
        "I can't afford a gym.",
        "Swimming at the leisure centre is cheap before nine, or there are free park runs on "
        "Saturdays.",
        Y,
        N,
    ),
    Line("I think my drinking is fine.", "You don't see it as a problem right now.", N, N),
    Line(
        "I want to tell my wife but I'm scared.",
        "Maybe you could write down what you want to say first, so it's clearer in your head.",
        Y,
        N,
    ),
    Line(
        "Okay, I'll try the patches.",
        "Alright, so patches from Monday, and we'll check in next week. Does that sound like a "
        "plan?",
        Y,
        Y,
    ),
    Line(
        "I don't know where to start.",
        "Could I suggest keeping a simple diary of when you smoke for the next week?",
        Y,
        N,
    ),
    Line("My son wants me to stop.", "How does he feel about it?", N, N),
    Line(
        "I suppose I could cut out the afternoon cola.",
        "That sounds like a good place to start. How many days this week do you reckon you could "
        "manage without it?",
        N,
        Y,
    ),
    Line(
        "I get anxious on the bus.",
        "What's helped others is putting headphones on with something familiar to listen to.",
        Y,
        N,
    ),
    Line(
        "I always smoke with my coffee.", "Would you say that's the hardest one to give up?", N, N
    ),
    Line(
        "Maybe I'll just cut down to five a day.",
        "Five a day. What do you think, could we make that the target until we next meet?",
        N,
        Y,
    ),
    Line(
        "I feel like I've failed again.",
        "It sounds like that slip really knocked your confidence.",
        N,
        N,
    ),
    # Service: chat, e-mail, phone, social.
    Line(
        "My washing machine is leaking.",
        "Pop the filter door open at the bottom and check nothing's stuck in there.",
        Y,
        N,
    ),
    Line(
        "I was charged twice for my order.",
        "I'm so sorry. I've spotted the duplicate and can reverse it straight away, shall I go "
        "ahead?",
        Y,
        Y,
    ),
    Line(
        "The app keeps logging me out.",
        "Clearing the app's cache from your phone settings normally fixes that.",
        Y,
        N,
    ),
    Line(
        "My train was cancelled.",
        "Your ticket is valid on the next service, or you can claim a full refund through our "
        "website.",
        Y,
        N,
    ),
    Line(
        "The sofa arrived with a tear.",
        "We can either send a technician to repair it or collect it and deliver a new one. Which "
        "would suit you better?",
        Y,
        Y,
    ),
    Line(
        "Can I change my delivery address?",
        "I can update it now. Is the new address the one on your account?",
        Y,
        N,
    ),
    Line(
        "My internet has been slow all week.",
        "I've run a line test and there's a fault at the exchange, which our engineers are "
        "working on.",
        N,
        N,
    ),
    Line(
        "I'd like a refund please.",
        "Of course. I'll put £39.99 back on your card, is that okay with you?",
        Y,
        Y,
    ),
    Line("When will my parcel arrive?", "It's with the courier and due tomorrow before 6pm.", N, N),
    Line(
        "The heating in my room isn't working.",
        "I'm really sorry about that. Would you like us to move you to a warmer room on the third "
        "floor?",
        Y,
        Y,
    ),
    Line(
        "I can't find the charger for the camera.",
        "You're welcome to pick up a spare from our front desk, there's no charge.",
        Y,
        N,
    ),
    Line(
        "Why is my bill so high?",
        "It includes the quarterly line rental, which is charged every three months.",
        N,
        N,
    ),
    Line(
        "I need to cancel my appointment.",
        "No problem. I've got Friday at 10:30 or Monday at 2, would either of those work?",
        Y,
        Y,
    ),
    Line(
        "Can you send me a new card?",
        "Happy to. Are you happy for me to cancel the old one at the same time?",
        Y,
        Y,
    ),
    Line(
        "The printer says paper jam but there's nothing there.",
        "Try turning it off, lifting the back cover and checking for small torn bits.",
        Y,
        N,
    ),
    Line("Your website won't take my card.", "What version of the app is on your phone?", N, N),
    Line(
        "I'm really unhappy with the service.",
        "I hear you, and I'm sorry we've fallen short.",
        N,
        N,
    ),
    Line(
        "I want to upgrade my phone.",
        "You're eligible for an upgrade from the 14th, and the best thing would be to wait until "
        "then so you don't pay an early exit fee.",
        Y,
        N,
    ),
    Line(
        "The shoes are too tight.",
        "Send them back with the returns slip and we'll swap them for a half size up.",
        Y,
        N,
    ),
    Line("Can I get a late checkout?", "I can do 12 noon free of charge. Does that suit?", Y, Y),
    Line(
        "My meter reading looks wrong.",
        "If you send us a photo of the meter, I'll correct the bill for you.",
        Y,
        N,
    ),
    Line("Do you have this in blue?", "We don't, sorry, it only comes in black and grey.", N, N),
    Line(
        "I've been waiting an hour for my food.",
        "I'll speak to the kitchen and get it out to you in five minutes, and the drinks are on "
        "us. Is that alright?",
        Y,
        Y,
    ),
    Line(
        "The boiler engineer didn't turn up.",
        "That shouldn't have happened. I can rebook for first thing tomorrow morning, would that "
        "be okay?",
        Y,
        Y,
    ),
    Line(
        "Can I pay in instalments?",
        "Yes, we can split it over three months at no extra cost.",
        Y,
        N,
    ),
    Line(
        "What's your returns policy?",
        "You have 30 days from delivery to return anything unworn.",
        N,
        N,
    ),
    Line(
        "My flight's been delayed four hours.",
        "I'm sorry. You're entitled to a meal voucher, which you can collect from the service "
        "desk by gate 12.",
        Y,
        N,
    ),
    Line("The fridge is making a buzzing noise.", "Has it been moved recently?", N, N),
    Line(
        "Can you look into my complaint?",
        "I'll look into it today and email you by 5pm with what I find. Is that email still the "
        "best way to reach you?",
        Y,
        N,
    ),
    Line("I'd like to speak to a manager.", "I'll transfer you to the duty manager now.", N, N),
    Line(
        "I'll take the credit then.",
        "Perfect. So that's a £20 credit on your next bill. Happy with that?",
        N,
        Y,
    ),
    Line(
        "The tap in the bathroom keeps dripping.",
        "Maintenance can come up in the next half hour. Would now be a good time?",
        Y,
        Y,
    ),
    Line(
        "@BrightHome my order is 2 weeks late!!",
        "So sorry for the wait! DM us your order number and we'll chase it with the courier for "
        "you.",
        Y,
        N,
    ),
    Line(
        "Still no wifi on this train",
        "Sorry about that Tom, the wifi on that unit is out of action today.",
        N,
        N,
    ),
    Line(
        "I don't understand the new tariff.",
        "Would it help if I ran through it with you on a quick call?",
        Y,
        Y,
    ),
    Line(
        "Can I bring my dog?",
        "Dogs are welcome in the garden rooms, I can switch your booking to one of those if you "
        "like.",
        Y,
        N,
    ),
    Line("The app won't load.", "Does the problem happen on wifi as well as mobile data?", N, N),
    Line(
        "I'd like to get my deposit back.",
        "We hold deposits for seven days after check-out before releasing them.",
        N,
        N,
    ),
]

BLIND_B: list[Line] = [
    Line(
        "I end up eating crisps every night in front of the telly.",
        "Hmm. Popcorn instead of crisps on weeknights might be a swap worth trying.",
        Y,
        N,
    ),
    Line(
        "My back's been killing me since I stopped swimming.",
        "Getting back in the pool even once a week could ease some of that.",
        Y,
        N,
    ),
    Line(
        "I'm rubbish at remembering appointments.",
        "A lot of my clients put a reminder on their phone the day before.",
        Y,
        N,
    ),
    Line(
        "I just don't have the energy to cook.",
        "Batch cooking on a Sunday is one way round that, so there's always something in the "
        "freezer.",
        Y,
        N,
    ),
    Line(
        "I'd like to drink less but I don't want to give up entirely.",
        "Okay, so what sort of limit would you want to set for yourself?",
        N,
        Y,
    ),
    Line("Yeah, I could try that.", "Brilliant. Shall we say starting this Saturday, then?", N, Y),
    Line(
        "I'm not sure the nicotine gum is for me.",
        "There are other routes too, like the inhalator or the mouth spray.",
        Y,
        N,
    ),
    Line(
        "I get so angry with my kids.",
        "It sounds like you're exhausted by the end of the day.",
        N,
        N,
    ),
    Line("I've cut down to ten a day.", "That's a big drop from where you were.", N, N),
    Line(
        "I'm thinking maybe I'll try the walking group.",
        "That's great. When do you think you might go along for the first time?",
        N,
        Y,
    ),
    Line(
        "I've got no one to talk to about it.",
        "The local carers' network has a phone line you can ring any time, it's run by people "
        "who've been through it.",
        Y,
        N,
    ),
    Line("I keep relapsing at parties.", "What tends to happen at those parties?", N, N),
    Line(
        "I could cut down the energy drinks, I suppose.",
        "That could make a real difference to your sleep. Is that something you want to go for?",
        N,
        Y,
    ),
    Line(
        "I just can't relax before bed.",
        "Something that might be worth a go is putting your phone in another room an hour before "
        "bed.",
        Y,
        N,
    ),
    Line(
        "Do you think I should tell my boss?",
        "Would you like to hear a few things other people in your position have done?",
        N,
        N,
    ),
    Line(
        "I'll start with the morning walks.",
        "Good. How would it be if we reviewed how the walks are going when we meet in a fortnight?",
        Y,
        Y,
    ),
    Line(
        "I'm scared of the withdrawal symptoms.",
        "What is it about the withdrawal that worries you most?",
        N,
        N,
    ),
    Line(
        "My broadband router keeps dropping the connection.",
        "Could you unplug it at the wall for thirty seconds and plug it back in?",
        Y,
        N,
    ),
    Line(
        "My card was declined at the till.",
        "It's been locked after three wrong PIN attempts. I can unlock it for you now if you can "
        "confirm your date of birth.",
        Y,
        N,
    ),
    Line(
        "The hotel room smells of smoke.",
        "I'm sorry about that. We've got a non-smoking room free on the second floor, I can have "
        "your bags moved within the hour. Does that sound alright?",
        Y,
        Y,
    ),
    Line(
        "I ordered a king-size duvet and got a single.",
        "Apologies for the mix-up! We'll courier the right one out tomorrow and you can hand the "
        "single to the driver.",
        Y,
        N,
    ),
    Line("How long is the wait for a repair?", "At the moment it's around ten working days.", N, N),
    Line(
        "I need to change the name on my booking.",
        "That's no problem at all, I'll just need the new passenger's full name as it appears on "
        "their passport.",
        N,
        N,
    ),
    Line(
        "My contract's up and I'm paying too much.",
        "If you move to the SIM-only deal you'd keep your number and pay £12 a month.",
        Y,
        N,
    ),
    Line(
        "I've been double-billed for council tax.",
        "I'll get that corrected and the overpayment refunded to you within five working days.",
        Y,
        N,
    ),
    Line(
        "The coffee machine's broken in my room.",
        "I'll send someone up with a replacement right away. Would you like a couple of fresh "
        "pastries while you wait?",
        Y,
        Y,
    ),
    Line(
        "Can I bring my appointment forward?",
        "Let me have a look. Yes, there's a cancellation on Wednesday at 9:15, shall I put you in?",
        Y,
        Y,
    ),
    Line(
        "Why did my direct debit go up?",
        "Your annual usage was higher than we estimated, so the monthly amount was recalculated.",
        N,
        N,
    ),
    Line(
        "I can't log in to the portal.",
        "Head to the login page, click 'Forgotten password', and a reset link will come to your "
        "email.",
        Y,
        N,
    ),
    Line(
        "I'm really annoyed, this is the third time.",
        "I completely understand, and I'm sorry you've had to come back to us again.",
        N,
        N,
    ),
    Line(
        "The delivery driver left my parcel in the rain.",
        "I'm sorry, that's not acceptable. If anything inside is damaged, just send me a photo and "
        "I'll arrange a replacement straight away.",
        Y,
        N,
    ),
    Line(
        "Do you price match?",
        "We do, yes. If you send me a link to the cheaper listing, I'll apply the difference to "
        "your order.",
        Y,
        N,
    ),
    Line(
        "I'd like to pay off my loan early.",
        "Sure. I'll email you a settlement figure today, valid for 28 days. Would you like me to "
        "post a copy as well?",
        Y,
        Y,
    ),
    Line("Is the pool open tomorrow?", "Yes, from 7am until 9pm.", N, N),
    Line(
        "My prescription hasn't arrived.",
        "The pharmacy shows it as dispatched yesterday, so it should land tomorrow.",
        N,
        N,
    ),
    Line(
        "Your app charged me for a subscription I cancelled.",
        "So sorry! I've refunded this month's charge and switched auto-renew off on your account.",
        Y,
        N,
    ),
    Line("Can you tell me where my order is?", "Could I take your order number, please?", N, N),
    Line(
        "Okay, go ahead and cancel it.",
        "Will do. That's cancelled now, and you'll get an email confirming it. Anything else I "
        "can help with?",
        N,
        N,
    ),
    Line(
        "The train was so packed I had to stand for two hours.",
        "That sounds miserable. You can claim Delay Repay if it was late too, but for "
        "overcrowding I can log a complaint with the operator for you.",
        Y,
        N,
    ),
    Line(
        "My boiler's showing an F28 error.",
        "That usually means it's not igniting. Check the gas is on at the meter, then hold the "
        "reset button for five seconds.",
        Y,
        N,
    ),
    Line(
        "Can I get a refund instead of a voucher?",
        "Yes, you can choose either. Which would you rather have?",
        Y,
        Y,
    ),
    Line(
        "I can't make the 2pm viewing.",
        "Not a problem, we've got 4:30 the same day or Saturday morning. Any good for you?",
        Y,
        Y,
    ),
    Line(
        "Can someone fix my fence panel?",
        "Our handyman's booked up this week, but he could come out next Tuesday. Want me to "
        "pencil that in?",
        Y,
        Y,
    ),
    Line(
        "The trainers rubbed my heels raw.",
        "Ouch, sorry to hear that! We'd be happy to take them back even though they've been worn.",
        Y,
        N,
    ),
    Line(
        "@QuickShip where's my refund? it's been 3 weeks",
        "Hi Sam, refunds take up to 10 working days to show on your statement after we receive "
        "the item.",
        N,
        N,
    ),
    Line(
        "@CityBus the 42 didn't turn up AGAIN",
        "Really sorry Jo. We've passed this to the depot manager. Send us your ticket details by "
        "DM and we'll refund today's fare.",
        Y,
        N,
    ),
    Line(
        "I'd like to downgrade my package.",
        "I can do that for you. Just so you know, you'd lose the sports channels. Are you still "
        "happy to go ahead?",
        Y,
        Y,
    ),
    Line(
        "What's the best way to contact the claims team?",
        "The claims line is 0800 123 456, open 8 till 8.",
        N,
        N,
    ),
    Line(
        "My gas meter's in a really awkward spot.",
        "We can fit a smart meter that sends the readings itself, so you'd never need to get to "
        "it.",
        Y,
        N,
    ),
    Line(
        "I'm confused about which plan to pick.",
        "Shall I run through the two plans side by side with you?",
        Y,
        Y,
    ),
    Line(
        "The room is too noisy, I can't sleep.",
        "Do you know roughly what time the noise started?",
        N,
        N,
    ),
    Line(
        "My card expired and my subscription lapsed.",
        "Ah, that'll be it. Once you add the new card under Billing, it'll restart straight away, "
        "no need to sign up again.",
        Y,
        N,
    ),
    Line(
        "Is there a charge for changing the date?", "There's a £15 amendment fee, I'm afraid.", N, N
    ),
    Line(
        "I think I'll just put it off till after Christmas.",
        "After Christmas. It sounds like now doesn't feel like the right time.",
        N,
        N,
    ),
    Line(
        "I'll try cutting out the late-night snacks.",
        "Okay, and how will you know it's going well? What would you want to see by the end of "
        "the month?",
        N,
        Y,
    ),
]

BLIND_C: list[Line] = [
    Line(
        "I spend way too much on scratch cards.",
        "Some people set up a gambling block on their banking app, it stops the payments going "
        "through.",
        Y,
        N,
    ),
    Line(
        "My sugar levels are all over the place.",
        "Right. Taking the tablets at the same time each day, maybe with breakfast, tends to even "
        "things out.",
        Y,
        N,
    ),
    Line(
        "I'd like to be smoke-free by my daughter's wedding.",
        "That's in June, isn't it? What would you need to have done by, say, the end of March?",
        N,
        Y,
    ),
    Line("I've started walking at lunch.", "That's brilliant, you've really stuck with it.", N, N),
    Line(
        "I don't know how to say no when they offer me a drink.",
        "You could have a line ready, something like 'I'm driving tonight', so you're not caught "
        "on the spot.",
        Y,
        N,
    ),
    Line(
        "I'm fed up of feeling tired all the time.",
        "I wonder if cutting back on the late-night gaming might give you a bit more energy.",
        Y,
        N,
    ),
    Line(
        "I'll give the app a go.",
        "Great, and shall we look at how you got on when I see you next month?",
        Y,
        Y,
    ),
    Line(
        "I don't think counselling is for me.",
        "That's fair enough. You're the best judge of what's right for you.",
        N,
        N,
    ),
    Line(
        "I keep buying takeaways after work.",
        "Having a couple of quick meals planned for the week might take the pressure off.",
        Y,
        N,
    ),
    Line(
        "I'm thinking of cutting down to weekends only.",
        "Weekends only. How confident are you that you could stick to that?",
        N,
        N,
    ),
    Line(
        "My mum keeps nagging me about my weight.",
        "How does that make you feel when she brings it up?",
        N,
        N,
    ),
    Line(
        "I've tried the patches before and they irritated my skin.",
        "There's a lozenge version as well, which a lot of people with sensitive skin get on "
        "better with.",
        Y,
        N,
    ),
    Line(
        "Maybe I could join a gym.",
        "A gym could work. Would you want to look at a few near you together now?",
        Y,
        Y,
    ),
    Line(
        "I'm not ready to stop drinking.",
        "Okay. It's your decision, and I'm not going to push you.",
        N,
        N,
    ),
    Line(
        "What do other people do when they get cravings?",
        "One trick is to wait ten minutes and do something with your hands, the urge usually "
        "passes.",
        Y,
        N,
    ),
    Line(
        "I'll aim for three walks a week.",
        "Three walks a week. Are you comfortable making that your target for now?",
        N,
        Y,
    ),
    Line(
        "My car insurance renewal price has doubled.",
        "I've had a look and if you add a second driver and raise the voluntary excess to £250, "
        "the premium drops to £410.",
        Y,
        N,
    ),
    Line(
        "My flight home was cancelled.",
        "I'm so sorry. I've protected a seat for you on tomorrow's 08:40, and the hotel voucher is "
        "in your email.",
        Y,
        N,
    ),
    Line(
        "My dog's prescription food is out of stock.",
        "The vet can switch him to the equivalent from another brand; I'll ask her to ring you "
        "this afternoon.",
        Y,
        N,
    ),
    Line(
        "The Wi-Fi in the meeting room keeps dropping.",
        "It's a known issue on that floor, the engineers are replacing the access point this week.",
        N,
        N,
    ),
    Line(
        "My laptop won't charge.",
        "Try a different socket first, and if the light still doesn't come on, bring it to the IT "
        "desk and we'll lend you a spare.",
        Y,
        N,
    ),
    Line(
        "I was promised a call back and nobody rang.",
        "I'm sorry that didn't happen. I'll ring you myself at 3 o'clock, is that a good time?",
        Y,
        Y,
    ),
    Line(
        "Can I get my bin collection moved to a different day?",
        "Collection days are set by area, so I'm not able to change yours.",
        N,
        N,
    ),
    Line(
        "The fitting room was closed so I couldn't try it on.",
        "That's a shame. You're welcome to bring it back unworn within 28 days for a full refund.",
        Y,
        N,
    ),
    Line(
        "My electricity bill is an estimate again.",
        "If you pop a meter reading into the app today, I'll reissue the bill on your actual "
        "usage.",
        Y,
        N,
    ),
    Line(
        "I want to cancel my gym membership.",
        "I can do that today. Before I do, would a freeze for three months be worth considering "
        "instead?",
        Y,
        Y,
    ),
    Line(
        "Is parking included with the room?",
        "It is, there's a car park at the back with spaces reserved for guests.",
        N,
        N,
    ),
    Line(
        "My tooth filling fell out.",
        "We had a cancellation for tomorrow at 11:20. Could you make that?",
        Y,
        Y,
    ),
    Line(
        "I never received the welcome pack.",
        "Let me send another one out today by first class post.",
        Y,
        N,
    ),
    Line(
        "The toaster I bought trips the electrics.",
        "Please stop using it straight away. We'll arrange a collection and send you a refund "
        "once it's back with us.",
        Y,
        N,
    ),
    Line(
        "Why was I charged a late fee?", "The payment reached us two days after the due date.", N, N
    ),
    Line(
        "My son's school coat has gone missing.",
        "Lost property is kept in the office, he's welcome to have a look at break time.",
        Y,
        N,
    ),
    Line(
        "The app says my account is suspended.",
        "That happens after five failed log-ins. It unlocks itself after 24 hours, or I can lift "
        "it now once I've asked you a couple of security questions.",
        Y,
        N,
    ),
    Line(
        "How much is it to upgrade to business class?", "For that flight it's £640 each way.", N, N
    ),
    Line(
        "The sink in my flat is blocked.",
        "Boiling water with a bit of washing soda often shifts it. If not, I'll get a plumber "
        "booked for you.",
        Y,
        N,
    ),
    Line(
        "Hi, just wanted to say thanks for sorting my order.",
        "You're very welcome, Amy, enjoy the new boots!",
        N,
        N,
    ),
    Line(
        "I've been on hold for forty minutes.",
        "I'm really sorry for the wait, we've had an unusually busy morning.",
        N,
        N,
    ),
    Line(
        "Can I split the bill into payments?",
        "Yes, we can spread it across six months with no interest. Shall I set that up for you "
        "now?",
        Y,
        Y,
    ),
    Line(
        "I think the wrong address is on my parcel.",
        "Could you read me the address you can see on the tracking page?",
        N,
        N,
    ),
    Line(
        "My order arrived with a part missing.",
        "So sorry about that. Would you prefer us to post the missing part or swap the whole unit?",
        Y,
        Y,
    ),
    Line(
        "The new router is slower than the old one.",
        "Connecting with a cable rather than Wi-Fi would show us whether it's the line or the "
        "router.",
        Y,
        N,
    ),
    Line(
        "I'd like to book a table for eight on Friday.",
        "We're full at 7, but I could seat you at 8:30. Would that be any good?",
        Y,
        Y,
    ),
    Line(
        "I was charged for a bag I didn't check.",
        "I can see the charge. I'll raise a refund for it now, it'll be back on your card within "
        "a week.",
        Y,
        N,
    ),
    Line(
        "Your website keeps timing out.",
        "We're aware, and the web team are working on it as a priority.",
        N,
        N,
    ),
    Line(
        "The shower in room 12 is cold.",
        "I'll get maintenance up to you straight away, and in the meantime the spa showers "
        "downstairs are free for you to use.",
        Y,
        N,
    ),
    Line(
        "@SunAir stuck at gate B4 with no info!!",
        "Hi Priya, sorry for the lack of updates. The delay is down to a technical check, the "
        "crew will update you at the gate shortly.",
        N,
        N,
    ),
    Line(
        "@GreenGrocer my veg box had mouldy spinach",
        "Yuck, sorry about that! We'll pop a credit on your account for the spinach, or add a "
        "bag to next week's box if you'd rather. Let us know which!",
        Y,
        Y,
    ),
    Line(
        "I'd like a quieter room.",
        "I can move you to the garden side, it's much quieter. Would you like me to do that now?",
        Y,
        Y,
    ),
    Line(
        "Can I use my voucher online?",
        "Unfortunately the vouchers are for in-store use only.",
        N,
        N,
    ),
    Line(
        "The charger for my phone stopped working.",
        "It's under warranty, so we'll replace it. Is it okay if I send the new one to the "
        "address on your account?",
        Y,
        Y,
    ),
    Line(
        "My passport application is taking ages.",
        "Applications are currently taking around six weeks to process.",
        N,
        N,
    ),
    Line(
        "I don't think I can afford the repayments.",
        "Let's look at your budget together and find a figure that works for you. Does that "
        "sound okay?",
        Y,
        Y,
    ),
    Line(
        "I want to go back to work but I'm nervous.",
        "What would make that first week feel more manageable?",
        N,
        N,
    ),
    Line(
        "I've already tried turning it off and on.",
        "Okay, thanks for trying that. Did the lights on the front change at all?",
        N,
        N,
    ),
]

BLIND_D: list[Line] = [
    Line(
        "I always have a glass of wine to unwind after the kids are in bed.",
        "Some evenings you might try a hot bath or a cup of herbal tea in its place and see how "
        "you feel.",
        Y,
        N,
    ),
    Line(
        "I've never been one for vegetables.",
        "Sneaking some spinach into a pasta sauce is an easy way to get them in without noticing.",
        Y,
        N,
    ),
    Line(
        "I'm going to try to quit on the first of the month.",
        "The first of the month. What would you like to have in place before then to help?",
        N,
        Y,
    ),
    Line(
        "My partner smokes too, so it's hard.",
        "Would it be worth asking if they'd quit alongside you?",
        Y,
        N,
    ),
    Line("I keep skipping my physio exercises.", "What gets in the way of doing them?", N, N),
    Line(
        "I could probably manage two alcohol-free days.",
        "Two alcohol-free days. Which days of the week would you pick?",
        N,
        Y,
    ),
    Line(
        "I'm worried I'll put weight on if I stop smoking.",
        "That's a really common worry, and it makes sense.",
        N,
        N,
    ),
    Line(
        "I don't know, I just feel stuck.",
        "One place to begin might be writing down the three things that bother you most.",
        Y,
        N,
    ),
    Line(
        "I'm willing to try the sleep diary.",
        "Great. Shall we go through how to fill it in before you leave today?",
        Y,
        Y,
    ),
    Line(
        "I've been drinking a bit less this week.",
        "You've managed to cut back even with everything going on at work.",
        N,
        N,
    ),
    Line(
        "I don't have time to exercise.",
        "Even parking at the far end of the car park adds a few hundred steps a day.",
        Y,
        N,
    ),
    Line(
        "I'm not sure I can do five days.",
        "Then how about starting with three and building up from there?",
        Y,
        N,
    ),
    Line(
        "Okay, I'll get some nicotine gum.",
        "Good plan. Do you want to set a quit date while we're here?",
        Y,
        Y,
    ),
    Line(
        "I feel like everyone's judging me at the gym.",
        "It sounds like you feel really exposed there.",
        N,
        N,
    ),
    Line(
        "My new phone keeps freezing.",
        "A factory reset usually clears that up, but back your photos up first.",
        Y,
        N,
    ),
    Line(
        "The bathroom tiles you fitted are cracking.",
        "That shouldn't be happening. I'll send our fitter back out to replace the cracked ones "
        "at no cost.",
        Y,
        N,
    ),
    Line(
        "My package says delivered but it isn't here.",
        "Sometimes the driver leaves it with a neighbour or in a safe place, so it's worth having "
        "a quick look around.",
        Y,
        N,
    ),
    Line("Can I change my seat?", "Seats 14A and 22C are both free if you'd like a window.", Y, N),
    Line(
        "Why hasn't my refund come through?",
        "It was issued on Monday, and banks usually take three to five days to show it.",
        N,
        N,
    ),
    Line(
        "I'm moving house next week.",
        "Congratulations! Just send us your new address and a move date, and we'll transfer the "
        "service over for you.",
        Y,
        N,
    ),
    Line(
        "The kettle I bought leaks from the base.",
        "We can post you a replacement, or if you'd prefer your money back, I can refund it in "
        "full. What would you like to do?",
        Y,
        Y,
    ),
    Line(
        "I think I've been overcharged on my phone bill.",
        "Let me check that for you. Can you tell me the date of the bill?",
        N,
        N,
    ),
    Line(
        "I'm really disappointed with the meal.",
        "I'm sorry to hear that. I'd like to take the main courses off your bill, if that's okay "
        "with you?",
        Y,
        Y,
    ),
    Line("Do you have a later train than the 18:05?", "The last one tonight is the 21:40.", N, N),
    Line(
        "My library book is overdue.",
        "No worries, I've renewed it for another three weeks and waived the fine.",
        Y,
        N,
    ),
    Line(
        "My toddler's car seat strap is twisted.",
        "Undo the harness at the back, flatten the strap, and feed it back through the slot.",
        Y,
        N,
    ),
    Line(
        "The heating engineer left a mess.",
        "I'm sorry. That's not the standard we expect, and I've passed it to his manager.",
        N,
        N,
    ),
    Line(
        "I can't afford this month's payment.",
        "We can put a payment holiday in place for a month. Would that help?",
        Y,
        Y,
    ),
    Line(
        "How do I get a copy of my invoice?",
        "They're all under Account > Invoices, and you can download any of them as a PDF.",
        Y,
        N,
    ),
    Line(
        "The lift in our block has been broken for a week.",
        "I've chased the contractor and they're due on site tomorrow morning.",
        Y,
        N,
    ),
    Line(
        "Can I add my daughter to my policy?",
        "You can, yes. It'd be an extra £9 a month, and I can add her today. Want me to go ahead?",
        Y,
        Y,
    ),
    Line(
        "I missed my delivery slot.",
        "Not to worry. You can pick a new slot in the app, or collect from the depot after 4pm "
        "tomorrow.",
        Y,
        N,
    ),
    Line(
        "The software update broke my printer driver.",
        "Rolling back to the previous version should get you printing again while we fix it.",
        Y,
        N,
    ),
    Line(
        "My appointment letter has the wrong name on it.",
        "Thanks for spotting that. Could you tell me the correct spelling?",
        N,
        N,
    ),
    Line(
        "I'm stuck abroad and my card's been blocked.",
        "I'm sorry, that's stressful. I've unblocked it, and I'd suggest turning on travel "
        "notifications in the app for the rest of your trip.",
        Y,
        N,
    ),
    Line(
        "Is there wheelchair access?",
        "Yes, there's a ramp at the side entrance and a lift to every floor.",
        N,
        N,
    ),
    Line(
        "I didn't get a receipt.",
        "I can resend it to you now. Is the email ending in @outlook.com still right?",
        Y,
        N,
    ),
    Line(
        "@FastFibre internet down AGAIN in Leeds",
        "Hi Dan, there's an outage in LS6 and engineers are on site. We're hoping to have it back "
        "by 3pm.",
        N,
        N,
    ),
    Line(
        "@BeanCafe my oat latte was made with cow's milk",
        "So sorry, Mia! Show this tweet at the counter next time and your drink's on us.",
        Y,
        N,
    ),
    Line(
        "The dishwasher isn't draining.",
        "It might be the filter. Twist it out from the bottom, rinse it under the tap and pop it "
        "back.",
        Y,
        N,
    ),
    Line(
        "I want to complain about the driver.",
        "I'm sorry to hear that. I'll log a formal complaint now and the depot manager will get "
        "back to you within 48 hours.",
        Y,
        N,
    ),
    Line(
        "Can you deliver on Saturday?",
        "We can. Would morning or afternoon be better for you?",
        Y,
        Y,
    ),
    Line(
        "The shirt shrank after one wash.",
        "Oh no. If you bring it in with the receipt, we'll swap it or refund you, whichever you'd "
        "prefer.",
        Y,
        Y,
    ),
    Line("How long does the battery last?", "About ten hours of normal use.", N, N),
    Line(
        "My electric car charger isn't working.", "Can you see any lights on the unit at all?", N, N
    ),
    Line(
        "I'm still waiting on my repair.",
        "I've spoken to the workshop, and they'll have it ready for collection on Thursday. Does "
        "Thursday work, or would Friday be easier?",
        Y,
        Y,
    ),
    Line(
        "My internet bill went up without warning.",
        "I'm sorry, you should have had a letter. I can move you onto our current deal, which "
        "would bring it back down to £28. Shall I do that?",
        Y,
        Y,
    ),
    Line(
        "I'm not happy with the room.",
        "I completely understand. I'll see what I can do and come back to you in ten minutes.",
        N,
        N,
    ),
    Line(
        "I need to cancel, I'm ill.",
        "Sorry you're unwell. There's no charge for cancelling within 24 hours, so I've cancelled "
        "it and you won't pay anything.",
        Y,
        N,
    ),
    Line(
        "Can I bring the appointment forward?",
        "The earliest I have is the 12th. Would you like that one?",
        Y,
        Y,
    ),
    Line("Is your shop open on Sunday?", "Sundays we open from 10 until 4.", N, N),
    Line(
        "I've been thinking about what you said about the food diary.",
        "What did you make of it?",
        N,
        N,
    ),
    Line(
        "I don't want to take more tablets.",
        "Okay. There are some things besides tablets that can help with blood pressure, like "
        "cutting back on salt.",
        Y,
        N,
    ),
    Line(
        "I think I'll try the evening class.",
        "Lovely. Is Tuesday evening still the one you're looking at?",
        N,
        N,
    ),
]

BLIND_E: list[Line] = [
    Line(
        "I drink most nights when I get in from work.",
        "Maybe keep a couple of alcohol-free beers in the fridge for those evenings?",
        Y,
        N,
    ),
    Line(
        "I don't really eat breakfast.",
        "Even a banana on the way out the door would give you something to run on.",
        Y,
        N,
    ),
    Line("I'm going to cut out fizzy drinks.", "Good for you. So from when, tomorrow?", N, Y),
    Line(
        "Walking the dog might be a way to get exercise.",
        "That sounds like a lovely idea. How many times a week could you see yourself doing that?",
        N,
        Y,
    ),
    Line("My anxiety is worse in the mornings.", "Mornings are tough for you.", N, N),
    Line(
        "I need to stop checking my phone in bed.",
        "A cheap alarm clock means the phone can stay downstairs overnight.",
        Y,
        N,
    ),
    Line("I've been to three meetings now.", "Three meetings, that's real commitment.", N, N),
    Line(
        "I think I'd like to try the medication.",
        "Okay. I'll write to your GP today, and we can talk about how it's going at our next "
        "session, if that suits?",
        Y,
        Y,
    ),
    Line(
        "I'm not sure where I'd even find support.",
        "There's a free helpline run by Drinkline that's open every day, I can give you the "
        "number now.",
        Y,
        N,
    ),
    Line(
        "Everyone at work smokes on their break.",
        "Could you take your break somewhere else for a while, like the canteen?",
        Y,
        N,
    ),
    Line(
        "I can't stop thinking about work at night.",
        "Jotting tomorrow's to-do list down before bed can help get it out of your head.",
        Y,
        N,
    ),
    Line("I keep eating when I'm stressed.", "When did you first notice that pattern?", N, N),
    Line(
        "I'll try the patches then.",
        "Brilliant. Are you alright for me to put a prescription through today?",
        Y,
        Y,
    ),
    Line("I'm dreading Christmas with my family.", "It sounds like it's going to be a lot.", N, N),
    Line(
        "My mortgage payment went up by £200.",
        "I can see why that's a shock. We could extend the term by five years, which would bring "
        "the monthly payment back down to around £950.",
        Y,
        N,
    ),
    Line(
        "My pharmacy says my prescription isn't ready.",
        "The surgery approved it this morning, so it should be with them by 2pm.",
        N,
        N,
    ),
    Line(
        "The hotel booked me into the wrong dates.",
        "I'm so sorry. I've corrected the dates and there's no extra charge, and I've added free "
        "breakfast for the trouble.",
        Y,
        N,
    ),
    Line(
        "My login code never arrives by text.",
        "You can switch to the authenticator app under Security settings, which doesn't rely on "
        "texts at all.",
        Y,
        N,
    ),
    Line(
        "The parcel came but the box was crushed.",
        "Sorry about that! Is anything inside damaged?",
        N,
        N,
    ),
    Line(
        "Yes, the screen is cracked.",
        "Right, I'll get a replacement sent out today with a returns label for the broken one. "
        "Does that work for you?",
        Y,
        Y,
    ),
    Line(
        "Why does my statement show two payments?",
        "One is the pending authorisation, which drops off within three days.",
        N,
        N,
    ),
    Line(
        "I can't attend the course on Monday.",
        "We run the same session on the 18th and the 25th. Want me to move you onto one of those?",
        Y,
        Y,
    ),
    Line(
        "My electricity's been cut off!",
        "I'm really sorry. I've asked an engineer to reconnect you today, and they'll call when "
        "they're on their way.",
        Y,
        N,
    ),
    Line(
        "I was told I'd get a discount.",
        "I'm sorry, I can't see any discount noted on the account.",
        N,
        N,
    ),
    Line(
        "The app crashes when I open messages.",
        "Deleting and reinstalling the app normally fixes it, and you won't lose anything.",
        Y,
        N,
    ),
    Line(
        "My flight lands after the car hire desk closes.",
        "No problem. We can leave the keys in the out-of-hours lockbox for you. Would you like us "
        "to arrange that?",
        Y,
        Y,
    ),
    Line(
        "Can I get an invoice with my company name on it?",
        "Sure, reply with the company name and address and I'll reissue it.",
        Y,
        N,
    ),
    Line(
        "The printer at the library is out of order.",
        "Thanks for letting us know, I'll report it to IT.",
        N,
        N,
    ),
    Line(
        "I've lost my bank card.",
        "I've frozen it for you so nobody can use it. A new one will be with you in three to five "
        "days.",
        Y,
        N,
    ),
    Line(
        "My heating keeps switching off at night.",
        "Is the timer on the boiler set to switch off at 10?",
        N,
        N,
    ),
    Line("@MetroRail is the 7:15 running?", "Morning Kate, yes, it's showing on time.", N, N),
    Line(
        "@HomeStore my sofa delivery is a week late",
        "Hi Raj, sorry about this. We can offer £50 off or a free rug as an apology. Let us know "
        "which you'd prefer and we'll sort it.",
        Y,
        Y,
    ),
    Line(
        "How do I change my password?",
        "Go to Profile, tap Security, then choose Change password.",
        Y,
        N,
    ),
    Line("Can I pay by bank transfer?", "Yes, the details are on your invoice.", N, N),
    Line(
        "The tap in my rental has been leaking for weeks.",
        "I'm sorry it's dragged on. I'll book the plumber for Thursday morning. Can someone be in "
        "between 8 and 12?",
        Y,
        Y,
    ),
    Line(
        "I'm really frustrated with your service.",
        "I understand, and I'm sorry we've let you down.",
        N,
        N,
    ),
    Line(
        "My new glasses are scratched.",
        "We'll remake the lenses free of charge. They'll be ready to collect next Friday.",
        Y,
        N,
    ),
    Line(
        "Do you have this jacket in a medium?",
        "Not in this store, but the Oxford branch has two. I could ask them to hold one for you?",
        Y,
        Y,
    ),
    Line(
        "What's the weight limit for hand luggage?",
        "It's 10kg, and it must fit in the overhead locker.",
        N,
        N,
    ),
    Line("Can you waive the late fee?", "As a one-off I can, yes. I'll remove it now.", Y, N),
    Line(
        "My order is missing the charger.",
        "Sorry about that. Can I just check, is it the USB-C model you ordered?",
        N,
        N,
    ),
    Line(
        "I want to upgrade but I'm mid-contract.",
        "You can upgrade early for a £30 fee, or wait until March when it's free. Which way would "
        "you like to go?",
        Y,
        Y,
    ),
    Line(
        "The broadband engineer never showed.",
        "That's really poor, I'm sorry. The soonest I can get someone out is Wednesday afternoon. "
        "Would that be alright?",
        Y,
        Y,
    ),
    Line(
        "I keep getting marketing emails.",
        "Thanks for telling us. I've taken you off all marketing lists, though it can take up to "
        "48 hours to stop completely.",
        Y,
        N,
    ),
    Line(
        "My son broke his retainer.",
        "Accidents happen! Bring him in on Monday and we'll see if it can be repaired or if he "
        "needs a new one.",
        Y,
        N,
    ),
    Line("Is the restaurant dog friendly?", "Dogs are welcome on the terrace.", N, N),
    Line(
        "The wrong colour paint was mixed.",
        "Oh no, sorry. Pop back with the tin and receipt and we'll remix it to the right shade "
        "while you wait.",
        Y,
        N,
    ),
    Line(
        "I'm locked out of my flat.",
        "Our out-of-hours locksmith can be with you within the hour. Shall I send them?",
        Y,
        Y,
    ),
    Line(
        "I never got my loyalty points.",
        "Points can take up to 30 days to appear after a purchase.",
        N,
        N,
    ),
    Line(
        "My laptop fan is really loud.",
        "Is it loud all the time, or only when you've got a lot open?",
        N,
        N,
    ),
    Line(
        "I've been thinking I should see a dietitian.",
        "That sounds like a good step. Would it help if I referred you?",
        Y,
        Y,
    ),
    Line(
        "I don't think I can give up completely.",
        "Okay. What would cutting down look like for you?",
        N,
        Y,
    ),
    Line("I've booked the appointment with the nurse.", "Well done, that's a big step.", N, N),
    Line(
        "I don't have a printer for the return label.",
        "No printer needed. Just show the QR code in the email at any drop-off point.",
        Y,
        N,
    ),
]

BLIND_F: list[Line] = [
    Line(
        "I always grab a pastry with my morning coffee.",
        "Some mornings you could bring a piece of fruit from home and see if that takes the edge "
        "off.",
        Y,
        N,
    ),
    Line(
        "I'm worried about the side effects.",
        "Which side effects are you most concerned about?",
        N,
        N,
    ),
    Line(
        "I reckon I could manage a walk on Saturdays.",
        "Saturdays, great. Shall we write that down as this week's goal?",
        N,
        Y,
    ),
    Line(
        "My sleep is all over the place.",
        "Getting up at the same time every day, even at weekends, tends to steady things after a "
        "week or two.",
        Y,
        N,
    ),
    Line(
        "I know I should cut down but it's hard.",
        "It's hard, and part of you still wants to.",
        N,
        N,
    ),
    Line(
        "I get cravings mid-afternoon.",
        "Having a handful of nuts or a glass of water ready for that slump is something a lot of "
        "people find useful.",
        Y,
        N,
    ),
    Line(
        "I think I'm ready to set a date.",
        "That's great to hear. What date feels right to you?",
        N,
        Y,
    ),
    Line(
        "I'm lonely since the kids moved out.",
        "There's a befriending service at the community centre that pairs people up for a weekly "
        "coffee.",
        Y,
        N,
    ),
    Line(
        "I'm not sure I want to give up completely.",
        "That's okay. Would you be open to cutting down first and seeing how that goes?",
        Y,
        Y,
    ),
    Line("My blood pressure was high again.", "How are you feeling about that?", N, N),
    Line(
        "Maybe I'll try the gym at work.",
        "Sounds good. How often do you think you'd realistically go?",
        N,
        Y,
    ),
    Line(
        "I can't say no to my friends.",
        "What if you offered to be the driver on nights out, so you have a reason not to drink?",
        Y,
        N,
    ),
    Line(
        "My washing machine door won't open.",
        "Wait two minutes after the cycle ends for the lock to release, then pull the handle "
        "firmly.",
        Y,
        N,
    ),
    Line(
        "The delivery was left at the wrong house.",
        "I'm sorry. I've raised it with the courier and they'll collect it from next door this "
        "afternoon.",
        Y,
        N,
    ),
    Line(
        "I want to cancel my subscription.",
        "I can cancel that for you now. You'll still have access until the end of the month.",
        Y,
        N,
    ),
    Line(
        "My invoice has the wrong VAT number.",
        "Thanks for flagging. What's the correct VAT number?",
        N,
        N,
    ),
    Line(
        "My hotel room faces the car park.",
        "We do have a courtyard room free from tomorrow. Would you like to move into it then?",
        Y,
        Y,
    ),
    Line(
        "Why is my parcel stuck in customs?",
        "Parcels from outside the UK are held until the import fee is paid.",
        N,
        N,
    ),
    Line(
        "I've been charged for a meal I didn't eat.",
        "That's our mistake. I'll take it off your bill right away.",
        Y,
        N,
    ),
    Line(
        "The TV remote isn't working.",
        "Swap the batteries for fresh ones and point it directly at the sensor under the screen.",
        Y,
        N,
    ),
    Line(
        "Can I return a sale item?",
        "Yes, sale items can be returned within 14 days with a receipt.",
        N,
        N,
    ),
    Line(
        "I need to speak to someone about my bill.",
        "I can help with that. Before I look, can I take your account number?",
        N,
        N,
    ),
    Line(
        "The wifi password doesn't work.",
        "It's case sensitive, so try it with a capital W at the start.",
        Y,
        N,
    ),
    Line(
        "I'd like to move my delivery to next week.",
        "No problem, I've got Tuesday or Thursday next week. Which suits you better?",
        Y,
        Y,
    ),
    Line(
        "My meal arrived cold.",
        "I'm so sorry about that. Can we bring you a fresh one, or would you rather have it taken "
        "off the bill?",
        Y,
        Y,
    ),
    Line(
        "@Zoomcar app won't let me unlock the car",
        "Hi Lee, try closing the app fully and reopening it. If that doesn't work, DM us your "
        "booking number and we'll unlock it remotely.",
        Y,
        N,
    ),
    Line(
        "I can't find the form on your website.",
        "It's under Help, then Forms, near the bottom of the page.",
        Y,
        N,
    ),
    Line(
        "The engineer says he can't fix it today.",
        "I'm sorry. He'll order the part and come back on Friday morning. Will someone be at home?",
        Y,
        Y,
    ),
    Line(
        "I've been waiting for my refund for two weeks.",
        "I can see it was sent on the 3rd, so it should already be in your account.",
        N,
        N,
    ),
    Line(
        "My kid's school shoes split after a month.",
        "That's not right. Bring them in and we'll exchange them or give you a full refund, your "
        "choice.",
        Y,
        Y,
    ),
    Line("Do you deliver to Jersey?", "We don't, unfortunately, due to customs rules.", N, N),
    Line(
        "The gym's showers are always cold.",
        "Thanks for letting us know. I've reported it to the facilities team.",
        N,
        N,
    ),
    Line(
        "Can I get a copy of my tenancy agreement?",
        "Of course, I'll email a copy over this afternoon.",
        Y,
        N,
    ),
    Line(
        "I'm struggling to keep up with my payments.",
        "Thank you for telling us. We can pause payments for up to three months while you get "
        "back on your feet. Would that give you some breathing space?",
        Y,
        Y,
    ),
    Line(
        "My card was charged in dollars.",
        "Your card provider applies the conversion, so the amount may differ slightly.",
        N,
        N,
    ),
    Line(
        "The bus driver was really rude to me.",
        "I'm sorry you were treated that way. Could you tell me the route and roughly what time "
        "it was?",
        N,
        N,
    ),
    Line(
        "I need a bigger size in these boots.",
        "We've got the 9 in stock online. I can order it to the store for free collection on "
        "Friday. Shall I?",
        Y,
        Y,
    ),
    Line(
        "My order was meant to be gift wrapped.",
        "Apologies for that. We'll refund the gift wrap charge.",
        Y,
        N,
    ),
    Line(
        "Can I bring my own cake to the restaurant?", "Of course, there's no cakeage charge.", N, N
    ),
    Line(
        "The new update deleted my saved playlists.",
        "Signing out and back in usually restores them from your account.",
        Y,
        N,
    ),
    Line("My boiler is making a banging noise.", "When did it start doing that?", N, N),
    Line(
        "I was double booked for my appointment.",
        "I'm sorry about that. I can offer you 3:15 today or first thing tomorrow, whichever is "
        "easier for you.",
        Y,
        Y,
    ),
    Line("How long do refunds take?", "Normally five to seven working days.", N, N),
    Line(
        "The sofa cushions are flattening already.",
        "That's covered by the warranty, so we'll send you new inserts. What's the best address "
        "to post them to?",
        Y,
        N,
    ),
    Line("I've been using the app every day.", "Every day! How's that been going?", N, N),
    Line(
        "I don't know how to cut back.",
        "Would you like to hear what's worked for some of the other people I see?",
        N,
        N,
    ),
    Line(
        "My train ticket didn't scan at the barrier.",
        "Show it to the staff at the gate and they'll let you through, and I'll flag the fault "
        "on our side.",
        Y,
        N,
    ),
    Line(
        "The paint is peeling in my new flat.",
        "I'll get the decorator to come back and redo it. Is next Monday okay?",
        Y,
        Y,
    ),
    Line(
        "I'd like to downgrade my broadband.",
        "Sure. The basic plan would save you £8 a month. Want me to switch you over?",
        Y,
        Y,
    ),
    Line(
        "Is there somewhere to store luggage?",
        "Yes, the concierge can keep your bags until you leave.",
        Y,
        N,
    ),
]

SETS = {
    "blind_a": BLIND_A,
    "blind_b": BLIND_B,
    "blind_c": BLIND_C,
    "blind_d": BLIND_D,
    "blind_e": BLIND_E,
    "blind_f": BLIND_F,
}


def test_the_sets_hold_both_classes_and_no_line_seen_before() -> None:
    assert_new_and_balanced(SETS, FIRST_ROUND, SECOND_ROUND, THIRD_ROUND)


# Floors a little under today's figures (offers / agreement), all read for errors: BLIND_A
# 0.987 / 0.974, BLIND_B 1.000 / 1.000, BLIND_C 0.985 / 0.963, BLIND_D 0.939 / 1.000,
# BLIND_E 0.984 / 0.966. BLIND_F (0.830 / 0.880, unread) has a wider margin. A rule that
# only fits the development data, or loosens a look-alike, shows here as a drop.
FLOORS = {
    ("offers_solution", "blind_a"): 0.95,
    ("gains_agreement", "blind_a"): 0.92,
    ("offers_solution", "blind_b"): 0.95,
    ("gains_agreement", "blind_b"): 0.95,
    ("offers_solution", "blind_c"): 0.95,
    ("gains_agreement", "blind_c"): 0.92,
    ("offers_solution", "blind_d"): 0.90,
    ("gains_agreement", "blind_d"): 0.95,
    ("offers_solution", "blind_e"): 0.95,
    ("gains_agreement", "blind_e"): 0.93,
    ("offers_solution", "blind_f"): 0.78,
    ("gains_agreement", "blind_f"): 0.83,
}


@pytest.mark.parametrize(("behaviour", "name"), FLOORS)
def test_detectors_hold_up_on_a_fourth_round_of_lines(behaviour: str, name: str) -> None:
    scores = scores_on(behaviour, SETS[name])
    assert scores.f1 >= FLOORS[behaviour, name], f"{behaviour} on {name}: {scores.summary()}"
