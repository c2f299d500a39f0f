"""A static files finder that serves Plotly's JavaScript from the installed plotly package.

The charts must work with no internet, so the browser loads `plotly/plotly.min.js` from
our own server: WhiteNoise finds it here (and `collectstatic` copies it), with the same
caching headers as every other static file. Only that one file is exposed, not the rest
of plotly's package data.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PLOTLY_JS = "plotly.min.js"
PREFIX = "plotly"


class PlotlyFinder(BaseFinder):
    """Finds `plotly/plotly.min.js` in the plotly package's own `package_data` folder."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.location = Path(plotly.__file__).parent / "package_data"
        self.storage = FileSystemStorage(location=str(self.location))
        # collectstatic and WhiteNoise put files listed by this storage under this prefix.
        self.storage.prefix = PREFIX  # type: ignore[attr-defined]

    def check(self, **_kwargs: Any) -> list[Any]:
        return []

    # Django's stubs overload find() on a Literal find_all; one plain signature serves both.
    def find(  # type: ignore[override]
        self, path: str, find_all: bool = False, **_kwargs: Any
    ) -> str | list[str] | None:
        if path != f"{PREFIX}/{PLOTLY_JS}":
            return [] if find_all else None
        match = str(self.location / PLOTLY_JS)
        return [match] if find_all else match

    def list(self, _ignore_patterns: Any) -> Iterator[tuple[str, FileSystemStorage]]:
        yield PLOTLY_JS, self.storage
