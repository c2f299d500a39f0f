"""Customer sentiment: the twentieth session's two mends (1983fac, 7ebd34d) made fair
(24 November 2026, twentieth session).

A reviewer read the session's advice pattern and loyalty idioms on sentences of their
own and found both unfair. The advice to the service (-3.0) fired on praise that
recommends ("Your company should hire more people like Sarah, she was brilliant."), on
plain questions and reports of an obligation ("So they have to upgrade the app first
before it will pair?"), on advice to another reader ("You might want to hire a car")
and on polite requests for the customer's own case ("It would be quicker if you called
me"): ten sentences read as complaints or lost their praise. The 28 loyalty idioms
matched no development line, missed the same loyalty in other words ("We will never
stay anyplace else in Rome.", "I'll never use another company for my move.", "I could
totally get used to this...") and hid a negation or a complaint beside them ("I don't
think I could get used to this seat, my back is killing me.", "Ten years I would never
fly anyone else, and this is how you treat me?" read plain).

Each reviewer sentence keeps the reading it had at 2775494, but for the five loyalty
and treat sentences, which were wrong then (complaints or plain) and now praise. The
kin below them were written in our own words and labelled here before the engine read
them.

- First read (31 kin, labelled before any read): at 7ebd34d (both mends as they
  stood) the reviewer's sentences 0 of 17 right, the kin 19 of 31; at 2775494 (before
  either mend) 12 of 17 (the five loyalty and treat sentences wrong) and 21 of 31.
- Mended by kind (`lexicons/service_sentiment.json`, `sentiment_rules`):
  - advice: "have to / has to" is an obligation, no advice; "upgrade to ..." and "hire
    a car / bike / guide ..." recommend to the reader; "would be easier / quicker if you
    <verb>" about "me / us" asks for the customer's own case; and a pattern marked
    `unless_gainsaid` does not count where the rest of the turn, outside its clause,
    reads the other way as the rules would label it (`_gainsaid`: advice beside praise
    recommends).
  - loyalty: the 28 idioms gave way to two patterns read `whole` (their words hidden,
    counted as an idiom, `_read_whole`): never / won't (be, going to) + a verb of flying,
    staying, booking, using, shopping ... + (with / at ...) anyone / anywhere /
    anyplace + else, or using / flying with another / any other + a provider (airline,
    company, hotel ...; "never book another hotel through this site" is no loyalty);
    and "could (<one word>) get used to this / that". Neither counts after a negation
    earlier in its clause, nor beside a complaint in another clause (loyalty betrayed),
    and "could never get used to this" is no treat.
- After: the reviewer's sentences 17 of 17, the kin 26 of 31; none of the 31 reads
  worse than at 2775494. Dev `customer_sentiment` as at 7ebd34d (the advice pattern
  reads its eight development lines as before, the loyalty patterns match none); the
  model needed no refit (`train_sentiment --check` matches).

Left, wrong at 2775494, at 7ebd34d and now, by kinds these mends do not touch (so not
asserted below): "You might want to hire a bike, the old town is flat and easy."
(neutral, read as praise); "The crew have to train every year on the new jets, my
cousin says." and "Apparently the desk has to upgrade my ticket, not the app." (neutral,
read as complaints: "have to" is a complaint cue of its own); "It would be quicker if
you sent me the code by text, my email is down." (neutral, the "down" email read as a
complaint); "The front desk could be a lot more helpful, frankly." (negative, read as
plain: the praise word inside the advice still counts).
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

# The reviewer's sentences, with the reading each should have.
REVIEWER: list[tuple[str, Label]] = [
    # Praise that recommends (positive at 2775494).
    ("Your company should hire more people like Sarah, she was brilliant.", "positive"),
    (
        "You have to upgrade to business on this route, best sleep I've had on a plane.",
        "positive",
    ),
    ("The hotel should be better known, what a hidden gem.", "positive"),
    (
        "If you stay here you should upgrade to the sea view room, it is worth every penny.",
        "positive",
    ),
    # Plain questions and reports (neutral at 2775494).
    ("So they have to upgrade the app first before it will pair?", "neutral"),
    ("Your pilots have to train for years before they fly these jets, right?", "neutral"),
    (
        "I read that the airline has to upgrade the seats on that route, is that still "
        "happening in May?",
        "neutral",
    ),
    ("You might want to hire a car, the island is bigger than it looks.", "neutral"),
    # Polite requests (neutral at 2775494).
    ("It would be easier if you posted the form to me, I don't have a printer.", "neutral"),
    ("It would be quicker if you called me, I'm driving all afternoon.", "neutral"),
    # Loyalty and a treat (complaints or plain at 2775494, wrong then: they praise).
    ("We will never stay anyplace else in Rome.", "positive"),
    ("Won't be flying with anyone else from now on.", "positive"),
    ("Never booking with anyone else again, what a trip.", "positive"),
    ("I'll never use another company for my move.", "positive"),
    ("I could totally get used to this…", "positive"),
    # A negation or a complaint beside them (negative at 2775494).
    ("I don't think I could get used to this seat, my back is killing me.", "negative"),
    ("Ten years I would never fly anyone else, and this is how you treat me?", "negative"),
]

# Our own kin, labelled before the engine read them.
KIN: list[tuple[str, Label]] = [
    # Advice beside praise recommends.
    ("Your airline should hire more crews like today's, they were wonderful.", "positive"),
    ("The restaurant should be better known, the fish was superb.", "positive"),
    ("You should upgrade to a suite if you can, the balcony alone is worth it.", "positive"),
    # An obligation asked about plainly.
    ("Does the hotel have to fix the lift before we arrive?", "neutral"),
    # A request for the customer's own case.
    ("It would be easier if you rang us after six.", "neutral"),
    # Advice on how the service does its job is still a complaint.
    ("You should train your staff to answer the phone.", "negative"),
    ("It would be much quicker if you opened more than one desk at rush hour.", "negative"),
    ("You need to fix your app, it crashes every time I pay.", "negative"),
    ("Your airline should hire more gate agents, the queue took an hour.", "negative"),
    ("The hotel needs to invest in blackout curtains, we were up at five.", "negative"),
    # Loyalty in other words praises.
    ("We'll never book anywhere else in Lisbon, the rooftop breakfast is worth it.", "positive"),
    ("Honestly won't be shopping anywhere else for my groceries.", "positive"),
    ("Never going to use another courier, this came in a day.", "positive"),
    ("I will never fly with any other airline to Dublin.", "positive"),
    ("I could honestly get used to this lounge.", "positive"),
    ("Heated seats and free coffee, I could get used to that.", "positive"),
    # Negated, betrayed or turned away, it does not.
    ("I could never get used to this app, everything moved again.", "negative"),
    ("I doubt I could get used to this bed, it sags in the middle.", "negative"),
    ("Fifteen years we would never book anywhere else, and now you lose our booking?", "negative"),
    ("We will never book another hotel through this site.", "negative"),
    ("@SkyhopAir never flying with you again, I'd rather use anyone else", "negative"),
    ("Never again, next time we stay anywhere else.", "negative"),
    ("I won't be using this company again.", "negative"),
    # A plain question or statement that names them says no mood.
    ("Can I book anywhere else in the terminal if the desk is shut?", "neutral"),
    ("Is there another company that does the transfer to the port?", "neutral"),
    ("Will I get used to the new app layout quickly?", "neutral"),
]


@pytest.mark.parametrize(("text", "label"), REVIEWER)
def test_the_reviewers_sentences_read_as_they_should(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(("text", "label"), KIN)
def test_their_kin_read_as_they_should(text: str, label: Label) -> None:
    assert classify(text) == label
