"""Template helpers for scorecards: a turn's text with its evidence marked, a list row's
flags."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString

from legendary.conversations.models import Conversation
from legendary.conversations.scorecard_page import ScorecardPage
from legendary.conversations.selectors import row_flags

register = template.Library()


@register.simple_tag
def marked_text(scorecard: ScorecardPage | None, index: int, text: str) -> SafeString:
    """The turn's text with evidence marked when the scorecard has some for turn `index`,
    otherwise the text escaped as usual."""
    if scorecard is not None and index in scorecard.marked_turns:
        return scorecard.marked_turns[index]
    return escape(text)


@register.filter
def flags_of(conversation: Conversation) -> list[tuple[str, bool]]:
    """(label, is a follow-up) of each flag of a list row (`selectors.row_flags`)."""
    return row_flags(conversation)
