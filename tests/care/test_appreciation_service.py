"""`expresses_appreciation` on service talk: gracious answers to thanks, recognising the
customer's help and patience, and look-alikes (permission, sarcasm, a polite refusal)."""

from __future__ import annotations

import pytest

from legendary.care.detect import detect


def appreciates(text: str) -> bool:
    return bool(detect(text, "", behaviours=("expresses_appreciation",)))


@pytest.mark.parametrize(
    "text",
    [
        "You're most welcome, enjoy the new phone!",
        "You're very welcome, Mrs Ahmed.",
        "youre welcome, any time",
        "Glad it was helpful, the guide is on our site too.",
        "Glad that helped! The router should stay connected now.",
        "So glad we were able to help with the move.",
    ],
)
def test_answering_thanks_graciously(text: str) -> None:
    assert appreciates(text)


@pytest.mark.parametrize(
    "text",
    [
        "You've been so patient with us through all of this.",
        "You've been a great help in tracking the parcel down.",
        "We'd like to congratulate you on ten years with us.",
        "Welcome to the family, your first box ships on Monday.",
        "Welcome aboard, Jess!",
        "We really value your business, and we want to get this right.",
        "I value your honesty about how the visit went.",
        "We value you as a member and want to put this right.",
        "Your patience has been incredible through all of this.",
    ],
)
def test_recognising_the_customer(text: str) -> None:
    assert appreciates(text)


@pytest.mark.parametrize(
    "text",
    [
        # Permission, not an answer to thanks.
        "You're welcome to pop into any branch with the receipt.",
        "You're always welcome to call us back on this number.",
        # Sarcasm and refusals.
        "Thanks for wasting another hour of my afternoon.",
        "No, thank you, I'll stay on my current tariff.",
        # A rule about congratulating, not congratulations.
        "When a customer renews you congratulate them on the milestone.",
        "You have been charged twice for the same order.",
        "The value your plan gives you depends on how often you travel.",
    ],
)
def test_permission_sarcasm_and_refusals_are_not_appreciation(text: str) -> None:
    assert not appreciates(text)


@pytest.mark.parametrize(
    "text",
    [
        # "Appreciate" meaning "understand": empathy, not thanks.
        "I appreciate how frustrating it is to wait in for an engineer all day.",
        "I appreciate that this has been a long week for you.",
        # A request to stop, said politely.
        "I'd appreciate it if you didn't swear at me, I'm trying to help.",
    ],
)
def test_appreciate_as_understanding_or_a_request_is_not_thanks(text: str) -> None:
    assert not appreciates(text)


def test_thanks_beside_understanding_still_counts() -> None:
    assert appreciates("I appreciate that this is a hassle, and thank you for waiting.")
    assert appreciates("I really appreciate that, it makes the claim much quicker.")


@pytest.mark.parametrize(
    "text",
    [
        "Ta very much, that's your new address saved.",
        "Congratz on the new house, the engineer is booked for the 9th.",
    ],
)
def test_casual_thanks_and_congratulations(text: str) -> None:
    assert appreciates(text)


@pytest.mark.parametrize(
    "text",
    [
        # A polite request, not thanks for something done.
        "I'd be grateful if you could keep the old unit for collection.",
        "We would really appreciate it if you could fill in the form by Friday.",
        # A greeting to a returning customer.
        "Welcome back, Mr Hughes, how can I help today?",
        # Sarcasm, whatever the verb.
        "Thanks for losing my suitcase twice in one month.",
        "Thank you so much for ignoring my last three emails.",
        # "Appreciate" as a rise in value, or as understanding a feeling.
        "Your shares have appreciated in value since March.",
        "I appreciate your frustration with the engineer's visit.",
        "I fully appreciate how distressing the flooding has been.",
        # Thanks waved away.
        "No need to thank me, it's what we're here for.",
        "No thanks necessary, honestly.",
    ],
)
def test_requests_greetings_sarcasm_value_and_understanding_are_not_thanks(text: str) -> None:
    assert not appreciates(text)


def test_thanks_after_a_request_still_counts() -> None:
    assert appreciates("I'd be grateful if you could send the photo, thank you.")


@pytest.mark.parametrize(
    "text",
    [
        "Ta, that's exactly the form I needed.",
        "Cheers mate, the code went through fine.",
        "Hats off to the courier for finding the side gate.",
        "I owe you one for chasing the landlord.",
        "We couldn't have done it without your help on the night.",
        "That's so kind of you to say.",
        "You were a huge help with the insurance forms.",
        "Your kind words mean the world to us.",
    ],
)
def test_thanks_without_the_word_thanks(text: str) -> None:
    assert appreciates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gee, thanks for the lecture.",
        "Thanks autocorrect, that was meant to say Tuesday.",
        "Nobody thanks the night porters.",
        "The flat has appreciated steadily since we bought it.",
        "Can't say I appreciate being kept on hold.",
        "I can appreciate why you'd want it in writing.",
        "It's kind of you know, complicated.",
    ],
)
def test_sarcasm_talk_of_thanks_value_and_understanding_are_not_thanks(text: str) -> None:
    assert not appreciates(text)


@pytest.mark.parametrize(
    "text",
    [
        # E-mail formulae and thanks in other spellings and languages.
        "Thanking you in advance for your help with the claim.",
        "tnx, that code worked",
        "Gracias, the parcel arrived today.",
        "I'm indebted to you for sorting the visa letter so fast.",
        # Thanks to people, even after an adjective or with "the".
        "Huge thanks to the night team for getting the line back.",
        "Thanks to the friendly staff at reception, our stay was perfect.",
        # Thanks as praise of the helper, and a gracious answer.
        "You're an angel, the spare key was exactly where you said.",
        "You're a legend for getting the refund through before the weekend.",
        "You guys are the best, the new router works a treat.",
        "That workaround saved my bacon this morning.",
        "What would we do without you, the invoices are finally right.",
        "Glad I could be of help, enjoy the new kettle.",
        # Appreciating the effort someone put in is thanks, not understanding.
        "I appreciate how hard you worked to get the part in time.",
        "Cheers to you and the whole night shift.",
        # A hotel's thanks to its guest, and thanks to a helper who was kind.
        "It was a pleasure having you stay with us.",
        "You've been so kind to us through the whole claim.",
        "You legend, the code worked!",
        "tyty, saved me a trip",
        "Your call this morning meant a lot.",
    ],
)
def test_thanks_in_email_formulae_other_spellings_and_praise_of_the_helper(text: str) -> None:
    assert appreciates(text)


@pytest.mark.parametrize(
    "text",
    [
        # Thanks to a cause is not thanks, even with "the".
        "Thanks to the storm, the engineer couldn't reach you.",
        # Sarcasm that names the harm, advice to thank, a scolding.
        "Thanks a lot, you just wiped my saved basket.",
        "Thanks for the spoilers, really.",
        "Don't forget to thank the courier when he arrives.",
        "You should be grateful we refunded anything at all.",
        # Praise alone, wishes and greetings.
        "You're a legend.",
        "Good luck with the move!",
        "Welcome to the internet, where nothing works on a Monday.",
        # "I'd thank you to..." asks someone to stop; "kind of" is not kindness.
        "I'd thank you to lower your voice.",
        "You've been kind of hard to reach this week.",
        "You can't appreciate how small the room is from the photos.",
        "That means a lot more forms for you, I'm afraid.",
        "Try to work out why the refund means so much to you.",
        "Our night porters are seriously under appreciated.",
    ],
)
def test_causes_scoldings_praise_alone_and_wishes_are_not_thanks(text: str) -> None:
    assert not appreciates(text)
