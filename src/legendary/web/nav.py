"""The navigation registry: each app registers its entries in its AppConfig.ready().

Keeping entries here (not in base.html) means one app's pages never edit another's template.
"""

from __future__ import annotations

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


_ENTRIES: list[NavEntry] = []


def register(
    label: str, url_name: str, order: int, allowed: Callable[[HttpRequest], bool] | None = None
) -> None:
    """Add a navigation entry; `allowed(request)` decides who sees it (default: signed in)."""
    if any(e.url_name == url_name for e in _ENTRIES):
        return
    _ENTRIES.append(NavEntry(label, url_name, order, allowed or _signed_in))
    _ENTRIES.sort(key=lambda e: e.order)


def _signed_in(request: HttpRequest) -> bool:
    return bool(request.user.is_authenticated)


def entries_for(request: HttpRequest) -> list[dict[str, str | bool]]:
    """The entries this request may see, with their URLs and whether they are current."""
    if not request.user.is_authenticated:
        return []
    out: list[dict[str, str | bool]] = []
    for entry in _ENTRIES:
        if not entry.allowed(request):
            continue
        url = reverse(entry.url_name)
        current = request.path == url or (url != "/" and request.path.startswith(url))
        out.append({"label": entry.label, "url": url, "current": current})
    return out
