"""`offers_solution` and `gains_agreement`: a second round of agent lines written apart
from the data and from `test_offers_agreement_fresh.py`.

Every line was written for this file, in the author's own words, with the customer's
previous turn as context and both labels decided before the detectors were run on it.
The sectors are those the engine is judged on beyond the development data (broadband,
retail, banking, travel, hotels, utilities, pharmacy, insurance, software) plus a few
health-coaching lines in the counselling style of the development data.

Shapes the first round was thin on, on purpose: promises made for a colleague or a
partner ("the pharmacist will call you this afternoon"), a remedy as the subject ("resetting
the router usually sorts this"), suggestions ("have you thought about…?", "one thing that
helps some people is…"), plain instructions, a choice of two, and the many ways of asking
for a yes ("how does that sound?", "would that do?", "does Thursday suit?").

Hard negatives, also on purpose: questions that gather information ("have you changed
your password recently?"), explanations of what went wrong, promises that belong to the
past ("my colleague promised you a call back on Monday"), a limit with no way round it
("there's nothing I can do about the late fee"), an offer the customer already turned
down, closers, sympathy alone and routine permission ("is it okay if I put you on hold?").

- `BLIND_A` (172 lines), written first, scored once (the morning's rules: 0.688 /
  0.831, offers / agreement), then read for errors and fixed by structure.
- `BLIND_B` (64 lines), written after that round and scored once before its errors were
  read: 0.717 / 0.800 (the morning's rules: 0.667 / 0.800). Then read and fixed.
- `BLIND_C` (57 lines: e-mail, tweets, a phone transcript, coaching), written after the
  second round and scored once before its errors were read: 0.739 / 0.762 (the
  morning's rules: 0.651 / 0.762). Then read and fixed.
- `BLIND_D` (55 lines: council, insurance, streaming, vets, estate agents, coaching),
  written after the third round and scored once before its errors were read: 0.745 /
  0.923 (the morning's rules: 0.667 / 0.880). Then read and fixed.
- `BLIND_E` (55 lines: e-mail, tweets, a phone transcript, coaching, many hard
  negatives), written after the fourth round and scored once before its errors were
  read: 0.722 / 0.778 (the morning's rules: 0.686 / 0.706). Then read and fixed.
- `BLIND_F` (55 lines), written after the fifth round and scored once, never read for
  errors: 0.818 / 0.900 (the morning's rules: 0.762 / 0.842). The honest figure for the
  rules as they stand; keep it unread and write a new set to measure the next round.

Where this file's author and the first round's disagree, the rules follow the first
round (its sets are older and larger) and the lines below keep their own label, so they
stay wrong on purpose: asking to put the customer on hold (the first round: agreement),
"would it help to…?" (the first round: a suggestion, not agreement), "have you changed
your password recently?" (the first round: a suggestion) and "the refund's been
processed" (the first round: a status, not an offer).
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores
from .test_offers_agreement_fresh import SETS as FIRST_ROUND
from .test_offers_agreement_fresh import Line

Y, N = True, False

BLIND_A: list[Line] = [
    # A remedy as the subject of the sentence.
    Line(
        "My broadband keeps dropping every evening.",
        "Resetting the router to factory settings usually sorts this out.",
        Y,
        N,
    ),
    Line(
        "It drops at about eight most nights.",
        "Moving the hub off the floor and away from the TV tends to help a lot.",
        Y,
        N,
    ),
    Line(
        "The coffee machine I bought in May has stopped working.",
        "Descaling it with one of the citric acid sachets often brings them back to life.",
        Y,
        N,
    ),
    Line(
        "The card keeps getting declined at checkout.",
        "Using a different card, or paying with PayPal, usually gets the order through.",
        Y,
        N,
    ),
    Line(
        "The jacket doesn't fit.",
        "Swapping it for a size up is free, just use the returns label in the box.",
        Y,
        N,
    ),
    Line(
        "My phone gets really hot when it charges.",
        "Taking the case off while it charges often helps.",
        Y,
        N,
    ),
    Line(
        "The course portal won't let me log in.",
        "Logging in with your student number instead of your email should do it.",
        Y,
        N,
    ),
    Line(
        "The shower's gone cold again.",
        "The boiler pressure may have dropped. Topping it up to 1.5 bar on the gauge "
        "usually gets the hot water back.",
        Y,
        N,
    ),
    Line(
        "Is there a cheaper way to buy these tickets?",
        "Booking through the app gets you the lower fare.",
        Y,
        N,
    ),
    Line(
        "The smart plug has stopped responding.",
        "Unplugging it for thirty seconds normally resets the fault.",
        Y,
        N,
    ),
    Line(
        "My internet is painfully slow.",
        "Running a speed test with the laptop plugged straight into the router would show "
        "us whether it's the wifi or the line.",
        Y,
        N,
    ),
    # Promises made for a colleague, a partner or the company.
    Line(
        "I need my prescription sorted before the weekend.",
        "The pharmacist will call you this afternoon to go through the dosage.",
        Y,
        N,
    ),
    Line(
        "How do I send the sofa back?",
        "Our courier will collect it from your door tomorrow between 8 and 12.",
        Y,
        N,
    ),
    Line(
        "The washing machine is leaking all over the floor.",
        "An engineer will come out on Monday morning to take a look.",
        Y,
        N,
    ),
    Line(
        "My kid dropped the tablet and the screen's cracked.",
        "Our repair partner can replace the screen for £79, usually within two days.",
        Y,
        N,
    ),
    Line(
        "I'm stuck in Lisbon without a phone.",
        "Our partner shop in Lisbon can get a replacement handset to your hotel by tomorrow "
        "morning.",
        Y,
        N,
    ),
    Line(
        "The power's been off since six.",
        "A crew will be at your street within two hours to reconnect the supply.",
        Y,
        N,
    ),
    Line(
        "The toilet in the rental flat is blocked.",
        "Our plumber will pop round first thing tomorrow to clear it.",
        Y,
        N,
    ),
    Line(
        "I have a severe nut allergy.",
        "Thanks for telling us. Our chef will prepare your meal separately, well away from "
        "anything with nuts.",
        Y,
        N,
    ),
    Line(
        "The invoice has the wrong company name on it.",
        "Tom in accounts will email you a corrected invoice this afternoon.",
        Y,
        N,
    ),
    Line(
        "Can I speak to a manager?",
        "My manager isn't in today, but she will ring you tomorrow before noon.",
        Y,
        N,
    ),
    Line(
        "The part for my boiler still hasn't come.",
        "Our night team will ring you as soon as the part lands at the depot.",
        Y,
        N,
    ),
    Line(
        "The app crashes every time I upload photos.",
        "Our developers have found the bug, and a fix is going out in Thursday's update.",
        Y,
        N,
    ),
    Line(
        "Can the kids have something other than chips?",
        "Yes, the kitchen can swap the chips for fruit or a side salad.",
        Y,
        N,
    ),
    # Suggestions.
    Line(
        "I keep forgetting to take my tablets.",
        "One thing that helps some people is keeping the box next to the kettle.",
        Y,
        N,
    ),
    Line(
        "Since the new shift pattern I can't sleep at all.",
        "Have you thought about asking your manager for a fixed rota for a month?",
        Y,
        N,
    ),
    Line(
        "The printer says paper jam but there's nothing in it.",
        "You could try opening the back panel and checking for a torn scrap near the rollers.",
        Y,
        N,
    ),
    Line(
        "The delivery was left outside in the rain.",
        "Next time, you can add a safe-place note in the app so the driver leaves it in the porch.",
        Y,
        N,
    ),
    Line(
        "I can't get into my account.",
        "Have you tried resetting your password from the login page?",
        Y,
        N,
    ),
    Line(
        "Is there a cheaper plan for me?",
        "There's a pay-as-you-go tariff that might work out cheaper for how little you use it.",
        Y,
        N,
    ),
    Line(
        "I'm not getting any of your emails.",
        "They may be landing in your spam folder, so it's worth checking there and marking "
        "us as safe.",
        Y,
        N,
    ),
    Line(
        "My parcels keep getting stolen from the doorstep.",
        "Have you thought about having it delivered to a locker instead? There's one at the "
        "station near you.",
        Y,
        N,
    ),
    Line(
        "I get bored on my walks.",
        "Some people find a podcast, or walking with a friend, makes the time go faster.",
        Y,
        N,
    ),
    Line(
        "I tried the patches before and they did nothing.",
        "Some people find the lozenges easier, because you can use one the moment a craving hits.",
        Y,
        N,
    ),
    Line(
        "The heater in the hire car isn't working.",
        "Pop it into any of our branches and they'll check it for free.",
        Y,
        N,
    ),
    Line(
        "Do I have to be in for the delivery?",
        "No, the driver can leave it with a neighbour if you give permission in the app.",
        Y,
        N,
    ),
    # Instructions.
    Line(
        "The banking app won't load my statements.",
        "Try clearing the app's cache, then log in again.",
        Y,
        N,
    ),
    Line(
        "The printer shows as offline.",
        "Go to Settings, then Devices, and remove the printer before adding it again.",
        Y,
        N,
    ),
    Line(
        "I'm not happy with how the repair was done.",
        "Bring it back in and we'll redo it at no charge.",
        Y,
        N,
    ),
    Line(
        "I can't find where to download the file.",
        "It should be in the email we sent when you bought it, under 'Your files'.",
        Y,
        N,
    ),
    Line(
        "Where do I find my pension statement?",
        "You can download it straight away from the online portal, under Documents.",
        Y,
        N,
    ),
    # Options, and actions the agent takes or offers to take.
    Line(
        "The order arrived smashed.",
        "We can either refund you in full or send a new one out today.",
        Y,
        N,
    ),
    Line(
        "The room smells of smoke.",
        "I can move you to a non-smoking room on the second floor right away.",
        Y,
        N,
    ),
    Line(
        "It's so noisy, the room is right above the bar.",
        "We have a quieter room at the back of the building if you'd like it.",
        Y,
        N,
    ),
    Line(
        "My delivery is late again.",
        "It'll be with you by 6pm tomorrow, and I'll text you the tracking link now.",
        Y,
        N,
    ),
    Line(
        "You overcharged me.",
        "You're right, and I'm sorry. I've credited £12.40 back to your account.",
        Y,
        N,
    ),
    Line(
        "The train was cancelled and I need to get home.",
        "Your ticket is valid on the next service, so you can just hop on the 14:20.",
        Y,
        N,
    ),
    Line(
        "Can I change my flight? I thought it was too late.",
        "Not at all. Changing it online is free up to 24 hours before departure.",
        Y,
        N,
    ),
    Line(
        "Can I bring my dog?",
        "Dogs are welcome in the garden rooms, and we can put a bed and bowls in for him.",
        Y,
        N,
    ),
    Line(
        "My bag didn't arrive with me.",
        "You're entitled to claim up to £100 for essentials while you wait for it.",
        Y,
        N,
    ),
    Line(
        "The taxi never turned up.",
        "I'll refund the fare, and we'll add a £10 credit for your next ride.",
        Y,
        N,
    ),
    Line(
        "I need the invoice for my accountant.",
        "I can email a VAT invoice to you now. Which address should I send it to?",
        Y,
        N,
    ),
    Line(
        "Could you post me the form?",
        "Sure, I'll post it out first class today. Is your address still 14 Elm Road?",
        Y,
        N,
    ),
    Line(
        "My meter reading looks wrong.",
        "If you send us a photo of the meter, we'll correct the bill and recalculate your "
        "direct debit.",
        Y,
        N,
    ),
    Line(
        "The booking shows the wrong dates.",
        "I've corrected the dates to the 14th to the 16th, and a new confirmation is on its "
        "way to your inbox.",
        Y,
        N,
    ),
    Line(
        "Fine, I'll take the voucher.",
        "Perfect, I'll email the voucher code over in the next ten minutes.",
        Y,
        N,
    ),
    Line(
        "I don't want a voucher.",
        "Okay, no voucher. I'll refund the £45 to your card instead.",
        Y,
        N,
    ),
    Line(
        "I paid for express delivery and it came late.",
        "Since it arrived late, I'll refund the express charge of £6.99.",
        Y,
        N,
    ),
    Line(
        "Do you price match?",
        "We do. If you send me the link, I'll match the price and refund the difference.",
        Y,
        N,
    ),
    Line(
        "I left my laptop on the train.",
        "That's a horrible feeling. Lost property will log it, and you can track the search "
        "online with the reference I give you.",
        Y,
        N,
    ),
    Line(
        "Do I really need a whole new boiler?",
        "Not necessarily; a service might be enough, and we can book one for next week.",
        Y,
        N,
    ),
    Line(
        "I can't make sense of this bill.",
        "Let me walk you through each line so it all adds up.",
        Y,
        N,
    ),
    Line(
        "The reset email never arrives.",
        "I've sent a new link from here; it can take a few minutes. Let me know once it's there.",
        Y,
        N,
    ),
    Line(
        "My account's locked.",
        "I've unlocked it for you, so you should be able to sign in now. Could you try and "
        "let me know?",
        Y,
        N,
    ),
    Line(
        "I want to complain about the branch.",
        "You can raise a formal complaint through the form on our website, and it'll be "
        "answered within ten working days.",
        Y,
        N,
    ),
    Line(
        "Okay, go ahead with the refund.",
        "Great, the refund's been processed and you'll see it in three to five days.",
        Y,
        N,
    ),
    Line(
        "The heating is still broken.",
        "I'll make sure the engineer brings the new part on Wednesday. Are you around all day?",
        Y,
        N,
    ),
    # An offer with a request for a yes.
    Line(
        "My card was declined in Spain.",
        "I can lift the block now and add a travel note for the next two weeks. How does "
        "that sound?",
        Y,
        Y,
    ),
    Line(
        "Can I move my appointment?",
        "I've got Thursday at 10 or Friday at 2. Would either of those work for you?",
        Y,
        Y,
    ),
    Line(
        "I'd like a refund, please.",
        "I'll put the refund through now and it should show in three to five working days. "
        "Would that work for you?",
        Y,
        Y,
    ),
    Line(
        "The replacement came in the wrong colour.",
        "Shall we go ahead with the exchange for the grey one, then?",
        Y,
        Y,
    ),
    Line(
        "I'd prefer a call back to waiting on hold.",
        "Are you happy for me to book the callback for tomorrow morning?",
        Y,
        Y,
    ),
    Line(
        "I want to go onto the cheaper plan.",
        "I'll move you onto the basic plan from your next bill. Is that okay with you?",
        Y,
        Y,
    ),
    Line(
        "When can the engineer come out?",
        "Does Thursday suit?",
        Y,
        Y,
    ),
    Line(
        "Can I pay it off in instalments?",
        "Yes, we can split the balance into three monthly payments. Would you like me to set "
        "that up?",
        Y,
        Y,
    ),
    Line(
        "I think I want to cancel.",
        "Before you go, would a three-month pause suit you better than cancelling?",
        Y,
        Y,
    ),
    Line(
        "I guess I could try.",
        "Would you be willing to keep a drink diary until we next meet?",
        Y,
        Y,
    ),
    Line(
        "Can you deliver on Saturday?",
        "Saturday is fully booked, but Sunday morning is free. Would that do?",
        Y,
        Y,
    ),
    Line(
        "I'm moving house next month.",
        "We can move your broadband to the new address on the day you get the keys. Would "
        "you like me to arrange that?",
        Y,
        Y,
    ),
    Line(
        "I want to cancel my gym membership.",
        "I can cancel it today; your last payment would be on the 1st. Would you like me to "
        "go ahead?",
        Y,
        Y,
    ),
    Line(
        "Can I use my points on this?",
        "Yes, your 4,000 points can go towards this order, taking £40 off. Want me to apply them?",
        Y,
        Y,
    ),
    Line(
        "I'm behind on the bills and scared of being cut off.",
        "Would you be okay with a payment plan of £20 a fortnight?",
        Y,
        Y,
    ),
    Line(
        "So you'll book me in?",
        "I'll book you in for Tuesday then, yes?",
        Y,
        Y,
    ),
    Line(
        "The charger's stopped working.",
        "It's still under warranty, so we'll send you a new one free of charge. Does that "
        "sound fair?",
        Y,
        Y,
    ),
    Line(
        "I don't know which plan to pick.",
        "The family plan shares data across four phones, and the solo plan is cheaper if it's "
        "just you. Which sounds more like you?",
        Y,
        Y,
    ),
    Line(
        "Is breakfast included?",
        "It isn't in your rate, but we can add it for £9 a day. Would you like that?",
        Y,
        Y,
    ),
    Line(
        "I'm struggling to pay this quarter.",
        "We have a hardship fund that could cover part of your bill, and I can send you the "
        "form. Is that something you'd like to look at?",
        Y,
        Y,
    ),
    Line(
        "Could it be fixed today?",
        "Today isn't possible, but tomorrow at 9 is free. Would that suit?",
        Y,
        Y,
    ),
    Line(
        "I need to move the appointment.",
        "No problem, is next Tuesday at 3 any good for you?",
        Y,
        Y,
    ),
    Line(
        "Is there a bigger car available?",
        "An upgrade to an estate would be £12 a day extra. Shall I add it?",
        Y,
        Y,
    ),
    Line(
        "I'm really nervous about the operation.",
        "Would it help to speak to one of the nurses beforehand? I can arrange a call.",
        Y,
        Y,
    ),
    Line(
        "Nobody called me back yesterday like you promised.",
        "You're right, and I'm sorry. I'll call you myself at 10 tomorrow. Does 10 work for you?",
        Y,
        Y,
    ),
    Line(
        "Can I pause my subscription instead?",
        "You can pause for up to three months. Do you want me to do that from today?",
        Y,
        Y,
    ),
    Line(
        "The seat I paid for was given to someone else.",
        "We've found you an aisle seat in row 12 instead. Is that alright?",
        Y,
        Y,
    ),
    Line(
        "Why has my premium gone up so much?",
        "I can look at a higher excess, which would bring it down by about £80. Would you "
        "like a quote?",
        Y,
        Y,
    ),
    Line(
        "I need to think about it.",
        "Take your time; shall I email the details so you can look at them later?",
        Y,
        Y,
    ),
    Line(
        "I'm not sure yet.",
        "Would you like some time to think it over, and I'll call you on Friday?",
        Y,
        Y,
    ),
    Line(
        "I've cut down to five a day.",
        "That's a big change. How would you feel about trying to get down to three by next month?",
        Y,
        Y,
    ),
    Line(
        "I don't know where to start.",
        "There are a few options we could look at: a group, an app, or meeting with me every "
        "week. Which of those appeals?",
        Y,
        Y,
    ),
    # A request for a yes on a step already on the table.
    Line(
        "I could walk to work twice a week.",
        "That sounds like a realistic place to start. Shall we make that your goal for the "
        "next fortnight?",
        N,
        Y,
    ),
    Line(
        "Okay, so the engineer comes on Thursday.",
        "That's right. Are you happy with that?",
        N,
        Y,
    ),
    Line(
        "So I'd pay £20 a month?",
        "Yes, £20 a month for ten months. Does that work for you?",
        N,
        Y,
    ),
    # Questions that gather information.
    Line(
        "My parcel hasn't arrived.",
        "Could you give me the order number so I can look it up?",
        N,
        N,
    ),
    Line(
        "The heating isn't coming on.",
        "When did you first notice it wasn't working?",
        N,
        N,
    ),
    Line(
        "My bill's much higher this month.",
        "Can I just confirm the first line of your address?",
        N,
        N,
    ),
    Line(
        "I can't log in.",
        "What message do you see when you try?",
        N,
        N,
    ),
    Line(
        "I still can't log in.",
        "Have you changed your password recently?",
        N,
        N,
    ),
    Line(
        "The washing machine is leaking.",
        "Is the water coming from the door or from underneath?",
        N,
        N,
    ),
    Line(
        "I'm moving house next month.",
        "Congratulations! When is your moving date?",
        N,
        N,
    ),
    Line(
        "The coffee machine stopped working.",
        "How long have you had it?",
        N,
        N,
    ),
    Line(
        "The printer shows as offline.",
        "Is the printer on the same wifi network as your laptop?",
        N,
        N,
    ),
    Line(
        "The course portal won't let me in.",
        "Which browser are you using?",
        N,
        N,
    ),
    Line(
        "My meter reading looks wrong.",
        "Could you send us a photo of the meter so we can compare it with ours?",
        N,
        N,
    ),
    Line(
        "The reset email never comes.",
        "Did you sign up with a work or a personal email address?",
        N,
        N,
    ),
    Line(
        "My package was stolen.",
        "Did any of your neighbours see anything?",
        N,
        N,
    ),
    Line(
        "The form just won't submit.",
        "What happens when you press Submit?",
        N,
        N,
    ),
    Line(
        "I can't make sense of this bill.",
        "Which part of the bill is confusing?",
        N,
        N,
    ),
    Line(
        "I'm struggling to pay this quarter.",
        "How much could you afford each month?",
        N,
        N,
    ),
    Line(
        "Hi, I need to change my surname on the account.",
        "Of course. Would you mind spelling the new surname for me?",
        N,
        N,
    ),
    Line(
        "The parcel says delivered but I haven't got it.",
        "Do you agree that the signature on the proof of delivery isn't yours?",
        N,
        N,
    ),
    Line(
        "My doctor says I need to lose weight.",
        "What have you tried in the past?",
        N,
        N,
    ),
    Line(
        "I know I drink too much at weekends.",
        "What do you think might help you cut down?",
        N,
        N,
    ),
    Line(
        "I don't want to stop completely.",
        "What would cutting down look like for you?",
        N,
        N,
    ),
    Line(
        "I'm thinking of leaving you.",
        "I'm sorry to hear that. What's made you think about leaving?",
        N,
        N,
    ),
    # Explanations of what went wrong.
    Line(
        "Why was I charged twice?",
        "The second charge came from a glitch in our payment system on Tuesday night that "
        "hit several customers.",
        N,
        N,
    ),
    Line(
        "Why is my flight delayed?",
        "The incoming aircraft was held in Madrid by a storm, so everything after it is "
        "running late.",
        N,
        N,
    ),
    Line(
        "The website said it was in stock.",
        "The stock figure on the website hadn't updated after the last sale, which is why "
        "your order was cancelled.",
        N,
        N,
    ),
    Line(
        "Where's my refund? It's been weeks.",
        "I've checked, and the refund was sent on the 3rd, so it should be in your account by now.",
        N,
        N,
    ),
    Line(
        "My order is late.",
        "It was dispatched yesterday and the tracking shows it at the local depot.",
        N,
        N,
    ),
    Line(
        "My account got locked.",
        "For security, we lock accounts after five wrong attempts.",
        N,
        N,
    ),
    Line(
        "The taxi never turned up.",
        "I've looked into it and the driver marked the job as done by mistake.",
        N,
        N,
    ),
    Line(
        "I paid for express delivery!",
        "Express orders placed after 2pm go out the next day, which is why it didn't come "
        "yesterday.",
        N,
        N,
    ),
    Line(
        "The app keeps crashing.",
        "That crash was caused by last week's update.",
        N,
        N,
    ),
    Line(
        "My order's stuck on 'processing'.",
        "That usually means the payment is still being checked by the bank.",
        N,
        N,
    ),
    Line(
        "My pension statement hasn't come.",
        "Statements went out late this year because of a printing problem.",
        N,
        N,
    ),
    Line(
        "The refund was less than I paid.",
        "The difference is the original delivery charge, which isn't refundable under our terms.",
        N,
        N,
    ),
    Line(
        "Why has my premium gone up?",
        "Premiums rose across the board this year because repair costs have gone up.",
        N,
        N,
    ),
    Line(
        "Is my phone covered for this?",
        "Your policy covers accidental damage but not loss.",
        N,
        N,
    ),
    Line(
        "When will the power be back?",
        "Our engineers are working on the fault and expect power back by 4pm.",
        N,
        N,
    ),
    # Promises that belong to the past.
    Line(
        "You said someone would call me.",
        "I can see my colleague promised you a call back on Monday, and that didn't happen.",
        N,
        N,
    ),
    Line(
        "I was told I'd get a refund.",
        "Yes, the notes say we agreed last week to refund the delivery charge.",
        N,
        N,
    ),
    Line(
        "You promised me a call back yesterday.",
        "You're right, we did promise that, and nobody called.",
        N,
        N,
    ),
    # A limit with no way round it, and a hand-off.
    Line(
        "Can you waive the late fee?",
        "I'm afraid there's nothing I can do about the late fee, it's set by the bank.",
        N,
        N,
    ),
    Line(
        "Can I get my money back?",
        "Unfortunately, I can't refund a ticket once the film has started.",
        N,
        N,
    ),
    Line(
        "Can you deliver on Saturday?",
        "We don't deliver at weekends in your area, sorry.",
        N,
        N,
    ),
    Line(
        "I was hoping for a discount.",
        "I can't offer a discount on sale items, I'm afraid.",
        N,
        N,
    ),
    Line(
        "Is there a bigger car?",
        "All our larger cars are out this weekend, I'm afraid.",
        N,
        N,
    ),
    Line(
        "I need help with my tax code.",
        "HMRC set tax codes, so I can't change it from here.",
        N,
        N,
    ),
    Line(
        "I want compensation.",
        "Compensation claims go to our claims team, who decide them.",
        N,
        N,
    ),
    Line(
        "Is breakfast included?",
        "Breakfast isn't included in that rate.",
        N,
        N,
    ),
    Line(
        "I need to talk about my mortgage.",
        "I'll transfer you to our mortgage team now.",
        N,
        N,
    ),
    Line(
        "Do I have to be in?",
        "Yes, someone over 18 will need to be in to sign for it.",
        N,
        N,
    ),
    # An offer the customer already turned down.
    Line(
        "No, I don't want a voucher, I told you that already.",
        "Understood, I know the voucher isn't what you want.",
        N,
        N,
    ),
    Line(
        "I'd rather not reinstall it.",
        "Fair enough, we'll leave reinstalling aside then.",
        N,
        N,
    ),
    Line(
        "I think I'll leave it for now.",
        "No problem at all, the offer will still be there if you change your mind.",
        N,
        N,
    ),
    Line(
        "I already said I don't want the upgrade.",
        "Of course, sorry, I won't mention the upgrade again.",
        N,
        N,
    ),
    Line(
        "I told you, I'm not reinstalling anything.",
        "Okay, then we'll leave the app as it is.",
        N,
        N,
    ),
    Line(
        "I'm not ready to quit.",
        "That's fine, it's your decision, and we don't have to talk about quitting today.",
        N,
        N,
    ),
    # Closers, sympathy, checks of understanding, routine permission, plain facts.
    Line(
        "That's everything, thanks.",
        "Was there anything else you needed a hand with today?",
        N,
        N,
    ),
    Line(
        "Thanks, that's sorted.",
        "Lovely, have a great weekend!",
        N,
        N,
    ),
    Line(
        "Thanks for fixing it.",
        "Are you happy with the service you've had today?",
        N,
        N,
    ),
    Line(
        "That's all I needed.",
        "Would you like to rate this chat before you go?",
        N,
        N,
    ),
    Line(
        "Let me find my account number.",
        "Is it okay if I put you on hold for a minute while I pull up the file?",
        N,
        N,
    ),
    Line(
        "I've been without hot water for a week.",
        "A week without hot water is awful, especially in this cold.",
        N,
        N,
    ),
    Line(
        "I'm fed up with all this.",
        "I completely understand why you're fed up after three missed appointments.",
        N,
        N,
    ),
    Line(
        "I'm worried about the operation.",
        "It's completely normal to feel nervous before an operation.",
        N,
        N,
    ),
    Line(
        "I'm so stressed about this.",
        "Are you okay?",
        N,
        N,
    ),
    Line(
        "So I just press the button?",
        "Does that make sense so far?",
        N,
        N,
    ),
    Line(
        "I'll send it over tonight.",
        "Great, that would be really helpful.",
        N,
        N,
    ),
    Line(
        "Is the gym open on bank holidays?",
        "Yes, from 8am to 6pm.",
        N,
        N,
    ),
    Line(
        "Can you help me set up a direct debit?",
        "Of course. Can you read me the sort code?",
        N,
        N,
    ),
    Line(
        "I smoke when I'm stressed.",
        "So stress and smoking go hand in hand for you.",
        N,
        N,
    ),
]

BLIND_B: list[Line] = [
    Line(
        "My router's lights are all flashing orange.",
        "Switching it off at the wall for a full minute often clears that.",
        Y,
        N,
    ),
    Line(
        "The sat nav keeps losing signal.",
        "Updating the maps through the desktop app normally fixes the dropouts.",
        Y,
        N,
    ),
    Line(
        "My cat's prescription food is out of stock.",
        "Our vet nurse will phone you tomorrow morning to suggest an alternative.",
        Y,
        N,
    ),
    Line(
        "The fridge you delivered is making a buzzing noise.",
        "A technician can come out on Friday to check the compressor.",
        Y,
        N,
    ),
    Line(
        "The safe in my room won't open.",
        "Security will be up to your room in five minutes to open it for you.",
        Y,
        N,
    ),
    Line(
        "My glasses snapped at the hinge.",
        "Any of our stores can fit a new hinge while you wait, free of charge.",
        Y,
        N,
    ),
    Line(
        "My heating bill is huge.",
        "Turning the thermostat down by one degree can save around ten percent.",
        Y,
        N,
    ),
    Line(
        "The website keeps logging me out.",
        "Allowing cookies for our site in your browser settings should stop that happening.",
        Y,
        N,
    ),
    Line(
        "I find it hard to stay off the cigarettes after dinner.",
        "A lot of people find that going for a short walk straight after eating breaks the habit.",
        Y,
        N,
    ),
    Line(
        "I can't afford the full repayment this month.",
        "We could lower this month's payment and add the difference over the next six months.",
        Y,
        N,
    ),
    Line(
        "The parcel went to my old address.",
        "I'll redirect it to your new address and pay the extra postage myself.",
        Y,
        N,
    ),
    Line(
        "I need to pick my car up earlier.",
        "You're welcome to collect it from 7am; the key safe code will be texted to you.",
        Y,
        N,
    ),
    Line(
        "The card reader on the pump isn't working.",
        "Pay at the counter inside and the staff will still give you the fuel discount.",
        Y,
        N,
    ),
    Line(
        "I dropped my phone in the bath.",
        "Leave it switched off and pop it in a bag of rice overnight before you try charging it.",
        Y,
        N,
    ),
    Line(
        "The tent we bought has a ripped seam.",
        "We can send you a repair kit today, or swap the tent if you'd prefer.",
        Y,
        N,
    ),
    Line(
        "Is there any way to get my bags off the plane faster?",
        "Priority tagging is £10 at the desk and gets your bags out first.",
        Y,
        N,
    ),
    Line(
        "My daughter's school trip payment failed.",
        "Could you try again after midnight, when the system resets?",
        Y,
        N,
    ),
    Line(
        "I'm stuck on the installation.",
        "Let's do it together; first, open the installer from your downloads folder.",
        Y,
        N,
    ),
    Line(
        "My package says delivered but it isn't here.",
        "Could you check with your neighbours and any safe places around the house?",
        Y,
        N,
    ),
    Line(
        "My account was hacked.",
        "Changing your password on every site that used the same one is the safest next step.",
        Y,
        N,
    ),
    Line(
        "I want to upgrade my phone.",
        "You can upgrade now for £49, or wait until March when it's free. Which would you rather?",
        Y,
        Y,
    ),
    Line(
        "The cleaner missed our flat.",
        "Our cleaner can come back this afternoon or first thing tomorrow, "
        "whichever suits you best.",
        Y,
        Y,
    ),
    Line(
        "The boiler's broken again.",
        "Could we send someone on Wednesday morning? Does that suit you?",
        Y,
        Y,
    ),
    Line(
        "I'd like to change my plan.",
        "I'll switch you to the 30GB plan from today. Happy with that?",
        Y,
        Y,
    ),
    Line(
        "I need a new bin.",
        "I've ordered a replacement bin and it'll arrive within ten days. "
        "Is that all right for you?",
        Y,
        Y,
    ),
    Line(
        "Can you give me a discount?",
        "I can take 15% off this order. Shall I apply it now?",
        Y,
        Y,
    ),
    Line(
        "My train ticket was for the wrong day.",
        "If you post the ticket back, we'll refund the difference. Would that be okay?",
        Y,
        Y,
    ),
    Line(
        "Can you help me with my tax return?",
        "We can book you in with an adviser next week. What day is best for you?",
        Y,
        Y,
    ),
    Line(
        "I want to cancel my order.",
        "I can cancel it now and the refund will reach you in three days. Do you want to go ahead?",
        Y,
        Y,
    ),
    Line(
        "I'm worried about the cost of the treatment.",
        "We can spread the cost over twelve months with no interest. Would that help?",
        Y,
        Y,
    ),
    Line(
        "I know I should exercise but I hate gyms.",
        "What if we looked at things you could do at home instead? Would you be up for that?",
        Y,
        Y,
    ),
    Line(
        "I'm drinking most nights.",
        "Would you be open to trying two drink-free nights a week to start with?",
        Y,
        Y,
    ),
    Line(
        "The delivery slot is far too early.",
        "Is the afternoon any better for you?",
        Y,
        Y,
    ),
    Line(
        "I'm not sure about switching energy supplier.",
        "Would you like me to run a quick comparison while you're on the line?",
        Y,
        Y,
    ),
    Line(
        "OK, I'll take the refund.",
        "Great. Just to check we're agreed: a full refund to your Visa card, "
        "and you keep the item?",
        N,
        Y,
    ),
    Line(
        "My broadband is down.",
        "Is the DSL light on your router green or red?",
        N,
        N,
    ),
    Line(
        "My refund hasn't come through.",
        "Which card did you originally pay with?",
        N,
        N,
    ),
    Line(
        "Why was I charged a fee?",
        "The fee was added because the payment was three days late.",
        N,
        N,
    ),
    Line(
        "Why did my order get cancelled?",
        "The payment was flagged by our fraud checks, which cancelled it automatically.",
        N,
        N,
    ),
    Line(
        "My phone won't charge.",
        "Have you dropped it or got it wet at all?",
        N,
        N,
    ),
    Line(
        "I was promised a callback.",
        "Our notes show the callback was booked for Tuesday, but the adviser was off sick.",
        N,
        N,
    ),
    Line(
        "The last person said you'd refund me.",
        "She did say that, and I can see she put the request in on the 2nd.",
        N,
        N,
    ),
    Line(
        "Can you refund my deposit?",
        "Deposits aren't refundable once the booking is confirmed, "
        "and there's no exception I can make.",
        N,
        N,
    ),
    Line(
        "Can you deliver to Jersey?",
        "I'm sorry, we can't ship to the Channel Islands at all.",
        N,
        N,
    ),
    Line(
        "I don't want a replacement, just my money back.",
        "Okay, I hear you, you don't want another one.",
        N,
        N,
    ),
    Line(
        "I'm not interested in the extended warranty.",
        "That's absolutely fine, I won't add it.",
        N,
        N,
    ),
    Line(
        "Thanks, that's all.",
        "You're welcome, enjoy the rest of your day.",
        N,
        N,
    ),
    Line(
        "Thanks for your help.",
        "If you have any other questions, just reply to this email.",
        N,
        N,
    ),
    Line(
        "I'm so angry about this.",
        "I can hear how angry you are, and you have every right to be.",
        N,
        N,
    ),
    Line(
        "So I press reset and then wait?",
        "Exactly. Is that clear?",
        N,
        N,
    ),
    Line(
        "Can you explain these charges?",
        "The first charge is your line rental and the second is calls outside your bundle.",
        N,
        N,
    ),
    Line(
        "Do you open on Sundays?",
        "We're open 10 till 4 on Sundays.",
        N,
        N,
    ),
    Line(
        "Has my claim been approved?",
        "It's still with the assessor, who usually decides within a week.",
        N,
        N,
    ),
    Line(
        "I want to speak to someone in charge.",
        "Could I take your name and number first?",
        N,
        N,
    ),
    Line(
        "I'm going to leave.",
        "How long have you been with us?",
        N,
        N,
    ),
    Line(
        "I've tried quitting loads of times.",
        "What helped the most last time you stopped?",
        N,
        N,
    ),
    Line(
        "My wife nags me about my drinking.",
        "It sounds like that really gets to you.",
        N,
        N,
    ),
    Line(
        "I want to lose a stone by summer.",
        "How important is that goal to you, on a scale of one to ten?",
        N,
        N,
    ),
    Line(
        "Why is the app so slow today?",
        "We had a server outage this morning that slowed everything down.",
        N,
        N,
    ),
    Line(
        "Can I get a cheaper rate?",
        "That's already our lowest rate, I'm afraid.",
        N,
        N,
    ),
    Line(
        "I ordered the wrong size.",
        "Ordering the wrong size is really common with that brand.",
        N,
        N,
    ),
    Line(
        "I haven't received the code.",
        "Did the code go to the mobile number ending 447?",
        N,
        N,
    ),
    Line(
        "The last agent said an engineer would come on Monday.",
        "Yes, I can see the engineer was booked for Monday and didn't turn up.",
        N,
        N,
    ),
    Line(
        "Is your engineer coming today?",
        "The engineer will need access to the loft, so please clear a path to the hatch.",
        N,
        N,
    ),
]


BLIND_C: list[Line] = [
    Line(
        "My smart meter stopped sending readings.",
        "Hi Priya, thanks for getting in touch. Our metering team will reset the meter "
        "remotely overnight, and readings should start again by Thursday.",
        Y,
        N,
    ),
    Line(
        "The blender jug cracked after two uses.",
        "So sorry about that! We'll pop a new jug in the post today, no need to send "
        "the old one back.",
        Y,
        N,
    ),
    Line(
        "@AirCo my flight got moved to 6am, that's useless for me.",
        "Hi Sam, we can move you to the 11:40 at no extra cost, just DM us your booking ref.",
        Y,
        N,
    ),
    Line(
        "Can't get the TV app to work on my new telly.",
        "Deleting the app and downloading it again from the store usually does the trick.",
        Y,
        N,
    ),
    Line(
        "My gas bill estimate is way off.",
        "Sending us a meter photo through the app gets the bill corrected the same day.",
        Y,
        N,
    ),
    Line(
        "I'm worried the repair will take ages.",
        "Uh, so what we can do is, um, get a courtesy car out to you while it's in the garage.",
        Y,
        N,
    ),
    Line(
        "My mum can't get to the pharmacy.",
        "Our delivery driver can drop her prescription round on Thursday afternoon.",
        Y,
        N,
    ),
    Line(
        "The room is freezing.",
        "Reception will bring an electric heater up straight away.",
        Y,
        N,
    ),
    Line(
        "I can't cope with the cravings in the evening.",
        "Some folks keep their hands busy with something like knitting or a stress ball"
        " at that time of day.",
        Y,
        N,
    ),
    Line(
        "The shoes rub my heel.",
        "Wearing them around the house for a few evenings normally softens the leather.",
        Y,
        N,
    ),
    Line(
        "I keep getting charged for the premium channels.",
        "I've taken the premium channels off and refunded the last two months.",
        Y,
        N,
    ),
    Line(
        "Your website says it's out of stock.",
        "A fresh batch arrives Friday, and I can reserve one for you now if you like.",
        Y,
        N,
    ),
    Line(
        "My broadband is slow in the loft office.",
        "A powerline adapter would carry the signal up there; we sell them for £25, or "
        "you could borrow one from us for a month.",
        Y,
        N,
    ),
    Line(
        "I need my documents by Monday.",
        "If you'd like, we can courier them to you tomorrow for delivery before 10am Monday.",
        Y,
        N,
    ),
    Line(
        "My child's been given the wrong strength.",
        "The GP surgery will send a corrected prescription to us this afternoon, and "
        "we'll call you when it's ready.",
        Y,
        N,
    ),
    Line(
        "I can't find the warranty card.",
        "Don't worry, your receipt works as proof of purchase, so just bring that in.",
        Y,
        N,
    ),
    Line(
        "The app keeps asking me to verify.",
        "Turn off any VPN you're using, then open the app again.",
        Y,
        N,
    ),
    Line(
        "My card's been swallowed by the cash machine.",
        "I'll cancel that card and send a new one, which should reach you in 3 to 5 "
        "days. Is that OK?",
        Y,
        Y,
    ),
    Line(
        "Can someone come and look at the boiler?",
        "I've got an engineer free Tuesday morning or Thursday after 2. Which is better for you?",
        Y,
        Y,
    ),
    Line(
        "The hotel overbooked my room.",
        "We can put you in our sister hotel across the road tonight and cover the taxi."
        " Would that be acceptable?",
        Y,
        Y,
    ),
    Line(
        "My pension payment was late.",
        "I'll add £25 to your account for the trouble. Are you alright with that?",
        Y,
        Y,
    ),
    Line(
        "I want to downgrade my broadband.",
        "We can do that from your next bill; it takes your speed down to 36Mb. Want to go ahead?",
        Y,
        Y,
    ),
    Line(
        "The fridge still isn't fixed.",
        "Shall I book the engineer back in for Friday?",
        Y,
        Y,
    ),
    Line(
        "I'm fed up with the app.",
        "If you'd rather, I can set up telephone banking for you instead. What do you reckon?",
        Y,
        Y,
    ),
    Line(
        "Can I get a partial refund?",
        "I can refund £30 of the £80. Does that seem fair to you?",
        Y,
        Y,
    ),
    Line(
        "Can the delivery come later?",
        "The driver can come between 4 and 6 instead. Would that be better?",
        Y,
        Y,
    ),
    Line(
        "I need the car for longer.",
        "I can extend the rental to Sunday for £35 a day. Do you want me to do that?",
        Y,
        Y,
    ),
    Line(
        "I'm not sure about the new tariff.",
        "Let's put you on it for a month, and if it doesn't suit, we'll move you back free. Deal?",
        Y,
        Y,
    ),
    Line(
        "I'll give the diary a go.",
        "Great. Shall we check in on how it went next week?",
        N,
        Y,
    ),
    Line(
        "So the plan is I walk three mornings a week?",
        "Yes, Monday, Wednesday and Friday mornings. Does that feel doable?",
        N,
        Y,
    ),
    Line(
        "I'd like to stop drinking on weekdays.",
        "That's a great goal. What would help you stick to it, do you think?",
        N,
        N,
    ),
    Line(
        "My flight was cancelled.",
        "Can you confirm the surname on the booking, please?",
        N,
        N,
    ),
    Line(
        "The app won't open.",
        "Which version of iOS is your phone on?",
        N,
        N,
    ),
    Line(
        "The app won't open at all.",
        "Have you had this problem before?",
        N,
        N,
    ),
    Line(
        "My bill went up.",
        "The increase is because your 12-month discount ended in June.",
        N,
        N,
    ),
    Line(
        "Where's my parcel?",
        "The courier tried to deliver yesterday at 2pm but nobody was in.",
        N,
        N,
    ),
    Line(
        "Why is my internet down?",
        "There's a fault at the exchange affecting your whole street.",
        N,
        N,
    ),
    Line(
        "Can I have my money back?",
        "Refunds aren't possible on personalised items, I'm afraid.",
        N,
        N,
    ),
    Line(
        "You said you'd ring me back.",
        "Yes, I did say that, and I'm sorry I didn't.",
        N,
        N,
    ),
    Line(
        "Last week you promised a replacement.",
        "The notes say a replacement was promised on the 4th.",
        N,
        N,
    ),
    Line(
        "I don't want the courtesy car.",
        "No problem, I'll leave that off then.",
        N,
        N,
    ),
    Line(
        "No thanks, I don't want to switch plans.",
        "Understood, you'll stay on your current plan.",
        N,
        N,
    ),
    Line(
        "I'm heartbroken, the dress was for my wedding.",
        "Oh no, that's devastating, especially for such a special day.",
        N,
        N,
    ),
    Line(
        "Great, thanks.",
        "My pleasure! Take care.",
        N,
        N,
    ),
    Line(
        "So I reboot, then wait for the green light?",
        "Yes. Is that clear enough?",
        N,
        N,
    ),
    Line(
        "I've been on hold for an hour!",
        "I understand, and thank you for waiting so long.",
        N,
        N,
    ),
    Line(
        "Can you waive the fee?",
        "That fee is set by the card network, so it's not something I can remove.",
        N,
        N,
    ),
    Line(
        "The taxi was filthy.",
        "The driver has been spoken to by his manager.",
        N,
        N,
    ),
    Line(
        "I need to reschedule.",
        "What dates are you free next week?",
        N,
        N,
    ),
    Line(
        "My son has asthma and the new inhaler worries me.",
        "What worries you most about the new one?",
        N,
        N,
    ),
    Line(
        "I keep eating late at night.",
        "When does it usually start, after dinner or later on?",
        N,
        N,
    ),
    Line(
        "I'm thinking about cutting down.",
        "You've been thinking about this for a while.",
        N,
        N,
    ),
    Line(
        "Is the engineer coming today?",
        "The engineer will be running about an hour late because of traffic.",
        N,
        N,
    ),
    Line(
        "My order arrived damaged.",
        "Could you send us a photo of the damage so we can log it?",
        N,
        N,
    ),
    Line(
        "Can I get compensation?",
        "Compensation is decided by the ombudsman, so you'd need to go to them directly.",
        N,
        N,
    ),
    Line(
        "The lift in my building is broken.",
        "Lifts in private buildings are the landlord's responsibility, not ours.",
        N,
        N,
    ),
    Line(
        "Do you sell gift cards?",
        "We do, in £10, £25 and £50 amounts.",
        N,
        N,
    ),
]

BLIND_D: list[Line] = [
    Line(
        "My bin wasn't collected again.",
        "Our crew will come back for it tomorrow before midday.",
        Y,
        N,
    ),
    Line(
        "I can't stream in HD.",
        "Lowering the quality to 720p for now will stop the buffering until the fix is out.",
        Y,
        N,
    ),
    Line(
        "I'm abroad and my data isn't working.",
        "Switching data roaming on under Settings > Mobile usually gets you connected "
        "within a minute.",
        Y,
        N,
    ),
    Line(
        "My dog's vaccination is overdue.",
        "We have space on Saturday at 10:15 with Dr Hughes, shall I pop you in?",
        Y,
        Y,
    ),
    Line(
        "I've been hit by another car and I'm shaken.",
        "First, are you and your passengers safe and unhurt?",
        N,
        N,
    ),
    Line(
        "The chair arrived with a wobbly leg.",
        "Tightening the bolts underneath with the Allen key in the box should sort the wobble.",
        Y,
        N,
    ),
    Line(
        "My groceries were missing the milk.",
        "I've refunded the milk, and your driver tomorrow can bring a replacement at no"
        " cost. Would that help?",
        Y,
        Y,
    ),
    Line(
        "I missed the enrolment deadline.",
        "You can still enrol late through the student hub until Friday; there's a £20 late fee.",
        Y,
        N,
    ),
    Line(
        "The estate agent never called me back.",
        "I'm sorry. I'll speak to Jenny myself and make sure you hear from her today.",
        Y,
        N,
    ),
    Line(
        "My bike's gears keep slipping.",
        "Bring it in any weekday morning and our mechanic will adjust them while you "
        "have a coffee.",
        Y,
        N,
    ),
    Line(
        "The streaming app logs me out of my TV.",
        "Could you tell me which TV model you have?",
        N,
        N,
    ),
    Line(
        "I want to cancel my car insurance.",
        "Cancelling mid-term costs £35, and the unused premium comes back to you. Would"
        " you like me to do it now?",
        Y,
        Y,
    ),
    Line(
        "I need my council tax split into more instalments.",
        "We can spread it over twelve months instead of ten. How does that sound to you?",
        Y,
        Y,
    ),
    Line(
        "My claim is taking ages.",
        "Your claim's with the assessor and the report is due next week.",
        N,
        N,
    ),
    Line(
        "My claim is taking forever.",
        "I'll chase the assessor today and email you an update by 5pm tomorrow.",
        Y,
        N,
    ),
    Line(
        "I'm not sure whether to repair or replace the washing machine.",
        "Repairing it would be about £90; a new one would be £320 fitted. Which way are"
        " you leaning?",
        Y,
        Y,
    ),
    Line(
        "The flat viewing clashes with work.",
        "We could do an evening viewing at 6:30 on Wednesday instead. Does that fit around work?",
        Y,
        Y,
    ),
    Line(
        "I've lost my student card.",
        "A new card costs £10 and you can collect it from the library desk the next day.",
        Y,
        N,
    ),
    Line(
        "The sofa colour looks different from the website.",
        "Colours on screens can vary a lot, which is why the fabric sample is free.",
        N,
        N,
    ),
    Line(
        "The sofa colour isn't what I expected.",
        "If you'd like to return it, we'll collect it for free within 30 days. Just let me know.",
        Y,
        N,
    ),
    Line(
        "My parcel's stuck in customs.",
        "Customs checks usually take two to four days.",
        N,
        N,
    ),
    Line(
        "I've been charged roaming in Ireland.",
        "Ireland's included in your plan, so I've removed the £12 charge and it'll come"
        " off your next bill.",
        Y,
        N,
    ),
    Line(
        "Do you deliver on Sundays?",
        "Not on Sundays, sorry.",
        N,
        N,
    ),
    Line(
        "Do you deliver on Sundays at all?",
        "Not on Sundays, but we can do Saturday until 8pm. Want me to book that?",
        Y,
        Y,
    ),
    Line(
        "You promised a refund last week!",
        "I can see that was promised on the 12th, and it should have been done.",
        N,
        N,
    ),
    Line(
        "I'm scared of the dentist.",
        "A lot of our patients feel that way, you're definitely not alone.",
        N,
        N,
    ),
    Line(
        "I'm really scared of the dentist.",
        "Some patients find it easier with headphones and their own music, and we can "
        "do short appointments too.",
        Y,
        N,
    ),
    Line(
        "I keep skipping breakfast.",
        "What gets in the way in the mornings?",
        N,
        N,
    ),
    Line(
        "I think I could cut out the afternoon biscuits.",
        "That sounds like a good first step. Are you happy to try that for the next two weeks?",
        N,
        Y,
    ),
    Line(
        "I keep forgetting my inhaler.",
        "Would a reminder on your phone be worth a try?",
        Y,
        N,
    ),
    Line(
        "My boiler is making a banging noise.",
        "When did the banging start?",
        N,
        N,
    ),
    Line(
        "My boiler keeps banging.",
        "Bleeding the radiators often stops that kind of banging; I can talk you through it now.",
        Y,
        N,
    ),
    Line(
        "Why is my train always late?",
        "There are engineering works on the line until the end of the month.",
        N,
        N,
    ),
    Line(
        "Why was my card declined?",
        "It looks like the card expired last month.",
        N,
        N,
    ),
    Line(
        "Why was my card declined today?",
        "It expired last month, but I can send a new one out today by first class post.",
        Y,
        N,
    ),
    Line(
        "I need to change my delivery address.",
        "I'm afraid once it's dispatched we can't change the address.",
        N,
        N,
    ),
    Line(
        "Okay, let's go with the refund then.",
        "Perfect, thanks for bearing with me.",
        N,
        N,
    ),
    Line(
        "I'll take the evening slot.",
        "Brilliant, you're booked in for 6:30 on Wednesday.",
        N,
        N,
    ),
    Line(
        "My order came with the wrong charger.",
        "Oh no, that's really annoying when you need it.",
        N,
        N,
    ),
    Line(
        "Can I speak to your manager?",
        "Of course, let me see if she's free.",
        N,
        N,
    ),
    Line(
        "The app charged me twice.",
        "Has the second payment left your account, or is it still showing as pending?",
        N,
        N,
    ),
    Line(
        "The app charged me twice!",
        "The second one is only a pending hold and it'll drop off within 48 hours.",
        N,
        N,
    ),
    Line(
        "I'm struggling with the instalments.",
        "Thanks for telling us early. We can freeze payments for two months while you "
        "get back on your feet. Would you like that?",
        Y,
        Y,
    ),
    Line(
        "The hotel pool was closed all week.",
        "I'm sorry it spoiled the trip. I'd like to refund two nights as a gesture. Is "
        "that acceptable to you?",
        Y,
        Y,
    ),
    Line(
        "My hire car wasn't ready.",
        "The branch manager will call you within the hour to arrange a free upgrade.",
        Y,
        N,
    ),
    Line(
        "Is my laptop repair done?",
        "It's ready, and you can pick it up any time until 7.",
        Y,
        N,
    ),
    Line(
        "My neighbour's tree is blocking the path.",
        "Overhanging trees on private land are the owner's responsibility, so the "
        "council can't cut it.",
        N,
        N,
    ),
    Line(
        "The meal was cold.",
        "That's not acceptable. The kitchen will make you a fresh one right now, and "
        "it's on the house.",
        Y,
        N,
    ),
    Line(
        "I don't want to move to the new plan.",
        "That's fine, nothing will change on your account.",
        N,
        N,
    ),
    Line(
        "I'd rather not have a smart meter.",
        "No problem, we'll note that you'd prefer to keep your current meter.",
        N,
        N,
    ),
    Line(
        "Which broadband is best for gaming?",
        "The fibre 500 plan gives the lowest lag; would you like me to check it's "
        "available at your address?",
        Y,
        Y,
    ),
    Line(
        "Do you have this in a size 10?",
        "We've got one left in the Leeds store. Shall I have it sent over to you?",
        Y,
        Y,
    ),
    Line(
        "Can I bring the appointment forward?",
        "Would Tuesday afternoon or Wednesday morning suit you better?",
        Y,
        Y,
    ),
    Line(
        "I can't get to the branch.",
        "You can do everything by video call instead. Would you like me to set one up "
        "for this week?",
        Y,
        Y,
    ),
    Line(
        "The form keeps rejecting my postcode.",
        "Try typing it without the space in the middle.",
        Y,
        N,
    ),
]

BLIND_E: list[Line] = [
    Line(
        "Hello, my water pressure has been terrible since the roadworks.",
        "Dear Mr Okafor, thank you for letting us know. A network technician will visit"
        " your street on Tuesday to check the valve that was moved during the works. If"
        " the pressure is still low afterwards, please reply to this email and we'll "
        "arrange a visit to your home.",
        Y,
        N,
    ),
    Line(
        "My eBook won't download.",
        "Hmm, okay, so, um, signing out of the app and signing back in normally "
        "refreshes the library.",
        Y,
        N,
    ),
    Line(
        "I'm on a tight budget this month.",
        "We can move your payment date to the 28th, after you're paid, if that's easier.",
        Y,
        N,
    ),
    Line(
        "My new glasses give me a headache.",
        "The optician can recheck the prescription for free; I can book you in for "
        "Thursday at 11. Does that work?",
        Y,
        Y,
    ),
    Line(
        "@TrainCo stuck at Crewe, no trains!!",
        "So sorry Jo. Your ticket's valid on the buses from the front of the station, "
        "and they leave every 20 minutes.",
        Y,
        N,
    ),
    Line(
        "The shower head is leaking.",
        "A bit of PTFE tape around the thread should stop the drip; we can post you a roll free.",
        Y,
        N,
    ),
    Line(
        "My vacuum has lost suction.",
        "Emptying the bin and rinsing the filter under the tap tends to bring the suction back.",
        Y,
        N,
    ),
    Line(
        "I can't get an appointment with the GP.",
        "You could also try the pharmacy first scheme; pharmacists can treat a lot of "
        "common conditions without a GP appointment.",
        Y,
        N,
    ),
    Line(
        "Can I get a copy of my contract?",
        "Sure, I'll email a copy over in the next few minutes.",
        Y,
        N,
    ),
    Line(
        "The heating engineer left a mess.",
        "I'm really sorry. We'll send a cleaner round on Monday, at our cost.",
        Y,
        N,
    ),
    Line(
        "I need to pause my gym membership.",
        "You can freeze it for up to three months for £5 a month. Would you like to do that?",
        Y,
        Y,
    ),
    Line(
        "I'd like a bigger van.",
        "The Luton van is free on those dates for £20 more per day. Shall I switch your booking?",
        Y,
        Y,
    ),
    Line(
        "My kid lost his school jumper.",
        "Lost property is kept at the office, and the school shop sells spares at £12 "
        "if it doesn't turn up.",
        Y,
        N,
    ),
    Line(
        "The gas man didn't come.",
        "I've rebooked him for Friday between 8 and 1 and added a note to call you "
        "first. Is Friday okay?",
        Y,
        Y,
    ),
    Line(
        "I'm worried about paying the deposit.",
        "We can take the deposit in two halves, one now and one at collection. Would "
        "that make things easier?",
        Y,
        Y,
    ),
    Line(
        "Can I change my seat?",
        "There's a window seat in row 8 or an aisle seat in row 14. Which would you like?",
        Y,
        Y,
    ),
    Line(
        "So we'll go for the two-week trial?",
        "Yes. Can we agree to review it together on the 20th?",
        N,
        Y,
    ),
    Line(
        "I've decided to try the nicotine gum.",
        "Good. When would you like to start?",
        N,
        Y,
    ),
    Line(
        "I want to drink less but weekends are hard.",
        "What about having a soft drink between each beer? Could that work for you?",
        Y,
        Y,
    ),
    Line(
        "Can you look at my roof?",
        "Our roofer could come out on the 12th to quote. Is that convenient?",
        Y,
        Y,
    ),
    Line(
        "I can't afford the repair right now.",
        "Our repair partner offers a 0% plan over six months; would you like the details?",
        Y,
        Y,
    ),
    Line(
        "The coffee machine is leaking.",
        "Descaling it once a month normally stops leaks like that, and I can send you a"
        " free descaler.",
        Y,
        N,
    ),
    Line(
        "Is there a discount for students?",
        "Yes, 20% off with a valid student card, and I can apply it to this order now.",
        Y,
        N,
    ),
    Line(
        "The toaster sparks when I use it.",
        "Please stop using it straight away and unplug it; we'll send a replacement today.",
        Y,
        N,
    ),
    Line(
        "My order hasn't arrived.",
        "Can you tell me the postcode it was going to?",
        N,
        N,
    ),
    Line(
        "The app froze.",
        "Did it freeze on the login screen or after you'd logged in?",
        N,
        N,
    ),
    Line(
        "Why did my premium go up this year?",
        "Your no-claims discount dropped after the claim in March.",
        N,
        N,
    ),
    Line(
        "The flight was overbooked.",
        "Airlines sometimes sell more seats than they have because some passengers don't turn up.",
        N,
        N,
    ),
    Line(
        "You said you'd send the form.",
        "I did, and I'm sorry, I forgot to send it.",
        N,
        N,
    ),
    Line(
        "Nobody came to fix the window.",
        "The job was marked as complete on our system on the 9th.",
        N,
        N,
    ),
    Line(
        "Can you refund the booking fee?",
        "The booking fee isn't refundable under any circumstances.",
        N,
        N,
    ),
    Line(
        "Can I take my dog in the cabin?",
        "Only assistance dogs can travel in the cabin, I'm afraid.",
        N,
        N,
    ),
    Line(
        "I told you I don't want paperless billing.",
        "Sorry about that, I've noted you want paper bills.",
        N,
        N,
    ),
    Line(
        "No, I don't want the engineer visit.",
        "Okay, I won't book it, then.",
        N,
        N,
    ),
    Line(
        "I'm exhausted with all this.",
        "It sounds like this has worn you right down.",
        N,
        N,
    ),
    Line(
        "Thanks so much!",
        "You're very welcome, have a lovely evening.",
        N,
        N,
    ),
    Line(
        "Hi, quick question about my bill.",
        "Of course, what would you like to know?",
        N,
        N,
    ),
    Line(
        "So I just unplug it for a minute?",
        "That's it. Does that all make sense?",
        N,
        N,
    ),
    Line(
        "I'll do the diary this week.",
        "That's great to hear.",
        N,
        N,
    ),
    Line(
        "My car's making a noise.",
        "Is it more of a squeal or a grinding sound?",
        N,
        N,
    ),
    Line(
        "My meter's in a locked cupboard.",
        "Is the cupboard shared with other flats?",
        N,
        N,
    ),
    Line(
        "Why was I charged a late fee?",
        "The payment reached us on the 3rd, two days after the due date.",
        N,
        N,
    ),
    Line(
        "Can you deliver to a PO box?",
        "Unfortunately our couriers can't deliver to PO boxes.",
        N,
        N,
    ),
    Line(
        "I think I'm going to switch providers.",
        "What's making you think about switching?",
        N,
        N,
    ),
    Line(
        "The engineer said he'd be back Thursday.",
        "He was due back Thursday, but he was called out to an emergency.",
        N,
        N,
    ),
    Line(
        "I feel really low lately.",
        "How long have you been feeling like this?",
        N,
        N,
    ),
    Line(
        "My daughter smokes and I hate it.",
        "It sounds like you're really worried about her health.",
        N,
        N,
    ),
    Line(
        "Do you have parking?",
        "Yes, there's free parking behind the building.",
        N,
        N,
    ),
    Line(
        "I got a parking fine at your car park.",
        "The car park is run by a separate company, so the fine isn't something we can cancel.",
        N,
        N,
    ),
    Line(
        "The router keeps dropping out.",
        "How many devices are connected to it at the moment?",
        N,
        N,
    ),
    Line(
        "I want my money back!",
        "I understand. Before I do anything, I need to check a few details.",
        N,
        N,
    ),
    Line(
        "Have you found my wallet?",
        "Nothing's been handed in yet, I'm afraid.",
        N,
        N,
    ),
    Line(
        "When is my contract up?",
        "Your contract ends on the 14th of May.",
        N,
        N,
    ),
    Line(
        "Where's my refund?",
        "It went out on Monday and normally takes three to five days to show.",
        N,
        N,
    ),
    Line(
        "I'm not sure about the upgrade.",
        "No pressure at all, you can think it over.",
        N,
        N,
    ),
]

BLIND_F: list[Line] = [
    Line(
        "My smart thermostat lost its schedule.",
        "Re-running the setup wizard in the app usually brings the schedule back.",
        Y,
        N,
    ),
    Line(
        "I can't read the small print on my bill.",
        "We can send your bills in large print from next month, free of charge.",
        Y,
        N,
    ),
    Line(
        "The ATM kept my cash but didn't give it out.",
        "I've raised a dispute for the £60, and it normally comes back within five working days.",
        Y,
        N,
    ),
    Line(
        "The plumber didn't bring the right part.",
        "Our plumber will be back tomorrow morning with the part, and there's no extra "
        "call-out charge.",
        Y,
        N,
    ),
    Line(
        "My prescription's not ready.",
        "The pharmacy team can have it ready by 4pm if you'd like to wait in town.",
        Y,
        N,
    ),
    Line(
        "My luggage is damaged.",
        "You can claim for the repair through our website, and we'll cover up to £150.",
        Y,
        N,
    ),
    Line(
        "My phone screen flickers.",
        "Turning off adaptive brightness in the display settings often stops the flicker.",
        Y,
        N,
    ),
    Line(
        "I can't afford the whole course fee.",
        "We offer a payment plan over ten months, interest free.",
        Y,
        N,
    ),
    Line(
        "The apartment's wifi is down.",
        "Our maintenance team will reset the router within the hour.",
        Y,
        N,
    ),
    Line(
        "The dishwasher leaves the glasses cloudy.",
        "Using a rinse aid and a lower temperature setting should clear that up.",
        Y,
        N,
    ),
    Line(
        "I'm worried about my son's exam stress.",
        "Some parents find a set bedtime and a walk before revision helps a lot.",
        Y,
        N,
    ),
    Line(
        "My bike was stolen from your car park.",
        "Our security team will pull the CCTV today, and we can give you a crime "
        "reference letter for your insurer.",
        Y,
        N,
    ),
    Line(
        "The seat belt is stuck.",
        "Could you try pulling it out slowly and letting it go back fully?",
        Y,
        N,
    ),
    Line(
        "My bin was damaged by the lorry.",
        "I'll order you a new bin today, and the crew will swap it on your next collection day.",
        Y,
        N,
    ),
    Line(
        "My train was delayed two hours.",
        "You're entitled to a full refund of that journey under Delay Repay; I can "
        "start the claim for you now.",
        Y,
        N,
    ),
    Line(
        "Can I speak to someone in Welsh?",
        "We have Welsh-speaking advisers from 9 to 5; I can arrange a call back in "
        "Welsh tomorrow morning.",
        Y,
        N,
    ),
    Line(
        "The delivery came without the screws.",
        "We'll send the screws out first class today; they should arrive by Wednesday. "
        "Does that work?",
        Y,
        Y,
    ),
    Line(
        "I want to move my booking.",
        "I can move it to the 18th at no charge. Would you like me to go ahead?",
        Y,
        Y,
    ),
    Line(
        "My contract renewal is too expensive.",
        "I can offer you the same package at £32 instead of £45. How does that sound?",
        Y,
        Y,
    ),
    Line(
        "The gym class is always full.",
        "We could add you to the waiting list for Tuesdays, or book you into the "
        "Thursday class. Which would suit you?",
        Y,
        Y,
    ),
    Line(
        "The room has no view.",
        "We have a sea-view room free from tonight for £15 more per night. Shall I move you?",
        Y,
        Y,
    ),
    Line(
        "I can't come in on Monday.",
        "No problem, is Wednesday morning better?",
        Y,
        Y,
    ),
    Line(
        "The replacement is on back order.",
        "We could refund you now and you reorder when it's back, or wait about two "
        "weeks. What would you prefer?",
        Y,
        Y,
    ),
    Line(
        "I'd like a callback tomorrow.",
        "I'll put you down for a call between 10 and 12. Is that OK for you?",
        Y,
        Y,
    ),
    Line(
        "So I'll keep a food diary?",
        "Yes, just for the next week. Is that realistic for you?",
        N,
        Y,
    ),
    Line(
        "Maybe I could go swimming on Fridays.",
        "That sounds great. Shall we put that down as your plan for this month?",
        N,
        Y,
    ),
    Line(
        "I'll try cutting back to two coffees.",
        "Great. Can we check how it's going when we next speak?",
        N,
        Y,
    ),
    Line(
        "My parcel tracking hasn't updated.",
        "What's the tracking number on your receipt?",
        N,
        N,
    ),
    Line(
        "Why is my account frozen?",
        "We froze it because of unusual activity from an overseas login.",
        N,
        N,
    ),
    Line(
        "Why is my bill estimated?",
        "We haven't had a reading from your meter since March.",
        N,
        N,
    ),
    Line(
        "My dog got sick after the new food.",
        "I'm so sorry, that must have been frightening.",
        N,
        N,
    ),
    Line(
        "Can I return opened software?",
        "Opened software can't be returned unless it's faulty.",
        N,
        N,
    ),
    Line(
        "Can you fix my laptop today?",
        "We don't do same-day repairs, I'm afraid.",
        N,
        N,
    ),
    Line(
        "The engineer was rude.",
        "That's not how we expect our engineers to behave.",
        N,
        N,
    ),
    Line(
        "You said my refund would be here by now.",
        "Yes, the refund was meant to reach you last Friday.",
        N,
        N,
    ),
    Line(
        "I was told I'd get a call back.",
        "The adviser did promise that, and I can see the call wasn't made.",
        N,
        N,
    ),
    Line(
        "I don't want to switch to the app.",
        "That's completely fine, you can keep using the website.",
        N,
        N,
    ),
    Line(
        "Thanks for sorting it.",
        "No worries at all, glad it's working again.",
        N,
        N,
    ),
    Line(
        "Is there anything else I need to do?",
        "Nope, that's everything done on your side.",
        N,
        N,
    ),
    Line(
        "How long does delivery take?",
        "Standard delivery takes three to five working days.",
        N,
        N,
    ),
    Line(
        "I'm not happy.",
        "I'm sorry to hear that. Can you tell me a bit more about what happened?",
        N,
        N,
    ),
    Line(
        "Is the restaurant wheelchair accessible?",
        "Yes, there's step-free access at the side entrance.",
        N,
        N,
    ),
    Line(
        "I missed my appointment.",
        "Was there a reason you couldn't make it?",
        N,
        N,
    ),
    Line(
        "I'm thinking about quitting drinking.",
        "What's got you thinking about it now?",
        N,
        N,
    ),
    Line(
        "I've been smoking since I was fifteen.",
        "So it's been part of your life for a long time.",
        N,
        N,
    ),
    Line(
        "My heating's off.",
        "Is the boiler showing any error code on the display?",
        N,
        N,
    ),
    Line(
        "Why was my order split?",
        "The items came from two different warehouses.",
        N,
        N,
    ),
    Line(
        "Can I get a refund on my flight?",
        "Your fare type is non-refundable, I'm afraid.",
        N,
        N,
    ),
    Line(
        "The app's crashing.",
        "Our developers are aware of the issue.",
        N,
        N,
    ),
    Line(
        "I'll think about it.",
        "Of course, take all the time you need.",
        N,
        N,
    ),
    Line(
        "Will the engineer call first?",
        "Engineers usually ring about 30 minutes before they arrive.",
        N,
        N,
    ),
    Line(
        "My account was closed without warning.",
        "Accounts are closed automatically after two years without activity.",
        N,
        N,
    ),
    Line(
        "Is the pharmacy open late?",
        "We're open until 9pm on weekdays.",
        N,
        N,
    ),
    Line(
        "My order's wrong again.",
        "Let me take a look at what happened with it.",
        N,
        N,
    ),
    Line(
        "My card got blocked abroad.",
        "Could you confirm the last four digits of the card?",
        N,
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


def assert_new_and_balanced(
    sets: dict[str, list[Line]], *earlier_rounds: dict[str, list[Line]]
) -> None:
    """Each set repeats no line of its own, of an earlier set or of `earlier_rounds`, and
    holds at least a fifth of each class for either behaviour."""
    seen = {line.text for sets_ in earlier_rounds for lines in sets_.values() for line in lines}
    for name, lines in sets.items():
        texts = {line.text for line in lines}
        assert len(texts) == len(lines), f"{name} repeats a line"
        assert not texts & seen, f"{name} repeats a line of an earlier set"
        seen |= texts
        least = len(lines) // 5
        assert least <= sum(line.offers for line in lines) <= len(lines) - least, name
        assert least <= sum(line.agrees for line in lines) <= len(lines) - least, name


def scores_on(behaviour: str, lines: list[Line]) -> FreshScores:
    """How `behaviour`'s detector agrees with the labels of `lines`."""
    return fresh_scores(
        (
            line.text,
            line.offers if behaviour == "offers_solution" else line.agrees,
            bool(detect(line.text, line.context, behaviours=[behaviour])),
        )
        for line in lines
    )


def test_the_sets_hold_both_classes_and_no_line_seen_before() -> None:
    assert_new_and_balanced(SETS, FIRST_ROUND)


# Floors a little under today's figures (offers / agreement): BLIND_A 0.974 / 0.971,
# BLIND_B 0.985 / 1.000, BLIND_C 0.982 / 1.000, BLIND_D 0.984 / 1.000, BLIND_E 0.977 /
# 0.952, all read for errors. BLIND_F (0.818 / 0.900, unread) has a wider margin. A rule
# that only fits the development data, or loosens a look-alike, shows here as a drop.
FLOORS = {
    ("offers_solution", "blind_a"): 0.95,
    ("gains_agreement", "blind_a"): 0.95,
    ("offers_solution", "blind_b"): 0.93,
    ("gains_agreement", "blind_b"): 0.95,
    ("offers_solution", "blind_c"): 0.93,
    ("gains_agreement", "blind_c"): 0.95,
    ("offers_solution", "blind_d"): 0.93,
    ("gains_agreement", "blind_d"): 0.95,
    ("offers_solution", "blind_e"): 0.93,
    ("gains_agreement", "blind_e"): 0.90,
    ("offers_solution", "blind_f"): 0.76,
    ("gains_agreement", "blind_f"): 0.84,
}


@pytest.mark.parametrize(("behaviour", "name"), FLOORS)
def test_detectors_hold_up_on_a_second_round_of_service_lines(behaviour: str, name: str) -> None:
    scores = scores_on(behaviour, SETS[name])
    assert scores.f1 >= FLOORS[behaviour, name], f"{behaviour} on {name}: {scores.summary()}"
