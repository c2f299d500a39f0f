"""Template helpers for scorecards: a turn's text with its evidence marked."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString

from legendary.conversations.scorecard_page import ScorecardPage

register = template.Library()


@register.simple_tag
def marked_text(scorecard: ScorecardPage | None, index: int, text: str) -> SafeString:
    """The turn's text with evidence marked when the scorecard has some for turn `index`,
    otherwise the text escaped as usual."""
    if scorecard is not None and index in scorecard.marked_turns:
        return scorecard.marked_turns[index]
    return escape(text)
