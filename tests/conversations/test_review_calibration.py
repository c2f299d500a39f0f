"""Two reviewers of one conversation, calibrating: the page says where they differ from each
other, not only where each differs from the engine.

Found walking the demo as the QA analyst (session 21): on a conversation the manager had
reviewed (takes ownership and offers solution corrected to missing), the analyst's review
(paraphrases corrected to shown) listed each review's changes against the engine only; which
behaviours the two of them saw differently had to be worked out line by line.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from legendary.conversations.models import Conversation
from legendary.conversations.reviews import save_review
from legendary.conversations.scoring import score_conversations
from web.conftest import World, signed_in


@pytest.fixture
def scored(world: World) -> World:
    score_conversations(Conversation.objects.all())
    return world


def _page(world: World) -> str:
    url = reverse("conversations:detail", args=[world.frontline_conversation.pk])
    return signed_in(world.analyst).get(url).content.decode()


def test_two_reviewers_who_differ_see_where(scored: World) -> None:
    conversation = scored.frontline_conversation
    save_review(conversation, scored.manager, {"offers_solution": "absent"}, "")
    save_review(conversation, scored.analyst, {"offers_solution": "present"}, "")
    page = _page(scored)
    assert "Between the reviewers" in page
    judged = scored.analyst.reviews_given.get().verdicts.count()
    assert f"the same verdict on {judged - 1} of the {judged} behaviours" in page
    assert "Ana Analyst: <strong>shown</strong>" in page
    assert "Maya Manager: <strong>missing</strong>" in page


def test_two_reviewers_who_agree_are_told_so(scored: World) -> None:
    conversation = scored.frontline_conversation
    save_review(conversation, scored.manager, {"offers_solution": "absent"}, "")
    save_review(conversation, scored.analyst, {"offers_solution": "absent"}, "")
    judged = scored.analyst.reviews_given.get().verdicts.count()
    assert f"gave the same verdict on all {judged} behaviours" in _page(scored)


def test_one_review_has_nothing_to_compare(scored: World) -> None:
    save_review(scored.frontline_conversation, scored.manager, {"offers_solution": "absent"}, "")
    assert "Between the reviewers" not in _page(scored)


def test_the_agreement_page_says_how_often_reviewers_agree_with_each_other(
    scored: World,
) -> None:
    """The Engine agreement page compared each reviewer with the engine only."""
    analyst = signed_in(scored.analyst)
    # A conversation reviewed once: nothing to compare.
    save_review(scored.indirect_conversation, scored.analyst, {}, "")
    page = analyst.get(reverse("conversations:agreement")).content.decode()
    assert "has been reviewed by two people yet" in page
    conversation = scored.frontline_conversation
    save_review(conversation, scored.manager, {"offers_solution": "absent"}, "")
    save_review(conversation, scored.analyst, {"offers_solution": "present"}, "")
    judged = scored.manager.reviews_given.get().verdicts.count()
    page = analyst.get(reverse("conversations:agreement")).content.decode()
    assert "1 conversation reviewed by two or more people." in page
    assert f"the same verdict on {judged - 1} of {judged} (" in page
    assert f'href="/conversations/{conversation.pk}/#reviews"' in page
