"""A tweet reply opens with the handles it answers. Those handles are addressing, not
words of the reply: the steps after them are still a sentence's start, and evidence
offsets still point into the text as written."""

from __future__ import annotations

import pytest

from legendary.care.detect import detect
from legendary.care.text import normalise, words

QUESTION = "@Brand how do I cancel my plan? the app keeps logging me out"


@pytest.mark.parametrize(
    "reply",
    [
        "@115712 Go to Settings > Billing and tap Cancel plan. ^JK",
        "@sam_k @Brand Open the app, go to Account and choose Cancel plan. ^MR",
        "@sam_k: Sign out, then sign back in and go to Billing > Cancel. ^AL",
    ],
    ids=["numeric-id", "two-handles", "handle-with-colon"],
)
def test_steps_after_the_handles_are_an_offer(reply: str) -> None:
    offers = [e for e in detect(reply, context=QUESTION) if e.behaviour == "offers_solution"]
    assert offers, reply
    for evidence in offers:
        assert reply[evidence.start : evidence.end] == evidence.quote
        assert not evidence.quote.startswith("@")


def test_the_handles_are_blanked_not_removed() -> None:
    reply = "@sam_k @Brand Go to Settings."
    assert normalise(reply) == " " * len("@sam_k @Brand") + " Go to Settings."
    assert words(reply) == ["go", "to", "settings"]


@pytest.mark.parametrize(
    "text",
    [
        "For billing questions please tweet @BrandBilling and they'll sort it.",
        "Email me @ the office address instead.",
        "@ the moment we are closed for stock-taking.",
    ],
    ids=["handle-mid-sentence", "at-sign-as-word", "at-sign-then-space"],
)
def test_an_at_sign_anywhere_else_stays_a_word(text: str) -> None:
    assert normalise(text) == text
