"""Committed, empowered and the utterance breakers on a first blind block of service lines.

No public labelled data covers these ten behaviours, so this block is the only measure
of them: 100 agent turns written for this file in the author's own words (chat, e-mail,
phone transcripts and social replies; retail, telecoms, banking, travel, health and
software), each with the customer's previous turn, labelled with the SET of behaviours
it shows before any detector read it. Most lines show one behaviour or none; many are
hard negatives on purpose (a refusal WITH an alternative, a policy that restricts
nothing, a warm transfer, "calm" in "a calm place", a real apology for the wait, the
customer's own rude word quoted back, "you should have received…" said kindly).

What the labels count, the detectors' own definitions read as a service leader would:

- `takes_ownership`: a first-person promise to act on this customer's problem ("I'll…",
  "we'll…", "let me…", "leave it with me"); a hand-off alone ("I'll escalate this to the
  airline") and a general rule ("if you find it cheaper, we'll refund…") are not;
- `makes_commitment`: a promise of something done for this customer, with a time ("by
  4pm", "within five working days", "on Monday"), also one made in the passive or for
  a colleague; the expected `what` and `by` are checked on every positive;
- `deflects`: the problem pushed away ("not up to me", "you'll need to contact them",
  "please contact our support team") with nothing owned;
- `explains_policy_with_alternative` / `blames_policy`: a rule that stops something, with
  or without a way forward offered in the same turn;
- `transfers_without_ownership`: the agent hands the customer or the problem on with
  nothing owning what comes next (no callback, no reference, no staying on the line);
- `blames_customer`, `minimises_feelings`, `non_apology`, `rude_language`: as their
  detectors describe them.

Reads (per behaviour F1; n positives in brackets):

- First read (this session's working tree, before any change here), identical to the
  start rules' read (04bf8b4), counts tp/fp/fn:
  takes_ownership 0.857 (18/2/4), makes_commitment 0.821 (16/1/6, and the expected
  what/by on 16 of 22 positives), deflects 0.667 (4/0/4),
  explains_policy_with_alternative 0.250 (1/0/6), blames_policy 0.615 (4/2/3),
  transfers_without_ownership 0.923 (6/1/0), blames_customer 0.545 (3/0/5),
  minimises_feelings 0.444 (2/1/4), non_apology 0.800 (4/0/2), rude_language 0.727
  (4/1/2).
- Errors by kind. Breakers fired wrongly (unfair caps) first: a policy wall where the
  agent offered what they CAN do ("I can get you an appointment…", "it only takes a
  minute… I can walk you through it"), "it's only a short walk" said to a plain
  question, "a hell of a week" said back to the customer, a warm hand-off whose
  colleague "will reply within 30 days" (a verb the promise family lacked). Misses:
  capability alternatives ("I'm able to switch you…"), policy words ("for hygiene
  reasons", "rules", "non-refundable", "do not permit", "has closed", "Company policy."
  as a fragment after the refusal, "the rules are the rules"); blame verbs ("switched",
  "missed"), "you were warned", "did you … before ordering", "you … yourself, so";
  minimising comparisons and dismissals ("others have waited longer", "nothing to be
  scared of", "you're overthinking", "not the end of the world"); non-apologies for the
  customer's perception ("sorry you feel that our staff were…", "we regret that you
  found…"); dismissive rudeness ("Google is your friend", "asked a hundred times");
  deflections in other words ("not something I can sort", "aren't up to me", "for your
  host to fix, not us", "please contact our … team"); ownership said as a refusal to
  stop ("I won't close this chat until…"), by a second verb ("I'll transfer you and stay
  on the line"), or before a check after a dash ("— does Friday suit you?"); a hand-off
  verb alone ("I'll escalate this to the airline") read as ownership; commitments by
  arrival ("it should reach your account within…"), by a colleague's verb ("will meet
  you", "will take him"), "2 o'clock", "the next couple of minutes"; a time inside a
  condition ("if you find it cheaper within 14 days, we'll…") read as the promise's.
- After those fixes: takes_ownership 0.978 (22/1/0; left: a general price-match rule
  "we'll refund the difference" under "if you…"), makes_commitment 1.000 (what/by
  right on 22 of 22), deflects 1.000, explains_policy_with_alternative 0.923 (left: a
  minimum term with an exit fee names no policy word; 1.000 since block 2 added "minimum
  term" and 66dfa5f), blames_policy,
  transfers_without_ownership, blames_customer, minimises_feelings, non_apology,
  rude_language 1.000. The development figures read as before
  (`benchmarks/care_accuracy.py`: offers_solution 0.632, gains_agreement 0.702).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from types import ModuleType

import pytest

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores

#: The ten behaviours this block measures, by the short code its labels use.
CODES = {
    "TO": "takes_ownership",
    "MC": "makes_commitment",
    "DF": "deflects",
    "PA": "explains_policy_with_alternative",
    "BP": "blames_policy",
    "TW": "transfers_without_ownership",
    "BC": "blames_customer",
    "MF": "minimises_feelings",
    "NA": "non_apology",
    "RL": "rude_language",
}
BEHAVIOURS = tuple(CODES.values())


@dataclass(frozen=True, slots=True)
class Line:
    """An agent turn, the customer's turn before it, the behaviours it shows (codes of
    `CODES`, space-separated) and, for a commitment, words the promise and its time must
    contain."""

    register: str
    context: str
    text: str
    labels: str = ""
    what: str = ""
    by: str = ""

    def shows(self, behaviour: str) -> bool:
        """True when the line is labelled with `behaviour`."""
        return any(CODES[code] == behaviour for code in self.labels.split())


BLOCK: list[Line] = [
    # Ownership and promises with a time.
    Line(
        "retail chat",
        "My parcel says delivered but it isn't here.",
        "I'm so sorry about that. I'll open a trace with the courier now and I'll email you an "
        "update by 4pm today.",
        "TO MC",
        "email you an update",
        "4pm",
    ),
    Line(
        "telecom phone",
        "My broadband has dropped every evening this week.",
        "Right, leave that with me. I'm going to run a line test and get an engineer booked if "
        "it fails.",
        "TO",
    ),
    Line(
        "bank e-mail",
        "I don't recognise a payment to a company called ZPX Ltd.",
        "Thank you for letting us know. I've blocked the card as a precaution, and a replacement "
        "will be posted to you within five working days.",
        "MC",
        "posted",
        "within five working days",
    ),
    Line(
        "travel chat",
        "The hotel you booked for me has no record of my reservation!",
        "That's awful, and I'm sorry. I'm ringing the hotel myself and I won't close this chat "
        "until your room is confirmed.",
        "TO",
    ),
    Line(
        "health phone",
        "I was told my prescription would be ready today and it isn't.",
        "I'm sorry, that's not good enough. I'll speak to the pharmacist myself and ring you back "
        "before 2 o'clock.",
        "TO MC",
        "ring you back",
        "2 o'clock",
    ),
    Line(
        "software e-mail",
        "Your last update deleted all my saved templates.",
        "I'm really sorry. Our developers are restoring them from last night's backup, and "
        "they'll be back in your account by tomorrow morning at the latest.",
        "MC",
        "back in your account",
        "tomorrow morning",
    ),
    Line(
        "retail social",
        "@shop third time my order's been cancelled without explanation. Done with you.",
        "That's not the experience we want for you. DM us your order number and we'll get to "
        "the bottom of it today. ^JS",
        "TO MC",
        "get to the bottom of it",
        "today",
    ),
    Line(
        "telecom chat",
        "Why has my bill gone up by £12?",
        "I'll check your account and come back to you within the hour with a breakdown.",
        "TO MC",
        "come back to you",
        "within the hour",
    ),
    Line(
        "bank phone",
        "I've been waiting a week for the mortgage offer.",
        "I'm going to chase underwriting on this myself, and you'll have an answer from me by "
        "Thursday.",
        "TO MC",
        "answer",
        "Thursday",
    ),
    Line(
        "health e-mail",
        "Can I move my appointment? I'm working that day.",
        "Of course. I've moved you to Tuesday 14th at 10:40 and you'll get a text confirming it "
        "in the next ten minutes.",
        "MC",
        "text",
        "ten minutes",
    ),
    Line(
        "travel e-mail",
        "Our flight was cancelled and we've had no refund.",
        "I'll make sure your refund is raised today; it normally reaches your card within seven "
        "days.",
        "TO MC",
        "refund is raised",
        "today",
    ),
    Line(
        "software chat",
        "The export button does nothing.",
        "Thanks, I can reproduce that. I'm raising it with our engineers now and I'll keep you "
        "posted on this ticket.",
        "TO",
    ),
    Line(
        "retail phone",
        "The sofa arrived with a tear in the arm.",
        "Oh no, I'm sorry. I'll arrange a collection and a replacement — does Friday morning "
        "suit you?",
        "TO",
    ),
    Line(
        "bank chat",
        "I got locked out of online banking again.",
        "Let me reset that for you. You'll receive a new activation code by text in the next "
        "couple of minutes.",
        "TO MC",
        "activation code",
        "couple of minutes",
    ),
    Line(
        "telecom e-mail",
        "Nobody turned up for my installation.",
        "I'm very sorry you were let down. An engineer will be with you on Saturday between 8am "
        "and 12pm, and I've added a £20 credit for the missed visit.",
        "MC",
        "with you",
        "Saturday",
    ),
    Line(
        "travel phone",
        "Can someone help me with my luggage at the airport? I use a wheelchair.",
        "Absolutely. Our assistance team will meet you at check-in at 6:30, and I've put a note "
        "on your booking.",
        "MC",
        "meet you",
        "6:30",
    ),
    Line(
        "retail chat",
        "When will my refund show?",
        "Your refund was processed this morning, so it should reach your account within 3-5 "
        "working days.",
        "MC",
        "reach your account",
        "3-5 working days",
    ),
    # Deflection.
    Line(
        "telecom phone",
        "My phone was stolen and someone's run up £300 of calls.",
        "That's not something I can sort from here, I'm afraid. It's a fraud matter.",
        "DF",
    ),
    Line(
        "retail chat",
        "The courier threw my parcel over the fence and it's broken.",
        "Once it's left our warehouse it's out of our hands. You'll need to take that up with "
        "the courier.",
        "DF",
    ),
    Line(
        "bank e-mail",
        "Your app charged me in dollars instead of pounds.",
        "Currency conversion is handled by your card issuer, not us, so there's nothing we can "
        "do about the rate.",
        "DF",
    ),
    Line(
        "software forum",
        "After installing your plugin my site is down.",
        "We only support the plugin itself. Hosting problems are for your host to fix, not us.",
        "DF",
    ),
    Line(
        "health phone",
        "My test results were meant to be sent to my GP weeks ago.",
        "I just book the appointments, love, I don't deal with results. You'd have to ring the "
        "lab.",
        "DF",
    ),
    Line(
        "travel social",
        "@airline my bag came off the carousel ripped open",
        "Sorry to see this. Damage to baggage is handled by the handling agent at the airport, "
        "you'll need to contact them directly.",
        "DF",
    ),
    Line(
        "telecom chat",
        "Can you fix my neighbour's line too? It's the same street.",
        "That's not my department, but I'll find out who handles street faults and message you "
        "back this afternoon.",
        "TO MC",
        "message you back",
        "this afternoon",
    ),
    Line(
        "retail phone",
        "The price dropped two days after I bought it.",
        "Price changes aren't up to me, sorry. That's head office.",
        "DF",
    ),
    Line(
        "bank chat",
        "Do I need to tell you I'm travelling abroad?",
        "No need any more — you'll just need to have the app notifications switched on so you "
        "can approve payments.",
    ),
    Line(
        "health e-mail",
        "Can you send me my full medical records?",
        "Records requests go through our data protection officer, so I've forwarded your email "
        "to her and she'll reply to you within 30 days, which is the legal limit.",
        "MC",
        "reply to you",
        "30 days",
    ),
    # Policy with and without a way forward.
    Line(
        "retail chat",
        "I'd like to return these headphones, I've opened them.",
        "For hygiene reasons we can't take back opened earphones, but what I can do is book "
        "them in for a repair under the warranty.",
        "PA",
    ),
    Line(
        "bank phone",
        "Can you just tell me my husband's balance? He's in hospital.",
        "I'm not allowed to share his details without his permission, I'm afraid. What we can "
        "do is send a third-party authority form to your home today so you can manage it for "
        "him.",
        "PA",
    ),
    Line(
        "travel e-mail",
        "Can I change the name on the ticket to my sister?",
        "Airline rules don't allow name changes on this fare. Instead, I could cancel it for a "
        "partial refund of the taxes and book a new ticket in her name.",
        "PA",
    ),
    Line(
        "telecom chat",
        "I want to leave, my contract is terrible.",
        "You're still in the minimum term, so there would be an early exit fee. Alternatively, "
        "I can move you to our SIM-only plan today with no fee at all.",
        "PA",
    ),
    Line(
        "health phone",
        "Can the doctor just phone me the results?",
        "Our procedure is that abnormal results are given face to face, so I can't read them "
        "out over the phone. I can get you an appointment with Dr Shah tomorrow at 9 though.",
        "PA",
    ),
    Line(
        "software e-mail",
        "Please refund the annual plan, I only used it for a month.",
        "Annual plans are non-refundable after 14 days under our terms. That said, I'm able to "
        "switch you to monthly billing from your next renewal and cancel the auto-renewal now.",
        "PA",
    ),
    Line(
        "retail phone",
        "It's two days past the 30-day returns period, surely you can take it back.",
        "The returns window has closed, sorry, but I can still offer you store credit for the "
        "full amount.",
        "PA",
    ),
    Line(
        "bank e-mail",
        "How long will the refund take?",
        "Our policy is to refund disputed card payments within 5 working days of the claim, so "
        "you'll see the money back by next Wednesday.",
        "MC",
        "money back",
        "next Wednesday",
    ),
    Line(
        "travel phone",
        "The flight was delayed nine hours, we missed our cruise!",
        "I'm sorry, but compensation isn't paid for weather delays. That's the policy.",
        "BP",
    ),
    Line(
        "retail chat",
        "Can I get a receipt reissued for my warranty?",
        "We can't reissue receipts. Company policy.",
        "BP",
    ),
    Line(
        "bank phone",
        "Can you waive the overdraft fee just this once? It was a mistake.",
        "No, I'm afraid the rules are the rules and the fee stands.",
        "BP",
    ),
    Line(
        "telecom e-mail",
        "Please unlock my phone, I've paid it off.",
        "Unfortunately our procedures do not permit unlocking until the device has been on the "
        "network for 90 days.",
        "BP",
    ),
    Line(
        "health chat",
        "Can I order my repeat prescription early? I'm going on holiday.",
        "Sorry, guidelines say we can only issue it 7 days before it's due.",
        "BP",
    ),
    Line(
        "software chat",
        "Can you restore my deleted workspace?",
        "Deleted workspaces can't be restored after 30 days as per our data retention policy.",
        "BP",
    ),
    Line(
        "retail e-mail",
        "The sale price ended yesterday, can I still have it?",
        "My hands are tied on this one, the system sets the prices.",
        "BP",
    ),
    Line(
        "bank chat",
        "Why do you need my ID again?",
        "For security reasons we ask every customer for ID once a year; it only takes a minute "
        "in the app, and I can walk you through it now.",
    ),
    Line(
        "travel chat",
        "Can I bring my dog on the train?",
        "Yes! Our rules allow small dogs free of charge, as long as they're on a lead or in a "
        "carrier.",
    ),
    # Hand-offs, cold and warm.
    Line(
        "telecom phone",
        "I've been charged for a phone I returned.",
        "That's billing, I'll transfer you now.",
        "TW",
    ),
    Line(
        "bank chat",
        "My mortgage payment bounced and I don't know why.",
        "I'm going to pass you over to the mortgages team, please hold.",
        "TW",
    ),
    Line(
        "retail e-mail",
        "The replacement you sent is the wrong colour too.",
        "I have forwarded your complaint to the relevant department.",
        "TW",
    ),
    Line(
        "software chat",
        "The API keeps returning 500 errors.",
        "Someone from our technical team will get in touch.",
        "TW",
    ),
    Line(
        "health phone",
        "I need to talk about my bill from the clinic.",
        "Hmm, you'll want the finance office for that. Let me put you through.",
        "TW",
    ),
    Line(
        "travel chat",
        "My seat was changed without my consent.",
        "I'll escalate this to the airline.",
        "TW",
    ),
    Line(
        "telecom social",
        "@telco no signal in Hull for 2 days now",
        "Hi, please contact our technical support team on 0800 123 456 who will be able to help.",
        "DF",
    ),
    Line(
        "telecom phone",
        "I want to upgrade but also query my bill.",
        "I'll transfer you to billing and stay on the line so you don't have to explain it all "
        "again.",
        "TO",
    ),
    Line(
        "bank phone",
        "I think I've been scammed.",
        "I'm putting you through to our fraud team now; I've already explained what happened, "
        "so you won't need to repeat it, and your reference is FR-20931.",
    ),
    Line(
        "software e-mail",
        "Can I get a custom SSO integration?",
        "That's one for our solutions engineers. I've passed your details to Priya, who looks "
        "after enterprise setups, and I'll check in with you on Monday to make sure she's been "
        "in touch.",
        "TO MC",
        "check in with you",
        "Monday",
    ),
    # Blame, and its kind look-alikes.
    Line(
        "retail chat",
        "The dress doesn't fit.",
        "Did you check the size chart before ordering? It's all there on the page.",
        "BC",
    ),
    Line(
        "telecom e-mail",
        "Why was I charged roaming in France?",
        "You should have turned off data roaming before you travelled, as our welcome pack "
        "explains.",
        "BC",
    ),
    Line(
        "bank phone",
        "My transfer went to the wrong account!",
        "Well, you entered the sort code yourself, so the bank can't be held responsible.",
        "BC",
    ),
    Line(
        "travel chat",
        "I missed my connection because the first flight was late.",
        "If you'd booked a longer connection this wouldn't have happened.",
        "BC",
    ),
    Line(
        "software forum",
        "My data is gone after the update!",
        "This is why we tell everyone to keep backups. You were warned in the release notes.",
        "BC",
    ),
    Line(
        "health phone",
        "Why wasn't I told the clinic moved?",
        "A letter went to every patient in March — you must have missed it.",
        "BC",
    ),
    Line(
        "bank e-mail",
        "I never got the new card PIN.",
        "You should have received it by post a few days after the card; as it hasn't arrived, "
        "I'll order a new PIN today.",
        "TO MC",
        "order a new PIN",
        "today",
    ),
    Line(
        "retail chat",
        "I ticked the wrong size by mistake.",
        "Easily done, and you didn't do anything wrong by telling us now — I'll swap it for the "
        "right size free of charge.",
        "TO",
    ),
    Line(
        "telecom chat",
        "The router you sent doesn't work.",
        "Have you actually plugged it in properly? Most of these calls are user error.",
        "BC",
    ),
    Line(
        "software chat",
        "I deleted the file by accident, can you get it back?",
        "Don't worry, it happens to the best of us. Deleted files stay in the bin for 30 days, "
        "so you can restore it from there.",
    ),
    Line(
        "travel e-mail",
        "Why can't I get my deposit back?",
        "You should have looked at the cancellation terms before you paid the deposit.",
        "BC",
    ),
    # Minimising feelings, and calm words that minimise nothing.
    Line(
        "travel phone",
        "I'm absolutely furious, we've been stuck here for six hours with two kids!",
        "Okay, calm down. I can only help if you stop shouting.",
        "MF",
    ),
    Line(
        "retail chat",
        "I'm so upset, the cake for my daughter's party never arrived.",
        "It's only a cake, we can refund it.",
        "MF",
    ),
    Line(
        "bank phone",
        "I'm really worried, £900 has left my account.",
        "Lots of people get caught by these scams, it's not the end of the world. We'll look "
        "into it.",
        "MF TO",
    ),
    Line(
        "telecom e-mail",
        "This is the fourth week without internet and I work from home. I'm at breaking point.",
        "I understand, but there are customers in your area who have been waiting longer.",
        "MF",
    ),
    Line(
        "health chat",
        "I'm scared about the biopsy.",
        "Honestly, there's nothing to be scared of, it's a tiny procedure.",
        "MF",
    ),
    Line(
        "software chat",
        "I'm so frustrated, I've lost a whole day to this bug.",
        "You're overthinking it, just restart the app.",
        "MF",
    ),
    Line(
        "travel e-mail",
        "My father gets anxious at airports.",
        "Our assistance lounge is a calm place to wait, and the team will take him to the gate "
        "at 2:15.",
        "MC",
        "take him to the gate",
        "2:15",
    ),
    Line(
        "bank chat",
        "Sorry, I'm in a bit of a panic.",
        "Take your time, there's no rush at all. Let me check what's happened to the payment.",
        "TO",
    ),
    Line(
        "telecom chat",
        "I'm so annoyed with this.",
        "No need to apologise for being annoyed — I would be too. I'll get this fixed today.",
        "TO MC",
        "get this fixed",
        "today",
    ),
    Line(
        "travel chat",
        "Will I make the 17:05 connection?",
        "You should — it's only a short walk between platforms 3 and 4.",
    ),
    # Non-apologies, and real apologies.
    Line(
        "retail e-mail",
        "Your staff member was incredibly rude to me.",
        "We're sorry you feel that our staff were rude.",
        "NA",
    ),
    Line(
        "bank phone",
        "You've made me miss my rent payment!",
        "I apologise if you were inconvenienced.",
        "NA",
    ),
    Line(
        "telecom social",
        "@telco worst customer service ever",
        "Sorry you feel that way. DM us if you'd like us to take a look.",
        "NA",
    ),
    Line(
        "travel e-mail",
        "The room was filthy and the manager laughed at me.",
        "We regret that you found your stay disappointing.",
        "NA",
    ),
    Line(
        "software e-mail",
        "Your update broke my workflow.",
        "Apologies for any inconvenience this may have caused.",
        "NA",
    ),
    Line(
        "health phone",
        "The receptionist shouted at me.",
        "I'm sorry that you took offence at what she said.",
        "NA",
    ),
    Line(
        "retail chat",
        "I've been on hold for 40 minutes.",
        "I'm sorry you've had to wait so long, that's not okay. How can I help?",
    ),
    Line(
        "bank e-mail",
        "Your letter said I owed £0.00 and threatened legal action.",
        "I'm so sorry, that letter should never have gone out and I can see why it frightened "
        "you. I'll make sure it's withdrawn today.",
        "TO MC",
        "withdrawn",
        "today",
    ),
    Line(
        "software chat",
        "Sorry if I'm not explaining well.",
        "Not at all, sorry if I misunderstood you earlier. Can you send a screenshot?",
    ),
    # Rudeness, and rude words that are not the agent's.
    Line(
        "telecom chat",
        "I've asked three times, why is my bill wrong??",
        "As I already said, the bill is correct. Read it again.",
        "RL",
    ),
    Line(
        "retail phone",
        "I want to speak to a manager!",
        "Whatever. Hold on.",
        "RL",
    ),
    Line(
        "bank chat",
        "This is ridiculous, your app is useless.",
        "You're being ridiculous, the app works fine for everyone else.",
        "RL",
    ),
    Line(
        "travel e-mail",
        "Can you explain the baggage allowance again?",
        "It's not rocket science. 23kg, one bag.",
        "RL",
    ),
    Line(
        "software forum",
        "How do I export to CSV?",
        "Google is your friend. This has been asked a hundred times.",
        "RL",
    ),
    Line(
        "health phone",
        "I don't understand the dosage.",
        "Ugh, I haven't got time to go through it again.",
        "RL",
    ),
    Line(
        "telecom e-mail",
        "Your service is crap and your staff are useless.",
        "You said our service has been 'crap' lately, and after three outages in a month I "
        "can't argue. I'll credit this month's bill today.",
        "TO MC",
        "credit this month's bill",
        "today",
    ),
    Line(
        "retail chat",
        "Is this a stupid question? Can I return a gift without the receipt?",
        "Not a stupid question at all! Yes, with the gift receipt or your card we can refund or "
        "exchange it.",
    ),
    Line(
        "software chat",
        "hell of a week, my laptop died",
        "That sounds like a hell of a week. Let me get your licence moved to the new laptop.",
        "TO",
    ),
    # None of the ten.
    Line(
        "bank chat",
        "When will the branch reopen?",
        "The branch reopens on Monday at 9am after the refurbishment.",
    ),
    Line(
        "retail social",
        "Do you price match?",
        "We do! If you find it cheaper at a UK retailer within 14 days, we'll refund the "
        "difference.",
    ),
    Line(
        "telecom chat",
        "Thanks, that's all sorted now.",
        "Brilliant, glad I could help. Have a lovely evening!",
    ),
    Line(
        "health e-mail",
        "Can I bring someone with me to the scan?",
        "Yes, one adult can come in with you, though they'll need to wait outside the scanning "
        "room itself.",
    ),
    Line(
        "software e-mail",
        "Is there a way to bulk delete users?",
        "Yes: go to Admin > Users, tick the ones you want and choose Delete from the Actions menu.",
    ),
    Line(
        "bank phone",
        "I'll call back tomorrow then.",
        "That's fine — if you ring before 10 you'll usually get through quickly.",
    ),
    Line(
        "retail social",
        "@shop love the new store in Leeds!",
        "Thank you so much! We'll pass your kind words on to the team there 😊",
    ),
]


def read_block(lines: list[Line]) -> dict[str, FreshScores]:
    """Each behaviour's agreement with the labels of `lines`, the detectors run once per
    line through `detect` (the agent turn with the customer's turn as context)."""
    found = [
        {e.behaviour for e in detect(line.text, line.context, behaviours=BEHAVIOURS)}
        for line in lines
    ]
    return {
        behaviour: fresh_scores(
            (line.text, line.shows(behaviour), behaviour in seen)
            for line, seen in zip(lines, found, strict=True)
        )
        for behaviour in BEHAVIOURS
    }


def commitment_details(line: Line) -> list[dict[str, str]]:
    """The detail of each `makes_commitment` evidence for `line`."""
    read = detect(line.text, line.context, behaviours=["makes_commitment"])
    return [dict(e.detail) for e in read]


def promise_read_right(line: Line) -> bool:
    """True when some commitment found in `line` holds the expected `what` and `by`."""
    return any(
        line.what.lower() in d.get("promise", "").lower()
        and line.by.lower() in d.get("by", "").lower()
        for d in commitment_details(line)
    )


def assert_new(lines: list[Line], *earlier: list[Line]) -> None:
    """No agent line repeats, nor appears word for word in another test of this folder
    or in an earlier block."""
    texts = [line.text for line in lines]
    assert len(set(texts)) == len(texts), "a line repeats"
    seen = {line.text for block in earlier for line in block}
    assert not set(texts) & seen, "a line of an earlier block"
    here = Path(__file__).parent
    others = [
        p.read_text(encoding="utf-8")
        for p in here.glob("test_*.py")
        if not p.name.startswith("test_committed_fresh")
    ]
    repeated = [t for t in texts if any(t in other for other in others)]
    assert not repeated, repeated


def block_module(number: int) -> ModuleType:
    """The module of blind block `number` (`test_committed_fresh<number>.py`)."""
    return import_module(f"{__package__}.test_committed_fresh{number}")


def blocks_before(number: int) -> list[list[Line]]:
    """The `BLOCK` of every blind block numbered below `number`: the lines block
    `number` must not repeat (see `assert_new`)."""
    return [block_module(earlier).BLOCK for earlier in range(1, number)]


def test_the_block_is_new() -> None:
    assert_new(BLOCK)


#: Floors a little under the figures after this round's fixes (see the docstring).
FLOORS = {
    "takes_ownership": 0.93,
    "makes_commitment": 0.95,
    "deflects": 0.95,
    "explains_policy_with_alternative": 0.88,
    "blames_policy": 0.95,
    "transfers_without_ownership": 0.95,
    "blames_customer": 0.95,
    "minimises_feelings": 0.95,
    "non_apology": 0.95,
    "rude_language": 0.95,
}


def assert_floor(lines: list[Line], behaviour: str, floor: float) -> None:
    """`behaviour` agrees with the labels of `lines` at F1 `floor` or better."""
    scores = read_block(lines)[behaviour]
    assert scores.f1 >= floor, f"{behaviour}: {scores.summary()}"


def wrong_firings(lines: list[Line], behaviour: str) -> list[str]:
    """The lines of `lines` on which `behaviour` fires though they are not labelled
    with it: for a breaker, each one an unfair cap on someone's scorecard."""
    return [
        line.text
        for line in lines
        if detect(line.text, line.context, behaviours=[behaviour]) and not line.shows(behaviour)
    ]


#: The four breakers blocks 5 to 7 label, by their codes.
FOUR_BREAKERS = {
    "RL": "rude_language",
    "MF": "minimises_feelings",
    "DF": "deflects",
    "NA": "non_apology",
}


def label_counts(lines: list[Line]) -> tuple[int, dict[str, int]]:
    """How many lines `lines` holds, and how many carry each code of `FOUR_BREAKERS`."""
    return len(lines), {c: sum(c in line.labels.split() for line in lines) for c in FOUR_BREAKERS}


def assert_breaker_holds(lines: list[Line], behaviour: str, floor: float) -> None:
    """`behaviour` fires on no line of `lines` not labelled with it (a wrong cap on a
    scorecard) and agrees with the labels at F1 `floor` or better."""
    assert wrong_firings(lines, behaviour) == []
    assert_floor(lines, behaviour, floor)


#: Every utterance breaker the engine has: none may fire on a block's hard negatives.
ALL_BREAKERS = (
    "deflects",
    "blames_policy",
    "transfers_without_ownership",
    "blames_customer",
    "minimises_feelings",
    "non_apology",
    "rude_language",
)


class BreakerBlockChecks:
    """The checks every breaker block (`test_committed_fresh<number>.py`) makes, for a
    `TestBlock` class there to inherit with its own figures: the block repeats no
    earlier line; it holds its labelled counts (`label_counts`, each of
    `FOUR_BREAKERS`); each of `FOUR_BREAKERS` holds its floor (`floors`, in their order)
    and never fires wrongly."""

    number: int
    block: list[Line]
    counts: dict[str, int]
    floors: tuple[float, ...]

    def test_the_block_is_new(self) -> None:
        assert_new(self.block, *blocks_before(self.number))

    def test_the_block_holds_what_it_says(self) -> None:
        assert label_counts(self.block) == (len(self.block), self.counts)

    @pytest.mark.parametrize("behaviour", FOUR_BREAKERS.values())
    def test_each_breaker_holds_its_floor_and_never_fires_wrongly(self, behaviour: str) -> None:
        floor = dict(zip(FOUR_BREAKERS.values(), self.floors, strict=True))[behaviour]
        assert_breaker_holds(self.block, behaviour, floor)


class HardNegativeChecks:
    """A block's `hard_negatives` unlabelled lines are fair service: no breaker of
    `ALL_BREAKERS`, labelled in the block or not, may fire on one of them (each firing
    an unfair cap)."""

    block: list[Line]
    hard_negatives: int

    @pytest.mark.parametrize("behaviour", ALL_BREAKERS)
    def test_no_breaker_caps_a_hard_negative(self, behaviour: str) -> None:
        negatives = [line for line in self.block if not line.labels]
        assert len(negatives) == self.hard_negatives
        assert wrong_firings(negatives, behaviour) == []


def assert_commitments_read(lines: list[Line], least: int) -> None:
    """At least `least` commitments of `lines` come with the expected what and by when."""
    positives = [line for line in lines if line.shows("makes_commitment")]
    right = [line for line in positives if promise_read_right(line)]
    wrong = [(line.text, commitment_details(line)) for line in positives if line not in right]
    assert len(right) >= least, wrong


@pytest.mark.parametrize("behaviour", FLOORS)
def test_each_behaviour_holds_its_floor_on_the_block(behaviour: str) -> None:
    assert_floor(BLOCK, behaviour, FLOORS[behaviour])


def test_commitments_say_what_was_promised_and_by_when() -> None:
    assert_commitments_read(BLOCK, 21)


# One new line for each kind of error this block showed, and for each look-alike the
# fixes must leave alone, (behaviour, customer's turn, agent's turn, found?). The start
# rules read 33 of them wrong; the other seven guard what already worked.
CLASSES = [
    # A policy with the provider's own capability as the way forward.
    (
        "explains_policy_with_alternative",
        "Can I return the mattress? I've slept on it.",
        "For hygiene reasons used mattresses can't come back, but I'm able to arrange a "
        "comfort exchange for a firmer one.",
        True,
    ),
    (
        "explains_policy_with_alternative",
        "Can you refund the course fee?",
        "Course fees are non-refundable under our terms. I could move your place to the "
        "spring intake though.",
        True,
    ),
    (
        "blames_policy",
        "Why do you need a utility bill?",
        "For security reasons we check an address once a year; it only takes a minute, and I "
        "can do it with you now.",
        False,
    ),
    (
        "blames_policy",
        "Can I get a paper statement?",
        "We don't post statements. Bank policy.",
        True,
    ),
    (
        "blames_policy",
        "Please can you make an exception?",
        "Sorry, the policy is the policy and I can't change it.",
        True,
    ),
    (
        "blames_policy",
        "Can you unlock the handset?",
        "Our procedures don't permit unlocking a handset that is still on finance.",
        True,
    ),
    # Minimising: what the customer raised made small, and information that is not.
    (
        "minimises_feelings",
        "I'm fuming, my suitcase never arrived.",
        "Honestly, it's only a suitcase, it'll turn up.",
        True,
    ),
    (
        "minimises_feelings",
        "Is the gym far from the hotel?",
        "It's only a short drive away.",
        False,
    ),
    (
        "minimises_feelings",
        "I'm panicking, my card was declined at the till.",
        "It's not the end of the world, these things happen.",
        True,
    ),
    (
        "minimises_feelings",
        "Three weeks without a cooker, I'm at my wits' end.",
        "Some customers have waited much longer than that for a part.",
        True,
    ),
    (
        "minimises_feelings",
        "I'm nervous about the anaesthetic.",
        "There's nothing to be afraid of, it's very routine.",
        True,
    ),
    # Blame: a customer's step left out, a warning said again, diligence questioned.
    (
        "blames_customer",
        "Why did my card get blocked abroad?",
        "You should have switched on travel mode in the app before you left.",
        True,
    ),
    (
        "blames_customer",
        "The update wiped my settings.",
        "You were warned about that in the upgrade screen.",
        True,
    ),
    (
        "blames_customer",
        "The shoes are too small.",
        "Did you look at the fit guide before buying them?",
        True,
    ),
    (
        "blames_customer",
        "I haven't had my renewal reminder.",
        "You should have had an email last week; I'll resend it now.",
        False,
    ),
    # Non-apologies for the customer's perception.
    (
        "non_apology",
        "Your engineer was really rude.",
        "I'm sorry you feel that the engineer was rude to you.",
        True,
    ),
    (
        "non_apology",
        "The food was cold.",
        "We regret that you found the meal disappointing.",
        True,
    ),
    ("non_apology", "I've waited all day.", "I'm so sorry you've waited all day for us.", False),
    # Rudeness, and the customer's word said back.
    (
        "rude_language",
        "How do I change my password?",
        "That has been answered hundreds of times on the forum.",
        True,
    ),
    (
        "rude_language",
        "Can you explain the charges again?",
        "I don't have time to go through it again.",
        True,
    ),
    (
        "rude_language",
        "What a hell of a morning, the boiler's gone.",
        "Sounds like a hell of a morning. I'll get an engineer out to you today.",
        False,
    ),
    (
        "rude_language",
        "Your app is crap.",
        'You called the app "crap", and after this week I understand why.',
        False,
    ),
    # Ownership: a refusal to stop, a second verb, a closing check after a dash, the verb
    # family; a hand-off verb alone is no ownership.
    (
        "takes_ownership",
        "My payment hasn't gone through.",
        "I won't hang up until the payment shows as cleared.",
        True,
    ),
    (
        "takes_ownership",
        "I need to claim on my policy.",
        "I'll put you through to claims and stay on the call with you.",
        True,
    ),
    (
        "takes_ownership",
        "The table came with a cracked leg.",
        "I'll arrange a courier — does Tuesday work for you?",
        True,
    ),
    (
        "makes_commitment",
        "The table came with a cracked leg.",
        "I'll arrange a courier — does Tuesday work for you?",
        False,
    ),
    ("takes_ownership", "These boots pinch.", "I'll swap them for a larger size.", True),
    (
        "takes_ownership",
        "The blender stopped working.",
        "I'll escalate it to the manufacturer.",
        False,
    ),
    # Commitments: arrival, a colleague's verb, "o'clock", "the next few minutes"; a time in
    # a condition is the customer's.
    (
        "makes_commitment",
        "Where's my new card?",
        "Your new card should arrive within seven working days.",
        True,
    ),
    (
        "makes_commitment",
        "I'm worried about finding the clinic.",
        "The nurse will meet you at reception at 3:45.",
        True,
    ),
    ("makes_commitment", "Can someone call me?", "I'll ring you before four o'clock.", True),
    (
        "makes_commitment",
        "I need to reset my login.",
        "You'll get a link in the next few minutes.",
        True,
    ),
    (
        "makes_commitment",
        "Can I return it if it doesn't fit?",
        "If you return it within 30 days, we'll refund the full price.",
        False,
    ),
    (
        "transfers_without_ownership",
        "Has anyone looked at my claim?",
        "I've passed your claim to our assessor, and he'll reply to you within two days.",
        False,
    ),
    # Deflection in other words.
    (
        "deflects",
        "Can you change my tariff?",
        "That's not something we can change from this desk.",
        True,
    ),
    (
        "deflects",
        "Why is my refund taking so long?",
        "Refund timings are for your bank to decide, not us.",
        True,
    ),
    (
        "deflects",
        "There's a smell of gas in my kitchen.",
        "Please contact your energy provider's emergency line.",
        True,
    ),
    (
        "deflects",
        "When will my sofa come?",
        "Delivery dates aren't up to us, the courier sets them.",
        True,
    ),
]


def assert_kind(behaviour: str, context: str, text: str, found: bool) -> None:
    """`behaviour` is found in `text` (after `context`) exactly when `found`."""
    read = detect(text, context, behaviours=[behaviour])
    assert bool(read) is found, read


@pytest.mark.parametrize(("behaviour", "context", "text", "found"), CLASSES)
def test_kinds_of_error_and_their_look_alikes(
    behaviour: str, context: str, text: str, found: bool
) -> None:
    assert_kind(behaviour, context, text, found)
