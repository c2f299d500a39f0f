"""Phrase lists and patterns as package data (JSON), loaded once and cached."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_lexicon(name: str) -> Any:
    """The parsed contents of `lexicons/<name>.json` (cached; treat it as read-only)."""
    text = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
