"""A bare "sorry" ("Sorry!", "So sorry.", "I'm so sorry.") and `acknowledges_feelings`.

An apology is not an acknowledgement: after a complaint about the service, "So sorry."
is the company owning its part (`apologises`) and names no feeling of the customer's.
After someone's own hardship, where nobody on the agent's side is at fault, the same
words are sympathy and meet the feeling. A sorry that says what it is sorry about for
the customer ("sorry to hear that", "sorry you're going through this") or that comes
with a named feeling ("that sounds really stressful") counts whatever came before.

A sorry for an event ("I'm sorry this happened twice", "sorry it went wrong", "so sorry
this keeps happening") is read like the bare sorry: it is sorry that the thing happened,
which after a service complaint is the company's apology and names no feeling; after
the customer's own news, or beside a word for how hard it was, it is sympathy.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect


def found(text: str, context: str) -> set[str]:
    """The behaviours among feelings and apology that `text` shows after `context`."""
    evidence = detect(text, context, behaviours=["acknowledges_feelings", "apologises"])
    return {piece.behaviour for piece in evidence}


LATE_PARCEL = "My parcel still hasn't turned up and it was meant to be here Tuesday."
FUMING = "Your app charged me twice for the same order and I'm absolutely fuming!"
WRONG_ROOM = "We booked a sea view and got a room over the bins, I'm so disappointed."

#: (context, reply): service complaints answered with a bare apology.
BARE_APOLOGIES = {
    "sorry with a bang": (LATE_PARCEL, "Sorry!"),
    "so sorry": (LATE_PARCEL, "So sorry."),
    "sorry about that": (LATE_PARCEL, "Sorry about that."),
    "very sorry then a question": (FUMING, "Very sorry. Can I take the order number?"),
    "i'm so sorry to an angry customer": (FUMING, "I'm so sorry!"),
    "oh sorry before a check": (WRONG_ROOM, "Oh, sorry! Let me see what else is free tonight."),
    "we're really sorry": (WRONG_ROOM, "We're really sorry."),
}

OUTAGE = "The broadband has dropped out every evening this week, third time I've rung."
CHECK_IN = "We waited an hour at reception because nobody could find our booking."

#: (context, reply): service complaints answered with a sorry for the event itself.
EVENT_APOLOGIES = {
    "sorry this happened twice": (LATE_PARCEL, "I'm sorry this happened twice."),
    "sorry that happened then a step": (
        FUMING,
        "Sorry that happened, let me look at the second charge now.",
    ),
    "sorry it went wrong": (WRONG_ROOM, "I'm really sorry it went wrong with your stay."),
    "sorry this keeps happening": (OUTAGE, "So sorry this keeps happening."),
    "sorry about what happened": (CHECK_IN, "We're very sorry about what happened at check-in."),
    "sorry this has happened to you": (FUMING, "I'm sorry this has happened to you."),
    "sorry that this went wrong again": (OUTAGE, "I am sorry that this has gone wrong again."),
}

#: (context, reply): sympathy that meets the feeling.
ACKNOWLEDGEMENTS = {
    "sorry then the feeling named": (LATE_PARCEL, "I'm so sorry, that sounds really stressful."),
    "sorry to hear": (FUMING, "I'm so sorry to hear that."),
    "sorry for the loss": (
        "My husband died last month and the account is in his name.",
        "I'm so sorry for your loss.",
    ),
    "sorry they are going through it": (WRONG_ROOM, "Sorry you're going through this."),
    "bare sorry after a bereavement": (
        "I lost my mum in the spring and I still cry every morning.",
        "I'm so sorry.",
    ),
    "bare sorry after a scare": (
        "My little boy is in hospital tonight and I'm terrified.",
        "Oh, so sorry.",
    ),
    "bare sorry after a loss told plainly": (
        "Our old dog had to be put to sleep on Saturday.",
        "Ah, I'm so sorry.",
    ),
    "sorry beside how hard it is": (
        LATE_PARCEL,
        "Waiting in all week for nothing is exhausting, I'm sorry.",
    ),
    "sorry beside a grieving customer": (
        "I'm trying to close my late father's account, it's the third call.",
        "Doing this while you're grieving, I'm so sorry.",
    ),
    "patience tested": (FUMING, "Being charged twice would try anyone's patience, sorry."),
    "sorry they had to deal with it, exhausting": (
        LATE_PARCEL,
        "Sorry you had to deal with this, that sounds exhausting.",
    ),
    "sorry it happened after a loss": (
        "My dad passed away on Sunday and I can't stop shaking.",
        "I'm so sorry this happened.",
    ),
    "sorry that happened to them after a break-in": (
        "Someone broke into our flat last night while we were asleep.",
        "Oh no, I'm so sorry that happened to you.",
    ),
    "sorry it happened beside a fright": (
        "The driver shouted at my daughter on the doorstep and she was in tears.",
        "I'm so sorry this happened, that must have been really frightening for her.",
    ),
}


@pytest.mark.parametrize("case", list(BARE_APOLOGIES), ids=list(BARE_APOLOGIES))
def test_a_bare_apology_is_not_an_acknowledgement(case: str) -> None:
    context, reply = BARE_APOLOGIES[case]
    assert found(reply, context) == {"apologises"}


@pytest.mark.parametrize("case", list(EVENT_APOLOGIES), ids=list(EVENT_APOLOGIES))
def test_sorry_for_an_event_after_a_complaint_is_not_an_acknowledgement(case: str) -> None:
    context, reply = EVENT_APOLOGIES[case]
    assert found(reply, context) == {"apologises"}


@pytest.mark.parametrize("case", list(ACKNOWLEDGEMENTS), ids=list(ACKNOWLEDGEMENTS))
def test_sympathy_still_acknowledges_feelings(case: str) -> None:
    context, reply = ACKNOWLEDGEMENTS[case]
    assert "acknowledges_feelings" in found(reply, context)


def test_bare_sorry_without_a_customer_turn_is_only_an_apology() -> None:
    assert found("So sorry.", "") == {"apologises"}
