"""Scoring a conversation finds what `detect` finds, for the committed, empowered and
breaker behaviours of the blind blocks (`BLOCKS`).

`score()` runs a detector only when its gate opens and hands it the customer's turn only
when it says it reads it (`reads_context`); a gate that leaves out one of the detector's
patterns, or a detector that reads the context without saying so, makes a behaviour
differ between the two. Each line here is read both ways as a two-turn conversation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from legendary.care.detect import detect
from legendary.care.model import Conversation, Role, Speaker, Turn
from legendary.care.scoring import score

from .test_committed_fresh1 import BEHAVIOURS, assert_kind, block_module

#: The blind blocks, by number: a new block is added here and only here.
BLOCKS = tuple(block_module(number) for number in range(1, 12))

#: Kinds a gate once left out: found by `detect`, absent from `score()`. test_gates.py
#: now checks every gate on every sentence of the care tests, so a new gate sentence
#: belongs in a test module's named examples (its corpus), not in this list.
GATED_KINDS = [
    # `trivialising` after a complaint ("it's only a…"), not only `minimising`
    (
        "minimises_feelings",
        "I'm livid, the parcel with my son's birthday present never came.",
        "Honestly, it's only a toy, it'll turn up.",
    ),
    # a second verb of the subject when the first is no ownership verb (`coordinated`)
    (
        "takes_ownership",
        "I need to claim on my policy.",
        "I'll put you through to claims and stay on the call with you.",
    ),
    (
        "takes_ownership",
        "My router keeps dropping out.",
        "I'll reboot it from here and keep an eye on the line for the next hour.",
    ),
    (
        "makes_commitment",
        "I need to claim on my policy.",
        "I'll put you through to claims and call you back by 4pm to check it went through.",
    ),
    (
        "makes_commitment",
        "My router keeps dropping out.",
        "I'll reboot it from here and ring you back before 6 tonight.",
    ),
]


def scored(context: str, text: str) -> set[str]:
    """The behaviours of `BEHAVIOURS` that `score()` finds in the agent's turn `text`
    said after the customer's turn `context` (none when empty)."""
    customer = (Turn(Speaker(Role.CUSTOMER, "Sam"), context),) if context else ()
    turns = (*customer, Turn(Speaker(Role.AGENT, "Ana"), text))
    card = score(Conversation("pair", turns))
    last = len(turns) - 1
    return {
        b.behaviour
        for b in card.behaviours
        if b.behaviour in BEHAVIOURS and any(e.turn == last for e in b.evidence)
    }


def detected(context: str, text: str) -> set[str]:
    """The behaviours of `BEHAVIOURS` that `detect` finds in `text` after `context`."""
    return {e.behaviour for e in detect(text, context, behaviours=list(BEHAVIOURS))}


@pytest.mark.parametrize(("behaviour", "context", "text"), GATED_KINDS)
def test_a_gated_kind_is_found_by_detect_and_by_score(
    behaviour: str, context: str, text: str
) -> None:
    assert_kind(behaviour, context, text, True)
    assert behaviour in scored(context, text)


def block_pairs() -> list[tuple[str, str]]:
    """Every (context, text) of the blind blocks and of their named kind lines."""
    pairs: list[tuple[str, str]] = []
    for module in BLOCKS:
        pairs += [(line.context, line.text) for line in module.BLOCK]
        pairs += [(kind[1], kind[2]) for kind in getattr(module, "CLASSES", [])]
    return pairs + [(context, text) for _, context, text in GATED_KINDS]


def test_every_blind_block_is_read() -> None:
    """`BLOCKS` holds every `test_committed_fresh<n>.py` of this folder, each once: a
    block added as a file but not to `BLOCKS` fails here."""
    files = sorted(Path(__file__).parent.glob("test_committed_fresh*.py"))
    assert len(BLOCKS) == len(files)
    assert {Path(str(module.__file__)).name for module in BLOCKS} == {f.name for f in files}


def test_score_finds_what_detect_finds_on_every_block_line() -> None:
    """Every line, with its customer turn, reads the same both ways; a customer's swear
    word said back ("That sounds like a hell of a week") is not rude in either."""
    differ = [
        (text, sorted(scored(context, text) ^ detected(context, text)))
        for context, text in block_pairs()
        if scored(context, text) != detected(context, text)
    ]
    assert not differ
