"""Small helpers shared by the help-desk reader tests (Freshdesk, Chatwoot)."""

from __future__ import annotations

import json
from pathlib import Path

from legendary.care.model import Conversation


def write_json(path: Path, document: object) -> Path:
    """Save `document` as JSON at `path` and return the path."""
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def by_id(conversations: list[Conversation]) -> dict[str, Conversation]:
    """The conversations keyed by their source id."""
    return {conversation.id: conversation for conversation in conversations}
