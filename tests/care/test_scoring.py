"""Scorecards of small hand-written conversations: outcomes, applicability, scores, flags."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from legendary.care.model import Conversation, Customer, Role, Speaker, Turn, make_conversation
from legendary.care.rubric import DEFAULT, BehaviourRule, Rubric
from legendary.care.scorecard import Outcome, Scorecard, Sentiment
from legendary.care.scoring import (
    ALL_FLAGS,
    FLAGS,
    FOLLOW_UPS,
    score,
    shows_feelings,
    worth_a_look,
)
from legendary.care.standards import Standard

CAKE_SAVED = make_conversation(
    "cake-saved",
    [
        (
            "customer",
            "Hi, I ordered a birthday cake for Saturday and the shop just told me it's been "
            "cancelled. I'm really upset.",
        ),
        (
            "agent",
            "Oh no, I'm so sorry, Maya. That must be really stressful with the party so close. "
            "So the cake you ordered for Saturday was cancelled without warning?",
        ),
        ("customer", "Yes, and nobody told me why. Can you still get it made in time?"),
        (
            "agent",
            "The bakery was short-staffed, which is no excuse for not telling you. I'll make sure "
            "it's made: I'll call the bakery now and confirm your cake by 4pm today. Does that "
            "work for you?",
        ),
        ("customer", "Yes please, thank you."),
        (
            "agent",
            "I've rebooked the cake for Saturday morning and added a free candle set. Thank you "
            "for your patience, Maya.",
        ),
        ("customer", "That's brilliant, thanks so much!"),
    ],
    customer_name="Maya Patel",
)

CAKE_LOST = make_conversation(
    "cake-lost",
    [
        ("customer", "My cake order was cancelled and I'm furious. Why did nobody tell me?"),
        ("agent", "Calm down. That's not my department, you'll have to call the bakery."),
        ("customer", "Can't you at least give me their number?"),
        ("agent", "I'm sorry but that's policy."),
        ("customer", "This is useless. Thanks for nothing."),
    ],
)


def test_a_caring_conversation_shows_ownership_a_dated_promise_and_a_resolution() -> None:
    card = score(CAKE_SAVED)
    assert card.outcome("takes_ownership") is Outcome.PRESENT
    assert card.outcome("makes_commitment") is Outcome.PRESENT
    assert card.outcome("resolves_without_handoff") is Outcome.PRESENT
    (promise,) = next(b for b in card.behaviours if b.behaviour == "makes_commitment").evidence
    assert dict(promise.detail)["by"] == "4pm"
    assert card.breakers == ()
    assert card.committed == 100.0
    assert card.empowered == 100.0
    assert card.overall is not None
    assert card.overall >= 75
    assert card.flags == ("promise_to_keep",)
    assert (card.sentiment_start, card.sentiment_end) == (Sentiment.NEGATIVE, Sentiment.POSITIVE)
    assert card.sentiment_change == 2


def test_no_policy_no_timestamps_means_not_applicable_not_zero() -> None:
    card = score(CAKE_SAVED)
    assert card.outcome("explains_policy_with_alternative") is Outcome.NOT_APPLICABLE
    assert card.outcome("responds_promptly") is Outcome.NOT_APPLICABLE
    # The customer's name is known, so not using it would count.
    assert card.outcome("uses_customer_name") is not Outcome.NOT_APPLICABLE


def test_a_careless_conversation_collects_breakers_and_flags() -> None:
    card = score(CAKE_LOST)
    assert set(card.breakers) >= {"deflects", "minimises_feelings", "blames_policy"}
    assert card.outcome("explains_policy_with_alternative") is Outcome.ABSENT  # policy came up
    assert card.outcome("uses_customer_name") is Outcome.NOT_APPLICABLE  # no name known
    assert card.committed == 0.0
    assert card.empowered == 0.0
    assert card.overall is not None
    assert card.overall < 30
    assert {"breaker", "ended_negative"} <= set(card.flags)
    assert card.overall < (score(CAKE_SAVED).overall or 0)


def test_customer_turns_never_count_for_the_agent() -> None:
    conversation = make_conversation(
        "customer-promises",
        [
            ("customer", "I'll make sure I call you back by Friday with the serial number."),
            ("agent", "Thanks for letting us know."),
        ],
    )
    card = score(conversation)
    assert card.outcome("takes_ownership") is Outcome.ABSENT
    assert card.outcome("makes_commitment") is Outcome.NOT_APPLICABLE


def test_a_conversation_without_an_agent_has_no_scores() -> None:
    card = score(make_conversation("unanswered", [("customer", "Hello? Anyone there?")]))
    assert card.overall is None
    assert card.committed is None
    assert {b.outcome for b in card.behaviours} == {Outcome.NOT_APPLICABLE}
    assert "no_agent_turn" in card.flags


SMALL = Rubric(
    version="test-1",
    rules=(
        BehaviourRule("takes_ownership", "committed", 2.0),
        BehaviourRule("makes_commitment", "committed", 1.0, "future_action_promised"),
        BehaviourRule("deflects", "committed", breaker=True, penalty=30.0),
        BehaviourRule("resolves_without_handoff", "empowered", 1.0),
        BehaviourRule("explains_policy_with_alternative", "empowered", 1.0, "policy_came_up"),
        BehaviourRule("blames_policy", "empowered", breaker=True, penalty=25.0),
        BehaviourRule("rude_language", "responsive", breaker=True, penalty=50.0, cap=40.0),
    ),
)


def one_reply(reply: str, conversation_id: str = "c") -> Conversation:
    return make_conversation(
        conversation_id, [("customer", "My blender arrived broken."), ("agent", reply)]
    )


def test_quality_scores_are_weighted_shares_of_what_applied() -> None:
    card = score(
        one_reply("I'm sorry. Leave it with me, I'll call you back by Friday with a date."), SMALL
    )
    assert card.rubric_version == "test-1"
    assert card.committed == 100.0  # ownership (2) and a dated promise (1), both present
    assert card.empowered == 0.0  # nothing resolved yet; policy never came up (N/A)
    assert card.attentive is None
    assert card.responsive is None
    assert card.overall == 50.0


def test_a_breaker_takes_its_penalty_off_its_quality() -> None:
    reply = (
        "I'll sort out the refund today. The invoice is not my department though, "
        "you'd have to ask billing."
    )
    card = score(one_reply(reply), SMALL)
    assert card.breakers == ("deflects",)
    assert card.committed == 70.0  # 100 for ownership and the promise, minus 30


def test_a_critical_breaker_caps_the_overall_score() -> None:
    card = score(one_reply("I've refunded you. Whatever."), SMALL)
    assert card.responsive == 50.0  # no positive applied: 100 minus the 50 penalty
    assert card.empowered == 100.0
    assert card.committed == 100.0  # "I've refunded you": an act done for them owns it
    assert card.overall == 40.0  # about 83 before the cap
    assert card.extra["capped_by"] == ["rude_language"]
    assert "critical_breaker" in card.flags


def test_a_failing_breaker_fails_the_scorecard() -> None:
    strict_rules = tuple(
        BehaviourRule(r.behaviour, r.quality, r.weight, r.applies_when, True, r.penalty, None, True)
        if r.behaviour == "rude_language"
        else r
        for r in SMALL.rules
    )
    strict = Rubric("test-strict", strict_rules)
    card = score(one_reply("I've refunded you. Whatever."), strict)
    assert card.overall == 0.0
    assert {"failed", "critical_breaker"} <= set(card.flags)


def test_quality_weights_shape_the_overall_score() -> None:
    weights = (("committed", 3.0), ("attentive", 1.0), ("responsive", 1.0), ("empowered", 1.0))
    heavy = Rubric("test-weights", SMALL.rules, quality_weights=weights)
    card = score(one_reply("I'll call you back by Friday with a date."), heavy)
    assert (card.committed, card.empowered) == (100.0, 0.0)
    assert card.overall == 75.0  # (3 * 100 + 1 * 0) / 4


def test_standards_become_behaviours_of_their_quality() -> None:
    thanks = Standard("thanks-for-patience", "", ("thank you for your patience",))
    avoid = Standard("no-jargon", "", ("rma", "sku"), kind="avoid", weight=20.0, cap=60.0)
    house = SMALL.with_standards([thanks, avoid], version="test-house")
    card = score(one_reply("Thank you for your patience. I'll raise an RMA today."), house)
    assert card.outcome("standard:thanks-for-patience") is Outcome.PRESENT
    assert card.outcome("standard:no-jargon") is Outcome.PRESENT
    assert "standard:no-jargon" in card.breakers
    # Committed: ownership 2 + promise 1 + standard 1 all present = 100, minus 20 for jargon.
    assert card.committed == 80.0
    assert card.overall is not None
    assert card.overall <= 60.0


def test_a_rule_without_a_detector_is_reported_not_scored() -> None:
    future = Rubric(
        "test-future", (*SMALL.rules, BehaviourRule("remembers_birthdays", "attentive", 1.0))
    )
    card = score(one_reply("I'll call you back by Friday."), future)
    assert card.outcome("remembers_birthdays") is None
    assert card.extra["unscored"] == ["remembers_birthdays"]


def test_timestamps_make_promptness_applicable() -> None:
    start = datetime(2026, 11, 2, 9, 0)
    conversation = Conversation(
        "timed",
        (
            Turn(Speaker(Role.CUSTOMER), "Is the store open on Sunday?", start),
            Turn(Speaker(Role.AGENT), "Yes, from 10 until 4.", start + timedelta(minutes=1)),
        ),
    )
    assert score(conversation).outcome("responds_promptly") is not Outcome.NOT_APPLICABLE


def test_mood_that_sinks_is_flagged() -> None:
    conversation = make_conversation(
        "sinking",
        [
            ("customer", "Hi! Lovely shop, I'd like to order the oak table please."),
            ("agent", "It's out of stock."),
            ("customer", "That's really disappointing, I'm very annoyed now."),
        ],
    )
    card = score(conversation)
    assert card.sentiment_end is Sentiment.NEGATIVE
    assert card.sentiment_change < 0
    assert {"ended_negative", "sentiment_dropped"} <= set(card.flags)


def test_a_happy_customer_who_ends_plainly_is_not_flagged_as_dropping() -> None:
    # Delight at the start and a plain "please pass it on" at the end is a good
    # conversation: a mood that settles from positive to neutral is nothing to look at.
    conversation = make_conversation(
        "settling",
        [
            ("customer", "Hi! Your team were brilliant yesterday, thank you so much!"),
            ("agent", "That's lovely to hear, thank you for telling us."),
            ("customer", "Please do pass it on to the night team."),
        ],
    )
    card = score(conversation)
    assert card.sentiment_start is Sentiment.POSITIVE
    assert card.sentiment_end is Sentiment.NEUTRAL
    assert card.sentiment_change < 0
    assert "sentiment_dropped" not in card.flags


def test_an_ignored_question_is_flagged() -> None:
    conversation = make_conversation(
        "two-questions",
        [
            ("customer", "Where's my parcel? And can I pay by card instead of PayPal?"),
            ("agent", "Your parcel left our depot this morning and should arrive tomorrow."),
        ],
    )
    card = score(conversation)
    assert card.outcome("ignores_question") is Outcome.PRESENT
    assert "question_ignored" in card.flags


def test_a_kept_promise_is_a_follow_up_reminder_not_a_reason_to_look() -> None:
    """A model conversation ends with a dated promise: the scorecard reminds someone to check
    it was kept, but nothing in it is worth a QA analyst's time."""
    card = score(CAKE_SAVED)
    assert "promise_to_keep" in card.flags
    assert worth_a_look(card.flags) == ()


def test_a_careless_conversation_is_worth_a_look_for_its_breakers_and_mood() -> None:
    card = score(CAKE_LOST)
    assert {"breaker", "ended_negative"} <= set(worth_a_look(card.flags))
    assert "promise_to_keep" not in worth_a_look(("promise_to_keep", *card.flags))


def test_every_flag_is_either_worth_a_look_or_a_follow_up() -> None:
    assert set(FLAGS).isdisjoint(FOLLOW_UPS)
    assert set(ALL_FLAGS) == set(FLAGS) | set(FOLLOW_UPS)
    assert "promise_to_keep" in FOLLOW_UPS
    assert {"breaker", "question_ignored", "no_agent_turn", "sentiment_dropped"} <= set(FLAGS)
    # Every flag the engine raised on these conversations is one of the documented names.
    for conversation in (CAKE_SAVED, CAKE_LOST):
        assert set(score(conversation).flags) <= set(ALL_FLAGS)
    assert worth_a_look(["made_up", "failed"]) == ("failed",)


@pytest.mark.parametrize("conversation", [CAKE_SAVED, CAKE_LOST])
def test_a_scorecard_survives_a_json_round_trip(conversation: Conversation) -> None:
    card = score(conversation)
    again = Scorecard.from_dict(json.loads(json.dumps(card.as_dict())))
    assert again == card


def test_a_stored_scorecard_missing_a_field_is_a_clear_error() -> None:
    data = score(CAKE_SAVED).as_dict()
    del data["rubric_version"]
    with pytest.raises(ValueError, match="scorecard: missing field 'rubric_version'"):
        Scorecard.from_dict(data)


def test_the_customer_name_comes_from_the_customer_record_or_their_turns() -> None:
    named = Conversation(
        "named",
        (
            Turn(Speaker(Role.CUSTOMER, "Femi"), "My code doesn't work."),
            Turn(Speaker(Role.AGENT), "Sorry Femi, I've sent you a new code."),
        ),
        customer=Customer(),
    )
    assert score(named).outcome("uses_customer_name") is Outcome.PRESENT
    assert DEFAULT.rule("uses_customer_name") is not None


@pytest.mark.parametrize(
    ("text", "feeling"),
    [
        ("I'm really worried it won't arrive before the funeral.", True),
        ("Honestly this is so frustrating.", True),
        ("I'm over the moon with it, thank you!", True),
        ("I feel let down.", True),
        ("My order number is 4471.", False),
        ("I am looking for the blue one.", False),
        ("I'm not sure which size to pick.", False),
    ],
)
def test_shows_feelings_reads_the_customers_words(text: str, feeling: bool) -> None:
    assert shows_feelings(text) is feeling


def test_a_feeling_in_the_middle_makes_acknowledging_it_applicable() -> None:
    conversation = make_conversation(
        "worried-mid-way",
        [
            ("customer", "Hi, can I check the delivery date for order 5512?"),
            ("agent", "It's due on Thursday."),
            ("customer", "Oh, I'm quite anxious about that, it's a gift for Wednesday."),
            ("agent", "I've upgraded it to next-day delivery, so it arrives on Tuesday."),
            ("customer", "Okay, thanks."),
        ],
    )
    assert score(conversation).outcome("acknowledges_feelings") is Outcome.ABSENT


def test_a_reply_heard_before_is_credited_on_its_own_turn_and_to_its_own_customer() -> None:
    # The contextual detectors' findings are remembered per (reply, customer turn, name):
    # the evidence must still carry this conversation's turn and customer.
    reply = "Maria, so the parcel never arrived and the tracking stopped on Monday."
    asked = "My parcel never arrived, the tracking stopped on Monday."
    early = make_conversation(
        "early", [("customer", asked), ("agent", reply)], customer_name="Maria Lopez"
    )
    late = make_conversation(
        "late",
        [("customer", "Hi"), ("agent", "Hello!"), ("customer", asked), ("agent", reply)],
        customer_name="Maria Lopez",
    )
    stranger = make_conversation(
        "stranger", [("customer", asked), ("agent", reply)], customer_name="Sam Reed"
    )
    cards = {c.id: score(c) for c in (early, late, stranger)}

    def turns(card: Scorecard, behaviour: str) -> list[int]:
        result = next(r for r in card.behaviours if r.behaviour == behaviour)
        return [e.turn for e in result.evidence]

    assert turns(cards["early"], "paraphrases") == [1]
    assert turns(cards["late"], "paraphrases") == [3]
    assert turns(cards["early"], "uses_customer_name") == [1]
    assert turns(cards["late"], "uses_customer_name") == [3]
    assert turns(cards["stranger"], "uses_customer_name") == []
    assert turns(cards["stranger"], "paraphrases") == [1]


def test_a_reply_to_the_same_customer_turn_is_read_once_whatever_the_customer_is_called(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Only `uses_customer_name` reads the name: the detectors that read the customer's
    # turn are remembered per (reply, customer turn), so a saved reply to a common
    # question is not read again for every new customer.
    from legendary.care.behaviours import attentive
    from legendary.care.scoring import forget

    calls: list[tuple[str, str]] = []
    real = attentive.reflection

    def counted(text: str, context: str) -> object:
        calls.append((text, context))
        return real(text, context)

    monkeypatch.setattr(attentive, "reflection", counted)
    asked = "My order still hasn't shipped and it has been ten days."
    reply = "Thanks, Priya. So it has been ten days and your order still hasn't shipped."
    forget()
    cards = [
        score(make_conversation(name, [("customer", asked), ("agent", reply)], customer_name=name))
        for name in ("Priya Shah", "Tom Okafor", "Priya Nair")
    ]
    assert calls == [(reply, asked)]
    assert [c.outcome("paraphrases") for c in cards] == [Outcome.PRESENT] * 3
    quoted = [
        [e.quote for r in c.behaviours if r.behaviour == "uses_customer_name" for e in r.evidence]
        for c in cards
    ]
    assert quoted == [["Priya"], [], ["Priya"]]


def _outcomes(said: str, reply: str) -> dict[str, Outcome]:
    card = score(make_conversation("x", [("customer", said), ("agent", reply)]))
    return {r.behaviour: r.outcome for r in card.behaviours}


LATE = "My order is three weeks late and nobody answers my e-mails."
DEVASTATED = "The app deleted all my photos, I'm devastated."
FURIOUS = "I'm furious, the refund still hasn't arrived."
NERVOUS = "I'm nervous about switching my account over."
BEREAVED = "I'm gutted, my dog died last week and the vet bill came today."
STRESSED = "I'm so stressed, the boiler broke and it's freezing."


@pytest.mark.parametrize(
    ("said", "reply", "breaker", "credited"),
    [
        # A sincere apology or sympathy in its own clause keeps its credit beside the
        # breaker in the same sentence; the breaker still counts.
        pytest.param(
            LATE,
            "I'm so sorry your order is this late and I'm sorry if you feel ignored.",
            "non_apology",
            ("apologises",),
            id="apology-and-non-apology",
        ),
        pytest.param(
            FURIOUS,
            "I completely understand why you're furious, and I apologise if you feel we've "
            "been slow.",
            "non_apology",
            ("acknowledges_feelings",),
            id="understand-and-non-apology",
        ),
        pytest.param(
            DEVASTATED,
            "That sounds devastating and I'm so sorry - sorry if you feel we've let you down.",
            "non_apology",
            ("apologises", "acknowledges_feelings"),
            id="devastating-sorry-dash-non-apology",
        ),
        pytest.param(
            BEREAVED,
            "I'm so sorry for your loss, but honestly it's only a small bill.",
            "minimises_feelings",
            ("acknowledges_feelings",),
            id="condolence-and-minimising",
        ),
        pytest.param(
            NERVOUS,
            "I hear you, it's natural to feel nervous, but honestly there's no need to worry, "
            "it's just a form.",
            "minimises_feelings",
            ("acknowledges_feelings",),
            id="natural-to-feel-and-minimising",
        ),
    ],
)
def test_credit_beside_a_breaker_in_the_same_sentence_is_kept(
    said: str, reply: str, breaker: str, credited: tuple[str, ...]
) -> None:
    got = _outcomes(said, reply)
    assert got[breaker] is Outcome.PRESENT
    assert {b: got[b] for b in credited} == dict.fromkeys(credited, Outcome.PRESENT)


@pytest.mark.parametrize(
    ("said", "reply", "breaker", "uncredited"),
    [
        # The breaker's own words earn nothing, whatever else the sentence holds.
        pytest.param(
            FURIOUS,
            "I completely understand why you're furious, and I apologise if you feel we've "
            "been slow.",
            "non_apology",
            "apologises",
            id="apologise-if-you-feel",
        ),
        pytest.param(
            "The checkout form is a mess, I gave up twice.",
            "I'm sorry if you found the form confusing, you can also order by phone.",
            "non_apology",
            "apologises",
            id="sorry-if-you-found-then-an-offer",
        ),
        pytest.param(
            STRESSED,
            "Calm down, it's only a boiler.",
            "minimises_feelings",
            "acknowledges_feelings",
            id="calm-down-only-a-boiler",
        ),
    ],
)
def test_the_breakers_own_words_earn_no_credit(
    said: str, reply: str, breaker: str, uncredited: str
) -> None:
    got = _outcomes(said, reply)
    assert got[breaker] is Outcome.PRESENT
    assert got[uncredited] is not Outcome.PRESENT
