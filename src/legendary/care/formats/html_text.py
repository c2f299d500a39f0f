"""Plain text from the HTML that Intercom (and Zendesk's `html_body`) store messages in.

Block elements become line breaks, entities are decoded, scripts and styles are dropped,
and runs of spaces collapse, so detectors see the words as the customer read them.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "hr"}
    | {f"h{level}" for level in range(1, 7)}
)
_HIDDEN = frozenset({"script", "style", "head", "template"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Used only where HTMLParser gives up on broken markup: drop whole tags, and of an unfinished
# one only its opening token ("<!--", "<![;"), so the words after it survive.
_TAG = re.compile(r"<[^<>]*>|<[!/?]?[^\s<>]*")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002 (HTMLParser API)
        if tag in _HIDDEN:
            self._hidden_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML fragment, paragraphs separated by one blank line."""
    if "<" not in html and "&" not in html:
        return html.strip()
    collector = _TextCollector()
    try:
        collector.feed(html)
        # Whatever the parser could not consume (an unfinished "<![" or "<!--", a dangling
        # "&") would be dropped silently by close(); keep its words, stripped the simple way.
        tail, collector.rawdata = collector.rawdata, ""
        collector.close()
        raw = "".join(collector.parts) + _strip_tags(tail)
    except AssertionError:
        # The standard library's parser asserts on some malformed declarations such as
        # "<![;". A message body is still worth reading, so strip tags the simple way.
        raw = _strip_tags(html)
    lines = (_SPACES.sub(" ", line).strip() for line in raw.split("\n"))
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _strip_tags(html: str) -> str:
    return unescape(_TAG.sub(" ", html))
