"""The library of suggested actions per ICARE element (package data, no Django)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from legendary.assessments.icare import Element

LIBRARY_FILE = "library.json"


@dataclass(frozen=True, slots=True)
class SuggestedAction:
    """A starting point for an action plan: what to do and the first steps."""

    id: str
    element: Element
    title: str
    description: str
    steps: tuple[str, ...]


@cache
def suggested_actions() -> tuple[SuggestedAction, ...]:
    """Every suggested action, in ICARE order; errors name the file and the entry."""
    raw = json.loads(
        resources.files("legendary.culture.actions").joinpath(LIBRARY_FILE).read_text("utf-8")
    )
    found: list[SuggestedAction] = []
    for element in Element:
        rows = raw.get("actions", {}).get(element.value)
        if not isinstance(rows, list) or not rows:
            raise ValueError(f"{LIBRARY_FILE}: actions.{element.value} must list suggested actions")
        for i, row in enumerate(rows):
            where = f"{LIBRARY_FILE}: actions.{element.value}[{i}]"
            missing = [k for k in ("id", "title", "description", "steps") if not row.get(k)]
            if missing:
                raise ValueError(f"{where}: missing {', '.join(missing)}")
            found.append(
                SuggestedAction(
                    id=row["id"],
                    element=element,
                    title=row["title"],
                    description=row["description"],
                    steps=tuple(row["steps"]),
                )
            )
    return tuple(found)


def actions_for(element: Element | str) -> list[SuggestedAction]:
    wanted = Element(element)
    return [a for a in suggested_actions() if a.element == wanted]


def action(action_id: str) -> SuggestedAction:
    for a in suggested_actions():
        if a.id == action_id:
            return a
    raise KeyError(f"no suggested action {action_id!r} in {LIBRARY_FILE}")
