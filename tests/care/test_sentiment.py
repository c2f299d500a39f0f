"""Customer sentiment on service talk, and its trajectory over a conversation."""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Trajectory, classify, trajectory


@pytest.mark.parametrize(
    "text",
    [
        "Still waiting for my refund, this is the third time I call.",
        "Great, just great. My parcel is lost yet again.",
        "Thanks for nothing.",
        "I've been on hold for 2 hours and nobody answers.",
        "This is unacceptable, I want to speak to a manager.",
        "Love being stuck at the gate with no information.",
        "You haven't answered my question.",
        "I'll be taking my business elsewhere.",
    ],
)
def test_complaints_are_negative(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much, Anna was brilliant and sorted it in minutes!",
        "Perfect, that's exactly what I needed. Great service.",
        "Really appreciate the quick reply :)",
        "No problem.",
        "Thank you so much, you've really turned this around.",
    ],
)
def test_praise_is_positive(text: str) -> None:
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Can I change the delivery address on order 4471?",
        "What time do you open on Saturday?",
        "Please check my booking, thanks.",
        "No, that's all, thanks.",
    ],
)
def test_plain_requests_are_neutral(text: str) -> None:
    assert classify(text) == "neutral"


def test_trajectory_from_angry_to_happy() -> None:
    turns = ["Still no refund, this is ridiculous.", "Order 4471.", "Brilliant, thank you!"]
    assert trajectory(turns) == Trajectory("negative", "positive", 1)


def test_trajectory_of_one_turn_and_of_none() -> None:
    assert trajectory(["Where is my parcel?"]) == Trajectory("neutral", "neutral", 0)
    assert trajectory([]) is None


def test_a_long_mixed_review_is_neutral_and_a_long_happy_one_positive() -> None:
    mixed = (
        "The room was clean and the bed was comfortable, and the staff at the desk were "
        "friendly when we arrived. However the wifi kept dropping, breakfast was cold on "
        "two mornings, and the noise from the street kept us awake most nights. Decent "
        "value for the price but I expected more."
    )
    happy = (
        "We stayed four nights and loved it. The staff were wonderful, the room was "
        "spotless and quiet, breakfast was excellent and the location is perfect for "
        "walking everywhere. Maria at reception sorted our late checkout without any fuss. "
        "We will definitely come back and recommend it to friends."
    )
    assert classify(mixed) == "neutral"
    assert classify(happy) == "positive"
