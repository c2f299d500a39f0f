"""`offers_solution` and `gains_agreement`: a seventh round, one block per behaviour.

Written on 2026-11-24 (session 19) for this file, in the author's own words, apart from
the data and from the six earlier rounds; every line has the customer's or client's
previous turn as context, and both labels of every line were decided and written down
before any detector read it. Registers: service chats and e-mails (retail, energy,
banking, telecoms, travel, insurance), helplines, care services and coaching.

What counts, decided first from 30 development positives of each behaviour (AnnoMI's
"advice / options" and "negotiation"), read for their meaning and not tuned to: an offer
puts a way forward on the table (a concrete remedy, options to choose from, advice with a
step, a suggestion asked as a question, "what I can do is…", "one option would be…",
"have you tried…?"); agreement asks the other person to accept, choose or approve a plan
or option ("does that work for you?", "would you be happy with…", "shall I go ahead?",
"how does that sound?", "which suits you better?", "could we agree…"). Neither: questions
about what they tried, their own plan said back to them, a policy with no way round it,
a promise to look into it, information alone; closed questions about facts, requests for
details, and "does that make sense?" after an explanation, which the development labels
do not count (their negotiation is about a plan, not a check of understanding).

- `OFFERS` (60 lines, 30 / 30 for `offers_solution`) and `AGREEMENT` (60 lines, 30 / 30
  for `gains_agreement`), each scored on its own behaviour. First read, with the rules as
  they stood at fd5da55: offers F1 0.897 (P 0.929 R 0.867), agreement F1 0.947
  (P 1.000 R 0.900). One negative line ("Is there anything … today?") was reworded
  before the read, an earlier round holding it word for word.
- Errors by kind. Offers missed: money put back with a word between ("put the second
  payment back"), a desk the agent has spoken to and what "they can" do, "you can either
  … or …", a hedged step whose verb takes a comparative ("maybe start smaller"); read as
  offers: finding out ("we'll investigate this with the courier", raising it with a team
  "to see what went wrong"). Agreement missed: "what would you think about <a step>?"
  (a list of step verbs: the frame around any -ing verb also took a form of words offered
  to rehearse, which is not a plan, and added a false positive on the development split),
  "can I confirm that for you?" after an offer, and how the person
  the plan is for would feel about it ("how would your dad feel about that?", only after
  an offer, which needed "move his / their …" in the agent's actions).
- After those kinds: 1.000 / 1.000. The development split unchanged, row for row, beside
  the same code for the other behaviours: offers 0.6325 (P 0.6491 R 0.6167) with it as
  committed, 0.6379 (P 0.6607) while an uncommitted change to `deflects` was in the
  tree; agreement 0.7018 (P 0.8333 R 0.6061). The six earlier rounds pass their floors.
- Read across (each line was labelled for both behaviours): `gains_agreement` on
  `OFFERS` fires on no line (all 60 are labelled no); `offers_solution` on `AGREEMENT`
  first 0.862 (P 1.000 R 0.758), 0.881 after the kinds above. Its misses, read next, by
  kind: settling a claim, "I've ordered another…", an alternative "that's free all
  week", "could we agree that you'll…", "I'd start you on…". After those: 0.969
  (P 1.000 R 0.939); left: a plan summed up as "so the plan is…" (too near the client's
  own plan said back to tell apart by wording) and two prices set side by side before
  "which way would you like to go?". Dev again unchanged row for row.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .test_offers_agreement_fresh import SETS as FIRST_ROUND
from .test_offers_agreement_fresh import Line
from .test_offers_agreement_fresh2 import SETS as SECOND_ROUND
from .test_offers_agreement_fresh2 import scores_on
from .test_offers_agreement_fresh3 import SETS as THIRD_ROUND
from .test_offers_agreement_fresh4 import SETS as FOURTH_ROUND
from .test_offers_agreement_fresh5 import SETS as FIFTH_ROUND
from .test_offers_agreement_fresh6 import SETS as SIXTH_ROUND

Y, N = True, False

#: Offers: 30 that put a remedy, a choice, a step or a suggestion on the table, then 30
#: look-alikes (fact-finding about what was tried, the customer's own plan said back, a
#: policy with no way round it, a promise to look into it, information only). Each line
#: is labelled for both behaviours; this block is scored on `offers_solution`.
OFFERS: list[Line] = [
    # A concrete remedy.
    Line(
        "The kettle I got last week leaks from the base.",
        "Sorry about that. What I can do is send you a new kettle today and a free returns "
        "label for the leaky one.",
        Y,
        N,
    ),
    Line(
        "My direct debit went out twice this month.",
        "I've checked and you're right, so I'll put the second payment back into your account "
        "this afternoon.",
        Y,
        N,
    ),
    Line(
        "The hotel room you booked us is next to the lift and we can't sleep.",
        "I've spoken to the front desk and they can move you to a quieter room on the fourth "
        "floor from tonight.",
        Y,
        N,
    ),
    Line(
        "I'm locked out of my online banking again.",
        "I can send a one-time code to your mobile so you can set a new passcode straight away.",
        Y,
        N,
    ),
    Line(
        "The trainers arrived in the wrong size.",
        "No problem, I can swap them for a size 9 and the courier will bring them when they "
        "collect the others.",
        Y,
        N,
    ),
    Line(
        "My train was cancelled and I missed my connection.",
        "Your ticket is valid on the next service, and if that means arriving after midnight "
        "we'll cover a taxi home.",
        Y,
        N,
    ),
    # Options to choose from.
    Line(
        "I can't make the delivery slot on Friday.",
        "One option would be to send it to a parcel locker near you; another is to move the "
        "delivery to Monday.",
        Y,
        N,
    ),
    Line(
        "The sofa colour isn't what I expected from the photos.",
        "You've got a couple of choices here: we can collect it for a full refund, or we can "
        "send fabric samples and re-cover it in a shade you pick.",
        Y,
        N,
    ),
    Line(
        "My phone contract is too expensive now.",
        "There are two ways to bring it down: drop to the 30GB plan, or keep your plan and "
        "remove the insurance add-on.",
        Y,
        N,
    ),
    Line(
        "I can't afford this month's bill in full.",
        "We could split the balance over three months, or move your payment date to after "
        "your payday.",
        Y,
        N,
    ),
    Line(
        "I want to cancel but I've paid for the year.",
        "You can either cancel now and get the unused months back, or pause the membership "
        "until you're ready to use it again.",
        Y,
        N,
    ),
    # Advice with a step.
    Line(
        "The printer keeps saying it's offline.",
        "Have you tried turning the printer off at the wall for thirty seconds and then "
        "printing a test page?",
        Y,
        N,
    ),
    Line(
        "The app crashes every time I open the camera.",
        "Try uninstalling the app, restarting your phone, and then installing it fresh from "
        "the store.",
        Y,
        N,
    ),
    Line(
        "My smart meter display has gone blank.",
        "Press and hold the button on the side for ten seconds; that normally wakes the "
        "screen up again.",
        Y,
        N,
    ),
    Line(
        "I keep getting a payment declined message.",
        "It's worth checking that the billing postcode matches the one your bank has for you, "
        "as that's the most common cause.",
        Y,
        N,
    ),
    Line(
        "The dishwasher leaves a white film on the glasses.",
        "I'd suggest topping up the rinse aid and running an empty hot cycle with a cup of "
        "vinegar on the top rack.",
        Y,
        N,
    ),
    Line(
        "I get so anxious before every team meeting.",
        "Something that helps a lot of people is jotting down the one point you want to make "
        "before you go in.",
        Y,
        N,
    ),
    Line(
        "I can't stop scrolling on my phone at night.",
        "What if you left the phone charging in the kitchen and used an old alarm clock in "
        "the bedroom?",
        Y,
        N,
    ),
    Line(
        "I've tried to cut down on takeaways but Fridays always get me.",
        "Have you thought about cooking a big batch on Thursday so there's something ready "
        "when you get in?",
        Y,
        N,
    ),
    Line(
        "My broadband drops out every evening.",
        "If you can, plug the laptop into the router with a cable for a night; if it stays "
        "up, the problem is the wifi rather than the line.",
        Y,
        N,
    ),
    # "What I can do is…", "one option would be…" and their kin.
    Line(
        "I need the invoice addressed to my company, not me.",
        "What I can do is reissue the invoice with your company name and VAT number on it.",
        Y,
        N,
    ),
    Line(
        "The boiler engineer didn't show up yesterday.",
        "The best I can offer is the first slot tomorrow at 8, and I'll knock the call-out "
        "charge off your bill.",
        Y,
        N,
    ),
    Line(
        "I'm worried about paying the deposit for the new flat.",
        "One thing you could look into is the council's deposit guarantee scheme, which some "
        "landlords accept instead of cash.",
        Y,
        N,
    ),
    Line(
        "My daughter's school shoes split after a month.",
        "Bring them into any of our stores with the receipt and they'll exchange them on the spot.",
        Y,
        N,
    ),
    Line(
        "Your website won't let me change my address.",
        "A quick way round it is to reply to this email with the new address and I'll update "
        "it for you myself.",
        Y,
        N,
    ),
    Line(
        "I can't get through to anyone about my pension.",
        "You might find it easier to use the callback form on our site; the team rings back "
        "within one working day.",
        Y,
        N,
    ),
    Line(
        "My flight home is delayed by six hours.",
        "You can use this code for a meal at any of the airport restaurants while you wait.",
        Y,
        N,
    ),
    Line(
        "I'm finding it hard to keep the food diary going.",
        "Maybe start smaller: just note down what you eat after six in the evening for this week.",
        Y,
        N,
    ),
    Line(
        "The sink in the rental keeps blocking.",
        "I've booked a plumber for Wednesday morning, and in the meantime a kettle of hot "
        "water with washing soda should keep it draining.",
        Y,
        N,
    ),
    Line(
        "I've been charged for a subscription I never signed up for.",
        "I've cancelled it and refunded all three payments, so you should see the money back "
        "within five days.",
        Y,
        N,
    ),
    # Look-alikes: asking what they tried.
    Line(
        "The washing machine won't drain.",
        "What have you tried so far to get it going?",
        N,
        N,
    ),
    Line(
        "The router lights are all flashing orange.",
        "Before I check the line, did you already restart it this morning, or is this the "
        "first time it's happened?",
        N,
        N,
    ),
    Line(
        "I can't log into the portal.",
        "Which browser were you using when the error came up?",
        N,
        N,
    ),
    Line(
        "I've tried everything to stop smoking.",
        "Tell me about the last time you tried to quit; how long did it last?",
        N,
        N,
    ),
    Line(
        "The heating isn't coming on.",
        "When you say it isn't coming on, is the boiler display showing any error code?",
        N,
        N,
    ),
    Line(
        "My card keeps being declined online.",
        "Has it been declined in shops as well, or only on websites?",
        N,
        N,
    ),
    # Look-alikes: the customer's own plan said back to them.
    Line(
        "I think I'll ring the bank tomorrow and cancel the card myself.",
        "So your plan is to ring the bank in the morning and cancel the card yourself.",
        N,
        N,
    ),
    Line(
        "I'm going to walk the kids to school instead of driving, at least twice a week.",
        "You've decided to swap the car for walking on two school runs a week.",
        N,
        N,
    ),
    Line(
        "I'll just send the parcel back by post and wait for the refund.",
        "Right, you'll post it back and wait for the refund to come through.",
        N,
        N,
    ),
    Line(
        "I want to stop drinking during the week and only have a glass on Saturdays.",
        "It sounds like weekdays alcohol-free and one glass on a Saturday is what you've "
        "settled on.",
        N,
        N,
    ),
    Line(
        "I'm going to move my savings to the other bank next month.",
        "You're planning to move your savings over once next month's salary is in.",
        N,
        N,
    ),
    Line(
        "I'll talk to my manager about working from home on Fridays.",
        "So the next step you've chosen is a conversation with your manager about Fridays.",
        N,
        N,
    ),
    # Look-alikes: a policy with no way round it.
    Line(
        "Can I return the earrings? I've worn them once.",
        "I'm afraid pierced jewellery can't be returned once it has been worn, for hygiene "
        "reasons.",
        N,
        N,
    ),
    Line(
        "Can you refund my flight? I just don't want to go any more.",
        "Unfortunately that fare is non-refundable, and the terms don't allow a change of "
        "name either.",
        N,
        N,
    ),
    Line(
        "Can you waive the late fee this once?",
        "Late fees are added automatically by the system, and we're not able to remove them.",
        N,
        N,
    ),
    Line(
        "Why can't I pay in cash at the counter?",
        "All our branches stopped taking cash payments in March.",
        N,
        N,
    ),
    Line(
        "Can my husband collect my prescription?",
        "Controlled medicines can only be handed to the patient named on the prescription.",
        N,
        N,
    ),
    Line(
        "Could you extend my warranty? It ran out last week.",
        "Warranties can't be extended after the end date has passed, I'm sorry.",
        N,
        N,
    ),
    # Look-alikes: a promise to look into it, with no solution.
    Line(
        "My refund still hasn't arrived.",
        "I'll look into what's happened with it and get back to you.",
        N,
        N,
    ),
    Line(
        "The engineer left a hole in my wall.",
        "I've passed your message to the installations manager, who will review it.",
        N,
        N,
    ),
    Line(
        "Nobody has answered my complaint in three weeks.",
        "Let me find out where your complaint has got to.",
        N,
        N,
    ),
    Line(
        "The app charged me in dollars instead of pounds.",
        "That's odd; I'm going to raise it with our payments team to see what went wrong.",
        N,
        N,
    ),
    Line(
        "My order says delivered but it isn't here.",
        "We'll investigate this with the courier and be in touch.",
        N,
        N,
    ),
    Line(
        "I was overcharged on my energy bill.",
        "I've made a note of it on your account so the billing team can check the readings.",
        N,
        N,
    ),
    # Look-alikes: information only.
    Line(
        "Where is my parcel?",
        "Your parcel left our Birmingham depot at 6.40 this morning and is out for delivery.",
        N,
        N,
    ),
    Line(
        "Why is my bill higher this month?",
        "The price per unit went up on the 1st, which is why your bill is about £8 more.",
        N,
        N,
    ),
    Line(
        "How long does a transfer take?",
        "Transfers between UK accounts usually arrive within two hours.",
        N,
        N,
    ),
    Line(
        "Is the shop open on bank holidays?",
        "We're open 10 till 4 on bank holidays.",
        N,
        N,
    ),
    Line(
        "What does this error code E21 mean?",
        "E21 means the machine didn't fill with water in the time it expected.",
        N,
        N,
    ),
    Line(
        "I've been feeling really low since the operation.",
        "A lot of people feel flat for a few weeks after surgery; it's a common part of recovery.",
        N,
        N,
    ),
]

#: Agreement: 30 that ask the customer to accept, choose or approve a plan or option,
#: then 30 look-alikes (closed questions about facts, requests for information, "does
#: that make sense?" after an explanation). Each line is labelled for both behaviours;
#: this block is scored on `gains_agreement`.
AGREEMENT: list[Line] = [
    Line(
        "My new fridge is making a loud buzzing noise.",
        "I can send an engineer on Thursday morning to have a look. Does that work for you?",
        Y,
        Y,
    ),
    Line(
        "I was charged for a delivery that came late.",
        "I'd like to refund the £4.99 delivery charge as a goodwill gesture. Would you be "
        "happy with that?",
        Y,
        Y,
    ),
    Line(
        "I'd like to cancel the old phone line now that I've moved.",
        "I've got everything ready to close the line from Friday. Shall I go ahead?",
        Y,
        Y,
    ),
    Line(
        "I want to get fitter but I hate the gym.",
        "How about a twenty-minute walk at lunchtime on three days this week? How does that sound?",
        Y,
        Y,
    ),
    Line(
        "I can't make the dentist appointment on Monday.",
        "We have Wednesday at 2.15 or Friday at 9. Which of those suits you better?",
        Y,
        Y,
    ),
    Line(
        "The replacement part is the wrong model again.",
        "I'll cancel that order and send the correct part by next-day courier, if that's okay "
        "with you?",
        Y,
        Y,
    ),
    Line(
        "Can I get the pushchair in a different colour?",
        "I can swap it for the grey one at no extra cost. Would you like me to go ahead with "
        "the exchange?",
        Y,
        Y,
    ),
    Line(
        "My energy direct debit seems really high.",
        "Based on your readings I could lower it to £85 a month. Are you happy for me to make "
        "that change?",
        Y,
        Y,
    ),
    Line(
        "I keep forgetting to take my tablets in the morning.",
        "Would you be willing to try keeping them next to your toothbrush for the next fortnight?",
        Y,
        Y,
    ),
    Line(
        "The paint on my car door is peeling after the repair.",
        "We can redo the door at our body shop and give you a courtesy car for the two days. "
        "Is that acceptable?",
        Y,
        Y,
    ),
    Line(
        "I'd rather not wait in all day for the courier.",
        "I can book a two-hour slot between 10 and 12 instead. Would that be better for you?",
        Y,
        Y,
    ),
    Line(
        "The internet is too slow for my son's online classes.",
        "There's a faster package for £3 more a month with no new contract. Do you want me to "
        "upgrade you?",
        Y,
        Y,
    ),
    Line(
        "I've been arguing with my partner about money every week.",
        "What would you think about setting aside half an hour on Sunday evenings to go "
        "through the bills together?",
        Y,
        Y,
    ),
    Line(
        "My hotel booking is for the wrong dates.",
        "I can move the booking to the 14th to the 16th for the same price. Can I confirm "
        "that for you?",
        Y,
        Y,
    ),
    Line(
        "Your guy scratched my floor moving the wardrobe.",
        "We'll pay for a floor specialist to repair the scratch. Is that a fair way to put it "
        "right?",
        Y,
        Y,
    ),
    Line(
        "I need to stop eating late at night.",
        "So the plan is no snacks after 8 and a glass of water instead. Are you comfortable "
        "with that as a starting point?",
        Y,
        Y,
    ),
    Line(
        "I don't want to lose my no-claims discount over this.",
        "We can settle the claim as not-at-fault once the other driver's insurer confirms. "
        "Would that be alright with you?",
        Y,
        Y,
    ),
    Line(
        "I'd like a callback instead of waiting on hold.",
        "I can arrange for an adviser to ring you between 3 and 4 this afternoon. Is that "
        "convenient?",
        Y,
        Y,
    ),
    Line(
        "My father's care visits keep running late.",
        "We could move his morning visit to 9.30 so the carer isn't rushing from the previous "
        "client. How would your dad feel about that?",
        Y,
        Y,
    ),
    Line(
        "I need a new bank card, mine snapped.",
        "I'll order a replacement to your home address and it should arrive in three to five "
        "days. OK to go ahead?",
        Y,
        Y,
    ),
    Line(
        "My laptop screen flickers since the update.",
        "The easiest fix is to roll back the display driver, which I can do remotely now. Do "
        "I have your permission to connect?",
        Y,
        Y,
    ),
    Line(
        "I don't know whether to repair the washing machine or buy a new one.",
        "The repair would be £120 and a new one starts at £299. Which way would you like to go?",
        Y,
        Y,
    ),
    Line(
        "I feel like I never get time for myself.",
        "Could we agree that you'll block out one evening this week just for you, and we'll "
        "see how it went next session?",
        Y,
        Y,
    ),
    Line(
        "The gas bill is in my late mother's name.",
        "I can transfer the account into your name from today's reading. Shall I do that now?",
        Y,
        Y,
    ),
    Line(
        "The fitted wardrobe door won't close properly.",
        "Our fitter can come back on Saturday to adjust the hinges; let me know if you're "
        "happy for him to do that.",
        Y,
        Y,
    ),
    Line(
        "Our holiday villa has no hot water.",
        "There's a villa next door with the same layout that's free all week. Would you be "
        "okay to move across this afternoon?",
        Y,
        Y,
    ),
    Line(
        "I'm not sure I can keep up with the payment plan.",
        "We could lower the instalments to £40 and add two months to the end. Does that feel "
        "manageable?",
        Y,
        Y,
    ),
    Line(
        "Can you take the old mattress away when you deliver?",
        "We can remove it for £20 on the day. Do you want to add that to your order?",
        Y,
        Y,
    ),
    Line(
        "The coach said I should ask you about a training plan.",
        "I'd start you on two short runs and one longer run each week, building up slowly. "
        "Does that sound doable to you?",
        Y,
        Y,
    ),
    Line(
        "My son's school uniform order is missing the jumper.",
        "I'll send the jumper out separately today. If that works for you, I'll close the rest "
        "of the order as complete.",
        Y,
        Y,
    ),
    # Look-alikes: closed questions about facts.
    Line(
        "The heater has stopped working.",
        "Is the light on the front of the heater on or off at the moment?",
        N,
        N,
    ),
    Line(
        "I want to change the delivery address.",
        "Is it still going to 22 Orchard Road at the moment?",
        N,
        N,
    ),
    Line(
        "My tablet won't charge.",
        "Are you using the cable that came in the box?",
        N,
        N,
    ),
    Line(
        "I didn't get the confirmation email.",
        "Did you book using your work address or your personal one?",
        N,
        N,
    ),
    Line(
        "The payment failed twice.",
        "Was it the same card both times?",
        N,
        N,
    ),
    Line(
        "I've been trying to cut back on sugar.",
        "Have you managed to stick to it at the weekends too?",
        N,
        N,
    ),
    Line(
        "The car makes a grinding noise when I brake.",
        "Does it happen every time you brake, or only at low speed?",
        N,
        N,
    ),
    Line(
        "I got a letter saying my account is overdue.",
        "Is the account in your name or your partner's?",
        N,
        N,
    ),
    Line(
        "My glasses prescription feels wrong.",
        "Were they made up at this branch or at one of our others?",
        N,
        N,
    ),
    Line(
        "I've restarted the router like you said.",
        "Great. Is the internet light solid green now?",
        N,
        N,
    ),
    # Look-alikes: asking for information.
    Line(
        "I want to complain about the driver.",
        "Could you tell me the date and roughly the time the delivery came?",
        N,
        N,
    ),
    Line(
        "I need to change my flight.",
        "Can I take your booking reference, please?",
        N,
        N,
    ),
    Line(
        "Something went wrong with my order.",
        "What's the order number, and which item is the problem?",
        N,
        N,
    ),
    Line(
        "My mum is struggling with the stairs now.",
        "How many steps are there up to her bedroom?",
        N,
        N,
    ),
    Line(
        "I'd like to open a savings account.",
        "Roughly how much are you thinking of putting in to start with?",
        N,
        N,
    ),
    Line(
        "My insurance renewal price has gone up a lot.",
        "Could you send me a photo of the renewal letter so I can see the breakdown?",
        N,
        N,
    ),
    Line(
        "I want to get back into running.",
        "When did you last run regularly, and how far were you going then?",
        N,
        N,
    ),
    Line(
        "The bathroom fan is really loud.",
        "Would you be able to send a short video with the sound?",
        N,
        N,
    ),
    Line(
        "I need a copy of my tenancy agreement.",
        "Which email address should I use to send it?",
        N,
        N,
    ),
    Line(
        "The meter reading on my bill looks wrong.",
        "What does the meter say today?",
        N,
        N,
    ),
    # Look-alikes: a check of understanding after an explanation only.
    Line(
        "Why am I paying standing charge when I used nothing?",
        "The standing charge covers keeping your home connected to the network, so it's "
        "billed every day whether you use energy or not. Does that make sense?",
        N,
        N,
    ),
    Line(
        "I don't understand how the overdraft interest works.",
        "You're only charged interest on the days you're overdrawn, and only on the amount "
        "below zero. Is that clearer?",
        N,
        N,
    ),
    Line(
        "Why did my premium go up when I haven't claimed?",
        "Premiums follow the cost of repairs in your area as well as your own history, and "
        "repair costs rose this year. Does that help explain it?",
        N,
        N,
    ),
    Line(
        "What's the difference between the two plans?",
        "The basic plan covers calls and texts only, while the plus plan adds data abroad. "
        "Does that make sense?",
        N,
        N,
    ),
    # Look-alikes: an offer made, then a question about a fact, or no question at all.
    Line(
        "My order arrived with a cracked plate.",
        "I'll send a replacement plate today. Is your address still the one in Leeds?",
        Y,
        N,
    ),
    Line(
        "I've been waiting ages for my new sim.",
        "I've ordered another sim by first class post. Did the first one go to your old flat?",
        Y,
        N,
    ),
    Line(
        "The umbrella I bought broke in the first storm.",
        "I've refunded the umbrella in full; the money should be back in a few days.",
        Y,
        N,
    ),
    Line(
        "I can't sleep since the new job started.",
        "Did you notice whether it's falling asleep or waking up early that's the hard part?",
        N,
        N,
    ),
    Line(
        "The online form keeps timing out.",
        "Is there anything more I can do for you today?",
        N,
        N,
    ),
    Line(
        "I'm sending the broken blender back.",
        "Did you get the returns label I emailed this morning?",
        N,
        N,
    ),
]

SETS = {"offers": OFFERS, "agreement": AGREEMENT}

#: Which behaviour each block is built to measure.
MEASURES = {"offers": "offers_solution", "agreement": "gains_agreement"}


def test_each_block_is_new_and_balanced_for_its_behaviour() -> None:
    earlier = (FIRST_ROUND, SECOND_ROUND, THIRD_ROUND, FOURTH_ROUND, FIFTH_ROUND, SIXTH_ROUND)
    seen = {line.text for sets in earlier for lines in sets.values() for line in lines}
    for name, lines in SETS.items():
        texts = {line.text for line in lines}
        assert len(texts) == len(lines) == 60, name
        assert not texts & seen, f"{name} repeats a line of an earlier round"
        seen |= texts
        labels = [line.offers if name == "offers" else line.agrees for line in lines]
        assert sum(labels) == 30, name


# Both blocks were read for errors and mended (1.000 / 1.000): a little under it.
FLOORS = {"offers": 0.95, "agreement": 0.95}


@pytest.mark.parametrize("name", FLOORS)
def test_detectors_hold_up_on_a_seventh_round_of_lines(name: str) -> None:
    scores = scores_on(MEASURES[name], SETS[name])
    assert scores.f1 >= FLOORS[name], f"{MEASURES[name]} on {name}: {scores.summary()}"


# One line for each kind this round mended, and the look-alike beside it,
# (behaviour, line, found?). The rules before this round (fd5da55) read every line
# marked "new" wrong; the others guard the mend against reaching too far.
KINDS = [
    # new: money put back, named with a word between ("the second payment").
    ("offers_solution", "I'll put the first instalment back into your account today.", True),
    # new: a desk the agent has spoken to, and what it will do for the customer.
    (
        "offers_solution",
        "I've spoken to the warehouse and they'll send the missing lid out tomorrow.",
        True,
    ),
    ("offers_solution", "I've talked to the warehouse and they'll look into it.", False),
    # new: "you can either … or …".
    (
        "offers_solution",
        "You can either pick it up from the depot or have it redelivered on Monday.",
        True,
    ),
    # new: a hedged step whose verb takes a comparative ("start smaller").
    ("offers_solution", "Perhaps go slower: one new habit a week is plenty.", True),
    ("offers_solution", "Maybe change is just hard for you right now.", False),
    # new: finding out is not a remedy.
    ("offers_solution", "We'll investigate this with the engineer and be in touch.", False),
    ("offers_solution", "I'll raise this with the engineers to find out why it failed.", False),
    # new: moving someone else's booking.
    ("offers_solution", "We could move his Tuesday visit to later in the day.", True),
    # new: "what would you think about <a step>?"
    ("gains_agreement", "What would you think about cutting it down to two cups a day?", True),
    ("gains_agreement", "What do you think about smoking in the house?", False),
    # new: leave asked to carry out what was just offered ("can I confirm that for you?").
    ("gains_agreement", "I can hold the room until Friday. Can I confirm that for you?", True),
    (
        "gains_agreement",
        "I can get the matching chairs too. Can I order those for you?",
        True,
    ),  # guard
    ("gains_agreement", "Can I confirm your postcode?", False),
    # new: how the person the plan is for would feel about it, after an offer only.
    (
        "gains_agreement",
        "We could move her physio to Tuesdays. How would your mum feel about that?",
        True,
    ),
    ("gains_agreement", "How would your mum feel about that?", False),
]


# The second pass, from the offers the read across `AGREEMENT` missed: the rules of the
# first pass (9bc49fb) read every line marked "new" wrong; the others are guards.
KINDS_ACROSS = [
    # new: settling a claim or bill for the customer.
    ("offers_solution", "We'll settle your claim in full once the photos arrive.", True),
    # new: a second one already on its way, not another message sent.
    ("offers_solution", "I've posted you a new key fob this morning.", True),
    ("offers_solution", "I've sent another email to the depot.", False),
    # new: an alternative that is free or available.
    ("offers_solution", "There's a parking space round the back that's free all day.", True),
    ("offers_solution", "There's nothing that's free before March, I'm afraid.", False),
    # new: a step for the client put forward to agree.
    ("offers_solution", "Can we agree that you'll ring your sister before Friday?", True),
    ("offers_solution", "Could we agree that you'll be honest with me about it?", False),
    # new: the agent's action in the conditional; a hand-off stays one.
    ("offers_solution", "I'd start you on the beginners' plan and build up from there.", True),
    ("offers_solution", "I'd put you through to billing, but they've closed for the day.", False),
]


@pytest.mark.parametrize(("behaviour", "text", "found"), KINDS + KINDS_ACROSS)
def test_kinds_and_their_look_alikes(behaviour: str, text: str, found: bool) -> None:
    read = detect(text, "It's still not working.", behaviours=[behaviour])
    assert bool(read) is found, read
