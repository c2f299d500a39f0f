"""Plain questions the thirteenth round's rhetorical-question patterns misread.

The patterns of fresh16-18 (`service_sentiment.json`, the two "rhetorical" patterns) took
three kinds of plain question for verdicts; a reviewer found them, and they are mended by
kind:

- a how-to question asks for a method: the generic "you" of "how do you break in new
  boots?" is no accusation. "How do/can you lose/break/forget ...?" despairs only with
  the customer's own loss ("... my passport application"), a past fault ("how did you
  manage to break ..."), or a thing lost outright ("lose a wedding dress"), not "lose
  weight" or "break up the fee";
- "actually/really/even knows" despairs only when it doubts the service's competence
  ("knows what they're doing", "anyone there who actually knows", "do you even know"),
  not when a customer asks who knows a fact or a subject;
- a question that marvels needs a praise predicate: "so easy to break/snap/chip ..." is
  a complaint's frame, not "so easy to use".

Every sentence below is ours; the ones marked "was" read as the comment says on the
patterns before this change (commit 66fb011), so each kind's test fails there.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A how-to question (each was negative).
        ("How can you break the contract early if I move abroad?", "neutral"),
        ("How do you lose weight on the 12-week plan?", "neutral"),
        ("How do you break in the new boots?", "neutral"),
        ("How do you forget a saved wifi network on the new router?", "neutral"),
        ("How can you break up the annual fee into monthly payments?", "neutral"),
        # The customer's own loss, a past fault: still despair.
        ("How can you lose my passport application twice in one month?", "negative"),
        ("How did you manage to break a brand new washing machine during delivery?", "negative"),
    ],
)
def test_a_how_to_question_asks_for_a_method(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Asking who knows a fact or a subject (each was negative).
        ("Does anyone really know when the Leeds store reopens?", "neutral"),
        ("Is there someone who actually knows about pensions I could speak to?", "neutral"),
        ("Does anyone actually know if the bridge is open this weekend?", "neutral"),
        ("Is there somebody who really knows tax rules I could book a call with?", "neutral"),
        # Doubting the service's competence: still despair.
        ("Is there anyone there who actually knows what they're doing?", "negative"),
        ("Do you even know where my parcel is?", "negative"),
    ],
)
def test_asking_who_knows_is_not_doubting_that_anyone_does(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    "text",
    [
        # "So easy to <damage>" is a complaint's frame (each was positive); the turn's
        # other words decide between a complaint and a plain remark.
        "Why is this so easy to break? The hinge snapped on day two.",
        "Why was it so quick to fall apart? Two washes and every seam has gone.",
        "How is the strap so quick to snap? Mine went on the first walk.",
        "Why are the handles so easy to break off? Third kettle this year.",
        "Why is this mug so easy to chip? Two weeks and the rim is flaking.",
    ],
)
def test_easy_to_damage_is_no_marvel(text: str) -> None:
    assert classify(text) != "positive"


@pytest.mark.parametrize(
    "text",
    [
        # A praise predicate still marvels.
        "Why is this so easy to use? I had it set up in two minutes.",
        "How is the app this easy to use? Sorted my refund in a minute.",
        "Who knew assembling a wardrobe could be so simple?",
    ],
)
def test_a_question_that_marvels_at_praise_still_praises(text: str) -> None:
    assert classify(text) == "positive"


def test_the_damage_frame_reads_as_a_complaint_when_it_says_so() -> None:
    # Without the false marvel, the fault the turn names carries it.
    assert classify("Why was it so quick to fall apart? Two washes and every seam has gone.") == (
        "negative"
    )
