"""The gates of the utterance detectors: scoring skips a detector on a turn its gate
keeps closed, so a detector must never find evidence in such a turn.

Here on service turns and demo threads, and for the gate table and the scorecards;
`test_gates.py` checks every gate on every sentence of the care tests, the lexicons and
demo threads, and names the pattern a short gate leaves out."""

from __future__ import annotations

import pytest

from legendary.care import scoring
from legendary.care.behaviours.base import GateTable, Utterance, name_words, registry
from legendary.care.rubric import DEFAULT
from legendary.care.scoring import _plan, score
from legendary.demo.conversations import generate_conversations

# Turns that each fire at least one gated detector, to be sure the gates let them through.
SERVICE_TURNS = [
    "I'm so sorry for the delay with your parcel.",
    "I'll make sure the refund reaches you by Friday.",
    "Leave it with me and I'll call you back tomorrow morning.",
    "That's not my department, you'll have to call the courier.",
    "You should have read the terms before ordering.",
    "Calm down, it's not a big deal.",
    "Sorry you feel that way.",
    "Whatever, I already told you.",
    "I'm afraid that's just our policy.",
    "We can't refund opened items, but what I can do is an exchange.",
    "I'll transfer you to billing now.",
    "What happened when you tried to log in?",
    "I understand you need the refund before Friday.",
    "Thank you so much for your patience!",
    "You could reset it from the app. Does that work for you?",
    "Could you tell me more about what went wrong?",
    "42 days is the limit, I'm afraid.",
    "Our policy doesn't let me skip that step, but here's what I can do instead: a "
    "prepaid label today.",
    "I'm just going to pass you over to billing.",
    "Thanks for bearing with me, Sam, the new card is on its way.",
]


def _gated() -> list[str]:
    return [b.id for b in registry().values() if b.triggers is not None]


def _agent_turns() -> list[Utterance]:
    complaint = "My parcel never came and I'm furious."
    out = [Utterance(text, complaint, 0, "Sam Patel") for text in SERVICE_TURNS]
    for conversation in generate_conversations("triggers", 60, long=True):
        context = ""
        name = scoring.customer_name_of(conversation)
        for index, turn in enumerate(conversation.turns):
            if turn.is_customer:
                context = turn.text
            elif turn.is_agent:
                out.append(Utterance(turn.text, context, index, name))
    return out


def test_the_phrase_and_pattern_detectors_declare_triggers() -> None:
    assert {"apologises", "takes_ownership", "deflects", "blames_policy"} <= set(_gated())


@pytest.mark.parametrize("behaviour", _gated())
def test_a_detector_finds_nothing_in_a_turn_its_gate_keeps_closed(behaviour: str) -> None:
    entry = registry()[behaviour]
    assert entry.triggers is not None
    assert entry.utterance is not None
    gate = entry.triggers()
    if gate is None:
        return  # declared but undecidable: the detector always runs
    fired = 0
    for utterance in _agent_turns():
        if entry.utterance(utterance):
            fired += 1
            opens = gate.opens(utterance.text, customer_name=utterance.customer_name)
            assert opens, (behaviour, utterance.text)
    assert fired, f"no test turn shows {behaviour}: the check above proved nothing"


def test_a_gate_table_opens_exactly_the_detectors_whose_gates_open() -> None:
    plan = _plan(DEFAULT)
    steps = plan.own + plan.contextual
    table = GateTable([behaviour for behaviour, *_ in steps], [gate for *_, gate in steps])
    skipped = 0
    for utterance in _agent_turns():
        text, name = utterance.text, utterance.customer_name
        expected = tuple(
            behaviour
            for behaviour, _, gate in steps
            if gate is None or gate.opens(text, customer_name=name)
        )
        assert table.open(text, name_words(name)) == expected, text
        skipped += len(steps) - len(expected)
    assert skipped > 0


def test_uses_customer_name_is_not_called_where_the_name_is_not_said() -> None:
    triggers = registry()["uses_customer_name"].triggers
    assert triggers is not None
    gate = triggers()
    assert gate is not None
    assert gate.opens("Thanks for waiting, Sam.", customer_name="Sam Patel")
    assert gate.opens("I've noted it, Ms Patel.", customer_name="Sam Patel")
    assert not gate.opens("Thanks for waiting, I've noted it.", customer_name="Sam Patel")
    assert not gate.opens("Thanks for waiting, Sam.")  # no name known


def test_the_gates_skip_detectors_but_never_change_a_scorecard(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = _plan(DEFAULT)
    conversations = list(generate_conversations("gates", 40, long=True))
    gated = [score(c).as_dict() for c in conversations]
    skipped = sum(
        1
        for c in conversations
        for turn in c.turns
        if turn.is_agent
        for *_, gate in plan.own
        if gate is not None and not gate.opens(turn.text)
    )
    assert skipped > 0  # the gates do skip work on real threads
    # Every detector on every turn, as before the gates: the same scorecards.
    ungated = scoring._new_plan(DEFAULT, gated=False)
    assert all(gate is None for *_, gate in ungated.own + ungated.contextual)
    monkeypatch.setattr(scoring, "_plan", lambda rubric: ungated)
    assert [score(c).as_dict() for c in conversations] == gated
