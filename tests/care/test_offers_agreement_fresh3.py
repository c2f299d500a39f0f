"""`offers_solution` and `gains_agreement`: a third round of lines written apart from the
data and from `test_offers_agreement_fresh.py` and `test_offers_agreement_fresh2.py`.

Every line was written for this file, in the author's own words, with the other party's
previous turn as context and both labels decided before the detectors were run on it. Half
the lines are counselling in the style of motivational interviewing (the development
data's source), with its hedges and fillers ("um", "you know"); the rest are service chat
and e-mail.

Shapes the earlier rounds were thin on, on purpose: a remedy named as a noun and judged
("a payment plan might be the answer", "a smart meter would give you…"), where the
customer can get it ("our shop sells spares", "the council runs free walking groups"), an
option list ("options from here: …"), hedged advice ("some people find it helps to…",
"it might be an idea to…", "worth checking your spam folder"), a choice asked as a
question ("would the collection point be easier?"), and goal setting ("what would feel
like a realistic number of walks?", "when are you thinking of starting?").

Hard negatives, also on purpose: questions that gather information, explanations of what
went wrong or how a body works, promises that belong to the past, "I can't do anything",
reported advice ("the doctor said the tablets should…"), the client's or customer's own
idea reflected back ("you mentioned you might switch…"), and permission to share or to
ask ("would it be alright if I told you a bit about the patches?", "would you mind if I
asked you a few questions?"): the development labels count those as neither behaviour.

- `BLIND_A` (161 lines), written first and scored once with the rules as they stood:
  0.520 / 0.772 (offers / agreement; P 0.825 R 0.379 and P 1.000 R 0.629). Then read for
  errors and fixed by structure and lexicon.
- `BLIND_B` (60 lines), written after that round and scored once before its errors were
  read: 0.591 / 0.583 (P 1.000 R 0.419 and P 0.875 R 0.438), the same as the rules before
  the round: the first round's new phrases had not reached new wording. Then read and fixed
  with wider shapes (a hypothetical "would / could / might" with what it does for the
  customer, fillers and commas inside an option list, goal questions).
- `BLIND_C` (58 lines: counselling with fillers, tweets, e-mail, chat in more sectors),
  written after the second round and scored once before its errors were read: 0.500 /
  0.762 (P 0.846 R 0.355 and P 1.000 R 0.615), again the same as before the round. Then
  read and fixed with shapes wider still ("you could…" with any verb but a warning or a
  feeling, what other people do, "that's worked for others", "lets you…", "we offer…",
  "you're due…", a remedy as a noun phrase that "usually does it"). Those rules also
  fixed two lines of the second round's unread last set (its offers F1 0.818 -> 0.870),
  the first sign of rules reaching wording nobody fitted them to.
- `BLIND_D` (54 lines), written after the third round and scored once before its errors
  were read: 0.619 / 0.667 (P 0.867 R 0.481 and P 0.857 R 0.545; the session's starting
  rules: 0.432 / 0.667), so the wider offer shapes now carry over in part, agreement not
  yet. Then read and fixed (a remedy that "makes it a lot easier" or "is perfectly fine",
  "what some folks do is…", "you can just…", "we do have late appointments", "shall we meet
  again…", "would it help if I sent…?", "how many days a week would you aim for?"), and a
  yes/no question after an offer counted as asking for agreement.
- `BLIND_E` (54 lines), written after the fourth round and scored once before its errors
  were read: 0.727 / 0.737 (P 0.889 R 0.615 and P 1.000 R 0.583; the session's starting
  rules: 0.634 / 0.737). Then read and fixed ("you may qualify", "it's okay to leave
  early", "would it be useful if we…", "a reshipment is on its way", "reply with the
  option you'd like", "want to do it that way?", "is that the right card?").
- `BLIND_F` (54 lines), written after the fifth round and scored once before its errors
  were read: 0.698 / 0.588 (P 0.938 R 0.556 and P 1.000 R 0.417; the session's starting
  rules: 0.564 / 0.588): offers gain on wording nobody fitted them to, agreement does not
  (each new block asks for agreement in words the rules have not met). Then read and
  fixed ("is free at any of our centres", "might suit you", "I've asked the courier to
  call you", "staff at desk 4 can check you in", "just say the word", "are you able to be
  home between 12 and 4?", "how often would feel right?", "Correct?" after an offer).
- `BLIND_G` (54 lines), written after the sixth round and scored once, never read for
  errors: 0.698 / 0.842 (P 1.000 R 0.536 and P 1.000 R 0.727; the session's starting
  rules: 0.600 / 0.842). The honest figure for the rules as they stand; keep it unread and
  write a new set to measure the next round.

Where this round's author and an earlier round's disagree, the rules follow the earlier
round and the lines below keep their own label: "Which of those feels most doable to
start with?" (earlier rounds: a choice, so an offer) and "you're happy for us to take the
payment today?" (an agent action, so an offer).
"""

from __future__ import annotations

import pytest

from .test_offers_agreement_fresh import SETS as FIRST_ROUND
from .test_offers_agreement_fresh import Line
from .test_offers_agreement_fresh2 import SETS as SECOND_ROUND
from .test_offers_agreement_fresh2 import assert_new_and_balanced, scores_on

Y, N = True, False

BLIND_A: list[Line] = [
    # Counselling: advice with hedges, options, remedies as nouns.
    Line(
        "I just can't seem to stop snacking at night.",
        "Some people find it helps to keep the snacks out of the house altogether, so they're "
        "just not there when the craving hits.",
        Y,
        N,
    ),
    Line(
        "I've tried quitting cold turkey and it never lasts.",
        "A nicotine patch might be worth thinking about, it takes the edge off the cravings while "
        "you break the habit.",
        Y,
        N,
    ),
    Line(
        "I don't know how I'd even fit exercise in.",
        "Even a ten-minute walk after dinner counts, and a lot of people build up from there.",
        Y,
        N,
    ),
    Line(
        "My drinking mostly happens at the weekend with my mates.",
        "One thing you might look at is alternating each pint with a soft drink.",
        Y,
        N,
    ),
    Line(
        "I don't sleep well at all.",
        "Cutting out coffee after lunchtime can make quite a difference to how quickly you drop "
        "off.",
        Y,
        N,
    ),
    Line(
        "I get so stressed at work.",
        "There are a few things we could look at: breathing exercises, a short walk at lunch, or "
        "talking to your manager about the workload.",
        Y,
        N,
    ),
    Line(
        "I don't want to go to meetings.",
        "There's also an online group that meets in the evenings, if a room full of strangers "
        "isn't your thing.",
        Y,
        N,
    ),
    Line(
        "I keep forgetting my tablets.",
        "A weekly pill organiser could be the answer, you fill it on a Sunday and you can see at "
        "a glance whether you've taken them.",
        Y,
        N,
    ),
    Line(
        "I can't afford the gym.",
        "The council runs free walking groups on Tuesdays and Thursdays from the library.",
        Y,
        N,
    ),
    Line(
        "I just feel like a failure when I slip up.",
        "What about writing down what was going on each time you slip, so we can spot a pattern?",
        Y,
        N,
    ),
    Line(
        "My blood sugar's all over the place.",
        "My advice would be to test before and after meals for a week and bring the readings in.",
        Y,
        N,
    ),
    Line(
        "I'd like to cut down but I don't know where to start.",
        "Perhaps start with the first cigarette of the day and see if you can push it back by "
        "half an hour.",
        Y,
        N,
    ),
    Line(
        "My wife nags me about the weight.",
        "You could maybe ask her to join you on the walks, so it feels like something you do "
        "together.",
        Y,
        N,
    ),
    Line(
        "I'm worried about the side effects.",
        "If the nausea bothers you, taking it with food usually settles it.",
        Y,
        N,
    ),
    Line(
        "I've been so lonely since I retired.",
        "I'm wondering whether a support group might give you some of the company you've been "
        "missing.",
        Y,
        N,
    ),
    Line(
        "The patch on its own isn't enough.",
        "Nicotine gum is another option, and you can use it alongside the patch.",
        Y,
        N,
    ),
    Line(
        "I drink about six cans of cola a day.",
        "Have a think about swapping the fizzy drinks for sparkling water.",
        Y,
        N,
    ),
    Line(
        "I've been feeling really low.",
        "It might be an idea to let your GP know how you're feeling.",
        Y,
        N,
    ),
    Line(
        "I've no idea how to cut down on sugar.",
        "Reading the labels is a good place to start, anything over 22 grams per 100 is high.",
        Y,
        N,
    ),
    Line(
        "I want to drink less but I love wine.",
        "Smaller glasses are a trick a lot of people use, you still get the ritual but less of it.",
        Y,
        N,
    ),
    Line(
        "I get bored and then I smoke.",
        "Something to keep your hands busy, like a stress ball, can really help in those moments.",
        Y,
        N,
    ),
    Line(
        "I'm not ready to stop completely.",
        "That's fine. Cutting down is still a step, and we could look at which cigarettes would "
        "be easiest to drop first.",
        Y,
        N,
    ),
    Line(
        "The kids want takeaway every Friday.",
        "Maybe a homemade pizza night could keep the treat but cut the cost and the salt.",
        Y,
        N,
    ),
    Line(
        "I don't know who to talk to.",
        "The helpline is open all night, and you don't have to give your name.",
        Y,
        N,
    ),
    Line(
        "My knees hurt when I walk.",
        "Swimming or the exercise bike are gentler on the joints.",
        Y,
        N,
    ),
    Line(
        "I can't stop checking my phone at night.",
        "Leaving the phone charging in the kitchen overnight is one option.",
        Y,
        N,
    ),
    Line(
        "I eat when I'm stressed.",
        "What I'd suggest is keeping a little diary of what you eat and how you're feeling at the "
        "time.",
        Y,
        N,
    ),
    # Counselling: goal setting and checking the client agrees.
    Line(
        "I think I could manage the walking.",
        "So what would feel like a realistic number of walks for this week?",
        N,
        Y,
    ),
    Line(
        "I could try the patches.",
        "Okay, so the patches from Monday. Are you comfortable starting with those?",
        N,
        Y,
    ),
    Line(
        "I want to be healthier by the summer.",
        "What would you like to have done by the time we meet again?",
        N,
        Y,
    ),
    Line("I don't really know.", "Where would you like to go from here?", N, Y),
    Line(
        "Maybe I could leave the car at home twice a week.",
        "Is that something you'd be willing to give a go this week?",
        N,
        Y,
    ),
    Line("I keep saying I'll stop one day.", "How do you feel about setting a quit date?", Y, Y),
    Line(
        "I think I can do that.",
        "So the plan is patches from Monday, and you'll bin the lighters tonight. Does that feel "
        "right to you?",
        N,
        Y,
    ),
    Line(
        "I'd like to check in again.", "Would next Thursday at ten suit you for a follow-up?", Y, Y
    ),
    Line(
        "I'm not sure about the tablets.",
        "Do you want to take a leaflet home and decide after you've read it?",
        Y,
        Y,
    ),
    Line("Those all sound possible.", "Which of those feels most doable to start with?", N, Y),
    Line(
        "Maybe I could quit with my sister.",
        "Quitting together is often easier than going it alone, would that be something to raise "
        "with her?",
        Y,
        Y,
    ),
    Line(
        "Saturday, I think.",
        "Okay, so Saturday's the day. Shall I give you a ring on Monday to see how it went?",
        Y,
        Y,
    ),
    Line(
        "I don't mind which.",
        "So between the patch and the gum, which would you like to start with?",
        Y,
        Y,
    ),
    Line(
        "It's been a lot to take in.",
        "Would you like to book in again in a month, so we can see how the new dose is going?",
        Y,
        Y,
    ),
    Line("I'm not sure I can keep it up for long.", "How does a two-week trial sound?", Y, Y),
    Line(
        "I drink most nights.",
        "Let's aim for no more than two drinks on weeknights, how does that feel?",
        Y,
        Y,
    ),
    # Counselling: hard negatives.
    Line(
        "About fifteen, maybe twenty.",
        "How many cigarettes would you say you smoke on a normal day?",
        N,
        N,
    ),
    Line("My daughter made the appointment.", "What's made you decide to come in today?", N, N),
    Line(
        "My legs ache when I walk up the hill.",
        "Smoking narrows the blood vessels, which is why your legs ache when you walk.",
        N,
        N,
    ),
    Line(
        "I started walking to work last month.",
        "It sounds like you've thought about cutting down already, and walking to work was your "
        "idea.",
        N,
        N,
    ),
    Line(
        "I've seen the evening class at the college.",
        "So you'd like to try the evening class you mentioned.",
        N,
        N,
    ),
    Line(
        "I don't really understand the patches.",
        "Would it be alright if I told you a bit about how the patches work?",
        N,
        N,
    ),
    Line(
        "I'm here about my back.",
        "Do you mind if we talk about your drinking for a few minutes as well?",
        N,
        N,
    ),
    Line("It's been a hard month.", "Last time you said the walking group had helped.", N, N),
    Line(
        "Just tell me what to do.",
        "It's entirely your decision, and I'm not going to tell you what to do.",
        N,
        N,
    ),
    Line(
        "Isn't there a pill for this?",
        "There's nothing I can prescribe that will make the cravings disappear.",
        N,
        N,
    ),
    Line(
        "How were my results?", "Your cholesterol came back a little higher than last time.", N, N
    ),
    Line(
        "I'm down to ten a day now.",
        "You've already cut down from twenty to ten, that's a real achievement.",
        N,
        N,
    ),
    Line(
        "I've tried loads of things.",
        "What have you tried before that worked, even for a little while?",
        N,
        N,
    ),
    Line(
        "I always feel worse the day after.",
        "Alcohol is a depressant, so it can make the low mood worse the next day.",
        N,
        N,
    ),
    Line(
        "It's got worse lately.", "When did you first notice the cravings getting stronger?", N, N
    ),
    Line(
        "I've started the new tablets.",
        "The doctor said the tablets should start working within a fortnight.",
        N,
        N,
    ),
    Line("Should I stop or not?", "I can't make that choice for you.", N, N),
    Line(
        "About a six.", "How confident are you, on a scale of one to ten, that you can do it?", N, N
    ),
    Line("A five, I suppose.", "What would make it a seven rather than a five?", N, N),
    Line("I'll start on Monday.", "Is there anything that might get in the way of that?", N, N),
    Line("I hate mornings.", "You said the mornings are the hardest part.", N, N),
    Line(
        "I love a glass of red but my liver tests worry me.",
        "On the one hand you enjoy the wine, and on the other you're worried about your liver.",
        N,
        N,
    ),
    Line(
        "I take the dog out every evening now.",
        "So you've already started walking the dog every evening, and that was your own idea.",
        N,
        N,
    ),
    Line(
        "I want to and I don't.",
        "Part of you wants to change, and part of you isn't sure yet.",
        N,
        N,
    ),
    Line("Go on, say it.", "I'm not going to lecture you about it.", N, N),
    Line(
        "Is my blood pressure bad?",
        "The test showed a slightly raised blood pressure, nothing dramatic.",
        N,
        N,
    ),
    Line("Where do I start?", "Tell me about a typical day.", N, N),
    Line("Well, there's something else.", "Go on.", N, N),
    # Service chat and e-mail: offers as nouns, options, remedies.
    Line(
        "My internet has been down since this morning.",
        "A replacement hub would probably be the quickest answer, and I can have one with you "
        "tomorrow.",
        Y,
        N,
    ),
    Line(
        "The handle on my kettle snapped.",
        "Our shop sells replacement handles for that model, they're £4.99 and easy to fit.",
        Y,
        N,
    ),
    Line(
        "I can't pay the full bill this month.",
        "A payment plan might be the answer here, spreading it over three months.",
        Y,
        N,
    ),
    Line(
        "I really can't pay it all.",
        "You've got three routes: pay in instalments, ask for a two-week extension, or apply to "
        "the hardship fund.",
        Y,
        N,
    ),
    Line(
        "The charger that came with it doesn't work.",
        "Any standard USB-C charger will do the job while we send a new one.",
        Y,
        N,
    ),
    Line(
        "I've been overcharged.",
        "Best thing is to reply to this email with a copy of the statement and I'll get the "
        "difference refunded.",
        Y,
        N,
    ),
    Line(
        "Delivery missed me again.",
        "The parcel can be redirected to a local collection point, just pick one in the tracking "
        "link.",
        Y,
        N,
    ),
    Line(
        "The app crashes every time I open it.",
        "Deleting and reinstalling the app tends to clear this.",
        Y,
        N,
    ),
    Line(
        "The screen's cracked.",
        "Screen repairs are covered under your insurance, so there'd be nothing to pay.",
        Y,
        N,
    ),
    Line(
        "I can't get to the branch during opening hours.",
        "Most of what the branch does can be done over the phone, or there's a Saturday morning "
        "service at the high street branch.",
        Y,
        N,
    ),
    Line(
        "The bike's tyre keeps going flat.",
        "A puncture-proof inner tube is worth a look if you ride on gravel a lot.",
        Y,
        N,
    ),
    Line(
        "My flight's been cancelled.",
        "There's a later flight at 18:40 with seats, or a direct one first thing tomorrow morning.",
        Y,
        N,
    ),
    Line(
        "I need it by Friday.",
        "Express delivery would get it to you by Thursday for an extra £3.",
        Y,
        N,
    ),
    Line(
        "The sofa's the wrong colour.",
        "No problem, we can collect it and bring the grey one instead.",
        Y,
        N,
    ),
    Line(
        "My password reset email never arrives.",
        "Worth checking your spam folder, it sometimes lands there.",
        Y,
        N,
    ),
    Line(
        "The printer says paper jam but there's no paper in it.",
        "Open the back panel and pull out any torn scraps, then switch it off and on.",
        Y,
        N,
    ),
    Line(
        "I don't want to lose my no-claims.",
        "A protected no-claims discount could be the way to go, it's an extra £25 a year.",
        Y,
        N,
    ),
    Line(
        "The hotel room is freezing.",
        "There's a spare heater at reception, I'll have one brought up to you.",
        Y,
        N,
    ),
    Line(
        "I keep getting charged for a subscription I cancelled.",
        "I've stopped the subscription and refunded the last two payments.",
        Y,
        N,
    ),
    Line(
        "Can I change my seat?",
        "Window seats are available for £12, or you can pick one for free at check-in.",
        Y,
        N,
    ),
    Line(
        "My boiler's making a banging noise.",
        "An engineer can come out on Wednesday between 8 and 12.",
        Y,
        N,
    ),
    Line(
        "The trainers rubbed my heels.",
        "You're within the 30-day window, so you're welcome to return them for a refund or an "
        "exchange.",
        Y,
        N,
    ),
    Line(
        "I can't read the small print on the contract.",
        "We can send a large-print copy in the post, or an audio version if that's easier.",
        Y,
        N,
    ),
    Line(
        "Can you help with my energy bill?",
        "Switching to a fixed tariff could save you around £80 a year.",
        Y,
        N,
    ),
    Line(
        "The bread maker's paddle is stuck.",
        "Soaking the pan in warm water for ten minutes usually loosens it.",
        Y,
        N,
    ),
    Line(
        "My card was swallowed by the machine.",
        "A replacement card can be with you in three working days, and in the meantime you can "
        "withdraw cash at the counter with ID.",
        Y,
        N,
    ),
    Line(
        "I've been waiting for the refund for weeks.",
        "Let me chase this with our finance team today and come back to you by 5pm.",
        Y,
        N,
    ),
    Line(
        "The tent pole snapped on day one.",
        "Spare poles are sold separately on our website, but as it broke on first use we'll send "
        "one free.",
        Y,
        N,
    ),
    Line(
        "The bill is far too high.",
        "A smart meter would give you accurate readings instead of estimates.",
        Y,
        N,
    ),
    Line(
        "Dear team, my order arrived damaged.",
        "Dear Ms Patel, we're sorry it arrived in that state. We'll send a replacement this week; "
        "there's no need to return the damaged one.",
        Y,
        N,
    ),
    Line(
        "The filters are always sold out in town.",
        "There are spare filters in the shop section of the app, three for £10.",
        Y,
        N,
    ),
    Line(
        "Nobody near me has it.",
        "The nearest branch with one in stock is Leeds, and they can hold it for you until "
        "Saturday.",
        Y,
        N,
    ),
    Line(
        "Paying by card every month is a pain.",
        "Some customers find it easier to set up a direct debit online, it takes a couple of "
        "minutes.",
        Y,
        N,
    ),
    Line(
        "So what happens now?",
        "Options from here: a full refund, a replacement, or a £20 voucher and you keep the item.",
        Y,
        N,
    ),
    Line(
        "It switched itself off again.",
        "If it happens again, unplug it at the wall for a full minute before switching back on.",
        Y,
        N,
    ),
    Line(
        "The engineer fixed it for now.",
        "I'd keep hold of the receipt in case the fault comes back.",
        Y,
        N,
    ),
    Line(
        "This is the third time I've complained.",
        "As a gesture of goodwill we've added a £15 credit to your account.",
        Y,
        N,
    ),
    # Service: offers with a check for agreement.
    Line(
        "Yes, please cancel it.", "I'll cancel it now and refund the £9.99. Is that alright?", Y, Y
    ),
    Line("Either is fine.", "Would you rather we refund the card or give you store credit?", Y, Y),
    Line("Okay.", "Shall I book the engineer for Wednesday morning then?", Y, Y),
    Line(
        "I need it sorted.",
        "I can upgrade you to the next plan for the same price. Happy to go ahead?",
        Y,
        Y,
    ),
    Line("Hmm, not sure.", "Would the collection point be easier than a home delivery?", Y, Y),
    Line("That's fine.", "Can I confirm you'd like the replacement rather than the refund?", N, Y),
    Line("I'll take the later flight.", "Great, I'll put you on the 18:40. Does that work?", Y, Y),
    Line("How long would it take?", "About three days. Is that quick enough for you?", N, Y),
    Line("Fine.", "Are we good to go ahead with the repair, then?", N, Y),
    Line(
        "What can you offer?",
        "I can knock 20% off this month's bill. Would that be acceptable?",
        Y,
        Y,
    ),
    Line("Please advise.", "Please reply to let us know whether the new date suits you.", N, Y),
    Line(
        "Can I get someone out?",
        "We've got Monday or Tuesday afternoon, which is better for you?",
        Y,
        Y,
    ),
    Line("ok", "Just to be sure, you're happy for us to take the payment today?", N, Y),
    Line(
        "I'd like to keep the room.",
        "Is it okay if we move you to a quieter room on the fourth floor tonight?",
        Y,
        Y,
    ),
    Line(
        "I'm not sure what to do.",
        "Do you want to think it over and call us back, or shall I hold the price for you until "
        "Friday?",
        Y,
        Y,
    ),
    Line(
        "I'm at work all morning.", "Would a call back tomorrow afternoon be more convenient?", Y, Y
    ),
    Line(
        "Both dates could work.",
        "Let me know which of the two dates you'd prefer and I'll lock it in.",
        Y,
        Y,
    ),
    Line("Can you do it cheaper?", "I could take £30 off if you pay today, would that help?", Y, Y),
    Line(
        "I need the car back by the weekend.",
        "We can have it ready Friday at 4, are you okay to pick it up then?",
        Y,
        Y,
    ),
    # Service: hard negatives.
    Line("It never arrived.", "Could you tell me the postcode of the delivery address?", N, N),
    Line("It just says error.", "What's the error message on the screen exactly?", N, N),
    Line("Why is it so late?", "The delay happened because the courier's van broke down.", N, N),
    Line(
        "My payment failed last night.",
        "Our system had an outage last night, which is why the payment failed.",
        N,
        N,
    ),
    Line(
        "Where's my refund?",
        "My colleague said on Friday that you'd get a refund, and I can see it went through on "
        "Monday.",
        N,
        N,
    ),
    Line(
        "Can you waive the cancellation fee?",
        "I'm afraid there's nothing I can do about the cancellation fee.",
        N,
        N,
    ),
    Line(
        "Can I change the name on the ticket?",
        "I can't change the booking once it's been issued.",
        N,
        N,
    ),
    Line(
        "I'll just take it back and buy the bigger one.",
        "So you'd like to return it and buy the bigger size in store, is that right?",
        N,
        N,
    ),
    Line(
        "I might go paperless.",
        "You mentioned you might switch to paperless billing yourself.",
        N,
        N,
    ),
    Line("That's all sorted then.", "Is there anything else I can help with today?", N, N),
    Line("Hello?", "Thanks for waiting, I've got your account open now.", N, N),
    Line("They said someone would come.", "Did the engineer turn up yesterday?", N, N),
    Line("Can I get the same model again?", "Unfortunately, that model is no longer made.", N, N),
    Line("The radiator's cold.", "Have you had any problems with the heating before?", N, N),
    Line(
        "I still haven't got it.",
        "The refund was issued on the 3rd and usually takes five days to show.",
        N,
        N,
    ),
    Line("This is unacceptable.", "I'll pass this on to the complaints team.", N, N),
    Line(
        "Can you fix the fridge?",
        "That's not something we can help with, you'll have to ask the manufacturer.",
        N,
        N,
    ),
    Line("When does my contract end?", "Your contract ends on the 14th of March.", N, N),
    Line(
        "I've been on hold for an hour.", "I completely understand how annoying that must be.", N, N
    ),
    Line("I can't log in.", "Which email address did you use to register?", N, N),
    Line(
        "Nobody answered my calls.",
        "Sorry about that, we were short-staffed over the weekend.",
        N,
        N,
    ),
    Line(
        "You said it would come yesterday.",
        "We promised the parcel would be with you yesterday, and it wasn't.",
        N,
        N,
    ),
    Line(
        "I could just leave it with my neighbour.",
        "Your idea of leaving it with a neighbour is a good one.",
        N,
        N,
    ),
    Line("I'd like a table for four.", "Can I take a name for the booking?", N, N),
    Line("My bill's wrong.", "Let me just check that for you.", N, N),
    Line(
        "I dropped it and the screen broke.",
        "The warranty doesn't cover accidental damage, I'm afraid.",
        N,
        N,
    ),
    Line("I want to cancel.", "Can I ask why you've decided to cancel?", N, N),
    Line("Why can't I get through?", "We're seeing very high call volumes at the moment.", N, N),
    Line(
        "Where do I find the serial number?",
        "Please check the label on the back and read the serial number out to me.",
        N,
        N,
    ),
    Line(
        "I'm not sure when I ordered.",
        "Can you try to remember roughly when you placed the order?",
        N,
        N,
    ),
    Line(
        "He told me it would be fixed.",
        "The technician told you it would be fixed by Friday, and I'm sorry it wasn't.",
        N,
        N,
    ),
    Line("Can you take the fee off?", "I'm not able to waive the fee, it's set by the bank.", N, N),
    Line("I need help with my order.", "Have you got the order number handy?", N, N),
    Line(
        "I've sent three emails.",
        "We have received your complaint and will respond within 10 working days.",
        N,
        N,
    ),
]


BLIND_B: list[Line] = [
    # Counselling, transcript style.
    Line(
        "I just don't have the willpower.",
        "Mm-hmm. Well, one of the things that, um, works for quite a few people is having a "
        "buddy, someone you can text when the urge hits.",
        Y,
        N,
    ),
    Line(
        "The weekends are when it all goes wrong.",
        "Yeah. So, uh, you might think about planning something for Saturday nights that doesn't "
        "revolve around the pub.",
        Y,
        N,
    ),
    Line(
        "I don't want to be on tablets forever.",
        "Right, and there are, you know, non-drug approaches as well, like the talking therapies, "
        "which you can refer yourself to.",
        Y,
        N,
    ),
    Line(
        "I get anxious in the supermarket.",
        "Online shopping with a delivery slot could take some of that pressure off while you "
        "build up to going in.",
        Y,
        N,
    ),
    Line(
        "My sugar levels were high again.",
        "I-I'd really recommend cutting the sweet tea down to one sugar and then none over a few "
        "weeks.",
        Y,
        N,
    ),
    Line(
        "I'm not sure I can do it on my own.",
        "The stop smoking service does weekly drop-ins, and they give you the patches for free.",
        Y,
        N,
    ),
    Line(
        "The pain wakes me up.",
        "A hot water bottle on the lower back before bed is something that helps a lot of my "
        "patients.",
        Y,
        N,
    ),
    Line(
        "I've got no energy in the afternoons.",
        "Swapping the white bread at lunch for something wholemeal might keep you going a bit "
        "longer.",
        Y,
        N,
    ),
    Line(
        "I can't face the gym.",
        "Dancing in the kitchen counts as exercise too, honestly, anything that gets your heart "
        "rate up.",
        Y,
        N,
    ),
    Line(
        "I always crave one after my coffee.",
        "So, uh, maybe have the coffee somewhere different, like in the garden, to break that "
        "link.",
        Y,
        N,
    ),
    Line(
        "I think I'd like to try the app.",
        "Okay. So shall we set it up together now, before you leave?",
        Y,
        Y,
    ),
    Line("Probably the gum.", "Great. And when are you thinking of starting with it?", N, Y),
    Line(
        "I could manage it three times a week.",
        "Three times a week. Are you happy for us to write that down as your goal?",
        N,
        Y,
    ),
    Line(
        "I suppose I should come back.",
        "Would a month from now give you enough time to see how it goes?",
        N,
        Y,
    ),
    Line(
        "I'm willing to give it a go.",
        "So what's the very first thing you'll do when you get home?",
        N,
        Y,
    ),
    Line(
        "I'm not sure which one.",
        "Okay, so you've got the patch, the spray or the tablets, which of those do you fancy?",
        Y,
        Y,
    ),
    Line(
        "I could cut down to the weekends.",
        "Is weekends only something you feel you could stick to for the next fortnight?",
        N,
        Y,
    ),
    Line(
        "Yeah, I'd be up for that.",
        "Okay, so we'll book you a fortnight's review, and we can look at the numbers then. All "
        "right?",
        Y,
        Y,
    ),
    Line("My husband thinks I drink too much.", "And what do you think about your drinking?", N, N),
    Line(
        "I've been smoking since I was fourteen.",
        "So it's been a part of your life for a long time.",
        N,
        N,
    ),
    Line(
        "Eating late doesn't matter, does it?",
        "Eating late means your body is digesting when it should be resting, and that can affect "
        "your sleep.",
        N,
        N,
    ),
    Line("I tried the patches last year.", "And what happened when you tried them?", N, N),
    Line(
        "I want to lose weight for my daughter's wedding.",
        "So the wedding is a big reason for you to make these changes.",
        N,
        N,
    ),
    Line(
        "I know what you're going to say.",
        "I'm not here to judge, I just want to understand where you're at.",
        N,
        N,
    ),
    Line(
        "Can I have something stronger for the pain?",
        "I'm not able to increase the dose without the doctor reviewing you first.",
        N,
        N,
    ),
    Line(
        "Maybe I could go for a swim on Sundays.", "A swim on Sundays, you were saying, yeah.", N, N
    ),
    Line(
        "I'm a bit worried, to be honest.",
        "Would you mind if I asked you a few questions about your diet?",
        N,
        N,
    ),
    Line(
        "My mum had diabetes.",
        "Okay, so there's a family history there. How old was she when she was diagnosed?",
        N,
        N,
    ),
    # Service chat and e-mail.
    Line(
        "The zip on my new bag broke.",
        "Zip repairs are free at any of our stores within the first year, so you can pop in "
        "whenever suits.",
        Y,
        N,
    ),
    Line(
        "My broadband is painfully slow upstairs.",
        "A mesh booster usually fixes upstairs dead spots, and we can add one to your plan for £3 "
        "a month.",
        Y,
        N,
    ),
    Line(
        "I missed the last train home.",
        "Your ticket is valid on the first service tomorrow morning at no extra cost.",
        Y,
        N,
    ),
    Line(
        "I was charged twice.",
        "I've reversed the second charge, it should be back in your account within 3 working days.",
        Y,
        N,
    ),
    Line(
        "Is there any other way to pay?",
        "Apple Pay and bank transfer both work on the checkout page as well.",
        Y,
        N,
    ),
    Line(
        "My glasses are scratched already.",
        "Our scratch cover would replace the lenses free of charge, and you're still inside the "
        "period to add it.",
        Y,
        N,
    ),
    Line(
        "The hotel next door is so noisy.",
        "Earplugs are available free at the front desk, and we can also move you to the courtyard "
        "side.",
        Y,
        N,
    ),
    Line(
        "My mortgage payment has gone up a lot.",
        "A longer term would lower the monthly payment, although you'd pay more overall.",
        Y,
        N,
    ),
    Line(
        "The heating timer is confusing.",
        "There's a short video guide on our YouTube channel that walks through the timer step by "
        "step.",
        Y,
        N,
    ),
    Line(
        "I lost my bin collection calendar.",
        "You can download a fresh copy from the council website by entering your postcode.",
        Y,
        N,
    ),
    Line(
        "I've got no signal at home.",
        "Wi-Fi calling would let you make calls over your home internet, and it's free to switch "
        "on.",
        Y,
        N,
    ),
    Line(
        "My order is going to the wrong address.",
        "Would you like us to intercept it and send it to your work instead?",
        Y,
        Y,
    ),
    Line(
        "I want to cancel the holiday.",
        "Before you cancel, you could move the dates for free up to 28 days before travel. Shall "
        "I check what's available?",
        Y,
        Y,
    ),
    Line(
        "I need the invoice sorted.",
        "I'll reissue the invoice in your company's name today, does that sort it for you?",
        Y,
        Y,
    ),
    Line(
        "The replacement's taking ages.",
        "We could courier it to you tomorrow instead of standard post. Want me to arrange that?",
        Y,
        Y,
    ),
    Line(
        "Can I get my money back?",
        "Yes. Would you prefer it back on the original card or as a bank transfer?",
        Y,
        Y,
    ),
    Line("Next week is better.", "Okay, how is next Tuesday afternoon for the fitting?", Y, Y),
    Line(
        "Let me think about it.",
        "Of course, take your time. Once you've decided, just tell me which plan you want and "
        "I'll do the rest.",
        N,
        Y,
    ),
    Line(
        "That's fine by me.",
        "Lovely. So we're agreed: a full refund, and you keep the damaged item?",
        N,
        Y,
    ),
    Line(
        "My package says delivered but it isn't here.",
        "Could you check with your neighbours and look around the property first?",
        Y,
        N,
    ),
    Line(
        "I want to complain about the driver.",
        "I'm sorry to hear that. What happened when he arrived?",
        N,
        N,
    ),
    Line(
        "Why was my claim rejected?",
        "The claim was declined because the damage happened before the policy started.",
        N,
        N,
    ),
    Line(
        "Your engineer was rude.",
        "That's not the standard we expect, and I'll make sure his manager hears about it.",
        N,
        N,
    ),
    Line(
        "Can you refund me for the broken lamp?",
        "Unfortunately that was a clearance item, so we can't offer refunds on it.",
        N,
        N,
    ),
    Line(
        "Last month you said you'd fix this.",
        "You're right, we told you it would be resolved in March and it wasn't.",
        N,
        N,
    ),
    Line(
        "I'll just buy a new one myself then.",
        "Buying a new one yourself, I see. Do you still have the receipt from the first one?",
        N,
        N,
    ),
    Line("Where is my parcel?", "It left our depot at 7am and is out for delivery today.", N, N),
    Line(
        "I need to change my address.",
        "Can you confirm your date of birth for security first?",
        N,
        N,
    ),
    Line("This is taking forever.", "I know, and I appreciate you bearing with me.", N, N),
    Line(
        "Why did the price go up?",
        "Prices rose across all tariffs in April because of wholesale costs.",
        N,
        N,
    ),
    Line(
        "Can you do anything about it?",
        "I'm sorry, there really isn't anything I can do from my end.",
        N,
        N,
    ),
    Line("Thanks, all sorted.", "Glad to hear it. Have a lovely evening!", N, N),
]


BLIND_C: list[Line] = [
    # Counselling, transcript style.
    Line(
        "I end up eating the kids' leftovers.",
        "Mm. Some parents, um, scrape the plates straight into the bin before they sit down, so "
        "it's not there to pick at.",
        Y,
        N,
    ),
    Line(
        "I can't get to sleep without a drink.",
        "Okay. A-a wind-down routine, like a bath and a book, is something we could try in place "
        "of the nightcap.",
        Y,
        N,
    ),
    Line(
        "I don't know how to say no to my friends.",
        "You know, you could practise a line or two, something like 'I'm driving tonight', so "
        "it's ready when you need it.",
        Y,
        N,
    ),
    Line(
        "My back is killing me after work.",
        "Right. The physio team run a back class on Wednesday evenings, and your GP can refer you.",
        Y,
        N,
    ),
    Line(
        "I've got no motivation.",
        "Setting a really small target, like five minutes, tends to get people started more than "
        "a big one does.",
        Y,
        N,
    ),
    Line(
        "I always forget to drink water.",
        "Uh, a big bottle on your desk with the times marked on it, that's worked well for others.",
        Y,
        N,
    ),
    Line(
        "I get so angry when he's late.",
        "So one option might be to agree a time with him beforehand, and what happens if he "
        "misses it.",
        Y,
        N,
    ),
    Line(
        "Vaping seems safer.",
        "It is less harmful than smoking, and if it helps you stop the cigarettes, switching to "
        "it completely is a reasonable step.",
        Y,
        N,
    ),
    Line(
        "I don't know what to do next.",
        "What would you like to try first, the food diary or the walking?",
        N,
        Y,
    ),
    Line(
        "Maybe I'll try the class.",
        "Okay. How many times do you think you could get there before we next meet?",
        N,
        Y,
    ),
    Line(
        "I could give up the biscuits at work.",
        "That sounds like a plan. Do you want to start on Monday?",
        N,
        Y,
    ),
    Line("I'm okay with seeing you again.", "Good. Same time in three weeks, then?", Y, Y),
    Line(
        "I'm not sure about the group.",
        "Would you be willing to go once, just to see what it's like?",
        Y,
        Y,
    ),
    Line(
        "I don't really like talking about it.",
        "That's okay, we can go at whatever pace feels right for you.",
        N,
        N,
    ),
    Line("My dad drank a lot.", "How do you think that has shaped the way you see drinking?", N, N),
    Line("I smoke more when I'm bored.", "So boredom is one of the big triggers for you.", N, N),
    Line("I had a bad week.", "Tell me more about what made it so hard.", N, N),
    Line(
        "Why do I get headaches when I stop coffee?",
        "Caffeine withdrawal can cause headaches for a few days, and they usually fade by the end "
        "of the week.",
        N,
        N,
    ),
    Line(
        "I stopped the tablets because of the dizziness.",
        "So the dizziness was bad enough that you decided to stop them.",
        N,
        N,
    ),
    Line(
        "I want to do it on my own.",
        "It sounds like doing it your own way really matters to you.",
        N,
        N,
    ),
    Line(
        "Can you just give me a diet sheet?",
        "Before I do, may I ask what you usually eat in a day?",
        N,
        N,
    ),
    Line("I quit once for a whole year.", "A whole year. How did you manage that?", N, N),
    # Service chat, e-mail and social replies.
    Line(
        "@AirCo my bag didn't arrive in Lisbon",
        "So sorry! A delivery to your hotel can be arranged once it's traced, just DM us the file "
        "reference.",
        Y,
        N,
    ),
    Line(
        "My prescription hasn't been sent over.",
        "The surgery can send it electronically to any pharmacy you name, so a quick call to them "
        "should sort it.",
        Y,
        N,
    ),
    Line(
        "The gym is always packed at six.",
        "Mid-morning and after eight are usually quiet, and the app shows live numbers before you "
        "set off.",
        Y,
        N,
    ),
    Line(
        "The car hire desk was closed when I landed.",
        "Next time, the key box by the exit lets you collect after hours with the code we text "
        "you.",
        Y,
        N,
    ),
    Line(
        "My dog won't take the tablets.",
        "Hiding the tablet in a little cheese or a pill pocket usually does it.",
        Y,
        N,
    ),
    Line(
        "The software licence won't activate.",
        "Running the installer as administrator normally gets past that step.",
        Y,
        N,
    ),
    Line(
        "I can't afford the repair in one go.",
        "We offer 0% finance over 6 or 12 months on repairs over £200.",
        Y,
        N,
    ),
    Line(
        "I keep getting paper bills.",
        "Paperless billing is a tick box under Account settings, and it takes effect from the "
        "next bill.",
        Y,
        N,
    ),
    Line(
        "My fridge delivery is the same day as my holiday.",
        "We can push the delivery back a week at no charge, or a neighbour can sign for it.",
        Y,
        N,
    ),
    Line(
        "I was overcharged for parking.",
        "I've refunded the £6 difference to your card; you'll see it in 2 to 3 days.",
        Y,
        N,
    ),
    Line(
        "Your app logged me out and won't let me back in.",
        "Clearing the app's cache from your phone settings should let you sign in again.",
        Y,
        N,
    ),
    Line(
        "The washing machine smells.",
        "A hot empty wash with a cup of white vinegar every month or so keeps that at bay.",
        Y,
        N,
    ),
    Line(
        "I need a bigger van for the move.",
        "We've got a 7.5 tonne available on Saturday, or two smaller vans if you'd rather.",
        Y,
        N,
    ),
    Line(
        "The train was delayed 40 minutes.",
        "You're due 50% back under Delay Repay, and the claim form takes a few minutes online.",
        Y,
        N,
    ),
    Line(
        "Can I bring my dog to the hotel?",
        "We have three dog-friendly rooms on the ground floor. Shall I reserve one of those?",
        Y,
        Y,
    ),
    Line(
        "I'd like to change my plan.",
        "I can move you to the 30GB plan from your next bill. Want me to do that now?",
        Y,
        Y,
    ),
    Line("The Tuesday slot is awkward.", "How about Thursday between 1 and 5 instead?", Y, Y),
    Line(
        "I'm happy with a credit.",
        "Great, I'll add £25 to your account. Is that all right with you?",
        Y,
        Y,
    ),
    Line(
        "I'd like to upgrade.",
        "The upgrade would be £8 more a month and starts today, are you happy to go ahead on that "
        "basis?",
        Y,
        Y,
    ),
    Line("Either date.", "Which would be better for the installation, the 4th or the 11th?", Y, Y),
    Line(
        "Please sort it.",
        "Before I process the return, can you confirm you'd like the money back rather than an "
        "exchange?",
        N,
        Y,
    ),
    Line(
        "Can I see the contract first?",
        "Of course. I'll email it over now; have a read and let me know if you're happy to sign.",
        Y,
        Y,
    ),
    Line(
        "Where's my replacement card?",
        "It was posted on Monday and should arrive by Thursday.",
        N,
        N,
    ),
    Line(
        "Why was I charged a late fee?",
        "The payment reached us on the 3rd, two days after the due date, so the fee was added "
        "automatically.",
        N,
        N,
    ),
    Line(
        "The manager promised me a discount.",
        "I can see a note that a discount was mentioned, but nothing was put on the account.",
        N,
        N,
    ),
    Line("Can you reopen my old account?", "I'm afraid closed accounts can't be reopened.", N, N),
    Line(
        "I was thinking of switching to monthly.",
        "Monthly, okay. And is that for both the phone and the broadband?",
        N,
        N,
    ),
    Line("My order is wrong.", "Can you tell me which items were missing?", N, N),
    Line(
        "How long has the outage been going on for?",
        "Since about 3pm yesterday, for customers in the north-west.",
        N,
        N,
    ),
    Line("Is anyone going to fix this?", "I've passed your details to the network team.", N, N),
    Line(
        "Why did my flight change?",
        "The schedule changed because the airport shortened its night-time hours.",
        N,
        N,
    ),
    Line(
        "I'll go to the shop and buy one myself.",
        "That's your call, of course. Do you know which model you had?",
        N,
        N,
    ),
    Line("Can I pay later?", "We're unable to accept payment after the booking date.", N, N),
    Line("Thanks for your help.", "You're very welcome, take care.", N, N),
    Line(
        "I'm still waiting for the engineer.",
        "He was booked for between 8 and 12 today, so he should be with you soon.",
        N,
        N,
    ),
    Line("Do you deliver on Sundays?", "We don't deliver on Sundays, no.", N, N),
]

BLIND_D: list[Line] = [
    # Counselling, transcript style.
    Line(
        "I snack all evening in front of the telly.",
        "Mm-hmm. What some folks do is, um, brush their teeth straight after tea, it sort of "
        "signals the kitchen's closed.",
        Y,
        N,
    ),
    Line(
        "I can't stand the taste of water.",
        "A slice of lemon or some frozen berries in the jug makes it a lot more bearable, you "
        "know.",
        Y,
        N,
    ),
    Line(
        "I'm scared of going back to the meetings.",
        "You don't have to speak at all the first time, you can just sit at the back and listen.",
        Y,
        N,
    ),
    Line(
        "I keep buying scratch cards.",
        "Uh, there's a blocking tool the shops can put on your loyalty card, if that's something "
        "you'd want.",
        Y,
        N,
    ),
    Line(
        "My drinking's mostly when I'm on my own.",
        "So, one idea would be to, um, ring your brother on those evenings instead of opening a "
        "bottle.",
        Y,
        N,
    ),
    Line(
        "I can't afford nicotine replacement.",
        "It's free on prescription for you, because of the benefits you're on.",
        Y,
        N,
    ),
    Line(
        "I get breathless on the stairs.",
        "Taking them slowly and stopping halfway is absolutely fine, and it'll get easier as you "
        "get fitter.",
        Y,
        N,
    ),
    Line(
        "I want to feel less tired.",
        "Okay. So what might be a small change you'd be prepared to make this week?",
        N,
        Y,
    ),
    Line(
        "I suppose I could walk the kids to school.",
        "That sounds doable. How many days a week would you aim for?",
        N,
        Y,
    ),
    Line(
        "I'm going to try the gum.",
        "Great. Shall we meet again in a fortnight and see how it's going?",
        Y,
        Y,
    ),
    Line(
        "I'm thinking of cutting down first.",
        "Okay, and if cutting down is the plan, what number would you be happy to start at?",
        N,
        Y,
    ),
    Line(
        "I'll give it a go.",
        "So you'll try the app for the next two weeks, and we'll look at it together when you "
        "come in. Is that fair?",
        N,
        Y,
    ),
    Line("I drink to relax.", "And what else helps you relax, apart from the drink?", N, N),
    Line(
        "I've been smoking more since the divorce.",
        "It's been a really stressful time, and smoking's been one way of getting through it.",
        N,
        N,
    ),
    Line(
        "Does alcohol affect my tablets?",
        "Drinking can make the tablets less effective and make you drowsier.",
        N,
        N,
    ),
    Line("I keep putting off the exercise.", "What do you think gets in the way?", N, N),
    Line("I'd like to quit for my son.", "Your son is a really important reason for you.", N, N),
    Line("My partner says I should quit.", "What do you think yourself, though?", N, N),
    Line(
        "I'd like to stop but not yet.",
        "So the time isn't right yet, but you can see yourself stopping in the future.",
        N,
        N,
    ),
    Line(
        "Do you think I'm an alcoholic?",
        "I don't think labels are that helpful; what matters is how the drinking affects you.",
        N,
        N,
    ),
    Line(
        "I stopped for a month last spring.",
        "A month is a long time. What helped you during that month?",
        N,
        N,
    ),
    Line(
        "Will I put on weight if I stop?",
        "Some people do gain a few pounds, though it's far less risky than carrying on smoking.",
        N,
        N,
    ),
    # Service chat, e-mail and social replies.
    Line(
        "My headphones only work in one ear.",
        "Pairing them again from scratch, after you've forgotten them in Bluetooth, sorts this "
        "out most of the time.",
        Y,
        N,
    ),
    Line(
        "The boiler's lost pressure again.",
        "The filling loop under the boiler lets you top it back up, and there's a 2-minute video "
        "on our site showing how.",
        Y,
        N,
    ),
    Line(
        "I can't make the 9am appointment.",
        "We do have late appointments on Thursdays until 7.",
        Y,
        N,
    ),
    Line(
        "My fridge door doesn't close properly.",
        "The door seal might just need a clean, warm soapy water around the rubber often does the "
        "trick.",
        Y,
        N,
    ),
    Line(
        "My energy direct debit is too high.",
        "Lowering it to £95 would still cover your usage, based on the last 12 months.",
        Y,
        N,
    ),
    Line(
        "I've lost my loyalty card.",
        "No need for a new card, your points are also in the app if you log in with the same "
        "email.",
        Y,
        N,
    ),
    Line(
        "The parcel locker won't open.",
        "Scanning the QR code from the email instead of typing the PIN usually works when the "
        "keypad's playing up.",
        Y,
        N,
    ),
    Line(
        "The room is too hot.",
        "The air conditioning control is by the wardrobe, and maintenance can come up if it isn't "
        "cooling.",
        Y,
        N,
    ),
    Line(
        "Can I get a refund on my season ticket?",
        "Yes, you can claim back the unused weeks from the date you hand it in.",
        Y,
        N,
    ),
    Line(
        "My phone screen is tiny for reading emails.",
        "The text size setting makes everything bigger, or there's a zoom option in Accessibility.",
        Y,
        N,
    ),
    Line(
        "I need the sofa before Christmas.",
        "The display model is available now at 20% off, and we could deliver it next week.",
        Y,
        N,
    ),
    Line(
        "I want to pay off my loan early.",
        "An early settlement figure can be sent to you today, valid for 28 days.",
        Y,
        N,
    ),
    Line(
        "The plumber can't come until next week.",
        "If it's an emergency, our out-of-hours line can get someone there tonight.",
        Y,
        N,
    ),
    Line(
        "I keep getting spam texts.",
        "Forwarding them to 7726 reports them to your network for free.",
        Y,
        N,
    ),
    Line(
        "The toddler seat is too small now.",
        "We can swap it for the next size up when you collect the car. Would you like me to note "
        "that?",
        Y,
        Y,
    ),
    Line(
        "Can you fit us in this week?",
        "I've got Friday at 3:15 or Saturday at 10. Which suits?",
        Y,
        Y,
    ),
    Line(
        "That's fine, thanks.",
        "So the refund goes back to the card ending 4417, and you'll keep the voucher. Okay with "
        "that?",
        N,
        Y,
    ),
    Line(
        "I want the bigger bed.",
        "I can change the booking to a king room for £20 a night extra. Shall I?",
        Y,
        Y,
    ),
    Line(
        "Could you look into it?",
        "Sure, I'll open a case today and email you by Friday. Does that work for you?",
        Y,
        Y,
    ),
    Line(
        "I'm in two minds.",
        "No rush. Would it help if I sent you both quotes so you can compare them?",
        Y,
        Y,
    ),
    Line("My bill's gone up.", "Can I check, is this the broadband bill or the mobile one?", N, N),
    Line(
        "Why hasn't my refund arrived?",
        "Refunds to PayPal take longer because they're processed in a separate batch.",
        N,
        N,
    ),
    Line(
        "I was told I'd get a call.",
        "Yes, the note says a supervisor was meant to call you on Tuesday.",
        N,
        N,
    ),
    Line(
        "Can I swap my ticket for a later show?",
        "Unfortunately, tickets for this show can't be exchanged.",
        N,
        N,
    ),
    Line(
        "I'll just return it by post.",
        "Returning it by post, got it. Was it the blue one or the grey?",
        N,
        N,
    ),
    Line("Can I speak to a manager?", "I'll put you through to my team leader now.", N, N),
    Line("Is my data safe?", "Yes, the breach didn't affect any payment details.", N, N),
    Line(
        "It's still not working.",
        "I'm sorry it's still playing up. When did it last work properly?",
        N,
        N,
    ),
    Line("Did you get my photos?", "We did, thank you. They show the scratch clearly.", N, N),
    Line(
        "Why is my water brown?",
        "There's been a burst main on your road, which stirs up sediment in the pipes.",
        N,
        N,
    ),
    Line(
        "I'm going to cancel.",
        "I'm sorry to hear that. There's nothing else I can offer on that tariff, I'm afraid.",
        N,
        N,
    ),
    Line("Do you have it in blue?", "We don't, it only came in black and white this year.", N, N),
]

BLIND_E: list[Line] = [
    # Counselling, transcript style.
    Line(
        "I'm always grabbing crisps on the way home.",
        "Right. Um, packing a banana or some nuts in your bag might stop you being so hungry by "
        "the time you pass the shop.",
        Y,
        N,
    ),
    Line(
        "I can't stop thinking about work at night.",
        "Writing tomorrow's to-do list before bed, so it's out of your head, is a thing a lot of "
        "people swear by.",
        Y,
        N,
    ),
    Line(
        "I'm dreading the family party.",
        "You know, it's okay to leave early, or to take your own soft drinks so you're not "
        "offered one every five minutes.",
        Y,
        N,
    ),
    Line(
        "My knees can't cope with running.",
        "Have you thought about cycling? It's much easier on the knees and you still get the "
        "fitness.",
        Y,
        N,
    ),
    Line(
        "I don't know where to get help with money.",
        "The debt advice charity in town is free, and they'll sit down with you and go through "
        "everything.",
        Y,
        N,
    ),
    Line(
        "I've been skipping my insulin.",
        "I-I'd want you to speak to the diabetes nurse this week, honestly, because missing doses "
        "can be really dangerous.",
        Y,
        N,
    ),
    Line(
        "The cravings are worst with a cuppa.",
        "Maybe switching to a different drink for a while, like a fruit tea, could help break "
        "that habit.",
        Y,
        N,
    ),
    Line(
        "I want to get out more.", "So, which of those ideas feels like the one to try first?", N, Y
    ),
    Line(
        "I could do the walking group on Tuesdays.",
        "Okay, so Tuesdays. Would it be useful if we checked in by phone after the first one?",
        Y,
        Y,
    ),
    Line(
        "I think I'm ready to set a date.", "Brilliant. What date would you like to go for?", N, Y
    ),
    Line(
        "I'd like to cut down to three drinks.",
        "Three a night. And what would be a realistic time frame to get there?",
        N,
        Y,
    ),
    Line(
        "I'll try to eat breakfast every day.",
        "Every day, okay. And are you happy to keep a note of it so we can look at it next time?",
        N,
        Y,
    ),
    Line("I've got a lot on at the moment.", "What's taking up most of your time right now?", N, N),
    Line(
        "I drink to get to sleep.", "So the drink has become a way of switching off at night.", N, N
    ),
    Line(
        "Will the tablets make me put on weight?",
        "Some people do notice a change in appetite, so it's worth us keeping an eye on it.",
        N,
        N,
    ),
    Line(
        "I'm not sure I want to change.",
        "That's okay. It's your decision, and there's no pressure from me.",
        N,
        N,
    ),
    Line("My mum smoked her whole life.", "What do you remember about that, growing up?", N, N),
    Line(
        "I walked every day last week.",
        "That's brilliant, you must be really pleased with yourself.",
        N,
        N,
    ),
    Line(
        "Why is my blood pressure up?",
        "Stress, salt and drinking can all push it up, and sometimes it's just the way you're "
        "made.",
        N,
        N,
    ),
    Line("I think I need to lose weight.", "What makes you say that now?", N, N),
    Line(
        "I suppose I could try the nicotine spray.",
        "You could try the spray, you're thinking.",
        N,
        N,
    ),
    # Service chat, e-mail and social replies.
    Line(
        "My bin wasn't collected.",
        "A missed collection can be reported on the council app, and the crew will come back "
        "within two working days.",
        Y,
        N,
    ),
    Line(
        "The kettle I bought leaks.",
        "You can take it back to any branch with the receipt for a straight swap.",
        Y,
        N,
    ),
    Line(
        "The website keeps timing out at payment.",
        "Paying through the app tends to be more reliable while we fix the site.",
        Y,
        N,
    ),
    Line(
        "Your delivery driver left my parcel in the rain.",
        "I'm so sorry. A reshipment is on its way to you today, and you don't need to send "
        "anything back.",
        Y,
        N,
    ),
    Line(
        "Is there a cheaper broadband package?",
        "Our Essentials plan is £22 a month for people on certain benefits, and you may qualify.",
        Y,
        N,
    ),
    Line(
        "My flight home is overbooked.",
        "You can volunteer to take the next flight in exchange for €250 compensation and a meal "
        "voucher.",
        Y,
        N,
    ),
    Line(
        "My wifi password won't work.",
        "The default password is printed on the sticker under the router, worth trying that one.",
        Y,
        N,
    ),
    Line(
        "I can't afford my water bill.",
        "There's a capped tariff for low-income households that could bring the bill down quite a "
        "bit.",
        Y,
        N,
    ),
    Line(
        "I need to get to the station early.",
        "A taxi can be booked from reception for 5am, and breakfast can be packed for you to take.",
        Y,
        N,
    ),
    Line(
        "The tablet keeps freezing.",
        "Holding the power and volume buttons together for 10 seconds forces a restart.",
        Y,
        N,
    ),
    Line(
        "Your call centre is always busy.",
        "Live chat is usually much quicker, and it's open until 10pm.",
        Y,
        N,
    ),
    Line(
        "I can't find my booking reference.",
        "If you give me the email address you booked with, I can resend the confirmation.",
        Y,
        N,
    ),
    Line(
        "My dog's food order came without the treats.",
        "I'll pop the treats in the post today and refund the delivery charge.",
        Y,
        N,
    ),
    Line(
        "Can the engineer come earlier?",
        "I can put you on the cancellation list, and we'll ring you if an earlier slot comes up. "
        "Shall I do that?",
        Y,
        Y,
    ),
    Line(
        "I'd like the refund, please.",
        "No problem. It'll go back to your Visa ending 0031, is that the right card?",
        N,
        Y,
    ),
    Line("Are there any evening slots?", "Tuesday at 6:30 is free. Would that suit you?", Y, Y),
    Line(
        "I'm not sure which size.",
        "We can send both and you return the one that doesn't fit, free. Want to do it that way?",
        Y,
        Y,
    ),
    Line(
        "Can you split the payment?",
        "Yes, three payments of £40 over three months. Happy with that?",
        Y,
        Y,
    ),
    Line(
        "OK, let's do it.",
        "Great, so I'll book the install for the 19th between 8 and 1. Can I go ahead and confirm "
        "it?",
        Y,
        Y,
    ),
    Line(
        "I can't decide.",
        "Take as long as you need, and reply here with the option you'd like when you're ready.",
        N,
        Y,
    ),
    Line("My order is late.", "Can I take your order number so I can look into it?", N, N),
    Line(
        "Why did my direct debit bounce?",
        "It looks like there weren't enough funds in the account on the 1st.",
        N,
        N,
    ),
    Line(
        "I spoke to someone yesterday who said they'd call.",
        "I can see that call was booked for today, but it hasn't happened yet.",
        N,
        N,
    ),
    Line(
        "Can you waive the excess?",
        "I'm afraid the excess applies to every claim, so I can't remove it.",
        N,
        N,
    ),
    Line(
        "I've already tried turning it off and on.",
        "Okay, thanks for trying that. How long has it been doing this?",
        N,
        N,
    ),
    Line(
        "My neighbour says the outage is everywhere.",
        "Yes, it's affecting the whole postcode at the moment.",
        N,
        N,
    ),
    Line("I want a human, not a bot.", "You're talking to a real person, I promise!", N, N),
    Line(
        "I'll cancel and go to your competitor.",
        "I understand. Is there a particular reason you're leaving?",
        N,
        N,
    ),
    Line("You sent the wrong size.", "I'm sorry, that's our mistake in the warehouse.", N, N),
    Line(
        "I was promised a discount last month.",
        "I can see my colleague noted a discount, but it was never applied.",
        N,
        N,
    ),
    Line(
        "How do I know this won't happen again?",
        "We've changed how our drivers record safe places after complaints like yours.",
        N,
        N,
    ),
    Line("Thank you so much!", "It was a pleasure, enjoy the rest of your weekend.", N, N),
    Line(
        "Do you price match?",
        "We don't price match online retailers, only high street stores.",
        N,
        N,
    ),
]

BLIND_F: list[Line] = [
    # Counselling, transcript style.
    Line(
        "I always eat too fast.",
        "Mm-hmm. Putting the fork down between mouthfuls sounds silly, but it really slows things "
        "down.",
        Y,
        N,
    ),
    Line(
        "I can't face cooking after work.",
        "Batch cooking on a Sunday, um, so there's something in the freezer, might take the "
        "pressure off those evenings.",
        Y,
        N,
    ),
    Line(
        "My mates all vape.",
        "Uh, you could always tell them you're having a break from it for a month, that's often "
        "easier to say than quitting.",
        Y,
        N,
    ),
    Line(
        "I lie awake worrying.",
        "There's a free sleep app the NHS recommends, it talks you through a wind-down, if you "
        "fancy trying it.",
        Y,
        N,
    ),
    Line(
        "I get lightheaded on the new pills.",
        "Standing up slowly, especially first thing, usually stops that, and it tends to settle "
        "after a couple of weeks.",
        Y,
        N,
    ),
    Line(
        "I'm drinking every night now.",
        "One thing to think about might be having a few alcohol-free nights in the week, maybe "
        "Monday to Wednesday to begin with.",
        Y,
        N,
    ),
    Line(
        "I can't get motivated to go out.",
        "A dog-walking volunteer scheme might suit you, you get out and there's a bit of company "
        "too.",
        Y,
        N,
    ),
    Line(
        "I'm willing to try the patches.",
        "Okay, so shall I write you up for the 21mg ones and we'll review in two weeks?",
        Y,
        Y,
    ),
    Line(
        "I think Thursday evenings could work for the gym.",
        "Thursday evenings, great. How are you going to make sure it actually happens?",
        N,
        Y,
    ),
    Line(
        "I'd like to be down to five a day.",
        "Five a day, okay. By when would you like to have got there?",
        N,
        Y,
    ),
    Line(
        "Maybe I could call my sponsor more.",
        "That sounds really sensible. How often would feel right, do you think?",
        N,
        Y,
    ),
    Line(
        "I'll think about the group.",
        "Sure. Would you be open to me sending you the details, so you've got them if you decide "
        "to go?",
        Y,
        Y,
    ),
    Line(
        "I've tried everything.",
        "It sounds like you've put a lot of effort in and you're feeling worn down.",
        N,
        N,
    ),
    Line("I know smoking's bad.", "What do you know about what it's doing to you?", N, N),
    Line("I think it's my genes.", "So you feel like some of this is outside your control.", N, N),
    Line(
        "Do I have to stop completely?",
        "That's really up to you, and we can talk about what you'd want.",
        N,
        N,
    ),
    Line("I've cut down a bit.", "How much were you having before, and how much now?", N, N),
    Line(
        "Is the gum addictive?",
        "It does contain nicotine, but at a much lower level and without the tar.",
        N,
        N,
    ),
    Line(
        "I'm not sure I can stop.",
        "You stopped for six months after your daughter was born, didn't you?",
        N,
        N,
    ),
    Line("My wife wants me to see you.", "And how do you feel about being here?", N, N),
    Line(
        "I think about quitting a lot.",
        "What would be different in your life if you did quit?",
        N,
        N,
    ),
    # Service chat, e-mail and social replies.
    Line(
        "The blender lid cracked.",
        "Replacement lids are £6.50 from our spares page, and I can send you a 20% code for it.",
        Y,
        N,
    ),
    Line(
        "My car won't start in the cold.",
        "A battery check is free at any of our centres, and it takes about ten minutes.",
        Y,
        N,
    ),
    Line(
        "Can I get a copy of my statement?",
        "Statements for the last seven years are downloadable under Documents in online banking.",
        Y,
        N,
    ),
    Line(
        "The printer ink runs out so fast.",
        "Our ink subscription sends new cartridges before you run out, and it works out about 30% "
        "cheaper.",
        Y,
        N,
    ),
    Line(
        "I booked the wrong date.",
        "Date changes are free up to 48 hours before, so I can move it to the 14th now.",
        Y,
        N,
    ),
    Line(
        "The shower pump is really loud.",
        "Fitting anti-vibration pads under the pump cuts the noise a lot, they're about a fiver.",
        Y,
        N,
    ),
    Line(
        "My phone plan runs out of data.",
        "A data add-on of 10GB is £5 for the month, or our unlimited plan is only £4 more.",
        Y,
        N,
    ),
    Line(
        "My child's bus pass is lost.",
        "A replacement pass can be ordered online for £5 and posted within 3 days.",
        Y,
        N,
    ),
    Line(
        "My tracking hasn't updated.",
        "I've asked the courier to call you before 12 tomorrow with a delivery slot.",
        Y,
        N,
    ),
    Line(
        "Your website won't accept my postcode.",
        "Typing it without the space in the middle usually gets it through.",
        Y,
        N,
    ),
    Line(
        "I can't get to the pharmacy.",
        "Home delivery is available for your repeat prescriptions, at no extra cost.",
        Y,
        N,
    ),
    Line(
        "The radiator in the lounge is cold.",
        "Bleeding it with a radiator key should sort it; you can borrow one from our office.",
        Y,
        N,
    ),
    Line(
        "I can't use the self check-in.",
        "Staff at desk 4 can check you in by hand, just show them your passport.",
        Y,
        N,
    ),
    Line(
        "The bill has gone up again.",
        "I could move you to a 12-month fixed price today. Would you like me to run the numbers?",
        Y,
        Y,
    ),
    Line("I'd prefer a morning.", "We've got 8:30 or 10:15 on Monday morning. Which one?", Y, Y),
    Line(
        "Can you redeliver it?",
        "Yes, I can book a redelivery for Saturday. Does Saturday work?",
        Y,
        Y,
    ),
    Line(
        "That sounds fine.",
        "Brilliant. So to confirm, I'm cancelling the old contract and starting the new one on "
        "the 1st. Correct?",
        N,
        Y,
    ),
    Line(
        "Do I need to be home?",
        "Someone does need to be in. Are you able to be home between 12 and 4 on Friday?",
        N,
        Y,
    ),
    Line(
        "Can I change the colour?",
        "Of course, I can switch it to the grey before it ships. Just say the word and it's done.",
        Y,
        Y,
    ),
    Line(
        "I'm not sure about the extended warranty.",
        "No pressure at all, you can add it any time in the next 30 days. Shall I leave it off "
        "for now?",
        Y,
        Y,
    ),
    Line(
        "My payment didn't go through.",
        "Could you tell me the last four digits of the card you used?",
        N,
        N,
    ),
    Line(
        "Why is there a charge for this?",
        "The charge is for the paper bill, which costs £1.50 each month.",
        N,
        N,
    ),
    Line(
        "Someone said you'd fix it last week.",
        "Yes, I can see the engineer was booked for last Thursday but couldn't get access.",
        N,
        N,
    ),
    Line(
        "Can I have my deposit back?",
        "I'm afraid the deposit is non-refundable once the booking is confirmed.",
        N,
        N,
    ),
    Line(
        "My mum's account is locked.",
        "For security I can only discuss the account with the account holder.",
        N,
        N,
    ),
    Line("Can you check what happened?", "Let me just pull up the order history.", N, N),
    Line(
        "Why did you cancel my flight?",
        "The flight was cancelled because of a crew shortage at the base.",
        N,
        N,
    ),
    Line(
        "I'll take it up with my bank.",
        "You'll contact your bank about it, okay. Is there anything else on the account today?",
        N,
        N,
    ),
    Line(
        "I've been a customer for ten years.",
        "Thank you for being with us for so long, it really does mean a lot.",
        N,
        N,
    ),
    Line(
        "I'm really annoyed.",
        "I completely get that, nobody wants to spend their evening on the phone to us.",
        N,
        N,
    ),
    Line(
        "Is the store open on bank holidays?", "Yes, we open from 10 till 4 on bank holidays.", N, N
    ),
    Line(
        "When will my refund arrive?",
        "It was issued this morning and should reach your account in 3 to 5 days.",
        N,
        N,
    ),
    Line("I don't understand this letter.", "Which part of the letter is confusing?", N, N),
]

BLIND_G: list[Line] = [
    # Counselling, transcript style.
    Line(
        "I always have a cigarette when I'm on the phone.",
        "Mm. Keeping something in your other hand, a pen or a stress toy, um, might give your "
        "hands a job while you talk.",
        Y,
        N,
    ),
    Line(
        "I'm eating takeaways four nights a week.",
        "What if, you know, you kept one takeaway night as a treat and did something quick at "
        "home on the others?",
        Y,
        N,
    ),
    Line(
        "I don't sleep after night shifts.",
        "Blackout blinds and keeping the phone in another room make a big difference for a lot of "
        "shift workers.",
        Y,
        N,
    ),
    Line(
        "I'm embarrassed to go to the pool.",
        "Some leisure centres have women-only sessions, which people often find more relaxed.",
        Y,
        N,
    ),
    Line(
        "I can't face telling my GP.",
        "If it's easier, you could write it down and just hand the note over at the start of the "
        "appointment.",
        Y,
        N,
    ),
    Line(
        "I keep relapsing at weekends.",
        "Planning the weekends in advance, so there's something on Saturday afternoon, has helped "
        "other people I've worked with.",
        Y,
        N,
    ),
    Line(
        "I'd like to give the walking group a go.",
        "Great. Do you want me to let the organiser know you might come along on Tuesday?",
        Y,
        Y,
    ),
    Line("I'm going to set a quit date.", "Okay, so which day are you going to pick?", N, Y),
    Line(
        "I'll try to drink less on weeknights.",
        "What would 'less' look like for you, say by the end of this month?",
        N,
        Y,
    ),
    Line(
        "I think I can manage two days off the booze.",
        "Two days. Shall we write that on your plan, and see how it's gone next time?",
        N,
        Y,
    ),
    Line("I'm happy to come back.", "Lovely. Is the same day next month any good for you?", Y, Y),
    Line("My doctor told me to stop.", "And how did you feel when he said that?", N, N),
    Line(
        "I've been drinking since I lost my job.",
        "So losing the job has hit you really hard.",
        N,
        N,
    ),
    Line(
        "Will I get withdrawal?",
        "You might feel irritable and restless for the first couple of weeks, that's very common.",
        N,
        N,
    ),
    Line(
        "I don't think I have a problem.",
        "Okay. What would have to happen for you to think it was a problem?",
        N,
        N,
    ),
    Line("I started running again.", "That's fantastic, you've really stuck with it.", N, N),
    Line(
        "Can't you just give me something?",
        "I understand you want a quick fix, and I wish there was one.",
        N,
        N,
    ),
    Line(
        "I've had three cigarettes today.",
        "Three so far today. And how does that compare with last week?",
        N,
        N,
    ),
    Line("I want to be there for my grandkids.", "Your grandkids really matter to you.", N, N),
    Line(
        "I'm thinking of joining a gym.", "Joining a gym, right. What's drawing you to that?", N, N
    ),
    # Service chat, e-mail and social replies.
    Line(
        "My boarding pass won't load.",
        "Taking a screenshot of it while it's showing usually saves you the trouble at the gate.",
        Y,
        N,
    ),
    Line(
        "The rental car has a warning light on.",
        "Any of our partner garages on the list can look at it free, and there's one 2 miles from "
        "you.",
        Y,
        N,
    ),
    Line(
        "I need to change my delivery day.",
        "Delivery days can be changed in My Account up to 6pm the day before.",
        Y,
        N,
    ),
    Line(
        "The shoes are too tight.",
        "A half size up would be my suggestion, they come up quite small.",
        Y,
        N,
    ),
    Line(
        "My TV keeps losing channels.",
        "A retune usually brings them back, it's in the Setup menu under Channels.",
        Y,
        N,
    ),
    Line(
        "I'm overdrawn because of your charge.",
        "I've taken the £35 fee off and added £10 for the trouble.",
        Y,
        N,
    ),
    Line(
        "I can't make the class this week.",
        "You can use this week's session at any class in the next fortnight instead.",
        Y,
        N,
    ),
    Line(
        "My mobile bill shows roaming charges.",
        "Switching on the EU roaming pack for £2 a day would cover you for the rest of the trip.",
        Y,
        N,
    ),
    Line(
        "My lawn mower won't start.",
        "Nine times out of ten it's old fuel, so emptying the tank and filling it fresh is the "
        "first thing to try.",
        Y,
        N,
    ),
    Line(
        "The hotel breakfast finishes too early for me.",
        "We can leave a breakfast bag at reception for you to pick up any time after 6.",
        Y,
        N,
    ),
    Line(
        "My new glasses give me headaches.",
        "Bring them back in and we'll recheck the prescription for free.",
        Y,
        N,
    ),
    Line(
        "I'm locked out of my account.",
        "A reset link can be sent to your backup email, or I can verify you by phone now.",
        Y,
        N,
    ),
    Line(
        "The pram is too heavy to carry up the stairs.",
        "A lighter travel system is one possibility, and we'd take the old one in part exchange.",
        Y,
        N,
    ),
    Line(
        "I need a receipt for my expenses.",
        "I'll email a VAT receipt to you in the next few minutes.",
        Y,
        N,
    ),
    Line(
        "Can you sort me a later check-out?",
        "I can give you until 1pm at no charge, or 4pm for £25. Which would you prefer?",
        Y,
        Y,
    ),
    Line(
        "Fine, go ahead.",
        "Right, I'm raising the replacement now. Could you just keep the old one until the "
        "courier collects it?",
        Y,
        N,
    ),
    Line(
        "I'll take the refund.",
        "Okay. I'll refund the full £64 to your Mastercard. Is it alright to close the complaint "
        "after that?",
        Y,
        Y,
    ),
    Line(
        "Can someone come out?",
        "We can send an engineer on Monday between 1 and 6. Does that fit with your plans?",
        Y,
        Y,
    ),
    Line(
        "Can I move my booking?",
        "The 3rd or the 10th are both free. Let me know which you'd like and I'll switch it over.",
        Y,
        Y,
    ),
    Line(
        "I'm okay with that.",
        "Good stuff, so we'll go with the smaller plan from next month. Agreed?",
        N,
        Y,
    ),
    Line(
        "Can you hold it for me?",
        "I can hold it until Saturday. Would you like me to put your name on it?",
        Y,
        Y,
    ),
    Line(
        "What's wrong with my order?",
        "It's been held because the billing address didn't match the card.",
        N,
        N,
    ),
    Line(
        "Can I have my money back?", "As the item's been used, we can't refund it, I'm sorry.", N, N
    ),
    Line(
        "Your agent said it would be free.",
        "I've listened back and my colleague did say that, which is why I'm looking into it.",
        N,
        N,
    ),
    Line(
        "I want to speak to someone senior.",
        "I'll pass your complaint to our customer relations team.",
        N,
        N,
    ),
    Line("Is my parcel lost?", "The tracking last updated in Birmingham on Tuesday morning.", N, N),
    Line("How do you spell the reference?", "It's C for Charlie, 4, 7, X for X-ray.", N, N),
    Line(
        "I can't believe this has happened again.",
        "I know, and I'm really sorry you're having to chase us again.",
        N,
        N,
    ),
    Line(
        "I'll just order from somewhere else.",
        "You'll order from another shop instead, I understand.",
        N,
        N,
    ),
    Line("Can you tell me what I owe?", "The outstanding balance is £182.40.", N, N),
    Line(
        "Did you get my complaint?", "Yes, it arrived on Friday and it's with the team now.", N, N
    ),
    Line("Why was my card blocked?", "Our fraud system flagged a payment from overseas.", N, N),
    Line("Do you do gift wrapping?", "Not at the moment, I'm afraid.", N, N),
    Line("What's the size of the room?", "The double rooms are about 18 square metres.", N, N),
]

SETS = {
    "blind_a": BLIND_A,
    "blind_b": BLIND_B,
    "blind_c": BLIND_C,
    "blind_d": BLIND_D,
    "blind_e": BLIND_E,
    "blind_f": BLIND_F,
    "blind_g": BLIND_G,
}


def test_the_sets_hold_both_classes_and_no_line_seen_before() -> None:
    assert_new_and_balanced(SETS, FIRST_ROUND, SECOND_ROUND)


# Floors a little under today's figures (offers / agreement), all sets read for errors:
# BLIND_A 0.971 / 1.000, BLIND_B 0.967 / 1.000, BLIND_C 0.918 / 1.000, BLIND_D 0.943 /
# 1.000, BLIND_E 0.920 / 0.957, BLIND_F 0.963 / 1.000. BLIND_G (0.698 / 0.842, unread)
# has a wider margin. A rule that only fits the development data, or loosens a look-alike,
# shows here as a drop.
FLOORS = {
    ("offers_solution", "blind_a"): 0.94,
    ("gains_agreement", "blind_a"): 0.95,
    ("offers_solution", "blind_b"): 0.92,
    ("gains_agreement", "blind_b"): 0.93,
    ("offers_solution", "blind_c"): 0.88,
    ("gains_agreement", "blind_c"): 0.93,
    ("offers_solution", "blind_d"): 0.90,
    ("gains_agreement", "blind_d"): 0.93,
    ("offers_solution", "blind_e"): 0.88,
    ("gains_agreement", "blind_e"): 0.90,
    ("offers_solution", "blind_f"): 0.92,
    ("gains_agreement", "blind_f"): 0.95,
    ("offers_solution", "blind_g"): 0.66,
    ("gains_agreement", "blind_g"): 0.80,
}


@pytest.mark.parametrize(("behaviour", "name"), FLOORS)
def test_detectors_hold_up_on_a_third_round_of_lines(behaviour: str, name: str) -> None:
    scores = scores_on(behaviour, SETS[name])
    assert scores.f1 >= FLOORS[behaviour, name], f"{behaviour} on {name}: {scores.summary()}"
