"""Anchored patterns, and the turn scanner that finds all of them in one pass.

Every detector pattern can only start at a handful of words ("i'll", "let", "sorry"...).
An `AnchoredPattern` knows those first words, and all anchored patterns are registered
with one scanner. The patterns a detector's gate reads, or that are read on every turn,
are *eager*: the first time any of them is asked about a text, the scanner

1. finds the words of the text that start at least one eager pattern: its words (one
   `finditer` in C), each looked up in the set of their first words;
2. at each of those words, runs one combined pattern made of every eager pattern that
   can start with that word, each cut down to that word (alternatives that cannot start
   with it removed, see `regex_shape.specialise`), as a run of optional look-aheads with
   an empty marker group after each: one `match` in C says which patterns match there.

Other patterns (a time after a promise, an exception to a phrase) are *lazy*: tried at
their own words when a detector asks, which only happens on the few turns it runs on
(lower-cased and without `re.IGNORECASE` where that is the same, see `lower_case`).

The result (`TurnScan`) is cached per text: each detector's question is then a dictionary
look-up, and a detector whose patterns occur nowhere in a turn is skipped without being
called (see `behaviours.base.Gate`). Real match objects (with their named groups) are
made only where a pattern is known to match.

Matching is done on the lower-cased text without `re.IGNORECASE` (the same matches, but
Python's `re` can then skip an alternative on its first letter), or on the text itself
with `re.IGNORECASE` in the rare text whose lower-casing changes its length.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from legendary.care.regex_shape import specialise, uncaptured
from legendary.care.text import TEXTS, first_words, normalise, phrase_alternation, word_set

_IGNORECASE_FLAGS = re.compile("", re.IGNORECASE).flags
# A word as `text.words` reads it, and where one may start: not after a letter or a
# digit, nor after an apostrophe or hyphen that follows one ("don't", "follow-up").
_WORD = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")
_WORD_END = r"(?![a-z0-9]|['\-][a-z0-9])"
_DIGITS = frozenset("0123456789")


class AnchoredPattern:
    """A regex that can only start at one of the words `first` ("#" for any word that
    starts with a digit).

    `finditer` and `search` return real matches on `text.normalise(text)`, in order and
    without overlaps, exactly as `pattern.match` tried at each of those words would. An
    *eager* pattern (`scan_eagerly`: a detector's gate, or one read on every turn) is
    found by the scanner's one pass over a text; any other is tried at its words when
    asked, so a pattern only read now and then (a time after a promise) costs nothing on
    the turns that never ask.
    """

    __slots__ = ("_deferred", "first", "id")

    def __init__(self, source: str, first: Iterable[str], flags: int = re.IGNORECASE) -> None:
        self.first = frozenset(w.lower() for w in first)
        self.id = _SCANNER.register(source, flags, self.first)
        self._deferred = _SCANNER.patterns[self.id][0]

    @property
    def pattern(self) -> re.Pattern[str]:
        """The pattern, compiled the first time it is asked for (see `Deferred`)."""
        return self._deferred.compiled

    @classmethod
    def of_phrases(cls, phrases: Iterable[str], extra_first: Iterable[str] = ()) -> AnchoredPattern:
        """Any of the literal `phrases` as whole words (see `text.phrase_alternation`);
        "re:" patterns among them need their possible first words in `extra_first`."""
        phrases = list(phrases)
        return cls(phrase_alternation(phrases), first_words(phrases) | set(extra_first))

    def scan_eagerly(self) -> AnchoredPattern:
        """Have the scanner find this pattern in its one pass over each text (returns
        the pattern itself, for use in expressions)."""
        _SCANNER.make_eager(self.id)
        return self

    def surely_absent(self, text: str) -> bool:
        """True when the scanner's one pass over `text` already showed this (eager)
        pattern matches nowhere in it: a dictionary look-up, no call to `re`."""
        return self.absent_from(scan(text))

    def absent_from(self, found: TurnScan) -> bool:
        """`surely_absent` of the text the scanner's pass `found` (`scan(text)`) was
        made on: for a caller that asks it of many patterns on one text."""
        return self.id in _SCANNER.eager and self.id not in found.matched

    def _positions(self, text: str, start: int, end: int | None) -> Sequence[int]:
        """Where in `text[start:end]` the pattern matches, in order."""
        if self.id in _SCANNER.eager:
            positions = scan(text).hits.get(self.id, ())
        else:
            positions = lazy_scans(text, self.id)
        if positions and (start or end is not None):
            stop = len(text) if end is None else end
            return [p for p in positions if start <= p < stop]
        return positions

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        """The matches in `text` (only those starting in `start:end`, if given)."""
        positions = self._positions(text, start, end)
        if not positions:
            return []
        norm = normalise(text)
        found: list[re.Match[str]] = []
        reached = 0
        for position in positions:
            if position < reached:
                continue  # inside the previous match: matches never overlap
            m = self.pattern.match(norm, position)
            if m is not None:
                found.append(m)
                reached = max(m.end(), position + 1)
        return found

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first match starting in `text[start:end]`, or None."""
        positions = self._positions(text, start, end)
        return self.pattern.match(normalise(text), positions[0]) if positions else None


class Deferred:
    """A regular expression compiled the first time it is matched.

    Compiling the detectors' patterns with `re.IGNORECASE` took about 0.7 CPU-s of every
    process's start-up (208 patterns), though the scanner finds the eager ones through
    its own combined patterns and a process that scores a few conversations asks for a
    real match of only a few of them. `pattern` and `flags` read as those of
    `re.compile(pattern, flags)`, inline flags aside (the scanner judges those from the
    source: see `_Scanner.make_eager` and `lower_case`).
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self.flags = flags if flags & re.ASCII else flags | re.UNICODE
        self._compiled: re.Pattern[str] | None = None

    @property
    def ready(self) -> bool:
        """True once the pattern has been compiled."""
        return self._compiled is not None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """`re.Pattern.match`."""
        return self.compiled.match(string, pos)


class TurnScan(NamedTuple):
    """Where every eager `AnchoredPattern` matches in one text.

    `hits` maps a pattern's `id` to the offsets where it matches, in order (overlapping
    matches included; `AnchoredPattern.finditer` drops those); `matched` is the set of
    ids with at least one hit, for gates (`matched.isdisjoint(ids)` is one C call).
    """

    hits: dict[int, Sequence[int]]
    matched: frozenset[int]


_EMPTY_SCAN = TurnScan({}, frozenset())
#: A word's combined pattern, as its bound `match`, and the ids of its markers in order.
_Entry = tuple[Callable[[str, int], "re.Match[str] | None"], tuple[int, ...]]


class _Scanner:
    """The registry of anchored patterns; for the eager ones, the prefix tree of their
    first words and, per first word, the combined specialised pattern.

    Changes and lazily built entries take a lock: a threaded server may score in several
    threads while the first rubric is being planned, and a combined pattern built from
    the eager set of a moment before must never be kept after that set grew.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.patterns: list[tuple[Deferred, frozenset[str]]] = []
        self._ids: dict[tuple[str, int, frozenset[str]], int] = {}
        self.eager: set[int] = set()
        self._by_first: dict[str, list[int]] = {}
        self._finder: frozenset[str] | None = None  # the first words, once made
        self._sources: dict[str, tuple[str, tuple[int, ...]]] = {}
        self._combined: dict[tuple[str, bool], tuple[re.Pattern[str], tuple[int, ...]]] = {}
        # Per case mode, each word as the finder returns it -> the `match` of its combined
        # pattern and the ids of its markers: the scan's one look-up per word.
        self._tables: tuple[dict[str, _Entry], dict[str, _Entry]] = ({}, {})
        self.generation = 0

    def register(self, source: str, flags: int, first: frozenset[str]) -> int:
        """Add a pattern; returns its id. The same pattern registered twice (a rubric
        rebuilt, a test) keeps its first id."""
        pattern = Deferred(source, flags)
        key = (source, pattern.flags, first)
        with self._lock:
            if key not in self._ids:
                self._ids[key] = len(self.patterns)
                self.patterns.append((pattern, first))
            return self._ids[key]

    def make_eager(self, pid: int) -> None:
        """Find pattern `pid` in the one pass. A pattern that cannot be embedded in a
        combined one (back-references, other flags) stays lazy, tried at its words."""
        pattern, first = self.patterns[pid]
        if pid in self.eager or pattern.flags != _IGNORECASE_FLAGS:
            return
        if uncaptured(pattern.pattern) is None:
            return
        with self._lock:
            self.eager.add(pid)
            for word in first:
                self._by_first.setdefault(word, []).append(pid)
            # Every combined pattern may change: rebuilt lazily, and cached scans expire.
            self._finder = None
            self._sources.clear()
            self._combined.clear()
            self._tables = ({}, {})
            self.generation += 1

    def first_words(self) -> list[str]:
        """Every word an eager pattern can start with ("#": any number)."""
        return list(self._by_first)

    def first_word_set(self) -> frozenset[str]:
        """Every word an eager pattern can start with ("#": any number), as a set."""
        words = self._finder
        if words is None:
            with self._lock:
                words = self._finder = frozenset(self._by_first)
        return words

    def word_finder(self, ignore_case: bool = False) -> re.Pattern[str]:
        """The finder of the words that start an eager pattern (see `word_finder`)."""
        return word_finder(self.first_word_set(), ignore_case)

    def _for_word(self, word: str) -> tuple[str, tuple[int, ...]]:
        """The combined source of every eager pattern that can start at `word`
        (specialised to it), and the patterns' ids in the order of their markers."""
        entry = self._sources.get(word)
        if entry is not None:
            return entry
        with self._lock:
            ids = list(self._by_first.get(word, ()))
            if word[:1].isdigit():
                ids += [pid for pid in self._by_first.get("#", ()) if pid not in ids]
            parts: list[str] = []
            kept: list[int] = []
            for pid in ids:
                source = uncaptured(self.patterns[pid][0].pattern)
                assert source is not None  # see `make_eager`
                special = specialise(source, word if word[:1].isalpha() else "")
                if special is not None:
                    parts.append(f"(?:(?={special})())?")
                    kept.append(pid)
            entry = self._sources[word] = ("".join(parts) or "(?!)", tuple(kept))
        return entry

    def combined(self, word: str, ignore_case: bool) -> tuple[re.Pattern[str], tuple[int, ...]]:
        """`_for_word(word)` compiled: case-sensitive for lower-case text, or ignoring
        case (compiled only when a text needs it: compiling is the costly part)."""
        key = (word, ignore_case)
        entry = self._combined.get(key)
        if entry is None:
            with self._lock:
                source, ids = self._for_word(word)
                entry = (re.compile(source, re.IGNORECASE if ignore_case else 0), ids)
                self._combined[key] = entry
        return entry

    def _entry(self, found: str, ignore_case: bool) -> _Entry:
        """The combined pattern's `match` and marker ids for a word as the finder found
        it (remembered, except for numbers no pattern names: there is no end to those)."""
        word = found.lower() if ignore_case else found
        with self._lock:  # made and kept under one lock: never stale (see `make_eager`)
            if word[0].isdigit() and word not in self._by_first:
                combined, ids = self.combined("#", ignore_case)  # any number
                return combined.match, ids
            combined, ids = self.combined(word, ignore_case)
            entry = self._tables[ignore_case][found] = (combined.match, ids)
        return entry

    def scan(self, text: str) -> TurnScan:
        """Where each eager pattern matches in `text` (see `TurnScan`)."""
        norm = normalise(text)
        low = norm.lower()
        # Text is matched lower-cased and case-sensitively: the same matches, and `re`
        # can skip an alternative on its first letter, which it cannot ignoring case.
        # Text whose lower-casing moves offsets ("İ" becomes two characters) is matched
        # as it is, ignoring case.
        ignore_case = len(low) != len(norm)
        subject = norm if ignore_case else low
        table = self._tables[ignore_case]
        hits: dict[int, list[int]] = {}
        # Where a pattern may start: on lower-case text, each word as `_WORD` reads it
        # that starts an eager pattern (any word starting with a digit, when "#" does);
        # these are exactly the words `word_finder` finds, and one `finditer` over the
        # words with a look-up each costs a third of that finder's pass. Other text goes
        # through the finder, which finds nothing else.
        starts = self.first_word_set()
        numbers = "#" in starts
        finder = self.word_finder(True).finditer if ignore_case else _WORD.finditer
        for found in finder(subject):
            word = found[0]  # the finder's group 0 is its word too
            entry = table.get(word)
            if entry is None:
                if not (ignore_case or word in starts or (numbers and word[0] in _DIGITS)):
                    continue  # the usual word: nothing starts there
                entry = self._entry(word, ignore_case)
            position = found.start()
            m = entry[0](subject, position)
            if m is None or m.lastindex is None:
                continue  # no pattern matches here: the usual case
            ids = entry[1]
            if len(ids) == 1:
                hits.setdefault(ids[0], []).append(position)
                continue
            # A marker group is "" where its pattern matched, None where it did not.
            for pid, marker in zip(ids, m.groups(), strict=True):
                if marker is not None:
                    hits.setdefault(pid, []).append(position)
        if not hits:
            return _EMPTY_SCAN
        return TurnScan(hits, frozenset(hits))  # type: ignore[arg-type]


_SCANNER = _Scanner()


@lru_cache(maxsize=256)
def word_finder(words: frozenset[str], ignore_case: bool = False) -> re.Pattern[str]:
    """One pattern finding where one of `words` starts as a whole word, in lower-case
    text (or in any text, `ignore_case`): group 1 is the word; "#" among `words` finds
    any word starting with a digit.

    Each branch starts with the word's first letter and checks the word boundary just
    after it, so that `re` can skip, in C, every character that starts no word of the
    tree (a leading look-behind would make it try the whole tree everywhere).
    """
    by_letter: dict[str, list[str]] = {}
    for word in words:
        if _WORD.fullmatch(word):
            by_letter.setdefault(word[0], []).append(word[1:])
    any_number = "#" in words
    if any_number:
        for digit in "0123456789":
            by_letter.setdefault(digit, [])
    branches = []
    for letter, rests in sorted(by_letter.items()):
        tails = [re.escape(t) for t in sorted({r for r in rests if r}, key=len)[::-1]]
        if any_number and letter.isdigit():
            tails.append(r"[a-z0-9]*(?:['\-][a-z0-9]+)*")  # any number at all
        optional = "?" if "" in rests else ""
        body = f"(?:{'|'.join(tails)}){optional}" if tails else ""
        # (?<![a-z0-9].) after the letter: the character before it is no part of a
        # word; the second look-behind covers "don't" and "follow-up".
        branches.append(rf"{re.escape(letter)}(?<![a-z0-9].)(?<![a-z0-9]['\-].){body}")
    inner = "|".join(branches) or "(?!)"
    return re.compile(rf"({inner}){_WORD_END}", re.IGNORECASE if ignore_case else 0)


def prepare() -> int:
    """Compile every combined pattern, and every registered pattern, now rather than on
    first use; returns how many combined patterns there are.

    Compiling is the costly part of the scanner (about two seconds for the default
    rubric), paid once per process; a batch run does it before it starts the clock or
    forks its workers, so that they share the compiled patterns.
    """
    _SCANNER.word_finder()
    for word in list(_SCANNER.first_words()):
        _SCANNER.combined(word, ignore_case=False)
    for pattern, _ in list(_SCANNER.patterns):
        pattern.compiled  # noqa: B018 (compiled on first use otherwise)
    return len(_SCANNER.first_words())


def scan(text: str) -> TurnScan:
    """Where every eager `AnchoredPattern` matches in `text` (cached per text)."""
    return _scan(text, _SCANNER.generation)


@lru_cache(maxsize=TEXTS)
def _scan(text: str, generation: int) -> TurnScan:  # noqa: ARG001
    # `generation` is part of the key: a pattern made eager later invalidates old scans.
    return _SCANNER.scan(text)


def forget_scans() -> None:
    """Empty the per-text caches of this module (see `scoring.forget`)."""
    _scan.cache_clear()
    lazy_scans.cache_clear()
    _caseless_beyond_ascii.cache_clear()


@lru_cache(maxsize=TEXTS)
def lazy_scans(text: str, pid: int) -> tuple[int, ...]:
    """Where the (lazy) pattern `pid` matches in `text`: tried at each of its words."""
    pattern, first = _SCANNER.patterns[pid]
    if first.isdisjoint(word_set(text)):
        return ()  # none of its words: decided in C
    norm = normalise(text)
    low = norm.lower()
    lowered = _lower_case(pid) if _caseless_beyond_ascii(norm) else None
    if lowered is not None:
        # Its lower-cased copy, matched case-sensitively (see `lower_case`).
        return tuple(m.start() for m in word_finder(first).finditer(low) if lowered(low, m.start()))
    same = len(low) == len(norm)  # see `_Scanner.scan`
    finder = word_finder(first, not same)
    return tuple(
        m.start() for m in finder.finditer(low if same else norm) if pattern.match(norm, m.start())
    )


@lru_cache(maxsize=TEXTS)
def _caseless_beyond_ascii(text: str) -> bool:
    """True when every character of `text` outside ASCII is no letter and has no case
    ("—", "…", "€", an emoji): ignoring case, such a character only matches itself, so
    the text lower-cased reads as ASCII text would (see `lower_case`). Remembered per
    text: `lazy_scans` asks once per pattern, and a turn with a dash or a curly quote
    was otherwise read character by character each time."""
    if text.isascii():
        return True
    return all(
        char.isascii() or (not char.isalpha() and char.lower() == char == char.upper())
        for char in set(text)
    )


@cache
def _lower_case(pid: int) -> Callable[[str, int], re.Match[str] | None] | None:
    """The `match` of pattern `pid` compiled without `re.IGNORECASE`, for lower-cased
    text (`_caseless_beyond_ascii`), where it matches exactly where the pattern does in
    the text as written
    (`re` can then skip an alternative on its first letter); None when that cannot be
    promised (see `lower_case`)."""
    pattern = _SCANNER.patterns[pid][0]
    if pattern.flags != _IGNORECASE_FLAGS or not lower_case(pattern.pattern):
        return None
    return re.compile(pattern.pattern).match


_CASE_SENSITIVE_PARTS = re.compile(r"\\[0-9xuUN]|\(\?[aiLmsux-]")
# What is no letter of the text in a pattern: escapes ("\\S"), group names ("(?P<Verb>").
_NOT_LETTERS = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


def lower_case(source: str) -> bool:
    """True when the regex `source`, compiled without `re.IGNORECASE`, matches lower-cased
    text (ASCII, or beyond it only characters without case) exactly where it matches the
    text as written with it: no upper-case letter
    in it (escapes such as "\\S" and group names aside), no letter outside ASCII (only
    those can match an ASCII letter ignoring case: the Kelvin sign, the long s), no escape
    that names a character by its code ("\\x41") and no inline flags ("(?-i:...)")."""
    if _CASE_SENSITIVE_PARTS.search(source):
        return False
    return not any(
        char.isupper() or (not char.isascii() and char.isalpha())
        for char in _NOT_LETTERS.sub("", source)
    )
