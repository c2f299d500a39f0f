"""The per-text caches that keep `legendary score` cheap (session 21, helper "speed").

Each answer a conversation detector asks of every turn of every conversation is
remembered per text: it must be kept for at most `text.TEXTS` texts and emptied by
`scoring.forget()`, like the words and sentences of `text`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from legendary.care import scoring
from legendary.care.behaviours import empowered, reflection, responsive
from legendary.care.model import Conversation, Role, Speaker, Turn
from legendary.care.text import TEXTS

#: The caches this file keeps an eye on, by what asks them.
CACHES: dict[str, Any] = {
    "reply_delays -> accepts_with_thanks": responsive.accepts_with_thanks,
    "resolves_without_handoff -> _passes_on": empowered._passes_on,
    "paraphrases -> _restatable": reflection._restatable,
    "paraphrases -> _unfinished": reflection._unfinished,
}


def _conversation() -> Conversation:
    """A short timed chat: the customer asks, the agent answers, the customer thanks."""
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    customer, agent = Speaker(Role.CUSTOMER, "Dana"), Speaker(Role.AGENT, "Sam")
    said = [
        (customer, "My parcel has not arrived and the tracking page is stuck."),
        (agent, "I've checked it: the parcel is at the depot and will reach you tomorrow."),
        (customer, "Yes, that's fine. Thank you!"),
        (agent, "You're welcome, have a good day."),
    ]
    return Conversation(
        "speed-1",
        tuple(
            Turn(speaker, text, start + timedelta(seconds=30 * i))
            for i, (speaker, text) in enumerate(said)
        ),
    )


@pytest.mark.parametrize("name", CACHES)
def test_cache_is_bounded(name: str) -> None:
    assert CACHES[name].cache_info().maxsize == TEXTS


@pytest.mark.parametrize("name", CACHES)
def test_scoring_fills_the_cache_and_forget_empties_it(name: str) -> None:
    scoring.forget()
    scoring.score(_conversation())
    assert CACHES[name].cache_info().currsize > 0
    scoring.forget()
    assert CACHES[name].cache_info().currsize == 0


def test_remembered_answers_are_the_answers() -> None:
    """The cached helpers answer as the code they stand for does."""
    thanks, asks = "Yes, that's fine. Thank you!", "OK thanks, but it still doesn't work."
    assert responsive.accepts_with_thanks(thanks)
    assert responsive.accepts_with_thanks(thanks)  # from memory, the same
    assert not responsive.accepts_with_thanks(asks)
    assert empowered._passes_on("That's not my department, you'll have to call the courier.")
    assert not empowered._passes_on("I've refunded the delivery charge to your card.")


def test_heard_lemmas_is_bounded_and_forgotten() -> None:
    reflection._heard_lemmas("My card was declined twice at the till.")
    assert reflection._heard_lemmas.cache_info().maxsize == TEXTS
    assert reflection._heard_lemmas.cache_info().currsize > 0
    scoring.forget()
    assert reflection._heard_lemmas.cache_info().currsize == 0


def test_reply_delays_are_worked_out_once_per_conversation() -> None:
    """Asked twice for one conversation (as scoring does), the same answer; asked for
    another, its own."""
    first = _conversation()
    delays = responsive.reply_delays(first)
    assert [index for index, _ in delays] == [1, 3]
    assert responsive.reply_delays(first) is delays
    untimed = Conversation("speed-2", tuple(Turn(t.speaker, t.text) for t in first.turns))
    assert responsive.reply_delays(untimed) == []
    assert responsive.reply_delays(first) == delays
