"""Template context shared by every page: the navigation a person may use."""

from __future__ import annotations

from django.http import HttpRequest


def navigation(request: HttpRequest) -> dict[str, object]:
    """Navigation entries for the signed-in person, filtered by what their role may see."""
    from legendary.web.nav import entries_for

    return {"nav_entries": entries_for(request)}
