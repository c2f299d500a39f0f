"""Committed, empowered and the utterance breakers on a second blind block, written after
the fixes of `test_committed_fresh1.py` and labelled before any detector read it.

100 new agent turns in the author's own words, with the customer's previous turn, in
registers the first block used less (insurance, utilities, hotels, airlines, gaming,
a council, a pharmacy, software forums) besides chat, e-mail, phone and social replies.
The labels count what the first block's docstring says each behaviour counts.

Reads (per behaviour F1; tp/fp/fn):

- First read, the rules after block 1's fixes (e927d0b), before any error was read:
  takes_ownership 0.977 (21/0/1), makes_commitment 0.788 (13/1/6; what/by right on 13
  of 19), deflects 0.444 (2/0/5), explains_policy_with_alternative 0.400 (2/0/6),
  blames_policy 0.909 (5/0/1), transfers_without_ownership 1.000 (7/0/0),
  blames_customer 0.286 (1/0/5), minimises_feelings 0.500 (2/0/4), non_apology 0.667
  (3/0/3), rude_language 0.250 (1/0/6).
- The start rules (04bf8b4) on the same lines: 0.927, 0.788 (what/by 12 of 19), 0.444,
  0.222, 0.833 (5/1/1), 1.000, 0.000 (0/0/6), 0.444 (2/1/4), 0.667, 0.222 (1/1/6).
  Block 1's fixes removed every breaker that fired wrongly here (a policy wall, a
  minimising and a rude line at the start) and kept precision at 1.000 on all nine
  other behaviours; recall on new wording of the breakers (deflection, blame,
  minimising, rudeness) and on policy alternatives is where the rules stand weakest.
- Then read for errors and fixed by kind: commitments in a subjectless passive
  ("Corrected invoices will be emailed…", the participle family: emailed, added…), by
  arrival ("will go out on…"), by a vehicle or firm ("a taxi will pick you up", "the
  hire company will drop it") and by "…, who will call you"; deflections ("a question
  for the CRM vendor", "can't do anything on our side", "not one we can deal with",
  "through them rather than us", "between you and the garage"); policy alternatives
  when a rule word ("limit", "aren't refundable", "our surgery doesn't allow") or a
  policy answered by a contrast ("…as per our policy, but we can…") comes up, and "but
  you can…", "I'm happy to…"; "This is our policy for all accounts." after a refusal;
  blame ("you obviously didn't follow", "that's on you", "tells you not to");
  minimising ("isn't that long", "getting ahead of yourself", "part and parcel of",
  "get yourself worked up"); non-apologies ("sorry if you've been disappointed", "that
  you felt our driver's behaviour was…", "left with that impression"); rudeness
  ("join the club", "stop bothering", "if you don't like it, go…", "…, obviously.",
  "for goodness' sake", "incredibly rude"). After: 1.000 on seven behaviours,
  makes_commitment 0.974 (left: "confirm a table for 8pm", a booking time read as a
  deadline), explains_policy_with_alternative 0.933 (left: "we can't hold connecting
  flights", a rule with no rule word), blames_customer 0.800 (left: a lecture, "you
  need to keep enough money…", and "the sensors don't lie", whose phrase would also
  cap "we don't lie to customers"). Block 1 reads as after its own fixes; the
  development figures as before. Both blocks are now read for errors: measure the
  next round on a new block.
"""

from __future__ import annotations

import pytest

from .test_committed_fresh1 import (
    BEHAVIOURS,
    Line,
    assert_commitments_read,
    assert_floor,
    assert_kind,
    assert_new,
    blocks_before,
)

BLOCK: list[Line] = [
    # Ownership and promises with a time.
    Line(
        "insurance phone",
        "My claim has been sitting there for a month.",
        "I'm taking this one on myself from here. I'll review the file this afternoon and "
        "phone you by 5 with where it stands.",
        "TO MC",
        "review the file",
        "this afternoon",
    ),
    Line(
        "utilities chat",
        "You've billed me on an estimate again.",
        "Let me correct that now using the reading you sent on the 3rd.",
        "TO",
    ),
    Line(
        "hotel e-mail",
        "We were promised a sea view and got a car park.",
        "I'm so sorry. I'll have you moved to a sea-view room by 3pm today, and the first "
        "night is on us.",
        "TO MC",
        "moved",
        "3pm",
    ),
    Line(
        "airline social",
        "@air stuck at gate B12, no info for 2 hours",
        "So sorry, Dan. I've messaged the gate team and I'll update you here in the next 15 "
        "minutes.",
        "TO MC",
        "update you",
        "15 minutes",
    ),
    Line(
        "pharmacy phone",
        "My mum's insulin delivery didn't come.",
        "Right, I'm on it. I'm going to get a driver out to her this evening.",
        "TO MC",
        "driver",
        "this evening",
    ),
    Line(
        "software e-mail",
        "Our invoices show the wrong VAT number.",
        "Thanks for spotting that. Corrected invoices will be emailed to your finance contact "
        "by end of day tomorrow.",
        "MC",
        "emailed",
        "end of day",
    ),
    Line(
        "retail phone",
        "The washing machine you delivered leaks.",
        "That shouldn't happen. Our engineer can come out Thursday morning — I'll book that in "
        "for you now and text you the slot.",
        "TO MC",
        "book",
        "Thursday",
    ),
    Line(
        "bank e-mail",
        "I was charged a fee for a payment that failed.",
        "You're right, that fee shouldn't have been applied. It will be refunded to your "
        "account within 2 working days.",
        "MC",
        "refunded",
        "2 working days",
    ),
    Line(
        "telecom chat",
        "I still can't get 4G at home.",
        "I'll personally keep an eye on the mast repair and message you the moment it's back.",
        "TO",
    ),
    Line(
        "council phone",
        "The bins weren't collected again.",
        "Leave it with me — I'll get a crew sent round before Saturday.",
        "TO MC",
        "crew",
        "Saturday",
    ),
    Line(
        "gaming chat",
        "I bought coins and they never showed up.",
        "Sorry about that! The coins will be added to your account within 24 hours.",
        "MC",
        "added",
        "24 hours",
    ),
    Line(
        "health e-mail",
        "I'm still waiting on my referral letter.",
        "I've chased the consultant's secretary, and she has promised the letter will go out on "
        "Wednesday.",
        "MC",
        "go out",
        "Wednesday",
    ),
    Line(
        "travel chat",
        "Our transfer driver never turned up at the airport.",
        "I'm so sorry. A taxi will pick you up from arrivals in 20 minutes, and we're covering "
        "the fare.",
        "MC",
        "pick you up",
        "20 minutes",
    ),
    Line(
        "software forum",
        "Is the sync bug fixed yet?",
        "Not yet, but I'm following this thread and I'll post here as soon as the patch ships.",
        "TO",
    ),
    Line(
        "retail e-mail",
        "I returned the jacket two weeks ago and still no refund.",
        "I can see it arrived at our warehouse yesterday, so I'll push the refund through today.",
        "TO MC",
        "push the refund",
        "today",
    ),
    Line(
        "bank phone",
        "Can you stop the direct debit to the gym?",
        "Done — I've cancelled it, so no more payments will go out.",
    ),
    Line(
        "insurance chat",
        "I need a courtesy car, mine's in the garage.",
        "I'll sort one for you. The hire company will drop it at your home tomorrow before noon.",
        "TO MC",
        "drop it",
        "tomorrow",
    ),
    Line(
        "utilities e-mail",
        "You've put me on the wrong tariff.",
        "We'll move you onto the fixed tariff you chose, backdated to the 1st, and a new "
        "statement will follow within ten days.",
        "TO MC",
        "follow",
        "ten days",
    ),
    # Deflection, and a refusal that still owns.
    Line(
        "airline phone",
        "The hotel you partnered with cancelled my room.",
        "Hotel bookings are with the hotel, not the airline, so you'll have to speak to them.",
        "DF",
    ),
    Line(
        "retail chat",
        "The product broke after a week, can you help?",
        "You need to contact the manufacturer for warranty issues.",
        "DF",
    ),
    Line(
        "software chat",
        "Your integration with our CRM is broken.",
        "That's really a question for the CRM vendor. We can't do anything on our side.",
        "DF",
    ),
    Line(
        "bank social",
        "@bank the ATM on Queen St ate my card",
        "That machine is run by another provider, so it's not one we can deal with. Sorry!",
        "DF",
    ),
    Line(
        "health phone",
        "My repeat prescription has the wrong dose.",
        "We only dispense what the GP writes, so that's one for the surgery to sort out.",
        "DF",
    ),
    Line(
        "telecom e-mail",
        "My TV box keeps freezing.",
        "The box is supplied by our partner, so any faults go through them rather than us.",
        "DF",
    ),
    Line(
        "hotel chat",
        "Can you book me a restaurant nearby?",
        "We don't normally handle restaurant bookings, but I'll ring the Italian next door and "
        "confirm a table for 8pm.",
        "TO",
    ),
    Line(
        "insurance phone",
        "Can you tell me why the garage is taking so long?",
        "Honestly, that's between you and the garage.",
        "DF",
    ),
    Line(
        "retail chat",
        "How do I track my parcel?",
        "You can track it on the courier's site using the number in your dispatch email.",
    ),
    # Policy with and without a way forward.
    Line(
        "airline chat",
        "Can I get a refund for my basic fare?",
        "Basic fares aren't refundable, I'm afraid, but you can change the date for free up to "
        "24 hours before you fly.",
        "PA",
    ),
    Line(
        "bank phone",
        "Can I take out £3,000 in cash today?",
        "The daily limit at the counter is £2,000, so I can't do the full amount, but I can do "
        "£2,000 now and arrange the rest for tomorrow.",
        "PA",
    ),
    Line(
        "health chat",
        "Can I see the doctor without an appointment?",
        "Our surgery doesn't allow walk-ins any more, but there's a same-day triage call I can "
        "book you onto for this afternoon.",
        "PA",
    ),
    Line(
        "retail e-mail",
        "I want to return a sale item.",
        "Sale items are exchange-only under our returns policy, so a refund isn't possible, but "
        "I'm happy to exchange it or give you a gift card.",
        "PA",
    ),
    Line(
        "telecom phone",
        "Put the contract in my son's name.",
        "For data protection reasons I can't change the account holder without him on the "
        "call. If he can join us, I can do it right now.",
        "PA",
    ),
    Line(
        "software chat",
        "Can I get an extra seat for free?",
        "I'm not authorised to give seats away, but what I can do is extend your trial seat for "
        "another 14 days.",
        "PA",
    ),
    Line(
        "hotel phone",
        "Can we check in at 10am?",
        "Check-in is from 3pm as per our policy, but we can store your bags and you're welcome "
        "to use the spa until your room is ready.",
        "PA",
    ),
    Line(
        "bank chat",
        "How long does a transfer take?",
        "Under the Faster Payments rules, transfers usually arrive within two hours.",
    ),
    Line(
        "airline e-mail",
        "My bag was 1kg over, surely you could have let it go?",
        "Rules are rules, sir. The fee was correctly applied.",
        "BP",
    ),
    Line(
        "retail phone",
        "Can I pay the rest next week?",
        "No, that's not how it works here. Full payment on collection, it's store policy.",
        "BP",
    ),
    Line(
        "telecom chat",
        "Can you knock the early termination fee off? I'm moving abroad.",
        "The terms and conditions don't allow us to waive that fee under any circumstances.",
        "BP",
    ),
    Line(
        "pharmacy e-mail",
        "Can my wife collect my prescription?",
        "Regulations mean we cannot release controlled medicines to anyone other than the patient.",
        "BP",
    ),
    Line(
        "software e-mail",
        "Please extend my trial, I was ill.",
        "Unfortunately trials cannot be extended. This is our policy for all accounts.",
        "BP",
    ),
    Line(
        "hotel chat",
        "Can I get a late checkout till 2?",
        "I'm afraid that's against hotel policy.",
        "BP",
    ),
    Line(
        "bank chat",
        "Will you tell me before closing my account?",
        "Yes — our policy is to write to you at least 60 days before we close any account.",
    ),
    # Hand-offs, cold and warm.
    Line(
        "telecom chat",
        "My bill is double what it should be.",
        "I'll connect you with billing.",
        "TW",
    ),
    Line(
        "insurance phone",
        "I want to complain about how my claim was handled.",
        "OK, I'm transferring you to complaints now. Bye.",
        "TW",
    ),
    Line(
        "bank e-mail",
        "I need help with a probate account.",
        "I've referred your query to our bereavement team.",
        "TW",
    ),
    Line(
        "software chat",
        "The mobile app crashes on login.",
        "That's for our mobile team. Someone else will pick this up.",
        "TW",
    ),
    Line(
        "hotel phone",
        "The air conditioning in 312 is broken.",
        "Let me put you through to maintenance.",
        "TW",
    ),
    Line(
        "retail social",
        "@shop you sent me someone else's order",
        "Hi Sam, we've passed this on to our customer care team. ^AL",
        "TW",
    ),
    Line(
        "health chat",
        "Who do I speak to about my test results?",
        "I'll pass you on to one of the nurses.",
        "TW",
    ),
    Line(
        "telecom phone",
        "The broadband is down and I work from home.",
        "I'm bringing in our network specialist now and I'll stay on the call while she runs "
        "the tests.",
        "TO",
    ),
    Line(
        "bank chat",
        "I need to increase my overdraft.",
        "I'm passing you to our lending team, and I've noted everything you've told me so you "
        "won't need to repeat it.",
    ),
    Line(
        "software e-mail",
        "We need a custom contract.",
        "I've forwarded this to Marta in our sales team, who will call you tomorrow morning. If "
        "you haven't heard from her by noon, reply here and I'll chase.",
        "TO MC",
        "call you",
        "tomorrow morning",
    ),
    # Blame, and kind look-alikes.
    Line(
        "telecom chat",
        "My phone got cut off!",
        "Your payment bounced three times, so the account was suspended. You need to keep "
        "enough money in your account for the direct debit.",
        "BC",
    ),
    Line(
        "retail e-mail",
        "The coat shrank after one wash.",
        "The care label says dry clean only, which you obviously didn't follow.",
        "BC",
    ),
    Line(
        "bank phone",
        "I've been locked out after three wrong PINs.",
        "Well, if you'd written it down somewhere safe you wouldn't be in this position.",
        "BC",
    ),
    Line(
        "airline chat",
        "I was denied boarding!",
        "You arrived at the gate after it closed, so that's on you, I'm afraid.",
        "BC",
    ),
    Line(
        "software forum",
        "Your tool deleted my config!",
        "It only does that if you run it with --force, which the docs tell you not to do.",
        "BC",
    ),
    Line(
        "hotel chat",
        "Why was I charged for the minibar?",
        "The minibar items were taken from your room, sir; the sensors don't lie.",
        "BC",
    ),
    Line(
        "insurance e-mail",
        "I didn't get my renewal documents.",
        "You should have got them by email on the 2nd; I'll resend them now and post a copy too.",
        "TO",
    ),
    Line(
        "bank chat",
        "I think I entered the wrong amount.",
        "It's an easy slip to make, and nothing's gone out yet — I'll cancel it for you so you "
        "can redo it.",
        "TO",
    ),
    Line(
        "software e-mail",
        "How do I stop this happening again?",
        "You'll want to turn on auto-save under Settings > Files; it saves every two minutes.",
    ),
    # Minimising, and calm words that minimise nothing.
    Line(
        "telecom phone",
        "I'm livid, I've been without a landline for ten days and my dad's in a care home.",
        "Ten days isn't that long for a line fault, to be fair.",
        "MF",
    ),
    Line(
        "retail chat",
        "I'm gutted, the necklace was a present for my mum's 70th.",
        "Well, at least it arrived eventually.",
        "MF",
    ),
    Line(
        "bank phone",
        "I'm terrified I'll lose the house.",
        "Come on, you're getting ahead of yourself.",
        "MF",
    ),
    Line(
        "airline e-mail",
        "This ruined our honeymoon.",
        "Delays are part and parcel of flying, unfortunately.",
        "MF",
    ),
    Line(
        "health phone",
        "I'm really anxious about the results.",
        "Try not to get yourself worked up, it won't change anything.",
        "MF",
    ),
    Line(
        "software chat",
        "I'm losing my mind with this error.",
        "Relax, it's a two-second fix.",
        "MF",
    ),
    Line(
        "hotel e-mail",
        "Is the room quiet? I'm a light sleeper.",
        "Yes, it faces the garden, so it's a very calm and relaxing spot.",
    ),
    Line(
        "bank chat",
        "How long until the new card comes?",
        "It's only a few working days — usually three.",
    ),
    Line(
        "telecom chat",
        "I'm so stressed about this bill.",
        "I can hear how stressful this has been. Let's go through it line by line together.",
    ),
    # Non-apologies, and real apologies.
    Line(
        "telecom social",
        "@telco 3 engineers, 3 no-shows. Disgusting.",
        "We're sorry if you've been disappointed with our service.",
        "NA",
    ),
    Line(
        "retail e-mail",
        "Your driver was abusive.",
        "We apologise that you felt our driver's behaviour was inappropriate.",
        "NA",
    ),
    Line(
        "bank phone",
        "You closed my account without telling me!",
        "I'm sorry you see it that way, but letters were sent.",
        "NA",
    ),
    Line(
        "hotel e-mail",
        "There was hair in the bath.",
        "Sorry for any upset this may have caused during your stay.",
        "NA",
    ),
    Line(
        "software chat",
        "Your support team ignored me for a week.",
        "Apologies if it seemed like we were ignoring you.",
        "NA",
    ),
    Line(
        "airline e-mail",
        "The crew were so rude to my mother.",
        "I'm sorry your mother was left with that impression of our crew.",
        "NA",
    ),
    Line(
        "health phone",
        "Nobody told me the clinic was cancelled.",
        "I'm so sorry — you should have had a call, and that's our failing.",
    ),
    Line(
        "retail chat",
        "I got the wrong order again.",
        "I'm sorry we've let you down twice. I'll send the right order by express today.",
        "TO MC",
        "send the right order",
        "today",
    ),
    Line(
        "software chat",
        "I don't follow.",
        "Sorry if I wasn't clear — the setting is under Profile, not Account.",
    ),
    # Rudeness, and words that are not the agent's own.
    Line(
        "telecom chat",
        "Why can't you just fix it??",
        "Because it doesn't work like that, obviously.",
        "RL",
    ),
    Line(
        "retail phone",
        "This is the third time I'm calling!",
        "Yeah, well, join the club.",
        "RL",
    ),
    Line(
        "bank chat",
        "You people are clueless.",
        "And you're being incredibly rude.",
        "RL",
    ),
    Line(
        "software forum",
        "None of these steps work!",
        "Read what I wrote. Slowly this time.",
        "RL",
    ),
    Line(
        "hotel phone",
        "Can I speak to the manager?",
        "He's busy. Stop bothering us.",
        "RL",
    ),
    Line(
        "airline social",
        "@air what a joke of an airline",
        "If you don't like it, fly with someone else.",
        "RL",
    ),
    Line(
        "health phone",
        "I've forgotten what the nurse said about the dressing.",
        "For goodness' sake, it's on the leaflet we gave you.",
        "RL",
    ),
    Line(
        "telecom e-mail",
        "Your so-called 'unlimited' plan is a bloody con.",
        "I understand why 'unlimited' feels misleading when you hit a cap. I'll remove the cap "
        "from your plan today.",
        "TO MC",
        "remove the cap",
        "today",
    ),
    Line(
        "software chat",
        "Damn, I've locked myself out.",
        "Damn indeed! I'll send you a reset link right away.",
        "TO MC",
        "send you a reset link",
        "right away",
    ),
    Line(
        "retail chat",
        "A month for a refund is ridiculous.",
        "You're right, a month is ridiculous. I'll get it processed this week.",
        "TO MC",
        "processed",
        "this week",
    ),
    # None of the ten.
    Line(
        "bank chat",
        "What's the interest rate on the saver?",
        "It's 4.1% AER variable, paid monthly.",
    ),
    Line(
        "telecom chat",
        "Thanks for your help today!",
        "You're very welcome, enjoy the faster speeds!",
    ),
    Line(
        "hotel chat",
        "Is breakfast included?",
        "It is — served from 7 till 10 in the restaurant on the ground floor.",
    ),
    Line(
        "health chat",
        "Do I need to fast before the blood test?",
        "Yes, nothing but water for 12 hours beforehand.",
    ),
    Line(
        "software chat",
        "Can I use it offline?",
        "Yes, the desktop app works offline and syncs when you reconnect.",
    ),
    Line("retail chat", "Do you deliver on Sundays?", "We do in most postcodes, for a £4.99 fee."),
    Line(
        "insurance chat",
        "What does my policy cover abroad?",
        "Your policy covers medical costs up to £5m and cancellation up to £3,000.",
    ),
    Line(
        "utilities chat",
        "How do I submit a meter reading?",
        "You can do it in the app under Account, or text it to us on 60060.",
    ),
    Line(
        "bank chat",
        "When does the branch close today?",
        "At 4pm today, and it opens at 9:30 tomorrow.",
    ),
    Line(
        "retail chat",
        "I'll think about it and come back.",
        "No problem at all — the offer runs until Sunday.",
    ),
    Line(
        "airline chat",
        "Will my connecting flight wait for me?",
        "We can't hold connecting flights, but if you miss it we'll automatically rebook you on "
        "the next one.",
        "PA TO",
    ),
]


def test_the_block_is_new() -> None:
    assert_new(BLOCK, *blocks_before(2))


#: Floors a little under the figures recorded in the docstring.
FLOORS = dict.fromkeys(BEHAVIOURS, 0.95) | {
    "makes_commitment": 0.93,
    "explains_policy_with_alternative": 0.88,
    "blames_customer": 0.75,
}


@pytest.mark.parametrize("behaviour", FLOORS)
def test_each_behaviour_holds_its_floor_on_the_second_block(behaviour: str) -> None:
    assert_floor(BLOCK, behaviour, FLOORS[behaviour])


def test_commitments_say_what_was_promised_and_by_when() -> None:
    assert_commitments_read(BLOCK, 18)


# One new line per kind of error this block showed (and a look-alike or two), read after
# its first read was recorded: (behaviour, customer's turn, agent's turn, found?).
CLASSES = [
    (
        "makes_commitment",
        "Where are my statements?",
        "Copies of all six statements will be emailed to you by Friday.",
        True,
    ),
    (
        "makes_commitment",
        "The parcel is stuck at the depot.",
        "It will go out on the first van tomorrow morning.",
        True,
    ),
    (
        "makes_commitment",
        "How do I get to the hotel?",
        "A car will pick you up outside terminal 2 at 6pm.",
        True,
    ),
    (
        "makes_commitment",
        "Can someone talk me through the quote?",
        "I've asked Priya in our pricing team, who will ring you this afternoon.",
        True,
    ),
    (
        "deflects",
        "My loan payment went to the wrong account.",
        "That's really a matter for your old bank; we can't do anything from here.",
        True,
    ),
    (
        "deflects",
        "Why is my parcel damaged?",
        "Damage in transit goes through the courier rather than us.",
        True,
    ),
    (
        "deflects",
        "Can you chase the roofer for me?",
        "That's one for the roofer to answer, but I'll call him myself this morning.",
        False,
    ),
    (
        "explains_policy_with_alternative",
        "Can I get my money back on this ticket?",
        "Saver tickets aren't refundable, but you can swap it for any date this month.",
        True,
    ),
    (
        "explains_policy_with_alternative",
        "Can I withdraw £1,500 at the machine?",
        "The daily limit at a cash machine is £500, so I can't lift that, but I can order the "
        "cash for you to collect from the branch.",
        True,
    ),
    (
        "explains_policy_with_alternative",
        "Can I bring my own wine?",
        "Corkage is £10 a bottle as per our policy, but we can waive it for your anniversary.",
        True,
    ),
    (
        "blames_policy",
        "Can I pay by cheque?",
        "Cheques aren't accepted any more. This is our policy for every customer.",
        True,
    ),
    (
        "blames_customer",
        "Why was my fridge not delivered?",
        "The driver called twice and you didn't answer, so that's on you.",
        True,
    ),
    (
        "blames_customer",
        "The app wiped my notes.",
        "The setup screen tells you not to uninstall it without syncing first.",
        True,
    ),
    (
        "minimises_feelings",
        "I'm so upset, it's been two weeks with no heating.",
        "Two weeks isn't that long for a boiler part, honestly.",
        True,
    ),
    (
        "minimises_feelings",
        "I'm worried this will affect my credit score.",
        "You're getting ahead of yourself, it's one missed payment.",
        True,
    ),
    (
        "non_apology",
        "Your staff ignored us all evening.",
        "We're sorry if you've felt ignored by the team.",
        True,
    ),
    (
        "non_apology",
        "The tour guide was rude.",
        "I'm sorry you were left with that impression of the tour.",
        True,
    ),
    (
        "rude_language",
        "This is the fourth time I'm asking!",
        "You're being extremely patient with us, thank you.",
        False,
    ),
    (
        "rude_language",
        "I'm cancelling, you're all useless.",
        "If you don't like it, go and find another provider.",
        True,
    ),
    (
        "rude_language",
        "Why won't the discount apply?",
        "It's expired, obviously.",
        True,
    ),
    (
        "rude_language",
        "I keep calling and nobody answers.",
        "Please stop bothering the branch staff.",
        True,
    ),  # Look-alikes of block 2's new phrases, innocent service sentences none of which
    # fired at 04bf8b4: decided by structure (a refusal before ', obviously', who stops
    # bothering whom, somewhere else to go, thanks declined, the phrase ending its
    # sentence, the customer's mood, praise, the agent's own remedy or support after).
    (
        "rude_language",
        "Can I keep the old one when the new one comes?",
        "Yes, you can keep the old one, obviously.",
        False,
    ),
    (
        "rude_language",
        "Do I have to pay to send the heater back?",
        "No, the return label is free, obviously.",
        False,
    ),
    (
        "rude_language",
        "Your texts keep coming every morning, it's driving me mad.",
        "I'll stop them now so we stop bothering you.",
        False,
    ),
    (
        "rude_language",
        "I hate the new layout of the dashboard.",
        "If you don't like it, go to Settings and switch back to the classic view.",
        False,
    ),
    (
        "rude_language",
        "Thank you so much, you've been amazing!",
        "For goodness' sake, no need to thank me, it was a pleasure!",
        False,
    ),
    (
        "rude_language",
        "Is there any way to get a discount on my next order?",
        "Join the club on Friday and you'll get 10% off everything.",
        False,
    ),
    (
        "rude_language",
        "Where can I find the manual for my old model?",
        "Google is your friend here: type the model number and 'manual' and the maker's "
        "PDF comes straight up.",
        False,
    ),
    (
        "minimises_feelings",
        "Will it take long?",
        "It isn't that long, about ten minutes.",
        False,
    ),
    (
        "minimises_feelings",
        "I can't make Tuesday's appointment after all.",
        "It's not the end of the world if you need to reschedule; I'll find you another slot.",
        False,
    ),
    (
        "minimises_feelings",
        "I'm scared of the injection.",
        "There's nothing to be scared of; I'll be with you the whole time.",
        False,
    ),
    (
        "blames_customer",
        "I think I've fixed the settings now.",
        "Brilliant, you did it all yourself, so you're all set.",
        False,
    ),
    (
        "blames_customer",
        "The app keeps asking me to update, should I?",
        "If the app tells you not to update, that's fine, just tap Later and carry on.",
        False,
    ),
    (
        "blames_customer",
        "The wardrobe doesn't fit in the alcove.",
        "Did you measure the space before ordering? If not, no problem, I'll arrange a "
        "free exchange.",
        False,
    ),
]


@pytest.mark.parametrize(("behaviour", "context", "text", "found"), CLASSES)
def test_kinds_of_error_and_their_look_alikes(
    behaviour: str, context: str, text: str, found: bool
) -> None:
    assert_kind(behaviour, context, text, found)
