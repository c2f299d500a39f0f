"""`acknowledges_feelings` on service replies: warmth aimed at the customer's feelings
counts; a smiley on a routine line, a farewell or an offer to hand over does not."""

from __future__ import annotations

import pytest

from legendary.care.detect import detect


def acknowledged(text: str) -> bool:
    return bool(detect(text, behaviours=["acknowledges_feelings"]))


MEETS_THE_FEELING = {
    "offer to listen": "I'm happy to listen if you want to tell me what happened.",
    "here to talk": "I'm here if you need to talk it through.",
    "hope it gets easier": "I hope things get a bit easier for you after the move.",
    "hope the next one is better": "I hope you have a better experience with the next engineer.",
    "room to vent": "If you want to vent about the last three calls, go ahead.",
    "sounds like an ordeal": "Sounds like a real ordeal with the courier.",
    "hope they are feeling better": "I hope you're feeling a bit better after the weekend.",
    "it makes the agent sad": "It makes me sad to hear the flowers never arrived for the funeral.",
    "what a nightmare": "What a nightmare, three cancelled deliveries in a row.",
    "a right to be upset": "You have every right to be upset about this.",
    "what it means to them": "I know how much this trip means to you.",
}

ROUTINE_LINES = {
    "smiley on a routine line": "Happy to help :)",
    "smiley on thanks": "Thanks for waiting :)",
    "sad face on a stock answer": "That size is out of stock :(",
    "social-media hand-off": "DM me your order number and I'll take a look.",
    "offer to pass on": "Do you want to talk to a manager?",
    "farewell": "I hope you have a great day!",
    "farewell with an": "Hope you have an amazing weekend!",
    "chat about options": "Happy to chat through the options with you.",
    "a fix that sounds hard": "Sounds like a hard reset should sort it.",
    "email opener": "I hope you're well.",
    "small talk": "I hope you're having a good day so far.",
    "asking to repeat": "Sorry, could you repeat the order number?",
    "what a question": "What a great question!",
}


@pytest.mark.parametrize("text", MEETS_THE_FEELING.values(), ids=MEETS_THE_FEELING.keys())
def test_warmth_towards_the_customers_feelings_is_found(text: str) -> None:
    assert acknowledged(text)


@pytest.mark.parametrize("text", ROUTINE_LINES.values(), ids=ROUTINE_LINES.keys())
def test_routine_service_lines_are_not_acknowledgements(text: str) -> None:
    assert not acknowledged(text)
