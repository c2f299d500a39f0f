"""`offers_solution` and `gains_agreement`: a sixth round of lines written apart from the
data and from the earlier rounds (`test_offers_agreement_fresh.py` to `…_fresh5.py`).

Every line was written for this file, in the author's own words, with the customer's
previous turn as context, and both labels were decided before the detectors were run on
it. The registers are the ones the earlier rounds used least: support e-mail, field-service
scheduling, banking, telecoms and software forums (a peer's reply counts as the helper's
turn). What counts is what the earlier rounds count: an offer puts a remedy, a step or a
choice on the table (also a step said as an instruction, what fixed it for someone else,
a colleague the agent has asked to act); agreement asks the customer to accept or choose
a step. Neither: fact-finding, explanations, status ("that's booked in", "a fix is
scheduled", "I'll update this thread"), a policy, a hand-off, a check of a fact after an
offer ("is … still the best number?").

Figures are F1, offers / agreement; "start" is the rules of 60b6932, this session's start.

- `BLOCK_A` (58 lines): first read 0.892 / 0.914 (P 0.935 R 0.853 and P 0.941 R 0.889),
  exactly the start rules' read. Errors by kind: a code to text ("text PAC to 65075"),
  a peer's remedy with its result in the past ("rolling back to 4.1.3 fixed it for me"),
  a chain of on-screen steps ("Open Device Manager, find…, and… untick…"), a remedy asked
  as a yes/no question ("does importing it with UTF-8… sort it out?"), a colleague named
  with a team ("a colleague from the billing team to ring you"); agreement: "…, if that's
  any use?", "would it help to go through them together?". Look-alikes read as offers or
  checks: a fix under way ("a fix is scheduled for…"), an update of a forum thread
  promised, and a step's result that "will tell us whether…" (a diagnosis, not a request
  to reply). Fixed by those classes: 1.000 / 1.000. The development split and the earlier
  rounds' 2,025 lines read as before (dev 0.632 / 0.702). One negative line, read right,
  was reworded afterwards because an earlier test held it word for word.
- `BLOCK_B` (56 lines: the same registers with utilities, insurance, airlines, retail chat
  and an IT help desk), written after those fixes: first read 0.931 / 0.933 (P 1.000
  R 0.871 and P 1.000 R 0.875), exactly the start rules' read: block A's classes were not
  needed by it, and its misses were wording of its own again. Errors by kind: agent
  actions the verb family lacked ("we'll take a final reading", "I can stay on the line
  while you do it"), the on-screen chain with a second verb the class lacked ("Open
  Credential Manager, remove…"), an alternative pointed to "in the meantime" ("the one by
  the kitchen is working"); agreement: a proposal closed by the customer's wish ("…, if
  you like?", "…, if you'd rather not wait?", "…, if that helps?"). Fixed by those classes
  (the verb family, the chain's verbs, the two frames): 1.000 / 1.000, the development
  split and the earlier rounds as before. One negative line ("Yes, 10 till 4.") was
  reworded before the read, an earlier round holding it word for word.
- `BLOCK_C` (50 lines, the same registers), written after the last change and read once,
  never for errors: 0.920 / 1.000 (P 1.000 R 0.852 and P 1.000 R 1.000), exactly the
  start rules' read. The honest figure for the rules as they stand: precision held at
  1.000 on all three first reads, recall on offers (0.85-0.87) is where new wording
  costs. Keep it unread and write a new set to measure the next round.
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
from .test_offers_agreement_fresh5 import SETS as FIFTH_ROUND

Y, N = True, False

#: E-mail support, field-service scheduling, banking, telecoms and software forums,
#: labelled before any detector read them.
BLOCK_A: list[Line] = [
    Line(
        "I was charged twice for my subscription this month.",
        "Thanks for flagging this. I've looked into your account and can confirm the duplicate "
        "charge; I'm able to refund it to your original payment method, which usually takes 3-5 "
        "working days. Please reply to confirm you'd like me to proceed.",
        Y,
        Y,
    ),
    Line(
        "Can I get an invoice with my company name on it?",
        "Of course. You can add your company details under Billing > Invoice settings, and every "
        "future invoice will carry them.",
        Y,
        N,
    ),
    Line(
        "My export keeps failing.",
        "Could you let us know which browser and version you're using when the export fails?",
        N,
        N,
    ),
    Line(
        "The discount code didn't apply at checkout.",
        "Unfortunately that code expired on the 31st, which is why it was rejected.",
        N,
        N,
    ),
    Line(
        "The discount code didn't work and I've already paid.",
        "As a gesture of goodwill, we'd be happy to apply a 15% credit to your next renewal "
        "instead. Would that be acceptable?",
        Y,
        Y,
    ),
    Line(
        "I never got the password reset email.",
        "It may have landed in your spam or promotions folder; if it isn't there, I can trigger a "
        "fresh one from our side.",
        Y,
        N,
    ),
    Line(
        "When will the bug be fixed?",
        "Our engineers have identified the cause and a fix is scheduled for next Tuesday's "
        "release.",
        N,
        N,
    ),
    Line(
        "I want to cancel.",
        "I'm sorry to see you go. Before you decide, would pausing your plan for up to three "
        "months suit you better?",
        Y,
        Y,
    ),
    Line(
        "My boiler's stopped working.",
        "I can get an engineer out to you on Thursday between 8 and 12, or Friday afternoon. Which"
        " would suit you best?",
        Y,
        Y,
    ),
    Line(
        "Thursday morning works.",
        "Lovely, that's booked in. The engineer will ring about thirty minutes before arriving.",
        N,
        N,
    ),
    Line(
        "Can the technician come after 5?",
        "Our technicians finish at 5, but we do have a Saturday slot from 9 till 1 if that's any "
        "use?",
        Y,
        Y,
    ),
    Line(
        "Nobody turned up for my installation.",
        "I'm really sorry about that. I'd like to rebook you as a priority for tomorrow morning; "
        "could you be in between 8 and 12?",
        Y,
        Y,
    ),
    Line(
        "The fitter's running late again.",
        "He's about twenty minutes away now, stuck in traffic on the ring road.",
        N,
        N,
    ),
    Line(
        "Can I change my appointment?",
        "Yes, no problem. Shall I move you to the same time next Wednesday?",
        Y,
        Y,
    ),
    Line(
        "The washing machine repair didn't last.",
        "That shouldn't happen within the guarantee period. We'll send the same engineer back free"
        " of charge; does Monday morning work for you?",
        Y,
        Y,
    ),
    Line(
        "How long will the survey take?",
        "Normally about an hour, depending on the size of the property.",
        N,
        N,
    ),
    Line(
        "I think my card's been cloned.",
        "I've frozen the card for now so nothing else can go out. I can order you a replacement "
        "with a new number, and we'll look into the transactions you don't recognise.",
        Y,
        N,
    ),
    Line(
        "There's a payment I don't recognise.",
        "Can you tell me the amount and the date it left your account?",
        N,
        N,
    ),
    Line(
        "I'm struggling to make my loan payments.",
        "Thank you for telling us. There are a few options, such as a payment holiday or "
        "stretching the term to lower the monthly amount. Would it help to go through them "
        "together?",
        Y,
        Y,
    ),
    Line(
        "Why was my transfer blocked?",
        "It was stopped by our fraud checks because the payee was new and the amount was unusually"
        " large.",
        N,
        N,
    ),
    Line(
        "Can I increase my overdraft?",
        "You can apply for a higher limit in the app under Borrowing; it takes about five minutes "
        "and you'll get a decision straight away.",
        Y,
        N,
    ),
    Line(
        "The branch closed and I can't pay in cheques.",
        "You can pay cheques in at any Post Office counter, or by taking a photo of them in our "
        "app.",
        Y,
        N,
    ),
    Line(
        "I want to move my savings somewhere better.",
        "Our fixed-rate bond pays 4.1% if you can leave the money for a year. Is that something "
        "you'd want me to set up?",
        Y,
        Y,
    ),
    Line(
        "My mortgage deal ends in March.",
        "Your current rate ends on 31 March, after which you'd move onto our standard variable "
        "rate.",
        N,
        N,
    ),
    Line(
        "My broadband is really slow in the evenings.",
        "Try plugging your laptop straight into the router with a cable and running a speed test; "
        "that'll tell us whether it's the wifi or the line.",
        Y,
        N,
    ),
    Line(
        "I'm going abroad next week.",
        "You can add our Travel Pass for £2.50 a day, which lets you use your allowance as you "
        "would at home. Want me to pop it on for the dates you're away?",
        Y,
        Y,
    ),
    Line(
        "My bill has gone up.",
        "The increase is the annual price rise set out in your contract, which applied from April.",
        N,
        N,
    ),
    Line(
        "My bill has gone up a lot this year.",
        "I can see you're out of contract, so I could move you onto a 24-month plan that would "
        "bring it down to £28 a month. How does that sound?",
        Y,
        Y,
    ),
    Line(
        "No signal at my house.",
        "There's a mast upgrade in your area at the moment, which is affecting coverage until "
        "Friday.",
        N,
        N,
    ),
    Line(
        "No signal at home at all, I can't make calls.",
        "In the meantime, turning on wifi calling in your phone settings should let you make calls"
        " over your broadband.",
        Y,
        N,
    ),
    Line(
        "Can I keep my number if I leave?",
        "Yes, just text PAC to 65075 and you'll get your code within a minute.",
        Y,
        N,
    ),
    Line(
        "I'd like to upgrade my phone.",
        "Great! Are you after an iPhone or Android?",
        N,
        N,
    ),
    Line(
        "The app crashes every time I open a PDF.",
        "Same issue here on 4.2. Rolling back to 4.1.3 fixed it for me until they patch it.",
        Y,
        N,
    ),
    Line(
        "How do I stop the laptop waking from sleep?",
        "Open Device Manager, find your network adapter, and under Power Management untick 'Allow "
        "this device to wake the computer'.",
        Y,
        N,
    ),
    Line(
        "Script fails with a permissions error.",
        "Did you run it from an elevated prompt?",
        N,
        N,
    ),
    Line(
        "Build fails after upgrading Node.",
        "You could pin Node to 18 in your .nvmrc for now, or bump the package to 3.x which "
        "supports 20. Which would you rather do?",
        Y,
        Y,
    ),
    Line(
        "Is there a dark mode?",
        "Not yet, but it's on the roadmap for later this year.",
        N,
        N,
    ),
    Line(
        "Sync stopped working after the update.",
        "This is a known issue and the team is working on it; I'll update this thread when there's"
        " news.",
        N,
        N,
    ),
    Line(
        "The plugin won't install on Windows.",
        "If you download the zip manually and drop it into the plugins folder, it'll pick it up on"
        " the next restart.",
        Y,
        N,
    ),
    Line(
        "Exported CSV has garbled characters.",
        "That's an encoding thing. Does importing it with UTF-8 selected in Excel sort it out?",
        Y,
        N,
    ),
    Line(
        "Could someone call me instead of emailing?",
        "Absolutely. I've asked a colleague from the billing team to ring you tomorrow morning; is"
        " 0161 496 0000 still the best number?",
        Y,
        N,
    ),
    Line(
        "I've been on hold for an hour.",
        "I'm sorry about the wait today, we've had very high call volumes since the outage.",
        N,
        N,
    ),
    Line(
        "Can you waive the late fee?",
        "I'm afraid I'm not able to remove the fee as the payment was over 14 days late.",
        N,
        N,
    ),
    Line(
        "Can you waive the late fee? It's the first time it's happened.",
        "As it's the first time, I can take the fee off as a one-off. Shall I do that now?",
        Y,
        Y,
    ),
    Line(
        "The engineer said he'd be back but hasn't.",
        "Let me check with the field team and get back to you by 3pm today.",
        N,
        N,
    ),
    Line(
        "Our office phones are down.",
        "Could you try restarting the phone system's main unit, the black box in the comms "
        "cupboard, and tell me what lights come on?",
        Y,
        N,
    ),
    Line(
        "Could I get a paper statement?",
        "We can post paper statements monthly for free. Would you like me to switch that on for "
        "your current account?",
        Y,
        Y,
    ),
    Line(
        "My card keeps getting declined online.",
        "Is the billing address on the site exactly as it is on your bank statement?",
        N,
        N,
    ),
    Line(
        "I want to complain about the engineer.",
        "I'm sorry to hear that. Could you tell me what happened during the visit?",
        N,
        N,
    ),
    Line(
        "Your app keeps logging me out.",
        "A workaround that works for most people is turning off 'Optimise battery usage' for our "
        "app in Android settings.",
        Y,
        N,
    ),
    Line(
        "I need the repair done before Christmas.",
        "The first date we have is 19 December, first thing. Do you want me to hold it for you?",
        Y,
        Y,
    ),
    Line(
        "Ok, the 19th is fine.",
        "Perfect, you're all set for the 19th. You'll get a text reminder the day before.",
        N,
        N,
    ),
    Line(
        "Can I pay by bank transfer?",
        "Yes, our bank details are on page two of the invoice; just use the invoice number as the "
        "reference.",
        Y,
        N,
    ),
    Line(
        "Roaming charges are huge.",
        "I can see those were from when you were in Switzerland, which isn't in our roaming zone.",
        N,
        N,
    ),
    Line(
        "Roaming charges are huge on my bill.",
        "What I can do is refund half of them as a goodwill gesture and add Switzerland to your "
        "travel bundle. Would that be fair?",
        Y,
        Y,
    ),
    Line(
        "I'd like to speak to a manager.",
        "Bear with me, I'll transfer you to my team leader now.",
        N,
        N,
    ),
    Line(
        "My direct debit failed.",
        "It looks like the bank rejected it because the account details didn't match.",
        N,
        N,
    ),
    Line(
        "Can I split my bill payment?",
        "We can set up a payment plan over three months. Would paying on the 1st of each month "
        "work, or is another date better?",
        Y,
        Y,
    ),
]

#: Written after BLOCK_A's fixes, labelled before any detector read it: the same
#: registers with utilities, insurance, airlines, retail chat and an IT help desk.
BLOCK_B: list[Line] = [
    Line(
        "My parcel says delivered but it isn't here.",
        "Could you check with your neighbours and around the back of the property? If it still "
        "hasn't turned up by tomorrow, I'll send a replacement out.",
        Y,
        N,
    ),
    Line(
        "My parcel says delivered but it's not here.",
        "I can see the driver marked it as left in a safe place at 2:14pm.",
        N,
        N,
    ),
    Line(
        "The heating engineer didn't fix it.",
        "I'm sorry it's still not working. I can book a second visit at no cost; the earliest is "
        "Monday between 1 and 5. Shall I reserve that?",
        Y,
        Y,
    ),
    Line(
        "Can I get a copy of my policy?",
        "You can download it any time from the Documents tab once you're logged in.",
        Y,
        N,
    ),
    Line(
        "Why has my premium gone up?",
        "Premiums are recalculated each year based on claims in your area and the cost of repairs.",
        N,
        N,
    ),
    Line(
        "I can't afford this renewal.",
        "One thing that often brings the price down is raising your voluntary excess to £250. "
        "Would you like me to requote on that basis?",
        Y,
        Y,
    ),
    Line(
        "My flight was cancelled.",
        "I've found seats on the 18:40 via Amsterdam, arriving about three hours later than "
        "planned. Would you like me to confirm those for you?",
        Y,
        Y,
    ),
    Line(
        "My flight was cancelled, what now?",
        "Under the regulations you're entitled to a full refund or rerouting at the earliest "
        "opportunity.",
        Y,
        N,
    ),
    Line(
        "Where is my bag?",
        "It's been traced to Heathrow and is on tonight's flight to Glasgow.",
        N,
        N,
    ),
    Line(
        "My bag got damaged on the flight.",
        "Please keep the bag and take it to the baggage desk within seven days, and they'll assess"
        " it for repair or replacement.",
        Y,
        N,
    ),
    Line(
        "The screen on my laptop flickers.",
        "Does it still flicker if you plug it into an external monitor?",
        N,
        N,
    ),
    Line(
        "The screen on my new laptop flickers.",
        "As it's under a year old, we can either repair it under warranty or swap it for a new one"
        " in store. Which would you prefer?",
        Y,
        Y,
    ),
    Line(
        "My meter reading seems wrong.",
        "If you send us a photo of the meter showing today's reading, we'll correct the bill and "
        "recalculate your direct debit.",
        Y,
        N,
    ),
    Line(
        "My energy bill is too high.",
        "Your usage in January was nearly double December's, which is typical with the cold snap.",
        N,
        N,
    ),
    Line(
        "My direct debit is too high.",
        "I could lower it to £95 a month, though you might end the year with a small balance to "
        "pay. Does that work for you?",
        Y,
        Y,
    ),
    Line(
        "I'm moving house next month.",
        "Congratulations! Just let us know your moving date and new address and we'll take a final"
        " reading on the day.",
        Y,
        N,
    ),
    Line(
        "The printer on floor 3 is jammed again.",
        "I've logged it with facilities; in the meantime the one by the kitchen on floor 2 is "
        "working.",
        Y,
        N,
    ),
    Line(
        "I forgot my password.",
        "Which email address did you sign up with?",
        N,
        N,
    ),
    Line(
        "Outlook keeps asking for my password.",
        "That's usually a cached credential. Open Credential Manager, remove the entries starting "
        "with 'MicrosoftOffice', then restart Outlook.",
        Y,
        N,
    ),
    Line(
        "VPN won't connect from home.",
        "Is anyone else in your household able to connect?",
        N,
        N,
    ),
    Line(
        "VPN won't connect from home since yesterday.",
        "We had a certificate change on Monday, so you'll need to reinstall the client from the "
        "portal. I can stay on the line while you do it if that helps?",
        Y,
        Y,
    ),
    Line(
        "Can I return an opened item?",
        "Yes, as long as it's within 30 days and you have the receipt, you can bring it back to "
        "any branch.",
        Y,
        N,
    ),
    Line(
        "Can I return a sale item?",
        "Sale items can only be exchanged, not refunded.",
        N,
        N,
    ),
    Line(
        "The jacket I ordered is too small.",
        "Not a problem, I can swap it for the next size up and send a free returns label. Do you "
        "want the medium or the large?",
        Y,
        Y,
    ),
    Line(
        "Is the blue one back in stock?",
        "It's due back on the 12th.",
        N,
        N,
    ),
    Line(
        "Is the blue one back in stock yet?",
        "Not until the 12th, but I can put one aside for you as soon as it lands, or the navy is "
        "in stock now if you'd rather not wait?",
        Y,
        Y,
    ),
    Line(
        "I've been charged a fee I don't understand.",
        "That's the £5 paper billing fee, which applies because your account is set to posted "
        "bills.",
        N,
        N,
    ),
    Line(
        "I've been charged a paper billing fee.",
        "If you switch to paperless, the fee stops from your next bill, and I can refund this "
        "month's as a one-off. Want me to do both?",
        Y,
        Y,
    ),
    Line(
        "My internet keeps dropping.",
        "How often is it dropping, and at what times of day?",
        N,
        N,
    ),
    Line(
        "My internet keeps dropping every evening.",
        "I've run a line test and it's showing a fault outside your property. I can book an "
        "Openreach engineer for Thursday; is someone able to be in between 8 and 1?",
        Y,
        Y,
    ),
    Line(
        "Is there a charge for the engineer?",
        "No, as the fault is on our side there's no charge.",
        N,
        N,
    ),
    Line(
        "The app says my card is blocked.",
        "For security reasons I can't unblock it over chat.",
        N,
        N,
    ),
    Line(
        "The app says my card is blocked and I'm abroad.",
        "You can unblock it yourself in the app under Card > Security, or I can have the fraud "
        "team call you on your registered number within the hour.",
        Y,
        N,
    ),
    Line(
        "I want to make a complaint.",
        "I'm sorry to hear that. I'll pass this to our complaints team, who will respond within "
        "five working days.",
        N,
        N,
    ),
    Line(
        "I want to change my tariff.",
        "Which tariff are you on at the moment?",
        N,
        N,
    ),
    Line(
        "Is there a cheaper plan?",
        "There's our Basic plan at £9.99 with 10GB, or Standard at £15 with unlimited data. Which "
        "sounds more like you?",
        Y,
        Y,
    ),
    Line(
        "My order hasn't shipped.",
        "It's been held because the card payment didn't go through.",
        N,
        N,
    ),
    Line(
        "My order hasn't shipped and it's been a week.",
        "The payment didn't clear, so if you update your card in My Account, it'll go out the same"
        " day.",
        Y,
        N,
    ),
    Line(
        "Are you open on Sunday?",
        "Yes, from ten until four on Sundays.",
        N,
        N,
    ),
    Line(
        "My rent payment bounced.",
        "Let's set up a short payment plan so the arrears are cleared over the next two months. "
        "How does £60 a week sound?",
        Y,
        Y,
    ),
    Line(
        "I've had no hot water since Friday.",
        "That's really not acceptable and I'm sorry. I've arranged for an emergency plumber to "
        "attend today and we'll credit three days' charges to your account.",
        Y,
        N,
    ),
    Line(
        "The forum search doesn't find old posts.",
        "You can use Google with site:forum.example.com plus your keywords; it indexes the old "
        "threads better.",
        Y,
        N,
    ),
    Line(
        "Why was my post removed?",
        "It was removed because it included a referral link, which is against rule 4.",
        N,
        N,
    ),
    Line(
        "Excel crashes when I open big files.",
        "Have you got the 32-bit or 64-bit version installed?",
        N,
        N,
    ),
    Line(
        "Excel crashes on big files.",
        "Switching to the 64-bit version usually sorts that out, since the 32-bit one runs out of "
        "memory. Happy to walk you through it if you like?",
        Y,
        Y,
    ),
    Line(
        "Can you waive my overdraft fee?",
        "Looking at your account, I can refund the last two charges. Would that help?",
        Y,
        Y,
    ),
    Line(
        "The lift in my building is broken.",
        "I've reported it to the landlord's maintenance team.",
        N,
        N,
    ),
    Line(
        "I need a new bin.",
        "You can order a replacement bin online for £25 and it'll be delivered within ten working "
        "days.",
        Y,
        N,
    ),
    Line(
        "I need a new bin urgently.",
        "How soon do you need it by?",
        N,
        N,
    ),
    Line(
        "My sim isn't working in my new phone.",
        "Is it a nano sim, and does the phone show 'No SIM' or 'SIM not valid'?",
        N,
        N,
    ),
    Line(
        "My sim isn't working in the new phone.",
        "It sounds like the phone is locked to another network. You can request an unlock code "
        "from them, or we can send you an eSIM instead; which is easier for you?",
        Y,
        Y,
    ),
    Line(
        "Thanks, I'll try the eSIM.",
        "Great, I've emailed the QR code; it should activate within ten minutes of scanning.",
        N,
        N,
    ),
    Line(
        "My online banking is locked.",
        "You'll need to call our security team on 0345 600 0000, as we can't unlock it via chat.",
        N,
        N,
    ),
    Line(
        "Can I pay off my loan early?",
        "Yes, and there's no early repayment fee; I can send you a settlement figure valid for 28 "
        "days. Would you like that by email or post?",
        Y,
        Y,
    ),
    Line(
        "I got a parking fine at your car park but I was a customer.",
        "If you send us your receipt from that day, we'll ask the operator to cancel the charge.",
        Y,
        N,
    ),
    Line(
        "How long will the refund take?",
        "Three to five working days once it's processed.",
        N,
        N,
    ),
]

#: Written after BLOCK_B's fixes and read once, never for errors: the round's honest
#: estimate for new wording in the same registers.
BLOCK_C: list[Line] = [
    Line(
        "My washing machine is leaking.",
        "I can send a technician on Wednesday morning or Thursday afternoon; which is better for "
        "you?",
        Y,
        Y,
    ),
    Line(
        "My washing machine is leaking from the door.",
        "Is the leak coming from the bottom of the door seal or the detergent drawer?",
        N,
        N,
    ),
    Line(
        "The door seal has a tear in it.",
        "That's a common wear part, and it isn't covered after the first year.",
        N,
        N,
    ),
    Line(
        "The door seal is torn.",
        "We can post a new seal out to you for £18, and it clips in without tools. Would you like "
        "to order one?",
        Y,
        Y,
    ),
    Line(
        "When is the engineer coming?",
        "She's booked for tomorrow between 10 and 2, and she'll text when she's on her way.",
        N,
        N,
    ),
    Line(
        "I need to cancel the engineer visit.",
        "No problem, I've cancelled it for you and you won't be charged.",
        N,
        N,
    ),
    Line(
        "I can't log into online banking.",
        "You can reset your passcode from the login screen by tapping 'Forgotten details' and "
        "following the steps.",
        Y,
        N,
    ),
    Line(
        "A direct debit came out twice.",
        "Under the Direct Debit Guarantee you're entitled to an immediate refund from us, so I'll "
        "credit the second payment back today.",
        Y,
        N,
    ),
    Line(
        "I want to open a joint account.",
        "Both of you will need photo ID and proof of address, and you can apply together in the "
        "app.",
        Y,
        N,
    ),
    Line(
        "Why was I charged interest?",
        "Interest was charged because the balance wasn't cleared by the statement date.",
        N,
        N,
    ),
    Line(
        "Can you stop the interest?",
        "I'm not able to remove interest that's been correctly applied.",
        N,
        N,
    ),
    Line(
        "I'm worried about my credit card debt.",
        "We have a free money guidance service; I could book you a call with one of the advisers "
        "this week. Would that be useful?",
        Y,
        Y,
    ),
    Line(
        "My phone contract ends next week.",
        "Your contract ends on the 14th, after which you'll roll onto a monthly rolling plan.",
        N,
        N,
    ),
    Line(
        "My phone contract ends next week, what are my options?",
        "You can keep your phone and go SIM-only from £10 a month, or upgrade to a new handset. "
        "Which way are you leaning?",
        Y,
        Y,
    ),
    Line(
        "My mobile data isn't working.",
        "Toggle airplane mode on and off, then give it a minute to reconnect.",
        Y,
        N,
    ),
    Line(
        "Data still not working.",
        "Which network name shows at the top of your screen?",
        N,
        N,
    ),
    Line(
        "My bill shows calls I didn't make.",
        "Those are to a premium-rate number from the 3rd; I'll raise a dispute and put a bar on "
        "premium numbers so it can't happen again. Is that okay?",
        Y,
        Y,
    ),
    Line(
        "The forum app keeps crashing on Android 14.",
        "Clearing the app's storage in Settings > Apps usually fixes that one.",
        Y,
        N,
    ),
    Line(
        "Can I export my notes?",
        "Not at the moment, it's a feature we're looking at.",
        N,
        N,
    ),
    Line(
        "Can I export my notes as PDF?",
        "Yes: File > Export > PDF, then pick which notebooks to include.",
        Y,
        N,
    ),
    Line(
        "The sync option is greyed out.",
        "That's because your workspace admin has turned it off.",
        N,
        N,
    ),
    Line(
        "The sync option is greyed out for me.",
        "Ask your workspace admin to enable it under Admin > Policies, or I can send them a note "
        "if you'd like?",
        Y,
        Y,
    ),
    Line(
        "Is this a known bug?",
        "Yes, it's logged as issue #4821 and marked for the next minor release.",
        N,
        N,
    ),
    Line(
        "Our internet at the office is down.",
        "I can see an outage affecting your exchange; engineers are on site and expect it back by "
        "3pm.",
        N,
        N,
    ),
    Line(
        "Our office internet is down and we have a deadline.",
        "While the outage is fixed, we can send you a 4G backup router by courier this afternoon; "
        "shall I arrange it?",
        Y,
        Y,
    ),
    Line(
        "My new card hasn't arrived.",
        "It was posted on Monday, so it should be with you by Friday.",
        N,
        N,
    ),
    Line(
        "My new card still hasn't arrived after two weeks.",
        "I'll cancel that one and order a replacement to your branch, where you can collect it "
        "tomorrow.",
        Y,
        N,
    ),
    Line(
        "I'd like to reduce my monthly payments.",
        "Extending the loan by twelve months would bring it down to about £140. Shall I draw up "
        "the new terms for you to look at?",
        Y,
        Y,
    ),
    Line(
        "Are your stores open on bank holidays?",
        "Most of them are, with shorter hours.",
        N,
        N,
    ),
    Line(
        "The app won't let me upload my receipt.",
        "What file type is the receipt saved as?",
        N,
        N,
    ),
    Line(
        "The app won't upload my receipt.",
        "If it's a HEIC photo, saving it as a JPEG first should let it through.",
        Y,
        N,
    ),
    Line(
        "I've been waiting for a callback for three days.",
        "I'm sorry, that's far too long. I've put a priority flag on your case and a senior "
        "adviser will ring you before 5 today.",
        Y,
        N,
    ),
    Line(
        "I was promised a callback.",
        "The notes show a callback was requested on Tuesday.",
        N,
        N,
    ),
    Line(
        "The router you sent is faulty.",
        "Sorry about that. We'll send a replacement by next-day delivery with a prepaid bag for "
        "the old one. Does that work?",
        Y,
        Y,
    ),
    Line(
        "The router light is flashing orange.",
        "Orange means it's lost the connection to the exchange.",
        N,
        N,
    ),
    Line(
        "Can I pause my gym membership?",
        "You can freeze it for up to three months for £5 a month. Do you want me to start the "
        "freeze from the 1st?",
        Y,
        Y,
    ),
    Line(
        "Can I pause my membership?",
        "Freezes are only available on annual plans.",
        N,
        N,
    ),
    Line(
        "My boiler pressure keeps dropping.",
        "Top it back up to 1.5 bar using the filling loop under the boiler, and if it drops again "
        "within a day, we'll send someone to look for a leak.",
        Y,
        N,
    ),
    Line(
        "My boiler pressure keeps dropping every day.",
        "How far does it drop, and over how long?",
        N,
        N,
    ),
    Line(
        "I got charged for a subscription I cancelled.",
        "I can see the cancellation went through after the renewal date, so I'll refund the full "
        "amount as a one-off. Would you prefer it to your card or as account credit?",
        Y,
        Y,
    ),
    Line(
        "The hotel WiFi is terrible.",
        "We're aware and the provider is working on it.",
        N,
        N,
    ),
    Line(
        "The hotel WiFi is terrible in my room.",
        "The signal is much stronger in the lounge and the business centre, and I can move you to "
        "a room nearer the router tonight if you like.",
        Y,
        N,
    ),
    Line(
        "How do I add a user?",
        "Go to Team > Members, click Invite and enter their email address.",
        Y,
        N,
    ),
    Line(
        "I added a user but they got no email.",
        "Can you check their spam folder and tell me if it's there?",
        Y,
        N,
    ),
    Line(
        "I've locked myself out of my account.",
        "For your security, I'll need to ask a few questions before we go any further.",
        N,
        N,
    ),
    Line(
        "My pension statement is wrong.",
        "Could you tell me which figure looks wrong to you?",
        N,
        N,
    ),
    Line(
        "My pension statement has the wrong salary.",
        "If you send a copy of your latest payslip, we'll correct the record and reissue the "
        "statement within ten days.",
        Y,
        N,
    ),
    Line(
        "The self-checkout overcharged me.",
        "Bring the receipt to the customer desk and they'll refund the difference straight away.",
        Y,
        N,
    ),
    Line(
        "Thanks, that's all sorted.",
        "Great, glad we got there in the end!",
        N,
        N,
    ),
    Line(
        "Could I get a later delivery slot?",
        "We have 6 till 8 or 8 till 10 tonight; any preference?",
        Y,
        Y,
    ),
]

SETS = {"block_a": BLOCK_A, "block_b": BLOCK_B, "block_c": BLOCK_C}


def test_the_block_holds_both_classes_and_no_line_seen_before() -> None:
    assert_new_and_balanced(SETS, FIRST_ROUND, SECOND_ROUND, THIRD_ROUND, FOURTH_ROUND, FIFTH_ROUND)


# Floors a little under today's figures: blocks A and B 1.000 / 1.000, read for errors;
# block C (0.920 / 1.000), unread, has a wider margin.
FLOORS = {
    ("offers_solution", "block_a"): 0.95,
    ("gains_agreement", "block_a"): 0.95,
    ("offers_solution", "block_b"): 0.95,
    ("gains_agreement", "block_b"): 0.95,
    ("offers_solution", "block_c"): 0.88,
    ("gains_agreement", "block_c"): 0.95,
}


@pytest.mark.parametrize(("behaviour", "name"), FLOORS)
def test_detectors_hold_up_on_a_sixth_round_of_lines(behaviour: str, name: str) -> None:
    scores = scores_on(behaviour, SETS[name])
    assert scores.f1 >= FLOORS[behaviour, name], f"{behaviour} on {name}: {scores.summary()}"


# One line for each class this round added and each look-alike it learned to leave
# alone, (behaviour, line, found?); the session's starting rules read each one wrong but
# the last, which guards the wish-closed frame against a closer.
CLASSES = [
    ("offers_solution", "Text CANCEL to 80160 to stop the reminders.", True),
    ("offers_solution", "Reverting the graphics driver fixed it for me.", True),
    ("offers_solution", "Find the wifi icon, right-click it and pick Troubleshoot.", True),
    ("offers_solution", "Would clearing your browser cookies sort it out?", True),
    ("offers_solution", "I've asked a fitter from our Leeds depot to call you tomorrow.", True),
    ("offers_solution", "A fix is planned for the next update.", False),
    ("offers_solution", "We'll update this thread as soon as we hear back.", False),
    ("gains_agreement", "There's a cancellation at 4 today if that's any good?", True),
    ("gains_agreement", "I can help with the letter. Would it help to draft it together?", True),
    (
        "gains_agreement",
        "Swap the cable over; that'll tell us whether the port is faulty.",
        False,
    ),
    # Block B.
    ("offers_solution", "I can stay on the line while you restart it.", True),
    ("offers_solution", "We'll take a final meter reading on your moving day.", True),
    ("offers_solution", "Open Settings, clear the cache, then reopen the app.", True),
    ("offers_solution", "In the meantime, the branch on King Street is open until 8.", True),
    ("gains_agreement", "There's also a slot at 9, if you'd prefer?", True),
    ("gains_agreement", "Let me know if you want anything else?", False),
]


@pytest.mark.parametrize(("behaviour", "text", "found"), CLASSES)
def test_classes_and_their_look_alikes(behaviour: str, text: str, found: bool) -> None:
    read = detect(text, "It's still not working.", behaviours=[behaviour])
    assert bool(read) is found, read
