"""`acknowledges_need`: the agent names what the customer needs, as understood.

Written for this test in our own words (no labelled corpus has this behaviour; the
development data has no file for it), labelled before the detector read any of them.
A positive says back the customer's need or wish in the agent's words ("So what you need
is the refund before the 15th.", "You'd like to move to the cheaper plan."), with a
frame, as a check, or as what matters most to them. Negatives: a generic "I understand"
or one aimed at a feeling or at the service's rules, an instruction or a rule put in
"you need…" words, the agent's own need, an offer, and a question about a need.

First read (the tenth round, 24 November 2026, eighth session): 11 of the 13 needs said
back found and 7 of the 11 replies naming none left alone (P 0.73, R 0.85, F1 0.79; the
session's starting rules, commit 055e303, the same). Mended by kind: "the most important
thing for you is…", "what matters most to you is…" name a need (`need_frames`); "I
understand the / your / that / you…" names one only with a word of need or wish after it
(`understood_clauses`, `need_words`), not a feeling ("I understand your frustration") nor
a rule ("I understand the refund can take…"); "you need…" for any case ("…for any
return") is a rule; "you want to" before a verb of command is advice unless the customer
asked for something. Then all 24 right. The demo's need frames ("I understand you need
the armchair returned without any fuss") still read as heard (`tests/demo`).
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.attentive import acknowledges_need
from legendary.care.behaviours.base import Utterance

#: (the customer's turn, the agent's reply)
SAID_BACK: dict[str, tuple[str, str]] = {
    "what you need, with the date": (
        "I need the refund before the 15th or my rent payment will bounce.",
        "So what you need is the refund before the 15th.",
    ),
    "I understand you need": (
        "I need my prescription ready by Friday, I'm flying out on Saturday.",
        "I understand you need the prescription ready before your flight on Saturday.",
    ),
    "a wish said back": (
        "I want to change my plan to the cheaper one.",
        "You'd like to move to the cheaper plan.",
    ),
    "what they're looking for": (
        "Have you got this jacket in a size 12 anywhere?",
        "You're looking for the jacket in a size 12.",
    ),
    "a need checked with a question": (
        "My daughter's passport has to come back before our holiday in July.",
        "So you need the passport back before you travel in July?",
    ),
    "just to confirm": (
        "Can you move my booking to the 3rd? I don't want to cancel it.",
        "Just to confirm, you want the booking moved to the 3rd, not cancelled.",
    ),
    "if I understand": (
        "I need a letter for my landlord showing I've paid.",
        "If I understand correctly, you need a letter for your landlord confirming the payment.",
    ),
    "what you're after": (
        "I just want someone to call me back about the leak.",
        "What you're after is a call back about the leak.",
    ),
    "typed in a chat": (
        "need the invoice resent to my work email pls",
        "got it, you need the invoice sent to your work email",
    ),
    "what they hope for": (
        "I was hoping to get the engineer here before the weekend.",
        "You're hoping for the engineer before the weekend.",
    ),
    "the most important thing for them": (
        "I can't get to work without the car, I need it back by Monday.",
        "So the most important thing for you is getting the car back by Monday.",
    ),
    "the main thing for them": (
        "The baby comes home from hospital on Thursday and we've got no heating.",
        "The main thing for you is having the heating working before the baby comes home.",
    ),
    "I understand, then an obligation": (
        "The dress has to be here before my sister's wedding on the 14th.",
        "I understand the dress has to be with you by the 14th.",
    ),
    "a need that rules out any fuss": (
        "It arrived broken and I just want it gone.",
        "I understand you need the table collected without any fuss.",
    ),
    "a need in a support chat": (
        "I just need someone to listen, I don't want advice.",
        "You need someone to listen right now, not advice.",
    ),
}

#: (the customer's turn, the agent's reply)
NOT_SAID_BACK: dict[str, tuple[str, str]] = {
    "a bare I understand": ("I need the refund before the 15th.", "I understand."),
    "an understanding of a feeling": (
        "I've waited three weeks for my refund.",
        "I understand your frustration.",
    ),
    "an understanding of how it feels": (
        "I've waited three weeks for my refund.",
        "I understand how annoying this must be.",
    ),
    "an understanding of the rules": (
        "I need the refund before the 15th.",
        "I understand the refund can take up to ten working days.",
    ),
    "a step put on them": (
        "I need the refund before the 15th.",
        "You need to fill in the refund form on our website first.",
    ),
    "an instruction": (
        "I need a replacement, the screen's cracked.",
        "Please send us a photo of the cracked screen.",
    ),
    "a rule in 'you need' words": (
        "I want to return the kettle.",
        "You need a receipt for any return.",
    ),
    "advice in 'you want to' words": (
        "My heating keeps coming on in the middle of the night.",
        "You want to make sure the heating timer is set to 24-hour mode.",
    ),
    "an offer": (
        "I need the refund before the 15th.",
        "I can get the refund to you by the 12th.",
    ),
    "a question about the need": (
        "I need the refund soon.",
        "Do you need it before the 15th?",
    ),
    "an understanding of their worry": (
        "My mum is in hospital and I can't visit her.",
        "I understand you're worried about your mum.",
    ),
    "the agent's own need": (
        "I need to know where my parcel is.",
        "We'll need your order number to look into the parcel.",
    ),
}


@pytest.mark.parametrize("name", list(SAID_BACK))
def test_a_need_said_back_is_acknowledged(name: str) -> None:
    context, text = SAID_BACK[name]
    assert acknowledges_need(Utterance(text, context)) != [], text


@pytest.mark.parametrize("name", list(NOT_SAID_BACK))
def test_a_reply_that_names_no_need_of_theirs_is_not(name: str) -> None:
    context, text = NOT_SAID_BACK[name]
    assert acknowledges_need(Utterance(text, context)) == [], text
