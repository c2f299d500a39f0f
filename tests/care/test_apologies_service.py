"""`apologises` on service talk: apologies that never say "sorry", and regret or
sympathy that is not an apology to the customer."""

from __future__ import annotations

import pytest

from legendary.care.detect import detect


def apologises(text: str) -> bool:
    return bool(detect(text, "", behaviours=("apologises",)))


@pytest.mark.parametrize(
    "text",
    [
        "We sincerely regret the mix-up with your booking.",
        "I really regret that the engineer didn't turn up.",
        "I feel terrible about the confusion over your bill.",
        "I feel bad for keeping you on hold so long.",
        "We made a mistake when we set up your direct debit.",
        "I've made an error on the invoice, and I'm correcting it now.",
        "That was an oversight on our part, and it's fixed.",
        "There was a billing error on our end.",
    ],
)
def test_owning_the_mistake_or_regretting_it_is_an_apology(text: str) -> None:
    assert apologises(text)


@pytest.mark.parametrize(
    "text",
    [
        "That one is on me, I sent you the wrong link.",
        "That's entirely on us, not on you.",
        "We should have told you about the price change sooner.",
        "I should have checked the address before booking the courier.",
        "That should never have happened to your order.",
        "We didn't get this right the first time.",
        "This isn't the service you should expect from us.",
        "Please forgive the wait, we're short-staffed today.",
        "Excuse the delay in getting back to you.",
        "Mea culpa, the tracking number I gave you was wrong.",
    ],
)
def test_apologies_without_the_word_sorry(text: str) -> None:
    assert apologises(text)


@pytest.mark.parametrize(
    "text",
    [
        # Feeling bad *for* someone is sympathy, not an apology for what we did.
        "I feel bad for the driver, the roads were awful.",
        "I feel bad for you, that sounds exhausting.",
        # Reported or third-person regret is a story.
        "You'll regret not taking the extended warranty.",
        "Customers often regret skipping the protection plan.",
        # Blame handed to the customer.
        "That's on you, the form said to print the label.",
        # "On us" as in "free of charge".
        "The delivery fee is on us this time.",
        "This one's on us, enjoy the upgrade.",
        "I should have the replacement by Monday.",
        "It should have arrived by now according to the tracking.",
    ],
)
def test_sympathy_blame_and_predictions_are_not_apologies(text: str) -> None:
    assert not apologises(text)


@pytest.mark.parametrize(
    "text",
    [
        "There's nothing to apologise for, these things happen.",
        "You don't need to be sorry, it's an easy fix.",
        "The customer demanded an apology from the driver.",
    ],
)
def test_waving_away_or_reporting_an_apology_is_not_one(text: str) -> None:
    assert not apologises(text)


def test_sorry_before_a_correction_is_an_apology_but_sorry_asking_again_is_not() -> None:
    assert apologises("Sorry, what I meant was that the refund goes back to your card.")
    assert not apologises("Sorry, what was the order number again?")
    assert not apologises("Sorry, who am I speaking with?")


@pytest.mark.parametrize(
    "text",
    [
        # Sorry about a service failure the customer lives through.
        "I'm sorry to hear your flight was cancelled.",
        "So sorry to learn the boiler broke down again.",
        # Regret owned in any tense or form.
        "We regretted the decision to close the branch as soon as we made it.",
        "My biggest regret is not calling you back sooner.",
        "Regrettably, your order left the warehouse without the charger.",
        # Owning a slip in understanding, or a clumsy moment.
        "I misread your message, you wanted the blue one.",
        "My misunderstanding, I thought you meant the other account.",
        "I didn't mean to cut you off there.",
        "I beg your pardon, that was the wrong form.",
        # Letting the customer down, in any tense, or below the standard.
        "We've let you down on this delivery.",
        "I know we fell short on the installation.",
        "The repair fell well below the standard you should expect.",
        "Please accept my apology for how the visit went.",
        "That's not the kind of service we want you to get from us.",
        # The social-care team's "we hate to hear".
        "We hate to hear your suitcase went to the wrong airport.",
    ],
)
def test_sympathy_for_a_service_failure_regret_and_slips_are_apologies(text: str) -> None:
    assert apologises(text)


@pytest.mark.parametrize(
    "text",
    [
        # Condolence for a loss is sympathy, not an apology.
        "I'm so sorry to hear about your loss.",
        # Asking to hear it again, or for a detail.
        "Sorry, I don't follow. Do you mean the app or the website?",
        "Sorry, you cut out for a second there.",
        "I beg your pardon?",
        "Sorry, which card would you like to use?",
        # "Sorry" softening a request, a check or a hold.
        "Sorry, would you mind reading the meter number out?",
        "Sorry, just to check, is that the flat above the shop?",
        "Sorry, can I just put you on hold for a moment?",
        "Apologies if this is a silly question, where is the serial number?",
        "Sorry, is your surname spelt with a y?",
        "I'm sorry, but I'll need to see the original receipt first.",
        "Sorry, what's the best number to reach you on?",
        "I'm sorry, that's just our standard procedure for refunds.",
        "Sorry, but that's not something the policy includes.",
        "I'm sorry, but there's no record of that call on our system.",
        # Non-apologies, and an apology refused.
        "I'm sorry if any offence was taken.",
        "Sorry you feel we've let you down, but the charge stands.",
        "The customer would not accept the driver's apology.",
        # "Sorry" before a rule, a fact, the way things work, or a disagreement.
        "I'm sorry, but the warranty doesn't cover accidental damage.",
        "Sorry, your voucher has expired.",
        "I'm sorry, but the spring offer has ended.",
        "Sorry, it's just how the booking system works.",
        "Sorry, but that's simply not true.",
        # Warnings, shrugs and regret that nobody feels here.
        "You'll really regret not insuring a phone like that.",
        "Most people regret skipping the annual service.",
        "No regrets, the upgrade was worth it.",
        "Try the premium plan, you won't be sorry.",
        # Apologies owed, refused or waved away.
        "You don't owe anyone an apology for setting boundaries.",
        "I will not apologise for enforcing the safety rules.",
        "She doesn't have to be sorry for asking.",
    ],
)
def test_condolence_softeners_rules_warnings_and_refusals_are_not_apologies(text: str) -> None:
    assert not apologises(text)


@pytest.mark.parametrize(
    "text",
    [
        "soz, I only just saw this",
        "Our bad, the wrong colour went out.",
        "We sent you the wrong size, I've booked the swap.",
        "The fault is ours, not the courier's.",
        "I take full responsibility for the mix-up.",
        "We really screwed up your delivery date.",
        "Didn't mean to cut across you there, go on.",
        "I feel so guilty that you had to ring us four times.",
    ],
)
def test_informal_apologies_and_owned_slips(text: str) -> None:
    assert apologises(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry not sorry, the new menu is better.",
        "She said sorry and walked off.",
        "All we asked for was an apology.",
        "Excuse me, is this the returns desk?",
        "Excuse me? I never agreed to that.",
        "You'll be sorry when the warranty runs out.",
        "Why should I apologise for asking?",
        "Sorry, but that's against our refund policy.",
        "Sorry but no, the offer ended on Sunday.",
        "The airline never apologised for losing the pram.",
        "Sorry to hear you've been under the weather, get well soon.",
    ],
)
def test_apologies_refused_reported_wanted_and_sympathy_for_illness_are_not_apologies(
    text: str,
) -> None:
    assert not apologises(text)


@pytest.mark.parametrize(
    "text",
    [
        # Blame taken, or the fault named as ours, without the word sorry.
        "We take full blame for the missed delivery slot.",
        "We were at fault on this one, and the credit is on its way.",
        "Keeping you on hold that long was unacceptable on our part.",
        "We should have done better with the handover between teams.",
        "I hold my hands up, I quoted you last year's price.",
        "Hands up, that was our mix-up with the dates.",
        # Slips owned: overlooked, forgot to ring back, out of line, careless.
        "I completely overlooked the note on your account.",
        "I forgot to ring you back on Friday.",
        "I was out of line on our last call.",
        "That was careless of me, the form is attached now.",
        "I'm ashamed of how I handled your complaint.",
        "I misspoke earlier, the admin fee is ten pounds.",
        "We mixed up your parcel with a neighbour's.",
        "We failed you on this repair.",
        "We didn't live up to what we promised you.",
        "I feel awful for not ringing you back yesterday.",
    ],
)
def test_blame_taken_and_slips_owned_without_sorry(text: str) -> None:
    assert apologises(text)


@pytest.mark.parametrize(
    "text",
    [
        # Condolence for a relative or a pet, which acknowledges_feelings hears.
        "I'm so sorry about your mum, take all the time you need.",
        "Sorry to hear about your dog, he sounded like a lovely companion.",
        # Talk about apologies, a sorry sight, sarcasm, and regret denied.
        "The manager made the driver apologise to us in person.",
        "What a sorry sight that waiting room was.",
        "Excuse me for wanting my own money back.",
        "I regret nothing about switching to you.",
        "We are not to blame for the weather delays.",
        # An indignant "excuse me", a quoted apology in curly quotes, talk about one.
        "Um, excuse me, I booked the window seat.",
        "All I got was a “we apologise for the inconvenience” text.",
        "Every email from them starts with an apology and nothing changes.",
        # Someone else's slip, or a product that fell short, is no apology of ours.
        "I think you have me mixed up with another customer.",
        "The hotel did not live up to the photos.",
        "Sorry, but you'll need the original receipt for a refund.",
        "Nobody is ever sorry about anything at head office.",
        # "…of me" judging oneself, or a courtesy, is not owning a slip.
        "He says it's stupid of me to worry about the bill.",
        "It would be remiss of me not to mention the winter offer.",
    ],
)
def test_condolence_talk_about_apologies_and_sarcasm_are_not_apologies(text: str) -> None:
    assert not apologises(text)


def test_a_named_failure_about_a_relative_is_still_an_apology() -> None:
    assert apologises("Sorry about your mum's appointment being moved without a call.")
