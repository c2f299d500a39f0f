"""Feeling words aimed at the other person's situation: a broad vocabulary in a few frames.

`acknowledges_feelings` learnt its phrasings family by family ("that sounds stressful",
"what a nightmare"), and each new block of replies brought feeling words no family held
("that's gutting", "how heartbreaking", "such a lonely place to be"). This module reads
a broad vocabulary instead: the words of the vaderSentiment lexicon (a dependency, read
from its package at run time) whose valence is strong, plus a few it lacks, less the
words of service talk that carry valence but name no feeling ("thanks", "free",
"broken"). A word counts only in a frame that aims it at the other person's situation
("that sounds so <word>", "you must be <word>", "how <word>!", "what a <word> thing",
"no wonder you're <word>"): the frames and word lists live in `lexicons/feelings.json`
(section "affect"). A frame with the empty group `(?P<negative>)` takes only negative
words ("…must be unbearable" with no subject: "must be awesome" is too often the
speaker's own).

Two more vocabularies have frames of their own: feelings named as nouns ("that kind of
loneliness", "the stress of it all", "it's a grief people don't talk about", "that guilt
sounds heavy") and idioms that carry a feeling without a feeling word ("you've been
through the wringer", "I bet you're walking on air", "what a kick in the teeth"), the
latter after a word that aims them at the other person with none of the speaker's own
between ("I'm over the moon with the new system" is the speaker's).

A positive word (or noun, or idiom) is a feeling only after news: "that's brilliant"
after "I got the job!" shares their joy, after "can I move it to Friday?" it agrees to a
plan. Words also said to agree ("great", "perfect", "sounds good") need the other
person's turn to be news with a feeling in it ("!" or a feeling word), not a question
or a request; other positive words need a turn that is not a question; negative words
count after any turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from legendary.care.lexicons import load_lexicon
from legendary.care.regex_shape import regex_first_words
from legendary.care.text import Span, normalise, sentence_at, word_set

#: A sentence that asks ("…?") or a turn that asks for something ("can I…", "please…").
_ASKS = re.compile(
    r"\?\s*$|^\s*(?:can|could|would|will|shall|should|do|does|did|is|are|may|please|how|what|"
    r"when|where|which|why|who)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FrameSet:
    """Frames that aim one kind of feeling term at the other person's situation, with
    the terms' valence: single words ("gutting"), feeling nouns ("that kind of
    loneliness") or idioms ("you've been through the wringer")."""

    #: Term (its words joined by single spaces) -> valence.
    valence: dict[str, float]
    #: Words one of which a turn must hold for any term of the set to be in it (for an
    #: idiom, its least common word): the set's frames are tried only in such a turn.
    needs: frozenset[str]
    #: For terms of several words (idioms), the words of each: a turn must also hold all
    #: the words of one of them. Empty for single words.
    term_words: tuple[frozenset[str], ...]
    frames: tuple[re.Pattern[str], ...]
    #: Per frame, the words it can start with (`regex_first_words`), or for a frame that
    #: starts with no fixed word the words it "needs"; None: unknown. A frame is tried
    #: only in a turn that holds one of them.
    starts: tuple[frozenset[str] | None, ...]


@dataclass(frozen=True, slots=True)
class AffectVocabulary:
    """The feeling words with their valence, the agreement words among the positive
    ones, and the frame sets that aim a word, a noun or an idiom at the other person's
    situation."""

    valence: dict[str, float]
    #: Every feeling word (a turn without one cannot hold a framed feeling word).
    words: frozenset[str]
    agreement: frozenset[str]
    after_not: re.Pattern[str]
    #: Emoji that show a feeling in the other person's turn as "!" does.
    feeling_marks: tuple[str, ...]
    #: The words, the nouns and the idioms, each with its frames.
    sets: tuple[FrameSet, ...]
    #: The words a turn needs for any frame set to find something (the gate).
    opens: frozenset[str]


@cache
def vocabulary() -> AffectVocabulary:
    """The vocabulary of lexicon section "affect" (read once)."""
    section = load_lexicon("feelings")["affect"]
    floor = float(section["min_valence"])
    nouns = tuple(section["noun_endings"])
    valence = {
        word: value
        for word, value in _vader().items()
        if abs(value) >= floor and not word.endswith(nouns)
    }
    # British spellings of VADER's American ones ("agonising", "patronising").
    valence.update({w.replace("iz", "is"): v for w, v in valence.items() if "iz" in w})
    valence.update({word: float(value) for word, value in section["extra"].items()})
    for word in section["not_affect"]:
        valence.pop(word, None)
    idioms = {" ".join(idiom.split()): float(v) for idiom, v in section["idioms"].items()}
    # Longest first, so that "a kick in the teeth" is read whole, not as "a kick".
    said = "|".join(
        r"\s+".join(map(re.escape, idiom.split()))
        for idiom in sorted(idioms, key=len, reverse=True)
    )
    common = frozenset(section["idiom_common_words"])
    sets = (
        _frame_set(valence, frozenset(valence), section["frames"]),
        _frame_set(
            {noun: float(value) for noun, value in section["nouns"].items()},
            frozenset(section["nouns"]),
            section["noun_frames"],
        ),
        _frame_set(
            idioms,
            frozenset(_key_word(idiom, common) for idiom in idioms),
            section["idiom_frames"],
            {"@idiom": f"(?:{said})"},
        ),
    )
    return AffectVocabulary(
        valence,
        frozenset(valence),
        frozenset(section["agreement"]),
        re.compile(section["after_not"].removeprefix("re:")),
        tuple(section["feeling_marks"]),
        sets,
        frozenset().union(*(kind.needs for kind in sets)),
    )


def _key_word(idiom: str, common: frozenset[str]) -> str:
    """The word of `idiom` a turn is least likely to hold otherwise: its longest word
    that is not `common` ("wringer" in "through the wringer"), as `word_set` spells it."""
    words: list[str] = _WORDS.findall(idiom)
    return max((w for w in words if w not in common), key=len, default=max(words, key=len))


_WORDS = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")


def _frame_set(
    valence: dict[str, float],
    needs: frozenset[str],
    frames: list[str | dict[str, str]],
    fill: dict[str, str] | None = None,
) -> FrameSet:
    """The frames of one kind of term, compiled (each "@name" of `fill` replaced)."""
    sources = []
    for frame in frames:
        source = _source(frame).removeprefix("re:")
        for name, pattern in (fill or {}).items():
            source = source.replace(name, pattern)
        sources.append(source)
    starts = tuple(
        frozenset(frame["needs"]) if isinstance(frame, dict) else regex_first_words(source)
        for frame, source in zip(frames, sources, strict=True)
    )
    term_words = tuple(
        frozenset(_WORDS.findall(term)) for term in valence if " " in term or "'" in term
    )
    return FrameSet(
        valence, needs, term_words, tuple(re.compile(source) for source in sources), starts
    )


def _source(frame: str | dict[str, str]) -> str:
    """A frame's regex: the string itself, or the "re" of {"re": …, "needs": […]}."""
    return frame if isinstance(frame, str) else frame["re"]


def _vader() -> dict[str, float]:
    """vaderSentiment's lexicon as word -> mean valence (single lower-case words only;
    its emoticons and phrases are left out)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and _WORD.fullmatch(fields[0]):
            out[fields[0]] = float(fields[1])
    return out


_WORD = re.compile(r"[a-z][a-z'-]*")


def brings_news(context: str) -> tuple[bool, bool]:
    """(is the other person's turn news rather than a question or request, does it show a
    feeling: "!", a feeling word of the vocabulary or an emoji of feeling)."""
    last = context.strip()
    if not last or _ASKS.search(sentence_at(last, max(len(last) - 1, 0)).text):
        return False, False
    vocab = vocabulary()
    felt = (
        "!" in last
        or not vocab.words.isdisjoint(word_set(last))
        or any(mark in last for mark in vocab.feeling_marks)
    )
    return True, felt


def affect_spans(text: str, context: str = "") -> list[Span]:
    """Each feeling word, noun or idiom of `text` that a frame aims at the other
    person's situation, as the frame's match (positive ones only after news, see the
    module docstring)."""
    vocab = vocabulary()
    said = word_set(text)
    if vocab.opens.isdisjoint(said):
        return []
    lowered = normalise(text).lower()
    news: tuple[bool, bool] | None = None
    found: list[Span] = []
    for kind in vocab.sets:
        if kind.needs.isdisjoint(said) or (
            kind.term_words and not any(words <= said for words in kind.term_words)
        ):
            continue  # no word, noun or idiom of this kind in the turn
        for frame, starts in zip(kind.frames, kind.starts, strict=True):
            if starts is not None and starts.isdisjoint(said):
                continue
            for match in frame.finditer(lowered):
                word = " ".join(match["affect"].split())
                value = kind.valence.get(word)
                if value is None or vocab.after_not.match(lowered, match.end("affect")):
                    continue
                if value > 0 and (
                    "negative" in frame.groupindex or not _shares_joy(word, match, lowered, vocab)
                ):
                    continue
                if value > 0:
                    news = brings_news(context) if news is None else news
                    if not news[0] or (word in vocab.agreement and not news[1]):
                        continue
                found.append(Span(text[match.start() : match.end()], match.start(), match.end()))
    return sorted(found, key=lambda span: span.start)


def _shares_joy(word: str, match: re.Match[str], lowered: str, vocab: AffectVocabulary) -> bool:
    """Whether a positive word's frame can share the other person's joy: not in a
    question ("so brave of you?"), and a word also said to agree not in the past ("that
    was nice": mostly the speaker's own story) unless the speaker imagines it for them
    ("bet that felt sweet", "I imagine that was lovely")."""
    if sentence_at(lowered, match.start()).text.rstrip().endswith("?"):
        return False
    if word not in vocab.agreement or _PAST.search(match[0]) is None:
        return True
    return _IMAGINED.search(lowered, max(match.start() - 24, 0), match.start()) is not None


_PAST = re.compile(r"\b(?:was|were|felt|seemed|sounded|looked)\b")
#: Just before a frame: the speaker imagines the other person's feeling.
_IMAGINED = re.compile(r"\b(?:bet|imagine|i'm\s+sure|i\s+am\s+sure|i\s+expect)\s+$")
