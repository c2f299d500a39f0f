"""Customer sentiment on service talk, and its trajectory over a conversation."""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Trajectory, classify, polarity, trajectory
from legendary.care.sentiment_rules import lukewarm, turn_words


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


def test_a_long_texts_short_opening_verdict_counts_double() -> None:
    headline = "Never again"
    body = (
        "the room was clean and the courtyard was pretty, the breakfast was fine, "
        "check-in took forty minutes and the parking cost more than the website said, "
        "the staff at the desk seemed rushed and the lift was out of order for a day, "
        "the location is handy for the old town and the bed was comfortable"
    )
    assert classify(f"{body.capitalize()}.") == "positive"
    # Counted twice, a two-word verdict outweighs a clause of praise in the story.
    assert classify(f"{headline}. {body}.") == "neutral"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The hotel was okay, nothing special.", 2),
        ("An average stay: the room does the job.", 2),
        ("Not bad for the price.", 1),
        # Negated, a middling word is no verdict of the kind.
        ("That is not okay, my bag is still missing.", 0),
        ("The app isn't fine at all since the update.", 0),
        # An acknowledgement opening a reply is not a verdict.
        ("OK, I'll restart the router and call back.", 0),
        ("@Fibrelink ok thanks, I'll wait for the engineer.", 0),
        ("Loved every minute of it.", 0),
    ],
)
def test_lukewarm_verdicts_are_counted(text: str, count: int) -> None:
    assert lukewarm(turn_words(text)) == count


def test_a_long_review_with_a_lukewarm_verdict_reads_neutral() -> None:
    review = (
        "The flat was okay for a short city break, nothing special. The kitchen had what "
        "we needed and the bed was comfortable enough, although the shower was lukewarm "
        "and the street was loud on Saturday night. Check-in was quick and the host "
        "answered our messages, but the photos made the place look bigger than it is."
    )
    assert classify(review) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "You switched me to the new tariff without warning and my bill doubled.",
        "I was promised a callback on Monday and it's now Thursday.",
        "One more month like this and I'll switch providers.",
    ],
)
def test_changes_without_notice_broken_promises_and_switching_are_complaints(text: str) -> None:
    assert polarity(text) < 0


@pytest.mark.parametrize(
    "text",
    [
        "I had to pay for a taxi because the replacement bus never came.",
        "I should not have to chase you every week for my own refund.",
        "We were forced to check our cabin bags at the gate with no explanation.",
    ],
)
def test_what_the_customer_was_made_to_do_is_a_complaint(text: str) -> None:
    assert polarity(text) < 0
    assert classify(text) == "negative"


def test_asking_whether_one_has_to_do_something_is_not_a_complaint() -> None:
    assert classify("Do I have to print my boarding pass?") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "I could not be happier with the new kitchen.",
        "Cannot thank you enough for finding my ring.",
        "Could not fault the staff.",
        "Nothing was too much trouble for the team.",
        "Can't wait for our next trip!",
        "Never felt better looked after, thank you Aruna!",
        # Intensifiers between thanks and "so much for" keep it gratitude.
        "Thank you so so much for the upgrade, what a treat!",
    ],
)
def test_praise_said_with_a_negation_is_praise(text: str) -> None:
    assert polarity(text) > 0
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "I can't wait any longer for this refund.",
        "Thanks so much for nothing.",
        "Well, I was not disappointed... the room was even worse than the photos.",
    ],
)
def test_negations_outside_a_praise_idiom_still_complain(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # Praise taken back by a closing "Not."
        "Cheers for that, really useful. Not.",
        # "no one" negates like "nobody".
        "No one has been helpful so far.",
        "No one was helpful.",
        # "Great, another ..." opens a complaint, not praise.
        "Great, another month without a working phone line.",
        "Is anybody going to answer my emails?",
    ],
)
def test_taken_back_praise_and_no_one_helping_are_complaints(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Couldn't have asked for a better stay.",
        # A "No," answer followed by "one more thing" negates nothing.
        "No, one more thing: the new card is lovely, thank you!",
    ],
)
def test_no_one_and_asked_for_idioms_do_not_turn_praise_around(text: str) -> None:
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Star ratings written out are the reviewer's verdict.
        ("Zero stars if I could.", "negative"),
        ("One star. Rude staff and a dirty room.", "negative"),
        ("Three stars: clean but tired, handy for the station.", "neutral"),
        ("Five stars, would book again.", "positive"),
        ("Would not stay again.", "negative"),
        # "but" ends a negation's reach.
        ("The hotel was not cheap but worth every penny.", "positive"),
        ("It is not cheap and it is not worth it.", "negative"),
        ("The so-called express delivery took nine days.", "negative"),
        # Unsure which option applies is a question, not a complaint.
        ("Not sure if this is the right place to ask about invoices.", "neutral"),
        ("Not sure why I bother calling any more.", "negative"),
    ],
)
def test_review_verdicts_and_negation_scope(text: str, label: str) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A fee waived is a harm put right: the thanks is praise.
        ("Thank you for waiving the late fee, that really helps this month.", "positive"),
        ("Refund came through already, brilliant.", "positive"),
        # "in three days" is speed, not a wait.
        ("Claim paid in three days, no fuss. Very impressed.", "positive"),
        ("Still no refund after three weeks.", "negative"),
        ("The new app is so much easier, paid my bill in seconds.", "positive"),
        ("The update wiped all my saved passwords.", "negative"),
        # The customer's own change is not a complaint; the company's is.
        ("I changed my number last week, how do I update it on the app?", "neutral"),
        ("You changed my flight without telling me.", "negative"),
    ],
)
def test_remedies_speed_and_who_changed_what(text: str, label: str) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A harm put right (past tense too) is no complaint, and praise for it is praise.
        ("Must have fixed the broken ramp, all good now. Thanks!", "positive"),
        ("Wanted to compliment your agent Priya for rebooking my cancelled trip.", "positive"),
        ("Hats off to the crew, they handled the diversion brilliantly.", "positive"),
        # Negated, the remedy did not happen.
        ("It still is not fixed and the screen is broken.", "negative"),
        ("Nobody is rebooking my cancelled flight, I have been here for hours.", "negative"),
        ("We got home, no thanks to your call centre.", "negative"),
    ],
)
def test_remedies_done_and_compliments(text: str, label: str) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Thanks for the reply, it is working again now.", "positive"),
        ("It was working again for an hour and now it has dropped again.", "negative"),
        ("Never had a problem with you in ten years.", "positive"),
        ("You have never let me down, thank you.", "positive"),
        ("I never received the replacement.", "negative"),
    ],
)
def test_service_restored_and_never_a_problem(text: str, label: str) -> None:
    assert classify(text) == label
