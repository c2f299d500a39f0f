"""Phrase-frame detectors: a behaviour marked by phrases, cancelled by look-alikes.

Many behaviours are carried by a family of phrasings ("I'm sorry for…", "I apologise",
"that's on us") and have look-alikes that mean something else ("I'm sorry but that's
policy", "sorry you feel that way", "thanks but no thanks"). A `PhraseRule` holds both:
an include pattern, and an exclude pattern that cancels any include match it overlaps.

Speed matters (every rule runs on every agent turn), so a rule is tried only where it can
start: the first words of every phrase, literal or regular expression, are worked out
once (`regex_first_words`) and the pattern is matched only at those words
(`patterns.AnchoredPattern`). The few patterns that do not start with a word (emoticons,
emoji) are tried only when one of the rule's `trigger_marks` is in the turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from legendary.care.behaviours.base import Gate
from legendary.care.patterns import AnchoredPattern, TurnScan, scan
from legendary.care.regex_shape import regex_first_words
from legendary.care.text import (
    Span,
    find_all,
    phrase_alternation,
    phrase_pattern,
    sentence_at,
    tokens,
)


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """Include / exclude patterns for one behaviour.

    `anchored` holds every include phrase whose first words are known; `loose` the rest
    (tried only when the turn contains one of `trigger_marks`, or always if there are
    none); `exclude` (anchored the same way, `exclude_loose` for the rest) cancels any
    include match it overlaps.
    """

    anchored: AnchoredPattern | None
    loose: re.Pattern[str] | None
    exclude: AnchoredPattern | None
    exclude_loose: re.Pattern[str] | None = None
    trigger_marks: tuple[str, ...] = ()
    # The marks as one pattern: a single C-level search per turn instead of a Python
    # loop of substring tests (most turns carry no emoticon at all).
    _marks: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.trigger_marks:
            marks = "|".join(re.escape(mark) for mark in self.trigger_marks)
            object.__setattr__(self, "_marks", re.compile(marks))

    @classmethod
    def from_lexicon(cls, section: dict[str, list[str]]) -> PhraseRule:
        """Build a rule from a lexicon section: `include`, optional `exclude` and
        `trigger_marks` (symbols such as ":)" that let the loose patterns run)."""
        anchored, loose = _anchored_and_loose(section["include"])
        # Look-alikes are anchored too: an unanchored search of a long exclude list over
        # every turn with a match cost more than the include rule itself.
        exclude, exclude_loose = _anchored_and_loose(section.get("exclude") or [])
        return cls(
            anchored=anchored,
            loose=loose,
            exclude=exclude,
            exclude_loose=exclude_loose,
            trigger_marks=tuple(section.get("trigger_marks") or ()),
        )

    @property
    def gate(self) -> Gate | None:
        """What a turn needs for `matches` to find anything: a match of the anchored
        phrases, or one of the trigger marks; None when a loose pattern may match
        anywhere (it has no marks to look for)."""
        anchored = () if self.anchored is None else (self.anchored,)
        if self.loose is not None and self._marks is None:
            return None
        return Gate.of(*anchored, marks=self._marks if self.loose is not None else None)

    def surely_silent(self, text: str) -> bool:
        """True when `matches(text)` is known to be empty without running it: no loose
        phrases may run (there are none, or none of their trigger marks is in `text`),
        and the scanner's pass found none of the anchored ones."""
        return self.silent_in(scan(text), text)

    def silent_in(self, found: TurnScan, text: str) -> bool:
        """`surely_silent` of `text`, whose scanner's pass is `found`."""
        if self.loose is not None and (self._marks is None or self._marks.search(text)):
            return False
        return self.anchored is None or self.anchored.absent_from(found)

    def matches(self, text: str) -> list[Span]:
        """Include matches not overlapped by an exclude match, in order."""
        found = [] if self.anchored is None else _spans(self.anchored, text)
        if self.loose is not None and (self._marks is None or self._marks.search(text)):
            found = sorted([*found, *find_all(self.loose, text)], key=lambda s: s.start)
        if not found or (self.exclude is None and self.exclude_loose is None):
            return found
        cancelled = [] if self.exclude is None else _spans(self.exclude, text)
        if self.exclude_loose is not None:
            cancelled += find_all(self.exclude_loose, text)
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


def may_speak(rules: Iterable[PhraseRule], text: str) -> list[PhraseRule]:
    """The `rules` that `surely_silent` does not rule out on `text`, in order: a lexicon
    section split into many chunks asks this of each chunk on every turn, so the turn's
    scan is looked up once for all of them."""
    found = scan(text)
    return [rule for rule in rules if not rule.silent_in(found, text)]


def _spans(pattern: AnchoredPattern, text: str) -> list[Span]:
    """Every match of an anchored `pattern` in `text`, as spans (`text.find_all`'s
    counterpart for anchored patterns)."""
    return [Span(text[m.start() : m.end()], m.start(), m.end()) for m in pattern.finditer(text)]


def _anchored_and_loose(
    phrases: list[str],
) -> tuple[AnchoredPattern | None, re.Pattern[str] | None]:
    """The phrases whose first words are known as one `AnchoredPattern`, the others as
    one plain pattern (either None when there are none)."""
    anchorable: list[str] = []
    first: set[str] = set()
    loose: list[str] = []
    for phrase in phrases:
        starts = phrase_first_words(phrase)
        if starts is None:
            loose.append(phrase)
        else:
            anchorable.append(phrase)
            first |= starts
    return (
        AnchoredPattern(phrase_alternation(anchorable), first) if anchorable else None,
        phrase_pattern(loose) if loose else None,
    )


def phrase_first_words(phrase: str) -> frozenset[str] | None:
    """The lower-case words a lexicon phrase can start with (None when unknown).

    A literal phrase starts with its first word; a "re:" phrase is read by
    `regex_first_words`.
    """
    if phrase.startswith("re:"):
        return regex_first_words(phrase[3:])
    if not phrase[:1].isalnum():
        return None  # "<3", ":)": not a word, cannot be anchored on one
    first = tokens(phrase)
    return frozenset({first[0].lower}) if first else None
