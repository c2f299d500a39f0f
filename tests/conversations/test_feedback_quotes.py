"""A reviewer's feedback as the home and person pages show it.

Walking the demo at 1280 px (session 21), Ben's page read ““deflects” crept in here. Try
“Leave that with me” …”": the list wrapped every comment in quotation marks of its own, so
a comment that opens with a quoted behaviour began with two, and quotes inside it nested
in the same marks. The comment now stands in a quotation block, its words as written.
"""

from __future__ import annotations

from django.urls import reverse

from legendary.conversations.models import Conversation
from legendary.conversations.reviews import save_review
from legendary.conversations.scoring import score_conversations
from web.conftest import World, signed_in

COMMENT = "“Deflects” crept in here. Try “Leave that with me” and keep it."


def test_feedback_opening_with_a_quote_is_not_wrapped_in_another(world: World) -> None:
    score_conversations(Conversation.objects.all())
    conversation = Conversation.objects.filter(
        agents=world.frontline, scorecard__isnull=False
    ).first()
    assert conversation is not None
    save_review(conversation, world.analyst, {}, COMMENT)
    for reader, url in (
        (world.frontline, reverse("home")),
        (world.manager, reverse("person_detail", args=[world.frontline.pk])),
    ):
        page = signed_in(reader).get(url).content.decode()
        assert "““" not in page
        assert f'<blockquote class="feedback-comment">{COMMENT}</blockquote>' in page
