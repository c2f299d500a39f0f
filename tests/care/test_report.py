"""The HTML report: built from a stream, self-contained, escaped, showing the lowest first."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from legendary.care.evidence import Evidence
from legendary.care.formats.report import Mark, ReportBuilder, highlight, write_report
from legendary.care.model import Conversation, Role, Speaker, Turn
from legendary.care.scorecard import BehaviourResult, Outcome, Scorecard, Sentiment

CUSTOMER = Speaker(Role.CUSTOMER, "Dana")


def delivery_chat(number: int, agent: str) -> Conversation:
    return Conversation(
        id=f"order-{number:03d}",
        turns=(
            Turn(CUSTOMER, "My sofa was due Tuesday and nobody has called. I'm fed up."),
            Turn(Speaker(Role.AGENT, agent), "I'm sorry, that's not my department."),
        ),
    )


def scored(conversation: Conversation, overall: float) -> Scorecard:
    """A scorecard where the agent apologised (turn 1) and deflected in the same turn."""
    agent_turn = conversation.turns[1].text
    sorry = Evidence("apologises", 1, 0, 9, agent_turn[0:9])
    deflect = Evidence("deflects", 1, 11, 35, agent_turn[11:35])
    return Scorecard(
        conversation_id=conversation.id,
        rubric_version="care-1",
        behaviours=(
            BehaviourResult("apologises", "responsive", Outcome.PRESENT, (sorry,)),
            BehaviourResult("acknowledges_feelings", "responsive", Outcome.ABSENT),
            BehaviourResult("gains_agreement", "responsive", Outcome.NOT_APPLICABLE),
            BehaviourResult("deflects", "committed", Outcome.PRESENT, (deflect,), breaker=True),
        ),
        committed=overall,
        attentive=overall,
        responsive=50.0,
        empowered=None,
        overall=overall,
        breakers=("deflects",),
        sentiment_start=Sentiment.NEGATIVE,
        sentiment_end=Sentiment.NEGATIVE,
        flags=("ended_negative",),
        agents=(conversation.turns[1].speaker.name,),
    )


def builder_with(count: int, *, start: int = 0) -> ReportBuilder:
    builder = ReportBuilder(lowest=20)
    for number in range(start, start + count):
        conversation = delivery_chat(number, "Kai" if number % 2 else "Rosa")
        # Scores run downwards so the lowest are the *last* ones streamed in.
        builder.add(scored(conversation, 90.0 - number), conversation)
    return builder


def test_it_keeps_only_the_twenty_lowest_conversations() -> None:
    builder = builder_with(50)
    lowest = builder.lowest()
    assert [low.conversation_id for low in lowest] == [f"order-{n:03d}" for n in range(49, 29, -1)]
    assert lowest[0].overall == 41.0
    assert lowest[0].turns[1] == ("agent", "Kai", "I'm sorry, that's not my department.")


def test_behaviour_rate_counts_only_conversations_where_it_applied() -> None:
    builder = builder_with(4)
    assert builder.present_rate("apologises") == 1.0
    assert builder.present_rate("acknowledges_feelings") == 0.0
    assert builder.present_rate("gains_agreement") is None


def test_merged_partial_builders_equal_one_builder() -> None:
    whole = builder_with(50)
    merged = builder_with(25)
    merged.merge(builder_with(25, start=25))
    assert [low.key for low in merged.lowest()] == [low.key for low in whole.lowest()]
    assert merged.conversations == whole.conversations == 50
    assert merged.outcomes == whole.outcomes
    assert merged.agents["Kai"].conversations == whole.agents["Kai"].conversations == 25
    assert merged.agents["Kai"].mean("overall") == whole.agents["Kai"].mean("overall")


def test_only_flags_worth_a_look_count_as_flagged() -> None:
    """The report's "flagged for a person to take a closer look" left out nothing: a
    conversation whose only flag was a promise to check later counted too."""
    builder = ReportBuilder()
    for number, flags in enumerate([("promise_to_keep",), ("ended_negative", "promise_to_keep")]):
        conversation = delivery_chat(number, "Rosa")
        card = dataclasses.replace(scored(conversation, 80.0), flags=flags)
        builder.add(card, conversation)
    assert builder.flagged == 1
    assert builder.flags["promise_to_keep"] == 2


def test_report_is_self_contained_and_lists_the_lowest(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_report(builder_with(50), path, source="deliveries.jsonl")
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=[\"']https?:", page)
    assert "Plotly.newPlot" in page
    assert len(page) > 1_000_000  # plotly.js itself is embedded
    assert "order-049" in page  # the lowest
    assert "order-030" in page  # the twentieth lowest
    assert "order-029" not in page  # the twenty-first is left out
    assert "deliveries.jsonl" in page
    assert '<mark class="breaker" title="deflects">' in page


def test_conversation_text_is_escaped(tmp_path: Path) -> None:
    conversation = Conversation(
        id='<img src=x onerror="alert(1)">',
        turns=(
            Turn(CUSTOMER, "Is <script>alert('hi')</script> a valid coupon?"),
            Turn(Speaker(Role.AGENT, "Ola & <b>Tom</b>"), "I'm sorry, that's not my department."),
        ),
    )
    builder = ReportBuilder()
    builder.add(scored(conversation, 10.0), conversation)
    page = builder.render(source="<evil>.jsonl")
    assert "<script>alert('hi')</script>" not in page
    assert "&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;" in page
    assert '<img src=x onerror="alert(1)">' not in page
    assert "Ola &amp; &lt;b&gt;Tom&lt;/b&gt;" in page
    assert "<evil>" not in page


def test_highlight_splits_overlapping_evidence() -> None:
    text = "I'll make sure it ships today."
    marks = [
        Mark(0, 0, 14, "takes_ownership", breaker=False),
        Mark(0, 5, 29, "makes_commitment", breaker=False),
    ]
    assert highlight(text, marks) == (
        '<mark class="shown" title="takes ownership">I&#x27;ll </mark>'
        '<mark class="shown" title="takes ownership, makes commitment">make sure</mark>'
        '<mark class="shown" title="makes commitment"> it ships today</mark>.'
    )


def test_highlight_ignores_offsets_outside_the_text() -> None:
    assert highlight("Calm down.", [Mark(0, 5, 99, "minimises_feelings", True)]) == (
        'Calm <mark class="breaker" title="minimises feelings">down.</mark>'
    )


def test_an_empty_run_still_renders_a_kind_page() -> None:
    page = ReportBuilder().render(source="empty.jsonl")
    assert "No conversations yet." in page
    assert "nothing to show" in page


def test_a_prompt_reply_shows_its_chip_but_no_words_marked() -> None:
    """Timing evidence quotes a reply's first 80 characters only to point at it: the report
    marked them, cut mid-word ("I've r|efunded"), as if those words had earned the score."""
    conversation = delivery_chat(7, "Rosa")
    card = scored(conversation, 20.0)
    on_time = Evidence(
        "responds_promptly", 1, 0, 20, "I'm sorry, that's no", detail=(("wait_seconds", "40"),)
    )
    card = dataclasses.replace(
        card,
        behaviours=(
            *card.behaviours,
            BehaviourResult("responds_promptly", "responsive", Outcome.PRESENT, (on_time,)),
        ),
    )
    builder = ReportBuilder()
    builder.add(card, conversation)
    page = builder.render(source="deliveries.jsonl")
    assert '<span class="chip shown">responds promptly</span>' in page
    assert 'title="responds promptly"' not in page
    assert 'title="apologises, responds promptly"' not in page
    assert '<mark class="shown" title="apologises">I&#x27;m sorry</mark>' in page
