"""`offers_solution` and `gains_agreement` on agent lines written for this check alone.

The development data for these two behaviours comes from counselling transcripts; the
engine is also judged on customer service (retail, telecoms, banking, airlines, software
support, utilities), where an agent offers a fix, options, a refund, a replacement, a
workaround or next steps, and checks that the customer agrees. Every line below was
written for this file, with the customer's previous turn as context, and comes from no
corpus: a change that only fits the development data shows here as a drop.

Sets, in the order they were written. "Before" is F1 (offers / agreement) with the rules
as they stood on the morning of 2026-11-23, before this work; "first look" is F1 with the
rules of the moment each set was first run, before anyone read its errors.

- `FRESH` (134 lines), written before any change, then read for what the rules missed:
  it now guards against losing those lines. Before: 0.554 / 0.730.
- `BLIND` (70 lines: chat, e-mail and phone-transcript style, more sectors), written
  after the first round and never read for errors; but the later rules were written by
  its author, so it is only half blind. Before 0.615 / 0.696, first look 0.737 / 0.846.
- `ROUND2` (60 lines: tweets, e-mails, phone calls), written after the second round, then
  read for errors. Before 0.476 / 0.667, first look 0.596 / 0.800.
- `ROUND3` (60 lines: e-mail, calls, health coaching), written after the third round,
  then read for errors. Before 0.512 / 0.571, first look 0.708 / 0.500.
- `ROUND4` (60 lines: chat, calls, coaching, more sectors), written after the fourth
  round, then read for errors. Before 0.476 / 0.476, first look 0.769 / 0.667.
- `HELDOUT` (60 lines), written after the last change and never read for errors: the
  honest figure for lines like these. Before 0.596 / 0.421, after 0.786 / 0.833. Keep it
  unread: fix what the other sets show, and write a new set to measure the next round.

Hard negatives on purpose: a request for details ("could you send me your order
number?"), sympathy alone, a policy alone ("I can't refund that"), a promise with no
option, closers ("anything else I can help with?", "let me know if you have
questions") and a check of understanding ("does that make sense?").
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from legendary.care.detect import detect


class Line(NamedTuple):
    """An agent line, the customer's turn before it, and whether it offers / agrees."""

    context: str
    text: str
    offers: bool
    agrees: bool


Y, N = True, False

FRESH: list[Line] = [
    # Retail and delivery.
    Line(
        "My parcel never turned up.",
        "I can send a replacement today by tracked delivery, or refund you in full, "
        "whichever you'd prefer.",
        Y,
        Y,
    ),
    Line(
        "The jacket is too small.",
        "You can swap it for a bigger size at any of our stores, or post it back with the "
        "prepaid label.",
        Y,
        N,
    ),
    Line(
        "It arrived broken.",
        "Could you reply with a photo of the damage and the order number?",
        N,
        N,
    ),
    Line(
        "Photos attached.",
        "Thanks for the photos. We'll send a replacement out on next-day delivery at no cost.",
        Y,
        N,
    ),
    Line("These shoes rub my heels.", "Would you prefer a refund or a store credit?", Y, Y),
    Line("Do you price match?", "We don't price match, sorry.", N, N),
    Line(
        "I got the wrong item.",
        "I'm so sorry about the mix-up. I'll arrange a courier to collect it and send the "
        "right one out today.",
        Y,
        N,
    ),
    Line(
        "I want to send it back.",
        "Sure, just pop it in the original packaging and drop it at any post office with the "
        "label I've emailed you.",
        Y,
        N,
    ),
    Line(
        "Where is my order?", "It's at your local depot, so it should be with you tomorrow.", N, N
    ),
    Line(
        "I can't do the delivery slot.",
        "No problem, I can move it to Saturday or next Monday. Which suits you better?",
        Y,
        Y,
    ),
    Line(
        "The sofa has a stain on it.",
        "We'd be happy to send a technician to clean it, or we can take £50 off the price "
        "if you'd rather keep it as it is.",
        Y,
        N,
    ),
    Line("I want my money back.", "Let me look into that for you.", N, N),
    Line(
        "I need a new charger too.",
        "Do you want me to add a charger to the order so it comes in the same box?",
        Y,
        Y,
    ),
    Line(
        "Can it go to my office instead?",
        "Yes, you can change the delivery address from the tracking link until 8am on the day.",
        Y,
        N,
    ),
    Line("The box was empty!", "That's really not good enough, and I'm sorry.", N, N),
    Line(
        "The kettle stopped working.",
        "It's still under warranty, so we'll send you a new one free of charge.",
        Y,
        N,
    ),
    Line(
        "Can I get a receipt for that?", "Of course. Would you like it by email or by post?", Y, Y
    ),
    Line("I was charged for two of them.", "Which order number was that on, please?", N, N),
    Line(
        "It's for my mum's birthday on Friday.",
        "I'd recommend upgrading to express shipping, which arrives by Thursday.",
        Y,
        N,
    ),
    Line(
        "The discount code didn't apply.",
        "Would you mind trying the code again in a private browser window?",
        Y,
        N,
    ),
    # Telecoms and broadband.
    Line(
        "My broadband is slow every evening.",
        "One thing that often helps is moving the router off the floor and away from the "
        "microwave.",
        Y,
        N,
    ),
    Line(
        "My bill keeps going up.",
        "I can move you onto the Essentials plan, which would bring it down to £32 a month. "
        "Do you want me to go ahead with that?",
        Y,
        Y,
    ),
    Line(
        "The engineer never came.",
        "Shall I book the first slot tomorrow and mark it as a priority?",
        Y,
        Y,
    ),
    Line(
        "I'm moving house next month.",
        "We can move your broadband to the new address; would you like me to set that up?",
        Y,
        Y,
    ),
    Line("My internet's down.", "Can you tell me which lights are showing on the router?", N, N),
    Line(
        "The internet's down again.",
        "There's a known outage in your area and the engineers expect it back by 6pm.",
        N,
        N,
    ),
    Line(
        "I want to cancel my contract.",
        "I'm sorry to hear you want to leave. Before you go, I could offer you three months "
        "at half price.",
        Y,
        N,
    ),
    Line(
        "Is there anything cheaper?",
        "Yes, the Basic plan is £8 a month with 5GB of data. Would you like to switch to that?",
        Y,
        Y,
    ),
    Line(
        "I don't want to lose my number.",
        "You won't lose it, we can move the number across when you switch.",
        Y,
        N,
    ),
    Line(
        "Calls keep cutting out at home.",
        "Sometimes switching off Wi-Fi calling in the phone settings clears that up.",
        Y,
        N,
    ),
    Line(
        "The new router still drops out.",
        "Would it be alright if I ran a line test now? It takes about two minutes.",
        Y,
        Y,
    ),
    Line(
        "What are my options?",
        "You've got a couple of choices: keep your phone and go SIM-only, or trade it in for "
        "the new model.",
        Y,
        N,
    ),
    Line(
        "Can I upgrade early?",
        "You can upgrade from next month, and I can reserve the phone for you now if you like.",
        Y,
        N,
    ),
    Line(
        "It's too dear.",
        "How about I add the sports channels free for the first three months?",
        Y,
        Y,
    ),
    Line(
        "Okay, do it.",
        "Great. Shall I also set up a direct debit so this doesn't happen again?",
        Y,
        Y,
    ),
    Line("The TV has no picture.", "What does it say on the screen at the moment?", N, N),
    Line("Hello?", "Hi, thanks for waiting. Could I take your full name and postcode?", N, N),
    Line(
        "Can you give me a discount?",
        "I'm afraid discounts are only available to new customers.",
        N,
        N,
    ),
    # Banking and payments.
    Line(
        "My card got declined in Spain.",
        "If you like, I can put a travel note on your card so it isn't blocked again.",
        Y,
        N,
    ),
    Line(
        "I lost my card on the bus.",
        "I've frozen it for you. Would you like me to order a replacement to your home address?",
        Y,
        Y,
    ),
    Line(
        "I was overcharged by £12.",
        "Are you happy for me to credit the £12 back to your account now?",
        Y,
        Y,
    ),
    Line(
        "I can't pay it all this month.",
        "We can set up a payment plan that spreads the balance over six months, if that "
        "would help.",
        Y,
        N,
    ),
    Line(
        "I can't pay it all this month.", "Would a payment plan over six months work for you?", Y, Y
    ),
    Line(
        "Can you refund it to my card?",
        "So just to confirm, you'd like the refund to go back to the original card?",
        N,
        Y,
    ),
    Line("My account is locked.", "For security reasons I can't unlock it over chat.", N, N),
    Line(
        "My account is locked.",
        "For security I can't unlock it over chat, but you can reset it yourself in a minute "
        "with the 'Forgot password' link.",
        Y,
        N,
    ),
    Line("I didn't get the code.", "Do you have access to the mobile number ending 447?", N, N),
    Line(
        "The statement is wrong.",
        "I can see the problem now; it looks like the discount wasn't applied.",
        N,
        N,
    ),
    Line("What's my balance?", "Your balance is £245.60 as of this morning.", N, N),
    Line(
        "Where's my refund?",
        "Refunds normally take five to ten working days to show on your statement.",
        N,
        N,
    ),
    Line(
        "Can I speed this up?",
        "I'm afraid the processing time is set by the bank and isn't something we can change.",
        N,
        N,
    ),
    Line(
        "I'm locked out of online banking.",
        "You can ring our 24-hour line and they'll reset your access while you're on the phone.",
        Y,
        N,
    ),
    Line(
        "The payment failed twice.",
        "Would you be able to send me a screenshot of the error?",
        N,
        N,
    ),
    Line("The payment failed twice.", "Could you try a different card for now?", Y, N),
    Line("Where's my refund?", "Let me check the status of that refund for you.", N, N),
    # Airlines, travel and hotels.
    Line(
        "My flight's been cancelled.",
        "I can rebook you on the 18:40 to Lisbon tonight or the first flight tomorrow at "
        "07:15. Which would you prefer?",
        Y,
        Y,
    ),
    Line(
        "My bag didn't arrive.",
        "Our baggage team handles lost luggage and they'll be in touch within 48 hours.",
        N,
        N,
    ),
    Line(
        "My train was two hours late.",
        "You're entitled to claim Delay Repay for that journey on our website.",
        Y,
        N,
    ),
    Line(
        "Can I bring the check-in forward?",
        "Does Wednesday the 14th at 10am work for you instead?",
        Y,
        Y,
    ),
    Line(
        "I need to cancel my appointment.",
        "No problem, would you like to rebook for another day?",
        Y,
        Y,
    ),
    Line("Is my seat confirmed?", "Yes, you're in 14C by the window.", N, N),
    Line(
        "The room was freezing all night.",
        "I'm really sorry you had such an uncomfortable night.",
        N,
        N,
    ),
    Line(
        "The room was freezing all night.",
        "I'd like to move you to a room on the sunny side tonight. Would that be okay?",
        Y,
        Y,
    ),
    Line(
        "Can I change the name on the ticket?",
        "Unfortunately, names can't be changed once a ticket is issued.",
        N,
        N,
    ),
    Line(
        "Can I change the name on the ticket?",
        "Names can't be changed once a ticket is issued, but we could cancel it for a full "
        "credit and book a new one in the right name.",
        Y,
        N,
    ),
    Line(
        "I'd like to talk to someone senior.",
        "I can arrange for a team leader to call you back within the hour. Would that be alright?",
        Y,
        Y,
    ),
    Line(
        "I'd like to talk to someone senior.", "I understand, and I want to put this right.", N, N
    ),
    # Software support.
    Line(
        "The app keeps crashing when I open it.",
        "Try clearing the app's cache under Settings, then open it again.",
        Y,
        N,
    ),
    Line(
        "The app won't update.",
        "You might want to check there's enough free space on the phone first.",
        Y,
        N,
    ),
    Line(
        "The printer says it's offline.",
        "First, switch the printer off at the wall, wait thirty seconds and turn it back on.",
        Y,
        N,
    ),
    Line(
        "Still offline.",
        "Okay, next step: open the printer settings on your laptop, remove the printer, then "
        "add it again.",
        Y,
        N,
    ),
    Line(
        "The wifi keeps dropping.",
        "Have you tried plugging the laptop straight into the router with a cable?",
        Y,
        N,
    ),
    Line(
        "How do I change my password?",
        "Go to Account, then Security, and tap Change password.",
        Y,
        N,
    ),
    Line(
        "My email isn't syncing.",
        "A quick workaround for now is to use the web version while we fix the app.",
        Y,
        N,
    ),
    Line(
        "My laptop is running really hot.",
        "It may help to update the BIOS from our support page.",
        Y,
        N,
    ),
    Line(
        "It froze again.",
        "Let's try a full reset: hold the power button and volume down together for ten seconds.",
        Y,
        N,
    ),
    Line(
        "Should I just buy a new one?",
        "Before you do, you could try replacing the battery; that's usually the cause.",
        Y,
        N,
    ),
    Line(
        "The video keeps buffering.",
        "Lowering the streaming quality to 720p in the settings should stop the buffering.",
        Y,
        N,
    ),
    Line(
        "So what now?",
        "Here's what I'd suggest: keep the receipt, and if it fails again within the year, "
        "bring it back for a replacement.",
        Y,
        N,
    ),
    Line(
        "What's the fix?",
        "The fix is to update to version 4.2, which came out yesterday.",
        Y,
        N,
    ),
    Line(
        "Should I reinstall it?",
        "Yes, uninstall it, restart the laptop, and then install the latest version from our site.",
        Y,
        N,
    ),
    Line("The app shows an error.", "What does the error message say exactly?", N, N),
    Line(
        "I've already restarted it.",
        "Thanks for trying that. What happens when you press the power button now?",
        N,
        N,
    ),
    Line("Ok, that's done.", "u could try logging out and back in as well", Y, N),
    Line("The screen is flickering.", "want me to send you a link to the display driver?", Y, Y),
    Line(
        "What should I do?",
        "The easiest fix is to log out and back in, which refreshes your permissions.",
        Y,
        N,
    ),
    Line(
        "I can't find last month's invoice.",
        "You'll find all your invoices under Billing, then Documents.",
        Y,
        N,
    ),
    # Utilities and home services.
    Line(
        "The boiler isn't working.",
        "I can book an engineer for Thursday morning. Would that suit you?",
        Y,
        Y,
    ),
    Line(
        "The meter reading is wrong.",
        "Can you send a photo of the meter showing today's reading?",
        N,
        N,
    ),
    Line("The fridge is leaking.", "Do you know roughly when the leak started?", N, N),
    Line(
        "Nothing has happened since I reported it.",
        "I'll escalate this to the network team as urgent and call you back by 5pm today.",
        Y,
        N,
    ),
    Line(
        "When will it be fixed?",
        "Our engineers are working on it and it will be fixed as soon as possible.",
        N,
        N,
    ),
    Line(
        "I want compensation for the outage.",
        "I can offer you a £20 credit on your next bill for the inconvenience.",
        Y,
        N,
    ),
    Line(
        "I want compensation for the outage.",
        "Would you be okay with a £20 credit on your next bill?",
        Y,
        Y,
    ),
    Line(
        "Anything you can do?",
        "Unfortunately there's nothing we can do now, as the claim window has closed.",
        N,
        N,
    ),
    Line("Can you come today?", "I'll do my best, but I can't guarantee it will be today.", N, N),
    Line("The engineer's coming Tuesday?", "Yes, he's booked for Tuesday between 8 and 12.", N, N),
    Line(
        "My phone screen cracked.",
        "Your cover includes one screen repair a year, so we can book it in at your nearest store.",
        Y,
        N,
    ),
    Line(
        "I want to complain.",
        "You can raise a formal complaint through the form on our website and we'll reply "
        "within ten days.",
        Y,
        N,
    ),
    Line(
        "I'm not sure about the price.",
        "Would you like some time to think it over, or shall I email you the quote?",
        Y,
        Y,
    ),
    # Consent and agreement checks around a step.
    Line(
        "Okay, that sounds fine.",
        "Great, I'll cancel the old order and place the new one now. Is that right?",
        Y,
        Y,
    ),
    Line(
        "Go on then.",
        "Is it okay if I put you on hold for a minute while I check with billing?",
        N,
        Y,
    ),
    Line(
        "A refund, please.",
        "Of course. Can I go ahead and put it through to the card ending 2231?",
        Y,
        Y,
    ),
    Line("That could work.", "Does that sound fair to you?", N, Y),
    Line("Hmm, maybe.", "Are you okay with that?", N, Y),
    Line("Yes, the Tuesday one.", "Happy for me to go ahead and book it?", N, Y),
    Line("Alright.", "Is that alright with you?", N, Y),
    Line("I guess so.", "How does that sound?", N, Y),
    Line(
        "I'll take the replacement.", "Would you like to go ahead with the replacement, then?", N, Y
    ),
    Line(
        "Either's fine.",
        "Which would you prefer: a call this afternoon or an email with the details?",
        Y,
        Y,
    ),
    Line("Right.", "Before I book it, are you comfortable with the £30 call-out charge?", N, Y),
    # Closers and checks that are not agreement.
    Line("I see.", "Does that make sense?", N, N),
    Line("Thanks, that's all.", "Is there anything else I can help you with today?", N, N),
    Line("Thanks for your help!", "You're welcome! Is there anything else I can do for you?", N, N),
    Line("Ok, I'll try that.", "Let me know if you have any other questions.", N, N),
    Line(
        "I'll think about it.",
        "Of course. Let me know if you have any questions in the meantime.",
        N,
        N,
    ),
    Line("Ok.", "Do you have any other questions about your bill?", N, N),
    Line("No, that's everything.", "Thanks for contacting us, have a lovely day.", N, N),
    Line(
        "Is that everything?", "Yes, that's everything sorted. Anything else I can help with?", N, N
    ),
    Line("That works.", "Great, I've booked it in. You'll get a text confirmation shortly.", N, N),
    Line("Ok go ahead.", "Perfect, that's done. Your refund has been processed.", N, N),
    Line(
        "Can you confirm my address?",
        "Could you confirm the first line of your address for me?",
        N,
        N,
    ),
    Line("Can you send the invoice again?", "Sure, which email address should I send it to?", N, N),
    # Sympathy, apology, policy and promises alone.
    Line("I'm furious about this.", "I completely understand how frustrating that must be.", N, N),
    Line("It still doesn't work!", "I hear you, and I'm sorry it's still not working.", N, N),
    Line("Can you help?", "Of course, I'm happy to help with that.", N, N),
    Line(
        "It's been three weeks.",
        "I do apologise for the wait; that's not the service we aim for.",
        N,
        N,
    ),
    Line("Can you waive the late fee?", "Unfortunately I'm not able to waive the late fee.", N, N),
    Line(
        "Can you waive the late fee?",
        "I can't remove the fee entirely, but I can halve it as a goodwill gesture. How "
        "does that sound?",
        Y,
        Y,
    ),
    Line("Your website is awful.", "I'm sorry you've had a poor experience with the site.", N, N),
    Line(
        "Order's wrong again.", "Please accept my apologies, I know this is the second time.", N, N
    ),
    Line(
        "Nobody has rung me back.",
        "I can't promise a time, but I've added a note to your case.",
        N,
        N,
    ),
    Line("I've been on hold for ages.", "Sorry about the wait. How can I help today?", N, N),
    Line("I'm not sure yet.", "No pressure at all, take your time.", N, N),
]


BLIND: list[Line] = [
    Line(
        "Hi, my washing machine is showing error E21.",
        "Hi there, thanks for getting in touch. E21 usually means the filter is blocked. If "
        "you unscrew the small panel at the bottom front and empty the filter, that should "
        "clear it.",
        Y,
        N,
    ),
    Line(
        "I ordered a pizza an hour ago.",
        "I'm so sorry it's running late. I've chased the restaurant and it's on its way now.",
        N,
        N,
    ),
    Line(
        "It's cold now though.",
        "That's not acceptable. I've added a full refund for the pizza to your account, and "
        "there's a £5 voucher for your next order too.",
        Y,
        N,
    ),
    Line(
        "My gym membership renewed and I didn't want it to.",
        "Ah, sorry about that. I can cancel it from today and refund this month's fee, would "
        "that be okay?",
        Y,
        Y,
    ),
    Line(
        "uh yeah so the car hire place wasn't open when I landed",
        "oh no, okay, um, so what we can do is arrange for you to collect from the airport "
        "desk instead, they're open twenty-four hours",
        Y,
        N,
    ),
    Line("Yeah that works.", "lovely, I'll get that changed on the booking now", Y, N),
    Line(
        "I need to claim on my travel insurance.",
        "No problem. Can I take your policy number to start with?",
        N,
        N,
    ),
    Line("It's TR-44918.", "Thank you. And what date did the incident happen?", N, N),
    Line(
        "My prescription hasn't been sent to the pharmacy.",
        "I'm sorry for the hassle. I'll send it over to the pharmacy right now and give them a "
        "quick call so they know it's coming.",
        Y,
        N,
    ),
    Line(
        "I can't get into my online account.",
        "Oh dear, let's get you back in. Have you had the password reset email at all?",
        N,
        N,
    ),
    Line(
        "No, nothing.",
        "It can take a few minutes. In the meantime could you check your junk folder?",
        Y,
        N,
    ),
    Line(
        "Found it!", "Brilliant! Just click the link in that email and pick a new password.", Y, N
    ),
    Line(
        "The hotel charged my card for a minibar I didn't use.",
        "I'm sorry to hear that. I've looked at your folio and I can remove the minibar charge "
        "straight away.",
        Y,
        N,
    ),
    Line(
        "Thanks, and the parking?",
        "The parking charge is correct, I'm afraid, as it was used on both nights.",
        N,
        N,
    ),
    Line(
        "Is there a cheaper tariff for me?",
        "Let me have a look at your usage... Based on this, the Fixed Saver would save you "
        "around £80 a year. Shall I switch you over?",
        Y,
        Y,
    ),
    Line(
        "I'm not sure, I might be moving.",
        "That's fair. In that case the variable tariff might suit you better, as there's no "
        "exit fee.",
        Y,
        N,
    ),
    Line(
        "My son's school uniform order is missing a jumper.",
        "Apologies for that! Can you let me know which size was missing?",
        N,
        N,
    ),
    Line(
        "Age 9-10.",
        "Thanks. I'll post one out first class today, so it should be with you by Thursday. Is "
        "that okay?",
        Y,
        Y,
    ),
    Line(
        "The app charges me in dollars.",
        "Thanks for flagging this. Our developers know about the currency issue and are "
        "working on a fix.",
        N,
        N,
    ),
    Line(
        "Can I at least get the difference back?",
        "Absolutely, I'll credit the difference to your card today.",
        Y,
        N,
    ),
    Line(
        "My broadband keeps dropping.",
        "Sorry you're having trouble. Which lights can you see on the hub right now?",
        N,
        N,
    ),
    Line(
        "The broadband light is flashing red.",
        "Okay, that tells me the hub has lost connection. Could you try turning it off at the "
        "plug for a full minute and then back on again?",
        Y,
        N,
    ),
    Line(
        "Still red.",
        "Right, in that case I'll need to get an engineer out. I've got Monday morning or "
        "Wednesday afternoon. Any preference?",
        Y,
        Y,
    ),
    Line(
        "Wednesday.",
        "Great, you're booked in for Wednesday between 1 and 6. You'll get a text the day before.",
        N,
        N,
    ),
    Line(
        "Why was I charged a late fee?",
        "The late fee was added because the payment reached us two days after the due date.",
        N,
        N,
    ),
    Line(
        "That's because your system was down!",
        "You're right, I can see there was an outage that day. I'll take the fee off for you.",
        Y,
        N,
    ),
    Line(
        "I'm so angry about this delay.",
        "I completely get it, and I'd be annoyed too if I'd waited this long.",
        N,
        N,
    ),
    Line(
        "Can you do anything?",
        "What I can do is upgrade your delivery to next day for free and keep an eye on it "
        "personally.",
        Y,
        N,
    ),
    Line(
        "Ok, thank you.", "You're very welcome. Is there anything else I can help you with?", N, N
    ),
    Line(
        "The heating engineer said the part needs ordering.",
        "Yes, I can see that on the job. The part is due in on Friday.",
        N,
        N,
    ),
    Line(
        "Can he come Saturday then?",
        "He can do Saturday morning or Monday after 2pm. What would work best for you?",
        Y,
        Y,
    ),
    Line(
        "my parcel says delivered but its not here",
        "Sorry about this! Sometimes drivers mark it early, so it's worth checking with "
        "neighbours or your safe place first.",
        Y,
        N,
    ),
    Line(
        "checked, not there",
        "Thanks for checking. I'll open an investigation with the courier and, if it hasn't "
        "turned up in 48 hours, we'll send a replacement.",
        Y,
        N,
    ),
    Line(
        "I want to speak to your manager.",
        "I understand. My manager isn't available right now, but I can ask her to call you "
        "back this afternoon. Would that be alright?",
        Y,
        Y,
    ),
    Line("Fine.", "What's the best number for her to reach you on?", N, N),
    Line(
        "So how do I get my deposit back?",
        "Once the inspection is done, the deposit is returned within ten working days.",
        N,
        N,
    ),
    Line(
        "I was double charged for my train ticket.",
        "I'm sorry about that. If you send us a screenshot of both charges, we'll refund the "
        "duplicate.",
        Y,
        N,
    ),
    Line(
        "Here you go.",
        "Thank you, I've received those. I'm passing this to our finance team now.",
        N,
        N,
    ),
    Line(
        "I'd like to change my flight to Friday.",
        "There's a seat on the 14:05 on Friday. The change fee is £45 plus any fare "
        "difference, which comes to £62 in total. Would you like me to go ahead?",
        Y,
        Y,
    ),
    Line(
        "Hmm, that's a lot.",
        "I know. Alternatively, there's a later flight on Friday evening with no fare "
        "difference, so it would just be the £45.",
        Y,
        N,
    ),
    Line(
        "I'll take the evening one.",
        "Perfect, so that's the 19:30 on Friday for £45. Happy for me to book that?",
        N,
        Y,
    ),
    Line(
        "The tablet won't charge.",
        "Hmm, that's odd. Does it charge with a different cable or plug?",
        N,
        N,
    ),
    Line(
        "Not sure, I only have the one.",
        "If you've got a phone charger with the same connector, it's worth giving that a go.",
        Y,
        N,
    ),
    Line(
        "Can I pay my council tax in instalments?",
        "Yes, you can spread it over twelve monthly payments instead of ten. Would you like me "
        "to set that up for you?",
        Y,
        Y,
    ),
    Line("Please just fix it.", "I'm doing everything I can.", N, N),
    Line(
        "Why is my bill so high?",
        "Your bill went up because the fixed-rate deal ended in March.",
        N,
        N,
    ),
    Line(
        "So what can I do?",
        "We've got a new 12-month fix I can put you on, which would bring it back down. Or, if "
        "you'd rather stay flexible, the standard variable rate is a little higher but has no "
        "exit fee.",
        Y,
        N,
    ),
    Line(
        "I'll go for the fix.",
        "Good choice. Just so you know, it runs until next March. Are you happy to go ahead?",
        N,
        Y,
    ),
    Line(
        "Hello, my order hasn't arrived.",
        "Hello! Sorry to hear that. Could I grab your order number please?",
        N,
        N,
    ),
    Line(
        "The refund went to my old card.",
        "Sorry about that. Because that card is closed, the bank will usually send the money "
        "on to your new one automatically.",
        N,
        N,
    ),
    Line(
        "And if they don't?",
        "If it hasn't appeared in ten days, get back in touch and we can send you the refund "
        "by bank transfer instead.",
        Y,
        N,
    ),
    Line(
        "My delivery came with the wrong colour.",
        "Oh no, sorry! I can either send the right colour out tomorrow, or refund you if you'd "
        "rather keep it. What would you like to do?",
        Y,
        Y,
    ),
    Line("Thanks for your help.", "My pleasure, enjoy the rest of your day!", N, N),
    Line(
        "the printer keeps jamming",
        "ah annoying! try fanning the paper before loading it and make sure the guide isn't "
        "too tight",
        Y,
        N,
    ),
    Line(
        "the mobile signal at my house is terrible",
        "Sorry about that. We do have a signal booster you could plug into your broadband, "
        "it's free for customers in weak-signal areas. Want me to send one?",
        Y,
        Y,
    ),
    Line(
        "That would be great.", "Consider it done, it'll be with you in three to five days.", N, N
    ),
    Line(
        "I need a copy of my policy documents.",
        "Of course, I can email a copy over to you now.",
        Y,
        N,
    ),
    Line(
        "Can you waive the cancellation fee?",
        "I'm really sorry, but I'm not able to waive the cancellation fee as you're outside "
        "the cooling-off period.",
        N,
        N,
    ),
    Line(
        "That's ridiculous.",
        "I hear you. I'll pass your feedback on to the team who set the fees.",
        N,
        N,
    ),
    Line(
        "So I just lose the money?",
        "I can't waive it, but I could move the booking to a later date at no extra cost "
        "instead, if that helps?",
        Y,
        Y,
    ),
    Line(
        "I've been waiting for a callback for two days.",
        "I'm sorry, that's not good enough. Let me see what's happened with your case.",
        N,
        N,
    ),
    Line(
        "And?",
        "It looks like it was assigned to the wrong team. I've moved it to the right one and "
        "marked it urgent.",
        N,
        N,
    ),
    Line(
        "Will they ring me today?",
        "They will, before 5pm. Would you like me to stay on the line until they call?",
        Y,
        Y,
    ),
    Line("I'd rather not.", "No worries at all.", N, N),
    Line(
        "I want to return a sofa.",
        "Sure. As it's a large item, we arrange a collection. Which day next week suits you best?",
        N,
        Y,
    ),
    Line("Tuesday.", "Tuesday it is. Is there anything else I can help with today?", N, N),
    Line(
        "The smart meter isn't sending readings.",
        "Thanks for letting us know. It's a known problem with the signal in some areas, and "
        "we'll update you when it's fixed.",
        N,
        N,
    ),
    Line(
        "Can I send readings myself?",
        "Yes, you can submit readings in the app under 'Meter readings' each month until then.",
        Y,
        N,
    ),
    Line("Okay.", "Does that all make sense?", N, N),
    Line("It does.", "Great. Is there anything else you'd like to ask?", N, N),
]


ROUND2: list[Line] = [
    Line(
        "@Brand my order still hasn't shipped, it's been 10 days",
        "Hi Jo, that's far too long to wait. Could you DM us your order number so we can "
        "take a look?",
        N,
        N,
    ),
    Line(
        "sent",
        "Thanks Jo. It was stuck at our warehouse. We've upgraded it to express at no "
        "charge and it'll ship today.",
        Y,
        N,
    ),
    Line(
        "Dear team, I returned the boots on the 3rd and have had no refund.",
        "Dear Ms Patel, thank you for your email. I can confirm the boots reached us on "
        "the 6th and your refund of £89 was issued this morning. It may take 3 to 5 "
        "working days to appear.",
        N,
        N,
    ),
    Line(
        "My vacuum has lost suction.",
        "Oh that's a pain! Nine times out of ten it's the filter. Give it a rinse under "
        "the cold tap and let it dry for a day before putting it back.",
        Y,
        N,
    ),
    Line(
        "Can I switch my meal plan to vegetarian?",
        "Definitely. I can make that change for next week's box. Do you want me to do that now?",
        Y,
        Y,
    ),
    Line(
        "Yes please.",
        "All done! Your next box will be vegetarian.",
        N,
        N,
    ),
    Line(
        "I was promised a call back yesterday.",
        "I'm really sorry nobody called. I'm going to make a note on your account so this "
        "doesn't happen again.",
        N,
        N,
    ),
    Line(
        "um so the hot water's gone off again",
        "right okay, and is the boiler showing any fault code at all?",
        N,
        N,
    ),
    Line(
        "it says F28",
        "okay that's usually a gas supply thing. can you check if your gas hob is working?",
        Y,
        N,
    ),
    Line(
        "no it's not",
        "right so it's the supply then. I'd give the gas emergency line a ring straight "
        "away, they're free and open all night.",
        Y,
        N,
    ),
    Line(
        "My card was swallowed by the ATM.",
        "Sorry to hear that. I've cancelled that card, so nobody can use it. A new one "
        "will be with you in 3 to 5 days, or you can pick one up from a branch tomorrow "
        "if that's easier.",
        Y,
        N,
    ),
    Line(
        "Is the store open on bank holidays?",
        "Yes, we're open 10 till 4 on bank holidays.",
        N,
        N,
    ),
    Line(
        "The fitting instructions are missing.",
        "Apologies for that. You can download them from our website; just search for the "
        "product code on the box.",
        Y,
        N,
    ),
    Line(
        "I'd like to upgrade my seat.",
        "Of course. Premium is available on this flight for £120. Would you like to go ahead?",
        Y,
        Y,
    ),
    Line(
        "Yes.",
        "Lovely. And would you like to pay with the card we have on file?",
        N,
        Y,
    ),
    Line(
        "My payslip shows the wrong tax code.",
        "I can see why that's worrying. Tax codes come from HMRC, so we can't change them "
        "ourselves.",
        N,
        N,
    ),
    Line(
        "So what do I do?",
        "The quickest route is to call HMRC on their helpline; once they update it, we'll "
        "pick up the new code automatically.",
        Y,
        N,
    ),
    Line(
        "I keep getting logged out.",
        "Hmm, does it happen on both the app and the website?",
        N,
        N,
    ),
    Line(
        "Just the app.",
        "Thanks. There's a bug in the latest app version, and a fix comes out on "
        "Thursday. Until then, staying logged in on the website should work fine.",
        Y,
        N,
    ),
    Line(
        "The hotel room smells of smoke.",
        "I'm so sorry. We have a non-smoking room free on the fourth floor. I can have "
        "your bags moved up for you. Does that sound okay?",
        Y,
        Y,
    ),
    Line(
        "My contact lenses order is wrong.",
        "Sorry about that! Which prescription did you get, and which should it have been?",
        N,
        N,
    ),
    Line(
        "I want to cancel my membership.",
        "That's no problem, I can help with that. Can I ask what's made you decide to leave?",
        N,
        N,
    ),
    Line(
        "It's just too expensive now.",
        "Totally understand. We do have an off-peak membership at half the price. Is that "
        "something you'd like to hear more about?",
        Y,
        Y,
    ),
    Line(
        "No thanks, just cancel.",
        "Okay, I've cancelled it. Your last payment will be on the 1st.",
        N,
        N,
    ),
    Line(
        "My electricity bill is estimated again.",
        "If you can send us a meter reading, we'll reissue the bill based on your actual usage.",
        Y,
        N,
    ),
    Line(
        "The lift in my building has been broken for a week.",
        "I'm sorry, I know how hard that is with the stairs. I've chased the contractor "
        "and they're due on Monday.",
        N,
        N,
    ),
    Line(
        "Can't they come sooner?",
        "I'll ask them to come Friday instead, and call you back within the hour to let "
        "you know either way. Is that okay?",
        Y,
        Y,
    ),
    Line(
        "Do you have this in a size 12?",
        "We don't have it in store, but I can order one in for you and it'll arrive on Wednesday.",
        Y,
        N,
    ),
    Line(
        "Is my parcel insured?",
        "Yes, all our parcels are insured up to £100.",
        N,
        N,
    ),
    Line(
        "My car won't start after the service.",
        "I'm so sorry. Our roadside team can be with you within the hour, or we can "
        "collect the car and give you a courtesy car today. What would be easiest for "
        "you?",
        Y,
        Y,
    ),
    Line(
        "The subscription price went up.",
        "Yes, I'm afraid prices went up for all members this month.",
        N,
        N,
    ),
    Line(
        "Can I keep my old price?",
        "I can't keep the old price, but I can give you 20% off for the next six months.",
        Y,
        N,
    ),
    Line(
        "I forgot my PIN.",
        "No worries. You can view your PIN in the app under Card settings, after logging "
        "in with your fingerprint.",
        Y,
        N,
    ),
    Line(
        "Why did my transfer fail?",
        "It failed because the account number didn't match the name.",
        N,
        N,
    ),
    Line(
        "The tap's still dripping after the plumber came.",
        "Oh no, that shouldn't be the case. Let me send him back out at no charge. Is "
        "tomorrow morning any good?",
        Y,
        Y,
    ),
    Line(
        "How long is the wait for a GP appointment?",
        "The next routine appointment is in two weeks.",
        N,
        N,
    ),
    Line(
        "That's too long.",
        "I understand. If it's urgent, you could call at 8am for a same-day slot, or use "
        "the online consultation form.",
        Y,
        N,
    ),
    Line(
        "Okay, I'll call tomorrow.",
        "Good idea. Is there anything else I can do for you?",
        N,
        N,
    ),
    Line(
        "I got a parking ticket at your car park but I'd paid.",
        "That's frustrating. If you send us a photo of your receipt, we'll cancel the ticket.",
        Y,
        N,
    ),
    Line(
        "The laptop I bought is slow.",
        "Do you know how much storage is free on it?",
        N,
        N,
    ),
    Line(
        "About 2GB.",
        "That'll be what's slowing it down. Moving your photos to cloud storage would "
        "free up a lot of room.",
        Y,
        N,
    ),
    Line(
        "I'd like a refund for the concert.",
        "I'm afraid tickets are non-refundable once purchased.",
        N,
        N,
    ),
    Line(
        "Even though it was rescheduled?",
        "Ah, that changes things. As the date moved, you're covered, and I can refund you "
        "in full today. Shall I do that?",
        Y,
        Y,
    ),
    Line(
        "Please do.",
        "Done. You'll see it back on your card in a few days.",
        N,
        N,
    ),
    Line(
        "My smart speaker won't connect.",
        "Let's sort that. First, can you make sure your phone is on the same Wi-Fi as the speaker?",
        Y,
        N,
    ),
    Line(
        "Yes it is.",
        "Great. Now hold the action button for 15 seconds until the light turns orange.",
        Y,
        N,
    ),
    Line(
        "I need to change the delivery day.",
        "Sure thing. We can do Thursday or Saturday. Which would you like?",
        Y,
        Y,
    ),
    Line(
        "I'm really unhappy with how this was handled.",
        "I'm sorry. You have every right to be unhappy, and I'll make sure your feedback "
        "reaches the store manager.",
        N,
        N,
    ),
    Line(
        "Can I get compensation?",
        "I've applied a £15 goodwill credit to your account.",
        Y,
        N,
    ),
    Line(
        "I think I've been scammed.",
        "I'm so sorry. Please don't worry, you did the right thing by calling. Can you "
        "tell me what happened?",
        N,
        N,
    ),
    Line(
        "They took £300.",
        "Right. I'm blocking your card now, and I'll start a fraud claim so we can try to "
        "get that money back. Are you okay for me to do that?",
        Y,
        Y,
    ),
    Line(
        "My bin wasn't collected.",
        "Sorry about that. The crew have been told and will come back for it tomorrow.",
        Y,
        N,
    ),
    Line(
        "What are your opening hours?",
        "We're open 9 to 5, Monday to Saturday.",
        N,
        N,
    ),
    Line(
        "The coffee machine leaks.",
        "Sorry to hear it! Could you tell me the model number? It's on a sticker underneath.",
        N,
        N,
    ),
    Line(
        "It's the CM-300.",
        "Thanks. That model has a known seal fault, so we'll replace it under warranty. "
        "Would a courier collection on Tuesday work?",
        Y,
        Y,
    ),
    Line(
        "I'm a bit confused by my bill.",
        "No problem, happy to go through it with you. What part looks off?",
        N,
        N,
    ),
    Line(
        "Sounds good.",
        "Perfect, I'll send the confirmation now.",
        N,
        N,
    ),
    Line(
        "Can the engineer call before coming?",
        "Yes, I've added a note asking them to call 30 minutes before.",
        N,
        N,
    ),
    Line(
        "Hi I need help with my router",
        "Hi! Happy to help. What seems to be the problem?",
        N,
        N,
    ),
    Line(
        "My train ticket didn't scan at the barrier.",
        "Sorry about that. Show it to a member of staff at the gate and they'll let you through.",
        Y,
        N,
    ),
]


ROUND3: list[Line] = [
    Line(
        "Hi, the blender I bought last week makes a burning smell.",
        "Hi Sam, thanks for letting us know, and please stop using it for now. We'll send "
        "you a prepaid returns label by email today, and as soon as it's scanned in we'll "
        "dispatch a brand-new one.",
        Y,
        N,
    ),
    Line(
        "I've been charged for roaming but I was at home.",
        "That's odd! Sometimes phones near the coast pick up a French mast. Turning off "
        "data roaming in your settings will stop that happening, and I've refunded the £6 "
        "charge.",
        Y,
        N,
    ),
    Line(
        "ok thx",
        "No problem! Anything else today?",
        N,
        N,
    ),
    Line(
        "I can't get the kids' tablet to download apps.",
        "Is there a parental control PIN set up on it?",
        N,
        N,
    ),
    Line(
        "Yes, but I forgot it.",
        "No worries. You can reset it from your own account, under Family and then Manage "
        "devices. Do you want me to walk you through it?",
        Y,
        Y,
    ),
    Line(
        "My mum is in hospital and can't pay her bill.",
        "I'm really sorry to hear about your mum. We can pause her payments for up to "
        "three months while she recovers, with no interest.",
        Y,
        N,
    ),
    Line(
        "That would be a big help.",
        "Of course. I just need her permission to speak with you, or a power of attorney. "
        "Is she able to call us, or would it be easier if we rang the ward?",
        N,
        Y,
    ),
    Line(
        "um I was told my phone would be unlocked",
        "yeah, I can see the unlock request went in on the 2nd. it normally takes up to "
        "ten days, so um it should come through this week.",
        N,
        N,
    ),
    Line(
        "can't you speed it up",
        "I can't speed it up myself, but I can flag it as overdue to the unlocking team. "
        "Would you like me to do that?",
        Y,
        Y,
    ),
    Line(
        "yes do that",
        "done, you'll get a text once it's unlocked.",
        N,
        N,
    ),
    Line(
        "How do I claim for my damaged suitcase?",
        "You'll need to fill in the baggage claim form within seven days. I can email it "
        "to you now if that helps.",
        Y,
        N,
    ),
    Line(
        "The pharmacy gave me the wrong strength.",
        "Thank you for telling us, that's important. Please don't take any more of them. "
        "The pharmacist will call you this morning to arrange the correct tablets.",
        Y,
        N,
    ),
    Line(
        "I want to move my direct debit date.",
        "Sure, which date would you like it moved to?",
        N,
        Y,
    ),
    Line(
        "The 15th.",
        "Perfect, I've moved it to the 15th from next month.",
        N,
        N,
    ),
    Line(
        "Why has my premium gone up 40%?",
        "Your premium went up because of two claims on the policy last year, and higher "
        "repair costs across the market.",
        N,
        N,
    ),
    Line(
        "That's outrageous.",
        "I understand it's a big jump. There are a couple of things we could look at to "
        "bring it down, like raising your excess or removing the courtesy car. Shall I "
        "run through what each would save you?",
        Y,
        Y,
    ),
    Line(
        "The shower head broke after a month.",
        "Sorry about that! It's covered by the two-year guarantee, so we'll replace it.",
        Y,
        N,
    ),
    Line(
        "I've been overcharged on my water bill.",
        "Let me check that for you. Can you confirm the first line of your address?",
        N,
        N,
    ),
    Line(
        "My flight lands after the car hire desk closes.",
        "That's fine, just let us know your flight number and we'll keep the desk open "
        "for you, or the keys can be left in the key safe.",
        Y,
        N,
    ),
    Line(
        "I'm worried about my debt.",
        "It's really good that you've reached out. Would you be open to us looking at a "
        "payment plan together today?",
        Y,
        Y,
    ),
    Line(
        "What time does my delivery come?",
        "Your delivery is due between 10 and 12 tomorrow.",
        N,
        N,
    ),
    Line(
        "I won't be in.",
        "No problem. You can choose a safe place or a neighbour on the tracking page, or "
        "I can move it to Saturday for you.",
        Y,
        N,
    ),
    Line(
        "I feel like I'm always tired.",
        "It sounds like it's really wearing you down.",
        N,
        N,
    ),
    Line(
        "Yeah, it is.",
        "One thing some people find useful is keeping a sleep diary for a week or two, "
        "just to see what patterns show up. How would you feel about trying that?",
        Y,
        Y,
    ),
    Line(
        "I drink maybe six coffees a day.",
        "That's quite a lot of caffeine. Cutting back after lunchtime could make a real "
        "difference to your sleep.",
        Y,
        N,
    ),
    Line(
        "I don't know if I can.",
        "That's fair, it's your decision. What feels like a realistic first step for you?",
        N,
        Y,
    ),
    Line(
        "Maybe just one less a day.",
        "That sounds like a great place to start. Shall we check in on how it's going next time?",
        N,
        Y,
    ),
    Line(
        "My glasses came with scratches.",
        "Oh no, I'm sorry! Please pop them back to us with the freepost label and we'll "
        "remake them at no cost.",
        Y,
        N,
    ),
    Line(
        "I'm locked out of my work laptop.",
        "I've sent a reset code to your mobile. Enter it on the sign-in screen and choose "
        "a new password.",
        Y,
        N,
    ),
    Line(
        "The code didn't arrive.",
        "Okay, I can read a new one out to you instead. Have you got a pen handy?",
        Y,
        N,
    ),
    Line(
        "Your driver was rude to me.",
        "I'm really sorry, that's not how we expect our drivers to behave. I'll pass this "
        "on to his manager today.",
        N,
        N,
    ),
    Line(
        "I want to know what will happen to him.",
        "I'm afraid I can't share details of any staff action, but I can assure you it "
        "will be taken seriously.",
        N,
        N,
    ),
    Line(
        "Do you deliver on Sundays?",
        "We don't deliver on Sundays, I'm afraid, but our click-and-collect lockers are "
        "open all weekend.",
        Y,
        N,
    ),
    Line(
        "My energy app shows zero usage.",
        "Thanks for flagging. It's a display issue on our side; your bills are still "
        "based on real readings.",
        N,
        N,
    ),
    Line(
        "I need my money back today.",
        "I can't get it back to you today, as refunds take 3 to 5 days, but I can send "
        "you a confirmation email now so you have proof it's on its way.",
        N,
        N,
    ),
    Line(
        "I'm not happy with the repair.",
        "I'm sorry it isn't right. We can send the engineer back to finish it, or refund "
        "the labour charge. Which would you prefer?",
        Y,
        Y,
    ),
    Line(
        "The refund, please.",
        "Okay, refund it is. I'll process that now and you'll have an email confirmation "
        "within the hour. Sound alright?",
        Y,
        Y,
    ),
    Line(
        "What's the wifi password at the hotel?",
        "It's printed on the card in your room, on the desk by the TV.",
        N,
        N,
    ),
    Line(
        "The heating in my flat is broken.",
        "I'm sorry, that's miserable in this weather. We can lend you two electric "
        "heaters until the part arrives. Would you like those dropped round this "
        "afternoon?",
        Y,
        Y,
    ),
    Line(
        "I want to switch energy supplier.",
        "I'm sorry to hear you're thinking of leaving. Can I ask what's prompted the switch?",
        N,
        N,
    ),
    Line(
        "Can I return an item I bought online to a store?",
        "Yes, you can return it to any of our stores within 28 days with your receipt or "
        "order email.",
        Y,
        N,
    ),
    Line(
        "My son's phone keeps running out of data.",
        "We could set a monthly data cap on his line so the bill doesn't creep up, or "
        "move him to the unlimited plan for £5 more. What do you think?",
        Y,
        Y,
    ),
    Line(
        "Can I get a paper bill?",
        "You can. Paper bills cost £1.50 a month. Do you still want to go ahead?",
        N,
        Y,
    ),
    Line(
        "Hmm, no then.",
        "No problem, you'll keep getting them by email.",
        N,
        N,
    ),
    Line(
        "How do I book a tyre fitting?",
        "The easiest way is through our website: pick your tyre, choose a branch and a "
        "time, and pay on the day.",
        Y,
        N,
    ),
    Line(
        "I've had three wrong deliveries in a row.",
        "That's really not acceptable, and I'm sorry. I'm going to add a note so your "
        "orders are checked by a supervisor before they leave the warehouse.",
        Y,
        N,
    ),
    Line(
        "Thank you.",
        "You're welcome. Is there anything else you need from me?",
        N,
        N,
    ),
    Line(
        "I can't afford the repayment this month.",
        "Thanks for telling us early, that really helps. Could you tell me roughly what "
        "you could afford to pay?",
        N,
        N,
    ),
    Line(
        "Maybe £50.",
        "Okay. We can accept £50 this month and spread the rest over the next three "
        "payments. How does that sound?",
        Y,
        Y,
    ),
    Line(
        "The toilet keeps running.",
        "That's usually the flapper valve. If you lift the lid and jiggle the chain, does it stop?",
        Y,
        N,
    ),
    Line(
        "Yes it does.",
        "Then a new flapper will fix it for good. They're about £5 from any DIY shop, or "
        "we can send a plumber if you'd prefer.",
        Y,
        N,
    ),
    Line(
        "Will my points expire?",
        "Your points expire after 12 months of no activity.",
        N,
        N,
    ),
    Line(
        "Can I transfer them to my husband?",
        "Points can't be moved between accounts, sorry.",
        N,
        N,
    ),
    Line(
        "My new laptop's battery drains fast.",
        "Let's take a look. Could you open Battery settings and tell me which app is "
        "using the most?",
        N,
        N,
    ),
    Line(
        "It says the browser.",
        "Okay, having lots of tabs open can do that. Closing the ones you don't need, or "
        "switching on battery saver, should make a big difference.",
        Y,
        N,
    ),
    Line(
        "I'm really stressed about this exam.",
        "Exams can be really stressful. What's been the hardest part?",
        N,
        N,
    ),
    Line(
        "I can't focus at home.",
        "Would it help to study at the library for a few hours each day?",
        Y,
        N,
    ),
    Line(
        "My builder has disappeared with my deposit.",
        "That's awful, I'm so sorry. Did you pay by credit card?",
        N,
        N,
    ),
    Line(
        "Yes I did.",
        "Good, that means you may be able to claim the money back from your card provider "
        "under Section 75. It's worth giving them a call tomorrow.",
        Y,
        N,
    ),
    Line(
        "Ok I'll try that.",
        "Great. Good luck, and let us know how you get on.",
        N,
        N,
    ),
]


ROUND4: list[Line] = [
    Line(
        "The zip on my new backpack broke.",
        "Ugh, sorry about that! Send us a quick photo and we'll ship a replacement "
        "straight out, no need to return the old one.",
        Y,
        N,
    ),
    Line(
        "I was billed after cancelling.",
        "Let me pull up your account. Can you confirm the date you cancelled?",
        N,
        N,
    ),
    Line(
        "The 2nd of March.",
        "Thanks. You're right, that payment shouldn't have gone out. I'm refunding it now "
        "and it'll reach you within five days.",
        Y,
        N,
    ),
    Line(
        "My router has a red light.",
        "A red light means it can't reach our network. First thing to try: switch it off "
        "at the wall, count to thirty, and switch it back on.",
        Y,
        N,
    ),
    Line(
        "Still red.",
        "Thanks for trying. I'm going to book an engineer visit for you. Does Thursday "
        "between 8 and 1 suit?",
        Y,
        Y,
    ),
    Line(
        "Fine.",
        "Lovely, that's booked. You'll get a reminder the day before.",
        N,
        N,
    ),
    Line(
        "The app says my payment is pending.",
        "Pending payments normally clear within 24 hours, so there's nothing you need to do.",
        N,
        N,
    ),
    Line(
        "I need to change my delivery address.",
        "No problem. What's the new address?",
        N,
        N,
    ),
    Line(
        "My hearing aid whistles.",
        "That usually means the dome isn't sitting snugly. Try a size bigger; I can post "
        "you a mixed pack of domes to try.",
        Y,
        N,
    ),
    Line(
        "I've been on hold for an hour!",
        "I'm so sorry for the long wait, that's really not good enough.",
        N,
        N,
    ),
    Line(
        "Just sort my bill out.",
        "I will. I've found the error: you were charged twice for March. I'll credit the "
        "extra £42 back to your account today.",
        Y,
        N,
    ),
    Line(
        "I'm thinking about cancelling.",
        "I'd be sorry to see you go. Before you decide, could I tell you about a plan "
        "that might suit you better?",
        Y,
        Y,
    ),
    Line(
        "Go on.",
        "There's a light plan at £12 a month with everything you use now except the "
        "sports channels. Would you like to switch to that instead of cancelling?",
        Y,
        Y,
    ),
    Line(
        "My new sofa is a different colour from the sample.",
        "I'm sorry, that's disappointing. Would you like us to exchange it, or would a "
        "partial refund work better for you?",
        Y,
        Y,
    ),
    Line(
        "Do you ship to Ireland?",
        "We do, yes, delivery takes three to five working days.",
        N,
        N,
    ),
    Line(
        "My card keeps getting declined online.",
        "Some sites need 3D Secure turned on. You can switch it on in the app under Card "
        "controls, and that should sort it.",
        Y,
        N,
    ),
    Line(
        "I'm not sure I can keep going with the diet.",
        "It sounds like it's been a real struggle lately.",
        N,
        N,
    ),
    Line(
        "It has.",
        "Would it be okay with you if we looked together at which parts have been "
        "hardest, and picked one small thing to change this week?",
        N,
        Y,
    ),
    Line(
        "I guess so.",
        "Okay. What would you like to start with?",
        N,
        Y,
    ),
    Line(
        "The evening snacking, I think.",
        "That makes sense. Some people find it helps to have a glass of water or a cup of "
        "tea first and wait ten minutes.",
        Y,
        N,
    ),
    Line(
        "My boarding pass won't load.",
        "Sorry about that! You can also print it at the self-service kiosks in the "
        "terminal, or show your booking reference at the desk.",
        Y,
        N,
    ),
    Line(
        "The TV remote isn't working.",
        "Have you changed the batteries recently?",
        Y,
        N,
    ),
    Line(
        "Yes, new ones.",
        "Okay, then let's re-pair it: hold the home and back buttons together for five "
        "seconds while pointing at the TV.",
        Y,
        N,
    ),
    Line(
        "It worked!",
        "Brilliant, glad that did it!",
        N,
        N,
    ),
    Line(
        "I want a refund for my gym class.",
        "I'm afraid class bookings can't be refunded within 24 hours of the start time.",
        N,
        N,
    ),
    Line(
        "But I was ill!",
        "I'm sorry you were poorly. In that case, I can add a free class credit to your "
        "account so you can book another one.",
        Y,
        N,
    ),
    Line(
        "Can someone call me about my claim?",
        "Of course. What's the best time to reach you?",
        N,
        Y,
    ),
    Line(
        "After 5.",
        "Great, I'll ask the claims handler to call you after 5 today.",
        Y,
        N,
    ),
    Line(
        "My photos won't back up.",
        "Is the phone connected to Wi-Fi at the moment?",
        N,
        N,
    ),
    Line(
        "Yes.",
        "Okay. Open the Photos settings and check that 'Back up over mobile data' isn't "
        "the only option ticked. Let me know what you see.",
        Y,
        N,
    ),
    Line(
        "The bakery order for the party is wrong.",
        "Oh no, I'm so sorry! We can remake the cake this afternoon and deliver it by 4, "
        "or give you a full refund. What would you prefer?",
        Y,
        Y,
    ),
    Line(
        "Remake it please.",
        "Absolutely. It'll be with you by 4. Is the same address still okay?",
        N,
        Y,
    ),
    Line(
        "My energy bill doubled.",
        "I understand that's a shock. Your fixed tariff ended last month, which is why "
        "the price went up.",
        N,
        N,
    ),
    Line(
        "Is there anything cheaper?",
        "Yes, we have a new one-year fix that would save you about £20 a month. I can "
        "switch you today if you'd like.",
        Y,
        N,
    ),
    Line(
        "How long does the refund take?",
        "Usually three to five working days.",
        N,
        N,
    ),
    Line(
        "My child's school laptop won't turn on.",
        "Let's check a couple of things. Is the charging light on when it's plugged in?",
        N,
        N,
    ),
    Line(
        "No light at all.",
        "Then it's likely the charger. We can send a new one to the school, or you can "
        "collect one from reception. Which is easier?",
        Y,
        Y,
    ),
    Line(
        "I'm upset about how I was spoken to.",
        "I'm really sorry. You should always be treated with respect, and I'll make sure "
        "this is looked into.",
        N,
        N,
    ),
    Line(
        "Can I speak to a supervisor?",
        "Of course, let me see who's free. Do you mind holding for a minute?",
        N,
        N,
    ),
    Line(
        "Sure.",
        "Thanks for holding. My supervisor, Leila, can call you back in 15 minutes, or "
        "you can stay on the line for her. Which would you like?",
        Y,
        Y,
    ),
    Line(
        "I keep forgetting to take my tablets.",
        "A lot of people struggle with that. Setting an alarm on your phone, or keeping "
        "them next to your toothbrush, can really help.",
        Y,
        N,
    ),
    Line(
        "The parcel locker won't open.",
        "Sorry! Please try entering the code again, and if it still won't open, I'll have "
        "the parcel redirected to your home address.",
        Y,
        N,
    ),
    Line(
        "What's your returns policy?",
        "You can return unworn items within 30 days for a full refund.",
        N,
        N,
    ),
    Line(
        "My account was hacked.",
        "That must be really worrying. I've locked the account so nobody can get in. "
        "Next, I'll send you a link to set a new password.",
        Y,
        N,
    ),
    Line(
        "Thanks.",
        "You're welcome. Would you like me to turn on two-step verification while we're here?",
        Y,
        Y,
    ),
    Line(
        "Yes please.",
        "All set. You'll be asked for a code whenever you log in on a new device.",
        N,
        N,
    ),
    Line(
        "I can't make my dental appointment.",
        "That's okay, thanks for letting us know. When would suit you instead?",
        N,
        Y,
    ),
    Line(
        "Next Friday morning?",
        "I've got 9:20 or 11:00 next Friday. Which one works?",
        Y,
        Y,
    ),
    Line(
        "The website won't let me check out.",
        "We're having a problem with card payments right now. PayPal is still working, if "
        "you'd like to use that.",
        Y,
        N,
    ),
    Line(
        "When will it be fixed?",
        "Our team is on it, and I'll update you as soon as I hear.",
        N,
        N,
    ),
    Line(
        "I'm drinking more than I'd like.",
        "Thanks for being honest about that. What do you think would help you cut down?",
        N,
        N,
    ),
    Line(
        "I'm not sure.",
        "Some people start by having two alcohol-free days a week. Is that something "
        "you'd be willing to try?",
        Y,
        Y,
    ),
    Line(
        "The fridge we bought is too big for the space.",
        "Ah, that's a shame. As it's unused, you can return it within 14 days and we'll "
        "collect it for free.",
        Y,
        N,
    ),
    Line(
        "My mum's pension hasn't arrived.",
        "I'm sorry to hear that, I know how stressful that is. Can I take her reference number?",
        N,
        N,
    ),
    Line(
        "The gym showers are cold.",
        "Thanks for telling us. The boiler is being repaired on Monday.",
        N,
        N,
    ),
    Line(
        "I was given the wrong change.",
        "Sorry about that! If you bring your receipt in, the store manager will give you "
        "the difference.",
        Y,
        N,
    ),
    Line(
        "Can you pause my subscription?",
        "Yes, I can pause it for one, two or three months. How long would you like?",
        Y,
        Y,
    ),
    Line(
        "Two.",
        "Done, it'll restart on the 1st of June.",
        N,
        N,
    ),
    Line(
        "Thanks for the help!",
        "Anytime! Take care.",
        N,
        N,
    ),
    Line(
        "I've got a noise complaint about my neighbour.",
        "I'm sorry you're dealing with that. Could you tell me when the noise usually happens?",
        N,
        N,
    ),
]


HELDOUT: list[Line] = [
    Line(
        "My laptop screen has a dead pixel.",
        "Sorry about that. Is it a single dot, or a line across the screen?",
        N,
        N,
    ),
    Line(
        "Just a dot, near the middle.",
        "Thanks. One dead pixel is within the manufacturer's tolerance, so it isn't "
        "covered as a fault, I'm afraid.",
        N,
        N,
    ),
    Line(
        "That's rubbish.",
        "I get it, it's annoying on a new machine. As you're still inside the 30-day "
        "window, you could return it for a full refund, or we can swap it for another one "
        "from the same batch.",
        Y,
        N,
    ),
    Line(
        "I ordered two and got one.",
        "Apologies! I'll get the second one sent out today on next-day delivery.",
        Y,
        N,
    ),
    Line(
        "My wifi is slow upstairs.",
        "Walls and floors can weaken the signal a lot. A mesh booster for upstairs would "
        "give you much better coverage, and we can rent you one for £3 a month. Want me "
        "to add it?",
        Y,
        Y,
    ),
    Line(
        "I've lost my bus pass.",
        "Oh no. You can order a replacement online for £5, and in the meantime your "
        "receipt works as a ticket for seven days.",
        Y,
        N,
    ),
    Line(
        "The shop assistant was really helpful.",
        "That's lovely to hear, thank you! I'll pass your kind words on to her.",
        N,
        N,
    ),
    Line(
        "My parcel is stuck in customs.",
        "Customs checks can take a few days. I'll keep an eye on it and email you as soon "
        "as it's released.",
        N,
        N,
    ),
    Line(
        "Can I get my money back for the late train?",
        "Yes, you can claim Delay Repay. Just fill in the short form on our website with "
        "your ticket details.",
        Y,
        N,
    ),
    Line(
        "Hi, my fridge door won't close properly.",
        "Hi! That's often the door seal. Could you check whether the seal is twisted or "
        "has come loose anywhere?",
        Y,
        N,
    ),
    Line(
        "It's a bit loose at the bottom.",
        "Okay, pressing it firmly back into the groove usually fixes it. If that doesn't "
        "hold, we'll send you a new seal free of charge.",
        Y,
        N,
    ),
    Line(
        "What are the fees for going overdrawn?",
        "An arranged overdraft is charged at 39.9% EAR, with no daily fee.",
        N,
        N,
    ),
    Line(
        "I'd like to close my account.",
        "I'm sorry to see you go. Can I just check the reason, so we can improve?",
        N,
        N,
    ),
    Line(
        "The fees are too high.",
        "Understood. Before you close it, we do offer a fee-free basic account. Would you "
        "like to hear about it?",
        Y,
        Y,
    ),
    Line(
        "No, just close it.",
        "Of course. I'll close it today and send any remaining balance to your nominated "
        "account. Is that the account ending 0912?",
        Y,
        Y,
    ),
    Line(
        "Yes.",
        "Done. You'll get a closure letter within a week.",
        N,
        N,
    ),
    Line(
        "I'm struggling to stay motivated with exercise.",
        "What's got in the way recently?",
        N,
        N,
    ),
    Line(
        "Work, mostly.",
        "That makes sense. Some people find that a short walk at lunchtime is easier to "
        "keep up than the gym after work. Could that fit your week?",
        Y,
        Y,
    ),
    Line(
        "Maybe two days.",
        "Two days sounds realistic. Shall we write that down as your goal for the next fortnight?",
        N,
        Y,
    ),
    Line(
        "The hotel booked me into the wrong dates.",
        "I'm really sorry about that mix-up. I can see we have the same room free for "
        "your correct dates, and I can move the booking over at no extra charge. Does "
        "that work for you?",
        Y,
        Y,
    ),
    Line(
        "My insurance renewal quote is higher.",
        "It went up because of a rise in claims in your postcode.",
        N,
        N,
    ),
    Line(
        "Can you do better?",
        "Let me see. If you're happy to pay annually instead of monthly, I can take £36 "
        "off the quote.",
        Y,
        N,
    ),
    Line(
        "Why is my package delayed?",
        "There's been heavy snow at our northern hub, so everything's running a day behind.",
        N,
        N,
    ),
    Line(
        "My shoes fell apart after a week.",
        "That definitely shouldn't happen. We'll refund you in full; there's no need to "
        "send them back.",
        Y,
        N,
    ),
    Line(
        "Thanks, that's kind.",
        "Not at all. Anything else I can help with today?",
        N,
        N,
    ),
    Line(
        "The phone I bought won't turn on.",
        "Let's try a forced restart. Hold the power and volume up buttons for about 15 seconds.",
        Y,
        N,
    ),
    Line(
        "Still nothing.",
        "Okay, it sounds like a fault. You can take it to any of our stores for a swap, "
        "or we can courier a replacement to you. Which would you rather?",
        Y,
        Y,
    ),
    Line(
        "My son's nursery fees went out twice.",
        "I'm so sorry, let me look into that straight away.",
        N,
        N,
    ),
    Line(
        "Any update?",
        "I can see the duplicate now. I've raised a refund for it and it'll be back in "
        "your account by Friday.",
        Y,
        N,
    ),
    Line(
        "I want to complain about the noise from the works.",
        "I'm sorry it's been so disruptive. I'll log your complaint with the site manager today.",
        N,
        N,
    ),
    Line(
        "Can I change my password?",
        "Sure, go to Profile, tap Security, then Change password.",
        Y,
        N,
    ),
    Line(
        "I'm anxious about my test results.",
        "Waiting for results can be really hard.",
        N,
        N,
    ),
    Line(
        "When will I hear?",
        "Results usually come back within two weeks, and the surgery will text you.",
        N,
        N,
    ),
    Line(
        "My cat's food subscription keeps arriving early.",
        "Ah, sorry! I can change the frequency from every three weeks to every four. "
        "Would that be better?",
        Y,
        Y,
    ),
    Line(
        "Yes, four is better.",
        "Great, I've updated it. Your next delivery will be on the 20th.",
        N,
        N,
    ),
    Line(
        "The self-checkout charged me twice.",
        "Sorry about that! If you pop back to the customer service desk with your "
        "receipt, they'll refund the second charge straight away.",
        Y,
        N,
    ),
    Line(
        "Is the pool open today?",
        "It's closed for cleaning until 2pm, then open as normal.",
        N,
        N,
    ),
    Line(
        "My tenancy deposit hasn't been returned.",
        "I'm sorry, let me check. It looks like the landlord hasn't approved it yet.",
        N,
        N,
    ),
    Line(
        "That's not fair, it's been a month.",
        "I agree it's taking too long. I'll chase the landlord today, and if there's no "
        "reply by Friday you can raise a free dispute with the deposit scheme.",
        Y,
        N,
    ),
    Line(
        "I can't log in to pay my bill.",
        "Sorry about that! You can also pay over the phone on our automated line, any time of day.",
        Y,
        N,
    ),
    Line(
        "The paint colour doesn't match the tester.",
        "I'm sorry. Tester pots can look different on a small patch. We can remix the "
        "paint for you if you bring the tin back with your receipt.",
        Y,
        N,
    ),
    Line(
        "How much does a new key fob cost?",
        "New key fobs are £25 each.",
        N,
        N,
    ),
    Line(
        "That's a lot.",
        "I know. If you've still got the old one, we can reprogram it for £10 instead.",
        Y,
        N,
    ),
    Line(
        "My heating keeps switching off at night.",
        "That sounds like the timer settings. Would it be alright if I walked you through "
        "checking them now?",
        Y,
        Y,
    ),
    Line(
        "I got the wrong size trainers.",
        "Sorry about that! Would you like a different size, or a refund?",
        Y,
        Y,
    ),
    Line(
        "A size 9 please.",
        "Perfect. I'll send the 9s today, and here's a returns label for the 8s. Sound good?",
        Y,
        Y,
    ),
    Line(
        "The pharmacy is out of my inhaler.",
        "I'm sorry. Our branch on King Street has it in stock, and I can transfer your "
        "prescription there now. Would that help?",
        Y,
        Y,
    ),
    Line(
        "I don't understand my payslip.",
        "No problem, let's go through it together. Which part is confusing?",
        N,
        N,
    ),
    Line(
        "My mobile bill has a charge for a premium text.",
        "Those come from subscription services. I can block premium texts on your number "
        "so it can't happen again, and I'll refund this one.",
        Y,
        N,
    ),
    Line(
        "I was told I'd get a callback.",
        "I'm sorry you haven't had one. I can see a note on your account, but no call was made.",
        N,
        N,
    ),
    Line(
        "Can I bring my dog into the hotel?",
        "Yes, dogs are welcome in our ground-floor rooms for £15 a night.",
        N,
        N,
    ),
    Line(
        "The dishwasher leaves everything wet.",
        "Is the rinse aid compartment empty, by any chance?",
        N,
        N,
    ),
    Line(
        "Yes, it is.",
        "That'll be it. Topping up the rinse aid should give you much drier dishes.",
        Y,
        N,
    ),
    Line(
        "I was charged a fee for paying late, but I was in hospital.",
        "I'm so sorry you've been unwell. Given the circumstances, I'll remove the late fee.",
        Y,
        N,
    ),
    Line(
        "Thank you so much.",
        "It's the least we can do. Take care of yourself.",
        N,
        N,
    ),
    Line(
        "My internet's been down since this morning.",
        "There's an outage affecting your area. Our engineers are working on it and "
        "expect it to be back by 4pm.",
        N,
        N,
    ),
    Line(
        "I work from home, I need it now.",
        "I understand. We can send you a 4G dongle today so you can get online in the "
        "meantime. Would that help?",
        Y,
        Y,
    ),
    Line(
        "My new glasses give me a headache.",
        "Sometimes it takes a few days to adjust. If it's still the same after a week, "
        "come back and we'll recheck the prescription for free.",
        Y,
        N,
    ),
    Line(
        "Can I speak to someone in person?",
        "Of course, our branch on the high street is open until 5. Would you like me to "
        "book you an appointment?",
        Y,
        Y,
    ),
    Line(
        "No, I'll just walk in.",
        "No problem at all. Have a good afternoon.",
        N,
        N,
    ),
]


def _f1(behaviour: str, lines: list[Line]) -> tuple[float, list[str]]:
    """F1 of the positive class over `lines`, and the lines the detector got wrong."""
    tp = fp = fn = 0
    wrong: list[str] = []
    for line in lines:
        expected = line.offers if behaviour == "offers_solution" else line.agrees
        got = bool(detect(line.text, line.context, behaviours=[behaviour]))
        tp += got and expected
        fp += got and not expected
        fn += expected and not got
        if got != expected:
            wrong.append(line.text)
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), wrong


SETS = {
    "fresh": FRESH,
    "blind": BLIND,
    "round2": ROUND2,
    "round3": ROUND3,
    "round4": ROUND4,
    "heldout": HELDOUT,
}


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_both_classes_of_each_behaviour(name: str) -> None:
    lines = SETS[name]
    for positives in (sum(line.offers for line in lines), sum(line.agrees for line in lines)):
        assert len(lines) // 5 <= positives <= len(lines) - len(lines) // 5
    assert len({line.text for line in lines}) == len(lines)


def test_no_line_is_in_two_sets() -> None:
    texts = [line.text for lines in SETS.values() for line in lines]
    assert len(set(texts)) == len(texts)


# Floors a little under today's figures (offers / agreement: FRESH 1.000 / 1.000, BLIND
# 0.857 / 0.889, ROUND2 0.897 / 1.000, ROUND3 0.949 / 0.966, ROUND4 0.984 / 0.933): a
# rule that only fits the development data, or that loosens a look-alike, shows here as a
# drop. HELDOUT (0.786 / 0.833) has a wider margin: nothing was fitted to it.
@pytest.mark.parametrize(
    ("behaviour", "name", "floor"),
    [
        ("offers_solution", "fresh", 0.95),
        ("gains_agreement", "fresh", 0.95),
        ("offers_solution", "blind", 0.80),
        ("gains_agreement", "blind", 0.85),
        ("offers_solution", "round2", 0.85),
        ("gains_agreement", "round2", 0.90),
        ("offers_solution", "round3", 0.90),
        ("gains_agreement", "round3", 0.90),
        ("offers_solution", "round4", 0.90),
        ("gains_agreement", "round4", 0.90),
        ("offers_solution", "heldout", 0.74),
        ("gains_agreement", "heldout", 0.78),
    ],
)
def test_detectors_hold_up_on_service_lines_written_apart_from_the_data(
    behaviour: str, name: str, floor: float
) -> None:
    f1, wrong = _f1(behaviour, SETS[name])
    assert f1 >= floor, f"{behaviour} on {name}: F1 {f1:.3f} < {floor}; wrong: {wrong}"
