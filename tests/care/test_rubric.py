"""The rubric: applicability, validation with clear errors, JSON round trips, standards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legendary.care.behaviours.base import registry
from legendary.care.model import make_conversation
from legendary.care.rubric import (
    CONDITIONS,
    DEFAULT,
    BehaviourRule,
    Facts,
    Rubric,
    RubricError,
    applies,
)
from legendary.care.scorecard import Outcome
from legendary.care.standards import Standard


def test_the_default_rubric_is_versioned_and_scores_every_registered_behaviour() -> None:
    assert DEFAULT.version == "2026.11-1"
    assert set(DEFAULT.behaviour_ids()) == set(registry())


def test_the_default_rubric_survives_a_json_round_trip() -> None:
    again = Rubric.from_json(DEFAULT.to_json())
    assert again == DEFAULT
    assert again.rule("rude_language") == DEFAULT.rule("rude_language")


def test_critical_breakers_cap_and_positive_behaviours_carry_weight() -> None:
    rude = DEFAULT.rule("rude_language")
    assert rude is not None
    assert rude.critical
    assert rude.cap == 40
    ownership = DEFAULT.rule("takes_ownership")
    assert ownership is not None
    assert not ownership.breaker
    assert ownership.weight > 0


@pytest.mark.parametrize(
    ("behaviour", "condition"),
    [
        ("acknowledges_feelings", "customer_expressed_feelings"),
        ("gains_agreement", "solution_offered"),
        ("responds_promptly", "has_timestamps"),
        ("answers_all_questions", "customer_asked_question"),
        ("explains_policy_with_alternative", "policy_came_up"),
        ("uses_customer_name", "customer_name_known"),
        ("makes_commitment", "future_action_promised"),
    ],
)
def test_conditional_behaviours_name_their_condition(behaviour: str, condition: str) -> None:
    rule = DEFAULT.rule(behaviour)
    assert rule is not None
    assert rule.applies_when == condition


def test_nothing_applies_when_no_agent_spoke() -> None:
    assert not applies("always", Facts(agent_spoke=False, customer_asked_question=True))
    assert not applies("customer_asked_question", Facts(customer_asked_question=True))


def test_a_condition_applies_only_when_its_fact_holds() -> None:
    assert applies("always", Facts(agent_spoke=True))
    assert applies("policy_came_up", Facts(agent_spoke=True, policy_came_up=True))
    assert not applies("policy_came_up", Facts(agent_spoke=True))
    # Every named condition is either "always" or a field of Facts.
    assert set(CONDITIONS) - {"always"} == set(Facts.__slots__) - {"agent_spoke"}


def _rubric_data(**rule: object) -> dict[str, object]:
    data = DEFAULT.as_dict()
    rules = list(data["rules"])  # type: ignore[call-overload]
    rules[1] = {**rules[1], **rule}
    return {**data, "rules": rules}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weight": "heavy"}, "rubric.rules[1].weight: expected a number"),
        ({"applies_when": "on_tuesdays"}, "applies_when must be one of"),
        ({"quality": "cheerful"}, "quality must be one of committed, attentive"),
        ({"penalty": 10}, "only a breaker can have a penalty"),
        ({"breaker": "yes"}, "rubric.rules[1].breaker: expected true or false"),
        ({"behaviour": "takes_ownership"}, "listed twice: takes_ownership"),
    ],
)
def test_a_bad_rule_is_reported_with_its_place(change: dict[str, object], message: str) -> None:
    with pytest.raises(RubricError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Rubric.from_dict(_rubric_data(**change))


def test_bad_json_names_the_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "house-rubric.json"
    path.write_text('{"version": "1",\n  "rules": [,]}', encoding="utf-8")
    with pytest.raises(RubricError, match=r"house-rubric.json: line 2, column 13"):
        Rubric.load(path)


def test_a_rubric_needs_a_version_and_a_weight_per_quality() -> None:
    with pytest.raises(RubricError, match="version must not be empty"):
        Rubric(version=" ", rules=DEFAULT.rules)
    with pytest.raises(RubricError, match="quality_weights"):
        Rubric(version="x", rules=(), quality_weights=(("committed", 1.0),))


def test_a_breaker_cap_must_be_a_score() -> None:
    with pytest.raises(RubricError, match="cap must be between 0 and 100"):
        BehaviourRule("rude_language", "responsive", breaker=True, cap=140)


def test_an_organisation_can_add_standards_under_a_new_version() -> None:
    closing = Standard(
        "offers-more-help",
        "Close by asking whether there is anything else we can do.",
        ("anything else i can help with", "anything else i can do"),
        scope="closing",
        quality="responsive",
    )
    house = DEFAULT.with_standards([closing], version="acme-2026.11-1")
    assert house.version == "acme-2026.11-1"
    assert house.behaviour_ids()[-1] == "standard:offers-more-help"
    assert Rubric.from_json(house.to_json()) == house
    assert json.loads(house.to_json())["standards"][0]["scope"] == "closing"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"slug": "No Spaces"}, "slug must be lower-case"),
        ({"phrases": ()}, "at least one non-empty phrase"),
        ({"kind": "prefer"}, "kind must be one of include, avoid"),
        ({"scope": "middle"}, "scope must be one of any, opening, closing"),
        ({"phrases": ("re:(unclosed",)}, "not a valid pattern"),
        # Broken alone, but each compiles joined to the phrase after it: refused by line.
        ({"phrases": ("re:[abc", "thanks")}, r"phrase 1 .*unterminated character set"),
        ({"phrases": ("hello", "re:thank you)|(")}, r"phrase 2 .*unbalanced parenthesis"),
        ({"phrases": ("hello", "re:")}, r"phrase 2 .*nothing follows re:"),
    ],
)
def test_a_bad_standard_says_what_to_fix(fields: dict[str, object], message: str) -> None:
    values: dict[str, object] = {"slug": "greets", "description": "", "phrases": ("hello",)}
    values.update(fields)
    with pytest.raises(RubricError, match=message):
        Standard(**values)  # type: ignore[arg-type]


def test_a_standard_looks_only_in_its_scope() -> None:
    conversation = make_conversation(
        "s1",
        [
            ("customer", "Hi, my card was declined."),
            ("agent", "Hello and welcome to Brightside! Let me look into it."),
            ("agent", "It's fixed now. Is there anything else I can help with?"),
        ],
    )
    greeting = Standard("brand-greeting", "", ("welcome to brightside",), scope="opening")
    closing = Standard("brand-greeting-late", "", ("welcome to brightside",), scope="closing")
    assert greeting.check(conversation).outcome is Outcome.PRESENT
    assert greeting.check(conversation).evidence[0].turn == 1
    assert closing.check(conversation).outcome is Outcome.ABSENT


def test_an_avoid_standard_is_a_breaker_when_said() -> None:
    conversation = make_conversation(
        "s2", [("customer", "Thanks for fixing it."), ("agent", "No problem!")]
    )
    result = Standard("no-problem", "", ("no problem",), kind="avoid").check(conversation)
    assert result.breaker
    assert result.outcome is Outcome.PRESENT
    assert result.evidence[0].quote == "No problem"
