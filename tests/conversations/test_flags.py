"""Flags as rows: scoring stores one `ConversationFlag` per flag of a scorecard, the data
migration fills them for scorecards stored before, and the lists filter and count by them on
any database. "Worth a human look" counts only the flags that are (a promise to check later
is a follow-up reminder, not a quality problem)."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

from django.apps import apps
from django.db import connection

from legendary.care.scoring import ALL_FLAGS
from legendary.conversations.models import Conversation, ConversationFlag, Turn
from legendary.conversations.scoring import score_conversations
from legendary.conversations.selectors import (
    FLAG_LABELS,
    ConversationFilters,
    filter_conversations,
    flag_counts,
)
from web.conftest import World, make_conversation, make_scorecard

# A happy customer and a dated promise: the only flag is the reminder to check it was kept.
PROMISE_KEPT = (
    "Hi, my order HP-1234 hasn't arrived yet. Could you check where it is?",
    "Of course. I'll call the courier and email you an update by 4pm today.",
    "Lovely, thank you so much!",
)
# A customer who leaves angry after a curt reply.
LEFT_ANGRY = (
    "Hi! Lovely shop, I'd like to order the oak table please.",
    "It's out of stock.",
    "That's really disappointing, I'm very annoyed now.",
)


def _stored_flags(conversation: Conversation) -> set[str]:
    return set(
        ConversationFlag.objects.filter(conversation=conversation).values_list("flag", flat=True)
    )


def _subjects(conversations: object) -> set[str]:
    return {c.subject for c in conversations}  # type: ignore[attr-defined]


def test_scoring_stores_a_row_per_flag_and_rescoring_replaces_them(world: World) -> None:
    conversation = make_conversation(world.frontline, texts=LEFT_ANGRY)
    score_conversations([conversation.pk])
    stored = conversation.scorecard.flags
    assert {"ended_negative", "sentiment_dropped"} <= set(stored)
    assert _stored_flags(conversation) == set(stored)
    # The customer's last word becomes a happy one: scoring again replaces the rows.
    Turn.objects.filter(conversation=conversation, position=2).update(
        text="Oh that's fine, thank you so much, you've been lovely!"
    )
    score_conversations([conversation.pk])
    score_conversations([conversation.pk])
    conversation.refresh_from_db()
    assert "ended_negative" not in _stored_flags(conversation)
    assert _stored_flags(conversation) == set(conversation.scorecard.flags)
    assert ConversationFlag.objects.filter(conversation=conversation).count() == len(
        set(conversation.scorecard.flags)
    )


def test_the_data_migration_fills_the_rows_of_scorecards_stored_before_it(world: World) -> None:
    before = make_scorecard(
        make_conversation(world.frontline), flags=["breaker", "promise_to_keep", "breaker"]
    )
    quiet = make_scorecard(make_conversation(world.colleague))
    ConversationFlag.objects.all().delete()  # as the table was just after its creation
    migration = importlib.import_module(
        "legendary.conversations.migrations.0004_conversation_flags"
    )
    # The function reads only the editor's connection; SQLite's real schema editor cannot
    # open inside the test's transaction.
    migration.fill_flag_rows(apps, SimpleNamespace(connection=connection))
    assert _stored_flags(before.conversation) == {"breaker", "promise_to_keep"}
    assert _stored_flags(quiet.conversation) == set()


def test_worth_a_human_look_leaves_out_a_promise_to_check(world: World) -> None:
    make_scorecard(make_conversation(world.frontline, subject="Promise"), flags=["promise_to_keep"])
    make_scorecard(
        make_conversation(world.frontline, subject="Angry"),
        flags=["ended_negative", "promise_to_keep"],
    )
    make_scorecard(
        make_conversation(world.frontline, subject="Unanswered"), flags=["no_agent_turn"]
    )
    everyone = Conversation.objects.filter(organisation=world.org)
    flagged = filter_conversations(everyone, ConversationFilters(flagged=True))
    assert _subjects(flagged) == {"Angry", "Unanswered"}


def test_a_flag_filter_lists_only_the_conversations_carrying_that_flag(world: World) -> None:
    make_scorecard(make_conversation(world.frontline, subject="Promise"), flags=["promise_to_keep"])
    make_scorecard(
        make_conversation(world.colleague, subject="Angry"),
        flags=["ended_negative", "promise_to_keep"],
    )
    everyone = Conversation.objects.filter(organisation=world.org)
    promises = filter_conversations(everyone, ConversationFilters(flag="promise_to_keep"))
    assert _subjects(promises) == {"Promise", "Angry"}
    angry = filter_conversations(everyone, ConversationFilters(flag="ended_negative"))
    assert _subjects(angry) == {"Angry"}
    # Combined with the other filters (here the agent), as every filter is.
    frontline_angry = ConversationFilters(flag="ended_negative", agent=world.frontline.pk)
    assert not filter_conversations(everyone, frontline_angry).exists()


def test_flag_counts_say_where_to_look_first(world: World) -> None:
    make_scorecard(make_conversation(world.frontline), flags=["promise_to_keep"])
    make_scorecard(make_conversation(world.frontline), flags=["ended_negative", "breaker"])
    make_scorecard(make_conversation(world.colleague), flags=["ended_negative"])
    counts = flag_counts(Conversation.objects.filter(organisation=world.org))
    by_flag = {c.flag: c.count for c in counts.flags}
    assert counts.worth_a_look == 2  # a conversation with two flags counts once
    assert by_flag["ended_negative"] == 2
    assert by_flag["breaker"] == 1
    assert by_flag["promise_to_keep"] == 1
    assert by_flag["question_ignored"] == 0  # every flag is listed, zeros included
    assert [c.flag for c in counts.follow_ups] == ["promise_to_keep"]
    assert "promise_to_keep" not in {c.flag for c in counts.to_look_at}
    # Only the conversations asked about are counted (here the colleague's one).
    theirs = flag_counts(Conversation.objects.filter(agents=world.colleague))
    assert theirs.worth_a_look == 1
    assert {c.flag: c.count for c in theirs.flags}["breaker"] == 0


def test_every_flag_the_engine_raises_has_a_label_on_the_list() -> None:
    assert set(FLAG_LABELS) == set(ALL_FLAGS)
