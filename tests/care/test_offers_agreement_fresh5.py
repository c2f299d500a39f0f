"""`offers_solution` and `gains_agreement`: a fifth round of lines written apart from the
data and from the earlier rounds (`test_offers_agreement_fresh.py` to `…_fresh4.py`).

Every line was written for this file, in the author's own words, with the customer's or
client's previous turn as context, and both labels were decided before the detectors were
run on it. About three fifths of each block is service talk (chat, e-mail, phone
transcripts with their fillers, social replies) and the rest counselling in the style of
motivational interviewing. What counts is what the earlier rounds count; where this
round's author and an earlier round disagree, the rules follow the earlier round and the
line keeps its own label ("are you happy for me to go ahead and close the account?" after
the customer asked for it is an offer here, not there; "I could refer you if you'd like"
asks for agreement here, not there; "I've sent the nearest driver to you" is an offer
here, status there).

Figures are F1, offers / agreement. "Start" is the rules of f21f09b, before this round.

- `BLOCK_A` (50 lines): first read 0.880 / 0.897, the start rules (the same rules).
  Errors by kind: a service named and what it does for the client ("they can help you
  draw up a plan"), "other kinds of support", an action done "so you've got it", "would
  you be open to talking TO your manager" (a step; talking ABOUT is a topic). Fixed as
  classes, with the brief's: a colleague the agent will have act ("I could have a courier
  collect it"), a thing the agent will get done ("get that swapped over"), "it's easiest
  to…", "we could look at <verb>ing", a conditional proposal with its result ("if you pop
  back with the receipt, they'll refund it").
- `BLOCK_B` (50 lines, e-mail, phone, chat, counselling), written after those fixes: first
  read 0.711 / 0.759, exactly the start rules' 0.711 / 0.759: block A's classes did not
  reach new wording. Errors by kind: the formal offer ("we would be pleased to offer…"),
  "and will arrange for an engineer to fit it", "we may be able to extend…", "would you
  like one of our advisers to…", "…, or you can travel tomorrow", the customer as the
  object of the agent's action ("I can reseat you in coach C"), "shall I go through it…?",
  a condition without its comma, "let me know if a morning visit would be convenient",
  "please confirm you are content for us to…", "whichever date you prefer", "when would
  you want to have stopped by?". Then two broad classes instead of verbs one by one: an
  agent action whose OBJECT is a remedy (refund, replacement, loan car, engineer…)
  whatever its verb, and 59 more instruction verbs for a step said at a sentence's start.
- `BLOCK_C` (50 lines), written after those: first read 0.792 / 0.786, the start rules
  0.739 / 0.786 (offers carried over a little, agreement not). Errors by kind: a
  conditional whose result a look-alike ("it should…") cancelled (the result is now a
  look-ahead), "let's freeze your card", "pop you in", "make the referral", "you can
  appeal online", "…, which a lot of people get on better with", "can take the edge off",
  "one thing that tends to help"; agreement: "still want to go ahead?", "let us know your
  preference", "what do you make of that idea?", "how many nights are you aiming for?", a
  proposal that should "feel doable?", "when would you ask her?". Look-alike: "we'll post
  an update".
- `BLOCK_D` (50 lines), written after those: first read 0.857 / 0.963, exactly the start
  rules again. Errors: a longer condition, "there's a free outdoor gym", "the council runs
  walking groups", "some of my clients find…", "what about <any gerund>?", "would you like
  a text when it's ready?"; look-alikes: a complaint logged for a complaints handler, and
  "would it be alright to talk through…?" (permission to discuss, not agreement). Then one
  class by exclusion: what others DO as an example ("a lot of people build up from
  there"), not what they feel or use to cope. "I've chased the contractor and they've
  confirmed a visit" stays unheard: the earlier rounds count a remedy already done as
  status, and the rules follow them.
- `BLOCK_E` (50 lines), written after the last change and read once, never for errors:
  0.889 / 0.846; the start rules 0.889 / 0.800. The honest figure for the rules as they
  stand: agreement carries over a little (the checks after an offer, the goal questions),
  offers do not; four blocks of classes moved no first read of offers above the start
  rules' read of the same block except block C's.
- `BLOCK_F` (50 lines), written after the last change (a limit of policy said with "only"
  and what others do to cope, "many people drink to unwind", left alone) and read once,
  never for errors: 0.846 / 0.957, exactly the start rules' read. Keep E and F unread
  and write a new set to measure the next round.

Three short negative lines, read right, were reworded afterwards because an earlier round
already held them word for word ("What do you think gets in the way?", "What gets in the
way in the mornings?", "Which browser are you using?"); the figures did not change.

The earlier rounds' sets and the development data did not move, except upwards (the first
round's BLIND offers 0.928 -> 0.943, its HELDOUT 0.889 -> 0.906, the second round's BLIND_A
0.980 -> 0.985, the third round's BLIND_A 0.971 -> 0.977); dev stayed 0.632 / 0.702.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .test_offers_agreement_fresh import SETS as FIRST_ROUND
from .test_offers_agreement_fresh import Line
from .test_offers_agreement_fresh2 import SETS as SECOND_ROUND
from .test_offers_agreement_fresh2 import assert_new_and_balanced, scores_on
from .test_offers_agreement_fresh3 import SETS as THIRD_ROUND
from .test_offers_agreement_fresh4 import SETS as FOURTH_ROUND

Y, N = True, False

BLOCK_A: list[Line] = [
    Line(
        "My order came with the wrong size trainers.",
        "Oh no! I can get the right size sent out to you today, and you can keep the wrong "
        "pair until the courier swaps them.",
        Y,
        N,
    ),
    Line(
        "The dishwasher won't drain.",
        "Let's try this first: take out the bottom basket, unscrew the filter and give it a "
        "rinse under the tap.",
        Y,
        N,
    ),
    Line(
        "I was billed after I cancelled.",
        "I've checked and you're right. What I'll do is refund that payment back to your card "
        "today. Does that sound fair?",
        Y,
        Y,
    ),
    Line(
        "Hi, I need to change my flight.",
        "Sure, can I have your booking reference please?",
        N,
        N,
    ),
    Line(
        "My router keeps dropping out.",
        "If restarting it doesn't help, I can book an engineer visit for you later this week.",
        Y,
        N,
    ),
    Line(
        "Where's my refund?",
        "I processed it on Monday, so it should reach your account by Friday.",
        N,
        N,
    ),
    Line(
        "The hotel room smells of smoke.",
        "I'm sorry about that. We could move you to a non-smoking room on the fifth floor this "
        "evening, would that be alright?",
        Y,
        Y,
    ),
    Line(
        "My phone screen cracked after a week.",
        "Accidental damage isn't covered by the manufacturer's warranty.",
        N,
        N,
    ),
    Line(
        "I can't log in to online banking.",
        "The quickest route is to reset your passcode from the app's login screen using your "
        "card details.",
        Y,
        N,
    ),
    Line(
        "Can you help me with my meter reading?",
        "Of course, give me one moment while I bring up your account.",
        N,
        N,
    ),
    Line(
        "The parcel was damaged when it arrived.",
        "You're entitled to a full replacement. Shall I arrange that now?",
        Y,
        Y,
    ),
    Line(
        "I haven't received my invoice.",
        "I'll resend it to the email on file right now. Is that still the best one to use?",
        Y,
        N,
    ),
    Line(
        "The boiler's making a clicking noise.",
        "I'll be with you in just a moment.",
        N,
        N,
    ),
    Line(
        "I'm not happy with the cleaning service.",
        "I hear you. How about I send the team back tomorrow morning at no charge? Would that "
        "work for you?",
        Y,
        Y,
    ),
    Line(
        "My direct debit date doesn't suit me.",
        "You may wish to move it to the 28th, which lines up better with most pay days.",
        Y,
        N,
    ),
    Line(
        "I think I was overcharged for delivery.",
        "Delivery is charged per item for bulky goods, which is why it came to £25.",
        N,
        N,
    ),
    Line(
        "The app crashes whenever I open it.",
        "It's worth trying an uninstall and reinstall, as that clears out any corrupted files.",
        Y,
        N,
    ),
    Line(
        "Could you just cancel it all?",
        "Are you happy for me to go ahead and close the account today?",
        Y,
        Y,
    ),
    Line(
        "I'd like to speak to a manager.",
        "I understand. Let me see if one is available.",
        N,
        N,
    ),
    Line(
        "My bike arrived without the pedals.",
        "Apologies for that. We'll post a pair out first class, and you should have them by "
        "Thursday.",
        Y,
        N,
    ),
    Line(
        "I've been waiting an hour for my taxi.",
        "I'm so sorry. I've sent the nearest driver to you and he's eight minutes away.",
        Y,
        N,
    ),
    Line(
        "The kettle I bought has stopped working.",
        "When did you buy it, and do you still have the receipt?",
        N,
        N,
    ),
    Line(
        "My internet's down again.",
        "I've reset the line from our end. Could you switch the hub off and on again and let "
        "me know if the lights go blue?",
        Y,
        N,
    ),
    Line(
        "I want to pay off my loan early.",
        "You can, there's no penalty. I could send you a settlement figure by email today, how "
        "does that sound?",
        Y,
        Y,
    ),
    Line(
        "I was promised a callback that never came.",
        "That shouldn't have happened. I'll call you myself at 3pm today, is that a good time?",
        Y,
        Y,
    ),
    Line(
        "Can I change the name on my ticket?",
        "Name changes aren't possible on this fare type, I'm afraid.",
        N,
        N,
    ),
    Line(
        "The coffee machine is leaking.",
        "One option would be to send it to our repair centre, the other is a straight exchange "
        "in store. Which would you prefer?",
        Y,
        Y,
    ),
    Line(
        "I need to rearrange my delivery.",
        "No problem. I'll need the postcode first.",
        N,
        N,
    ),
    Line(
        "My son's school uniform order is late.",
        "I'm sorry. I sent it by express yesterday, so it should arrive today.",
        N,
        N,
    ),
    Line(
        "Do you price match?",
        "We do. If you send me the link to the cheaper listing, I can match it and adjust your "
        "order.",
        Y,
        N,
    ),
    Line(
        "I just can't seem to stop snacking at night.",
        "Mm-hmm. You might want to try brushing your teeth straight after dinner, some people "
        "find it signals the kitchen is closed.",
        Y,
        N,
    ),
    Line(
        "I drink more when work is stressful.",
        "So the stress and the drinking go hand in hand for you.",
        N,
        N,
    ),
    Line(
        "I'd like to be more active but I'm so tired.",
        "What if we started really small, like a ten-minute walk after lunch? How would that feel?",
        Y,
        Y,
    ),
    Line(
        "I've cut down to three cigarettes a day.",
        "Wow, that's a big change from where you were.",
        N,
        N,
    ),
    Line(
        "I don't know what to do about my debts.",
        "There's a free debt advice line run by a charity, they can help you draw up a plan.",
        Y,
        N,
    ),
    Line(
        "Maybe I'll try going to bed earlier.",
        "Okay, so going to bed earlier. What time would you aim for?",
        N,
        Y,
    ),
    Line(
        "I keep relapsing at weekends.",
        "What usually happens on a Saturday before you start drinking?",
        N,
        N,
    ),
    Line(
        "I'm thinking of joining a running club.",
        "That sounds like a great idea. What's drawing you to it?",
        N,
        N,
    ),
    Line(
        "I forget to check my blood sugar.",
        "Some people set an alarm on their phone for the same time each day. Would something "
        "like that be worth a go?",
        Y,
        Y,
    ),
    Line(
        "I want to quit but I'm scared of gaining weight.",
        "Yeah, that's a really common worry.",
        N,
        N,
    ),
    Line(
        "I'm ready to tell my partner.",
        "Would it help to practise what you're going to say here first?",
        Y,
        Y,
    ),
    Line(
        "I've been eating a lot of takeaways.",
        "How many nights a week would you say?",
        N,
        N,
    ),
    Line(
        "I don't want to go to AA.",
        "That's okay. There are other kinds of support too, like SMART Recovery, which is more "
        "about practical tools.",
        Y,
        N,
    ),
    Line(
        "I might try cutting out energy drinks.",
        "And how many do you think you could drop to by next week?",
        N,
        Y,
    ),
    Line(
        "My GP said I should exercise more.",
        "And how do you feel about what she said?",
        N,
        N,
    ),
    Line(
        "I'm going to try nicotine gum.",
        "Good plan. I'll write down the dose we talked about so you've got it. Okay with you?",
        Y,
        Y,
    ),
    Line(
        "I can't sleep when I'm anxious.",
        "If you find yourself lying awake, it can help to get up for a while and read "
        "somewhere else until you feel sleepy.",
        Y,
        N,
    ),
    Line(
        "I keep putting off the dentist.",
        "What do you think tends to get in the way?",
        N,
        N,
    ),
    Line(
        "Work's the main thing stressing me.",
        "Would you be open to talking to your manager about your workload?",
        Y,
        Y,
    ),
    Line(
        "I'll stick to two drinks on a night out.",
        "Two drinks. Is that something you feel confident about?",
        N,
        Y,
    ),
]

BLOCK_B: list[Line] = [
    Line(
        "I am writing to complain about the state of the holiday apartment.",
        "Dear Mrs Patel, thank you for your email. We would be pleased to offer you a partial "
        "refund of £150 in recognition of the problems you experienced.",
        Y,
        N,
    ),
    Line(
        "My subscription renewed without warning.",
        "Should you wish to cancel, we can refund the renewal in full, as it was taken less "
        "than 14 days ago.",
        Y,
        N,
    ),
    Line(
        "The invoice total doesn't match the quote.",
        "Please accept our apologies. A corrected invoice is attached, and the difference of "
        "£42 has been credited to your account.",
        N,
        N,
    ),
    Line(
        "I'd like to know why my claim was declined.",
        "Your policy excludes damage caused by wear and tear, as set out in section 4.2.",
        N,
        N,
    ),
    Line(
        "The replacement part still hasn't arrived.",
        "I have placed a priority order for the part and will arrange for an engineer to fit "
        "it as soon as it lands. Please let me know if a morning visit would be convenient.",
        Y,
        Y,
    ),
    Line(
        "Can I extend my contract by one month?",
        "Kind regards, and please find attached the terms of your current agreement.",
        N,
        N,
    ),
    Line(
        "I was charged a cancellation fee unfairly.",
        "Having reviewed your booking, I agree the fee should not have applied and I'm happy "
        "to remove it. Please confirm you are content for us to refund it to the original "
        "card.",
        Y,
        Y,
    ),
    Line(
        "The fitted wardrobe doors are misaligned.",
        "Our fitter is available on the 14th or the 16th to adjust them. Please reply with "
        "whichever date you prefer.",
        Y,
        Y,
    ),
    Line(
        "Do you offer a student discount?",
        "We don't currently run a student discount scheme.",
        N,
        N,
    ),
    Line(
        "My mortgage payment went up and I can't manage it.",
        "We may be able to extend your term to lower the monthly payment. Would you like one "
        "of our advisers to talk this through with you?",
        Y,
        Y,
    ),
    Line(
        "yeah it's just not heating up at all",
        "okay, right, so what we'll do is, um, get an engineer booked in for you, and in the "
        "meantime I can drop off a couple of electric heaters.",
        Y,
        N,
    ),
    Line(
        "I've been on hold for forty minutes.",
        "I'm really sorry about the wait, uh, I'm here now, let's get this sorted.",
        N,
        N,
    ),
    Line(
        "the card machine keeps saying declined",
        "right, okay, can you, um, unplug the little power lead on the side, count to ten and "
        "plug it back in for me?",
        Y,
        N,
    ),
    Line(
        "so is that gonna cost me extra?",
        "no, no, that's all covered under your warranty, there's nothing to pay.",
        N,
        N,
    ),
    Line(
        "I need it before the weekend really.",
        "Okay so I could upgrade you to next day delivery at no extra cost, would that be any "
        "help?",
        Y,
        Y,
    ),
    Line(
        "what's my balance?",
        "um, just bear with me, the system's a bit slow today.",
        N,
        N,
    ),
    Line(
        "it keeps beeping every few minutes",
        "mm-hm, that's normally the battery in the smoke alarm, so, if you swap that out with "
        "a nine volt it'll stop.",
        Y,
        N,
    ),
    Line(
        "can I speak to someone about my pension?",
        "Yeah, I'll pop you through to the pensions team now, they'll be able to help.",
        N,
        N,
    ),
    Line(
        "and it's the third time this has happened",
        "Right, well, I'm going to raise this as a formal complaint on your behalf and, um, "
        "I'll also add a £20 credit for the hassle. Is that okay with you?",
        Y,
        Y,
    ),
    Line(
        "I don't understand the bill.",
        "No worries, shall I go through it line by line with you?",
        Y,
        Y,
    ),
    Line(
        "@SkyRail my train's been cancelled, how do I get home?",
        "Sorry Jo! Your ticket's accepted on the 18:42 bus replacement from the front of the "
        "station, or you can travel tomorrow at no extra cost.",
        Y,
        N,
    ),
    Line(
        "Your app keeps logging me out",
        "Hi there, which phone and app version are you using?",
        N,
        N,
    ),
    Line(
        "The promo code says expired.",
        "That code ended on Sunday, but I've made you a new one: SPRING15. It's valid until "
        "Friday.",
        Y,
        N,
    ),
    Line(
        "I ordered the wrong colour.",
        "Easily done! If you'd like to swap it, just start a return in your account and choose "
        "exchange, we'll send the new colour as soon as it's scanned.",
        Y,
        N,
    ),
    Line(
        "Still no update on my case",
        "Apologies for the silence. It's with our claims team and they expect to reply by "
        "Thursday.",
        N,
        N,
    ),
    Line(
        "Can I bring my dog on the ferry?",
        "Dogs are allowed on the car deck or in the pet lounge, which needs booking in advance.",
        N,
        N,
    ),
    Line(
        "My seat reservation disappeared.",
        "Sorry about that! I can reseat you in coach C, window seat 42, is that alright?",
        Y,
        Y,
    ),
    Line(
        "The hotel wifi is awful.",
        "Sorry about that. Rooms on the second floor get a much stronger signal, I'd be glad "
        "to move you if you like.",
        Y,
        Y,
    ),
    Line(
        "I paid twice for the same ticket.",
        "Thanks for flagging. I've checked and only one payment has gone through, the other is "
        "a pending authorisation that will drop off in 3-5 days.",
        N,
        N,
    ),
    Line(
        "How do I get my points back?",
        "You'll need to contact the partner airline directly, as they hold your points.",
        N,
        N,
    ),
    Line(
        "My package went to my old address.",
        "We can ask the courier to redirect it. Want me to do that now?",
        Y,
        Y,
    ),
    Line(
        "I can't afford this month's payment.",
        "Thanks for being upfront with us. A payment holiday is one route, or we can spread "
        "the missed amount over the next six months. Which sounds better to you?",
        Y,
        Y,
    ),
    Line(
        "I always end up eating when I'm bored at home.",
        "Mm. What kinds of things do you do on evenings when you don't snack?",
        N,
        N,
    ),
    Line(
        "I'd like to get back into swimming.",
        "That's great. A lot of pools run adult-only lanes early in the morning, which might "
        "be a quieter way back in.",
        Y,
        N,
    ),
    Line(
        "I'm not ready to quit completely.",
        "Sure, and that's your call. So where would you like to go from here?",
        N,
        Y,
    ),
    Line(
        "I can't stop thinking about my ex at night.",
        "Some people find writing their thoughts down before bed helps them put them aside.",
        Y,
        N,
    ),
    Line(
        "I've been spending too much on scratch cards.",
        "How would you feel about leaving your bank card at home when you go to the shop?",
        Y,
        Y,
    ),
    Line(
        "I don't see the point of counting units.",
        "Okay, it doesn't feel useful to you right now.",
        N,
        N,
    ),
    Line(
        "I want to be a better dad.",
        "What does being a better dad look like to you?",
        N,
        N,
    ),
    Line(
        "Maybe I could ring my sister when I feel low.",
        "Ringing your sister, yeah. Could we make that part of your plan for this week?",
        N,
        Y,
    ),
    Line(
        "I keep missing my physio exercises.",
        "One idea is to do them while the kettle boils, so they're tied to something you "
        "already do.",
        Y,
        N,
    ),
    Line(
        "I suppose I could swap beer for the alcohol-free stuff.",
        "How many evenings do you think you'd try that for, to start with?",
        N,
        Y,
    ),
    Line(
        "I feel guilty all the time.",
        "Guilt seems to be following you everywhere at the moment.",
        N,
        N,
    ),
    Line(
        "My mum says I should see a counsellor.",
        "What do you think about her suggestion?",
        N,
        N,
    ),
    Line(
        "I get panicky in supermarkets.",
        "You could try going at quieter times, like early on a Sunday, and see how that feels.",
        Y,
        N,
    ),
    Line(
        "I've started walking to the station.",
        "That's brilliant, and you did that off your own back.",
        N,
        N,
    ),
    Line(
        "I don't know if I can keep it up.",
        "Would it be useful for us to look at what might get in the way and plan around it?",
        Y,
        Y,
    ),
    Line(
        "I want to stop vaping before the baby comes.",
        "That's a really important reason. When would you want to have stopped by?",
        N,
        Y,
    ),
    Line(
        "I drink to get to sleep.",
        "There's a sleep clinic at the hospital that works on exactly that, I could refer you "
        "if you'd like.",
        Y,
        Y,
    ),
    Line(
        "I keep forgetting my tablets at work.",
        "Do you have somewhere at work you could keep a spare strip?",
        Y,
        N,
    ),
]

BLOCK_C: list[Line] = [
    Line(
        "The hire car has a warning light on.",
        "Please don't drive it any further. We'll bring a replacement vehicle to where you are "
        "within two hours.",
        Y,
        N,
    ),
    Line(
        "My prescription wasn't ready when I got there.",
        "I'm sorry you had a wasted trip. We can have it delivered to your door tomorrow "
        "morning instead, free of charge. Shall I set that up?",
        Y,
        Y,
    ),
    Line(
        "@StreamBox buffering constantly tonight",
        "Hey Sam, we're seeing issues in your area and engineers are on it. We'll post an "
        "update here within the hour.",
        N,
        N,
    ),
    Line(
        "The gym charged me after I froze my membership.",
        "That's our error. I've reversed the charge and the freeze is now showing correctly.",
        Y,
        N,
    ),
    Line(
        "My bin wasn't collected.",
        "Sorry about that. The crew will return for it tomorrow, please leave it out overnight.",
        Y,
        N,
    ),
    Line(
        "Can I get a copy of my bank statement?",
        "Sure, which months do you need?",
        N,
        N,
    ),
    Line(
        "I've spotted a payment I don't recognise.",
        "Let's freeze your card straight away so nothing else goes out, and I'll start a "
        "dispute for that payment. Are you okay for me to do both now?",
        Y,
        Y,
    ),
    Line(
        "Do you have this sofa in grey?",
        "It's only available in blue and green at the moment.",
        N,
        N,
    ),
    Line(
        "My boiler service is overdue.",
        "We've got an engineer in your area on Thursday 10th between 12 and 4. Want me to pop "
        "you in?",
        Y,
        Y,
    ),
    Line(
        "The parcel locker won't open.",
        "Type the code in again slowly, and if it still won't open, press the help button on "
        "the screen and it'll ring our team.",
        Y,
        N,
    ),
    Line(
        "The coat I returned hasn't been refunded.",
        "I can see it arrived back with us on the 2nd, and refunds take up to 10 working days "
        "from then.",
        N,
        N,
    ),
    Line(
        "My son's laptop won't turn on after the update.",
        "Hold the power button down for thirty seconds with the charger unplugged, then plug "
        "it in and try again.",
        Y,
        N,
    ),
    Line(
        "The tickets I bought are for the wrong date.",
        "Unfortunately tickets can't be exchanged once booked, as stated in the terms.",
        N,
        N,
    ),
    Line(
        "Can I add my partner to my car insurance?",
        "Absolutely, I can add her now. It'll cost an extra £46 for the rest of the year. "
        "Would you like to go ahead?",
        Y,
        Y,
    ),
    Line(
        "My flight was delayed five hours.",
        "You're due £350 compensation under UK261. I can start the claim for you here, would "
        "you like me to?",
        Y,
        Y,
    ),
    Line(
        "yeah the, the water's brown when I run the tap",
        "okay, um, so that's usually from some work on the mains nearby, if you run the cold "
        "tap for about twenty minutes it should clear.",
        Y,
        N,
    ),
    Line(
        "I just want it cancelled, honestly.",
        "Okay, um, I can do that for you. Before I do, just so you know, you'd lose the "
        "loyalty discount. Still want to go ahead?",
        Y,
        Y,
    ),
    Line(
        "hiya, I'm calling about my energy bill",
        "Lovely, and can I start with your postcode please?",
        N,
        N,
    ),
    Line(
        "it's been three weeks now",
        "I know, and I'm sorry. I'll be honest, I don't know why it's taken so long.",
        N,
        N,
    ),
    Line(
        "the app says my account's suspended",
        "Right, I can see that, um, it's because a payment bounced. If you make a payment now "
        "over the phone, I can lift the suspension straight away. Would you like to do that?",
        Y,
        Y,
    ),
    Line(
        "so when's the engineer coming?",
        "He's booked for Monday morning, between 8 and 12.",
        N,
        N,
    ),
    Line(
        "can I move my appointment?",
        "Yeah, course. I've got, um, Wednesday at half two or Friday at ten. Which is better "
        "for you?",
        Y,
        Y,
    ),
    Line(
        "the dog's been scratching her ear all week",
        "Aw, poor thing. It's best to get her seen, I can book her in with the vet this "
        "afternoon if that works for you?",
        Y,
        Y,
    ),
    Line(
        "I've been charged for roaming but I was at home",
        "Okay, that does sound odd. Can you tell me the dates the charges are for?",
        N,
        N,
    ),
    Line(
        "I can't get through to anyone",
        "I'm sorry, it's been really busy today. You've got me now though.",
        N,
        N,
    ),
    Line(
        "My son's school place offer was sent to the wrong address.",
        "Dear Mr Khan, I have re-sent the offer letter by email and post. If you would like to "
        "accept, you can do so online by 5 March.",
        Y,
        N,
    ),
    Line(
        "I want to dispute the parking fine.",
        "You can appeal online within 28 days using the reference on the notice. We will reply "
        "within 14 days.",
        Y,
        N,
    ),
    Line(
        "The course I booked was cancelled.",
        "We apologise for the cancellation. You may transfer to the next intake in May or "
        "receive a full refund. Please let us know your preference.",
        Y,
        Y,
    ),
    Line(
        "I need a letter confirming my tenancy.",
        "Thank you for your request. We aim to respond to all requests within five working days.",
        N,
        N,
    ),
    Line(
        "The delivery driver damaged my gate.",
        "I'm sorry to hear this. Please send us photos of the damage and a quote for the "
        "repair, and we will reimburse the cost.",
        Y,
        N,
    ),
    Line(
        "I smoke more when I'm driving.",
        "So the car is a big trigger for you.",
        N,
        N,
    ),
    Line(
        "I'd like to drink less at weekends.",
        "How about alternating each drink with a glass of water? What do you make of that idea?",
        Y,
        Y,
    ),
    Line(
        "I'm always too tired to cook so I get takeaway.",
        "Some people batch cook on a Sunday and freeze portions, so there's something quick on "
        "weeknights.",
        Y,
        N,
    ),
    Line(
        "I don't like the taste of the gum.",
        "There are lozenges and sprays as well, which a lot of people get on with better.",
        Y,
        N,
    ),
    Line(
        "I'm going to try to go to bed by eleven.",
        "Eleven o'clock. And how many nights this week are you aiming for?",
        N,
        Y,
    ),
    Line(
        "My husband doesn't support me cutting down.",
        "It sounds lonely trying to do this without him on side.",
        N,
        N,
    ),
    Line(
        "I don't know if I'm ready to stop.",
        "That's fine, there's no rush. What would need to be different for you to feel ready?",
        N,
        N,
    ),
    Line(
        "I get really anxious before meetings.",
        "A breathing exercise like box breathing can take the edge off in the minutes beforehand.",
        Y,
        N,
    ),
    Line(
        "I might start with cutting out the lunchtime pint.",
        "That sounds like a sensible first step. Shall we make that the plan for the next "
        "fortnight?",
        N,
        Y,
    ),
    Line(
        "I keep buying lottery tickets every day.",
        "What do you get out of buying them?",
        N,
        N,
    ),
    Line(
        "I want to stop checking my phone in bed.",
        "You could try charging it in the kitchen overnight and using an old-fashioned alarm "
        "clock.",
        Y,
        N,
    ),
    Line(
        "Work is really stressful right now.",
        "Tell me more about what's going on at work.",
        N,
        N,
    ),
    Line(
        "I think I could manage a walk at lunchtime.",
        "Great. Would three lunchtimes a week feel doable?",
        N,
        Y,
    ),
    Line(
        "I've tried patches before and they didn't work.",
        "Okay. Would you be interested in hearing about the other options, like the tablets "
        "your GP can prescribe?",
        Y,
        Y,
    ),
    Line(
        "I don't want to go to a group.",
        "That's fine. There's an online programme you can do at your own pace, if that suits "
        "you better.",
        Y,
        Y,
    ),
    Line(
        "I eat a lot of sweets at my desk.",
        "Where do the sweets usually come from?",
        N,
        N,
    ),
    Line(
        "I could ask my friend to come running with me.",
        "That's a nice idea. When would you ask her?",
        N,
        Y,
    ),
    Line(
        "Smoking helps me calm down.",
        "It does something important for you.",
        N,
        N,
    ),
    Line(
        "I'd like to sleep better.",
        "One thing that tends to help is keeping the same wake-up time every day, even on "
        "weekends.",
        Y,
        N,
    ),
    Line(
        "I don't think I can quit alone.",
        "You don't have to. The stop smoking service can give you weekly support and free "
        "medication, I can make the referral today.",
        Y,
        N,
    ),
]

BLOCK_D: list[Line] = [
    Line(
        "My food order is missing the drinks.",
        "So sorry! I've added a credit for the drinks to your account, and you can use it on "
        "your next order.",
        Y,
        N,
    ),
    Line(
        "The driver left my shopping in the rain.",
        "That's not the standard we expect. Could you let me know which items were damaged?",
        N,
        N,
    ),
    Line(
        "My dashboard won't load since this morning.",
        "A quick workaround while we fix it: the mobile app is unaffected, so you can check "
        "your figures there.",
        Y,
        N,
    ),
    Line(
        "Our team can't see the shared folder.",
        "You'd need to be an admin to change that. Go to Settings, Sharing, and add the team "
        "as editors.",
        Y,
        N,
    ),
    Line(
        "I was overcharged on my gas bill.",
        "Looking at it, the meter reading was estimated. If you send me a photo of your meter "
        "today, I'll rework the bill from the actual reading.",
        Y,
        N,
    ),
    Line(
        "I need a receipt for my expenses.",
        "Receipts are emailed automatically when the payment clears.",
        N,
        N,
    ),
    Line(
        "My flight home got cancelled.",
        "I'm sorry, that's stressful. The next flight with seats is tomorrow at 07:10; I can "
        "put you on it and book you a hotel near the airport tonight. How does that sound?",
        Y,
        Y,
    ),
    Line(
        "The handle on the oven door came off.",
        "Thanks for the photo. A new handle is covered under your warranty, so we'll post one "
        "out and it just screws on.",
        Y,
        N,
    ),
    Line(
        "When does my contract end?",
        "Your contract ends on 12 August.",
        N,
        N,
    ),
    Line(
        "Can I pay my rent a week late this month?",
        "I understand things are tight. We can move your payment date to the 8th just for this "
        "month. Does that help?",
        Y,
        Y,
    ),
    Line(
        "The lift in our block has been broken for days.",
        "I've chased the contractor again and they've confirmed a visit for Wednesday morning.",
        Y,
        N,
    ),
    Line(
        "My glasses prescription feels wrong.",
        "That can happen. Pop in any time this week and the optometrist will recheck it for free.",
        Y,
        N,
    ),
    Line(
        "I can't remember my PIN.",
        "For security I'm not able to tell you your PIN over the phone.",
        N,
        N,
    ),
    Line(
        "The bath panel fell off.",
        "Oh dear. Is anyone hurt, and is the bath still usable?",
        N,
        N,
    ),
    Line(
        "Can you hold my parcel at the depot?",
        "Yes, that's fine, it'll be held for seven days. Would you like a text when it's ready "
        "to collect?",
        Y,
        Y,
    ),
    Line(
        "I'm moving house next month.",
        "Congratulations! Just give us your new address and the move date, and we'll transfer "
        "your broadband over with no break in service.",
        Y,
        N,
    ),
    Line(
        "I'd like to make a complaint.",
        "I'm sorry to hear that. I'll log it now and a complaints handler will contact you "
        "within five working days.",
        N,
        N,
    ),
    Line(
        "My discount code isn't working at checkout.",
        "Codes can't be used on items already in the sale.",
        N,
        N,
    ),
    Line(
        "hi, the smart meter's showing zero",
        "okay, um, first thing, can you press the button on the front twice and tell me what "
        "number comes up?",
        N,
        N,
    ),
    Line(
        "the boiler pressure keeps dropping",
        "right, so, uh, there's a little valve underneath called the filling loop, if you open "
        "that slowly till the needle reaches one and a half, that should get it going again.",
        Y,
        N,
    ),
    Line(
        "I was put on the wrong tariff.",
        "I'm sorry about that, that's our mistake. I'll move you to the correct one from today "
        "and backdate the difference. Is that fair?",
        Y,
        Y,
    ),
    Line(
        "I'm worried about my credit score.",
        "Making your payments on time each month is the single biggest thing that improves it.",
        Y,
        N,
    ),
    Line(
        "I'd like to cancel my gym contract.",
        "I can help with that. Can I ask what's prompted it?",
        N,
        N,
    ),
    Line(
        "My daughter's medication is out of stock everywhere.",
        "We've got an alternative brand with the same ingredient in, or I can order the usual "
        "one in for Thursday. Which would you rather?",
        Y,
        Y,
    ),
    Line(
        "The tracking hasn't updated for a week.",
        "I'm sorry. I'll open a trace with the courier now, and if it hasn't turned up by "
        "Monday I'll send a replacement. Does that work for you?",
        Y,
        Y,
    ),
    Line(
        "Can I change my seat on the coach?",
        "Seats are allocated on boarding and can't be changed in advance.",
        N,
        N,
    ),
    Line(
        "My phone bill is higher than usual.",
        "It looks like you went over your data allowance. I could add a 10GB bolt-on for £5 a "
        "month so it doesn't happen again, if that would help?",
        Y,
        Y,
    ),
    Line(
        "The paint colour on the wall doesn't match the sample.",
        "That's disappointing. I'll ask the decorator to come back and look at it with you.",
        Y,
        N,
    ),
    Line(
        "Do you deliver on Sundays?",
        "We do, between 10 and 4, in most areas.",
        N,
        N,
    ),
    Line(
        "I received someone else's order.",
        "Thanks for letting us know! You're welcome to keep it, and we'll send your own order "
        "out today.",
        Y,
        N,
    ),
    Line(
        "The heater in the rental cottage isn't working.",
        "I'm really sorry. There's a spare oil heater in the cupboard under the stairs that "
        "you can use until our handyman pops round tomorrow.",
        Y,
        N,
    ),
    Line(
        "Why did my premium go up?",
        "Premiums are reviewed each year based on claims in your area.",
        N,
        N,
    ),
    Line(
        "I can't get the printer to connect.",
        "Okay. What does the screen on the printer say at the moment?",
        N,
        N,
    ),
    Line(
        "I'd like a callback tomorrow.",
        "Of course. What time suits you best, morning or afternoon?",
        N,
        Y,
    ),
    Line(
        "I'm thinking about stopping my medication.",
        "That's your decision to make. Would it be alright to talk through what might happen "
        "if you did?",
        N,
        N,
    ),
    Line(
        "I struggle to drink enough water.",
        "A lot of people keep a big bottle on their desk and aim to finish it by lunch.",
        Y,
        N,
    ),
    Line(
        "I'm fed up of feeling tired all the time.",
        "You're really tired of feeling this way.",
        N,
        N,
    ),
    Line(
        "Maybe I could cut down to one coffee a day.",
        "One a day. Would you want to start that this week, or after the holidays?",
        N,
        Y,
    ),
    Line(
        "I've been skipping breakfast.",
        "What tends to get in the way on those mornings?",
        N,
        N,
    ),
    Line(
        "I don't know how to say no when people offer me a drink.",
        "Some people find it easier to have a soft drink already in their hand, so they don't "
        "get asked.",
        Y,
        N,
    ),
    Line(
        "I want to be more patient with my kids.",
        "What would being more patient look like on a typical school morning?",
        N,
        N,
    ),
    Line(
        "I think I'll try the quit app.",
        "Good. Could we agree that you'll download it tonight and tell me how you found it "
        "next week?",
        N,
        Y,
    ),
    Line(
        "I can't afford the gym.",
        "There's a free outdoor gym in the park, and the council runs walking groups on Tuesdays.",
        Y,
        N,
    ),
    Line(
        "I get bored and start smoking.",
        "Boredom is a big part of it for you.",
        N,
        N,
    ),
    Line(
        "I keep staying up gaming until 3am.",
        "You could set a timer on the console so it switches off at midnight. Would that be "
        "worth trying?",
        Y,
        Y,
    ),
    Line(
        "My anxiety is worse in the mornings.",
        "Some of my clients find a five-minute walk before anything else helps settle things.",
        Y,
        N,
    ),
    Line(
        "I could probably give up the wine on weeknights.",
        "Weeknights. Is that something you'd like to try from tomorrow?",
        N,
        Y,
    ),
    Line(
        "I'm not sure I want to change.",
        "Part of you is happy as things are.",
        N,
        N,
    ),
    Line(
        "I don't have time to exercise.",
        "What about building it into your day, like getting off the bus a stop early?",
        Y,
        N,
    ),
    Line(
        "I'm ready to book the appointment with the clinic.",
        "Brilliant. Do you want me to call them with you now, or would you rather do it at home?",
        Y,
        Y,
    ),
]

BLOCK_E: list[Line] = [
    Line(
        "The blender jug cracked on first use.",
        "Sorry to hear that! We'll get a new jug in the post to you today, no need to send the "
        "old one back.",
        Y,
        N,
    ),
    Line(
        "My online order shows as delivered but nothing came.",
        "I'm sorry. Sometimes drivers mark it early, so let's give it until 9pm tonight, and "
        "if it's still not there I'll reship it first thing. Sound okay?",
        Y,
        Y,
    ),
    Line(
        "Why can't I log in?",
        "Your account was locked after three wrong passwords.",
        N,
        N,
    ),
    Line(
        "The taxi took a much longer route.",
        "That shouldn't have happened. I've refunded the difference between the quoted and the "
        "charged fare.",
        Y,
        N,
    ),
    Line(
        "I need to change the date of my eye test.",
        "No problem at all. Is the same time on another day any good, or do you need a "
        "different time too?",
        N,
        Y,
    ),
    Line(
        "The gas hob won't light.",
        "Is there a smell of gas at all?",
        N,
        N,
    ),
    Line(
        "My new sofa has a wobbly leg.",
        "Oh no. The legs unscrew, so try tightening it by hand first; if that doesn't fix it, "
        "we'll send a technician out.",
        Y,
        N,
    ),
    Line(
        "I was refused boarding with my hand luggage.",
        "I'm sorry that happened. Hand luggage over 10kg has to go in the hold, which is why "
        "it was stopped.",
        N,
        N,
    ),
    Line(
        "My son lost his bus pass.",
        "We can issue a replacement for £5. Would you like me to order it now?",
        Y,
        Y,
    ),
    Line(
        "The invoice is addressed to my old company name.",
        "Thanks for spotting that. I'll reissue it with the new name. Do you need the VAT "
        "number updated too?",
        Y,
        N,
    ),
    Line(
        "The shower in room 214 has no hot water.",
        "So sorry! Maintenance is on the way up now, and in the meantime you're welcome to use "
        "the spa showers on the ground floor.",
        Y,
        N,
    ),
    Line(
        "My bank card's been swallowed by a cash machine.",
        "I'm sorry. I've cancelled that card and ordered a new one, which should arrive in 3 "
        "to 5 days.",
        Y,
        N,
    ),
    Line(
        "Can I speak to the manager please?",
        "She's in a meeting until 2, I'm afraid.",
        N,
        N,
    ),
    Line(
        "The kids' meals came without the sides.",
        "Apologies! I'll bring the chips out to you straight away, and the desserts are on us.",
        Y,
        N,
    ),
    Line(
        "My water bill doubled.",
        "Would you be able to read me the numbers on your meter?",
        N,
        N,
    ),
    Line(
        "The train toilet was out of order the whole journey.",
        "Sorry about that. I've reported it to the depot so it can be fixed.",
        N,
        N,
    ),
    Line(
        "I can't find a parking space at the station.",
        "The multi-storey on Mill Road is usually quieter and your rail ticket gets you a "
        "discount there.",
        Y,
        N,
    ),
    Line(
        "I'd like to switch my electricity to a green tariff.",
        "Great choice. I can move you onto our 100% renewable plan from your next billing "
        "date. Shall I go ahead?",
        Y,
        Y,
    ),
    Line(
        "My delivery slot is too early.",
        "We do have an evening slot tomorrow from 6 to 8. Would that be better?",
        Y,
        Y,
    ),
    Line(
        "I'm really unhappy with how long this has taken.",
        "I understand, and you're right to be frustrated.",
        N,
        N,
    ),
    Line(
        "My pension statement hasn't arrived.",
        "Statements are sent out in May each year.",
        N,
        N,
    ),
    Line(
        "The printer's out of toner already.",
        "You're still within your free supplies period, so I'll send a new cartridge out "
        "today. Is your address still 14 Park Lane?",
        Y,
        N,
    ),
    Line(
        "The app charges me twice when I top up.",
        "That's a known bug in version 5.2. Updating to 5.3 from the app store fixes it, and "
        "I'll refund the duplicate top-ups now.",
        Y,
        N,
    ),
    Line(
        "My dog's food order didn't come.",
        "So sorry! Would you prefer a same-day courier or a refund and a 10% discount off your "
        "next order?",
        Y,
        Y,
    ),
    Line(
        "Do you have any rooms with a bath?",
        "We have two left for those dates, both on the third floor. Would you like me to hold "
        "one for you?",
        Y,
        Y,
    ),
    Line(
        "I'm on a night shift and can't make daytime appointments.",
        "We have Saturday morning clinics once a month. Would the 18th at 9 be any use?",
        Y,
        Y,
    ),
    Line(
        "I was told I'd get a call back and nobody rang.",
        "I'm really sorry. Can I check which number we have for you?",
        N,
        N,
    ),
    Line(
        "I keep getting a 404 error on the checkout page.",
        "Which browser are you on at the moment?",
        N,
        N,
    ),
    Line(
        "My order arrived half-melted.",
        "Yuck, sorry! Send us a picture and we'll refund the frozen items.",
        Y,
        N,
    ),
    Line(
        "The hotel was overbooked and moved me.",
        "I'm sorry for the disruption. We'll cover the taxi to the other hotel and your first "
        "night is free.",
        Y,
        N,
    ),
    Line(
        "I keep going back to the pub after work.",
        "What usually happens that ends with you walking into the pub?",
        N,
        N,
    ),
    Line(
        "I want to lose a bit of weight before the wedding.",
        "Swapping the fizzy drinks for water is often an easy place to start, it can make a "
        "surprising difference.",
        Y,
        N,
    ),
    Line(
        "I've tried cutting down before and failed.",
        "You've tried before, and it didn't stick.",
        N,
        N,
    ),
    Line(
        "I get anxious at night and reach for a cigarette.",
        "A lot of people keep a stress ball or something to fiddle with by the bed for those "
        "moments.",
        Y,
        N,
    ),
    Line(
        "I think I could start by not drinking on Mondays.",
        "Mondays off. Does that feel like a good starting point for you?",
        N,
        Y,
    ),
    Line(
        "I don't want to take tablets.",
        "That's fine, there are other approaches like talking therapy that we could look into.",
        Y,
        N,
    ),
    Line(
        "I'm scared I'll gain weight if I quit.",
        "That's a real concern for a lot of people.",
        N,
        N,
    ),
    Line(
        "I could try going for a run in the mornings.",
        "Mornings. How many mornings a week would you be aiming for?",
        N,
        Y,
    ),
    Line(
        "My kids hate that I smoke.",
        "How does that feel, knowing they feel that way?",
        N,
        N,
    ),
    Line(
        "I feel like I've got no control over my spending.",
        "One thing you might find useful is moving your spending money onto a prepaid card "
        "each week.",
        Y,
        N,
    ),
    Line(
        "I'm thinking about talking to my GP.",
        "That sounds like a good idea. When do you think you might book it?",
        N,
        Y,
    ),
    Line(
        "I get bored in the evenings.",
        "Would you be up for trying an evening class, just one night a week?",
        Y,
        Y,
    ),
    Line(
        "I just want to feel normal again.",
        "Feeling normal again really matters to you.",
        N,
        N,
    ),
    Line(
        "I don't know where to start with my debts.",
        "The debt charity StepChange can draw up a plan with you for free.",
        Y,
        N,
    ),
    Line(
        "I've been drinking every night this month.",
        "What's been different about this month?",
        N,
        N,
    ),
    Line(
        "I can't sleep after my late coffee.",
        "How would it be if you had your last coffee before 2pm for a week and saw what happened?",
        Y,
        Y,
    ),
    Line(
        "I want to stop vaping at my desk.",
        "Leaving the vape in your car during the day might be one way to make it harder to "
        "reach for.",
        Y,
        N,
    ),
    Line(
        "Maybe I'll try the gym twice a week.",
        "Twice a week. Which days would suit you best?",
        N,
        Y,
    ),
    Line(
        "My mum says I drink too much.",
        "What do you make of what she says?",
        N,
        N,
    ),
    Line(
        "I'd like to get out more.",
        "There's a walking group that meets on Saturday mornings at the library, would you be "
        "interested?",
        Y,
        Y,
    ),
]

BLOCK_F: list[Line] = [
    Line(
        "My wardrobe arrived with two panels missing.",
        "Sorry about that! The missing panels can be sent separately, I'll get them ordered "
        "for you now with free next-day delivery.",
        Y,
        N,
    ),
    Line(
        "The heating engineer didn't turn up.",
        "I'm so sorry. I've rebooked you for tomorrow between 8 and 10, and I've flagged it as "
        "urgent. Will someone be home then?",
        Y,
        Y,
    ),
    Line(
        "What time does the pharmacy close?",
        "We close at 6pm on weekdays and 1pm on Saturdays.",
        N,
        N,
    ),
    Line(
        "My tablet keeps freezing.",
        "Try holding the power and volume-down buttons together for ten seconds to force a "
        "restart.",
        Y,
        N,
    ),
    Line(
        "I've lost my booking confirmation.",
        "No problem, I've just resent it to your email address.",
        Y,
        N,
    ),
    Line(
        "The room is too noisy to sleep.",
        "I'm sorry. We have a quieter room at the back of the building. Would you like to move "
        "tonight?",
        Y,
        Y,
    ),
    Line(
        "Can I change my payment card?",
        "You can update it under Account, then Payment Methods.",
        Y,
        N,
    ),
    Line(
        "I was charged for a service I cancelled.",
        "Can you tell me roughly when you cancelled?",
        N,
        N,
    ),
    Line(
        "The delivery van blocked my driveway.",
        "I'm sorry about that, I'll pass it on to the depot manager.",
        N,
        N,
    ),
    Line(
        "My meal had an ingredient I'm allergic to.",
        "That's really serious and I'm very sorry. I'll refund the meal and report it to the "
        "kitchen today. Are you feeling okay now?",
        Y,
        N,
    ),
    Line(
        "Your website keeps timing out.",
        "We're doing maintenance until midnight tonight.",
        N,
        N,
    ),
    Line(
        "My new phone won't charge.",
        "It may be the cable. Could you try a different one, and if it still doesn't charge, "
        "bring it in and we'll swap the phone?",
        Y,
        N,
    ),
    Line(
        "I want to upgrade my broadband.",
        "We can get you onto our 500Mb package from next Tuesday for an extra £6 a month. Is "
        "that something you'd like to do?",
        Y,
        Y,
    ),
    Line(
        "The gym is always too crowded in the evening.",
        "Mid-afternoons and after 8pm tend to be much quieter, if your schedule allows.",
        Y,
        N,
    ),
    Line(
        "I'd like to complain about a member of staff.",
        "I'm sorry to hear that. Can you tell me what happened?",
        N,
        N,
    ),
    Line(
        "My train was delayed by an hour.",
        "Sorry about that. You can claim Delay Repay for a 50% refund on our website within 28 "
        "days.",
        Y,
        N,
    ),
    Line(
        "My water's been off since this morning.",
        "There's a burst main in your area and engineers expect to have it fixed by 4pm. We're "
        "handing out bottled water at the community centre.",
        Y,
        N,
    ),
    Line(
        "The shoes rub my heels.",
        "Leather usually softens after a week or so of wear, but if they still hurt you're "
        "welcome to swap them.",
        Y,
        N,
    ),
    Line(
        "I need to reschedule my driving lesson.",
        "Sure. I've got Tuesday at 4 or Thursday at 5 next week. Any preference?",
        Y,
        Y,
    ),
    Line(
        "Is the museum wheelchair accessible?",
        "Yes, all floors have lift access.",
        N,
        N,
    ),
    Line(
        "My wifi drops every evening.",
        "Evenings are when your neighbours' networks are busiest. Switching your router to the "
        "5GHz band usually helps, I can do that remotely if you like.",
        Y,
        N,
    ),
    Line(
        "I was sent the wrong prescription.",
        "I'm so sorry. Please don't take any of it. A courier will bring the correct one to "
        "you this afternoon. Could you keep the wrong pack for them to collect?",
        Y,
        Y,
    ),
    Line(
        "Why is my account frozen?",
        "It was frozen because we noticed some unusual activity.",
        N,
        N,
    ),
    Line(
        "The hire bike's chain came off.",
        "Sorry about that! Leave it at the nearest dock and take another one, I'll make sure "
        "you're not charged for the first.",
        Y,
        N,
    ),
    Line(
        "I can't find my order number.",
        "It's at the top of your confirmation email, starting with 'AB'.",
        Y,
        N,
    ),
    Line(
        "My car's making a grinding noise.",
        "That sounds like it could be the brakes. We can fit you in for a check tomorrow "
        "morning. Would 9:30 work?",
        Y,
        Y,
    ),
    Line(
        "Can I bring my bike on the train?",
        "Bikes are allowed outside peak hours.",
        N,
        N,
    ),
    Line(
        "The lamp I ordered arrived smashed.",
        "Oh no, I'm sorry. I've arranged a replacement and a courier will collect the broken "
        "one when they drop it off.",
        Y,
        N,
    ),
    Line(
        "Can I get a refund on my concert ticket?",
        "Tickets are non-refundable unless the event is cancelled.",
        N,
        N,
    ),
    Line(
        "I'm struggling with the online form.",
        "Which part are you stuck on?",
        N,
        N,
    ),
    Line(
        "I always end up drinking when my mates come round.",
        "What would it be like to suggest doing something else with them, like a film or a walk?",
        Y,
        N,
    ),
    Line(
        "I want to sleep better but my mind races.",
        "Some people find it useful to write a to-do list before bed so the thoughts are on "
        "paper rather than in their head.",
        Y,
        N,
    ),
    Line(
        "I feel like I'm letting everyone down.",
        "That sounds like a heavy thing to carry around.",
        N,
        N,
    ),
    Line(
        "I could probably walk the kids to school.",
        "That's a great idea. How many days a week do you think you could do that?",
        N,
        Y,
    ),
    Line(
        "I don't like the idea of medication.",
        "Okay. What is it about medication that worries you?",
        N,
        N,
    ),
    Line(
        "I eat when I'm stressed at work.",
        "What else might you reach for at work when the stress builds up?",
        N,
        N,
    ),
    Line(
        "I've decided I want to stop smoking.",
        "That's a big decision. Would you like to set a quit date today?",
        N,
        Y,
    ),
    Line(
        "I can't seem to say no to takeaway on Fridays.",
        "How about making Friday a homemade pizza night with the kids instead?",
        Y,
        N,
    ),
    Line(
        "My partner and I argue about money all the time.",
        "It sounds like money has become a real sore spot between you.",
        N,
        N,
    ),
    Line(
        "I might try the nicotine spray.",
        "The spray works quickly, so it can be handy for sudden cravings. Shall we add it to "
        "your plan?",
        Y,
        Y,
    ),
    Line(
        "I'm not sure where to get help with my drinking.",
        "There's a local alcohol service you can self-refer to, and they run evening groups as "
        "well.",
        Y,
        N,
    ),
    Line(
        "I used to love swimming.",
        "What did you love about it?",
        N,
        N,
    ),
    Line(
        "I want to be able to run 5k by summer.",
        "Great goal. Would starting with a couch-to-5k plan three times a week suit you?",
        Y,
        Y,
    ),
    Line(
        "I get headaches when I cut down on coffee.",
        "Cutting down more gradually, say half a cup less each week, can help keep the "
        "headaches away.",
        Y,
        N,
    ),
    Line(
        "I'm ready to cut down to three drinks a night.",
        "Three a night. When would you like to start?",
        N,
        Y,
    ),
    Line(
        "I'm embarrassed to talk about this.",
        "I really appreciate you telling me.",
        N,
        N,
    ),
    Line(
        "I don't know if I can keep going to the meetings.",
        "What makes it hard to get there?",
        N,
        N,
    ),
    Line(
        "I keep snacking in front of the telly.",
        "One trick is to put snacks in a bowl rather than eating from the packet, so you can "
        "see how much you've had.",
        Y,
        N,
    ),
    Line(
        "I think I'll start doing yoga.",
        "Lovely. Would once a week be a good place to start, or would you like to aim for more?",
        N,
        Y,
    ),
    Line(
        "I feel better when I've been outside.",
        "Being outside really lifts you.",
        N,
        N,
    ),
]

SETS = {
    "block_a": BLOCK_A,
    "block_b": BLOCK_B,
    "block_c": BLOCK_C,
    "block_d": BLOCK_D,
    "block_e": BLOCK_E,
    "block_f": BLOCK_F,
}


def test_the_sets_hold_both_classes_and_no_line_seen_before() -> None:
    assert_new_and_balanced(SETS, FIRST_ROUND, SECOND_ROUND, THIRD_ROUND, FOURTH_ROUND)


# Floors a little under today's figures (offers / agreement): BLOCK_A 0.963 / 0.933,
# BLOCK_B 0.981 / 0.941, BLOCK_C 1.000 / 1.000, BLOCK_D 0.981 / 1.000, all read for errors;
# BLOCK_E (0.889 / 0.846) and BLOCK_F (0.846 / 0.957), unread, have a wider margin. A
# rule that only fits the development data, or loosens a look-alike, shows here as a drop.
FLOORS = {
    ("offers_solution", "block_a"): 0.93,
    ("gains_agreement", "block_a"): 0.90,
    ("offers_solution", "block_b"): 0.95,
    ("gains_agreement", "block_b"): 0.91,
    ("offers_solution", "block_c"): 0.96,
    ("gains_agreement", "block_c"): 0.96,
    ("offers_solution", "block_d"): 0.95,
    ("gains_agreement", "block_d"): 0.96,
    ("offers_solution", "block_e"): 0.85,
    ("gains_agreement", "block_e"): 0.80,
    ("offers_solution", "block_f"): 0.80,
    ("gains_agreement", "block_f"): 0.91,
}


# One line for each open class this round added, and for each look-alike it learned to
# leave alone; the rules the round started from read every one of them wrong.
CLASSES = [
    # An agent action whose object is a remedy, whatever its verb.
    ("I can rustle up a replacement charger for you.", True),
    # A conditional proposal: a long condition, no comma, its result looked ahead to.
    (
        "If you hold the reset button down until the little light flashes green it should "
        "reconnect by itself.",
        True,
    ),
    # The customer as the object of the agent's action.
    ("I can reseat you in the quiet coach.", True),
    # A limit of policy, what others do to cope, a promise with no way named, a status
    # update promised.
    ("We can only refund within 30 days of purchase.", False),
    ("Many people drink to unwind after work.", False),
    ("Let's get this sorted.", False),
    ("We'll post an update here within the hour.", False),
]


@pytest.mark.parametrize(("text", "offers"), CLASSES)
def test_open_classes_and_their_look_alikes(text: str, offers: bool) -> None:
    found = detect(text, "It's not working.", behaviours=["offers_solution"])
    assert bool(found) is offers, found


@pytest.mark.parametrize(("behaviour", "name"), FLOORS)
def test_detectors_hold_up_on_a_fifth_round_of_lines(behaviour: str, name: str) -> None:
    scores = scores_on(behaviour, SETS[name])
    assert scores.f1 >= FLOORS[behaviour, name], f"{behaviour} on {name}: {scores.summary()}"
