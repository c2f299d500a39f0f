"""Shared text analysis for the CARE detectors: sentences, tokens with offsets, content words.

Every detector needs the same few things from a turn: where its sentences start and end,
its words with their character offsets (so evidence can quote the exact span), and a
normalised bag of content words to compare one turn with another. This module does those
once, quickly (compiled regular expressions, no per-call object graphs beyond small
tuples), and caches the last results because the same turn is read by many detectors.

Nothing here is specific to one behaviour; phrase lists live in `lexicons/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from legendary.care.lexicons import load_lexicon

# Words: letters/digits with inner apostrophes ("don't", "customer's") or hyphens
# ("follow-up"). Typographic apostrophes are normalised before matching.
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")
# The same on lower-cased text, a little faster (the hot path of every detector).
_LOWER_WORD_RE = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")
# A sentence ends at . ! ? (possibly repeated, possibly followed by closing quotes or
# brackets) followed by white space, or at a line break.
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"')\]]*(?=\s)|\n+")
#: How many distinct texts each per-text cache keeps. Every detector reads the same few
#: things of a turn (its words, sentences, content words), and agents repeat themselves
#: across conversations (greetings, saved replies), so these are cached per text; at
#: about 1 kB a text, all the caches together stay in the tens of megabytes.
TEXTS = 4096
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})

# Suffixes stripped by `lemma`, longest first; each with the minimum stem length it
# leaves, so that "thing" or "news" are not mangled.
_SUFFIXES: tuple[tuple[str, str, int], ...] = (
    ("ational", "ate", 4),
    ("ization", "ize", 4),
    ("fulness", "ful", 4),
    ("iveness", "ive", 4),
    ("ies", "y", 3),
    ("ied", "y", 3),
    ("ing", "", 4),
    ("edly", "", 4),
    ("ed", "", 4),
    ("ly", "", 4),
    ("es", "", 4),
    ("s", "", 3),
)
_CONTRACTIONS = re.compile(r"'(s|re|ve|ll|d|m|t)$")


class Token(NamedTuple):
    """A word with its position: `text` as written, `lower` lower-cased with plain
    apostrophes, `start`/`end` offsets into the original (`original[start:end] == text`)."""

    text: str
    lower: str
    start: int
    end: int


class Span(NamedTuple):
    """A stretch of the original text: `text == original[start:end]`."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=TEXTS)
def normalise(text: str) -> str:
    """Typographic quotes and apostrophes replaced by plain ones, a stuttered function
    word's hyphen by a space ("I-I'd like" reads "I I'd like"), and the @handles a tweet
    reply opens with by blanks: the same length, so offsets into the result are offsets
    into the original. Cached: every detector asks."""
    # Most turns are plain ASCII without backticks: skip the (slow) translate for them.
    if not text.isascii() or "`" in text:
        text = text.translate(_APOSTROPHES)
    if "@" in text:
        text = _LEADING_MENTIONS_RE.sub(_blanked, text)
    return _STUTTER_RE.sub(_unstutter, text) if "-" in text else text


# A tweet reply opens with the handles it answers ("@sam_k @Brand Go to Settings…"), which
# Twitter itself does not show as part of the text. Read as words, they would make the
# real first word ("Go") look mid-sentence to every rule that wants a sentence start, and
# lend a paraphrase the handle's "words". Blanked, not removed, so offsets still hold.
_LEADING_MENTIONS_RE = re.compile(r"\A(?:\s*@\w+[:,]?)+(?=\s)")


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found[0])


# Transcribed speech writes a stutter as one hyphenated word ("I-I'd", "the-the form",
# "it's-it's"), which hides the word from every phrase that starts with it ("I'd like to
# suggest…" never meets "I-I'd"). A function word said twice across a hyphen is read as
# a pause; words doubled on purpose ("so-so", "uh-uh", "bye-bye") keep their hyphen.
_STUTTER_RE = re.compile(r"(?<![\w'])([a-z]+(?:'[a-z]+)?)-(?=\1(?![a-z]))", re.IGNORECASE)
_DOUBLED_ON_PURPOSE = frozenset(
    {"so", "no", "uh", "um", "er", "erm", "ah", "oh", "mm", "hmm", "bye", "ha", "yeah"}
)


def _unstutter(found: re.Match[str]) -> str:
    word = found[1].lower()
    if word in stopwords() and word not in _DOUBLED_ON_PURPOSE:
        return found[1] + " "
    return found[0]


@lru_cache(maxsize=TEXTS)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of `text` in order, with character offsets into `text`.

    Punctuation is skipped; apostrophes inside a word are kept ("don't" is one token).
    """
    norm = normalise(text)
    return tuple(
        Token(text[m.start() : m.end()], m.group().lower(), m.start(), m.end())
        for m in _WORD_RE.finditer(norm)
    )


@lru_cache(maxsize=TEXTS)
def words(text: str) -> list[str]:
    """The lower-cased words of `text` (no offsets): the cheap path for look-ups.

    Cached: treat the list as read-only.
    """
    return _LOWER_WORD_RE.findall(normalise(text).lower())


@lru_cache(maxsize=TEXTS)
def sentences(text: str) -> tuple[Span, ...]:
    """`text` split into sentences, each with its offsets, surrounding blanks trimmed.

    A sentence ends at ., !, ? or … followed by white space, or at a line break; the
    closing punctuation stays with its sentence (so a question keeps its "?"). Empty
    pieces are dropped, and so are the @handles a tweet reply opens with (see `normalise`).
    Abbreviations like "Mr." split too: good enough for judging
    behaviours, which never hinge on that.
    """
    out: list[Span] = []
    begin = 0
    # Trimmed by the normalised text, so the handles a tweet reply opens with stay out.
    norm = normalise(text)
    for m in _SENTENCE_END_RE.finditer(text):
        _append_trimmed(out, text, norm, begin, m.end())
        begin = m.end()
    _append_trimmed(out, text, norm, begin, len(text))
    return tuple(out)


def _append_trimmed(out: list[Span], text: str, norm: str, start: int, end: int) -> None:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(text[start:end], start, end))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude lemma of a lower-case word: contractions and common suffixes removed.

    "charged" -> "charg", "charging" -> "charg", "charges" -> "charg", "refunds" ->
    "refund", "deliveries" -> "delivery", "customer's" -> "customer". Not linguistics,
    only a way to let "you were charged twice" match "I was charged twice".
    """
    word = _CONTRACTIONS.sub("", word.lower())
    if word.endswith("ings") and len(word) > 7:
        # A plural of an "-ing" noun meets its singular: "evenings" and "evening" both
        # go to "even", as "feelings" and "feeling" to "feel" (stripping the "s" alone
        # left "evening", which never met the customer's "evening").
        word = word[:-1]
    for suffix, replacement, min_stem in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            stem = word[: len(word) - len(suffix)] + replacement
            # "charge" and "charged" should meet: drop a final silent e as well.
            return stem[:-1] if stem.endswith("e") and len(stem) > 4 else stem
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words and fillers that carry no topic ("the", "uh", "really"...)."""
    return frozenset(load_lexicon("stopwords"))


def is_content_word(lower: str) -> bool:
    """True for a lower-case word that carries topic: not a stop word, not a bare number
    of one digit, at least two letters."""
    return len(lower) > 1 and lower not in stopwords() and not lower.isdigit()


@lru_cache(maxsize=TEXTS)
def content_lemmas(text: str) -> frozenset[str]:
    """The lemmas of the content words of `text` (see `is_content_word`, `lemma`)."""
    # Set difference first (in C): the stop words are most of any turn.
    return frozenset(
        lemma(w) for w in set(words(text)) - stopwords() if len(w) > 1 and not w.isdigit()
    )


def content_tokens(text: str) -> list[Token]:
    """The tokens of `text` that are content words, in order."""
    return [t for t in tokens(text) if is_content_word(t.lower)]


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One compiled, case-insensitive regex matching any of `phrases` as whole words.

    Phrases are literal text, except that a phrase may contain regex syntax when it starts
    with "re:" (the prefix is removed). Longest phrases are tried first so that "thank you
    so much" wins over "thank you". Apply it to `normalise(text)` so curly apostrophes match.
    """
    # Built as a prefix tree (see `phrase_alternation`): same matches, several times faster.
    return re.compile(phrase_alternation(phrases), re.IGNORECASE)


def find_all(pattern: re.Pattern[str], text: str) -> list[Span]:
    """Every match of `pattern` in `normalise(text)`, as spans of the original `text`."""
    return [
        Span(text[m.start() : m.end()], m.start(), m.end())
        for m in pattern.finditer(normalise(text))
    ]


def sentence_at(text: str, offset: int) -> Span:
    """The sentence of `text` containing character `offset` (the whole text if none)."""
    for sent in sentences(text):
        if sent.start <= offset < sent.end:
            return sent
    return Span(text, 0, len(text))


def overlap(a: Sequence[str] | frozenset[str], b: Sequence[str] | frozenset[str]) -> float:
    """How much of the smaller bag of words the two share (0 to 1); 0 if either is empty."""
    sa, sb = frozenset(a), frozenset(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


class PhraseIndex:
    """Word-sequence phrases found in one pass over a list of lower-case words.

    Faster than a big regex alternation on every turn: phrases are grouped by their
    first word, so each word costs one dictionary look-up. Each phrase carries a value
    (a weight, a category...) returned with its match.
    """

    def __init__(self, phrases: Iterable[tuple[str, float]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], float]]] = {}
        for phrase, value in phrases:
            parts = tuple(t.lower for t in tokens(phrase))
            if parts:
                self._by_first.setdefault(parts[0], []).append((parts, value))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)

    def find(self, lower_words: Sequence[str]) -> list[tuple[int, int, float]]:
        """Non-overlapping matches as (first word index, index after last word, value),
        longest phrase first at each position."""
        by_first = self._by_first
        if by_first.keys().isdisjoint(lower_words):
            return []  # the usual case, decided in C without a Python loop
        found: list[tuple[int, int, float]] = []
        i, n = 0, len(lower_words)
        while i < n:
            candidates = by_first.get(lower_words[i])
            matched = 0
            if candidates:
                for parts, value in candidates:
                    size = len(parts)
                    if tuple(lower_words[i : i + size]) == parts:
                        found.append((i, i + size, value))
                        matched = size
                        break
            i += matched or 1
        return found


_DIGIT_WORD = re.compile(r"(?<![a-z0-9])(?<![a-z0-9]['\-])[0-9]")


@lru_cache(maxsize=TEXTS)
def word_set(text: str) -> frozenset[str]:
    """The lower-cased words of `text` as a set (cached per text), plus "#" when a word
    starts with a digit: the turn's gate.

    A detector that can only fire on a few words tests them against this with
    `isdisjoint` / `&`, which run in C over the smaller of the two sets. Built with
    `findall`, without offsets: it runs on every turn.
    """
    low = normalise(text).lower()
    found = frozenset(_LOWER_WORD_RE.findall(low))
    return found | {"#"} if _DIGIT_WORD.search(low) else found


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-cased first word of each literal phrase ("re:" patterns are skipped)."""
    found = set()
    for phrase in phrases:
        if not phrase.startswith("re:"):
            first = tokens(phrase)
            if first:
                found.add(first[0].lower)
    return frozenset(found)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """Regex source (compile it with `re.IGNORECASE`) matching any of `phrases` as whole
    words; see `_phrase_alternation`. Cached, so building a pattern per call is cheap."""
    return _phrase_alternation(tuple(phrases))


@lru_cache(maxsize=1024)
def _phrase_alternation(phrases: tuple[str, ...]) -> str:
    """Regex source (compile it with `re.IGNORECASE`) matching any of `phrases` as whole
    words: the same language as `phrase_pattern`, ready to embed in a bigger pattern.

    Literal phrases are built into a prefix tree ("i will", "i will make sure", "i won't"
    share their start): Python's `re` tries every branch of a flat alternation at every
    position, a tree one branch per letter, several times faster on long lists. At each
    node the longer continuation is tried first, as with a longest-first alternation.
    Phrases starting with "re:" are regular expressions, tried before the literals.
    """
    tree: dict[str, dict[str, Any]] = {}
    raw: list[str] = []
    for phrase in phrases:
        if phrase.startswith("re:"):
            raw.append(phrase[3:])
            continue
        node = tree
        for char in " ".join(phrase.lower().split()):
            node = node.setdefault(char, {})
        node[""] = {}
    alternatives = [*raw, _tree_source(tree)] if tree else raw
    return r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])"


def _tree_source(node: dict[str, dict[str, Any]]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _tree_source(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: the continuation is optional (greedy first)
        return body + "?" if len(branches) == 1 and body.startswith("(?:") else f"(?:{body})?"
    return body
