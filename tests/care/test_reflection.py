"""`paraphrases` on customer-service pairs (the customer's turn, then the agent's reply).

Written for the service desk, not taken from any labelled corpus: the positives say the
customer's situation back (with a frame, in the agent's own words, or as a short
completion); the hard negatives reuse the customer's words without reflecting them
(reading back an order number, a closed question, an answer, an action, a formula).
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.reflection import reflection
from legendary.care.detect import detect


def paraphrased(context: str, text: str) -> bool:
    return bool(detect(text, context, behaviours=["paraphrases"]))


REFLECTIONS = {
    "the customer's 'no' said back as a check": ("No, not really.", "No?"),
    "evening dropouts said back": (
        "My internet drops out every evening around eight.",
        "So it's cutting out most evenings, right around eight o'clock.",
    ),
    "three chasers and no call back": (
        "I've rung three times and nobody has called me back.",
        "You've chased this three times and still haven't had a call back.",
    ),
    "torn sleeve as a fragment": (
        "The jacket arrived with a torn sleeve.",
        "A torn sleeve, on a brand new jacket.",
    ),
    "forty minutes on hold": (
        "I was on hold for forty minutes before anyone picked up.",
        "Forty minutes on hold before anyone answered.",
    ),
    "app logs out, with a frame": (
        "The app logs me out every time I switch to another screen.",
        "It sounds like the app forgets you whenever you leave it.",
    ),
    "broadband move restated as a need": (
        "I'm moving house next week and need the broadband moved too.",
        "So you need the broadband to move with you next week.",
    ),
    "wrong colour restated": (
        "I ordered the blue one but got a green one.",
        "You ordered the blue one and we sent you green.",
    ),
    "declined card restated": (
        "My card was declined even though there's money in the account.",
        "Your card was refused although the account has money in it.",
    ),
    "printer and router, no 'you'": (
        "I can't get the printer to connect to the new router.",
        "The printer won't pair with the new router.",
    ),
    "worry about the rent": (
        "I'm worried the refund won't arrive before my rent is due.",
        "You're worried the money won't be back in time for the rent.",
    ),
    "no hot water echoed": (
        "We've had no hot water since Saturday.",
        "No hot water since Saturday.",
    ),
    "currency echoed as a check": (
        "The website charged me in dollars instead of pounds.",
        "Charged in dollars rather than pounds?",
    ),
    "unknown account, with 'if I understand'": (
        "I keep getting emails for an account I never opened.",
        "If I understand you, the emails are about an account you didn't open.",
    ),
    "buzzing fridge as a fragment": (
        "The fridge makes a loud buzzing noise at night.",
        "A loud buzzing, mostly at night.",
    ),
    "son used the card": (
        "My son used my card to buy games without asking.",
        "Your son bought games on your card without asking you.",
    ),
    "two weeks for an engineer": (
        "I've been waiting two weeks for the engineer.",
        "Two weeks of waiting for an engineer.",
    ),
    "price rise nobody mentioned": (
        "Nobody told me the price would go up after the first year.",
        "You weren't told the price would rise after the first year.",
    ),
    "soaked parcel summed up": (
        "The driver left the parcel in the rain and everything inside is soaked.",
        "Everything inside got soaked in the rain.",
    ),
    "passed around, feelings reflected": (
        "I'm fed up of explaining this to someone new every time I call.",
        "You feel like you've had to start from scratch every time you call.",
    ),
    "a lost Saturday, as news received": (
        "I waited in all day Saturday and the engineer never showed up.",
        "Oh, you lost a whole Saturday for nothing.",
    ),
    "reset already tried, as a conclusion": (
        "I've reset it three times already and it still won't connect.",
        "You've already been through the reset, then.",
    ),
    "sympathy that says the problem back": (
        "The blender I got arrived with a cracked jug.",
        "I'm so sorry to hear the jug was cracked when it arrived.",
    ),
    "late delivery completed in the agent's words": (
        "The sofa was meant to come on Tuesday and then again on Thursday,",
        "And both times missed.",
    ),
    "the customer's refund named with their own words": (
        "My refund still hasn't come through after three weeks.",
        "Three weeks and still no refund.",
    ),
    "a service noun of the agent's, with no verb of its own": (
        "I posted the headphones back at the start of last month.",
        "A refund a whole month overdue.",
    ),
    "the customer's own participle after a noun": (
        "My flight was cancelled with no warning at all.",
        "Flight cancelled, and not a word of warning.",
    ),
    "participles as adjectives before the nouns": (
        "The blinds came with a cracked bracket and the cord snapped.",
        "Cracked bracket, snapped cord.",
    ),
    "the customer's own verb after a service noun": (
        "My direct debit got taken twice on the first.",
        "Payment taken twice on the first?",
    ),
}

NOT_REFLECTIONS = {
    "order number read back": ("My order 48213 hasn't arrived.", "Order 48213."),
    "order number asked back": ("My order 48213 hasn't arrived.", "Order number 48213?"),
    "'I understand' alone": ("The kettle I bought stopped working.", "I understand."),
    "sympathy alone": ("The kettle I bought stopped working.", "I'm so sorry to hear that."),
    "the agent's own kettle": (
        "The kettle I bought stopped working.",
        "I bought that kettle too and mine stopped working after a month.",
    ),
    "closed question with the customer's words": (
        "The kettle I bought stopped working.",
        "Did the kettle stop working straight away?",
    ),
    "closed question about the charge": (
        "I was charged twice this month.",
        "Were you charged twice this month?",
    ),
    "no problem": ("My parcel hasn't arrived.", "No problem."),
    "one moment": ("My parcel hasn't arrived.", "One moment please."),
    "happy to help": ("The shower pump is leaking.", "Happy to help with that!"),
    "thanks for getting in touch": (
        "I want to cancel my subscription.",
        "Thanks for getting in touch.",
    ),
    "answer to a question": ("Which plan is the cheapest?", "The basic plan."),
    "answer reusing the question's words": (
        "Where do I send the return?",
        "The return address is printed on the label.",
    ),
    "acting on it": ("The heater is broken.", "I'll book an engineer to look at the heater."),
    "advice": ("My router keeps dropping out.", "You can restart the router from the app."),
    "you're welcome": ("I'm not happy with the service.", "You're welcome."),
    "all set": ("I paid for next-day delivery.", "You're all set now."),
    "greeting": ("Hi, I need help with my bill.", "Hello, thanks for contacting us."),
    "backchannel": ("My account is locked.", "Okay."),
    "agent's own story": (
        "The delivery van blocked my drive for an hour.",
        "My van was late this morning too.",
    ),
    "that's true": ("The queue on the phone line is always long.", "That's true."),
    "have a good day": ("That's everything, thanks.", "Have a lovely day!"),
    "returns policy in the second person": (
        "I want to send the lamp back.",
        "You have thirty days to return it.",
    ),
    "a perk, not their story": ("I want to send the lamp back.", "You get free returns."),
    "entitlement": ("The lamp arrived broken.", "You're eligible for a replacement."),
    "action reported": ("I'd like my money back for the lamp.", "Refund issued."),
    "agreement formula": ("I'll post it back tomorrow then.", "Sounds good."),
    "closing question": ("That's all sorted, thanks.", "Any other questions?"),
    "'got it' reuses 'got'": ("My parcel got lost in the post.", "Got it."),
    "an interjection": ("My flight got cancelled last night.", "Ouch."),
    "a verdict": ("The app should remember my card by now.", "Fair point."),
    "a greeting said back": ("Hi", "Hi!"),
    "thanks said back": ("Thanks so much!", "Thanks!"),
    "praise said back": ("Great, that's sorted then.", "Great!"),
    "a farewell said back": ("Bye now.", "Bye!"),
    "the customer called by name": (
        "Hi, I'm Dana, my internet is down.",
        "Thanks for reaching out, Dana. I'm on it.",
    ),
    "a greeting with the name": ("Dana here, quick question.", "Hi Dana, go ahead."),
    "the agent directs": ("My order hasn't arrived and it was due Monday.", "Go ahead."),
    "the agent is on it": ("My order hasn't arrived and it was due Monday.", "On it now."),
    "a request for details": ("My order hasn't arrived.", "Order details please."),
    "a farewell returned with good wishes": ("Bye now.", "Bye, take care!"),
    "tracking read out as news": (
        "The speaker I ordered was supposed to be here yesterday.",
        "Tracking says Thursday.",
    ),
    "a replacement on its way": ("The mug came in pieces.", "Replacement on its way."),
    "a refund processed today": (
        "I sent the coat back ten days ago and have heard nothing.",
        "Refund authorised today.",
    ),
    "an appointment booked, reusing the customer's noun": (
        "The technician never showed up on Tuesday.",
        "Technician rebooked for Friday.",
    ),
    "a transfer just done": ("I need to talk to someone in billing.", "Sure, connecting you now."),
    "a check that the customer is still there": (
        "The modem lights are all flashing orange.",
        "Still on the call?",
    ),
    "a telegraphic passive of the agent's, about the customer's noun": (
        "The suitcase never came off the carousel.",
        "Suitcase traced to Rome.",
    ),
    "a release announced, figures and all": (
        "The app won't open on my tablet.",
        "Version 4.1 released last night.",
    ),
    "a backchannel traded": ("Okay.", "Okay."),
    "'yeah' said back": ("Yeah, yeah.", "Yeah."),
}


@pytest.mark.parametrize(("context", "text"), REFLECTIONS.values(), ids=REFLECTIONS.keys())
def test_service_reflections_are_paraphrases(context: str, text: str) -> None:
    assert paraphrased(context, text)


@pytest.mark.parametrize(("context", "text"), NOT_REFLECTIONS.values(), ids=NOT_REFLECTIONS.keys())
def test_service_replies_that_do_not_reflect(context: str, text: str) -> None:
    assert not paraphrased(context, text)


def test_a_completion_is_quoted_whole_and_named() -> None:
    found = reflection("  Damaged on arrival. ", "The jacket came with a rip in the sleeve.")
    assert found is not None
    span, _confidence, detail = found
    assert span.text == "Damaged on arrival."
    assert dict(detail)["kind"] == "completion"


def test_a_fragment_after_only_a_backchannel_is_the_agent_carrying_on() -> None:
    # The customer only said "yeah": the agent's fragment continues their own story.
    assert not paraphrased("Yeah.", "Damaged on arrival.")


def test_a_loose_restatement_in_the_first_person_is_the_agents_own_story() -> None:
    # One shared word ("fail") of five: enough when the agent sums up the situation,
    # not when they tell their own.
    context = "The heating keeps failing at my flat."
    assert paraphrased(context, "Those boilers often fail in cold weather.")
    assert not paraphrased(context, "We see boilers often fail in cold weather.")


@pytest.mark.parametrize("text", ["…", "", "--", "?!"])
def test_a_reply_without_words_is_no_reflection_and_no_error(text: str) -> None:
    assert reflection(text, "My parcel still hasn't turned up.") is None


# Reflections found by their shape rather than by many shared words.
FOUND_BY_STRUCTURE = {
    "a conclusion drawn with 'so'": (
        "The courier left it with a neighbour I've never met.",
        "Oh, so it went to a stranger next door.",
    ),
    "news received, said back as subject and verb": (
        "I already have the premium plan.",
        "Oh, you do.",
    ),
    "the customer's 'me' said back as 'you'": ("They never told me.", "They never told you."),
    "a tag frame closing the reflection": (
        "The screen flickers whenever the charger is in.",
        "Only while it's charging, you mean.",
    ),
    "an impression about the customer": (
        "Nobody in the shop would listen to me.",
        "It feels like you weren't taken seriously.",
    ),
    "a near-synonym restated": (
        "My parcel still hasn't arrived.",
        "Your package still hasn't come.",
    ),
    "their word taken up with 'when you say'": (
        "It mostly works, I suppose.",
        "So when you say mostly, there are still days it lets you down.",
    ),
    "'it does sound as though'": (
        "Between the move and the new job I've barely slept.",
        "It does sound as though the last few weeks have been non-stop for you.",
    ),
    "news received after 'oh', in other words": (
        "I grew up on a farm outside Harrogate.",
        "Oh, a Yorkshire country childhood.",
    ),
    "a reading checked with 'huh'": (
        "The shop only opens on weekdays and I work nine to five.",
        "Never open when you're free, huh.",
    ),
    "a reading checked with ', right?'": (
        "The replacement arrived with the same crack as the first one.",
        "The very same fault twice, right?",
    ),
    "the customer's sentence finished": (
        "So I put the new cartridge in and the printer just",
        "Keeps flashing the same error.",
    ),
    "a feeling named as an inference": (
        "They cancelled my surgery the night before, for the second time.",
        "That must have been hard to take, twice over.",
    ),
    "a feeling named at the end, 'scares you'": (
        "If the heating fails again my mum could get really ill.",
        "The thought of her in a cold house scares you.",
    ),
    "a feeling that closes the sentence, after 'what'": (
        "My brother lost his house over his debts.",
        "What happened to him frightens you.",
    ),
    "'than you expected' closing a reflection": (
        "I gave up sugar for a month and didn't really miss it.",
        "It went more smoothly than you expected.",
    ),
    "a recurring trouble summed up with 'you keep'": (
        "Every time I call I'm put through to someone new.",
        "You keep having to start from scratch.",
    ),
    "a summary after a filler sentence of the agent's own": (
        "I changed jobs twice last year and moved house.",
        "Hmm. You've had a lot of upheaval.",
    ),
}

# Replies of those shapes that move on, answer, explain or ask instead.
SHAPES_THAT_DO_NOT_REFLECT = {
    "a 'so' that plans": (
        "My parcel still hasn't arrived.",
        "So the courier will try again tomorrow.",
    ),
    "a 'so' that advises": ("The app keeps freezing.", "So the best thing is to reinstall it."),
    "a 'so' that asks": ("The app keeps freezing.", "So what happens when you open it?"),
    "a 'so' after only a backchannel": ("Yeah.", "So the engineer can come on Friday morning."),
    "an answer to their question, turned": ("Do I need the receipt?", "Yes, you do."),
    "a receipt about something they did not name": ("I heard the new model is good.", "It is."),
    "an explanation in the present passive": (
        "The voucher won't apply.",
        "Vouchers are applied at the last page of checkout.",
    ),
    "a habit of the service": (
        "My refund hasn't come through.",
        "Refunds usually take five working days to clear.",
    ),
    "a rule in the modal passive": (
        "The discount code won't work.",
        "Discount codes cannot be used on sale items.",
    ),
    "a follow-up question": ("I work nights on weekdays.", "And at weekends?"),
    "a proposal": ("I'm finding it hard to stop.", "Let's look at what makes it hard."),
    "the company's terms": ("My phone is three years old.", "You're eligible for an upgrade now."),
    "'when you say' opening a question": (
        "The app crashes.",
        "When you say it crashes, does it close completely?",
    ),
    "'I can tell you that' informs": (
        "My refund is late.",
        "I can tell you that refunds take five days.",
    ),
    "'oh' and a verdict": ("We're moving to Spain next month.", "Oh, how exciting!"),
    "'oh' and the service's workings": (
        "My parcel hasn't come.",
        "Oh, the courier uses a depot near you.",
    ),
    "'oh' and a plan": ("My card was declined.", "Oh, let me look into that."),
    "a tag closing a farewell": ("I think that covers it.", "Have a good day, then."),
    "a goodbye that turns their 'I'": ("I'll ring back after lunch.", "Talk to you later, then."),
    "a goodbye opened with 'see'": ("I'll pop into the branch.", "Okay, see you there."),
    "a nod with a frame's words": ("I'll bring the receipt in.", "Sounds like a plan."),
    "a tag on a question of the agent's": (
        "The lights on the router are orange.",
        "Which lights, then?",
    ),
    "an unfinished turn answered with an instruction": (
        "I tried restarting it and",
        "Unplug it for thirty seconds.",
    ),
    "an unfinished turn answered with an apology": (
        "So I went back to the shop and",
        "Sorry for all the trouble.",
    ),
    "an unfinished turn answered with a question": (
        "I rang the helpline and they said",
        "What did they say exactly?",
    ),
    "an agreement that shares only 'that'": ("That's what they never fix.", "That's right."),
    "a card's ending read back": ("It's the card ending 5512.", "Ending 5512."),
    "a guess at the cause with 'must have been a'": (
        "My parcel went to the wrong town.",
        "It must have been a mix-up at the depot.",
    ),
    "'as I understand it' before the company's facts": (
        "My phone bill doubled.",
        "As I understand it, the new tariff started in May.",
    ),
    "a question of the agent's after 'oh'": (
        "The pool was closed all week.",
        "Oh, was that the indoor pool?",
    ),
    "the agent's own taste after 'oh'": ("We go sailing most weekends.", "Oh, I hate sailing."),
    "a plan after 'okay'": ("Yeah, I suppose so.", "Okay, let's look at your options."),
    "an instruction opened with 'well'": (
        "No, nobody explained it.",
        "Well, you take one tablet with breakfast.",
    ),
    "'so you can' opens an option": (
        "I've kept a diary of what I spend.",
        "So you can see where the money goes each week.",
    ),
    "their question answered in its own words": (
        "Does the warranty cover water damage?",
        "It does cover water damage.",
    ),
    "'if I have' without an understanding": (
        "The branch shuts at four.",
        "Even if I have to leave work early.",
    ),
}


@pytest.mark.parametrize(
    ("context", "text"), FOUND_BY_STRUCTURE.values(), ids=FOUND_BY_STRUCTURE.keys()
)
def test_reflections_found_by_their_shape(context: str, text: str) -> None:
    assert paraphrased(context, text)


@pytest.mark.parametrize(
    ("context", "text"), SHAPES_THAT_DO_NOT_REFLECT.values(), ids=SHAPES_THAT_DO_NOT_REFLECT.keys()
)
def test_replies_of_those_shapes_that_do_not_reflect(context: str, text: str) -> None:
    assert not paraphrased(context, text)


def test_a_near_synonym_counts_as_a_word_shared() -> None:
    # "package" and "faulty" say back "parcel" and "broken": the closer tie, named.
    found = reflection("So your package is faulty.", "The parcel arrived broken.")
    assert found is not None
    _span, confidence, detail = found
    assert confidence == 0.85
    assert len(dict(detail)["shared"].split()) == 2


def test_a_frame_cut_off_before_the_reflection_still_does_not_count() -> None:
    # "you mean" with nothing of the customer's before it is a question begun, not a tag.
    assert reflection("You mean-", "The screen flickers whenever the charger is in.") is None


# A clause with a year, a sum or an error code in it tells the customer's story back; only
# a bare label with its code ("So that's reference HX92K?") is a detail read back.
STORIES_WITH_A_NUMBER = {
    "a sum taken twice": (
        "You took £2450 from me twice this month!",
        "So the charge of £2450 was taken twice this month.",
    ),
    "a year since when": (
        "The heating hasn't worked properly since March 2023, I'm freezing.",
        "So since March 2023 the heating has never worked properly.",
    ),
    "an error code that recurs": (
        "After the update I keep getting error E404 over and over.",
        "So error E404 keeps coming back after the update.",
    ),
    "a dollar refund still missing": (
        "The $89.99 refund from last week still hasn't shown up on my statement.",
        "So the $89.99 refund still hasn't shown up on the statement.",
    ),
    "a fault code after a reset": (
        "The washer flashes code F21 every time, even after I reset it.",
        "So the washer still flashes F21 even after the reset.",
    ),
}

DETAILS_READ_BACK = {
    "a reference checked": ("My reference is HX92K.", "So that's reference HX92K?"),
    "an account number noted": (
        "My account number is 55810273.",
        "Got it, account number 55810273.",
    ),
    "an address with its postcode": (
        "Please send it to 4 Elm Road, Bradford.",
        "So that's 4 Elm Road, BD7 1AX?",
    ),
}


@pytest.mark.parametrize(
    ("context", "text"), STORIES_WITH_A_NUMBER.values(), ids=STORIES_WITH_A_NUMBER.keys()
)
def test_a_story_told_back_with_a_number_in_it_is_a_paraphrase(context: str, text: str) -> None:
    assert paraphrased(context, text)


@pytest.mark.parametrize(
    ("context", "text"), DETAILS_READ_BACK.values(), ids=DETAILS_READ_BACK.keys()
)
def test_a_bare_detail_read_back_is_no_paraphrase(context: str, text: str) -> None:
    assert not paraphrased(context, text)


@pytest.mark.parametrize("context", ["", " : ", "?", "--", "did you : "])
@pytest.mark.parametrize("text", ["", " : ", "?", "--"])
def test_degenerate_turns_are_read_without_error(text: str, context: str) -> None:
    # An empty agent turn against a customer's stray "did you : " once raised IndexError.
    assert detect(text, context) == []
    assert detect(context, text) == []
