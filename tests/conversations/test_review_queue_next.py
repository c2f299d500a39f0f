"""After a review, the conversation page offers the next conversation of the review queue.

Found walking the demo as the QA analyst (session 21): saving a review led back to the
conversation, and the queue ("Not yet reviewed, lowest scores first") had to be found again
from the conversation list, for every conversation reviewed.
"""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from legendary.conversations.models import Conversation, Scorecard
from legendary.conversations.reviews import save_review
from legendary.conversations.scoring import score_conversations
from legendary.people.models import Person
from web.conftest import World, signed_in

NEXT = "Next for you to review"


@pytest.fixture
def scored(world: World) -> World:
    score_conversations(Conversation.objects.all())
    return world


def _page(person: Person, conversation: Conversation) -> str:
    url = reverse("conversations:detail", args=[conversation.pk])
    return signed_in(person).get(url).content.decode()


def _lowest(world: World, reviewer: Person) -> Conversation:
    cards = (
        Scorecard.objects.filter(conversation__organisation=world.org, overall__isnull=False)
        .exclude(conversation__reviews__isnull=False)
        .exclude(conversation__agents=reviewer)
        .order_by("overall", "-conversation__opened_at", "-conversation__id")
    )
    return cards.first().conversation  # type: ignore[union-attr]


def test_after_a_review_the_page_offers_the_next_one(scored: World) -> None:
    conversation = scored.frontline_conversation
    assert NEXT not in _page(scored.analyst, conversation)
    save_review(conversation, scored.analyst, {}, "")
    page = _page(scored.analyst, conversation)
    assert NEXT in page
    following = _lowest(scored, scored.analyst)
    assert following != conversation
    assert f'href="/conversations/{following.pk}/#reviews"' in page


def test_a_manager_is_never_offered_one_they_served(scored: World) -> None:
    conversation = scored.frontline_conversation
    save_review(conversation, scored.manager, {}, "")
    page = _page(scored.manager, conversation)
    assert f'href="/conversations/{scored.manager_conversation.pk}/#reviews"' not in page
    assert f'href="/conversations/{_lowest(scored, scored.manager).pk}/#reviews"' in page


def test_someone_who_only_reads_it_is_offered_nothing(scored: World) -> None:
    save_review(scored.frontline_conversation, scored.analyst, {}, "")
    assert NEXT not in _page(scored.frontline, scored.frontline_conversation)


QUEUE_NOTE = "Those you served are in it too: nobody reviews their own"


def test_the_words_say_what_the_link_leaves_out(scored: World) -> None:
    """The link left out the conversations the reviewer served (the review form refuses
    them: nobody reviews their own work) but called itself "Next in the review queue", and
    the queue lists them (reviewer B, session 21, finding 9). The link is right for a QA
    analyst; the words now say what it offers, and the queue says its own are in it."""
    conversation = scored.frontline_conversation
    # The form refuses one's own conversation: no review form on the manager's own page.
    own = _page(scored.manager, scored.manager_conversation)
    assert "Review this conversation" not in own
    assert "Review this conversation" in _page(scored.manager, conversation)
    save_review(conversation, scored.manager, {}, "")
    page = _page(scored.manager, conversation)
    assert "Next for you to review (nobody has yet, lowest scores first, none you served" in page
    assert "Next in the review queue" not in page
    queue = signed_in(scored.manager).get(reverse("conversations:list")).content.decode()
    assert "Not yet reviewed, lowest scores first" in queue
    assert QUEUE_NOTE in html.unescape(queue)
    # An analyst who served nothing is not told about their own.
    analysts = signed_in(scored.analyst).get(reverse("conversations:list")).content.decode()
    assert "Not yet reviewed, lowest scores first" in analysts
    assert QUEUE_NOTE not in html.unescape(analysts)
