"""Fairness of session 21's new breaker readings (fresh11's rude_sarcasm and blame_outcomes)
on kind and plain agent turns (session 21, 25 November 2026).

A false breaker caps a person's scorecard, so it is the worse error. Reviewer A proved
(by running them) that ten warm, self-mocking or helpful turns read as rude and eight
plain explanations read as blame on HEAD f3c4c23 (none of them at 2d42740); those
sentences are here with fourteen kin of our own (warmth, good news, self-mockery, a
reason, an instruction with what changes next, an own act before the phrase, an
invitation), every label written before the engine read a line, beside the rude and
blaming turns the readings were built for (fresh11's kinds in new words), which must
still be found.

First read on f3c4c23: see the commit that adds this file. Mended by kind in
`breakers.py` and `breakers.json`: see the commit that mends.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

# (customer's turn, agent's turn): kind or plain, never rude.
NOT_RUDE: list[tuple[str, str]] = [
    # Reviewer A's sentences.
    ("My refund came through!", "I know, amazing news! Enjoy the trip."),
    ("I got the job!!", "I know, amazing news! The whole team is cheering for you."),
    ("", "Ha, even my teenage son knows this app better than me!"),
    ("", "If you know how to do this better, please share it, we're always learning."),
    ("", "If you think you can do it better, our design competition is open to everyone!"),
    ("", "I guess the universe is out to get you today, what a week you've had."),
    (
        "",
        "Have a look at the menu and decide what you want before you ring, it makes the "
        "order quicker.",
    ),
    ("", "Ringing us won't make it any quicker, I'm afraid, as the bank sets the timing."),
    (
        "",
        "Honestly, chasing won't make it any faster, the refund goes out automatically on Friday.",
    ),
    (
        "",
        "Sigh. Another storm warning for your area tonight. Please keep the flight app handy.",
    ),
    ("", "The summer sale starts Friday. Just saying! 😉"),
    # Kin of our own. Warmth:
    (
        "We finally got the keys!",
        "I know, crazy news! Congratulations to you both, enjoy every minute.",
    ),
    (
        "My car broke down on the way to the airport.",
        "I guess the whole week is out to get you, you poor thing, what rotten luck.",
    ),
    # Self-mockery: the child measured against the speaker.
    ("", "Honestly, even my ten-year-old knows this remote better than I do!"),
    ("", "Even our kid figured out the new app before I did, it's that easy now."),
    # A reason about the world after the phrase.
    (
        "Any update on my parcel?",
        "Emailing again won't make it any faster, because the courier only updates the "
        "tracking once a day.",
    ),
    (
        "Is my passport ready yet?",
        "Calling every day won't make it any sooner since the passport office sets the "
        "date, and they've said the 14th.",
    ),
    # An instruction with what it changes next.
    (
        "Can I order on the phone?",
        "Work out what you want before you ring, and the kitchen can have it ready in ten minutes.",
    ),
    # An invitation.
    (
        "",
        "If you think you know how to do it better, tell us: the best idea this month wins "
        "a free coffee.",
    ),
    # Good news.
    ("", "Sigh. Mondays, right? Good news is your order shipped this morning."),
    ("", "Double points on everything this weekend. Just saying!"),
    # An own act before the phrase.
    (
        "Has my refund gone through?",
        "I've already chased finance for you, and asking them twice won't make it any faster.",
    ),
]

# Rude turns of fresh11's kinds in new words: still rude.
RUDE: list[tuple[str, str]] = [
    ("Is my repair done yet?", "Calling again won't make it any faster."),
    ("Where's my order?", "Sorry, but chasing us won't make it go any faster."),
    (
        "Where's my order?",
        "Chasing us won't make it any faster, as I've told you already.",
    ),
    ("How do I log in?", "Even my six-year-old manages that one."),
    ("Why does the install take so long?", "If you know how to do my job better, come and do it."),
    ("My plant died.", "Plants need light. I know, shocking news."),
    ("The printer jammed again!", "I suppose the printer is out to get you too."),
    ("The app logged me out again.", "Oh great, you again."),
    ("Your rules make no sense.", "Everyone else manages to read them. Just saying."),
]

# (customer's turn, agent's turn): plain explanations, no blame.
NOT_BLAME: list[tuple[str, str]] = [
    # Reviewer A's sentences.
    (
        "Can you match the paint to my sample?",
        "I've matched the colour to the sample you sent, so that's exactly what you asked for.",
    ),
    (
        "Why is my room bigger than I expected?",
        "You added the suite upgrade when you booked, so that's the upgrade you paid for.",
    ),
    (
        "What time will you call?",
        "We don't have a fixed time for the call back, which is entirely down to you.",
    ),
    ("Which colour should I pick?", "There's no wrong answer on the colour, which is down to you."),
    (
        "When can I shower?",
        "You were advised to keep the dressing dry for 48 hours, so from tomorrow you can "
        "shower as normal.",
    ),
    (
        "Is the dose changing?",
        "You were told to take two tablets a day; from Monday that goes down to one.",
    ),
    (
        "Can I still send the form?",
        "Yes, we still accept forms that arrive after the deadline you were given, up to the 30th.",
    ),
    (
        "We missed the sunrise tour.",
        "If you'd got here earlier you'd have seen the sunrise, but the sunset tour tonight "
        "is just as lovely.",
    ),
    # Kin of our own.
    (
        "Is this the size I chose?",
        "Yes, you picked the large at checkout, so that's the size you asked for.",
    ),
    (
        "How long do I keep the bandage on?",
        "You were told to keep it on for a week, so from Thursday you can take it off.",
    ),
    (
        "When is the menu chosen?",
        "We haven't set the menu yet, which is entirely down to you and your guests.",
    ),
]

# Blame of fresh11's kinds in new words: still blame.
BLAME: list[tuple[str, str]] = [
    (
        "The sofa is the wrong colour!",
        "You ticked grey on the order form, so that's the colour you asked for.",
    ),
    (
        "My boots are leaking already.",
        "Leather that isn't waxed lets water in, which is down to you.",
    ),
    (
        "Why was my claim refused?",
        "It reached us two weeks after the deadline you were given.",
    ),
    (
        "My stitches came out.",
        "That happens when you get them wet. You were told to keep them dry.",
    ),
]


@pytest.mark.parametrize(("context", "text"), NOT_RUDE)
def test_a_kind_turn_in_sarcasms_words_is_not_rude(context: str, text: str) -> None:
    assert not detect(text, context, behaviours=["rude_language"])


@pytest.mark.parametrize(("context", "text"), RUDE)
def test_sarcasm_aimed_at_the_customer_is_still_rude(context: str, text: str) -> None:
    assert detect(text, context, behaviours=["rude_language"])


@pytest.mark.parametrize(("context", "text"), NOT_BLAME)
def test_a_plain_explanation_blames_no_one(context: str, text: str) -> None:
    assert not detect(text, context, behaviours=["blames_customer"])


@pytest.mark.parametrize(("context", "text"), BLAME)
def test_an_outcome_pinned_on_the_customer_is_still_blame(context: str, text: str) -> None:
    assert detect(text, context, behaviours=["blames_customer"])
