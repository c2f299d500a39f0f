"""Customer sentiment: the lines on the learned layer's edge decided by rules of their
kind, and the mend the refit used to cost (25 November 2026, twenty-first session).

Why the edge lines flipped. The fit is deterministic and converged: the weights start at
zero, every step sees the whole corpus in a fixed order, and 6,000 steps give the same
weights to four decimals as the shipped 3,000. But one ordinary corpus line of our own
moves the gap between a blind line's two best labels by 0.001 (median; 0.006 at the
99th percentile), and a rule that changes how one corpus line reads moves it by 0.006
(0.04 at the 99th). Of the 3,680 lines of the earlier blind checks, 7 sat within 0.01
of the boundary and 38 within 0.05. fresh18's "... Do you even check?" complaint sat
0.00004 on the side of its label (negative 0.97765 against neutral 0.97761: the rules
read it as a plain question, and "bill", "even", "paid" carried it over), closer than
the weights' rounding; fresh2's "... Worth it on sale." three-star line 0.0024 on the
side of neutral (against praise, after the praise margin). Any refit was a coin toss
for both, so they are now decided by what they say:

- a rhetorical question of doubt aimed at the company, "do / does / did you (guys,
  lot), they, your <team>, anyone (there) even check / read / care / listen / look /
  test / bother / try / think / train / notice / proofread ...?", is a complaint (the
  rhetorical -3.0 pattern that held "do you even know"); "Do you even deliver to
  Orkney?" still asks. The bailiff line now sits 2.7 inside the complaint side.
- a praise verdict hung on a lower price ("worth it on sale", "would buy again in the
  sale", "only worth buying at half price") holds the praise back as "worth it if ..."
  does: a middling verdict (`conditional_verdicts.prices`), as the development reviews
  and the blind blocks label a verdict with a reservation. Not when denied ("not worth
  it even on sale") or when the price makes no difference ("on sale or not"). It reads
  no corpus line's features differently, so it needs no refit and no refit can move it.
  Later the same session (mendF, test_sentiment_fair2_s21) this read praise beside the
  caveat as less happy than the caveat alone; now a price named as a tip ("worth it on
  sale") leaves the verdict to the rest of the review (fresh2's line stays middling by
  its own merits and flaws) and only praise kept for the price ("only worth it on
  sale") is middling. A question that doubts the company, asked in earnest, is no
  complaint either (an alternative offered, a reason or a wish given).
- a delivery slot and the time the driver "knocked" or "buzzed" tell lateness by clock,
  as "arrived" and "came" do: fresh10's frozen-food line sat 0.008 from the boundary
  with no word of complaint in it, and the "do you even" refit took it to plain.

Then the mends dropped in fresh22-25 for the refit they needed, retried one by one with
the refit, kept only if dev macro-F1 rose with neither source down by more than 0.002:

- kept: "expected (much / a lot) better / more", "hoped for better", "deserve better" as
  a complaint when the clause ends there or goes on "from / for / at ..." (a -3.0
  pattern in place of the -1.5 cues "expected more / better"), not after a negation or
  "could have" ("Could not have hoped for better") nor before a noun ("deserve better
  pay").
- dropped: a chase "when will someone / anyone fix / reply / call / turn up ...?" as a
  rhetorical complaint (dev 0.7614 -> 0.7608, airline tweets 0.7454 -> 0.7448; as a
  plain -3.0 cue 0.7611); a verdict held back ("too early to tell", "time will tell",
  "haven't used it enough", "will update my review") as middling (dev unchanged to six
  decimals, fresh25 +1); an expectation overturned by "but" ("expected a nightmare ...
  but", "dreading the queues but") read as hypothetical (dev and every blind line
  unchanged).

Dev `customer_sentiment` 0.7610 (airline tweets 0.7453, TripAdvisor 0.7150) -> with the
three edge rules and their refit 0.7609 (0.7452, 0.7150: four tweets moved, two each
way) -> with "expected better" 0.7614 (0.7454, 0.7181). The 3,680 lines of the earlier
blind checks 3,264 -> 3,265 right, none lost (fresh17's "How do I stop the heating
coming on at 5am?" plain again; fresh24's polite two-star review moves from praise to
plain, still wrong).
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify
from legendary.care.sentiment_rules import read


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Doubt that the company does its job, put as a question, complains ...
        ("Did anyone there even read my email? I attached the receipt twice.", "negative"),
        ("Does your team even test these updates before pushing them out?", "negative"),
        ("Do you guys even listen to the calls you record?", "negative"),
        (
            "Third bill this year with someone else's meter reading on it. Do you even check?",
            "negative",
        ),
        # ... a question about what the company does at all asks.
        ("Do you even deliver to Orkney?", "neutral"),
        ("Do you check the meters even on Sundays?", "neutral"),
        ("Does the app even need a login, or can I just browse?", "neutral"),
    ],
)
def test_a_question_doubting_the_company_does_its_job_complains(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("said", "label"),
    [
        # A price named as a tip praises (mendF, test_sentiment_fair2_s21: the caveat
        # alone and praise beside it read alike) ...
        ("Worth it on sale.", "positive"),
        ("Would buy again in the sale.", "positive"),
        ("Worth it at full price.", "positive"),
        # ... praise kept for the lower price alone is middling, and a denial complains.
        ("Only worth buying at half price.", "neutral"),
        ("Worth it only on sale.", "neutral"),
        ("Not worth it on sale.", "negative"),
    ],
)
def test_praise_hung_on_a_lower_price(said: str, label: Label) -> None:
    assert classify(said) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Fun for a weekend, gets samey after that. I would buy it again in the sale.", "neutral"),
        ("Decent puzzle game but the later levels drag. Worth it on sale.", "neutral"),
        ("Not worth it even on sale. It broke within a week.", "negative"),
        ("Brilliant little speaker, sounds huge. Worth it at full price.", "positive"),
    ],
)
def test_a_short_review_closing_on_a_price_caveat_is_middling(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "late"),
    [
        ("Slot was 7-8pm. Driver knocked at 9:40.", True),
        ("Booked the 2pm slot and the engineer knocked at 4:30.", True),
        ("Food due at 8:00. Driver buzzed at 9:10.", True),
        ("Driver knocked at 7:55 for our 8:00 slot.", False),
        ("The courier knocked at 9:40, I've signed for it.", False),
    ],
)
def test_a_knock_at_the_door_after_the_slot_is_late(text: str, late: bool) -> None:
    assert (read(text).score < 0) is late


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Expecting better than was given complains ...
        ("For the price we expected much better.", "negative"),
        ("We expected better from you, Skyhop.", "negative"),
        ("Honestly, your customers deserve better than this.", "negative"),
        # ... hoping for nothing better, or better of something else, does not.
        ("Could not have hoped for better, thank you!", "positive"),
        ("The staff deserve better pay, I'm signing the petition.", "neutral"),
        ("Better than expected, actually. Really comfy bed.", "positive"),
    ],
)
def test_expecting_better_complains(text: str, label: Label) -> None:
    assert classify(text) == label
