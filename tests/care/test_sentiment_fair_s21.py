"""Customer sentiment: df515e4's readings made fair (25 November 2026, twenty-first
session, helper mendC).

Reviewer A ran this session's sentiment mends (df515e4: the speed pattern with the one
served between "took" and the duration, "never been + comparative" read whole as praise,
the "at best" cue, `sentiment._conceded`) and found complaints read as praise. Their
sentences are here with kin of our own, every label written into this file before the
engine read a line.

First read (on 04e1a63 without these mends): the reviewer's 16 sentences all wrong; our
30 kin 19 right (the discovery, relief-to-leave and time-reported lines wrong, and a
flaw conceded before praise read as middling).

Mended by kind (`lexicons/service_sentiment.json`, `sentiment._verdict_after_concession`;
no corpus line's features change, so no refit):
- a short duration after "took / takes" is no speed when the time went on finding out:
  "to realise / notice / find / discover / spot / work out / learn / hear / tell / be
  told ..." up to three words after it (the speed pattern's look-ahead);
- "never been / felt + comparative" is no praise before "to" (or "than when ...") + a
  way out (leave, cancel, close, check out, walk out, get off / out / away, see the back
  of ...) or a refusal got ("get a flat no", "be turned down");
- "at best" is `plain` (it read as "best", +3.2, then as a -3.0 cue anywhere); a -3.0
  pattern takes it only where it caps a verdict at the end of its clause: after a word
  that is no time, date or amount ("average at best") or after a duration something
  takes ("replies take a week at best"). A time reported ("next week at best") and a
  name ("at Best Western") weigh nothing;
- a one-sentence text whose middling words before "but" are conceded (`_conceded`)
  takes its verdict from what follows when that praises ("Not the cheapest, but worth
  every penny.") or asks ("It was okay, but why was I charged twice?"). A flaw after a
  merit conceded stays read whole: a three-star review of one sentence weighing both
  ("Decent menu, friendly enough service, but nothing that would bring us back") is
  middling in the development reviews and the earlier blocks, and reading the flaw alone
  took two of those lines to complaints. "Not the cheapest, but the quality shows." is
  praise by the development reviews' habit (a flaw conceded and the merit that outweighs
  it is four stars; three stars weigh merit against flaw), but "the quality shows" has
  no word the engine reads as praise, so it stays middling (left).

After: the reviewer's 12 of 16, our kin 30 of 30. Left, each a strict xfail below: a
flaw named by a plain noun ("the stains on the carpet": no word of complaint, and its
"takes you" never matched the speed pattern), a time reported beside "I was told" or a
duration to wait ("in 3 to 5 days"), which complain without "at best", and "the quality
shows". Dev `customer_sentiment` 0.7614 (airline tweets 0.7454, TripAdvisor 0.7181)
unchanged, no dev line reads differently; the 3,723 lines of the earlier sentiment tests
3,308 -> 3,309 right, none lost ("Nothing fancy, but genuinely the friendliest B&B we've
stayed in." now praise).
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

# The reviewer's sentences (findings 6, 7 and 8 of /work/notes/s21/reviewA-report.md, and
# their probes of the same kinds).
REVIEWER: list[tuple[str, Label]] = [
    # "took me X to realise / tell / find" is how long it took to find out, not speed.
    ("Took me five minutes to realise the whole thing was a scam.", "negative"),
    ("It took them a few minutes to tell me there was nothing they could do.", "negative"),
    ("Took us two minutes to find mould in the bathroom.", "negative"),
    ("It takes you two seconds to notice the stains on the carpet.", "negative"),
    # "never been happier to leave" is relief to be out of it, not praise.
    ("I've never been happier to leave a hotel.", "negative"),
    ("Never been happier to cancel a subscription.", "negative"),
    ("I've never been happier to get off a plane.", "negative"),
    ("Honestly never been quicker to get a flat no from a bank.", "negative"),
    # "at best" after a time reported is no complaint of its own.
    ("The site says stock arrives next week at best.", "neutral"),
    ("The courier said Friday at best, so I'll plan for the weekend.", "neutral"),
    ("The app says my refund will arrive in 3 to 5 days at best.", "neutral"),
    ("I was told we'd get the keys by noon at best.", "neutral"),
    # A point conceded before "but" hands the verdict to what follows.
    ("Not the cheapest, but the quality shows.", "positive"),
    ("Not the cheapest, but worth every penny.", "positive"),
    ("Decent enough, but the staff made it special.", "positive"),
    ("It was okay, but why was I charged twice?", "negative"),
]

# Kin of our own, of the same kinds, with guards that must keep their reading.
KIN: list[tuple[str, Label]] = [
    # Finding out, or being told, takes the time: a complaint ...
    ("It took me ten minutes to work out they'd charged me twice.", "negative"),
    ("Took me two minutes to spot the crack across the screen.", "negative"),
    ("It took her five minutes to tell us the flight was cancelled.", "negative"),
    ("Took us a few minutes to discover the safe didn't lock.", "negative"),
    ("It took me a couple of minutes to notice the sheets hadn't been changed.", "negative"),
    ("Took me two minutes on the phone to be told my claim was refused.", "negative"),
    # ... while a task done in minutes is still speed.
    ("It took me five minutes to set up the new router.", "positive"),
    ("Took us two minutes to check in with the app.", "positive"),
    # Relief to be out of a place, a contract or a refusal got fast: a complaint ...
    ("I've never been happier to check out of a hotel.", "negative"),
    ("Never been happier to walk out of a restaurant.", "negative"),
    ("Never been quicker to close an account.", "negative"),
    ("I've never felt happier to get out of a taxi.", "negative"),
    ("Never been happier to see the back of a landlord.", "negative"),
    ("Never been quicker to be turned down for a loan.", "negative"),
    # ... while happiness with the service, or a thing got fast, is praise.
    ("I've never been happier with my broadband.", "positive"),
    ("Never been happier to recommend a plumber.", "positive"),
    ("Never been quicker to get a refund.", "positive"),
    # "at best" inside a name, or after a time reported, weighs nothing ...
    ("We stayed at Best Western by the station and the staff were lovely.", "positive"),
    ("Picked up a new charger at Best Buy and it works perfectly.", "positive"),
    (
        "The shop says the part will be in on Tuesday at best, so I'll collect it Wednesday.",
        "neutral",
    ),
    # ... a time it caps is no speed ...
    ("Getting through to someone takes ten minutes at best.", "negative"),
    ("Their replies take a week at best.", "negative"),
    # ... and a middling word it caps still complains.
    ("The breakfast was average at best.", "negative"),
    ("The wifi in the rooms was patchy at best.", "negative"),
    # A flaw conceded before "but" hands the verdict to what follows ...
    ("Not the cheapest, but the delivery was quick.", "positive"),
    ("A bit pricey, but the staff couldn't do enough for us.", "positive"),
    ("Not the fastest, but the food was worth the wait.", "positive"),
    ("It was fine, but the checkout charged me twice.", "negative"),
    # ... a plain question after it asks, and middling on both sides stays middling.
    ("The room was okay, but can I change my booking to Friday?", "neutral"),
    ("Nothing special, but okay.", "neutral"),
]


# Still read wrong, for the reasons the docstring gives.
LEFT = {
    "It takes you two seconds to notice the stains on the carpet.",
    "The app says my refund will arrive in 3 to 5 days at best.",
    "I was told we'd get the keys by noon at best.",
    "Not the cheapest, but the quality shows.",
}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(
            text,
            label,
            marks=[pytest.mark.xfail(strict=True, reason="left")] if text in LEFT else [],
        )
        for text, label in REVIEWER + KIN
    ],
)
def test_fair_reading(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Added after the first commit, once read: learning or understanding a thing
        # in minutes is ease, only "learn / understand that ..." finds something out.
        ("Took me five minutes to learn the new app.", "positive"),
        ("Took me two minutes to learn that my seat had been given away.", "negative"),
    ],
)
def test_learning_a_thing_is_ease(text: str, label: Label) -> None:
    assert classify(text) == label


def test_the_count_holds() -> None:
    # Floor: every line not left is read right (42 of 46).
    right = sum(classify(text) == label for text, label in REVIEWER + KIN)
    assert right >= len(REVIEWER + KIN) - len(LEFT)
