"""Stored scorecards are the engine's scorecards: same numbers, replaced on re-scoring, and
aggregated per person, team and organisation without counting a conversation twice."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from django_tasks_db.models import DBTaskResult

from legendary.care import score
from legendary.care.evidence import Evidence
from legendary.care.rubric import DEFAULT, RubricError
from legendary.care.scorecard import BehaviourResult, Outcome
from legendary.conversations import tasks
from legendary.conversations.care_summary import care_summary, coaching_needs
from legendary.conversations.highlight import Span, highlight
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import (
    BehaviourOutcome,
    Channel,
    Conversation,
    RubricVersion,
    Scorecard,
)
from legendary.conversations.scoring import (
    _outcome_for,
    adopt_rubric,
    rubric_in_use,
    score_conversations,
    to_care_conversation,
)
from legendary.people.models import Person
from web.conftest import World, make_conversation, make_scorecard

# A customer upset about a crushed parcel; the agent apologises by name and promises a
# replacement; the customer ends happy.
UPSET_THEN_HAPPY = (
    "Hello, my parcel arrived with the lid crushed and I am really upset.",
    "I'm so sorry it arrived like that, Rosa. I'll send a replacement today.",
    "Thank you, that is great.",
)


# An organisation that weighs empowerment twice as much as the other qualities.
EMPOWERMENT_FIRST = (
    ("committed", 1.0),
    ("attentive", 1.0),
    ("responsive", 1.0),
    ("empowered", 2.0),
)


def _stored(conversation: Conversation) -> Scorecard:
    return Scorecard.objects.get(conversation=conversation)


def test_a_stored_scorecard_holds_exactly_what_the_engine_returned(world: World) -> None:
    conversation = make_conversation(world.frontline, texts=UPSET_THEN_HAPPY)
    score_conversations([conversation.pk])
    turns = list(conversation.turns.select_related("person").order_by("position"))
    expected = score(to_care_conversation(conversation, turns), DEFAULT)
    stored = _stored(conversation)
    assert stored.document == json.loads(json.dumps(expected.as_dict()))
    assert (stored.overall, stored.committed, stored.attentive) == (
        expected.overall,
        expected.committed,
        expected.attentive,
    )
    assert (stored.responsive, stored.empowered) == (expected.responsive, expected.empowered)
    assert stored.breakers == list(expected.breakers)
    assert stored.flags == list(expected.flags)
    assert stored.sentiment_start == expected.sentiment_start
    assert stored.sentiment_end == expected.sentiment_end
    assert stored.rubric.version == DEFAULT.version
    assert expected.outcome("apologises") is Outcome.PRESENT


def test_stored_turns_become_the_engines_conversation_in_order(world: World) -> None:
    conversation = make_conversation(world.frontline, texts=UPSET_THEN_HAPPY)
    turns = list(conversation.turns.select_related("person").order_by("position"))
    parsed = to_care_conversation(conversation, turns)
    assert [t.text for t in parsed.turns] == list(UPSET_THEN_HAPPY)
    assert [t.role.value for t in parsed.turns] == ["customer", "agent", "customer"]
    assert parsed.turns[1].speaker.name == "Fran Frontline"
    assert parsed.customer.name == "Rosa Customer"
    assert parsed.turns[0].timestamp == turns[0].timestamp


def test_rescoring_replaces_and_stores_the_same_rows(world: World) -> None:
    make_conversation(world.frontline, world.colleague, texts=UPSET_THEN_HAPPY)
    everything = Conversation.objects.all()
    first = score_conversations(everything)
    rows = sorted(
        BehaviourOutcome.objects.values_list("conversation", "person", "behaviour", "outcome")
    )
    cards = sorted(Scorecard.objects.values_list("conversation", "overall", "document"))
    second = score_conversations(everything)
    assert first == second == everything.count()
    assert Scorecard.objects.count() == everything.count()
    assert (
        sorted(
            BehaviourOutcome.objects.values_list("conversation", "person", "behaviour", "outcome")
        )
        == rows
    )
    assert sorted(Scorecard.objects.values_list("conversation", "overall", "document")) == cards


def test_the_default_rubric_is_stored_once_and_in_use(world: World) -> None:
    first, rubric = rubric_in_use(world.org)
    again, _ = rubric_in_use(world.org)
    assert first.pk == again.pk
    assert first.in_use
    assert rubric == DEFAULT
    assert RubricVersion.objects.filter(organisation=world.org).count() == 1


def test_a_behaviour_is_credited_to_the_agent_whose_words_show_it(world: World) -> None:
    speaker_of = {1: world.frontline.pk, 3: world.colleague.pk}
    apology = BehaviourResult(
        "apologises",
        "responsive",
        Outcome.PRESENT,
        evidence=(_evidence("apologises", 1),),
    )
    blame = BehaviourResult(
        "blames_customer", "responsive", Outcome.PRESENT, (_evidence("blames_customer", 3),), True
    )
    assert _outcome_for(apology, world.frontline.pk, speaker_of) == "present"
    # The colleague did not need to apologise again: not counted against them.
    assert _outcome_for(apology, world.colleague.pk, speaker_of) == "na"
    # Only the one who blamed the customer broke service.
    assert _outcome_for(blame, world.colleague.pk, speaker_of) == "present"
    assert _outcome_for(blame, world.frontline.pk, speaker_of) == "absent"


def _evidence(behaviour: str, turn: int) -> Evidence:
    return Evidence(behaviour, turn, 0, 5, "Sorry")


def test_averages_and_rates_on_a_known_set(world: World) -> None:
    fran, cole = world.frontline, world.colleague
    shared = make_conversation(fran, cole)
    # Hand-made scorecards with known figures, so the arithmetic can be checked.
    make_scorecard(
        shared, 80.0, attentive=None, outcomes={"apologises": {fran: "present", cole: "na"}}
    )
    make_scorecard(
        make_conversation(fran), 40.0, attentive=None, outcomes={"apologises": {fran: "absent"}}
    )
    make_scorecard(
        make_conversation(cole), 60.0, attentive=None, outcomes={"apologises": {cole: "na"}}
    )
    make_conversation(fran)  # not scored: counts nowhere
    scored = Conversation.objects.exclude(scorecard=None)
    summary = care_summary(Conversation.objects.all())
    assert summary is not None
    assert summary.scored == scored.count() == 3
    assert summary.overall == pytest.approx(60.0)
    assert summary.attentive is None  # applied nowhere: not a zero
    rate = next(r for r in summary.behaviours if r.behaviour == "apologises")
    # The shared conversation counts once; the N/A one not at all.
    assert (rate.present, rate.applicable, rate.rate) == (1, 2, 50.0)

    cole_only = care_summary(Conversation.objects.all(), Person.objects.filter(pk=cole.pk))
    assert cole_only is not None
    assert cole_only.overall == pytest.approx(70.0)
    cole_rate = next(r for r in cole_only.behaviours if r.behaviour == "apologises")
    assert (cole_rate.applicable, cole_rate.rate) == (0, None)


def test_a_conversation_two_of_the_people_served_counts_once_and_only_the_given_ones_count(
    world: World,
) -> None:
    fran, cole = world.frontline, world.colleague
    shared = make_conversation(fran, cole)
    make_scorecard(shared, 90.0, outcomes={"apologises": {fran: "present", cole: "present"}})
    make_scorecard(make_conversation(fran), 30.0, outcomes={"apologises": {fran: "absent"}})
    outside = make_conversation(cole, channel=Channel.EMAIL)
    make_scorecard(outside, 0.0, outcomes={"apologises": {cole: "absent"}})
    both = Person.objects.filter(pk__in=[fran.pk, cole.pk])
    chats = Conversation.objects.filter(channel=Channel.CHAT)
    summary = care_summary(chats, both)
    assert summary is not None
    # The shared conversation once (not once per agent), the e-mail one not at all.
    assert summary.scored == 2
    assert summary.overall == pytest.approx(60.0)
    rate = next(r for r in summary.behaviours if r.behaviour == "apologises")
    assert (rate.present, rate.applicable) == (1, 2)
    cole_need = next(n for n in coaching_needs(both, chats) if n.person == cole)
    assert cole_need.conversations == 1


def test_nothing_scored_means_no_summary(world: World) -> None:
    assert care_summary(Conversation.objects.all()) is None


def test_coaching_names_each_persons_weakest_behaviour(world: World) -> None:
    fran, ivy = world.frontline, world.indirect_report
    for index in range(6):
        outcomes = {
            "apologises": {fran: "present"},
            "uses_customer_name": {fran: "present" if index < 2 else "absent"},
        }
        make_scorecard(make_conversation(fran), 50.0, outcomes=outcomes)
    make_scorecard(make_conversation(ivy), 90.0, outcomes={"apologises": {ivy: "absent"}})
    needs = coaching_needs(
        Person.objects.filter(pk__in=[fran.pk, ivy.pk]), Conversation.objects.all()
    )
    assert [n.person for n in needs] == [fran, ivy]
    assert needs[0].weakest is not None
    assert needs[0].weakest.behaviour == "uses_customer_name"
    assert (needs[0].weakest.present, needs[0].weakest.applicable) == (2, 6)
    assert needs[1].weakest is None  # one conversation is too little to coach on
    summary = care_summary(Conversation.objects.all(), Person.objects.filter(pk=fran.pk))
    assert summary is not None
    assert summary.strongest() == next(r for r in summary.behaviours if r.behaviour == "apologises")
    assert summary.weakest() == needs[0].weakest


def test_evidence_is_marked_and_everything_else_escaped() -> None:
    text = "<b>Sorry</b> & I'll fix it <script>x</script>"
    marked = highlight(
        text, [Span(0, 12, "apologises", False), Span(27, 46, "rude_language", True)]
    )
    assert "<b>" not in marked
    assert "<script>" not in marked
    assert '<mark class="evidence" title="Apologises">&lt;b&gt;Sorry&lt;/b&gt;</mark>' in marked
    assert '<mark class="evidence breaker" title="Rude language">&lt;script&gt;' in marked
    assert " &amp; I&#x27;ll fix it " in marked


def test_overlapping_evidence_becomes_one_mark_naming_both() -> None:
    marked = highlight(
        "I'm so sorry, Rosa.",
        [
            Span(0, 12, "apologises", False),
            Span(14, 18, "uses_customer_name", False),
            Span(4, 12, "acknowledges_feelings", False),
        ],
    )
    assert marked.count("<mark") == 2
    assert 'title="Apologises, Acknowledges feelings"' in marked


def test_a_small_import_is_scored_at_once(world: World, tmp_path: Path) -> None:
    path = _jsonl(tmp_path, 3)
    report = import_conversations(world.org, path)
    assert report.conversations_added == 3
    assert Scorecard.objects.filter(conversation__import_batch_id=report.batch_id).count() == 3


def test_a_big_import_is_left_to_the_worker(
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    monkeypatch.setattr(tasks, "INLINE_SCORING_LIMIT", 2)
    with django_capture_on_commit_callbacks(execute=True):
        import_conversations(world.org, _jsonl(tmp_path, 3))
    assert not Scorecard.objects.exists()
    queued = DBTaskResult.objects.get()
    assert queued.args_kwargs["args"] == [world.org.pk]
    # What the worker then runs scores everything unscored.
    assert (
        tasks.score_unscored_conversations.call(world.org.pk)
        == Conversation.objects.filter(organisation=world.org).count()
    )
    assert Scorecard.objects.filter(conversation__source="jsonl").count() == 3


def _jsonl(folder: Path, count: int) -> Path:
    path = folder / "chats.jsonl"
    lines = [
        json.dumps(
            {
                "id": f"C-{index}",
                "channel": "chat",
                "turns": [
                    {
                        "speaker": "customer",
                        "text": "My order has not arrived and I need it for Friday.",
                    },
                    {
                        "speaker": "agent",
                        "name": "Fran Frontline",
                        "text": "I'm sorry about that. I'll chase the courier now.",
                    },
                ],
            }
        )
        for index in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_adopted_rubric_scores_from_then_on_and_old_ones_stay_explainable(
    world: World,
) -> None:
    conversation = make_conversation(world.frontline, texts=UPSET_THEN_HAPPY)
    score_conversations([conversation.pk])
    empowerment_first = replace(
        DEFAULT, version="2026.12-empowered", quality_weights=EMPOWERMENT_FIRST
    )
    adopted = adopt_rubric(world.org, empowerment_first)
    assert rubric_in_use(world.org)[0] == adopted
    first = RubricVersion.objects.get(organisation=world.org, version=DEFAULT.version)
    assert not first.in_use
    assert _stored(conversation).rubric == first
    score_conversations([conversation.pk])
    assert _stored(conversation).rubric == adopted


def test_a_version_cannot_be_reused_for_different_rules(world: World) -> None:
    rubric_in_use(world.org)
    changed = replace(DEFAULT, quality_weights=EMPOWERMENT_FIRST)
    with pytest.raises(RubricError, match=f"rubric {DEFAULT.version}: .*new version"):
        adopt_rubric(world.org, changed)
