"""`scoring.reviewed`: a reviewer's verdicts turned into a reviewed scorecard.

The scorecards are built by hand from the default rubric's rules so that every figure
below can be worked out on paper (weights, penalties and caps are the default rubric's).
"""

from __future__ import annotations

import pytest

from legendary.care import DEFAULT, reviewed
from legendary.care.evidence import Evidence
from legendary.care.rubric import Rubric
from legendary.care.scorecard import BehaviourResult, Outcome, Scorecard, Sentiment
from legendary.care.scoring import VerdictError, overall_score, quality_scores


def _result(behaviour: str, outcome: Outcome, quote: str = "") -> BehaviourResult:
    rule = DEFAULT.rule(behaviour)
    assert rule is not None
    evidence = (Evidence(behaviour, 1, 0, len(quote), quote),) if quote else ()
    return BehaviourResult(behaviour, rule.quality, outcome, evidence, rule.breaker)


def _engine_card() -> Scorecard:
    """The engine's card: ownership, a solution and a full fix, no thanks, no feeling shown
    (so acknowledging one is N/A), and a rude line that caps the score at 40."""
    results = (
        _result("takes_ownership", Outcome.PRESENT, "I'll sort this out for you myself"),
        _result("blames_customer", Outcome.ABSENT),
        _result("offers_solution", Outcome.PRESENT, "I can send a new charger today"),
        _result("expresses_appreciation", Outcome.ABSENT),
        _result("acknowledges_feelings", Outcome.NOT_APPLICABLE),
        _result("rude_language", Outcome.PRESENT, "Honestly, keep up"),
        _result("resolves_without_handoff", Outcome.PRESENT, "That's all done now"),
    )
    qualities = quality_scores(results, DEFAULT)
    overall, capped_by, _failed = overall_score(qualities, results, DEFAULT)
    return Scorecard(
        conversation_id="c-1",
        rubric_version=DEFAULT.version,
        behaviours=results,
        committed=qualities["committed"],
        attentive=qualities["attentive"],
        responsive=qualities["responsive"],
        empowered=qualities["empowered"],
        overall=overall,
        breakers=("rude_language",),
        sentiment_start=Sentiment.NEGATIVE,
        sentiment_end=Sentiment.NEGATIVE,
        flags=("breaker", "critical_breaker", "ended_negative"),
        extra={"capped_by": list(capped_by), "unscored": ["some_detector"]},
    )


def test_the_hand_built_engine_card_is_capped_by_the_rude_line() -> None:
    card = _engine_card()
    # responsive: 2 of 3 weight present = 66.7, minus rude language's 50 = 16.7;
    # overall (100 + 16.7 + 100) / 3 = 72.2, capped at 40.
    assert card.responsive == 16.7
    assert card.overall == 40.0


def test_turning_a_critical_breaker_off_lifts_the_cap() -> None:
    card = reviewed(_engine_card(), {"rude_language": Outcome.ABSENT}, DEFAULT)
    assert card.responsive == 66.7  # no penalty any more
    assert card.overall == 88.9  # (100 + 66.7 + 100) / 3, no cap
    assert card.breakers == ()
    assert "capped_by" not in card.extra
    assert card.extra["unscored"] == ["some_detector"]  # the rest of extra is kept
    # The flags follow the verdicts; what the review does not touch stays.
    assert card.flags == ("ended_negative",)
    assert card.outcome("rude_language") is Outcome.ABSENT


def test_turning_a_critical_breaker_on_caps_the_score() -> None:
    card = reviewed(
        _engine_card(),
        {"rude_language": Outcome.ABSENT, "blames_customer": Outcome.PRESENT},
        DEFAULT,
    )
    # committed: 100 - 30 = 70; overall (70 + 66.7 + 100) / 3 = 78.9, capped at 60.
    assert card.committed == 70.0
    assert card.overall == 60.0
    assert card.breakers == ("blames_customer",)
    assert card.extra["capped_by"] == ["blames_customer"]
    assert card.flags == ("breaker", "critical_breaker", "ended_negative")


def test_not_applicable_is_taken_out_not_counted_as_zero() -> None:
    card = reviewed(_engine_card(), {"expresses_appreciation": "na"}, DEFAULT)
    # responsive: 2 of 2 = 100, minus 50 = 50; as a zero it would stay 16.7.
    assert card.responsive == 50.0
    # A quality whose every behaviour is N/A has no score, and the overall leaves it out.
    card = reviewed(
        _engine_card(),
        {"resolves_without_handoff": Outcome.NOT_APPLICABLE, "rude_language": "absent"},
        DEFAULT,
    )
    assert card.empowered is None
    assert card.overall == 83.3  # (100 + 66.7) / 2, not (100 + 66.7 + 0) / 3


def test_agreed_behaviours_keep_their_evidence_and_changed_ones_lose_it() -> None:
    engine = _engine_card()
    card = reviewed(
        engine,
        {"takes_ownership": Outcome.PRESENT, "offers_solution": Outcome.ABSENT},
        DEFAULT,
    )
    by_id = {b.behaviour: b for b in card.behaviours}
    assert [e.quote for e in by_id["takes_ownership"].evidence] == [
        "I'll sort this out for you myself"
    ]
    assert by_id["offers_solution"].evidence == ()
    # Behaviours the reviewer left alone keep the engine's outcome and evidence.
    assert by_id["resolves_without_handoff"] == engine.behaviours[-1]
    # The engine's card is not touched.
    assert engine.outcome("offers_solution") is Outcome.PRESENT
    assert engine.overall == 40.0


def test_no_verdicts_give_the_engine_scores_back() -> None:
    engine = _engine_card()
    assert reviewed(engine, {}, DEFAULT) == engine


def test_an_unknown_behaviour_is_refused_with_its_name() -> None:
    with pytest.raises(VerdictError, match="unknown behaviour 'reads_minds'") as refused:
        reviewed(_engine_card(), {"reads_minds": Outcome.PRESENT}, DEFAULT)
    # The behaviour travels with the error, so a caller (the review form) can name the
    # field without checking the verdicts again itself.
    assert refused.value.behaviour == "reads_minds"


def test_a_verdict_outside_the_choices_is_refused_naming_the_behaviour() -> None:
    with pytest.raises(VerdictError, match="behaviour 'offers_solution': verdict 'maybe'") as no:
        reviewed(_engine_card(), {"offers_solution": "maybe"}, DEFAULT)
    assert no.value.behaviour == "offers_solution"


def test_another_rubric_is_refused() -> None:
    other = Rubric.from_dict({**DEFAULT.as_dict(), "version": "someone-else"})
    with pytest.raises(ValueError, match="'someone-else' is not the one"):
        reviewed(_engine_card(), {}, other)
