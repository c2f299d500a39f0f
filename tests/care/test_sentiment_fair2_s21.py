"""Customer sentiment: 04e1a63's readings made fair (25 November 2026, twenty-first
session, helper mendF).

Reviewer B ran 04e1a63's edge rules and found sincere questions read as complaints
("Do you even test on animals? I'm vegan ...") and praise with a price caveat read as
middling while the bare caveat stayed praise ("Great blender. Worth it on sale." neutral,
"Worth it on sale." positive). Their sentences are here with kin of our own, every label
written into this file before the engine read a line.

First read (on HEAD, the engine as fb4145a left it): the reviewer's 7 sentences 1
right (the bare "Worth it on sale." only); our 19 kin 15 right (two praise-plus-caveat
lines, "Only worth it on sale." read as praise, the allergy question as a complaint).

Mended by kind (`lexicons/service_sentiment.json`, `sentiment_rules`, `sentiment`; no
corpus line's features change, so no refit):
- "do / does / did you (guys), they, your <team>, anyone (there) even check / read /
  care / listen / test ...?" is its own rhetorical pattern, and it asks in earnest (no
  complaint) when the question offers an alternative ("..., or is that extra?", "...,
  or do they learn on the job?"; not "or do you just ..." nor "or not", which mock) or
  when the turn gives a reason or a wish of the lexicon's `earnest` ("I'm vegan and
  want to be sure", "would love to", "thinking of applying", "before I order"), read
  over the whole turn, not only its question;
- one reading of a price caveat, by the development reviews' habit: a four-star review
  says "worth it on sale", a three-star one keeps the praise for the price. So a price
  named as a tip ("worth it on sale", "would buy again in the sale":
  `sentiment_rules.price_caveat`) leaves a short review's verdict to the rest of it
  (praise stays praise, fresh2's merits-and-flaws line stays middling: its rest reads
  as a complaint, no longer 0.0024 from the edge), and alone it praises; only praise
  kept for the price ("only worth it on sale", "worth it only at half price",
  `conditional_verdict`) is middling, alone too (a one-sentence verdict held back on a
  condition of at most eight words is middling, "Worth it if you're not in a hurry.").
  Praise beside a caveat is never less happy than the caveat alone.

After: the reviewer's 7 of 7, our kin 17 of 19, 8 more kin written after the mend and
before the engine read them 8 of 8. Left (strict xfail): "My son is allergic and I want
to be sure." reads as a complaint by its own words (not the "even" pattern), and "The
game is short, but the story is lovely. Worth it on sale." reads as praise, which the
development reviews' habit (a flaw conceded, then the merit) may well call right.
Dev `customer_sentiment` 0.7614 (airline tweets 0.7454, TripAdvisor 0.7181) unchanged,
no dev line reads differently; of 37,286 strings in tests/care and the dev file, 14 read
differently from fb4145a: the 11 lines above and three of fresh22's lower-case probes of
`conditional_verdict` ("worth it if the price dropped"), now middling read alone.

Reviewer C (same day, helper mendJ) found both pardons too wide: "Do you even check your
emails? I've sent three and I'd love a reply before I order again." read as praise (the
`earnest` list matched "before i order" and "i'd love"), "Do you guys even read reviews,
or is it all automated?" read neutral (an accusing alternative taken for an option), and
a complaint with a price caveat ("Terrible quality, fell apart in a week. Worth it on
sale maybe.", "Broke after two uses. Only worth it on sale, if that.") read neutral.
First read (on 3463bfe's engine, labels written first): the reviewer's 4 sentences 0
right; our 16 kin 10 right (the accusing alternatives 0 of 3, complaints with a caveat
0 of 3; the chasing lines already complained by their own words).
Mended by kind: no `earnest` wording pardons a turn that also reports chasing or repeat
contact (the lexicon's `earnest_unless_chasing`: "I've sent", "again", "still", "for the
third time", "no reply"); an alternative is earnest only as a neutral option, not when
it accuses again (just, automated, a bot, we / us, nobody, ignore, delete, throw, guess,
make it up ...); and a held verdict (a price caveat or a reservation) beside a plain
complaint (no "but", no clause the rules read as praise) leaves the complaint
(`sentiment._plain_complaint`), the mirror of praise beside a caveat.
After: the reviewer's 4 of 4, our kin 16 of 16; 8 more kin labelled before being read
7 of 8 (the mocking "or do they make it up as they go?" read neutral), 8 of 8 once
careless handling (ignore, bin, delete, throw, guess, wing it, make it up) joined the
accusing words. Dev `customer_sentiment` 0.7614 (tweets 0.7454, TripAdvisor 0.7181)
unchanged; train_sentiment --check matches (no refit).
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

# The reviewer's sentences (findings 6 and 7 of /work/notes/s21/reviewB-report.md).
REVIEWER: list[tuple[str, Label]] = [
    # "Do you even ...?" asked in earnest: an alternative offered, a reason or a wish given.
    ("Do you even test on animals? I'm vegan and want to be sure before I order.", "neutral"),
    ("Do they even check tyre pressure during the basic service, or is that extra?", "neutral"),
    (
        "Do you guys even train new starters on the tills, or do they learn on the job? "
        "Thinking of applying!",
        "neutral",
    ),
    ("Do you even listen to requests on the radio show? Would love to hear some jazz.", "neutral"),
    # Praise with a price caveat is no less happy than the caveat alone.
    ("Great blender. Worth it on sale.", "positive"),
    ("Lovely soft jumper, washes well. Would buy again in the sale.", "positive"),
    ("Worth it on sale.", "positive"),
]


def _left(text: str, label: Label, why: str) -> object:
    """A line the mend leaves wrong: a strict xfail, so that reading it right shows."""
    return pytest.param(text, label, marks=pytest.mark.xfail(strict=True, reason=why))


# Kin of our own, of the same kinds, both ways.
KIN: list[tuple[str, Label] | object] = [
    # Asked in earnest ...
    ("Do you even ship to Ireland, or is it UK only?", "neutral"),
    _left(
        "Does your bakery even use nuts in the kitchen? My son is allergic and I want to be sure.",
        "neutral",
        "'allergic' reads as a complaint in the reason given (no 'even' in it)",
    ),
    ("Do you even do gift wrapping? Would love to send it straight to my mum.", "neutral"),
    (
        "Do they even hire part-timers in the warehouse? Thinking of applying for the summer.",
        "neutral",
    ),
    ("Do you even stock size 12 in store? I'd love to try them on before buying.", "neutral"),
    # ... and in doubt that the company does its job, an alternative that mocks included.
    ("Do you even read the reviews, or do you just delete the bad ones?", "negative"),
    ("Do you even check these orders or not?", "negative"),
    (
        "Third time my parcel has gone to the wrong house. Do your drivers even look at the "
        "address?",
        "negative",
    ),
    ("Did anyone even listen to my voicemail? I've called four times.", "negative"),
    ("Do you even care that I've been waiting a month?", "negative"),
    # A price caveat on praise is a tip, the review stays happy ...
    ("Brilliant kettle, boils in no time. Worth it on sale.", "positive"),
    ("Comfy trainers and they look smart. Would definitely buy again in the sale.", "positive"),
    ("Would buy again in the sale.", "positive"),
    # ... praise kept only for a lower price is middling ...
    ("Only worth it on sale.", "neutral"),
    ("Nice enough headphones. Only worth it on sale though.", "neutral"),
    ("Great blender. Only worth buying at half price.", "neutral"),
    ("Looks great on the wall. Not worth the full price though.", "neutral"),
    # ... a mixed review with the caveat stays mixed, and a denied one complains.
    _left(
        "The game is short, but the story is lovely. Worth it on sale.",
        "neutral",
        "a flaw conceded before the praise reads as praise (four stars by the development "
        "reviews' habit): our label may be the one that is wrong",
    ),
    ("Stopped working after a month. Not worth it even on sale.", "negative"),
]

# More kin, labelled after the mend was written but before the engine read them.
KIN_AFTER: list[tuple[str, Label]] = [
    ("Do you even deliver on Sundays, or only on weekdays?", "neutral"),
    ("Do you even check the tyres, or do you just wave the cars through?", "negative"),
    ("Do they even read the feedback forms? I'd love to suggest a vegan option.", "neutral"),
    ("Did anyone even look at my claim? It's been six weeks.", "negative"),
    ("Soft, warm and the colour is gorgeous. Worth buying on sale.", "positive"),
    ("Decent speaker for the money. Would buy again in the sale.", "neutral"),
    ("Loved it. Would only buy it again on sale though.", "neutral"),
    ("Only worth it at half price, the battery is weak.", "neutral"),
]


@pytest.mark.parametrize(("text", "label"), REVIEWER)
def test_the_reviewers_sentences(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(("text", "label"), KIN)
def test_kin_of_our_own(text: str, label: Label) -> None:
    assert classify(text) == label


def test_praise_with_a_price_caveat_is_never_less_happy_than_the_caveat_alone() -> None:
    order = {"negative": -1, "neutral": 0, "positive": 1}
    for caveat in ("Worth it on sale.", "Would buy again in the sale.", "Only worth it on sale."):
        for praise in ("Great blender.", "Lovely soft jumper, washes well."):
            assert order[classify(f"{praise} {caveat}")] >= order[classify(caveat)]


@pytest.mark.parametrize(("text", "label"), KIN_AFTER)
def test_more_kin(text: str, label: Label) -> None:
    assert classify(text) == label


# Reviewer C's probes of 3463bfe (labels written before the engine read them, helper
# mendJ): earnest wording beside chasing, an alternative that accuses, and a complaint
# with a price caveat.
REVIEWER_C: list[tuple[str, Label]] = [
    (
        "Do you even check your emails? I've sent three and I'd love a reply before I order again.",
        "negative",
    ),
    ("Do you guys even read reviews, or is it all automated?", "negative"),
    ("Terrible quality, fell apart in a week. Worth it on sale maybe.", "negative"),
    ("Broke after two uses. Only worth it on sale, if that.", "negative"),
]

# Kin of our own (labels written before the engine read them): chasing beside earnest
# wording, accusing and neutral alternatives, complaints and mixed reviews with a caveat.
KIN_C: list[tuple[str, Label]] = [
    # A wish or reason beside repeat contact still complains ...
    (
        "Do you even read your messages? I'd love to get an answer, this is the fourth time "
        "I've asked.",
        "negative",
    ),
    (
        "Does anyone even check the inbox? Still no reply and I want to be sure before I book.",
        "negative",
    ),
    (
        "Do you even listen? I've emailed you twice now and would love to know where my refund is.",
        "negative",
    ),
    (
        "Do they even look at complaints? Writing for the third time because I'd love to "
        "sort this before I order again.",
        "negative",
    ),
    # ... and without it asks in earnest.
    ("Do you even do next-day delivery? Would love to get it before Friday.", "neutral"),
    (
        "Do they even check for gluten in the sauces? I'm coeliac and want to be sure before "
        "I book.",
        "neutral",
    ),
    # An alternative that accuses is a second complaint ...
    ("Do you even check these parcels, or is it all just thrown in a van?", "negative"),
    ("Does anyone even read these emails, or is it a bot replying?", "negative"),
    ("Do you even test your updates, or are we the testers now?", "negative"),
    # ... a neutral option is earnest.
    ("Do you even deliver to Jersey, or is it mainland only?", "neutral"),
    ("Do you even check the serial numbers, or is the receipt enough?", "neutral"),
    # A complaint with a price caveat stays a complaint ...
    ("Cheap plastic, the lid cracked on day one. Worth it on sale, maybe.", "negative"),
    ("The zip broke within a fortnight. Only worth it at half price.", "negative"),
    ("Disappointing sound, tinny and quiet. Only worth buying on sale.", "negative"),
    # ... merits weighed against flaws stay middling, praise stays praise.
    ("Comfy enough but the sole wore through quickly. Worth it on sale.", "neutral"),
    ("Sturdy and quiet, a joy to use. Worth it on sale.", "positive"),
]


@pytest.mark.parametrize(("text", "label"), REVIEWER_C)
def test_reviewer_cs_sentences(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(("text", "label"), KIN_C)
def test_kin_of_reviewer_cs_kinds(text: str, label: Label) -> None:
    assert classify(text) == label


def test_a_complaint_with_a_price_caveat_is_never_happier_than_the_complaint() -> None:
    order = {"negative": -1, "neutral": 0, "positive": 1}
    for caveat in ("Worth it on sale.", "Only worth it on sale.", "Worth it on sale maybe."):
        for complaint in ("Terrible quality, fell apart in a week.", "Broke after two uses."):
            assert order[classify(f"{complaint} {caveat}")] <= order[classify(complaint)]


# More kin, labelled after the mend was written but before the engine read them.
KIN_C_AFTER: list[tuple[str, Label]] = [
    ("Do you even read these messages? I'd love to know, I've asked three times now.", "negative"),
    (
        "Do they even check stock levels? Thinking of ordering again but the last two never came.",
        "negative",
    ),
    ("Do you even stock oat milk? Just curious, I'm vegan.", "neutral"),
    ("Do you even train your staff, or do they make it up as they go?", "negative"),
    ("Do you even open on bank holidays, or is it closed all weekend?", "neutral"),
    ("Awful smell, gave me a headache. Worth it on sale maybe.", "negative"),
    ("Fell apart after one wash. Would buy again in the sale.", "negative"),
    ("Lovely colour, but it pilled after a week. Only worth it on sale.", "neutral"),
]


@pytest.mark.parametrize(("text", "label"), KIN_C_AFTER)
def test_more_kin_of_reviewer_cs_kinds(text: str, label: Label) -> None:
    assert classify(text) == label
