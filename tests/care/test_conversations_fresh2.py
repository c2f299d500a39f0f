"""Blind block: twelve more whole conversations scored the way a QA analyst would.

Written 2026-11-24, session 20 (helper "conversations"), in our own words. Every
conversation's verdicts (each behaviour present / absent / not applicable, the breakers
and the flags) were written down here before `score()` read a line.

The block: chat, e-mail, phone transcripts and social DMs from sectors the first block
(`test_conversations_fresh1.py`) did not use: insurance claims, healthcare booking, a
car dealer, council housing repairs, a gym, an airline, a marketplace, B2B software, an
energy supplier, a parcel locker, university admissions and pet insurance. Excellent
(D01, D04, D06, D08), poor (D03, D07, D10) and mixed (D02, D05, D09, D11) service; an
angry customer won round (D06); an agent polite but never answering (D07); a promise
made and then reported broken (D04); a customer writing in two languages' abbreviations
and typos (D08); a conversation the bot settled alone (D12).

The analyst's conventions, decided before the read: an apology is due for the
company's own part; where the company had no part in what went wrong (a burst pipe, a
lost job, a sick dog) `apologises` is not applicable and sympathy counts as
acknowledging the feeling. "Which works better for you?" between two options is a closed
question. A case passed to another team, even with ownership, is not resolved without a
hand-off.

First read (per behaviour in `FIRST_READ`): 248 of 276 verdicts agreed (89.9 %), flags
in 9 of 12 conversations.

Mended by kind, conversation-level first, each with named conversations below that fail
on the code before:
- promptness: a customer's turn that only accepts and thanks ("Yes, I'll be in. Thank
  you.") waits for no reply, so when they write again before the agent answers (the
  broken promise, the next day) the wait runs from that turn
  (`responsive.accepts_with_thanks`; D04: responds_promptly 11 -> 12);
- hand-offs: "I've passed your e-mail to…" (a hyphenated thing handed on) is a
  hand-over, bare with nothing owned after it (D03: transfers_without_ownership
  10 -> 11); a problem pushed away in any agent turn ("trial extensions are handled by
  your account manager, please contact them directly": `deflects`) is not settled in the
  conversation (D09: resolves_without_handoff);
- questions: a request for something done ("And can someone look at it this week?")
  beside a question answered by its words is answered too by the step put on the
  customer instead ("You'll have to take it to a garage yourself."), a no (D03:
  answers_all_questions and ignores_question 11 -> 12; a request of three content words
  or more stays with the sibling rule that `ignores_question` reads too);
- policy: "our policy is that … are not covered" restricts as "we don't cover" did, and
  "you should have checked / received…" looks back, so it is no promise that spares a
  policy wall (D03: blames_policy and explains_policy_with_alternative 11 -> 12);
- resolution: a membership "frozen" or "paused" is an act done (D05), and a confirmation
  in shorthand or the customer's other language ("vale perfecto thx", "parfait") confirms
  (D08): with D09 above, resolves_without_handoff 8 -> 11;
- paraphrases: the line the customer reached ("you're through to bookings", "you've
  reached the claims line") and a letter's "Regards" say nothing of theirs back (D02,
  D03: 8 -> 10);
- gains_agreement: "Do you want it / that one?" asks whether they take the option (D02:
  9 -> 10).

Tried and dropped: "please contact them / our … team" read as a hand-off
(transfers_without_ownership, and so makes_commitment applicable in D09): the committed
block fresh1 labels "please contact our technical support team on 0800…" a deflection
only, and its transfers floor fell (0.923 < 0.95).

Also mended: a turn opening with a reaction of marks alone ("Oh! 😮, three damaged
parcels…") crashed the paraphrase reading (an empty piece read as a noun phrase).

After: 260 of 276 (94.2 %), flags in 9 of 12; no behaviour worse. Dev figures unchanged
(paraphrases 0.7308, 1193/148/731; gains_agreement 0.7018, 20/4/13; offers_solution
0.6325, 37/20/23; the rest as before in benchmarks/care_accuracy.py).

Later the same session (985a7fc, 5f1addc, mends of other kinds): 264 of 276 (95.7 %):
D03's "You'll have to take it to a garage yourself" is read as a deflection, so no offer
nor agreement is credited there; D10's "It's gone up because your usage went up" (the
cause explained) is no paraphrase. Flags still right in 9 of 12.

Left, and why:
- apologises (D01, D02, D05): the analyst holds an apology due only for the company's
  part; the rubric applies it whenever the customer reads unhappy, and the detector reads
  "I'm so sorry, waking up to that…" (a burst pipe) and "sorry to hear about your job" as
  apologies. The product question of fresh1 (does a complaint that names no feeling make
  these applicable?) has its converse here: does a customer upset by their own misfortune
  make an apology applicable?
- deflects and offers_solution (D03): "You'll have to take it to a garage yourself" is
  read as a step offered, not pushed away (deflects belongs to helper "breakers"); so
  gains_agreement applies there too;
- paraphrases (D09, D10): an explanation of the cause reusing the customer's words ("It's
  gone up because your usage went up") is read as said back;
- hand-off (D09): "please contact them directly" is a deflection but no hand-off, so
  transfers_without_ownership is absent and makes_commitment not applicable (see above);
- judgement calls: "You'll get a text in a few minutes" read as a promise (D02, and its
  promise_to_keep flag), "Which identity provider do you use?" read as open (D09),
  congratulations and good luck read as acknowledging feelings (D07), a delegation to the
  claims team with a callback read as resolved (D11), "Send us a meter reading… if you
  think it's wrong" not read as a way forward (D10);
- sentiment flags: D03's first turn (a calm fault report) reads negative, so no
  sentiment_dropped; D09's last turn (thanks, then "bit disappointing") reads negative.
"""

from __future__ import annotations

import pytest

from legendary.care.model import Channel, make_conversation
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score

from .test_conversations_fresh1 import (
    BEHAVIOURS,
    Case,
    agreement_by_behaviour,
    disagreements,
    scorecards,
)


def _set(names: str) -> frozenset[str]:
    return frozenset(names.split())


_M = 60
_H = 3600

CASES: tuple[Case, ...] = (
    # Home insurance claim by phone, excellent: a burst pipe, the claim opened and owned.
    Case(
        "D01",
        Channel.PHONE,
        "Tom Brennan",
        (
            (
                "agent",
                0,
                "Good morning, Hartwell Home Insurance claims, Nadia speaking. Can I take "
                "your name?",
            ),
            (
                "customer",
                8,
                "It's Tom Brennan. A pipe burst upstairs overnight and half the kitchen "
                "ceiling has come down. I'm honestly in bits, I don't know where to start.",
            ),
            (
                "agent",
                20,
                "Oh Tom, I'm so sorry, waking up to that must have been a real shock. "
                "Let's take it one step at a time together. Is the water turned off at the "
                "stopcock now?",
            ),
            ("customer", 30, "Yes, my neighbour helped me turn it off about six."),
            (
                "agent",
                45,
                "Good, that's the most important thing done. So the pipe burst in the "
                "night, the ceiling is down and the water is off now. What's been damaged "
                "besides the ceiling?",
            ),
            (
                "customer",
                60,
                "The cooker's full of plaster, the floor's soaked and I can't use the "
                "kitchen at all. Will you pay for us to eat out, or do we just live on "
                "takeaways?",
            ),
            (
                "agent",
                95,
                "I understand you need a way to eat properly while the kitchen is out of "
                "action. Your policy covers the extra cost, so keep your meal receipts and "
                "we'll pay them back, up to £40 a day. I've opened your claim, the "
                "reference is HC-20418, and I'll book a loss adjuster to visit you on "
                "Thursday at 10am. Does Thursday morning work for you?",
            ),
            ("customer", 120, "Thursday's fine. Thank you, that's a weight off."),
            (
                "agent",
                140,
                "I'll e-mail you the claim summary and the adjuster's name within the "
                "hour. Thank you for calling us so quickly, Tom, it really helps. Is there "
                "anything else on your mind?",
            ),
            ("customer", 160, "No, that's everything. Thanks Nadia."),
        ),
        _set(
            "takes_ownership makes_commitment asks_open_question paraphrases "
            "acknowledges_need answers_all_questions uses_customer_name "
            "acknowledges_feelings offers_solution gains_agreement expresses_appreciation "
            "responds_promptly resolves_without_handoff"
        ),
        _set("apologises explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Nadia",
    ),
    # Healthcare booking chat, mixed: a bot hands over; the booking is made, but a
    # question is passed by until asked again, a late reply, no name, no feeling heard.
    Case(
        "D02",
        Channel.CHAT,
        "Dan Cooper",
        (
            (
                "bot",
                0,
                "Hi, I'm the clinic's booking assistant. What would you like to do today?",
            ),
            (
                "customer",
                15,
                "I need to see a physio sooner, my back is agony and I'm fed up of waiting "
                "three weeks",
            ),
            ("bot", 20, "I'll pass you to a member of our booking team."),
            (
                "agent",
                50,
                "Hello, you're through to bookings. Can I have your date of birth please?",
            ),
            ("customer", 70, "14/03/1981, Dan Cooper"),
            (
                "agent",
                110,
                "Your current appointment is 2 December at 3pm. There's a cancellation "
                "this Wednesday at 8:15am with Priya Rahman. Do you want it?",
            ),
            (
                "customer",
                130,
                "Yes please. Will my old appointment be cancelled or do I have to do it?",
            ),
            (
                "agent",
                160,
                "I've booked you in for Wednesday at 8:15am. You'll get a text in a few minutes.",
            ),
            ("customer", 200, "ok but what about the december one??"),
            (
                "agent",
                290,
                "The December one is cancelled automatically when you take a new slot.",
            ),
            ("customer", 310, "ok thanks"),
            ("agent", 330, "Bye."),
        ),
        _set(
            "takes_ownership answers_all_questions offers_solution gains_agreement "
            "resolves_without_handoff"
        ),
        _set("makes_commitment apologises explains_policy_with_alternative"),
        agent="Kim",
    ),
    # Car dealer e-mail, poor: a late reply that blames the buyer, a policy wall, a
    # garage "yourself", then a hand-off to aftersales that nobody follows up.
    Case(
        "D03",
        Channel.EMAIL,
        "Chloe Marsh",
        (
            (
                "customer",
                0,
                "Hello, I bought a 2019 Golf from your Leeds branch on the 3rd. Since "
                "Monday the engine warning light has been on and the car judders when I "
                "pull away. It has only done 400 miles since I bought it. Is this covered by "
                "the warranty? And can someone look at it this week? Regards, Chloe Marsh",
            ),
            (
                "agent",
                26 * _H,
                "Hi Chloe, warning lights are usually down to the way a car is driven. "
                "You should have checked the car over properly on the test drive. Our "
                "policy is that faults reported after 14 days are not covered by the "
                "dealership. You'll have to take it to a garage yourself. Regards, Darren",
            ),
            (
                "customer",
                28 * _H,
                "I'm shocked at this reply. The car is three weeks old, I drove it gently, "
                "and the law gives me 30 days to reject a faulty car. I'm not happy being "
                "told it's my fault.",
            ),
            (
                "agent",
                29 * _H,
                "Hi Chloe, I've passed your e-mail to our aftersales manager. Regards, Darren",
            ),
            (
                "customer",
                52 * _H,
                "Nobody from aftersales has contacted me. I'll be taking this to the ombudsman.",
            ),
            (
                "agent",
                53 * _H,
                "Hi Chloe, aftersales are very busy at the moment. Regards, Darren",
            ),
        ),
        _set(
            "deflects blames_customer answers_all_questions uses_customer_name "
            "blames_policy transfers_without_ownership"
        ),
        _set("gains_agreement"),
        _set("breaker critical_breaker ended_negative sentiment_dropped"),
        agent="Darren",
    ),
    # Council housing repairs, a chat held as messaging over two days: an emergency
    # repair promised, the promise broken, then owned and put right.
    Case(
        "D04",
        Channel.CHAT,
        "Fatima Ahmed",
        (
            (
                "customer",
                0,
                "Hi, the boiler in my flat at 14 Elm Court stopped working on Sunday. No "
                "heating or hot water and I've got two small kids. Please can someone come "
                "out?",
            ),
            (
                "agent",
                40,
                "Hi Ms Ahmed, I'm sorry you've been without heating since Sunday, that's "
                "really hard with little ones. I've raised an emergency repair, reference "
                "RP-7731, and an engineer will come tomorrow between 8am and 12pm. I'll text "
                "you when they're on the way. Does that suit you?",
            ),
            ("customer", 5 * _M, "Yes, I'll be in. Thank you."),
            (
                "customer",
                28 * _H,
                "Nobody came this morning. I waited in all morning, no text, nothing. The "
                "kids had to have a cold wash again. I'm so angry.",
            ),
            (
                "agent",
                28 * _H + 3 * _M,
                "I'm so sorry, Ms Ahmed, you were promised a visit and we let you down. So "
                "nobody came, you had no text, and the children have gone another day "
                "without hot water. I understand how angry you must be. The engineer's van "
                "broke down and nobody told you, which should never have happened. I've "
                "rebooked the first slot today, between 3pm and 5pm, and I'll ring you "
                "myself at 2:30 to confirm he's on his way. I'm also sending two electric "
                "heaters to you this afternoon. Is there anything else you need while we "
                "sort this?",
            ),
            ("customer", 28 * _H + 6 * _M, "Just get it fixed please."),
            ("agent", 28 * _H + 7 * _M, "I will. I'll call you at 2:30."),
            ("customer", 33 * _H, "Engineer's been, heating's back on. Thanks."),
            (
                "agent",
                33 * _H + 2 * _M,
                "That's great news. Thank you for bearing with us, Ms Ahmed.",
            ),
        ),
        _set(
            "takes_ownership makes_commitment paraphrases answers_all_questions "
            "uses_customer_name acknowledges_feelings apologises offers_solution "
            "gains_agreement expresses_appreciation responds_promptly "
            "resolves_without_handoff"
        ),
        _set("explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Owen",
    ),
    # Gym membership social DM: a minimum term explained with a freeze instead.
    Case(
        "D05",
        Channel.SOCIAL,
        "Leah Gordon",
        (
            (
                "customer",
                0,
                "How do I cancel my membership? I've lost my job and can't afford £45 a "
                "month anymore.",
            ),
            (
                "agent",
                12 * _M,
                "Hi Leah, I'm really sorry to hear about your job, that's a tough time. "
                "Your contract has a 12-month minimum term, so it can't be cancelled before "
                "March, but what I can do is freeze it for up to three months at no charge, "
                "and you won't pay anything while it's frozen. Would a freeze help for now?",
            ),
            ("customer", 20 * _M, "Yes, that would help, thank you so much."),
            (
                "agent",
                26 * _M,
                "I've frozen it from today until 24 February, and I'll message you here on "
                "17 February so you can decide what to do next. Thanks for letting us know, "
                "Leah, and good luck with the job hunt.",
            ),
            ("customer", 30 * _M, "Thank you, really appreciate it."),
            ("agent", 33 * _M, "Take care."),
        ),
        _set(
            "takes_ownership makes_commitment answers_all_questions uses_customer_name "
            "acknowledges_feelings offers_solution gains_agreement expresses_appreciation "
            "responds_promptly resolves_without_handoff explains_policy_with_alternative"
        ),
        _set("apologises"),
        _set("promise_to_keep"),
        agent="Jade",
    ),
    # Airline rebooking chat: a furious customer, won round by ownership and speed.
    Case(
        "D06",
        Channel.CHAT,
        "Marco Costa",
        (
            (
                "customer",
                0,
                "This is a JOKE. You cancelled my flight to Rome 2 hours before departure "
                "and the app just says 'contact us'. My daughter's wedding is on Saturday. "
                "I want to know what you're going to do about it NOW.",
            ),
            (
                "agent",
                35,
                "Hi Mr Costa, I'm really sorry, a cancellation this close to departure with "
                "your daughter's wedding on Saturday is awful, and I'd be furious too. I'm "
                "going to get you to Rome myself. Can you give me your booking reference?",
            ),
            ("customer", 60, "QX4TRB. And don't put me on some flight on Sunday."),
            (
                "agent",
                100,
                "Thank you. So you need to be in Rome before Saturday, and Sunday is no "
                "good. I can put you on tonight's 19:40 from Gatwick, landing at 23:15, or "
                "tomorrow's 07:05 from Heathrow. Which works better for you?",
            ),
            ("customer", 130, "Tonight. Is my seat still with extra legroom? I paid for that."),
            (
                "agent",
                170,
                "I've booked you on the 19:40 tonight, seat 12C with extra legroom, at no "
                "cost. Your new boarding pass is in your e-mail now. Because we cancelled, "
                "you're also owed compensation: I've started that claim for you, and you'll "
                "have an e-mail about it within 5 working days.",
            ),
            (
                "customer",
                200,
                "OK. That's actually really good, thank you. Sorry for shouting earlier.",
            ),
            (
                "agent",
                225,
                "No need to apologise at all, Mr Costa, you had every reason to be upset. "
                "Thank you for your patience, and I hope the wedding is wonderful.",
            ),
            ("customer", 250, "Thanks, you've been brilliant."),
        ),
        _set(
            "takes_ownership makes_commitment paraphrases acknowledges_need "
            "answers_all_questions uses_customer_name acknowledges_feelings apologises "
            "offers_solution gains_agreement expresses_appreciation responds_promptly "
            "resolves_without_handoff"
        ),
        _set("explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Aisha",
    ),
    # University admissions e-mail: polite and thankful, never answers either question.
    Case(
        "D07",
        Channel.EMAIL,
        "Ellie Whitford",
        (
            (
                "customer",
                0,
                "Dear Admissions, I've received a conditional offer for BSc Nursing "
                "(applicant ID 22-48193). My A-level results come out on 14 August. If I "
                "miss the grade in Biology by one grade, will you still accept me? And when "
                "is the deadline to accept the offer? Many thanks, Ellie Whitford",
            ),
            (
                "agent",
                3 * _H,
                "Dear Ellie, thank you for your e-mail and congratulations on your offer! "
                "We're delighted you're considering studying with us. Our Nursing course is "
                "one of the most popular in the country and we look forward to welcoming "
                "many new students in September. Please do keep an eye on your applicant "
                "portal for updates. Kind regards, Admissions Team",
            ),
            (
                "customer",
                5 * _H,
                "Thanks, but you didn't answer my questions. Will I still get in with a B "
                "instead of an A in Biology, and when do I need to accept by?",
            ),
            (
                "agent",
                8 * _H,
                "Dear Ellie, thank you for getting back to us, we appreciate your patience. "
                "Every application is looked at carefully by our team. We wish you the very "
                "best of luck with your exams! Kind regards, Admissions Team",
            ),
            (
                "customer",
                9 * _H,
                "That doesn't tell me anything. I'm getting really anxious about this.",
            ),
            (
                "agent",
                12 * _H,
                "Dear Ellie, we understand this is an exciting and busy time. Please be "
                "assured your application is in good hands. Kind regards, Admissions Team",
            ),
        ),
        _set("uses_customer_name ignores_question expresses_appreciation responds_promptly"),
        _set("makes_commitment gains_agreement explains_policy_with_alternative"),
        _set("breaker question_ignored ended_negative sentiment_dropped"),
        agent="Admissions Team",
    ),
    # Marketplace social DM: a customer writing in English and Spanish shorthand.
    Case(
        "D08",
        Channel.SOCIAL,
        "Marta Ruiz",
        (
            (
                "customer",
                0,
                "hola!! ordr #55821 nvr arrivd, tracking sez deliverd 2 dys ago but nada!! "
                "i paid 60€ pls hlp asap, tb the seller no contesta 😡",
            ),
            (
                "agent",
                12 * _M,
                "Hi Marta, I'm sorry your order hasn't reached you, that's really "
                "frustrating when the tracking says it's delivered. So the parcel shows as "
                "delivered two days ago, nothing came, and the seller hasn't replied to you. "
                "I've opened a missing parcel case for order 55821 and messaged the seller "
                "myself. If they don't answer within 48 hours, I'll refund your €60 in full. "
                "Does that sound ok?",
            ),
            ("customer", 20 * _M, "ok gracias!! n if the seller say it was deliverd?? q hago"),
            (
                "agent",
                28 * _M,
                "If the seller says it was delivered, we'll ask the courier for the photo "
                "and signature, and if there's no proof it reached you, you still get your "
                "refund. You don't need to do anything else. Thanks for the order number, it "
                "made this quick!",
            ),
            ("customer", 35 * _M, "vale perfecto thx 👍"),
            (
                "agent",
                40 * _M,
                "You're welcome, Marta. I'll message you here by Thursday with an update.",
            ),
        ),
        _set(
            "takes_ownership makes_commitment paraphrases answers_all_questions "
            "uses_customer_name acknowledges_feelings apologises offers_solution "
            "gains_agreement expresses_appreciation responds_promptly "
            "resolves_without_handoff"
        ),
        _set("explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Sol",
    ),
    # B2B software e-mail thread, mixed: a sound diagnosis and fix, but the second request
    # is sent to someone else with nobody owning it, and the disappointment goes unheard.
    Case(
        "D09",
        Channel.EMAIL,
        "Priya Nair",
        (
            (
                "customer",
                0,
                "Hi, since your update last night none of our 40 users can log in through "
                "SSO; they get 'SAML assertion invalid'. This is blocking our whole sales "
                "team. What changed, and how do we fix it? Priya Nair, IT lead, Brightwell",
            ),
            (
                "agent",
                90 * _M,
                "Hi Priya, sorry for the disruption. Last night's update started checking "
                "the signing certificate on SAML responses, and your identity provider is "
                "still sending the certificate that expired in October. If you upload the "
                "new certificate under Admin, Security, SSO, logins will work again straight "
                "away. In the meantime your admins can still sign in with a password and "
                "2FA. Which identity provider do you use, so I can send you the exact steps? "
                "Best, Jonas",
            ),
            (
                "customer",
                3 * _H,
                "It's Okta. Also, can you extend our trial of the Analytics add-on? We lost "
                "a day of it because of this.",
            ),
            (
                "agent",
                330 * _M,
                "Thanks Priya. For Okta: open the app in Okta, download the new certificate "
                "under Sign On, then upload it in Admin, Security, SSO. Trial extensions are "
                "handled by your account manager, please contact them directly. Best, Jonas",
            ),
            (
                "customer",
                6 * _H,
                "Certificate uploaded, everyone can log in again. Thanks for the quick fix. "
                "Bit disappointing about the trial though.",
            ),
            ("agent", 7 * _H, "Glad it's working again, Priya. Best, Jonas"),
        ),
        _set(
            "deflects answers_all_questions uses_customer_name apologises offers_solution "
            "expresses_appreciation responds_promptly transfers_without_ownership"
        ),
        _set("explains_policy_with_alternative"),
        _set("breaker"),
        agent="Jonas",
    ),
    # Energy supplier phone call, poor: a worried pensioner brushed off and snapped at.
    Case(
        "D10",
        Channel.PHONE,
        "",
        (
            ("agent", 0, "Energy helpline, go ahead."),
            (
                "customer",
                5,
                "Hi, my direct debit has gone up from £90 to £210 a month without any "
                "warning. I'm a pensioner, I can't afford that, I'm really worried.",
            ),
            (
                "agent",
                15,
                "It's gone up because your usage went up. Honestly it's not a big deal, "
                "everyone's has gone up this winter.",
            ),
            ("customer", 30, "It IS a big deal to me. Can you put it back down?"),
            ("agent", 45, "No. I already told you, it's based on your usage."),
            ("customer", 60, "So what am I supposed to do?"),
            (
                "agent",
                75,
                "Send us a meter reading on the website if you think it's wrong. Anything else?",
            ),
            ("customer", 90, "No. You've been no help at all."),
            ("agent", 95, "Whatever. Bye."),
        ),
        _set(
            "answers_all_questions offers_solution responds_promptly minimises_feelings "
            "rude_language"
        ),
        _set("makes_commitment uses_customer_name explains_policy_with_alternative"),
        _set("breaker critical_breaker ended_negative"),
    ),
    # Pet insurance chat, mixed: warm and owned, but a slow reply, no agreement checked,
    # and the claim left with the assessors.
    Case(
        "D11",
        Channel.CHAT,
        "Gemma Lloyd",
        (
            (
                "customer",
                0,
                "Hi, my dog Bramble had emergency surgery on Saturday and the vet bill is "
                "£2,300. I sent the claim form on Monday. When will I hear back? I'm really "
                "stressed about money right now.",
            ),
            (
                "agent",
                30,
                "Hi Gemma, I hope Bramble is on the mend, and I can see how stressful a bill "
                "that size is. I've found your claim and it's with our vet assessors. How is "
                "she doing now?",
            ),
            (
                "customer",
                55,
                "She's home and wobbly but ok. How long do the assessors take? And can you "
                "pay the vet directly so I don't have to pay it all upfront?",
            ),
            (
                "agent",
                265,
                "Glad she's home. The assessors usually decide within 10 working days. We "
                "can pay your vet directly if they agree to it: I'll ask our claims team to "
                "contact your vet today, and I'll message you here by 5pm tomorrow to tell "
                "you whether they've said yes.",
            ),
            ("customer", 285, "That would be amazing, thank you."),
            (
                "agent",
                305,
                "You're welcome. Thanks for sending the claim form so quickly, it helps a "
                "lot. Give Bramble a cuddle from us!",
            ),
            ("customer", 320, "Will do 😊"),
        ),
        _set(
            "takes_ownership makes_commitment asks_open_question answers_all_questions "
            "uses_customer_name acknowledges_feelings offers_solution "
            "expresses_appreciation"
        ),
        _set("apologises explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Rob",
    ),
    # Parcel locker chat settled by the bot alone: no agent spoke, nothing to score.
    Case(
        "D12",
        Channel.CHAT,
        "Sunil Mehta",
        (
            ("bot", 0, "Hi! I'm the parcel assistant. How can I help?"),
            (
                "customer",
                10,
                "My locker code isn't working, it says invalid code at the Station Road locker",
            ),
            (
                "bot",
                14,
                "Sorry about that! I can send you a new code. What's the tracking number on "
                "your parcel?",
            ),
            ("customer", 40, "PL99301874GB"),
            (
                "bot",
                44,
                "Thanks. I've cancelled the old code and sent a new one to your phone; it "
                "works for the next 48 hours. Did the new code open the locker?",
            ),
            ("customer", 120, "Yes it's open, got my parcel. Thanks!"),
            ("bot", 124, "Great, enjoy your parcel!"),
        ),
        frozenset(),
        frozenset(BEHAVIOURS),
        _set("no_agent_turn"),
    ),
)


def flags_agreed() -> int:
    """In how many of the twelve conversations the engine's flags are the analyst's."""
    cards = scorecards(CASES)
    return sum(set(cards[case.id].flags) == case.flags for case in CASES)


# --- The read of the block -------------------------------------------------------------

#: The first read (2026-11-24, before any mend), per behaviour: in how many of the twelve
#: conversations the engine's verdict agreed with the analyst's. 248 of 276 verdicts
#: (89.9 %); flags agreed in 9 of 12 conversations.
FIRST_READ: dict[str, int] = {
    "takes_ownership": 12,
    "makes_commitment": 10,
    "deflects": 11,
    "blames_customer": 12,
    "asks_open_question": 11,
    "paraphrases": 8,
    "acknowledges_need": 12,
    "answers_all_questions": 11,
    "uses_customer_name": 12,
    "ignores_question": 11,
    "acknowledges_feelings": 11,
    "apologises": 9,
    "offers_solution": 10,
    "gains_agreement": 9,
    "expresses_appreciation": 12,
    "responds_promptly": 11,
    "minimises_feelings": 12,
    "non_apology": 12,
    "rude_language": 12,
    "resolves_without_handoff": 8,
    "explains_policy_with_alternative": 11,
    "blames_policy": 11,
    "transfers_without_ownership": 10,
}

#: The floor after the mends below and the session's later ones (the first read was 248).
FLOOR = 264

#: The conversation-level verdicts mended here, by kind: each now agrees on every case.
MENDED = (
    "responds_promptly",
    "answers_all_questions",
    "ignores_question",
    "blames_policy",
    "explains_policy_with_alternative",
)


def test_the_mended_verdicts_agree_on_every_conversation() -> None:
    agree = agreement_by_behaviour(CASES)
    wrong = [d for d in disagreements(CASES) if d.split()[1] in MENDED]
    assert all(agree[b] == len(CASES) for b in MENDED), "\n".join(wrong)


def test_no_behaviour_reads_the_block_worse_than_at_first() -> None:
    agree = agreement_by_behaviour(CASES)
    worse = {b: (FIRST_READ[b], n) for b, n in agree.items() if n < FIRST_READ[b]}
    assert not worse, worse


def test_the_block_holds_its_floor() -> None:
    agree = agreement_by_behaviour(CASES)
    assert sum(agree.values()) >= FLOOR, "\n".join(disagreements(CASES))


def test_the_flags_hold_their_floor() -> None:
    assert flags_agreed() >= 9, "\n".join(d for d in disagreements(CASES) if " flags:" in d)


def test_the_block_covers_what_it_says() -> None:
    channels = {case.channel for case in CASES}
    assert channels == {Channel.CHAT, Channel.EMAIL, Channel.PHONE, Channel.SOCIAL}
    assert all(6 <= len(case.turns) <= 24 for case in CASES)
    # one settled by the bot alone, one with a bot before the human
    assert any(all(role != "agent" for role, _, _ in case.turns) for case in CASES)
    assert any({"bot", "agent"} <= {role for role, _, _ in case.turns} for case in CASES)
    ids = [case.id for case in CASES]
    assert len(set(ids)) == len(ids) == 12


# --- The kinds mended, each with named conversations that failed before ---------------


def outcome(turns: list[tuple[str, str]], behaviour: str, name: str = "") -> Outcome:
    """The outcome of `behaviour` in a conversation of `(role, text)` turns."""
    card = score(make_conversation("kind", turns, customer_name=name))
    return next(r.outcome for r in card.behaviours if r.behaviour == behaviour)


def timed_outcome(turns: list[tuple[str, int, str]], behaviour: str) -> Outcome:
    """The outcome of `behaviour` in a live chat of `(role, seconds, text)` turns."""
    case = Case("kind", Channel.CHAT, "", tuple(turns), frozenset(), frozenset())
    card = score(case.conversation())
    return next(r.outcome for r in card.behaviours if r.behaviour == behaviour)


PRESENT, ABSENT, NA = Outcome.PRESENT, Outcome.ABSENT, Outcome.NOT_APPLICABLE

#: (turns, responds_promptly): a customer's turn that only accepts and thanks waits for
#: no reply, so the wait runs from the next turn they write, not from their thanks.
PROMPTNESS = [
    pytest.param(
        [
            ("customer", 0, "My boiler has stopped working. Can someone come out?"),
            ("agent", 40, "I've booked an engineer for tomorrow morning, between 8 and 12."),
            ("customer", 4 * _M, "Yes, I'll be in. Thank you."),
            ("customer", 26 * _H, "Nobody came this morning."),
            ("agent", 26 * _H + 40, "I'm so sorry. I've rebooked the first slot today."),
        ],
        PRESENT,
        id="thanks-then-news-next-day",
    ),
    pytest.param(
        [
            ("customer", 0, "Can I change the delivery address on my order?"),
            ("agent", 30, "Yes, I've changed it to the new address for you."),
            ("customer", 2 * _M, "Great, thanks so much!"),
            ("customer", 5 * _H, "Sorry, one more thing: can I add a gift note?"),
            ("agent", 5 * _H + 50, "Of course, I've added one to the order."),
        ],
        PRESENT,
        id="thanks-then-a-new-question",
    ),
    # Guards: a turn that wants a reply starts the clock, however the customer goes on.
    pytest.param(
        [
            ("customer", 0, "Where is my refund?"),
            ("agent", 30, "It was sent yesterday."),
            ("customer", 60, "Yes, but it still isn't in my account. Thanks."),
            ("customer", 3 * _H, "Hello?"),
            ("agent", 3 * _H + 30, "It can take up to three days to show."),
        ],
        ABSENT,
        id="thanks-after-a-complaint-still-waits",
    ),
    pytest.param(
        [
            ("customer", 0, "My order number is 55120 and it still hasn't arrived."),
            ("customer", 2 * _H, "Hello? Anyone there?"),
            ("agent", 2 * _H + 20, "Sorry for the wait, let me check."),
        ],
        ABSENT,
        id="a-question-waits-from-the-first-turn",
    ),
]


@pytest.mark.parametrize(("turns", "expected"), PROMPTNESS)
def test_an_acceptance_with_thanks_waits_for_no_reply(
    turns: list[tuple[str, int, str]], expected: Outcome
) -> None:
    assert timed_outcome(turns, "responds_promptly") is expected


#: (the agent's reply, transfers_without_ownership): a hand-over done with nothing owned
#: after it is a bare hand-off, whatever is handed on ("your e-mail", "your follow-up":
#: a hyphenated word).
HANDOFFS = [
    pytest.param(
        "I've passed your e-mail to our aftersales manager.",
        PRESENT,
        id="passed-your-e-mail",
    ),
    pytest.param(
        "I've forwarded your follow-up to the complaints team.",
        PRESENT,
        id="forwarded-your-follow-up",
    ),
    # Guard: a hand-over owned after it.
    pytest.param(
        "I've passed your e-mail to our aftersales manager, and I'll call you by Friday "
        "noon with their answer.",
        ABSENT,
        id="passed-and-owned",
    ),
]


@pytest.mark.parametrize(("reply", "expected"), HANDOFFS)
def test_a_hyphenated_thing_handed_on_is_a_hand_off(reply: str, expected: Outcome) -> None:
    turns = [("customer", "Can you extend my trial? I lost two days of it."), ("agent", reply)]
    assert outcome(turns, "transfers_without_ownership") is expected
    if expected is PRESENT:
        assert outcome(turns, "resolves_without_handoff") is ABSENT
        assert outcome(turns, "makes_commitment") is ABSENT  # handed on: a promise was due


#: (the agent's reply, (blames_policy, explains_policy_with_alternative)): a policy that
#: a thing "is not covered" restricts as surely as "we don't cover it"; a look back at
#: what the customer should have done ("you should have checked") promises nothing.
POLICY = [
    pytest.param(
        "Our policy is that faults reported after 14 days are not covered by the dealership.",
        (PRESENT, ABSENT),
        id="not-covered",
    ),
    pytest.param(
        "Under our terms, accidental damage isn't covered.", (PRESENT, ABSENT), id="isnt-covered"
    ),
    pytest.param(
        "You should have checked the car on the test drive. Our policy is that faults after "
        "14 days aren't covered.",
        (PRESENT, ABSENT),
        id="should-have-is-no-promise",
    ),
    pytest.param(
        "Our policy is that faults after 14 days aren't covered, but what I can do is book "
        "you a free inspection on Monday.",
        (ABSENT, PRESENT),
        id="with-an-alternative",
    ),
    pytest.param("Our policy is that storm damage is covered in full.", (ABSENT, NA), id="covered"),
]


@pytest.mark.parametrize(("reply", "expected"), POLICY)
def test_a_policy_that_leaves_something_uncovered_restricts(
    reply: str, expected: tuple[Outcome, Outcome]
) -> None:
    turns = [("customer", "My car's warning light came on after three weeks."), ("agent", reply)]
    got = (outcome(turns, "blames_policy"), outcome(turns, "explains_policy_with_alternative"))
    assert got == expected


#: (the agent's reply, makes_commitment): what the customer should have done or had by
#: now is no promise to them; what they will have is.
LOOKING_BACK = [
    pytest.param("You should have received the code by now.", NA, id="should-have-received"),
    pytest.param("You should have checked the tyres first.", NA, id="should-have-checked"),
    pytest.param("You'll have a new code by text within five minutes.", PRESENT, id="will-have"),
]


@pytest.mark.parametrize(("reply", "expected"), LOOKING_BACK)
def test_a_look_back_is_no_promise(reply: str, expected: Outcome) -> None:
    turns = [("customer", "The code hasn't come through."), ("agent", reply)]
    assert outcome(turns, "makes_commitment") is expected


#: (turns, resolves_without_handoff): a membership frozen or paused is an act done, a
#: customer's confirmation in shorthand or their other language ("perfecto thx")
#: confirms, and a problem pushed away in any agent turn is not settled here.
RESOLVED = [
    pytest.param(
        [
            ("customer", "I've lost my job, can I stop paying for a while?"),
            ("agent", "I've frozen your membership until March at no charge."),
            ("customer", "Thank you, really appreciate it."),
        ],
        PRESENT,
        id="frozen",
    ),
    pytest.param(
        [
            ("customer", "Can I take a break from my box subscription over the summer?"),
            ("agent", "I've paused your subscription for July and August."),
            ("customer", "Thanks, I appreciate it."),
        ],
        PRESENT,
        id="paused",
    ),
    pytest.param(
        [
            ("customer", "my parcel?? tracking says locker but no code"),
            ("agent", "It's in the Station Road locker, and the code is 4411."),
            ("customer", "vale perfecto thx"),
        ],
        PRESENT,
        id="perfecto-thx",
    ),
    pytest.param(
        [
            ("customer", "where is my parcel, tracking hasn't moved"),
            ("agent", "It's at the depot and goes out tomorrow."),
            ("customer", "parfait, merci!"),
        ],
        PRESENT,
        id="parfait",
    ),
    # A problem pushed away, to another party or to nobody, is not settled here, however
    # politely the customer closes.
    pytest.param(
        [
            ("customer", "Can you reset my password? And can you extend our trial?"),
            (
                "agent",
                "I've reset your password. Trial extensions are handled by your account "
                "manager, please contact them directly.",
            ),
            ("customer", "Got it, thanks."),
        ],
        ABSENT,
        id="handled-by-someone-else",
    ),
    pytest.param(
        [
            ("customer", "My parcel arrived soaked and the invoice is missing."),
            (
                "agent",
                "I've re-sent the invoice to your e-mail. The soaked parcel isn't our "
                "department, you'll have to call the courier.",
            ),
            ("customer", "Fine, thanks."),
        ],
        ABSENT,
        id="not-our-department",
    ),
    pytest.param(
        [
            ("customer", "My parcel arrived soaked and the invoice is missing."),
            ("agent", "I've re-sent the invoice to your e-mail, and a new parcel goes out today."),
            ("customer", "Fine, thanks."),
        ],
        PRESENT,
        id="both-settled-here",
    ),
    # Guard: a customer who comes back with a complaint did not confirm.
    pytest.param(
        [
            ("customer", "where is my parcel, tracking hasn't moved"),
            ("agent", "It's at the depot and goes out tomorrow."),
            ("customer", "that's what you said last week"),
        ],
        ABSENT,
        id="not-confirmed",
    ),
]


@pytest.mark.parametrize(("turns", "expected"), RESOLVED)
def test_resolution_reads_acts_done_confirmations_and_problems_pushed_away(
    turns: list[tuple[str, str]], expected: Outcome
) -> None:
    assert outcome(turns, "resolves_without_handoff") is expected


#: (the customer's turn, the agent's reply, paraphrases): the line the customer has
#: reached and a letter's closing say nothing of theirs back.
NOT_SAID_BACK = [
    pytest.param(
        "I need a physio appointment sooner, my back is agony.",
        "Hello, you're through to bookings. Can I have your date of birth please?",
        ABSENT,
        id="youre-through-to",
    ),
    pytest.param(
        "My claim form was sent back twice and nobody says why.",
        "Good morning, you've reached the claims line, Sam speaking.",
        ABSENT,
        id="youve-reached",
    ),
    pytest.param(
        "The warning light came on on Monday. Is it covered? Regards, Chloe",
        "Hi Chloe, we'll need the car in to look at it. Regards, Darren",
        ABSENT,
        id="regards",
    ),
    pytest.param(
        "The boiler stopped on Sunday and I've got two small kids.",
        "So you've been without heating since Sunday, with two small children at home.",
        PRESENT,
        id="a-summary-stays",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), NOT_SAID_BACK)
def test_a_greeting_line_or_a_sign_off_is_no_paraphrase(
    said: str, reply: str, expected: Outcome
) -> None:
    assert outcome([("customer", said), ("agent", reply)], "paraphrases") is expected


#: (the agent's reply, gains_agreement): "do you want it?" after an option asks whether
#: the customer takes it.
AGREEMENT = [
    pytest.param(
        "There's a cancellation on Wednesday at 8:15am with Priya. Do you want it?",
        PRESENT,
        id="do-you-want-it",
    ),
    pytest.param(
        "We have the grey one in stock at the Leeds store. Do you want that one?",
        PRESENT,
        id="do-you-want-that-one",
    ),
    pytest.param("What do you want it for?", ABSENT, id="what-for"),
    pytest.param("Did you want it in blue or black?", ABSENT, id="which-colour"),
]


@pytest.mark.parametrize(("reply", "expected"), AGREEMENT)
def test_do_you_want_it_asks_for_agreement(reply: str, expected: Outcome) -> None:
    turns = [("customer", "Is there anything sooner?"), ("agent", reply)]
    assert (outcome(turns, "gains_agreement") is PRESENT) is (expected is PRESENT)


def test_a_reaction_of_marks_alone_before_the_words_is_read_without_error() -> None:
    # An opening "Oh! 😮," leaves a piece with no word in it: it was read as a noun
    # phrase (an IndexError on its first word) when the engine looked for a fragment.
    turns = [
        ("customer", "Three damaged parcels in a row now, I am fed up with the warehouse."),
        (
            "agent",
            "Oh! 😮, three damaged parcels in a row is not good enough and the warehouse "
            "team will look into it today.",
        ),
    ]
    assert outcome(turns, "paraphrases") in (PRESENT, ABSENT)


#: (the customer's turn, the agent's reply, (answers_all_questions, ignores_question)):
#: a request for something done ("can someone look at it?") beside a question answered
#: by its words is answered by the step put on the customer instead ("You'll have to
#: take it to a garage yourself."), a no; another yes/no question is not.
REQUESTS = [
    pytest.param(
        "Is this covered by the warranty? And can someone look at it this week?",
        "Faults after 14 days aren't covered. You'll have to take it to a garage yourself.",
        (PRESENT, ABSENT),
        id="can-someone-look",
    ),
    pytest.param(
        "Can I return it by post? Could you collect it instead?",
        "You can return it by post within 30 days. You'll need to drop it at a post office "
        "yourself.",
        (PRESENT, ABSENT),
        id="could-you-collect",
    ),
    pytest.param(
        "Can I change my slot online? Will the driver ring before arriving?",
        "You can change the slot online under My orders. You'll need to be in between 8 and 12.",
        (ABSENT, PRESENT),
        id="not-a-request",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), REQUESTS)
def test_a_request_is_answered_by_the_step_put_on_the_customer(
    said: str, reply: str, expected: tuple[Outcome, Outcome]
) -> None:
    turns = [("customer", said), ("agent", reply), ("customer", "OK.")]
    got = (outcome(turns, "answers_all_questions"), outcome(turns, "ignores_question"))
    assert got == expected
