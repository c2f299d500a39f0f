"""The service rules added for sentiment beyond airline tweets and hotel reviews.

Each rule is tested on named customer sentences where it must fire and on the hard
neighbours where it must not: sarcastic praise closing a complaint, phrases that say no
mood ("I'll wait for the email"), conditions opened by "in case" or "unless", a middling
word that is asked about, and the complaints and praise of apps, shops and restaurants.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import classify, features, polarity
from legendary.care.sentiment_rules import _CueTable, glowing, lukewarm, read, turn_words
from legendary.care.text import PhraseIndex


@pytest.mark.parametrize(
    "text",
    [
        "Third missed delivery this week. Brilliant.",
        "On hold for an hour and then cut off. Lovely.",
        "My card was declined twice at the till. Great job.",
    ],
)
def test_a_complaint_closed_by_lone_praise_is_sarcasm(text: str) -> None:
    assert read(text).sarcastic
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The engineer arrived early and fixed it in minutes. Brilliant.",
        "Parcel came a day early. Great.",
        # No sentence of its own: the praise is part of the verdict.
        "Refund's come through already, perfect.",
    ],
)
def test_lone_praise_closing_good_news_stays_praise(text: str) -> None:
    assert not read(text).sarcastic
    assert classify(text) == "positive"


def test_many_closing_praise_sentences_are_read_in_one_look() -> None:
    # Each closing is not read again on its own: no recursion, however many there are.
    assert read("Late again. " + "Great. " * 3000).score != 0.0


@pytest.mark.parametrize(
    ("plain", "mood"),
    [
        ("I'll wait for the email.", "I've had to wait a week for the email."),
        ("I missed your call.", "I missed my flight."),
        ("I'm happy for you to go ahead with the repair.", "I'm so happy with the repair."),
    ],
)
def test_plain_phrases_say_no_mood_where_their_words_alone_would(plain: str, mood: str) -> None:
    assert polarity(plain) == 0.0
    assert polarity(mood) != 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Ok, I'll wait for the confirmation email then.",
        "I'm happy for you to go ahead with the repair.",
        "Good morning, I'd like to change my tariff.",
    ],
)
def test_acknowledgements_and_permissions_are_neutral(text: str) -> None:
    assert classify(text) == "neutral"


@pytest.mark.parametrize(
    ("condition", "fact"),
    [
        (
            "I'm attaching the form here as well, in case the upload didn't work.",
            "I'm attaching the form here as well, the upload didn't work.",
        ),
        (
            "Unless the parcel is lost, it should arrive by Monday.",
            "The parcel is lost, it should have arrived by Monday.",
        ),
    ],
)
def test_a_problem_inside_in_case_or_unless_is_not_happening(condition: str, fact: str) -> None:
    assert classify(condition) == "neutral"
    assert polarity(condition) > polarity(fact)
    assert classify(fact) == "negative"


def test_a_problem_after_whether_is_asked_about_not_reported() -> None:
    asked = "Please let me know whether the parcel was damaged in transit."
    reported = "Please let me know, the parcel was damaged in transit."
    assert classify(asked) == "neutral"
    assert polarity(asked) > polarity(reported)


def test_a_phone_case_opens_no_condition() -> None:
    # "case" is a condition only after "in".
    assert polarity("My phone case arrived broken.") == polarity("My phone cover arrived broken.")


@pytest.mark.parametrize(
    "text",
    [
        "Is it okay if I pay by bank transfer?",
        "Would it be alright to call back later?",
        "I've been on hold for two hours, how is that acceptable?",
    ],
)
def test_a_middling_word_asked_about_is_no_verdict(text: str) -> None:
    assert lukewarm(turn_words(text)) == 0


@pytest.mark.parametrize("text", ["It was alright.", "The breakfast was acceptable."])
def test_a_middling_word_said_of_the_stay_is_a_verdict(text: str) -> None:
    assert lukewarm(turn_words(text)) == 1


def test_a_question_about_what_is_acceptable_after_a_wait_is_a_complaint() -> None:
    assert classify("I've been on hold for two hours, how is that acceptable?") == "negative"
    assert classify("Is it okay if I pay by bank transfer?") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        # Apps.
        "Keeps crashing and full of bugs since the update.",
        "Uninstalling, it drains my battery in an hour.",
        "I haven't been able to log in for a week.",
        # Shops.
        "The handle fell apart within a week.",
        "Not as described, the colour is completely different.",
        "Would never order again.",
        # Restaurants.
        "The steak was overcooked and the chips were soggy.",
        # Banks, utilities and the runaround.
        "You'd think a bank could send letters to the right address.",
        "Sat on hold for 40 mins just to get an automated message.",
        "The line is busy every time I call.",
        "Fourth day without hot water.",
        "The app has been down since this morning.",
        "Twelve years a customer and this is how you treat me.",
    ],
)
def test_complaints_about_apps_shops_restaurants_and_utilities(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Lovely jumper, would order again.",
        "Top marks to the fitter, he went the extra mile.",
        "The waiter went out of his way to find us a table.",
        # "since" a year is loyalty, not an outage.
        "Customer since 2015 and never had a problem.",
    ],
)
def test_praise_for_shops_restaurants_and_staff(text: str) -> None:
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Are you expecting more power cuts tonight?",
        "Any chance the 6am will be cancelled tomorrow?",
        "Is the 5pm likely to be delayed by the snow?",
    ],
)
def test_a_question_about_the_odds_of_a_problem_asks_for_information(text: str) -> None:
    assert classify(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        # The problem came before the odds: it happened.
        "My 6am was cancelled, any chance of a refund?",
        # No odds asked: the cancellation is the complaint.
        "Why was my 6am cancelled?",
    ],
)
def test_a_problem_that_happened_stays_a_complaint_beside_a_question(text: str) -> None:
    assert classify(text) == "negative"


def test_the_cue_table_finds_what_a_phrase_index_finds() -> None:
    # The two-word keyed table must agree with the shared PhraseIndex, match for match.
    phrases = [
        ("no", -1.5),
        ("no signal", -3.0),
        ("no signal at all", -3.0),
        ("not", -1.5),
        ("not as described", -3.0),
        ("never let me down", 3.0),
        ("i'll wait", 0.0),
    ]
    table, index = _CueTable(phrases), PhraseIndex(phrases)
    for text in [
        "No signal at all since Monday and not as described either.",
        "No, I'll wait. Not now.",
        "They never let me down, no.",
        "no",
        "",
    ]:
        lower = turn_words(text)
        assert table.find(lower) == index.find(lower), text


@pytest.mark.parametrize(
    "text",
    [
        'Your "express" delivery took nine days.',
        "My refund is still 'processing' three weeks on.",
    ],
)
def test_scare_quotes_around_the_service_s_word_are_disbelief(text: str) -> None:
    assert "scare quotes" in features(text)
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # Quoting a name or a status to ask about it is a plain question.
        'The "Pro" plan, is it monthly or yearly?',
        'Can you tell me what "pending" means on my statement?',
    ],
)
def test_a_quoted_name_in_a_plain_question_stays_neutral(text: str) -> None:
    assert classify(text) == "neutral"


def test_apostrophes_inside_words_are_no_quotes() -> None:
    assert "scare quotes" not in features("I don't think the kids' menu has it.")


@pytest.mark.parametrize(
    "text",
    [
        "Great job losing two of my suitcases on a one-hour flight.",
        "Well done on cancelling my train again.",
        "Way to go ignoring my emails for a month.",
    ],
)
def test_praise_for_a_harm_being_done_is_sarcasm(text: str) -> None:
    assert read(text).sarcastic
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Great job fixing the boiler so quickly.",
        "Way to go, you got us home early!",
    ],
)
def test_praise_for_a_remedy_or_a_good_result_is_praise(text: str) -> None:
    assert not read(text).sarcastic
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Third cancellation this month. Really feeling the love.",
        "Doubled my fee overnight, hope you are happy.",
    ],
)
def test_feeling_the_love_and_hoping_they_are_happy_are_sarcasm(text: str) -> None:
    assert read(text).sarcastic
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I hope you are well, could you check my order?", "neutral"),
        ("We could feel the care in every detail of the stay, thank you.", "positive"),
    ],
)
def test_polite_wishes_and_felt_care_are_not_sarcasm(text: str, label: str) -> None:
    assert not read(text).sarcastic
    assert classify(text) == label


@pytest.mark.parametrize(
    ("complaint", "praise"),
    [
        ("The helpline was less than helpful, again.", "The helpline was really helpful today."),
        (
            "Not worth the money, the zip broke in a week.",
            "Worth every penny, the zip is solid.",
        ),
    ],
)
def test_praise_words_held_back_complain(complaint: str, praise: str) -> None:
    assert classify(complaint) == "negative"
    assert classify(praise) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, don't bother with their click and collect.",
        "Get your act together, this is the third missed collection.",
    ],
)
def test_warnings_and_demands_complain(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "I reported the leak twice and nothing was done.",
        "Moved my delivery slot without any notification.",
        "I can't seem to get past the login screen.",
        "Long queue at the only open till again.",
        "Sat in the waiting room for an hour past my slot.",
        # A promised speed that was not kept is still a complaint.
        "Still waiting, it was supposed to be fixed within the hour.",
    ],
)
def test_inaction_queues_and_waits_complain(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text", ["The engineer arrived within an hour.", "Sorted in no time, thanks."]
)
def test_speed_of_service_is_praise(text: str) -> None:
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "That helps a lot, thank you.",
        "Your chat team is on point today.",
        "So excited for our trip next week!",
    ],
)
def test_encouragement_and_help_received_are_praise(text: str) -> None:
    assert classify(text) == "positive"


def test_asking_whether_something_helps_is_no_praise() -> None:
    assert classify("Does that help you find the order?") == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "I have yet to receive the replacement card.",
        "You clearly didn't care about the mess you left.",
        "This is getting old, third outage this month.",
        "I avoid your branch like the plague now.",
    ],
)
def test_waiting_still_indifference_and_avoidance_complain(text: str) -> None:
    assert classify(text) == "negative"


def test_not_minding_which_engineer_comes_is_no_complaint() -> None:
    assert classify("I don't care which engineer comes, any morning is fine.") == "neutral"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sam in the shop helped me set the phone up.", "positive"),
        ("Looking forward to the new tariff starting.", "positive"),
        # The same words negated, or asked about, are no praise.
        ("Nobody helped me at the desk.", "negative"),
        ("Could you tell me who helped me yesterday?", "neutral"),
    ],
)
def test_help_received_and_looking_forward_praise(text: str, label: str) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    "text",
    [
        # E-mail closers and offers of detail are convention, not praise.
        "Please find the invoice attached. Looking forward to hearing from you.",
        "I have attached the receipt in case that helps.",
        # An old phone is no complaint about the service.
        "My phone is getting old, what upgrades can I get?",
    ],
)
def test_closers_offers_and_old_phones_stay_neutral(text: str) -> None:
    assert classify(text) == "neutral"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Where a diner sat is no wait; sitting on a runway is.
        ("We sat at the bar and the food was lovely.", "positive"),
        ("Sat on the runway for two hours.", "negative"),
        # "No issues" is praise said with a negation; a "but" still carries the point.
        ("No issues with the delivery, arrived on time.", "positive"),
        ("I have no issues with the price, but the service was rude.", "negative"),
        ("The staff had a great attitude.", "positive"),
    ],
)
def test_restaurant_and_delivery_reviews_read_right(text: str, label: str) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    "text",
    [
        "Brilliant, the courier left my parcel in the rain again.",
        "Oh great, the app logged me out halfway through paying.",
    ],
)
def test_a_complaint_opened_by_lone_praise_is_sarcasm(text: str) -> None:
    assert read(text).sarcastic
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    ["Perfect, that is just what I was looking for.", "Great, I'll keep an eye out for it."],
)
def test_praise_opening_a_happy_or_plain_turn_is_no_sarcasm(text: str) -> None:
    assert not read(text).sarcastic


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Words VADER lacks that product and hotel reviews lean on.
        ("Spotless room and a comfy bed.", "positive"),
        ("The tap leaks and the bathroom is mouldy.", "negative"),
        # A flaw called small says the rest was good.
        ("Great food, my only complaint would be the parking.", "positive"),
        # A request to cancel is no complaint; cancelling on the customer is.
        ("I'd like to cancel my newspaper delivery from Monday.", "neutral"),
        ("You cancelled my order without telling me.", "negative"),
        # Middling verdicts whose words one by one would praise.
        ("Clean enough, nothing special.", "neutral"),
        ("Ten out of ten, the repair was quick and cheap.", "positive"),
    ],
)
def test_product_and_hotel_reviews_read_right(text: str, label: str) -> None:
    assert classify(text) == label


def test_the_no_that_answers_is_no_complaint() -> None:
    # The opening "No," answers a question; the same word later still complains.
    assert read("No, that was all. Bye for now.").score >= read("That was all. Bye for now.").score
    assert classify("No, that was all. Bye for now.") == "neutral"


def test_a_negation_written_apart_from_its_verb_is_joined_again() -> None:
    # Review exports write "did n't", "wo n't", "ca n't"; the cues are written whole.
    assert turn_words("staff did n't care, wo n't return, ca n't fault") == [
        "staff",
        "didn't",
        "care",
        "won't",
        "return",
        "can't",
        "fault",
    ]
    # After a noun (a stop-word filter took the "was") it stays a negation of its own.
    assert turn_words("room n't clean") == ["room", "n't", "clean"]
    assert classify("staff did n't care, room not cleaned, wo n't return,") == "negative"


def test_glowing_praise_is_counted_unless_negated() -> None:
    assert glowing(turn_words("excellent breakfast, wonderful staff")) == 2
    assert glowing(turn_words("clean room, friendly staff, good location")) == 0
    assert glowing(turn_words("breakfast was not amazing")) == 0


def test_a_long_review_needs_glowing_praise_or_a_clear_margin_to_be_praise() -> None:
    flaws = (
        "bathroom bit dated, carpet worn places, street noise late evenings, parking "
        "extra charge, wifi slow evenings, fair price area, "
    )
    plain = (
        "stayed three nights work trip, room clean comfortable, staff friendly helpful, "
        "good location near station, breakfast decent choice, " + flaws + "fine short stay "
        "business nothing more"
    )
    glowing_review = (
        "stayed three nights work trip, room clean comfortable, staff wonderful, excellent "
        "location near station, breakfast delicious, " + flaws + "loved short stay business "
        "would return"
    )
    assert classify(plain) == "neutral"
    assert classify(glowing_review) == "positive"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The agent rolled his eyes at me when I asked about the refund.", "negative"),
        ("Used to love this bank, not anymore.", "negative"),
        ("Bring back the old checkout page, this one takes forever.", "negative"),
        ("Two agents, two different answers about the same bill.", "negative"),
        ("The new search is a game changer.", "positive"),
        ("Had this kettle five years and it has never once let me down.", "positive"),
        ("Gate staff found us seats together, that's how it's done.", "positive"),
        ("Can I still change my seat on the morning flight?", "neutral"),
        ("Is it still possible to add a bag after check-in?", "neutral"),
    ],
)
def test_service_phrases_of_the_third_round_read_right(text: str, label: str) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    "text",
    [
        "That worked first time, thanks a lot!",
        "Brilliant, the new router's working, thanks a bunch.",
        "Sorted in five minutes, wow thanks",
    ],
)
def test_thanks_a_lot_after_something_went_well_is_meant(text: str) -> None:
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Two hours on hold and then cut off. Thanks a lot.",
        "@SkyJet overnight in Denver with no hotel voucher. thanks a lot",
        "wow thanks, my bag is in Denver and I am in Miami",
        "Great, my flight is cancelled again, thanks a lot",
    ],
)
def test_thanks_a_lot_beside_a_complaint_stays_sarcasm(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Got my refund this morning, thanks for sorting it so quickly", "positive"),
        ("Finally received the replacement, thank you!", "positive"),
        ("The refund has come through today, cheers for chasing it", "positive"),
        ("Got my refund this morning", "neutral"),
    ],
)
def test_a_remedy_in_hand_is_a_problem_put_right(text: str, label: str) -> None:
    # "Refund" alone is a complaint cue; one the customer has received is good news, and
    # the thanks beside it is meant rather than polite.
    assert classify(text) == label


@pytest.mark.parametrize(
    "text",
    [
        "Still haven't got my refund",
        "I never received the replacement you promised",
        "The refund hasn't come through and it's been a fortnight",
        "I want a refund",
    ],
)
def test_a_remedy_not_yet_received_still_complains(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Bought the grey one two winters ago and it still works like the day it came.",
        "Still works.",
        "Two years on and the kettle is still working like a dream.",
    ],
)
def test_a_thing_that_still_works_is_praise(text: str) -> None:
    # "still" alone leans to complaint ("still waiting"); a thing still working is the
    # opposite: it lasted.
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("It still doesn't work after the second repair.", "negative"),
        ("The old router still works but the new one won't even switch on.", "negative"),
        ("Is the discount code still working for you?", "neutral"),
    ],
)
def test_still_working_negated_contrasted_or_asked_is_not_praise(text: str, mood: str) -> None:
    assert classify(text) == mood
