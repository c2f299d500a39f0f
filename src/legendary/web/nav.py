"""The navigation registry: each app registers its entries in its AppConfig.ready().

Keeping entries here (not in base.html) means one app's pages never edit another's template.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse


@dataclass(frozen=True)
class NavEntry:
    label: str
    url_name: str
    order: int
    allowed: Callable[[HttpRequest], bool]
    # A regular expression for pages of this entry outside its URL (e.g. a survey's internal
    # results, /assessments/4/internal/, belong to "Internal service", not "Culture surveys").
    matches: str = ""


_ENTRIES: list[NavEntry] = []


def register(
    label: str,
    url_name: str,
    order: int,
    allowed: Callable[[HttpRequest], bool] | None = None,
    matches: str = "",
) -> None:
    """Add a navigation entry; `allowed(request)` decides who sees it (default: signed in),
    `matches` is a regex of further paths that make it the current entry."""
    if any(e.url_name == url_name for e in _ENTRIES):
        return
    _ENTRIES.append(NavEntry(label, url_name, order, allowed or _signed_in, matches))
    _ENTRIES.sort(key=lambda e: e.order)


def _signed_in(request: HttpRequest) -> bool:
    return bool(request.user.is_authenticated)


def entries_for(request: HttpRequest) -> list[dict[str, str | bool]]:
    """The entries this request may see, with their URLs and whether they are current."""
    if not request.user.is_authenticated:
        return []
    path = request.path
    visible = [entry for entry in _ENTRIES if entry.allowed(request)]
    # An entry that claims the page by its pattern is the only current one.
    claimed = {e.url_name for e in visible if e.matches and re.match(e.matches, path)}
    out: list[dict[str, str | bool]] = []
    for entry in visible:
        url = reverse(entry.url_name)
        if claimed:
            current = entry.url_name in claimed
        else:
            current = path == url or (url != "/" and path.startswith(url))
        out.append({"label": entry.label, "url": url, "current": current})
    return out
