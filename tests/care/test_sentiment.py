"""Customer sentiment on service talk, and its trajectory over a conversation."""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Trajectory, classify, polarity, trajectory


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


@pytest.mark.parametrize(
    "text",
    [
        # Nobody is grateful for a harm: thanks for one is sarcasm.
        "Thanks for losing my bag, really.",
        "Thank you for the 3 hour delay at the gate.",
        # A duration typed without a space still counts as a long wait.
        "On hold since 1hr and the line just rings.",
        # Thanks for anything plainly bad is sarcasm too, listed harm or not.
        "Thanks for the mess the engineer left in my hallway.",
        # A wry emoticon is unhappy; a web address is not an emoticon.
        "Box arrived squashed again :-/",
        # A customer weighing up leaving is unhappy, however calm the words.
        "Honestly I'm thinking of cancelling my contract.",
    ],
)
def test_sarcastic_thanks_and_long_waits_are_negative(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # One mild problem word (refund) does not turn real thanks into politeness.
        "Thanks so much for sorting out my refund, that was quick!",
        # "so much for" is scorn on its own, gratitude after thanks.
        "Thank you so much for your help today, brilliant.",
        "Thanks for waiting with me on the line, that was kind.",
    ],
)
def test_thanks_next_to_a_mild_problem_word_is_still_praise(text: str) -> None:
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        # A problem inside an "if" clause is a hypothesis, not something happening.
        "If my flight is cancelled tomorrow, will I get a hotel voucher?",
        "If the parcel arrives damaged, who do I contact?",
    ],
)
def test_hypothetical_problems_are_neutral(text: str) -> None:
    assert classify(text) == "neutral"


def test_a_web_address_is_not_a_wry_face() -> None:
    assert classify("The returns form is at http://example.com/forms") == "neutral"


def test_one_exclamation_mark_strengthens_praise_but_not_a_complaint() -> None:
    assert polarity("The new app is cool!") > polarity("The new app is cool.") > 0
    assert polarity("My parcel is late again!") == polarity("My parcel is late again.")


def test_a_condition_does_not_hide_a_real_complaint() -> None:
    assert classify("My flight was cancelled and nobody told me, if you must know.") == ("negative")


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


def test_a_long_texts_opening_verdict_counts_more_than_a_closing_one() -> None:
    headline = "Never again"
    body = (
        "the room was clean and the courtyard was pretty, the breakfast was fine, "
        "check-in took forty minutes and the parking cost more than the website said, "
        "the staff at the desk seemed rushed and the lift was out of order for a day, "
        "the location is handy for the old town and the bed was comfortable"
    )
    assert classify(f"{headline}. {body}.") == "neutral"
    assert classify(f"{body.capitalize()}. {headline}.") == "positive"
