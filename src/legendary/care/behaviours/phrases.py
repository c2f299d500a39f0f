"""Phrase-frame detectors: a behaviour marked by phrases, cancelled by look-alikes.

Many behaviours are carried by a family of phrasings ("I'm sorry for…", "I apologise",
"that's on us") and have look-alikes that mean something else ("I'm sorry but that's
policy", "sorry you feel that way", "thanks but no thanks"). A `PhraseRule` holds both:
an include pattern, and an exclude pattern that cancels any include match it overlaps.
Rules come from a lexicon section with `include` / `exclude` lists; trigger words (every
word a match must contain at least one of) let a turn without them skip the regexes,
which keeps scoring fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from legendary.care.text import Span, find_all, phrase_pattern, sentence_at, words

_LITERAL_WORD = re.compile(r"[a-z][a-z']*")


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """Include / exclude patterns for one behaviour, and the words that can trigger it."""

    include: re.Pattern[str]
    exclude: re.Pattern[str] | None
    triggers: frozenset[str] | None
    trigger_marks: tuple[str, ...] = ()

    @classmethod
    def from_lexicon(cls, section: dict[str, list[str]]) -> PhraseRule:
        """Build a rule from a lexicon section: `include`, optional `exclude`, `triggers`
        (when absent, no pre-filter: every turn runs the regexes) and `trigger_marks`
        (emoticons and symbols that also let a turn through the gate)."""
        exclude = section.get("exclude") or []
        triggers = section.get("triggers")
        return cls(
            include=phrase_pattern(section["include"]),
            exclude=phrase_pattern(exclude) if exclude else None,
            triggers=frozenset(triggers) if triggers is not None else None,
            trigger_marks=tuple(section.get("trigger_marks") or ()),
        )

    def matches(self, text: str) -> list[Span]:
        """Include matches not overlapped by an exclude match, in order."""
        if (
            self.triggers is not None
            and self.triggers.isdisjoint(words(text))
            and not any(mark in text for mark in self.trigger_marks)
        ):
            return []
        found = find_all(self.include, text)
        if not found or self.exclude is None:
            return found
        cancelled = find_all(self.exclude, text)
        return [
            span
            for span in found
            if not any(c.start < span.end and span.start < c.end for c in cancelled)
        ]

    def sentences(self, text: str) -> list[tuple[Span, Span]]:
        """(sentence, match) for the first surviving match in each sentence of `text`."""
        out: list[tuple[Span, Span]] = []
        seen: set[int] = set()
        for match in self.matches(text):
            sentence = sentence_at(text, match.start)
            if sentence.start not in seen:
                seen.add(sentence.start)
                out.append((sentence, match))
        return out
