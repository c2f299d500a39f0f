"""`GET /api/deleted`: the tombstones a sync needs to learn that something is gone.

Before, a nightly `updated_since` pull never learned of a deletion: a conversation deleted
in Django's admin stayed in the warehouse for ever, and so did the scorecard an import
dropped when it took the conversation in again (new messages), though the web no longer
counted it. Now both leave a tombstone (kind, conversation id, when, why), kept 90 days and
shown to whoever could read the conversation.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conversations.test_importer import write_jsonl
from legendary.api.deletions import KEEP_DAYS
from legendary.api.models import Deletion
from legendary.conversations import importer
from legendary.conversations.erasure import erase_customer, erasure_plan
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import Conversation, Scorecard
from legendary.conversations.reviews import delete_review
from legendary.conversations.scoring import score_conversations
from legendary.people.models import Organisation
from web.conftest import World, make_conversation, make_customer, make_scorecard
from web.test_agreement_page import make_review

ASKED = {
    "speaker": "customer",
    "text": "The lamp I ordered flickers as soon as it warms up. What can I do?",
    "timestamp": "2026-11-02T08:00:00Z",
}
ANSWERED = {
    "speaker": "agent",
    "name": "Fran Frontline",
    "text": "Sorry about that. Please send a short video and I will arrange a swap today.",
    "timestamp": "2026-11-02T08:20:00Z",
}
SENT = {
    "speaker": "customer",
    "text": "Video sent just now.",
    "timestamp": "2026-11-02T09:00:00Z",
}


def _ticket(*turns: dict[str, str]) -> dict[str, object]:
    return {"id": "LAMP-4", "channel": "email", "status": "open", "turns": list(turns)}


def _feed(client: Client, **params: str) -> list[dict[str, Any]]:
    answer = client.get("/api/deleted", params)
    assert answer.status_code == 200, answer.content
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


@pytest.fixture
def reimported(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    """Fran's ticket, imported and scored, then taken in again by a bigger import that
    leaves the scoring to the background worker (not run here)."""
    import_conversations(world.org, write_jsonl(tmp_path / "mon.jsonl", _ticket(ASKED, ANSWERED)))
    stored = Conversation.objects.get(external_id="LAMP-4")
    assert Scorecard.objects.filter(conversation=stored).exists()
    monkeypatch.setattr(importer, "score_imported", lambda *args: None)
    tuesday = write_jsonl(tmp_path / "tue.jsonl", _ticket(ASKED, ANSWERED, SENT))
    assert import_conversations(world.org, tuesday).conversations_updated == 1
    return stored


def test_a_scorecard_dropped_by_a_reimport_is_in_the_feed(
    reimported: Conversation, leader: Client, frontline: Client, manager: Client, colleague: Client
) -> None:
    (row,) = _feed(leader)
    assert row["kind"] == "scorecard"
    assert row["conversation_id"] == reimported.pk
    assert row["reason"] == "reimported"
    assert dt.datetime.fromisoformat(row["deleted_at"]) > timezone.now() - dt.timedelta(minutes=1)
    scorecards = leader.get("/api/scorecards").json()["items"]
    assert reimported.pk not in {s["conversation_id"] for s in scorecards}
    # Whoever could read the conversation: Fran served it, Maya manages her; not Cole.
    assert [r["conversation_id"] for r in _feed(frontline)] == [reimported.pk]
    assert [r["conversation_id"] for r in _feed(manager)] == [reimported.pk]
    assert _feed(colleague) == []


def test_scored_again_the_scorecard_leaves_the_feed(
    reimported: Conversation, leader: Client
) -> None:
    score_conversations([reimported.pk])
    assert _feed(leader) == []
    assert Deletion.objects.count() == 1  # kept, but nothing is left to delete


def test_a_deleted_conversation_is_in_the_feed_for_those_who_could_read_it(
    world: World, leader: Client, frontline: Client, colleague: Client, outsider: Client
) -> None:
    gone = make_conversation(world.colleague, subject="Wrong size boots")
    make_scorecard(gone)
    gone_id = gone.pk
    gone.delete()  # as Django's admin does
    (row,) = _feed(leader)
    assert (row["kind"], row["conversation_id"], row["reason"]) == (
        "conversation",
        gone_id,
        "deleted",
    )
    assert [r["conversation_id"] for r in _feed(colleague)] == [gone_id]
    assert _feed(frontline) == []  # Fran never served it
    assert _feed(outsider) == []  # another organisation


def test_deleting_many_at_once_leaves_one_tombstone_each(world: World, leader: Client) -> None:
    batch = [make_conversation(world.frontline, subject=f"Order {n}").pk for n in range(3)]
    Conversation.objects.filter(pk__in=batch).delete()  # the admin's bulk action
    assert sorted(r["conversation_id"] for r in _feed(leader, kind="conversation")) == batch
    assert _feed(leader, kind="scorecard") == []


def test_since_keeps_the_newer_and_too_old_is_a_410(world: World, leader: Client) -> None:
    old = make_conversation(world.frontline, subject="Old")
    old.delete()
    Deletion.objects.update(deleted_at=timezone.now() - dt.timedelta(days=2))
    new = make_conversation(world.frontline, subject="New")
    new_id = new.pk
    new.delete()
    yesterday = (timezone.now() - dt.timedelta(days=1)).isoformat()
    assert [r["conversation_id"] for r in _feed(leader, deleted_since=yesterday)] == [new_id]
    assert len(_feed(leader)) == 2

    too_old = (timezone.now() - dt.timedelta(days=KEEP_DAYS + 1)).isoformat()
    answer = leader.get("/api/deleted", {"deleted_since": too_old})
    assert answer.status_code == 410
    assert answer.json()["detail"].startswith("deleted_since: ")
    assert f"kept {KEEP_DAYS} days" in answer.json()["detail"]


# Transactional: the purge runs once the recording transaction commits, and the test's
# own transaction would never commit.
@pytest.mark.django_db(transaction=True)
def test_tombstones_past_the_period_are_purged(world: World, leader: Client) -> None:
    make_conversation(world.frontline, subject="Ancient").delete()
    Deletion.objects.update(deleted_at=timezone.now() - dt.timedelta(days=KEEP_DAYS + 1))
    assert _feed(leader) == []  # not listed
    make_conversation(world.frontline, subject="Recent").delete()
    assert Deletion.objects.count() == 1  # and gone once another is recorded


@pytest.mark.django_db(transaction=True)
def test_recording_many_tombstones_at_once_purges_once(world: World) -> None:
    """An erasure or an import records a tombstone per conversation in one transaction;
    the expired ones are purged once for all of them, not once per tombstone."""
    batch = [make_conversation(world.frontline, subject=f"Order {n}").pk for n in range(4)]
    with CaptureQueriesContext(connection) as queries:
        Conversation.objects.filter(pk__in=batch).delete()
    table = Deletion._meta.db_table
    purges = [q for q in queries.captured_queries if q["sql"].startswith(f'DELETE FROM "{table}"')]
    assert len(purges) == 1
    assert Deletion.objects.filter(conversation_id__in=batch).count() == 4


def test_deleting_an_organisation_still_works_and_leaves_nothing(world: World) -> None:
    make_conversation(world.frontline, subject="Closing down")
    Organisation.objects.filter(pk=world.org.pk).delete()
    assert not Conversation.objects.filter(organisation_id=world.org.pk).exists()
    assert not Deletion.objects.filter(organisation_id=world.org.pk).exists()


def test_a_review_deleted_by_its_author_leaves_a_tombstone_for_review_readers(
    world: World, analyst: Client, manager: Client, frontline: Client, colleague: Client
) -> None:
    """Before, a deleted review stayed in a synced copy, comment and all: the feed had no
    kind for it. Now its author's delete lists it, by id, to those who may read reviews."""
    make_scorecard(world.frontline_conversation)
    review = make_review(
        world.frontline_conversation,
        world.analyst,
        {"apologises": ("present", "absent")},
        comment="Said sorry twice but never said when the courier would come.",
    )
    review_id = review.pk  # a deleted instance's pk is None
    delete_review(review)
    (row,) = _feed(analyst)
    assert (row["kind"], row["review_id"], row["conversation_id"], row["reason"]) == (
        "review",
        review_id,
        world.frontline_conversation.pk,
        "deleted",
    )
    assert [r["review_id"] for r in _feed(manager, kind="review")] == [review_id]  # Fran's boss
    assert _feed(frontline) == []  # she may not read reviews, so neither their tombstones
    assert _feed(colleague) == []
    assert _feed(analyst, kind="conversation") == []


def test_erasing_a_customer_leaves_a_tombstone_for_each_review_of_theirs(
    world: World, analyst: Client
) -> None:
    customer = make_customer(world.org)
    first = make_conversation(world.frontline, customer=customer, subject="Late sofa")
    second = make_conversation(world.colleague, customer=customer, subject="Sofa, again")
    kept = make_conversation(world.frontline, subject="Someone else's order")
    reviews = [
        make_review(first, world.analyst, {"greets": ("present", "present")}).pk,
        make_review(first, world.manager, {"greets": ("present", "absent")}).pk,
        make_review(second, world.analyst, {"greets": ("absent", "absent")}).pk,
    ]
    make_review(kept, world.analyst, {"greets": ("present", "present")})
    erase_customer(erasure_plan(customer))
    tombstones = _feed(analyst, kind="review")
    assert sorted(r["review_id"] for r in tombstones) == sorted(reviews)
    assert {r["conversation_id"] for r in tombstones} == {first.pk, second.pk}
    assert sorted(r["conversation_id"] for r in _feed(analyst, kind="conversation")) == sorted(
        [first.pk, second.pk]
    )
