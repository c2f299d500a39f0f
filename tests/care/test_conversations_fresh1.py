"""Blind block: twelve whole conversations scored the way a QA analyst would.

Written 2026-11-24, session 19 (helper "conversations"), in our own words. Every
conversation's verdicts (each behaviour present / absent / not applicable, the breakers
and the flags) were written down here before `score()` read a line.

The block: chat, e-mail, phone transcripts and social DMs from retail, telecoms, a bank,
SaaS, travel and utilities; excellent, poor and mixed service; one with a bot before the
human (C02), one where the customer asks three questions and two get answers (C03), one
handed off with ownership (C04) and one without (C05), promises with a time (C01, C02,
C04, C06, C12), slow replies (C06 by e-mail, C10 in a live chat).

First read (per behaviour in `FIRST_READ`): 245 of 276 verdicts agreed (88.8 %), flags
in 10 of 12 conversations. One label was a slip (C07's ignores_question written as n/a
though the customer asked, and was answered), corrected after the read: 246 on the
corrected labels.

Mended by kind, each with named conversations below that fail on the code before:
- resolution: the customer's closing small talk ("Nothing else, bye!", "Will do!",
  "Thank you so much.") is read past to the turn that says how it went, or to the answer
  they were given; a re-done act ("I've re-issued") is a resolution; "got it, thanks",
  "that's helpful", "much better" confirm (resolves_without_handoff 6 -> 12 of 12);
- questions: a word a turn's questions share ("card") answers none of them by itself,
  and a yes/no question passed by in a reply that answers its siblings by their words
  stays unanswered unless the reply says yes or no; the question behind a fronted
  clause ("When you send…, will my PIN…?") is a yes/no one (C03: answers_all_questions
  and ignores_question now agree);
- hand-offs: "you'll need to contact / speak to our … desk/team/bank" sends the customer
  elsewhere (transfers_without_ownership, and makes_commitment applies);
- policy: "our policy is that we don't refund …" restricts, "there's nothing I can do"
  offers nothing, and "no … limit" is no rule (blames_policy,
  explains_policy_with_alternative);
- scoring: words a breaker quoted earn no credit for the same moment ("I'm sorry if you
  found the help pages confusing" is a non-apology, not also an apology and an
  acknowledged feeling: `scoring.CONTRADICTED_BY`).

After: 260 of 276 (94.2 %), flags in 11 of 12; every mended behaviour 12 of 12 and none
worse. Left (utterance detectors outside this work): paraphrases read where nothing was
said back (5), takes_ownership misses completed first-person acts ("I've moved both
direct debits", 3), blames_customer misses "you must have pressed pay twice" (and so the
critical_breaker flag), acknowledges_need (2), single misses of offers_solution,
gains_agreement and expresses_appreciation; C04's acknowledges_feelings and C08's
apologises differ on applicability (a complaint with no feeling word, read negative or
not by the sentiment reader). Dev
figures unchanged (benchmarks/care_accuracy.py, every target row identical).

Mended after (same day, helper "convmend"), by kind, named in the last tests below:
- paraphrases: a sentence every word of theirs in which comes from a question they asked
  answers it ("There is no fee for a replacement card."); their experience held under
  "if/unless/whether" ("I'm sorry if you found the help pages confusing") is no saying
  back, unless a "so" draws the conclusion ("So if you don't have a job…"); the answer to
  thanks ("Any time.", "Not at all") is manners; "Calm down, …" is a command; "I
  understand / I know (that) you need…" alone names a need (acknowledges_need), not
  their story. Paraphrases 7 -> 11 of 12 (C02's "I'm sorry your broadband is down, I
  know you need…" left: "I'm sorry your X is Y" says their problem back, as the dev
  readings count it);
- takes_ownership: an act already done for the customer, "I've / we've" + an act on their
  account (`done_act_verbs`: moved, re-sent, added, re-issued, put…) with "you/your"
  later in the sentence, not a hand-off ("put you through to"); 9 -> 12 of 12;
- acknowledges_need: a bare "Noted." confirms a need only after one was voiced or
  something asked for; a "so" summary naming what their thing needs ("…and your insulin
  needs to stay cold", not "needs to be activated") names it; 10 -> 12 of 12;
- blames_customer: a guess that the customer pressed or tapped wrongly ("You must have
  pressed pay twice"): "press", "tap" joined breakers.json's blame_verbs, so C07's
  critical_breaker flag is raised too; 11 -> 12 of 12.
After: 270 of 276 (97.8 %), flags in 12 of 12. Left: C04's offers_solution and
acknowledges_feelings, C08's apologises and gains_agreement, C09's
expresses_appreciation, C02's paraphrases. Dev paraphrases 0.7303 -> 0.7308 (AnnoMI
0.7029 -> 0.7040, SwDA 0.7375 -> 0.7378).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from legendary.care.model import (
    Channel,
    Conversation,
    Customer,
    Role,
    Speaker,
    Turn,
    make_conversation,
)
from legendary.care.rubric import DEFAULT
from legendary.care.scorecard import Outcome, Scorecard
from legendary.care.scoring import score

_START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
_BREAKERS = frozenset(rule.behaviour for rule in DEFAULT.rules if rule.breaker)
BEHAVIOURS = tuple(rule.behaviour for rule in DEFAULT.rules)


@dataclass(frozen=True)
class Case:
    """One conversation and the analyst's verdicts: behaviours in `present` and `na`,
    every other behaviour of the default rubric absent; `flags` the scorecard's flags."""

    id: str
    channel: Channel
    customer: str
    turns: tuple[tuple[str, int, str], ...]  # (role, seconds from the start, text)
    present: frozenset[str]
    na: frozenset[str]
    flags: frozenset[str] = field(default_factory=frozenset)
    agent: str = "Agent"

    def conversation(self) -> Conversation:
        """The conversation as a reader would hand it to the engine."""
        names = {"customer": self.customer, "agent": self.agent, "bot": "Assistant"}
        return Conversation(
            id=self.id,
            turns=tuple(
                Turn(Speaker(Role(role), names[role]), text, _START + timedelta(seconds=at))
                for role, at, text in self.turns
            ),
            channel=self.channel,
            source="fresh",
            customer=Customer(name=self.customer),
        )

    def expected(self, behaviour: str) -> Outcome:
        """The analyst's verdict on `behaviour`."""
        if behaviour in self.present:
            return Outcome.PRESENT
        if behaviour in self.na:
            return Outcome.NOT_APPLICABLE
        return Outcome.ABSENT

    def breakers(self) -> frozenset[str]:
        """The breakers the analyst found."""
        return self.present & _BREAKERS


def _set(names: str) -> frozenset[str]:
    return frozenset(names.split())


_H = 3600
_D = 24 * _H

CASES: tuple[Case, ...] = (
    # Retail chat, excellent: a gift that arrived broken, replaced with a promise by a time.
    Case(
        "C01",
        Channel.CHAT,
        "Priya Shah",
        (
            (
                "customer",
                0,
                "Hi, the mug set I ordered for my sister's birthday arrived "
                "this morning and two of the mugs are smashed. I'm so disappointed, her "
                "birthday is on Saturday.",
            ),
            (
                "agent",
                40,
                "Hi Priya, I'm really sorry, that's not how a birthday present "
                "should arrive. I can imagine how disappointing it was to open that box. So "
                "two of the four mugs came broken and you need a full set before Saturday, "
                "is that right?",
            ),
            ("customer", 70, "Yes exactly. Can you get a new set to me before then?"),
            (
                "agent",
                100,
                "Yes, I'll send a brand new set by next-day delivery today, so "
                "it reaches you on Thursday, and you won't need to send the broken one back. "
                "Would that work for you?",
            ),
            ("customer", 130, "That would be brilliant, thank you."),
            (
                "agent",
                160,
                "Lovely. I'll e-mail you the tracking link by 5pm today. Thank "
                "you for sending the photos, they made this quick. What else can I help you "
                "with?",
            ),
            ("customer", 190, "Nothing else, thanks so much!"),
            ("agent", 215, "You're welcome, Priya. I hope your sister has a wonderful birthday."),
        ),
        _set(
            "takes_ownership makes_commitment asks_open_question paraphrases "
            "acknowledges_need answers_all_questions uses_customer_name "
            "acknowledges_feelings apologises offers_solution gains_agreement "
            "expresses_appreciation responds_promptly resolves_without_handoff"
        ),
        _set("explains_policy_with_alternative"),
        _set("promise_to_keep"),
    ),
    # Telecoms chat with a bot before the human: broadband down, fixed with a credit.
    Case(
        "C02",
        Channel.CHAT,
        "Mark Fielding",
        (
            ("bot", 0, "Hello, I'm the virtual assistant. What can I help you with today?"),
            (
                "customer",
                20,
                "My broadband has been down since last night and I work from "
                "home, this is a nightmare.",
            ),
            ("bot", 25, "I'll connect you with one of our advisers now."),
            (
                "agent",
                70,
                "Hi Mark, I'm Jess. I'm sorry your broadband is down, I know you "
                "need a working connection for your job. Let me run a line test right now.",
            ),
            ("customer", 90, "OK thanks."),
            (
                "agent",
                140,
                "The test shows a fault at your local exchange and our "
                "engineers are already working on it. I'll send you a text by 2pm to confirm "
                "it's back up. Would a text to the number on your account suit you?",
            ),
            (
                "customer",
                165,
                "Yes please. Will I get any money back for the day without internet?",
            ),
            (
                "agent",
                200,
                "Yes, I've added a £5 credit to your next bill for today. "
                "Thank you for your patience, Mark.",
            ),
            ("customer", 220, "That's fair, thanks Jess."),
        ),
        _set(
            "takes_ownership makes_commitment acknowledges_need answers_all_questions "
            "uses_customer_name acknowledges_feelings apologises offers_solution "
            "gains_agreement expresses_appreciation responds_promptly "
            "resolves_without_handoff"
        ),
        _set("explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Jess",
    ),
    # Bank e-mail: three questions, two answered (the PIN question gets nothing).
    Case(
        "C03",
        Channel.EMAIL,
        "Helen Okafor",
        (
            (
                "customer",
                0,
                "Hello, I've just moved house. How do I change the address on "
                "my current account? When you send me a new card, will my PIN stay the same? "
                "And is there a fee for the new card? Kind regards, Helen",
            ),
            (
                "agent",
                2 * _H,
                "Dear Helen, thank you for letting us know about your move. "
                "You can change your address in the app under Profile, then Personal details; "
                "it takes a couple of minutes. There is no fee for a replacement card. Best "
                "wishes, Tariq",
            ),
            ("customer", 3 * _H, "Thanks, that's helpful."),
            ("agent", 4 * _H, "You're welcome, Helen. Best wishes, Tariq"),
            ("customer", 5 * _H, "Bye."),
            ("agent", 6 * _H, "Goodbye."),
        ),
        _set(
            "uses_customer_name offers_solution expresses_appreciation responds_promptly "
            "resolves_without_handoff ignores_question"
        ),
        _set("makes_commitment acknowledges_feelings apologises explains_policy_with_alternative"),
        _set("breaker question_ignored"),
        agent="Tariq",
    ),
    # SaaS chat: handed to finance with ownership and a promise by a time.
    Case(
        "C04",
        Channel.CHAT,
        "Luis Romero",
        (
            (
                "customer",
                0,
                "Hello, since we upgraded our plan our invoices show the wrong "
                "VAT number. Our accountant needs them corrected before month-end.",
            ),
            (
                "agent",
                45,
                "Hi Luis, sorry about the mix-up. I understand you need "
                "corrected invoices before month-end.",
            ),
            ("customer", 80, "Yes, that's it."),
            (
                "agent",
                130,
                "Changes to issued invoices are made by our finance team, so "
                "I'm passing this to Dana there now. I'll stay on the ticket myself and "
                "e-mail you by Thursday noon with the corrected invoices or an update. Does "
                "that work for you?",
            ),
            ("customer", 160, "Sounds good."),
            ("agent", 190, "Great. Thanks for flagging it, Luis."),
        ),
        _set(
            "takes_ownership makes_commitment acknowledges_need uses_customer_name "
            "apologises offers_solution gains_agreement expresses_appreciation "
            "responds_promptly"
        ),
        _set(
            "answers_all_questions ignores_question acknowledges_feelings "
            "explains_policy_with_alternative"
        ),
        _set("promise_to_keep"),
        agent="Ana",
    ),
    # Travel social DM, poor: sent elsewhere with nobody owning it; an angry customer.
    Case(
        "C05",
        Channel.SOCIAL,
        "",
        (
            (
                "customer",
                0,
                "My flight to Lisbon got cancelled and nobody has told me "
                "when I'll be rebooked. Absolutely fuming.",
            ),
            (
                "agent",
                10 * 60,
                "You'll need to contact our rebooking desk on the number "
                "in your cancellation e-mail, we don't deal with that here.",
            ),
            ("customer", 14 * 60, "I've already been on hold for two hours with them."),
            ("agent", 20 * 60, "That's the only team that handles rebookings."),
            ("customer", 22 * 60, "Useless. I'm never flying with you again."),
            ("agent", 30 * 60, "Noted."),
        ),
        _set("responds_promptly deflects transfers_without_ownership"),
        _set(
            "answers_all_questions ignores_question uses_customer_name gains_agreement "
            "explains_policy_with_alternative"
        ),
        _set("breaker ended_negative"),
    ),
    # Utilities e-mail: a reply 30 hours late, otherwise sound, with a promise by a time.
    Case(
        "C06",
        Channel.EMAIL,
        "Gareth Evans",
        (
            (
                "customer",
                0,
                "Hello, my bill this quarter was estimated again and it's £180 "
                "more than usual. Can you check it please? Gareth Evans",
            ),
            (
                "agent",
                30 * _H,
                "Dear Mr Evans, thank you for your e-mail and I'm sorry for "
                "the delay in replying. I've checked your account: the bill used an estimate "
                "because our reader couldn't get to the meter. If you send us a photo of the "
                "meter, I'll re-issue the bill on the actual reading within two working "
                "days. Kind regards, Sian",
            ),
            ("customer", 36 * _H, "Photo attached."),
            (
                "agent",
                37 * _H,
                "Dear Mr Evans, thank you for the photo. I've re-issued "
                "your bill on the actual reading: it comes to £64, and you'll receive it by "
                "e-mail today. Kind regards, Sian",
            ),
            ("customer", 38 * _H, "Much better, thank you."),
            ("agent", 39 * _H, "You're welcome. Kind regards, Sian"),
        ),
        _set(
            "takes_ownership makes_commitment answers_all_questions uses_customer_name "
            "apologises offers_solution expresses_appreciation resolves_without_handoff"
        ),
        _set("acknowledges_feelings explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Sian",
    ),
    # Retail phone transcript, poor: charged twice, brushed off, blamed, policy as a wall.
    Case(
        "C07",
        Channel.PHONE,
        "",
        (
            ("agent", 0, "Good afternoon, you're through to the order line."),
            (
                "customer",
                5,
                "Hi, I've been charged twice for my sofa, that's nearly two "
                "thousand pounds out of my account and I'm really stressed about my rent.",
            ),
            ("agent", 20, "Calm down, it's just a pending charge, it'll drop off."),
            ("customer", 30, "It's not pending, it's been taken. Can you refund it?"),
            (
                "agent",
                45,
                "You must have pressed pay twice. Our policy is that we don't "
                "refund duplicate card payments, there's nothing I can do. That's between "
                "you and your bank.",
            ),
            ("customer", 60, "Unbelievable."),
            ("agent", 65, "Anything else?"),
        ),
        _set(
            "answers_all_questions responds_promptly minimises_feelings blames_customer "
            "blames_policy deflects"
        ),
        # ignores_question was first written here as n/a: a slip (the customer asks "Can
        # you refund it?", so it applies, and was answered): corrected after the first read.
        _set("makes_commitment uses_customer_name gains_agreement"),
        _set("breaker critical_breaker ended_negative"),
    ),
    # SaaS e-mail, mixed: every question answered, an open question, but a non-apology.
    Case(
        "C08",
        Channel.EMAIL,
        "Sam Whitaker",
        (
            (
                "customer",
                0,
                "Hi, I can't find where to export our customer list to CSV. "
                "Is there a limit on how many rows we can export? The help pages are "
                "confusing. Sam",
            ),
            (
                "agent",
                90 * 60,
                "Hi Sam, I'm sorry if you found the help pages confusing. "
                "To export, open Contacts, tick the select-all box and choose Export, then "
                "CSV. There's no row limit, though exports over 50,000 rows arrive by e-mail "
                "instead of downloading straight away. What are you planning to do with the "
                "list, so I can suggest the best format?",
            ),
            ("customer", 3 * _H, "We're importing it into our CRM."),
            ("agent", 4 * _H, "Then CSV is the right choice. Thanks for asking, Sam!"),
            ("customer", 5 * _H, "Got it, thanks."),
            ("agent", 6 * _H, "Any time."),
        ),
        _set(
            "asks_open_question answers_all_questions uses_customer_name offers_solution "
            "expresses_appreciation responds_promptly resolves_without_handoff non_apology"
        ),
        _set("makes_commitment acknowledges_feelings explains_policy_with_alternative"),
        _set("breaker"),
        agent="Noor",
    ),
    # Bank chat: a lending rule explained with an alternative, a worried customer.
    Case(
        "C09",
        Channel.CHAT,
        "Amira Haddad",
        (
            (
                "customer",
                0,
                "I need my overdraft raised to £2,000 today. I'm worried my "
                "direct debits will bounce.",
            ),
            (
                "agent",
                50,
                "I can hear this is worrying, Amira. I can't raise an overdraft "
                "above £1,000 in chat because of our lending rules, but what I can do is move "
                "your direct debit dates to after payday, or you can apply for the higher "
                "limit in the app and get a decision within the hour. Which would you "
                "prefer?",
            ),
            ("customer", 80, "Move the dates please."),
            (
                "agent",
                120,
                "I've moved both direct debits to the 28th, the day after your "
                "salary arrives. Is there anything else I can help with today?",
            ),
            ("customer", 140, "No, that's great, thanks."),
            ("agent", 160, "You're welcome, Amira. Have a good evening."),
        ),
        _set(
            "takes_ownership uses_customer_name acknowledges_feelings offers_solution "
            "gains_agreement responds_promptly resolves_without_handoff "
            "explains_policy_with_alternative"
        ),
        _set("makes_commitment answers_all_questions ignores_question apologises"),
        agent="Ben",
    ),
    # Travel chat, slow: sound answers, but minutes between replies in a live chat.
    Case(
        "C10",
        Channel.CHAT,
        "Olivia Grant",
        (
            ("customer", 0, "Hi, can I add a checked bag to my booking for next week?"),
            (
                "agent",
                190,
                "Hi Olivia, yes, you can add a 23kg bag for £35. Shall I add it for you now?",
            ),
            ("customer", 210, "Yes please."),
            (
                "agent",
                450,
                "Done, I've added the bag and sent the updated confirmation to "
                "your e-mail. Thank you for flying with us!",
            ),
            ("customer", 470, "Thanks!"),
            ("agent", 700, "Have a lovely trip."),
        ),
        _set(
            "takes_ownership answers_all_questions uses_customer_name offers_solution "
            "gains_agreement expresses_appreciation resolves_without_handoff"
        ),
        _set("makes_commitment acknowledges_feelings apologises explains_policy_with_alternative"),
        agent="Kofi",
    ),
    # Telecoms social DM, quick and warm: two questions answered, a suggestion unchecked.
    Case(
        "C11",
        Channel.SOCIAL,
        "Kerry Byrne",
        (
            (
                "customer",
                0,
                "Going to Spain on Friday, will my phone work there and will it cost extra?",
            ),
            (
                "agent",
                8 * 60,
                "Hi Kerry! Yes, your plan includes EU roaming, so it'll "
                "work as soon as you land, and it costs nothing extra up to 12GB of data a "
                "month. If you think you'll need more, you can add a 5GB booster in the "
                "app.",
            ),
            ("customer", 12 * 60, "Amazing, thank you!"),
            ("agent", 15 * 60, "Have a brilliant trip, Kerry!"),
            ("customer", 16 * 60, "Will do!"),
            ("agent", 17 * 60, "Take care."),
        ),
        _set(
            "answers_all_questions uses_customer_name offers_solution responds_promptly "
            "resolves_without_handoff"
        ),
        _set("makes_commitment acknowledges_feelings apologises explains_policy_with_alternative"),
        agent="Lee",
    ),
    # Utilities phone transcript, excellent: a power cut and insulin in the fridge.
    Case(
        "C12",
        Channel.PHONE,
        "Anita Patel",
        (
            ("agent", 0, "Good evening, you're through to the power cuts line, my name is Rhys."),
            (
                "customer",
                6,
                "Hello, my power has been off since six and I've got insulin "
                "in the fridge. I'm really worried it'll spoil.",
            ),
            (
                "agent",
                18,
                "I'm so sorry you're without power, that must be really "
                "worrying. So the power's been off since six and your insulin needs to stay "
                "cold. How long has the fridge door been kept shut?",
            ),
            ("customer", 30, "I haven't opened it at all."),
            (
                "agent",
                42,
                "That's the best thing you could do. I've put you on our "
                "priority services register, and an engineer is already at the substation. "
                "I'll call you back at 9pm with an update.",
            ),
            ("customer", 55, "Thank you. If the insulin does spoil, will you pay for it?"),
            (
                "agent",
                68,
                "Yes, we'll cover the cost under our compensation scheme, so "
                "keep the pharmacy receipt. Thank you for bearing with us, Mrs Patel.",
            ),
            ("customer", 80, "Thank you so much."),
        ),
        _set(
            "takes_ownership makes_commitment asks_open_question paraphrases "
            "acknowledges_need answers_all_questions uses_customer_name "
            "acknowledges_feelings apologises offers_solution expresses_appreciation "
            "responds_promptly resolves_without_handoff"
        ),
        _set("explains_policy_with_alternative"),
        _set("promise_to_keep"),
        agent="Rhys",
    ),
)


def scorecards(cases: Sequence[Case] = CASES) -> dict[str, Scorecard]:
    """Every case's scorecard under the default rubric."""
    return {case.id: score(case.conversation()) for case in cases}


def disagreements(cases: Sequence[Case] = CASES) -> list[str]:
    """Every verdict and flag where the engine differs from the analyst, one per line
    (of this block, or of another block's `cases`)."""
    cards = scorecards(cases)
    wrong = []
    for case in cases:
        card = cards[case.id]
        got = {r.behaviour: r.outcome for r in card.behaviours}
        for behaviour in BEHAVIOURS:
            if got[behaviour] is not case.expected(behaviour):
                wrong.append(
                    f"{case.id} {behaviour}: expected {case.expected(behaviour).value}, "
                    f"got {got[behaviour].value}"
                )
        if set(card.flags) != case.flags:
            wrong.append(
                f"{case.id} flags: expected {sorted(case.flags)}, got {sorted(card.flags)}"
            )
    return wrong


def agreement_by_behaviour(cases: Sequence[Case] = CASES) -> dict[str, int]:
    """For each behaviour, in how many of the conversations the engine agrees."""
    cards = scorecards(cases)
    agree = dict.fromkeys(BEHAVIOURS, 0)
    for case in cases:
        got = {r.behaviour: r.outcome for r in cards[case.id].behaviours}
        for behaviour in BEHAVIOURS:
            agree[behaviour] += got[behaviour] is case.expected(behaviour)
    return agree


# --- The read of the block -------------------------------------------------------------

#: The first read (2026-11-24, before any mend), per behaviour: in how many of the twelve
#: conversations the engine's verdict agreed with the analyst's. 245 of 276 verdicts
#: (88.8 %); flags agreed in 10 of 12 conversations.
FIRST_READ: dict[str, int] = {
    "takes_ownership": 9,
    "makes_commitment": 11,
    "deflects": 12,
    "blames_customer": 11,
    "asks_open_question": 12,
    "paraphrases": 7,
    "acknowledges_need": 10,
    "answers_all_questions": 11,
    "uses_customer_name": 12,
    "ignores_question": 10,
    "acknowledges_feelings": 10,
    "apologises": 11,
    "offers_solution": 11,
    "gains_agreement": 11,
    "expresses_appreciation": 11,
    "responds_promptly": 12,
    "minimises_feelings": 12,
    "non_apology": 12,
    "rude_language": 12,
    "resolves_without_handoff": 6,
    "explains_policy_with_alternative": 10,
    "blames_policy": 11,
    "transfers_without_ownership": 11,
}

#: The conversation-level verdicts mended here, by kind: each now agrees on every case.
MENDED = (
    "makes_commitment",
    "answers_all_questions",
    "ignores_question",
    "resolves_without_handoff",
    "explains_policy_with_alternative",
    "blames_policy",
    "transfers_without_ownership",
    "takes_ownership",
    "acknowledges_need",
    "blames_customer",
)


def test_the_mended_conversation_verdicts_agree_on_every_conversation() -> None:
    agree = agreement_by_behaviour()
    wrong = [d for d in disagreements() if d.split()[1] in MENDED]
    assert all(agree[b] == len(CASES) for b in MENDED), "\n".join(wrong)


def test_no_behaviour_reads_the_block_worse_than_at_first() -> None:
    agree = agreement_by_behaviour()
    worse = {b: (FIRST_READ[b], n) for b, n in agree.items() if n < FIRST_READ[b]}
    assert not worse, worse


def test_the_block_holds_its_floor() -> None:
    agree = agreement_by_behaviour()
    assert sum(agree.values()) >= 270, "\n".join(disagreements())


def test_the_block_covers_what_it_says() -> None:
    channels = {case.channel for case in CASES}
    assert channels == {Channel.CHAT, Channel.EMAIL, Channel.PHONE, Channel.SOCIAL}
    assert all(6 <= len(case.turns) <= 20 for case in CASES)
    assert any(role == "bot" for case in CASES for role, _, _ in case.turns)
    ids = [case.id for case in CASES]
    assert len(set(ids)) == len(ids) == 12


# --- The kinds mended, each with named conversations that failed before ---------------


def outcome(turns: list[tuple[str, str]], behaviour: str, name: str = "") -> Outcome:
    """The outcome of `behaviour` in a conversation of `(role, text)` turns."""
    card = score(make_conversation("kind", turns, customer_name=name))
    return next(r.outcome for r in card.behaviours if r.behaviour == behaviour)


PRESENT, ABSENT, NA = Outcome.PRESENT, Outcome.ABSENT, Outcome.NOT_APPLICABLE

RESOLVED = [
    # The customer says how it went, then closes with small talk: read past the
    # small talk to the turn that confirms.
    pytest.param(
        [
            ("customer", "My gym membership was charged twice this month."),
            ("agent", "I'm sorry about that. I'll put the second payment back on your card."),
            ("customer", "That would be perfect, thank you."),
            ("agent", "Is there anything else I can do for you?"),
            ("customer", "Nothing else, bye!"),
        ],
        PRESENT,
        id="confirmed-then-small-talk",
    ),
    # The customer's questions were answered with the way forward, and all that came
    # after was thanks.
    pytest.param(
        [
            ("customer", "How do I turn off the renewal reminder e-mails?"),
            ("agent", "You can switch them off under Settings, then Notifications."),
            ("customer", "Thank you so much."),
        ],
        PRESENT,
        id="answered-then-thanks",
    ),
    # A re-done act stated by the agent ("I've re-issued", "I've reissued") resolves.
    pytest.param(
        [
            ("customer", "My invoice still has my old company name on it."),
            ("agent", "I've re-issued the invoice with the new name on it."),
            ("customer", "OK."),
        ],
        PRESENT,
        id="re-issued",
    ),
    # Thanks after a turn that says it still fails: not resolved.
    pytest.param(
        [
            ("customer", "The app keeps logging me out."),
            ("agent", "Try clearing the app's cache and logging in again."),
            ("customer", "It still logs me out."),
            ("customer", "Thanks anyway."),
        ],
        ABSENT,
        id="still-failing-then-thanks",
    ),
]


@pytest.mark.parametrize(("turns", "expected"), RESOLVED)
def test_resolution_reads_past_the_customers_closing_small_talk(
    turns: list[tuple[str, str]], expected: Outcome
) -> None:
    assert outcome(turns, "resolves_without_handoff") is expected


QUESTIONS = [
    # Three questions, the reply answers two by their words and says nothing of the
    # yes/no one: answers_all absent, ignores_question present.
    pytest.param(
        [
            (
                "customer",
                "Can I change my delivery slot online? Will the driver ring "
                "before arriving? And is there a charge for changing the slot?",
            ),
            (
                "agent",
                "You can change the slot online under My orders, and changing it "
                "is free of charge.",
            ),
            ("customer", "OK."),
        ],
        (ABSENT, PRESENT),
        id="yes-no-passed-by",
    ),
    pytest.param(
        [
            (
                "customer",
                "Can I change my delivery slot online? Will the driver ring "
                "before arriving? And is there a charge for changing the slot?",
            ),
            (
                "agent",
                "You can change the slot online under My orders, and changing it "
                "is free of charge. Yes, he rings half an hour before.",
            ),
            ("customer", "OK."),
        ],
        (PRESENT, ABSENT),
        id="yes-no-answered-with-a-yes",
    ),
    # A word the turn's questions share ("card") does not answer both; the question
    # behind a fronted clause ("When you send…, will my PIN…?") is a yes/no one.
    pytest.param(
        [
            (
                "customer",
                "When you post the new card, will my PIN change? Is there a fee for the new card?",
            ),
            ("agent", "There's no fee for a replacement card, it's on us."),
            ("customer", "Right."),
        ],
        (ABSENT, PRESENT),
        id="shared-word-is-not-an-answer",
    ),
    pytest.param(
        [
            (
                "customer",
                "When you post the new card, will my PIN change? Is there a fee for the new card?",
            ),
            ("agent", "Your PIN stays the same on the new card, and there's no fee."),
            ("customer", "Right."),
        ],
        (PRESENT, ABSENT),
        id="both-answered-by-their-words",
    ),
]


QUESTIONS += [
    # A specific wh-question passed by beside a sibling answered by its words: both
    # verdicts say so (the engine said it answered all and ignored one).
    pytest.param(
        [
            ("customer", "Where do I find my invoices? Why was I charged twice this month?"),
            ("agent", "Your invoices are under Billing, in the menu at the top."),
            ("customer", "OK."),
        ],
        (ABSENT, PRESENT),
        id="specific-why-passed-by",
    ),
    pytest.param(
        [
            ("customer", "Where do I find my invoices? Why was I charged twice this month?"),
            (
                "agent",
                "Your invoices are under Billing. The second charge was a hold on "
                "your card and drops off in three days.",
            ),
            ("customer", "OK."),
        ],
        (PRESENT, ABSENT),
        id="specific-why-answered",
    ),
]


@pytest.mark.parametrize(("turns", "expected"), QUESTIONS)
def test_each_of_a_turns_questions_is_answered_by_its_own_words(
    turns: list[tuple[str, str]], expected: tuple[Outcome, Outcome]
) -> None:
    got = (outcome(turns, "answers_all_questions"), outcome(turns, "ignores_question"))
    assert got == expected


SENT_ELSEWHERE = [
    "You'll need to call our claims team on the number on your policy.",
    "You will need to get in touch with the lettings office about that.",
    "You'd have to speak to your bank about the chargeback.",
]
NOT_SENT_ELSEWHERE = [
    # owned: a callback by a time after the referral
    "You'll need to call our claims team, and I'll ring you tomorrow at 10 to check "
    "they've picked it up.",
    # the customer's own step, no other team
    "You'll need to restart the router once the light turns green.",
]


@pytest.mark.parametrize("reply", SENT_ELSEWHERE)
def test_sending_the_customer_to_another_team_is_a_hand_off(reply: str) -> None:
    turns = [("customer", "My basement flooded last night, what do I do?"), ("agent", reply)]
    assert outcome(turns, "transfers_without_ownership") is PRESENT
    assert outcome(turns, "resolves_without_handoff") is ABSENT
    assert outcome(turns, "makes_commitment") is ABSENT  # handed on: a promise was due


@pytest.mark.parametrize("reply", NOT_SENT_ELSEWHERE)
def test_an_owned_referral_or_the_customers_own_step_is_no_bare_hand_off(reply: str) -> None:
    turns = [("customer", "My basement flooded last night, what do I do?"), ("agent", reply)]
    assert outcome(turns, "transfers_without_ownership") is ABSENT


POLICY = [
    # A policy that the company does not do something, with a capability denied.
    pytest.param(
        "Our policy is that we don't refund used tickets, there's nothing I can do.",
        (PRESENT, ABSENT),
        id="wall",
    ),
    pytest.param(
        "We don't exchange sale items, that's our policy, and there's little we can do.",
        (PRESENT, ABSENT),
        id="wall-little-we-can-do",
    ),
    pytest.param(
        "Our policy is that we don't refund used tickets, but what I can do is move you "
        "to a later train.",
        (ABSENT, PRESENT),
        id="with-an-alternative",
    ),
    # A policy in the customer's favour restricts nothing.
    pytest.param("Our policy is that we never charge for returns.", (ABSENT, NA), id="no-wall"),
    # A rule that is not there ("no … limit") is no policy to explain, even before a
    # contrast and an "instead".
    pytest.param(
        "There's no size limit, though files over 2GB upload in the background instead.",
        (ABSENT, NA),
        id="no-limit",
    ),
]


@pytest.mark.parametrize(("reply", "expected"), POLICY)
def test_a_policy_that_the_company_does_not_do_it_is_a_restriction(
    reply: str, expected: tuple[Outcome, Outcome]
) -> None:
    turns = [("customer", "Can I get my money back for the ticket?"), ("agent", reply)]
    got = (outcome(turns, "blames_policy"), outcome(turns, "explains_policy_with_alternative"))
    assert got == expected


CONTRADICTED = [
    # The same words cannot be a non-apology and an apology (or an acknowledged feeling).
    pytest.param(
        "The checkout form is a mess, I gave up twice.",
        "I'm sorry if you found the form confusing. You can also order by phone.",
        (ABSENT, PRESENT),
        id="sorry-if-you-found",
    ),
    pytest.param(
        "Your driver was rude to my mum.",
        "I'm sorry if you found our driver rude, that's not how we work.",
        (ABSENT, PRESENT),
        id="sorry-if-you-found-rude",
    ),
    # A real apology in a sentence of its own still counts beside a non-apology.
    pytest.param(
        "My order is three weeks late and nobody answers my e-mails.",
        "I'm sorry your order is so late. I'm sorry if you feel ignored, though.",
        (PRESENT, PRESENT),
        id="apology-beside-a-non-apology",
    ),
    pytest.param(
        "The instructions made no sense.",
        "I'm sorry the instructions were unclear, that's on us. I'll rewrite that step today.",
        (PRESENT, ABSENT),
        id="plain-apology",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), CONTRADICTED)
def test_words_that_break_service_earn_no_credit_for_the_same_moment(
    said: str, reply: str, expected: tuple[Outcome, Outcome]
) -> None:
    turns = [("customer", said), ("agent", reply)]
    got = (outcome(turns, "apologises"), outcome(turns, "non_apology"))
    assert got == expected
    assert outcome(turns, "acknowledges_feelings") is not PRESENT


# --- The utterance kinds mended after (helper "convmend"), each named -----------------

#: (the customer's turn, the agent's reply) where nothing of theirs is said back: each
#: was read as a paraphrase before.
NOT_SAID_BACK = [
    # Every word of theirs it holds comes from a question they asked: it answers.
    pytest.param(
        "Hello, I've just moved house. How do I change my address? Will my card still "
        "work? And is there a charge for a new card? Thanks, Jo",
        "Dear Jo, thanks for letting us know. You can change it in the app under "
        "Profile. There is no charge for a new card. Best wishes, Sam",
        id="answers-their-question",
    ),
    # Their experience held as a supposition ("if you…"), not said back.
    pytest.param(
        "The man on the phone yesterday rushed me off the line.",
        "I'm sorry if you felt rushed on the phone yesterday.",
        id="sorry-if-you-felt",
    ),
    pytest.param(
        "The delivery slots on your site are confusing.",
        "Apologies if you found the delivery slots confusing.",
        id="apologies-if-you-found",
    ),
    # The answer to thanks, whatever words it uses.
    pytest.param("Brilliant, cheers for that.", "Any time.", id="any-time"),
    pytest.param("Lovely, thanks for sorting it.", "Not at all, Dev!", id="not-at-all"),
    # An order to the customer's feelings opens the sentence: a command, not their words.
    pytest.param(
        "There's a charge on my card from you that I don't recognise and I'm panicking.",
        "Calm down, it's only a hold on the card, it'll drop off.",
        id="calm-down",
    ),
    # The need named as understood is acknowledges_need, not their story said back.
    pytest.param(
        "My refund still hasn't come and I fly out on Friday.",
        "I understand you need the refund before your flight on Friday.",
        id="i-understand-you-need",
    ),
    pytest.param(
        "My refund still hasn't come and I fly out on Friday.",
        "I know you need the refund before you fly on Friday.",
        id="i-know-you-need",
    ),
]

#: Reflections that stay reflections beside those kinds.
SAID_BACK = [
    pytest.param(
        "The parcel finally came but the box was crushed and the TV screen inside is cracked.",
        "So the parcel came but the box was crushed, and the screen inside is cracked.",
        id="so-summary",
    ),
    pytest.param(
        "I won't get paid until the 30th so I can't cover the bill before then.",
        "So if you don't get paid until the 30th, the bill is hard to cover before then.",
        id="so-if-you-summary",
    ),
    pytest.param(
        "The parcel came but the box was crushed. Is the screen covered if it's cracked?",
        "So the box came crushed and you're worried the screen is cracked.",
        id="summary-of-a-turn-that-asks",
    ),
]


@pytest.mark.parametrize(("said", "reply"), NOT_SAID_BACK)
def test_a_reply_that_says_nothing_of_theirs_back_is_no_paraphrase(said: str, reply: str) -> None:
    assert outcome([("customer", said), ("agent", reply)], "paraphrases") is ABSENT


@pytest.mark.parametrize(("said", "reply"), SAID_BACK)
def test_their_words_said_back_stay_a_paraphrase(said: str, reply: str) -> None:
    assert outcome([("customer", said), ("agent", reply)], "paraphrases") is PRESENT


#: (the customer's turn, the agent's reply, takes_ownership): an act already done for
#: the customer, by the agent, on their matter owns it; a customer's own "I've…", a
#: hand-off or a look are no such act.
DONE_FOR_THEM = [
    pytest.param(
        "I changed my phone number last week and the code goes to my old one.",
        "I've re-sent the code to your new number.",
        PRESENT,
        id="re-sent-to-your-number",
    ),
    pytest.param(
        "Can you move my payment date?",
        "I've moved your payment date to the 1st.",
        PRESENT,
        id="moved-your-date",
    ),
    pytest.param(
        "I've got a dialysis machine at home.",
        "I've put you on our priority register.",
        PRESENT,
        id="put-you-on",
    ),
    pytest.param(
        "You charged me twice.",
        "We've refunded the second payment to your card.",
        PRESENT,
        id="we-refunded-to-your-card",
    ),
    pytest.param(
        "Can I update my details?",
        "I've moved house and changed my number too, it's a pain.",
        ABSENT,
        id="the-agents-own-story",
    ),
    pytest.param(
        "I need to speak to billing.",
        "I've put you through to our billing team.",
        ABSENT,
        id="a-hand-off",
    ),
    pytest.param(
        "Has my payment gone through?",
        "I've checked your account and the payment went through.",
        ABSENT,
        id="a-look-at-the-account",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), DONE_FOR_THEM)
def test_an_act_already_done_for_the_customer_owns_it(
    said: str, reply: str, expected: Outcome
) -> None:
    assert outcome([("customer", said), ("agent", reply)], "takes_ownership") is expected


#: (the customer's turn, the agent's reply, acknowledges_need).
NEEDS = [
    # A bare receipt confirms a need only when one was voiced or something asked for.
    pytest.param("Useless. I'm never using you again.", "Noted.", ABSENT, id="noted-a-threat"),
    pytest.param("Whatever, I'm done with this company.", "Understood.", ABSENT, id="understood"),
    pytest.param(
        "Please send the new card to my work address.", "Noted.", PRESENT, id="noted-a-request"
    ),
    # A "so" summary naming what the customer's thing needs.
    pytest.param(
        "The boiler's been off since Monday and I've got a newborn, the bottles have to be warmed.",
        "So the boiler's been off since Monday and your baby's bottles need to be warm.",
        PRESENT,
        id="so-your-bottles-need",
    ),
    # A step of the service done to their thing is no need of theirs.
    pytest.param(
        "My new card came today.",
        "So your card needs to be activated in the app first.",
        ABSENT,
        id="a-step-done-to-the-card",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), NEEDS)
def test_a_need_is_acknowledged_only_when_one_was_voiced_or_summed_up(
    said: str, reply: str, expected: Outcome
) -> None:
    assert outcome([("customer", said), ("agent", reply)], "acknowledges_need") is expected


#: (the customer's turn, the agent's reply, blames_customer): a guess that the customer
#: pressed or tapped wrongly, stated as fact, puts the problem on them.
GUESSED_SLIPS = [
    pytest.param(
        "I've been charged twice for my sofa.",
        "You must have pressed pay twice.",
        PRESENT,
        id="must-have-pressed",
    ),
    pytest.param(
        "The app booked two tickets instead of one.",
        "You must have tapped the button twice.",
        PRESENT,
        id="must-have-tapped",
    ),
    pytest.param(
        "The router light is still red.",
        "You didn't need to press anything, it resets by itself overnight.",
        ABSENT,
        id="no-need-to-press",
    ),
]


@pytest.mark.parametrize(("said", "reply", "expected"), GUESSED_SLIPS)
def test_a_guess_that_the_customer_slipped_blames_them(
    said: str, reply: str, expected: Outcome
) -> None:
    assert outcome([("customer", said), ("agent", reply)], "blames_customer") is expected
