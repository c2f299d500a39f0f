"""Reading the shape of a regular expression's source: its groups and alternatives, and
what can match where a given word starts.

The lexicons hold patterns as regex source; the scanner (`patterns`) needs to know which
words a pattern can start with, to embed patterns in a bigger one (their groups made
non-capturing), and to cut a pattern down to the alternatives that can start at one word
(`specialise`). These helpers read the source conservatively: what they cannot judge
they keep, so a cut-down pattern matches exactly where the whole one does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Group syntax that cannot be embedded in a bigger pattern as it is: back-references
# (they count groups), conditionals and global inline flags (only allowed at the start).
_NOT_EMBEDDABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)")
_QUANTIFIERS = ("?", "*", "+", "{")
_ASSERTIONS = ("(?<!", "(?<=", "(?=", "(?!")
_OPENERS = ("(?:", "(?P<", "(")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")


def structure(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """`(index, char, depth)` for each "(", ")" and "|" of a regex source from `start`.

    Escaped characters and character classes are skipped, so their brackets and bars never
    count; `depth` is the group depth after the character.
    """
    depth = 0
    i = start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i) + 1
            continue
        if char in "()|":
            depth += {"(": 1, ")": -1}.get(char, 0)
            yield i, char, depth
        i += 1


def _class_end(source: str, start: int) -> int:
    """Index of the "]" closing the character class that opens at `start`."""
    j = start + 1
    if source.startswith("^", j):
        j += 1
    if source.startswith("]", j):
        j += 1  # a "]" first in a class is a member
    while source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j


# Reading a source is pure Python over every character, and the scanner asks the same
# questions again for each word a big lexicon pattern may start with (`specialise` splits
# the same source and its groups once per word): the answers are kept, keyed by source.
_SHAPES = 8192


@lru_cache(maxsize=_SHAPES)
def group_end(source: str, start: int) -> int:
    """Index of the ")" closing the group that opens at `start`."""
    for i, char, depth in structure(source, start):
        if char == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced group in pattern {source!r}")


def top_level_alternatives(source: str) -> list[str]:
    """`source` split at the "|" that are not inside a group or a character class."""
    return list(_alternatives(source))


@lru_cache(maxsize=_SHAPES)
def _alternatives(source: str) -> tuple[str, ...]:
    parts: list[str] = []
    begin = 0
    for i, char, depth in structure(source):
        if char == "|" and depth == 0:
            parts.append(source[begin:i])
            begin = i + 1
    parts.append(source[begin:])
    return tuple(parts)


def regex_first_words(source: str) -> frozenset[str] | None:
    """The words a regular expression can start with, or None when that cannot be told.

    Understands what the lexicons use at the start of a pattern: look-behinds (skipped),
    non-capturing groups of alternatives (optional ones with "?" or "*" add what
    follows), and a literal word (whose last letter may be optional, "sounds?"). Anything
    else (a character class, "\\w", an anchor) gives None, and the caller falls back to
    scanning the whole text.
    """
    alternatives = top_level_alternatives(source)
    if len(alternatives) > 1:
        # "sorry|apologi[sz]e": any alternative may start the match, not only the first.
        found_any: set[str] = set()
        for alternative in alternatives:
            starts = regex_first_words(alternative)
            if starts is None:
                return None
            found_any |= starts
        return frozenset(found_any)
    i = 0
    while source.startswith(("(?<!", "(?<="), i):
        i = group_end(source, i) + 1
    if i >= len(source):
        return None
    if source.startswith("(?:", i):
        end = group_end(source, i)
        found: set[str] = set()
        for alternative in top_level_alternatives(source[i + 3 : end]):
            starts = regex_first_words(alternative)
            if starts is None:
                return None
            found |= starts
        rest = source[end + 1 :]
        if rest[:1] in ("?", "*"):
            more = regex_first_words(rest[1:])
            if more is None:
                return None
            found |= more
        # "(?:that|this)(?:'s|\s+is)": the text reads "that's" as one word, so it is
        # a first word too (the scanner only tries a pattern at its own first words).
        found |= {w + tail for w in found for tail in _contractions(rest) if w[-1:] != "'"}
        return frozenset(found)
    j = i
    while j < len(source) and source[j] in _WORD_CHARS:
        j += 1
    if j == i:
        return None
    word, following = source[i:j], source[j : j + 1]
    if following == "-" or source.startswith("\\-", j):
        return _hyphenated_first_word(source, i)
    if following == "?":
        return frozenset({word, word[:-1]})
    if following in ("(", "[") or source.startswith(("\\w", "\\S", "\\d"), j):
        return None  # the word goes on in a pattern: its spelling is not fixed
    return frozenset({word})


def _hyphenated_first_word(source: str, i: int) -> frozenset[str] | None:
    """The first word of a pattern that starts with a hyphenated literal at `i`
    ("thank-you\\s+card"): the text reads "thank-you" as one word, so the scanner must
    try the pattern there, not at "thank", a word such a text never has. None when the
    hyphenated word does not have a fixed spelling ("thank-?you", "well-\\w+")."""
    j = i
    while j < len(source):
        if source[j] in _WORD_CHARS or source[j] == "-":
            j += 1
        elif source.startswith("\\-", j):
            j += 2
        else:
            break
    word = source[i:j].replace("\\-", "-")
    if word.endswith("-") or "--" in word or source[j : j + 1] in ("?", "*", "+", "{", "(", "["):
        return None
    if source.startswith(("\\w", "\\S", "\\d"), j):
        return None
    return frozenset({word})


def _contractions(rest: str) -> list[str]:
    """The literal endings ("'s", "'re", "n't") with which `rest`, the pattern after a
    group of first words, may glue onto them to make one word."""
    if rest.startswith("(?:"):
        options = top_level_alternatives(rest[3 : group_end(rest, 0)])
    else:
        options = [rest]
    tails = []
    for option in options:
        j = 0
        while j < len(option) and option[j] in _WORD_CHARS:
            j += 1
        tail = option[:j]
        if tail.startswith("'") or tail.startswith("n'"):
            tails.append(tail)
    return tails


@lru_cache(maxsize=_SHAPES)
def uncaptured(source: str) -> str | None:
    """`source` with its capturing groups made non-capturing (named ones too), or None
    when it cannot be embedded in a bigger pattern (a back-reference, a conditional,
    global flags)."""
    if _NOT_EMBEDDABLE.search(source):
        return None
    out: list[str] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])
            i += 2
        elif char == "[":
            end = _class_end(source, i)
            out.append(source[i : end + 1])
            i = end + 1
        elif source.startswith("(?P<", i):
            out.append("(?:")
            i = source.index(">", i) + 1
        elif char == "(" and not source.startswith("(?", i):
            out.append("(?:")
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def specialise(source: str, word: str) -> str | None:
    """`source` cut down to what can match where the lower-case word `word` starts, or
    None when nothing can.

    Only the alternatives tried first are pruned, those whose literal start contradicts
    `word` ("we'll…" at "i'll", "\\s" inside the word), in the leading groups of the
    pattern; an optional leading group that cannot match there is dropped, and what
    follows it is pruned in turn. Anything it cannot judge (a class, a wildcard, a
    repeated group) is kept, so the result matches at that word exactly where `source`
    does. `word` "" keeps everything.
    """
    if not word:
        return source
    fitted = (_fit(alternative, word) for alternative in top_level_alternatives(source))
    kept = [alternative for alternative in fitted if alternative is not None]
    return "|".join(kept) if kept else None


def _fit(alternative: str, rest: str) -> str | None:
    """One alternative pruned against `rest`, the part of the word still to be matched
    (see `specialise`); None when it cannot match."""
    i = 0
    while alternative.startswith(_ASSERTIONS, i):
        end = group_end(alternative, i)
        if alternative[end + 1 : end + 2] in _QUANTIFIERS:
            return alternative  # a quantified assertion: leave it alone
        i = end + 1
    # The literal letters this alternative starts with, compared with the word.
    while i < len(alternative) and rest:
        char, width = _literal_at(alternative, i)
        if char is None or alternative[i + width : i + width + 1] in _QUANTIFIERS:
            break  # not a plain literal, or an optional one: cannot judge further
        if char != rest[0]:
            return None
        rest = rest[1:]
        i += width
    if not rest:
        # The word is used up: the next character must not carry the word on, unless it
        # may be left out ("means?" at "mean", "sounds?" at "sound").
        char, width = _literal_at(alternative, i) if i < len(alternative) else (None, 0)
        optional = alternative[i + width : i + width + 1] in ("?", "*", "{")
        return None if char is not None and char.isalnum() and not optional else alternative
    if alternative.startswith(("\\s", " "), i):
        return None  # a space where the word goes on
    if not alternative.startswith(_OPENERS, i) or alternative.startswith(_ASSERTIONS, i):
        return alternative
    end = group_end(alternative, i)
    quantifier = alternative[end + 1 : end + 2]
    opener = _opener(alternative, i)
    body = alternative[i + len(opener) : end]
    inner = [a for a in (_fit(a, rest) for a in top_level_alternatives(body)) if a is not None]
    if quantifier in ("?", "*") and not alternative.startswith("?", end + 2):
        if inner:
            return alternative  # it may match here, or be skipped: keep it as it is
        # It cannot match here, so it is skipped: what follows must go on with the word.
        following = alternative[end + 2 :]
        if not following:
            return alternative[:i]  # the rest of the word is up to what comes after
        fitted = _fit(following, rest)
        return None if fitted is None else alternative[:i] + fitted
    if quantifier in _QUANTIFIERS:
        return alternative  # repeated ("+", "{2}"): keep it all
    if not inner:
        return None
    return f"{alternative[:i]}{opener}{'|'.join(inner)}){alternative[end + 1 :]}"


def _opener(source: str, i: int) -> str:
    """The opening of the (non-assertion) group at `i`: "(?:", "(?P<name>" or "("."""
    if source.startswith("(?P<", i):
        return source[i : source.index(">", i) + 1]
    return "(?:" if source.startswith("(?:", i) else "("


def _literal_at(source: str, i: int) -> tuple[str | None, int]:
    """The literal character at `source[i]` (lower-cased) and its width in the source,
    or (None, 0) when the source has something else there (a group, a class, a dot…)."""
    char = source[i]
    if char == "\\":
        escaped = source[i + 1 : i + 2]
        if escaped and not escaped.isalnum():
            return escaped, 2
        return None, 0
    if char.isalnum() or char in "'-,:;!&<>\"/=%@#~`":
        return char.lower(), 1
    return None, 0
