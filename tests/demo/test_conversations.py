"""The demo conversation generator: deterministic, varied, and telling agents apart."""

from __future__ import annotations

import hashlib
import os
import random
import re
import statistics
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from legendary.care.behaviours.base import registry
from legendary.care.behaviours.responsive import RESPONSE_TARGETS, reply_delays
from legendary.care.detect import detect
from legendary.care.model import Channel, Conversation, Role
from legendary.demo import scenarios, styles, voices
from legendary.demo.conversations import (
    AgentProfile,
    CustomerProfile,
    _Writer,
    default_agents,
    generate_conversations,
)

END = datetime(2026, 10, 1, 18, 0, tzinfo=UTC)
START = END - timedelta(days=90)
STYLE_OF = {agent.name: agent.style for agent in default_agents()}


def sample(seed: int = 11, count: int = 600, *, long: bool = False) -> list[Conversation]:
    return list(generate_conversations(seed, count, start=START, end=END, long=long))


@pytest.fixture(scope="module")
def conversations() -> list[Conversation]:
    return sample()


def agent_text(conversation: Conversation) -> str:
    return " ".join(t.text for t in conversation.turns if t.is_agent)


def style(conversation: Conversation) -> str:
    names = conversation.agent_names()
    return STYLE_OF[names[0]] if names else ""


def share(conversations: list[Conversation], wanted: str, pattern: str) -> float:
    """How many of one style's conversations contain an agent phrase matching `pattern`."""
    mine = [c for c in conversations if style(c) == wanted]
    hits = sum(bool(re.search(pattern, agent_text(c), re.IGNORECASE)) for c in mine)
    return hits / len(mine)


def scenario_of(conversation: Conversation) -> str:
    """The scenario a conversation was written from, recognised by its tags."""
    matches = [s for s in scenarios.SCENARIOS if conversation.tags[: len(s.tags)] == tuple(s.tags)]
    return max(matches, key=lambda s: len(s.tags)).key


def digest(conversations: list[Conversation]) -> str:
    return hashlib.sha256(repr(conversations).encode()).hexdigest()


def test_the_same_seed_writes_identical_conversations() -> None:
    assert sample(5, 120) == sample(5, 120)


def test_a_different_seed_writes_different_conversations() -> None:
    first, second = sample(5, 50), sample(6, 50)
    assert sum(a.turns != b.turns for a, b in zip(first, second, strict=True)) > 40


def test_the_first_conversations_do_not_depend_on_how_many_are_asked_for() -> None:
    assert sample(5, 300)[:40] == sample(5, 40)


def test_another_process_with_other_hash_seed_writes_the_same_conversations() -> None:
    code = (
        "import hashlib, datetime as d\n"
        "from legendary.demo.conversations import generate_conversations\n"
        "end = d.datetime(2026, 10, 1, 18, 0, tzinfo=d.UTC)\n"
        "cs = list(generate_conversations(5, 120, start=end - d.timedelta(days=90), end=end))\n"
        "print(hashlib.sha256(repr(cs).encode()).hexdigest())\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == digest(sample(5, 120))


def test_the_generator_never_imports_django() -> None:
    code = (
        "import sys\n"
        "import legendary.demo.conversations, legendary.demo.organisation\n"
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_it_uses_at_least_fifteen_scenarios_and_every_channel(
    conversations: list[Conversation],
) -> None:
    assert len(scenarios.SCENARIOS) >= 15
    assert len({scenario_of(c) for c in conversations}) >= 15
    assert {c.channel.value for c in conversations} == {
        "email",
        "chat",
        "phone",
        "social",
        "in_person",
    }
    assert {style(c) for c in conversations} >= set(styles.STYLES)


def test_every_scenario_has_several_variants_of_each_step() -> None:
    for s in scenarios.SCENARIOS:
        assert len(s.openings) >= 3, s.key
        assert len(s.details) >= 3, s.key
        assert len(s.subjects) >= 3, s.key
        assert len(s.paraphrases) >= 2, s.key


def test_chats_are_six_to_twenty_turns_and_long_mode_averages_about_26(
    conversations: list[Conversation],
) -> None:
    chats = [len(c) for c in conversations if c.channel.value == "chat" and c.status != "open"]
    assert min(chats) >= 6
    assert max(chats) <= 22
    assert 10 <= statistics.mean(chats) <= 18
    long = sample(5, 200, long=True)
    assert 24 <= statistics.mean(len(c) for c in long) <= 30


def test_turns_are_in_time_order_inside_the_window(conversations: list[Conversation]) -> None:
    for c in conversations:
        times = [t.timestamp for t in c.turns]
        assert all(t is not None and START <= t <= END for t in times), c.id
        assert times == sorted(times), c.id  # type: ignore[type-var]


CARE = (styles.LEGENDARY, styles.POOR)  # (more often, less often)
BREAKS = (styles.POOR, styles.LEGENDARY)


@pytest.mark.parametrize(
    ("behaviour", "pattern", "order"),
    [
        ("open question", r"can you tell me a bit more|walk me through|how can i help put", CARE),
        ("paraphrase", r"if i've understood you properly|just so i'm sure i've got this", CARE),
        ("acknowledges feelings", r"i can hear how frustrating|i'd feel exactly the same", CARE),
        ("ownership", r"leave it with me|i'll take care of this personally", CARE),
        ("commitment", r"i'll [^.]* by (midday tomorrow|5pm today|the end of \w+day)", CARE),
        ("options", r"which would suit you better|what would you prefer", CARE),
        ("gains agreement", r"does that work for you\?|are you happy with that\?", CARE),
        ("thanks", r"thank you for your patience|thanks so much for letting us know", CARE),
        ("blames policy", r"that's (just )?our policy|it's company policy|the policy", BREAKS),
        ("not my department", r"not my department|i don't deal with that", BREAKS),
        ("minimises feelings", r"calm down|no need to get so worked up", BREAKS),
        ("non-apology", r"sorry you feel that way|sorry if you're upset", BREAKS),
        ("blames the customer", r"you should have|you must have", BREAKS),
        ("jargon", r"\bRMA\b|status code 14|\bNFF\b", BREAKS),
    ],
)
def test_legendary_agents_show_care_and_poor_agents_break_it(
    conversations: list[Conversation], behaviour: str, pattern: str, order: tuple[str, str]
) -> None:
    more, less = (share(conversations, style, pattern) for style in order)
    assert more > 0.05, behaviour
    assert more > 2.5 * less, behaviour


def policy_explanations(conversation: Conversation) -> list[str]:
    """The styles of the agents whose turns the CARE engine finds explaining a rule with an
    alternative (by the turn's own speaker: a conversation may change hands)."""
    return [
        STYLE_OF.get(turn.speaker.name, "")
        for turn in conversation.turns
        if turn.is_agent and detect(turn.text, behaviours=(styles.EXPLAINS_POLICY,))
    ]


def test_good_agents_explain_a_rule_with_what_they_can_do_and_poor_agents_never_do(
    conversations: list[Conversation],
) -> None:
    explained = Counter(s for c in conversations for s in policy_explanations(c))
    served = Counter(style(c) for c in conversations)
    assert explained[styles.LEGENDARY] / served[styles.LEGENDARY] > 0.15
    assert 0 < explained[styles.AVERAGE] < explained[styles.LEGENDARY]
    assert explained[styles.POOR] == 0


@pytest.mark.parametrize(
    "scenario", [s for s in scenarios.SCENARIOS if s.limits], ids=lambda s: s.key
)
def test_every_rule_a_scenario_explains_reads_as_an_explanation_not_a_wall(
    scenario: scenarios.Scenario,
) -> None:
    a, b = scenario.options[0]
    for limit in scenario.limits:
        for frame in (*styles.POLICY_OPTION_FRAMES, *styles.POLICY_FIX_FRAMES):
            said = frame.format(limit=limit, a=a, b=b)
            found = {e.behaviour for e in detect(said)}
            assert styles.EXPLAINS_POLICY in found, said
            assert "blames_policy" not in found, said


def served_by_one_legendary_agent(behaviour: str, chance: float) -> list[Conversation]:
    """150 conversations served by one legendary agent whose chance of `behaviour` is
    `chance` (never 0, always 1), everything else as the style has it."""
    agent = AgentProfile(
        "Amara Okafor",
        styles.LEGENDARY,
        ("chat", "email", "phone"),
        tendencies=((behaviour, chance),),
    )
    return list(generate_conversations(3, 150, agents=[agent], start=START, end=END))


def shape(c: Conversation) -> tuple[object, ...]:
    """What rewording must never move: the status and every turn's speaker role and time."""
    return (c.status, [(t.role, t.timestamp) for t in c.turns])


def test_explaining_a_rule_rewords_the_offer_without_moving_turns_or_timings() -> None:
    never, always = (served_by_one_legendary_agent(styles.EXPLAINS_POLICY, p) for p in (0, 1))
    assert [shape(c) for c in never] == [shape(c) for c in always]
    assert not any(policy_explanations(c) for c in never)
    assert sum(bool(policy_explanations(c)) for c in always) > 40


def need_acknowledgements(conversation: Conversation) -> list[str]:
    """The styles of the agents whose turns the CARE engine finds saying back what the
    customer needs, each turn read after the customer's previous turn as the engine does."""
    heard = ""
    found: list[str] = []
    for turn in conversation.turns:
        if turn.is_customer:
            heard = turn.text
        elif turn.is_agent and detect(turn.text, heard, behaviours=(styles.NEED,)):
            found.append(STYLE_OF.get(turn.speaker.name, ""))
    return found


# The need said back, in any of the frames: what switching it on adds to a message.
NEED_SAID = re.compile(
    "|".join(
        re.escape(frame).replace(re.escape("{need}"), "[^.]+") + " " for frame in styles.NEED_FRAMES
    )
)


def test_good_agents_often_say_back_what_the_customer_needs_and_poor_agents_rarely(
    conversations: list[Conversation],
) -> None:
    # By the agent who said it: a colleague may have taken the conversation over.
    heard = Counter(s for c in conversations for s in set(need_acknowledgements(c)))
    framed = Counter(
        STYLE_OF.get(t.speaker.name, "")
        for c in conversations
        for t in c.turns
        if t.is_agent and NEED_SAID.search(t.text)
    )
    served = Counter(style(c) for c in conversations)
    rate = {s: heard[s] / served[s] for s in styles.STYLES}
    assert rate[styles.LEGENDARY] > 0.45
    assert 0.12 < rate[styles.AVERAGE] < rate[styles.LEGENDARY] - 0.2
    assert rate[styles.POOR] < rate[styles.AVERAGE]
    # The new frames themselves: poor agents hardly ever say the need back.
    assert framed[styles.POOR] / served[styles.POOR] < 0.05
    assert framed[styles.LEGENDARY] / served[styles.LEGENDARY] > 0.4


@pytest.mark.parametrize(
    "scenario", [s for s in scenarios.SCENARIOS if s.needs], ids=lambda s: s.key
)
def test_every_need_a_scenario_says_back_reads_as_heard_and_breaks_nothing(
    scenario: scenarios.Scenario,
) -> None:
    agent = AgentProfile("Robin Lake")
    writer = _Writer(
        random.Random(1),
        random.Random(2),
        agent,
        CustomerProfile("C1", "Ada Marsh"),
        scenario,
        "chat",
        START,
        False,
        (agent,),
    )
    breakers = {b.id for b in registry().values() if b.breaker}
    # What the customer said last: their details, or a short reaction with no shared word.
    said_last = [*(writer.fill(d) for d in scenario.details), "Ok, go on then."]
    for need in scenario.needs:
        for frame in styles.NEED_FRAMES:
            said = frame.format(need=writer.fill(need))
            for context in said_last:
                found = {e.behaviour for e in detect(said, context)}
                assert styles.NEED in found, (said, context)
                assert not found & breakers, (said, context, found & breakers)


def test_every_scenario_with_a_way_forward_knows_what_the_customer_needs() -> None:
    for s in scenarios.SCENARIOS:
        assert bool(s.needs) == (s.kind != scenarios.COMPLIMENT), s.key


def test_saying_back_the_need_adds_a_sentence_without_moving_turns_or_timings() -> None:
    never, always = (served_by_one_legendary_agent(styles.NEED, p) for p in (0, 1))
    assert [shape(c) for c in never] == [shape(c) for c in always]
    # Every other word stays as it was, the rule explanations included.
    assert [[t.text for t in c.turns] for c in never] == [
        [NEED_SAID.sub("", t.text) for t in c.turns] for c in always
    ]
    assert not any(NEED_SAID.search(agent_text(c)) for c in never)
    assert sum(bool(need_acknowledgements(c)) for c in always) > 120


def test_a_paraphrase_says_back_what_the_customer_said(conversations: list[Conversation]) -> None:
    frame = re.compile(
        r"(?:if i've understood you properly|just so i'm sure i've got this "
        r"right:|let me check i've got this —) ([^.]+)",
        re.IGNORECASE,
    )
    checked = 0
    for c in conversations:
        heard = ""
        for turn in c.turns:
            if turn.is_customer:
                heard += " " + turn.text.lower()
            elif turn.is_agent and (found := frame.search(turn.text)):
                said = set(re.findall(r"[a-z]{5,}", found.group(1).lower()))
                assert said & set(re.findall(r"[a-z]{5,}", heard)), (c.id, found.group(1))
                checked += 1
    assert checked > 50


def test_some_conversations_change_hands_warmly_or_coldly(
    conversations: list[Conversation],
) -> None:
    handed = [c for c in conversations if len(c.agent_names()) == 2]
    assert 0.02 < len(handed) / len(conversations) < 0.15
    warm = [c for c in handed if "has told me everything" in agent_text(c)]
    cold = [
        c
        for c in handed
        if any(t.is_customer and t.text.startswith(voices.REPEATING) for t in c.turns)
    ]
    assert warm
    assert cold
    assert all(style(c) == styles.LEGENDARY for c in warm)
    assert all(any(t.role is Role.SYSTEM for t in c.turns) for c in handed)


def test_poor_agents_leave_customer_questions_unanswered(conversations: list[Conversation]) -> None:
    # A side question answered shows up as its scripted answer in the agent's next turn.
    answered: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    answers = {q: a for s in scenarios.SCENARIOS for q, a in s.side_questions}
    for c in conversations:
        for turn, reply in zip(c.turns, c.turns[1:], strict=False):
            for question, answer in answers.items():
                if turn.is_customer and question[:25] in turn.text and "{" not in question:
                    asked[style(c)] += 1
                    answered[style(c)] += reply.is_agent and answer[:25] in reply.text
    legendary_rate = answered[styles.LEGENDARY] / asked[styles.LEGENDARY]
    poor_rate = answered[styles.POOR] / asked[styles.POOR]
    assert legendary_rate > 0.8
    assert poor_rate < 0.4


def test_poor_agents_reply_more_slowly_on_chat(conversations: list[Conversation]) -> None:
    def mean_reply(wanted: str) -> float:
        gaps = [
            (b.timestamp - a.timestamp).total_seconds()  # type: ignore[operator]
            for c in conversations
            if c.channel.value == "chat" and style(c) == wanted
            for a, b in zip(c.turns, c.turns[1:], strict=False)
            if a.is_customer and b.is_agent
        ]
        return statistics.mean(gaps)

    assert mean_reply(styles.POOR) > 2 * mean_reply(styles.LEGENDARY)


def test_customers_end_happier_with_legendary_agents(conversations: list[Conversation]) -> None:
    happy = {
        line.split("{")[0]
        for band in (voices.DELIGHTED, voices.WARM)
        for line in voices.CLOSINGS[band]
    }

    def happy_share(wanted: str) -> float:
        mine = [c for c in conversations if style(c) == wanted and c.turns[-1].is_customer]
        return sum(any(c.turns[-1].text.startswith(h) for h in happy) for c in mine) / len(mine)

    assert happy_share(styles.LEGENDARY) > 0.6
    assert happy_share(styles.POOR) < 0.25


def test_customers_differ_in_temperament(conversations: list[Conversation]) -> None:
    openings = " ".join(next(t.text for t in c.turns if t.is_customer) for c in conversations)
    for temperament in voices.TEMPERAMENTS:
        prefixes = voices.OPENING_PREFIXES[temperament]
        assert any(p in openings for p in prefixes), temperament


def test_some_texts_carry_personal_data_for_redaction_to_remove(
    conversations: list[Conversation],
) -> None:
    text = " ".join(t.text for c in conversations for t in c.turns if t.role is Role.CUSTOMER)
    assert re.search(r"[\w.]+@(example\.(com|org|net)|mail\.example)", text)
    assert "07700 900" in text
    assert "4111 1111 1111 1111" in text or "5555 5555 5555 4444" in text


def test_an_agent_with_an_unknown_style_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"agent 'Robin Lake': style 'great'"):
        AgentProfile("Robin Lake", style="great")


def test_an_agent_with_an_unknown_tendency_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"agent 'Robin Lake': tendency 'charm'"):
        AgentProfile("Robin Lake", tendencies=(("charm", 0.5),))


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        list(generate_conversations(1, 1, start=datetime(2026, 1, 1), end=datetime(2026, 2, 1)))


@pytest.mark.parametrize("channel", ["phone", "in_person"])
def test_a_live_reply_meets_the_minute_unless_the_agent_left_the_customer_waiting(
    channel: str,
) -> None:
    """Walked in session 21: on the demo's calls a poor agent's ordinary look-up took up to
    72 s (late against the engine's one-minute live target) while a slow reply, meant as a
    breaker, could take 45 s (prompt). Now an ordinary reply of the slowest style stays
    within the minute and a slow one, a customer left without a word, always misses it."""
    target = RESPONSE_TARGETS[Channel(channel)]
    for chance in (0.0, 1.0):
        agent = AgentProfile(
            "Pat Poor", styles.POOR, (channel,), tendencies=((styles.SLOW_REPLY, chance),)
        )
        calls = list(generate_conversations(5, 80, agents=[agent], start=START, end=END))
        longest = [max(wait for _, wait in reply_delays(c)) for c in calls if reply_delays(c)]
        assert len(longest) > 60
        if chance:
            assert min(longest) > target, channel
        else:
            assert max(longest) <= target, channel
