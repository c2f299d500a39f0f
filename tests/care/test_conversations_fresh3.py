"""Blind block: a third twelve whole conversations scored the way a QA analyst would.

Written 2026-11-25, session 21 (helper "conversations"), in our own words. Every
conversation's verdicts (each behaviour present / absent / not applicable, the breakers
and the flags) were written down here before `score()` read a line.

The block: chat, WhatsApp-style business messaging, e-mail, phone transcripts and a
social DM from sectors the first two blocks did not use: a bank's fraud line, a water
company, a hotel's front desk, a mobile network's roaming bill, a furniture delivery, a
school's admissions office, a vet practice, a software licence renewal, a food-delivery
refund, a broadband installer's visit, a charity's donor care and a landlord's agent.
Excellent (E01, E03, E07), poor (E02, E09, E10) and mixed (E04, E05, E06, E08, E11,
E12) service. The customer asks three questions in one message and one is never
answered (E06); the agent answers the question but leaves the feeling alone (E04); a
long silence from the agent, then a good recovery (E05); requests put without "can
you" ("I need someone to look at it today", "Any chance of a heater…?", "Please make
sure…": E12); a case handed to a colleague warmly, owned (E01), and one handed off
coldly (E10).

The analyst's conventions, as in the second block: an apology is due for the company's
own part, so where the company had no part in what went wrong (fraud by a stranger, a
flight delayed, a dog that ate chocolate, a cost-of-living squeeze, a roaming charge
rightly billed) `apologises` is not applicable; a case passed to another team, even
with ownership, is not resolved without a hand-off; "What's your account number?" asks
for one fact, a closed question.

First read (per behaviour in `FIRST_READ`): 241 of 276 verdicts agreed (87.3 %), flags
in 6 of 12 conversations.

Mended by kind, conversation-level first, each with named conversations below that fail
on the code before:
- questions (834fe72): a turn that only points elsewhere, handing the customer over
  ("I'm transferring you to the appointments team.") or sending them to read a source
  ("Please see the school website for information about clubs.", after "Dear Mrs
  Hollis," and before "Kind regards, Mr Dunn"), answers nothing, even with their words,
  and leaves no later reply to answer the question but by its words (E06, E10); a
  question without a topic ("Hello?? Is anyone reading these?") answers no sibling (E05):
  answers_all_questions and ignores_question 7 -> 10;
- resolution (22793b1): "It's here and it looks great!" confirms (not "it's arrived
  but…"), "Done: your renewal is set to 15 seats" resolves, and a colleague brought in by
  name ("I'm bringing in my colleague Aisha…", "Aisha will look after you from here") is a
  hand-off, owned when the agent stays on (E01, E05, E08): 9 -> 12;
- promises (ff8f739): a colleague by title ("Mr Patel will see her at 2:40"), a clinician
  who "will see" the patient, and a note left for a colleague by a time (E03, E07):
  makes_commitment 10 -> 12, flags 9 -> 11;
- needs (667ccf0): "the last thing you need" is sympathy (E12), "Dear Mr Nowak,
  Understood." a bare receipt (E04), "So you're landing around 1am… and need the cot
  ready" names the need (E03): 8 -> 11;
- policy (4279856): a promise that waits on someone being free ("A crew will attend when
  one is available") is no alternative to the wall (E02): blames_policy 10 -> 11;
- agreement (4383aab): "Can you get here by then?" after a time offered (E07): 11 -> 12;
- requests (db96c51, the known gap): "Any chance you could…?", "Would it be possible
  to…?" are requests answered by help; "I need someone to look at it today. Thanks." and
  "Any chance of a heater…" are no mere acceptances (E12 was read right already).

Tried and dropped: reading a customer's turns in a row ("My sofa was due by 12…",
then "Hello??") as one context for the agent's reply, for E05's "You've taken a day off
and heard nothing from us": the joined context ends with a question, so the reflection
reader takes the reply as an answer and says back nothing; and the reply shares one word
with theirs ("day"). Left as it was.

After: 257 of 276 (93.1 %), flags in 11 of 12; no behaviour worse. Dev care_accuracy
--by-source identical to 2d42740 on every row (gains_agreement 0.702, offers_solution
0.632, paraphrases 0.731, apologises 0.836, acknowledges_feelings 0.842,
asks_open_question 0.947, expresses_appreciation 0.935, customer_sentiment 0.761);
fresh1 270 and fresh2 264 unchanged.

Left, and why:
- apologises (E01, E03, E04, E08, E11): the product question of the second block again;
  the analyst holds an apology due only for the company's part, the rubric applies it
  whenever the customer reads unhappy (a fraud, a delayed flight, a roaming bill rightly
  charged, a cost-of-living squeeze);
- E03 acknowledges_feelings: the rubric counts delight ("That's brilliant.") as a feeling
  expressed, so it applies; the analyst saw nothing to acknowledge;
- deflects (E06 "Please see the school website…", E10 "I don't have access to the
  diary") and blames_customer (E02 "If you'd rung our leak line instead of messaging
  us…", and so its critical_breaker flag) belong to helper "breakers";
- E02's questions: "What is going on?" is answered, for the engine, by the first reply
  after the request for the postcode ("…it would have been logged days ago. It's been
  logged now."), and the refusal of a repair time by the refusal itself: judgement calls;
- policy not seen (E04 "Roaming in Turkey is not included in your plan, as…", E08 "Seat
  numbers can't be lowered part way through a term, because…"): a rule with no policy
  word; read as one, E04's turn (its alternative is in the next e-mail) would be a wall;
- E09: "£5?" read as a question (answers_all_questions, ignores_question applicable), and
  "Full refunds are only given when…" then "The voucher is the best I can do." read as no
  rule (and would be one with an alternative): judgement calls;
- E01 acknowledges_need ("You need to know your money is safe, so…") and E05 paraphrases
  ("You've taken a day off and heard nothing from us": one word shared) missed;
- a request with no topic of its own ("Is there anything you can do?") is still answered
  by whatever comes next.
"""

from __future__ import annotations

import pytest

from legendary.care.model import Channel
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score

from .test_conversations_fresh1 import Case, agreement_by_behaviour, disagreements
from .test_conversations_fresh2 import outcome


def _set(names: str) -> frozenset[str]:
    return frozenset(names.split())


_M = 60
_H = 3600
_D = 24 * _H

CASES: tuple[Case, ...] = (
    # A bank's fraud line by phone, excellent: payments the customer never made, the card
    # frozen, and the case handed warmly to a fraud investigator, owned.
    Case(
        "E01",
        Channel.PHONE,
        "Margaret Okafor",
        (
            (
                "agent",
                0,
                "Thank you for calling Northgate Bank's fraud line, this is Leon. Who am I "
                "speaking with today?",
            ),
            (
                "customer",
                6,
                "Margaret Okafor. There are three payments on my card I never made, about "
                "£600 in all, to some gaming site. I'm shaking, I feel sick about it.",
            ),
            (
                "agent",
                18,
                "Oh Margaret, that's a horrible thing to find, and it's completely "
                "understandable that you're shaken. You did exactly the right thing calling "
                "us. So that's three payments you didn't make, around £600 altogether, to a "
                "gaming site. You need to know your money is safe, so I've frozen your card "
                "right now and nothing else can go out. When did you last use the card "
                "yourself?",
            ),
            ("customer", 40, "Yesterday at the supermarket. Will I get the money back?"),
            (
                "agent",
                55,
                "Yes: payments you didn't make are refunded once the claim is raised, and I "
                "want the right person on it. I'm bringing in my colleague Aisha from our "
                "fraud investigations team, who will raise the claim and the refund while "
                "you're on the line. I'll stay on the call while I introduce you and tell her "
                "everything, so you won't have to repeat a thing. Is that all right with you?",
            ),
            ("customer", 70, "Yes, please."),
            (
                "agent",
                85,
                "Aisha, I have Margaret with me: three card payments to a gaming site she "
                "didn't make, about £600, the card is frozen and her last genuine use was "
                "yesterday at a supermarket. Margaret, Aisha will look after you from here, "
                "and I'll e-mail you tomorrow morning to make sure the claim is moving.",
            ),
            ("customer", 100, "Thank you Leon, you've been so kind."),
            ("agent", 110, "Thank you for trusting us with it, Margaret. Take care."),
        ),
        _set(
            "takes_ownership makes_commitment asks_open_question paraphrases "
            "acknowledges_need answers_all_questions uses_customer_name "
            "acknowledges_feelings offers_solution gains_agreement expresses_appreciation "
            "responds_promptly"
        ),
        _set("apologises explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Leon",
    ),
    # A water company by social DM, poor: a leak in the street for three days, replies
    # hours apart, the customer blamed for the channel, a policy wall on the repair time.
    Case(
        "E02",
        Channel.SOCIAL,
        "Gareth Pryce",
        (
            (
                "customer",
                0,
                "There's been clean water pouring out of the pavement outside 14 Mill Lane "
                "for three days now. It's turning into a river and nobody has come. What is "
                "going on?",
            ),
            ("agent", 3 * _H, "Hi, can you send us your postcode please?"),
            ("customer", 3 * _H + 10 * _M, "CF5 2LP. It's the pavement, not my house."),
            (
                "agent",
                5 * _H,
                "Ok. If you'd rung our leak line instead of messaging us on here, it would "
                "have been logged days ago. It's been logged now.",
            ),
            (
                "customer",
                5 * _H + 5 * _M,
                "I reported it on your website on Monday. So when will someone actually fix it?",
            ),
            (
                "agent",
                7 * _H,
                "Our policy is that we don't give repair times over social media. A crew "
                "will attend when one is available.",
            ),
            (
                "customer",
                7 * _H + 20 * _M,
                "Unbelievable. Thousands of litres wasted and you can't even give me a day.",
            ),
        ),
        _set("blames_customer ignores_question blames_policy"),
        _set("gains_agreement"),
        _set("breaker critical_breaker question_ignored ended_negative"),
    ),
    # A hotel's front desk by chat, excellent: a late arrival with a baby, the room held,
    # a cot and a quiet room arranged, a promise with a time.
    Case(
        "E03",
        Channel.CHAT,
        "Hannah Lindqvist",
        (
            (
                "customer",
                0,
                "Hi! We're booked in for tonight under Lindqvist but our flight's delayed and "
                "we won't land until 1am. Will the room still be held? We're travelling with "
                "our 8-month-old too, so we need a cot.",
            ),
            (
                "agent",
                35,
                "Hi Hannah, thanks for letting us know ahead, that really helps. Yes, your "
                "room is guaranteed for tonight, so it's held however late you arrive, and "
                "the night porter is at the desk until morning. I've added a cot to the room "
                "and asked housekeeping to set it up before you land. So you're landing "
                "around 1am with your little one and need the cot ready when you walk in. "
                "What else can we do to make arriving late easier?",
            ),
            (
                "customer",
                80,
                "That's brilliant. Could we have something quiet, away from the lift? She's a "
                "light sleeper.",
            ),
            (
                "agent",
                110,
                "Of course. I've moved you to room 412 at the end of the corridor, away from "
                "the lift and the street. I'll leave a note for the night porter before I "
                "finish at 6pm, so your key is ready and you can go straight up. Does that "
                "sound good?",
            ),
            ("customer", 130, "Perfect, thank you so much!"),
            (
                "agent",
                150,
                "You're very welcome, Hannah. Safe travels, and we look forward to seeing "
                "you all tonight.",
            ),
        ),
        _set(
            "takes_ownership makes_commitment asks_open_question paraphrases "
            "acknowledges_need answers_all_questions uses_customer_name offers_solution "
            "gains_agreement expresses_appreciation responds_promptly "
            "resolves_without_handoff"
        ),
        _set("acknowledges_feelings apologises explains_policy_with_alternative"),
        _set("promise_to_keep"),
    ),
    # A mobile network's roaming bill by e-mail, mixed: the question answered in full, the
    # worry and the lost sleep never heard.
    Case(
        "E04",
        Channel.EMAIL,
        "Tomasz Nowak",
        (
            (
                "customer",
                0,
                "Hello, my bill this month is £214 instead of my usual £25. I was in Turkey "
                "for a week and I thought roaming was included in my plan. I'm really "
                "worried, I can't afford this and I've been losing sleep over it. Why is it so "
                "high? Tomasz Nowak",
            ),
            (
                "agent",
                2 * _H,
                "Dear Mr Nowak, Roaming in Turkey is not included in your plan, as Turkey is "
                "outside our Roam Free zone. Data used there is charged at £6 per MB, and you "
                "used 31 MB between 3 and 10 November, which comes to £189 on top of your "
                "monthly charge. You can see the breakdown under Usage in the app. Kind "
                "regards, Ellie, Billing Team",
            ),
            ("customer", 3 * _H, "Nobody warned me about any of this."),
            (
                "agent",
                5 * _H,
                "Dear Mr Nowak, We send a text when you arrive in a country outside the zone, "
                "and our records show one was sent on 3 November. You can add a Travel Pass "
                "before your next trip to avoid these charges. Kind regards, Ellie",
            ),
            ("customer", 6 * _H, "Fine. I'll pay it, but I'm not happy."),
            ("agent", 7 * _H, "Dear Mr Nowak, Understood. Kind regards, Ellie"),
        ),
        _set(
            "answers_all_questions uses_customer_name offers_solution responds_promptly "
            "explains_policy_with_alternative"
        ),
        _set("makes_commitment apologises"),
        _set("ended_negative"),
    ),
    # A furniture delivery by WhatsApp-style messaging: a missed slot, the customer's
    # "Hello??", an hour and forty minutes of silence, then a recovery owned end to end.
    Case(
        "E05",
        Channel.CHAT,
        "Chloe Adebayo",
        (
            (
                "customer",
                0,
                "Hi, my sofa was meant to arrive between 8 and 12 today and it's now 1pm. "
                "Nobody has called. I took the day off work for this.",
            ),
            ("customer", 25 * _M, "Hello?? Is anyone reading these?"),
            (
                "agent",
                100 * _M,
                "Chloe, I'm really sorry for the silence and for the missed delivery. You've "
                "taken a day off and heard nothing from us, and I can only imagine how "
                "frustrating this morning has been. I've just spoken to the driver: the van "
                "broke down on the A34. What time are you able to stay in until today?",
            ),
            ("customer", 102 * _M, "I can stay until 6."),
            (
                "agent",
                103 * _M,
                "Thank you. I've got a second crew loading your sofa now, and they'll be with "
                "you by 4pm today. I'll message you the moment they set off, and I'm "
                "refunding your £45 delivery charge. Does that work for you?",
            ),
            ("customer", 104 * _M, "Yes ok, that's much better. Thanks for sorting it."),
            (
                "agent",
                105 * _M,
                "Thanks for bearing with us, Chloe. I'll keep an eye on it until it's in your "
                "living room.",
            ),
            ("customer", 5 * _H, "It's here and it looks great! Thanks!"),
        ),
        _set(
            "takes_ownership makes_commitment asks_open_question paraphrases "
            "answers_all_questions uses_customer_name acknowledges_feelings apologises "
            "offers_solution gains_agreement expresses_appreciation "
            "resolves_without_handoff"
        ),
        _set("explains_policy_with_alternative"),
        _set("promise_to_keep"),
    ),
    # A school's admissions office by e-mail: three questions in one message, two
    # answered, the third passed by and then pointed at the website.
    Case(
        "E06",
        Channel.EMAIL,
        "Rebecca Hollis",
        (
            (
                "customer",
                0,
                "Dear Admissions, We are moving to the area in January and would like our son "
                "Alfie (Year 4) to join St Anne's. Is there a place in Year 4 at the moment? "
                "Do we need to apply through the council or directly to you? And is there a "
                "breakfast club, as we both start work at 8? Many thanks, Rebecca Hollis",
            ),
            (
                "agent",
                3 * _H,
                "Dear Mrs Hollis, Thank you for your interest in St Anne's. We currently have "
                "one place in Year 4. In-year applications go through the council's "
                "admissions team, not the school, and you can apply online on the council "
                "website from 1 December. Kind regards, Mr Dunn, Admissions Officer",
            ),
            ("customer", _D, "Thank you. And the breakfast club?"),
            (
                "agent",
                _D + 2 * _H,
                "Dear Mrs Hollis, Please see the school website for information about clubs. "
                "Kind regards, Mr Dunn",
            ),
            ("customer", _D + 3 * _H, "OK, I'll look there."),
            ("customer", _D + 6 * _H, "Found it on the website in the end."),
        ),
        _set(
            "deflects uses_customer_name ignores_question offers_solution "
            "expresses_appreciation responds_promptly"
        ),
        _set("makes_commitment acknowledges_feelings apologises explains_policy_with_alternative"),
        _set("breaker question_ignored"),
    ),
    # A vet practice by phone, excellent: a dog that ate dark chocolate, the worry heard,
    # the facts gathered and an emergency slot booked with a vet by a time.
    Case(
        "E07",
        Channel.PHONE,
        "Sam Whitaker",
        (
            ("agent", 0, "Good afternoon, Larkfield Vets, Josie speaking, how can I help?"),
            (
                "customer",
                5,
                "Hi, it's Sam Whitaker, my spaniel Biscuit has just eaten most of a bar of "
                "dark chocolate and I'm panicking. Is she going to be OK?",
            ),
            (
                "agent",
                15,
                "Sam, you did the right thing ringing straight away, and I can hear how "
                "worried you are. Dark chocolate can be dangerous for dogs, so we'd like to "
                "see her now rather than wait. How long ago did she eat it, and roughly how "
                "big was the bar?",
            ),
            ("customer", 30, "About twenty minutes ago, a 100 gram bar. She's about 12 kilos."),
            (
                "agent",
                45,
                "Thank you, that's really helpful. So Biscuit, 12 kilos, ate around 100 grams "
                "of dark chocolate twenty minutes ago. I've booked her in as an emergency, "
                "and Mr Patel will see her at 2:40 the moment you arrive. Can you get here by "
                "then?",
            ),
            ("customer", 55, "Yes, we're ten minutes away. Thank you so much."),
            (
                "agent",
                65,
                "Bring the wrapper if you still have it. Drive safely, Sam, we'll look after her.",
            ),
        ),
        _set(
            "takes_ownership makes_commitment asks_open_question paraphrases "
            "answers_all_questions uses_customer_name acknowledges_feelings offers_solution "
            "gains_agreement expresses_appreciation responds_promptly "
            "resolves_without_handoff"
        ),
        _set("apologises explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Josie",
    ),
    # A software licence renewal by e-mail, mixed: a rule explained with its reason and
    # an alternative, a promise by Friday, but a slow second reply and the annoyance left.
    Case(
        "E08",
        Channel.EMAIL,
        "Martin Cole",
        (
            (
                "customer",
                0,
                "Hi, our renewal for Ledgerly is due on 1 March. We've gone from 25 staff to "
                "15, so we'd like to drop to 15 seats now rather than keep paying for 10 "
                "empty ones. How do we do that? Thanks, Martin Cole, Finance, Brightwater Ltd",
            ),
            (
                "agent",
                _H,
                "Hi Martin, Thanks for getting in touch. Seat numbers can't be lowered part "
                "way through a term, because your annual price was set for 25 seats. What I "
                "can do is set your renewal on 1 March to 15 seats now, so you won't be "
                "charged for the 10 from then, and I'll send you the updated quote by Friday. "
                "Would you like me to go ahead?",
            ),
            (
                "customer",
                2 * _H,
                "Yes please. It's a bit annoying we're paying for empty seats until March though.",
            ),
            (
                "agent",
                9 * _H,
                "Done: your renewal is set to 15 seats and the quote will follow by Friday. "
                "Best, Kay",
            ),
            ("customer", 10 * _H, "Thanks."),
            ("agent", 10 * _H + 20 * _M, "You're welcome, Martin. Best, Kay"),
        ),
        _set(
            "takes_ownership makes_commitment answers_all_questions uses_customer_name "
            "offers_solution gains_agreement expresses_appreciation "
            "resolves_without_handoff explains_policy_with_alternative"
        ),
        _set("apologises"),
        _set("promise_to_keep"),
        agent="Kay",
    ),
    # A food-delivery refund by chat, poor: a cold, late, incomplete birthday meal; a
    # non-apology, "calm down", a £5 voucher and a rule with no reason.
    Case(
        "E09",
        Channel.CHAT,
        "Jay Morris",
        (
            (
                "customer",
                0,
                "My order from Wok Star came an hour late, stone cold, and the drinks were "
                "missing. I'm furious, it was for my daughter's birthday tea.",
            ),
            ("agent", 40, "Hi Jay. I'm sorry if you feel the order wasn't up to standard."),
            ("customer", 70, "It WASN'T up to standard. I want a refund."),
            (
                "agent",
                110,
                "Calm down, it's only a takeaway. I can offer a £5 voucher for the drinks.",
            ),
            ("customer", 140, "£5? The whole meal was £38. Give me my money back."),
            (
                "agent",
                180,
                "Full refunds are only given when the whole order is missing. The voucher is "
                "the best I can do.",
            ),
            ("customer", 200, "Useless. I'm deleting the app."),
        ),
        _set(
            "uses_customer_name offers_solution responds_promptly minimises_feelings "
            "non_apology blames_policy"
        ),
        _set("makes_commitment answers_all_questions ignores_question"),
        _set("breaker ended_negative"),
    ),
    # A broadband installer's visit by chat, poor: the engineer never came, the question
    # why passed by, the customer handed off coldly and left waiting.
    Case(
        "E10",
        Channel.CHAT,
        "Ola Bankole",
        (
            (
                "customer",
                0,
                "The engineer was supposed to come between 8 and 1 today to install my "
                "broadband and no one turned up. I work from home and I've got no internet. "
                "Why didn't anyone come?",
            ),
            ("agent", 50, "Hello. I'm transferring you to the appointments team."),
            (
                "customer",
                80,
                "Wait, can't you just rebook it? I've already waited all morning.",
            ),
            ("agent", 100, "I don't have access to the diary. Transferring you now."),
            ("customer", 6 * _M, "Still waiting for someone... this is ridiculous."),
            ("agent", 12 * _M, "Appointments. What's your account number?"),
            ("customer", 12 * _M + 30, "I already gave it to the last person!"),
        ),
        _set("deflects ignores_question transfers_without_ownership"),
        _set("gains_agreement explains_policy_with_alternative"),
        _set("breaker question_ignored ended_negative"),
    ),
    # A charity's donor care by phone, mostly good: a monthly gift lowered with thanks
    # and no guilt, Gift Aid answered; the donor never gives a name.
    Case(
        "E11",
        Channel.PHONE,
        "",
        (
            (
                "agent",
                0,
                "Hello, you're through to Riverside Hospice supporter care, this is Ben.",
            ),
            (
                "customer",
                6,
                "Hi Ben. I give £20 a month by direct debit and I need to bring it down to "
                "£10, things are tight at the moment. I feel awful about it.",
            ),
            (
                "agent",
                20,
                "Please don't feel bad at all, every pound you give makes a real difference, "
                "and we're so grateful you've stayed with us. I can change that for you right "
                "now. Can I take your supporter number or postcode?",
            ),
            ("customer", 35, "It's RH 55812."),
            (
                "agent",
                50,
                "Thank you. I've changed your monthly gift to £10, starting with the payment "
                "on 1 December, and you'll get a letter confirming it within a week. Does "
                "that all sound right?",
            ),
            ("customer", 60, "Yes. Is my Gift Aid still going to be claimed?"),
            (
                "agent",
                70,
                "Yes, your Gift Aid declaration stays in place, so we'll still claim 25p on "
                "every pound. Thank you so much for your support, it means a lot to the "
                "nurses here.",
            ),
            ("customer", 80, "Thank you, that's a relief."),
        ),
        _set(
            "takes_ownership makes_commitment answers_all_questions acknowledges_feelings "
            "offers_solution gains_agreement expresses_appreciation responds_promptly "
            "resolves_without_handoff"
        ),
        _set("uses_customer_name apologises explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Ben",
    ),
    # A landlord's agent by WhatsApp-style messaging, mixed: requests put without "can
    # you", a boiler broken with a newborn at home, heaters and an engineer by a time,
    # but "the third time this month" brushed aside.
    Case(
        "E12",
        Channel.CHAT,
        "Kirsty Doyle",
        (
            (
                "customer",
                0,
                "Hi, it's Kirsty at Flat 3, 22 Alder Road. The boiler has stopped again, no "
                "heating or hot water since last night. I need someone to look at it today, "
                "I've got a newborn at home.",
            ),
            (
                "agent",
                25 * _M,
                "Hi Kirsty, I'm really sorry, that's the last thing you need with a newborn "
                "at home. I'm calling our heating engineer now and I'll come back to you "
                "within the hour with a time.",
            ),
            ("customer", 50 * _M, "Thank you. Any chance of a heater in the meantime?"),
            (
                "agent",
                70 * _M,
                "Yes, I'll drop two oil heaters round myself by 2pm. The engineer can come at "
                "4 today. Is someone home then?",
            ),
            (
                "customer",
                75 * _M,
                "Yes I'm in all day. Please make sure it's properly fixed this time, it's the "
                "third time this month.",
            ),
            (
                "agent",
                85 * _M,
                "He'll have a look. These old boilers do play up in the cold, unfortunately.",
            ),
            ("customer", 90 * _M, "That's not really an answer. I'll wait and see."),
        ),
        _set(
            "takes_ownership makes_commitment answers_all_questions uses_customer_name "
            "acknowledges_feelings apologises offers_solution gains_agreement "
            "responds_promptly"
        ),
        _set("explains_policy_with_alternative"),
        _set("promise_to_keep ended_negative"),
    ),
)


def flags_wrong() -> list[str]:
    """The conversations whose flags are not the analyst's, one line each."""
    return [line for line in disagreements(CASES) if " flags:" in line]


# --- The read of the block -------------------------------------------------------------

#: The first read (2026-11-25, before any mend), per behaviour: in how many of the twelve
#: conversations the engine's verdict agreed with the analyst's. 241 of 276 verdicts
#: (87.3 %); flags agreed in 6 of 12 conversations. (E04 was first written with five
#: turns, read 242; its sixth, the agent's "Understood.", was added with its labels
#: unchanged to meet the block's 6-24 turns, and the engine read it as a need heard.)
FIRST_READ: dict[str, int] = {
    "takes_ownership": 12,
    "makes_commitment": 10,
    "deflects": 10,
    "blames_customer": 11,
    "asks_open_question": 12,
    "paraphrases": 11,
    "acknowledges_need": 8,
    "answers_all_questions": 7,
    "uses_customer_name": 12,
    "ignores_question": 7,
    "acknowledges_feelings": 11,
    "apologises": 7,
    "offers_solution": 12,
    "gains_agreement": 11,
    "expresses_appreciation": 12,
    "responds_promptly": 12,
    "minimises_feelings": 12,
    "non_apology": 12,
    "rude_language": 12,
    "resolves_without_handoff": 9,
    "explains_policy_with_alternative": 9,
    "blames_policy": 10,
    "transfers_without_ownership": 12,
}

#: The floors after the mends below (the first read was 241, flags 6): verdicts, and
#: conversations whose flags agree.
FLOOR = 257
FLAGS_FLOOR = 11


def test_the_block_reads_no_worse_than_its_floor_nor_any_behaviour_than_at_first() -> None:
    agree = agreement_by_behaviour(CASES)
    fallen = {b: (FIRST_READ[b], n) for b, n in agree.items() if n < FIRST_READ[b]}
    assert not fallen, fallen
    assert sum(agree.values()) >= FLOOR, "\n".join(disagreements(CASES))


#: Verdicts the mends below bring to agree on every conversation of the block.
MENDED = ("resolves_without_handoff", "makes_commitment", "gains_agreement")


def test_the_mended_verdicts_agree_on_all_twelve() -> None:
    agree = agreement_by_behaviour(CASES)
    assert {b: agree[b] for b in MENDED} == dict.fromkeys(MENDED, len(CASES)), "\n".join(
        line for line in disagreements(CASES) if line.split()[1] in MENDED
    )


def test_the_flags_hold_their_floor() -> None:
    wrong = flags_wrong()
    assert len(CASES) - len(wrong) >= FLAGS_FLOOR, "\n".join(wrong)


def test_the_block_is_the_one_its_docstring_describes() -> None:
    assert {case.channel for case in CASES} == {
        Channel.CHAT,
        Channel.EMAIL,
        Channel.PHONE,
        Channel.SOCIAL,
    }
    assert min(len(c.turns) for c in CASES) >= 6
    assert max(len(c.turns) for c in CASES) <= 24
    assert sorted(case.id for case in CASES) == [f"E{n:02}" for n in range(1, 13)]


# --- The kinds mended, each with named conversations that failed before ---------------


PRESENT, ABSENT, NA = Outcome.PRESENT, Outcome.ABSENT, Outcome.NOT_APPLICABLE


def outcomes(turns: list[tuple[str, str]], *behaviours: str) -> tuple[Outcome, ...]:
    """The outcomes of `behaviours`, in order, in a conversation of `(role, text)` turns."""
    return tuple(outcome(turns, behaviour) for behaviour in behaviours)


#: (turns, (answers_all_questions, ignores_question)): a question without a topic
#: ("Hello?? Is anyone reading these?") is answered by whatever comes next, and so says
#: nothing of a sibling the reply did not take up by its words; a turn that only hands
#: the customer over or sends them to read a source answers nothing, even with their
#: words in it, and leaves no later reply to answer the question but by its words.
POINTERS = [
    pytest.param(
        [
            ("customer", "My sofa was due between 8 and 12 and it's now 1pm."),
            ("customer", "Hello?? Is anyone reading these?"),
            (
                "agent",
                "I'm so sorry for the wait. The van broke down, and a second crew "
                "will be with you by 4pm.",
            ),
            ("customer", "OK, thanks."),
        ],
        (PRESENT, ABSENT),
        id="is-anyone-reading-these",
    ),
    pytest.param(
        [
            ("customer", "Is there a breakfast club? We both start work at 8."),
            (
                "agent",
                "Dear Mr Jones, Please see the school website for information about "
                "clubs. Kind regards, Mrs Hale",
            ),
            ("customer", "OK."),
        ],
        (ABSENT, PRESENT),
        id="see-the-website",
    ),
    pytest.param(
        [
            ("customer", "Do you do gift wrapping for orders?"),
            ("agent", "You can find details of our gift wrapping on the website."),
            ("customer", "Right."),
        ],
        (ABSENT, PRESENT),
        id="you-can-find-details-on-the-website",
    ),
    pytest.param(
        [
            ("customer", "Why didn't the engineer come today?"),
            ("agent", "I'm transferring you to the appointments team."),
            ("customer", "Can't you just rebook it?"),
            ("agent", "I don't have access to the diary, sorry."),
            ("customer", "Great."),
        ],
        (ABSENT, PRESENT),
        id="transferred-then-another-question",
    ),
    # Guards: a bare yes beside a presence check still leaves a wh-question passed by;
    # a pointer beside the answer, or one that carries it, answers.
    pytest.param(
        [
            ("customer", "Hello? Where is my parcel? Can I pay the customs fee by card?"),
            ("agent", "Yes, of course."),
            ("customer", "OK."),
        ],
        (ABSENT, PRESENT),
        id="hello-beside-a-wh-question-and-a-bare-yes",
    ),
    pytest.param(
        [
            ("customer", "Is there a breakfast club? We both start work at 8."),
            (
                "agent",
                "Yes, it opens at 7:30 every weekday. Please see the school website "
                "for the booking form.",
            ),
            ("customer", "Thanks."),
        ],
        (PRESENT, ABSENT),
        id="answer-then-website",
    ),
    pytest.param(
        [
            ("customer", "What time does the breakfast club open?"),
            ("agent", "See the website: it opens at 7:30."),
            ("customer", "Thanks."),
        ],
        (PRESENT, ABSENT),
        id="the-pointer-carries-the-answer",
    ),
    pytest.param(
        [
            ("customer", "Why didn't the engineer come today?"),
            (
                "agent",
                "The engineer was off sick and the job was never reassigned, I'm so "
                "sorry. I've booked the first slot tomorrow, 8 to 12.",
            ),
            ("customer", "OK."),
        ],
        (PRESENT, ABSENT),
        id="answered-in-place",
    ),
]


@pytest.mark.parametrize(("turns", "expected"), POINTERS)
def test_a_pointer_elsewhere_answers_nothing_and_a_presence_check_no_sibling(
    turns: list[tuple[str, str]], expected: tuple[Outcome, Outcome]
) -> None:
    assert outcomes(turns, "answers_all_questions", "ignores_question") == expected


#: (turns, (resolves_without_handoff, transfers_without_ownership)): the customer's "it's
#: here, it looks great" confirms (not "it's arrived but…"); "Done: your renewal is set
#: to 15 seats" states a resolution; a colleague brought in by name ("I'm bringing in my
#: colleague Aisha…", "Sam will look after you from here") is a hand-off, owned or not.
SETTLED = [
    pytest.param(
        [
            ("customer", "My wardrobe is due today, any news on a time?"),
            ("agent", "It's on the van and the driver expects to be with you by 3pm."),
            ("customer", "It's here and it looks great!"),
        ],
        (PRESENT, ABSENT),
        id="its-here-and-looks-great",
    ),
    pytest.param(
        [
            ("customer", "My plan should drop to 15 seats at renewal, can you do that?"),
            ("agent", "Done: your renewal is set to 15 seats from 1 March."),
            ("customer", "Thanks."),
        ],
        (PRESENT, ABSENT),
        id="done-your-renewal-is-set-to",
    ),
    pytest.param(
        [
            ("customer", "Somebody has spent £300 on my card and it wasn't me."),
            (
                "agent",
                "I've frozen the card. I'm bringing in my colleague Aisha from our fraud team, "
                "who will raise the claim with you now, and I'll stay on the line while I "
                "introduce you.",
            ),
            ("customer", "Thank you so much."),
        ],
        (ABSENT, ABSENT),
        id="bringing-in-my-colleague-owned",
    ),
    pytest.param(
        [
            ("customer", "I still haven't had my refund for the cancelled flight."),
            ("agent", "Sam will look after you from here."),
            ("customer", "Right, thanks."),
        ],
        (ABSENT, PRESENT),
        id="will-look-after-you-from-here-bare",
    ),
    # Guards: a delivery come wrong, a step still to come, the agent's own "I will".
    pytest.param(
        [
            ("customer", "My wardrobe is due today, any news on a time?"),
            ("agent", "It's on the van and the driver expects to be with you by 3pm."),
            ("customer", "It's arrived but one of the doors is cracked."),
        ],
        (ABSENT, ABSENT),
        id="arrived-but-cracked",
    ),
    pytest.param(
        [
            ("customer", "Has my address been changed yet?"),
            ("agent", "Once your account is updated you'll get an e-mail from us."),
            ("customer", "Still nothing here."),
        ],
        (ABSENT, ABSENT),
        id="once-updated",
    ),
    pytest.param(
        [
            ("customer", "I was charged twice for my takeaway."),
            ("agent", "Leave it with me, I will take it from here. I've refunded the second £20."),
            ("customer", "Thanks!"),
        ],
        (PRESENT, ABSENT),
        id="i-will-take-it-from-here",
    ),
]


@pytest.mark.parametrize(("turns", "expected"), SETTLED)
def test_arrived_done_and_a_colleague_brought_in_are_read_as_they_end(
    turns: list[tuple[str, str]], expected: tuple[Outcome, Outcome]
) -> None:
    assert outcomes(turns, "resolves_without_handoff", "transfers_without_ownership") == expected


#: (the agent's reply, makes_commitment): a colleague named by title promises as a role
#: does ("Mr Patel will see her at 2:40"), a clinician "will see" the patient, and a note
#: left for a colleague by a time is a promise of the agent's own.
PROMISES = [
    pytest.param(
        "I've booked her in as an emergency, and Mr Patel will see her at 2:40.",
        PRESENT,
        id="mr-patel-will-see-her",
    ),
    pytest.param("Dr Shah will call you back by 5pm today.", PRESENT, id="dr-shah-will-call"),
    pytest.param("The vet will see him at 4:15 this afternoon.", PRESENT, id="the-vet-will-see"),
    pytest.param(
        "I'll leave a note for the night porter before I finish at 6pm, so your key is ready.",
        PRESENT,
        id="leave-a-note-by-6pm",
    ),
    # Guards: a named person's mood, a hedge, and a promise with no time.
    pytest.param("Mr Patel will be furious about this, honestly.", NA, id="will-be-furious"),
    pytest.param("Mr Patel will see what he can do.", NA, id="see-what-he-can-do"),
    pytest.param("I'll leave a note for the night porter.", ABSENT, id="a-note-with-no-time"),
]


@pytest.mark.parametrize(("reply", "expected"), PROMISES)
def test_a_colleague_by_title_and_a_note_left_by_a_time_are_promises(
    reply: str, expected: Outcome
) -> None:
    turns = [("customer", "My dog has eaten a whole bar of chocolate, help!"), ("agent", reply)]
    assert outcomes(turns, "makes_commitment") == (expected,)


#: (the customer's turn, the agent's reply, acknowledges_need): "the last thing you
#: need" is sympathy, a greeting before "Understood." leaves it a bare receipt, and a "so
#: you…" summary joining "and need <a thing>" names what they need.
NEEDS = [
    pytest.param(
        "The boiler has gone again and I've got a newborn at home.",
        "Oh no, that's the last thing you need with a newborn in this cold. I'm calling the "
        "engineer now.",
        ABSENT,
        id="the-last-thing-you-need",
    ),
    pytest.param(
        "Fine. I'll pay it, but I'm not happy.",
        "Dear Mr Nowak, Understood. Kind regards, Ellie",
        ABSENT,
        id="dear-x-understood",
    ),
    pytest.param(
        "Our flight lands at 1am and we're travelling with our baby, so we need a cot.",
        "So you're landing around 1am with your little one and need the cot ready when you "
        "walk in.",
        PRESENT,
        id="so-you-and-need-the-cot",
    ),
    # Guards: a need voiced before the receipt, "I understand you need…", a step.
    pytest.param(
        "I need the bill split into two payments, please.",
        "Dear Mr Nowak, Understood. Kind regards, Ellie",
        PRESENT,
        id="understood-after-a-need",
    ),
    pytest.param(
        "Our flight lands at 1am and we're travelling with our baby, so we need a cot.",
        "I understand you need the cot ready for when you arrive.",
        PRESENT,
        id="i-understand-you-need",
    ),
    pytest.param(
        "Our flight lands at 1am and we're travelling with our baby, so we need a cot.",
        "So you're landing around 1am and need to ring the night porter first.",
        ABSENT,
        id="and-need-to-do-a-step",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), NEEDS)
def test_sympathy_and_a_greeted_receipt_name_no_need_a_joined_summary_does(
    said: str, reply: str, expected: Outcome
) -> None:
    assert outcomes([("customer", said), ("agent", reply)], "acknowledges_need") == (expected,)


#: (the agent's reply, blames_policy): a promise that waits on someone being free ("A
#: crew will attend when one is available") is no alternative to a rule cited as a wall.
WAITING = [
    pytest.param(
        "Our policy is that we don't give repair times over social media. A crew will "
        "attend when one is available.",
        PRESENT,
        id="when-one-is-available",
    ),
    pytest.param(
        "Company policy says we can't give times. An engineer will call when one is free.",
        PRESENT,
        id="when-one-is-free",
    ),
    # Guards: a promise by a time, or on the job being booked, is a way forward.
    pytest.param(
        "Our policy is that we don't give repair times over social media. A crew will "
        "attend tomorrow between 8 and 12.",
        ABSENT,
        id="a-crew-tomorrow",
    ),
    pytest.param(
        "Our policy is that we don't give repair times over social media, but I'll call you "
        "as soon as the crew is booked.",
        ABSENT,
        id="as-soon-as-booked",
    ),
]


@pytest.mark.parametrize(("reply", "expected"), WAITING)
def test_a_promise_that_waits_on_someone_free_leaves_the_wall_standing(
    reply: str, expected: Outcome
) -> None:
    turns = [("customer", "Water is pouring out of the pavement. When will it be fixed?")]
    assert outcomes([*turns, ("agent", reply)], "blames_policy") == (expected,)


#: (the agent's reply, gains_agreement): after a time is offered, "Can you get here by
#: then?" / "Can you make it?" asks whether the customer can take it.
CAN_YOU_MAKE_IT = [
    pytest.param(
        "I've booked her in, and the vet will see her at 2:40. Can you get here by then?",
        PRESENT,
        id="get-here-by-then",
    ),
    pytest.param(  # read so before this block too
        "There's a slot with the nurse at 4. Can you make it?", PRESENT, id="make-it"
    ),
    pytest.param(
        "The engineer can come tomorrow morning. Could you be home by 8 on Friday instead?",
        PRESENT,
        id="be-home-by-8",
    ),
    # Guards: no time to take, or a request about the thing.
    pytest.param("Can you get here?", ABSENT, id="get-here-no-time"),
    pytest.param("Can you make it bigger in the photo?", ABSENT, id="make-it-bigger"),
]


@pytest.mark.parametrize(("reply", "expected"), CAN_YOU_MAKE_IT)
def test_can_you_make_it_by_then_asks_for_agreement(reply: str, expected: Outcome) -> None:
    turns = [("customer", "My dog has eaten chocolate, can someone see her today?")]
    (got,) = outcomes([*turns, ("agent", reply)], "gains_agreement")
    assert (got is PRESENT) is (expected is PRESENT)  # with no offer, n/a is no credit either


#: (the customer's turn, the agent's reply, (answers_all_questions, ignores_question)):
#: a request put without "can / could you" ("Any chance you could send someone?", "Would
#: it be possible to…?") beside a question answered by its words is answered by help,
#: or by the step put on the customer, as "can you…?" is; not by a remark.
OPENINGS = [
    pytest.param(
        "How old is the boiler in my flat? Any chance you could send someone?",
        "The boiler in your flat is from 2009. I've booked an engineer for 6pm tonight.",
        (PRESENT, ABSENT),
        id="any-chance-you-could",
    ),
    pytest.param(
        "How old is the boiler in my flat? Would it be possible to send someone?",
        "The boiler in your flat is from 2009. You'll need to call British Gas yourself.",
        (PRESENT, ABSENT),
        id="would-it-be-possible",
    ),
    # Guard: a remark is no answer to a request, however it is put.
    pytest.param(
        "How old is the boiler in my flat? Any chance you could send someone?",
        "The boiler in your flat is from 2009. It's a very old model.",
        (ABSENT, PRESENT),
        id="a-remark",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), OPENINGS)
def test_a_request_put_without_can_you_is_answered_by_help(
    said: str, reply: str, expected: tuple[Outcome, Outcome]
) -> None:
    turns = [("customer", said), ("agent", reply), ("customer", "OK.")]
    assert outcomes(turns, "answers_all_questions", "ignores_question") == expected


#: (the customer's turns with seconds, responds_promptly): a turn that thanks but asks
#: for something put without "can you" ("I need someone to look at it today", "Any
#: chance of a heater in the meantime") still waits for a reply.
NEEDS_A_REPLY = [
    pytest.param("OK. I need someone to look at the boiler today. Thanks.", id="need-someone-to"),
    pytest.param("OK. Any chance of a heater in the meantime. Thanks!", id="any-chance-of"),
]


@pytest.mark.parametrize("asked", NEEDS_A_REPLY)
def test_a_request_without_can_you_starts_the_clock(asked: str) -> None:
    turns = [
        ("customer", 0, "The boiler has stopped again."),
        ("agent", 30, "I'm sorry, I've called our engineer and will come back to you."),
        ("customer", 60, asked),
        ("customer", 3 * _H, "Hello?"),
        ("agent", 3 * _H + 30, "Sorry, yes, he's coming at 4."),
    ]
    case = Case("kind", Channel.CHAT, "", tuple(turns), frozenset(), frozenset())
    card = score(case.conversation())
    late = next(r.outcome for r in card.behaviours if r.behaviour == "responds_promptly")
    assert late is ABSENT
