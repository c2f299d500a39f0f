"""`asks_open_question` on service talk: the shapes an open question takes in chats and
call transcripts beyond "what happened?", and the look-alikes that are closed."""

from __future__ import annotations

import pytest

from legendary.care.behaviours.questions import open_question_triggers
from legendary.care.detect import detect


def asks_open(text: str) -> bool:
    return bool(detect(text, "", behaviours=("asks_open_question",)))


@pytest.mark.parametrize(
    "text",
    [
        "What went wrong with the first delivery, Priya?",
        "How did the installer leave things, Mr Okafor?",
        "What would make this right for you, Daniel?",
    ],
)
def test_a_name_after_the_comma_is_the_person_addressed_not_an_answer(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "What else have you tried, do you think?",
        "How long has the boiler been making that noise, would you say?",
    ],
)
def test_do_you_think_after_the_comma_asks_for_a_view(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "What changed in the first week or two after the upgrade?",
        "How did the charges look over the last two or three bills?",
        "What are they quoting you now, forty pounds or something?",
    ],
)
def test_an_or_inside_the_question_offers_no_choice(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "Which would you prefer, a refund or a replacement?",
        "What time suits you, 9 or 10?",
        "Where did you leave it, is it with the neighbour?",
        "What colour did you order, or was it the bundle?",
    ],
)
def test_a_question_that_proposes_its_own_answers_is_closed(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "And wh-what did the engineer say when he left?",
        "So how's-how's the new router holding up",
        "Okay, what-what happened after you pressed reset?",
    ],
)
def test_a_stammered_wh_word_in_a_call_transcript_still_asks(text: str) -> None:
    assert asks_open(text)
    assert open_question_triggers().opens(text)


@pytest.mark.parametrize(
    "text",
    [
        # No question mark: spoken questions come through transcripts without one.
        "On a scale of one to ten, how confident are you that the fix will hold",
        "Right, and what sort of help were you hoping for from the branch",
    ],
)
def test_an_inverted_wh_question_without_a_question_mark(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "How about we start with the billing issue and then look at the router?",
        "How about I send a technician round on Thursday?",
        "You know what? I'm going to waive the fee this time.",
        "Guess what? Your parcel has just been scanned at the depot.",
        "I'll check what the courier said and get back to you.",
        "As I said when I saw what the problem was, it needs a new part.",
    ],
)
def test_suggestions_announcements_and_clauses_are_not_open_questions(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tell us more about the noise the washing machine makes.",
        "Talk to me about how you use the account day to day.",
        "Could you say a bit more about when the screen goes dark?",
        "I was wondering what made you decide to switch plans.",
        "I'm curious where the extra charges first showed up.",
        "I'd love to hear more about what happened at the store.",
        "I'd like to understand how the app behaves when it freezes.",
        "What I'd like to know is how the water got into the meter box.",
        "Please describe what you see on the display when it beeps.",
        "Could you explain to me why the first repair didn't hold?",
        "Can you give me an example of a call that dropped?",
        "Any thoughts on what would work better for your team?",
        "Have you had any thoughts about which plan suits you?",
        "Remind me again why the order was split in two?",
        "Would you mind telling me what the engineer did on the first visit?",
        "Could you describe the noise it makes when it starts?",
        "Please describe your set-up at home: router, extenders, and so on.",
        "Let me know how you'd like us to handle the missing item.",
        "Tell me something about how you use the app at work.",
        "Just wondering how the new tariff has been for you.",
    ],
)
def test_requests_to_tell_more_are_open_questions(text: str) -> None:
    assert asks_open(text)
    assert open_question_triggers().opens(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tell us your order number and we'll look it up.",
        "Please share your postcode so I can check the area.",
        "I'd like to confirm your address before I send it.",
        "Can you give me the serial number from the back of the unit?",
        "Talk to you soon, and thanks again for waiting.",
        "I have a few thoughts on how we could speed this up.",
        "Let me know when the parcel arrives.",
        "Let me know if the new code works.",
        "Never mind, I've found your booking.",
    ],
)
def test_requests_for_a_detail_are_not_invitations(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        # A yes/no question left open at the end with "or what?".
        "Did the engineer turn up or what?",
        "Is it the router that's flashing, or what?",
        # A wh-word holding the place of a guess.
        "The upgrade was, what, three weeks ago?",
        "What, the blue cable?",
    ],
)
def test_or_what_and_a_guessed_answer_are_closed(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "What, uh, branch did you visit?",
        "What, what did the driver say to you?",
    ],
)
def test_a_restart_after_the_wh_word_still_asks(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't know how you use the account day to day.",
        "I don't know what your set-up at home looks like.",
        "I've always wondered how people get on with the family plan.",
    ],
)
def test_wondering_aloud_about_the_customer_invites_an_answer(text: str) -> None:
    assert asks_open(text)


def test_not_knowing_something_about_the_company_is_not_a_question() -> None:
    assert not asks_open("I don't know what the warehouse did with the first parcel.")


@pytest.mark.parametrize(
    "text",
    [
        "What kind of router, uh, are you using at the moment?",
        "Which accounts, um, do you share with your partner?",
        "How long has it been doing that, do you know?",
    ],
)
def test_a_question_that_goes_on_after_a_filler_is_still_open(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "What's the best number to reach you on?",
        "What is the correct email for the account?",
        "Which address should we send it to?",
    ],
)
def test_asking_for_a_contact_detail_is_closed(text: str) -> None:
    assert not asks_open(text)


def test_asking_for_the_best_way_is_open() -> None:
    assert asks_open("What's the best way for us to make this right?")


@pytest.mark.parametrize(
    "text",
    [
        "What a week you've had, I'm so sorry.",
        "What a lovely name!",
        "How annoying for you.",
        "How kind of you to say so!",
        "How frustrating!",
        "What great news!",
        "Which is why I've asked a supervisor to look at it.",
    ],
)
def test_exclamations_and_hanging_clauses_are_not_questions(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    ["How long for delivery to Leeds", "How does that, uh, sound to you?", "How so?"],
)
def test_how_asking_an_amount_or_a_manner_is_still_a_question(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "Where possible, we refund to the original card.",
        "When ready, click the link in the email we sent.",
        "When the engineer arrives, he'll call you from the door.",
        "What matters is that you get your money back.",
        "What happened was the courier left it at the wrong house.",
        "How to reset your password: open Settings, then Security.",
        "Why not try switching it off and on again first.",
        "Who knows, it may still turn up tomorrow.",
    ],
)
def test_statements_that_open_with_a_wh_word_are_not_questions(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "When the parcel arrived, was the box already damaged or was it fine?",
        "What else is on your list for today?",
        "Who knows the password for the shared account?",
        "What colour is the warning light on the front",
    ],
)
def test_real_questions_beside_those_statements_stay_open(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "What did you say your postcode was?",
        "Sorry, where did you say you were travelling from?",
        "What was the fault code again?",
        "What was that reference again, sorry?",
        "How much did you say the charge came to?",
        "Sorry, what did you say?",
        "Which branch did you say you visited",
    ],
)
def test_asking_to_hear_a_detail_again_is_closed(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "What did you say to the driver when he arrived?",
        "What did they say when you rang the branch?",
        "So what were you saying about the first engineer?",
        "Sorry, what were you saying?",
        "Why did you say it felt unsafe?",
        "What went wrong again this time?",
        "How did it break again?",
        "What would you say was the hardest part?",
    ],
)
def test_asking_to_recount_or_explain_stays_open(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "which plan are you on, the basic or",
        "What kind of router is it, the white one or,",
        "where are you flying from, Leeds or Manchester or",
    ],
)
def test_a_choice_cut_off_after_or_is_closed(text: str) -> None:
    assert not asks_open(text)


def test_an_or_cut_off_without_a_choice_before_it_stays_open() -> None:
    assert asks_open("what happened with the refund or")


@pytest.mark.parametrize(
    "text",
    [
        "Who wouldn't be fed up after three missed deliveries?",
        "Who doesn't love a free upgrade?",
        "What's not to like about getting your money back?",
        "Why would anyone choose to sit on hold for an hour?",
        "Who cares which depot it came from, as long as it arrives.",
    ],
)
def test_rhetorical_questions_ask_nothing(text: str) -> None:
    assert not asks_open(text)


def test_who_with_a_negative_can_still_ask_a_real_question() -> None:
    assert asks_open("Who doesn't have access to the shared inbox yet?")


@pytest.mark.parametrize(
    "text",
    [
        "What would you think about trying the paper statements for a month?",
        "What would you say to us sending an engineer on Friday instead?",
    ],
)
def test_a_proposal_to_accept_or_refuse_is_closed(text: str) -> None:
    assert not asks_open(text)


def test_asking_a_view_of_a_thing_stays_open() -> None:
    assert asks_open("What would you think about the new layout of the app?")


@pytest.mark.parametrize(
    "text",
    [
        "What's going on is the payment server is down for everyone.",
        "What's happened is the courier scanned it at the wrong address.",
        "What's important is that you and the children are safe.",
    ],
)
def test_a_contracted_pseudo_cleft_is_a_statement(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    ["What's going on with the second order?", "What's wrong with the charger?"],
)
def test_whats_followed_by_a_topic_still_asks(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "And the upgrade cost you how much?",
        "You tried what exactly?",
        "So the engineer was there how long?",
    ],
)
def test_a_wh_word_asked_in_place_is_open(text: str) -> None:
    assert asks_open(text)


def test_asking_whether_they_know_an_amount_is_closed() -> None:
    assert not asks_open("Do you know how much?")


@pytest.mark.parametrize(
    "text",
    [
        "Is this something you'd be happy to come back and talk to me about?",
        "I don't know how you're feeling about it all, but I can get this fixed today.",
        "I'd love to hear more about the trip, but the line is about to close.",
    ],
)
def test_an_invitation_left_hanging_or_cut_short_by_but_is_not_open(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm wondering whether a callback tomorrow would suit you.",
        "It makes you wonder why they bother with a tracking number at all.",
        "Never mind telling me the reference, I've found the booking.",
    ],
)
def test_wondering_whether_and_wondering_for_others_are_not_invitations(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can I ask what made you decide to close the account?",
        "Mind if I ask why the second parcel went back?",
        "Mind telling me what the screen shows now?",
        "Please explain what happened when the card was declined.",
    ],
)
def test_asking_leave_to_ask_a_wh_question_is_open(text: str) -> None:
    assert asks_open(text)
    assert open_question_triggers().opens(text)


@pytest.mark.parametrize(
    "text",
    [
        "Who placed the order, was it you or someone on your team?",
        "Which flat was it delivered to, the one upstairs or the one next door?",
        "Why would we cancel a booking without telling you? We never would.",
        "Would you like me to share what other customers did in the same spot?",
    ],
)
def test_choices_rhetoric_and_offers_to_share_are_closed(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "What came with it, a charger or something like that?",
        "And roughly how often does the boiler cut out?",
        "I'd really like to understand what happened when the engineer left.",
        "you've got how many devices on the wifi",
    ],
)
def test_vagueness_adverbs_and_hedged_invitations_stay_open(text: str) -> None:
    assert asks_open(text)


def test_a_wh_amount_inside_a_longer_spoken_statement_is_not_asked_in_place() -> None:
    assert not asks_open("you wouldn't believe how many people")


def test_echoing_the_customers_word_back_is_closed() -> None:
    assert not asks_open("What do you mean, it's not covered?")


def test_asking_what_the_customer_means_stays_open() -> None:
    assert asks_open("What do you mean by covered?")


@pytest.mark.parametrize(
    "text",
    [
        "Can you say back to me what you'll do if the light comes on again?",
        "Could you explain back to me how the refund will reach you?",
    ],
)
def test_a_teach_back_request_is_open(text: str) -> None:
    assert asks_open(text)
    assert open_question_triggers().opens(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you tell me what's wrong with the heater?",
        "tell me whats up with the account",
        "Could you let us know what's changed since the update?",
        "I'm just wondering how's the new tariff working out",
    ],
)
def test_an_invitation_may_end_on_a_contracted_wh_word(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "could u explain what u mean by stuck",
        "can u walk me through it",
        "r u able to describe the noise",
        "wat happened after that",
    ],
)
def test_chat_spellings_ask_what_the_spelt_out_words_ask(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "whats ur email on the account",
        "what did u say the ref was",
        "r u still there",
        "sorry whats ur surname again",
        "whats the tracking code",
    ],
)
def test_chat_spellings_keep_detail_requests_and_yes_no_questions_closed(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text", ["how annoying, sorry about that", "How awful, I'm so sorry you went through that."]
)
def test_how_and_one_word_before_a_comma_exclaims(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize("text", ["how so", "How come, though?", "how long, roughly"])
def test_how_asking_a_reason_or_an_amount_before_a_break_still_asks(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "I mean what part of the order was missing?",
        "so wait what did they tell u",
        "Sorry, what made you decide to cancel?",
        "What, uh, size is your current meter?",
    ],
)
def test_a_question_after_a_hedge_or_a_filler_still_asks(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "Let's have a look. See what's going on with the router.",
        "See how the light blinks twice before it goes green.",
    ],
)
def test_see_and_a_wh_clause_is_an_instruction(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "Could you DM us some more details about the order?",
        "Please send us a bit more information about what happened.",
        "any idea why it stopped charging",
        "We'd love to hear what we could do better next time.",
    ],
)
def test_a_request_for_more_detail_and_a_guess_invited_are_open(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't have any idea why it failed, sorry.",
        "Please send us your account number.",
        "Do you know why it happened?",
    ],
)
def test_no_idea_a_plain_detail_and_do_you_know_are_not_invitations(text: str) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text", ["what happened?!", "You were charged how much!?", "wats going on"]
)
def test_a_question_mark_beside_an_exclamation_and_typed_wats_still_ask(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "And you're on which plan?",
        "So you ordered it from what website?",
        "u bought it from which shop",
    ],
)
def test_which_or_what_and_the_thing_asked_for_at_the_end_is_asked_in_place(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "You live out past, what, the retail park?",
        "you have what you need for the install",
        "you know which one is fine",
    ],
)
def test_a_guess_set_off_by_commas_or_a_clause_after_which_is_not_asked_in_place(
    text: str,
) -> None:
    assert not asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "hiya, what seems to be up with the app",
        "ok so, what went wrong with the booking",
        "Could you share a few details about how the box looked?",
        "I'm really interested in how you managed the first week.",
    ],
)
def test_a_greeting_before_the_comma_and_more_invitations_still_ask(text: str) -> None:
    assert asks_open(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for waiting, which means the engineer can come tomorrow",
        "whats the serial number on the sticker",
        "what's the code on the back of the card",
        "I'm interested in the upgrade.",
    ],
)
def test_a_clause_after_a_statement_and_printed_details_are_not_open(text: str) -> None:
    assert not asks_open(text)
