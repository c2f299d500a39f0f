"""Template tags for reviews: the reviews section of a conversation page, and the
"Feedback on your conversations" list of a frontline person's home page and of a person's
page.

Tags rather than view context so the pages that show them stay as they are: each tag asks
the same visibility questions a view would (`review_views.review_panel`)."""

from __future__ import annotations

from typing import Any

from django import template

from legendary.conversations import reviews
from legendary.conversations.models import Conversation
from legendary.conversations.review_views import review_panel, summaries
from legendary.people import permissions
from legendary.people.models import Person

register = template.Library()


@register.inclusion_tag("conversations/_reviews.html", takes_context=True)
def conversation_reviews(context: template.Context, conversation: Conversation) -> dict[str, Any]:
    """The reviews of `conversation` and, for someone who may review it, the form."""
    request = context["request"]
    return {**review_panel(request.user, conversation), "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("conversations/_feedback.html")
def feedback_on(person: Person) -> dict[str, Any]:
    """The latest reviews of conversations `person` served (at most five)."""
    return {"feedback": summaries(reviews.feedback_for(person), person), "own": True}


@register.inclusion_tag("conversations/_feedback.html", takes_context=True)
def feedback_seen_on(context: template.Context, person: Person) -> dict[str, Any]:
    """On `person`'s page, the latest reviews of their conversations that the viewer may
    read (at most five): what a manager coaching them builds on."""
    user = context["request"].user
    within = permissions.visible_conversations(user)
    viewer = getattr(user, "person", None)
    return {
        "feedback": summaries(reviews.feedback_for(person, within=within), viewer),
        "own": viewer is not None and viewer.pk == person.pk,
        "subject": person,
    }
