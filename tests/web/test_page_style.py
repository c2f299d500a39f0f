"""The shared stylesheet: checks on colours that people rely on to use the pages."""

from __future__ import annotations

import re
from pathlib import Path

import legendary

CSS = Path(legendary.__file__).parent / "web" / "static" / "legendary" / "legendary.css"


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_keyboard_focus_ring_stands_out_from_the_page() -> None:
    """The focus ring was the accent amber, #e0a13a: 2.3:1 on white, so a keyboard user
    tabbing through a survey's answers could barely see where they were (WCAG 1.4.11 asks
    3:1). Found by tabbing through a survey link and looking at the screenshot."""
    css = CSS.read_text()
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6});", css))
    rule = re.search(r"a:focus-visible[^{]*\{([^}]*)\}", css, re.S)
    assert rule is not None
    selectors = css[: rule.start(1)].rsplit("}", 1)[-1]
    for element in ("a", "button", "input", "select", "textarea"):
        assert f"{element}:focus-visible" in selectors
    ring = re.search(r"outline:\s*\d+px solid var\(--([a-z-]+)\)", rule.group(1))
    assert ring is not None
    for background in ("paper", "canvas"):
        assert _contrast(colours[ring.group(1)], colours[background]) >= 3.0


def test_no_table_has_a_column_header_without_a_name() -> None:
    """A screen reader reads a column's header before each cell of it; an empty one (the
    internal-service results' and the survey list's link columns) reads as nothing, and
    axe-core reports it as empty-table-header. A short visible name fixes it (a visually
    hidden one, placed absolutely, widened the page at 390 px)."""
    templates = Path(legendary.__file__).parent.rglob("templates/**/*.html")
    empty = re.compile(r"<th\b[^>]*>\s*</th>")
    found = [f"{t.name}: {m.group()}" for t in templates for m in empty.finditer(t.read_text())]
    assert found == []
