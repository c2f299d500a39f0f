"""The rules' reading of a customer turn: VADER's valences and the service cues.

How customers talk to a service, written down: a complaint is often factual ("still
waiting", "third time I call", "on hold for 2 hours") with no emotional word at all,
praise is often sarcastic ("great, just great", "thanks for nothing"), words like "help"
or "please" are requests, not warmth, and praise for what did not happen ("would have
been nice") is a complaint. `read` adds it all up in one pass over the words; the phrase
lists live in `lexicons/service_sentiment.json`. `legendary.care.sentiment` labels
turns from this reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal, NamedTuple

from legendary.care.lexicons import load_lexicon
from legendary.care.text import words

Label = Literal["negative", "neutral", "positive"]

# VADER's own constants: how much a booster adds and how a negation scales a valence.
_BOOST = 0.293
_NEGATION_SCALE = -0.74
# Clause weights around "but": what follows carries the speaker's point.
_BEFORE_BUT, _AFTER_BUT = 0.5, 1.5
# Thresholds on the adjusted polarity; measured on service complaints and praise, a
# complaint needs less evidence than praise (customers rarely write to say all is fine).
_NEGATIVE_BELOW = -0.9
_POSITIVE_ABOVE = 1.9

# Texts longer than this many words are scaled down (see `polarity`).
_SHORT = 25
_QUESTION_DAMPING = 0.5
# Problem cues adding up to this much make the turn a complaint (thanks then is politeness):
# one strong cue or two mild ones, so that "thanks for sorting the refund" stays thanks.
_COMPLAINT = -3.0
# A turn that opens by answering "No," (not negating what follows).
_ANSWER_NO = re.compile(r"\s*no\s*[,.!;:\-–—]", re.IGNORECASE)
_EMPHASIS = 1.3
# A problem named within this many words after "if" is a hypothesis, worth this much.
_CONDITION_WORDS = 6
# A word this negative in VADER's list is a harm nobody thanks for ("thanks for the mess").
_HARMFUL = -1.5
_HYPOTHETICAL = 0.3
# What praise said with a negation is worth ("could not be happier"): a clear praise cue.
_IDIOM = 3.0
# The value of a plain phrase in the cue index: words that read as mood one by one but
# say none together ("happy for you to go ahead", "I'll wait for the email", "sorry, I
# missed your call"). They are hidden like idioms and add nothing.
_PLAIN = 0.0


@lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    """VADER's word valences with the service overrides applied (loaded once)."""
    source = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
    valences: dict[str, float] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        word, _, rest = line.partition("\t")
        if rest:
            valences[word] = float(rest.split("\t", 1)[0])
    overrides: dict[str, float] = load_lexicon("service_sentiment")["valence_overrides"]
    valences.update(overrides)
    return valences


class _Pattern(NamedTuple):
    """A cue pattern, tried only when one of its `when` strings is in the lower-cased
    text: a regex costs microseconds a turn even when it cannot match, a substring test
    a fraction of one."""

    regex: re.Pattern[str]
    weight: float
    when: tuple[str, ...]
    ascii: bool  # False for emoji: an ASCII text cannot contain them
    # A question it matches asks nothing ("how hard can it be?"): see `_read_part`.
    rhetorical: bool
    # A match the rest of the turn gainsays, outside its clause, does not count: advice
    # beside praise recommends ("you should hire more people like Sarah, she was
    # brilliant"), loyalty beside a complaint is betrayed ("I would never fly anyone
    # else, and this is how you treat me?"). See `_gainsaid`.
    unless_gainsaid: bool
    # Praise said with a negation, read by its structure ("we'll never stay anywhere
    # else"): its words are hidden and it counts as an idiom does (see `_read_whole`).
    whole: bool
    # A doubt put as a question ("do you even test ...?") that the turn asks in earnest
    # when it gives a reason or a wish ("I'm vegan and want to be sure", "would love
    # to ..."): then it counts for nothing. See `_in_earnest`.
    unless_earnest: bool


class _CueTable:
    """Phrases (service cues, sarcasm, requests, middling verdicts) found in one pass as
    `text.PhraseIndex.find` finds them (non-overlapping, longest first at each
    position), but keyed by their first two words: hundreds of cues open with "no",
    "not", "i" or "you", and trying each against every such word in a turn would cost
    more than the rest of the reading."""

    def __init__(self, phrases: list[tuple[str, float]]) -> None:
        self._single: dict[str, float] = {}
        # first word -> second word -> the remaining words and value, longest first.
        self._longer: dict[str, dict[str, list[tuple[tuple[str, ...], float]]]] = {}
        for phrase, value in phrases:
            parts = tuple(words(phrase))
            if len(parts) == 1:
                self._single.setdefault(parts[0], value)
            elif parts:
                by_second = self._longer.setdefault(parts[0], {})
                by_second.setdefault(parts[1], []).append((parts[2:], value))
        for by_second in self._longer.values():
            for candidates in by_second.values():
                candidates.sort(key=lambda c: len(c[0]), reverse=True)
        self._first = frozenset(self._single) | frozenset(self._longer)

    def find(self, lower: list[str]) -> list[tuple[int, int, float]]:
        """Non-overlapping matches as (first word index, index after the last, value)."""
        if self._first.isdisjoint(lower):
            return []  # decided in C without a Python loop
        found: list[tuple[int, int, float]] = []
        single, longer = self._single, self._longer
        i, n = 0, len(lower)
        while i < n:
            word = lower[i]
            size = 0
            by_second = longer.get(word)
            if by_second is not None and i + 1 < n:
                for rest, value in by_second.get(lower[i + 1], ()):
                    end = i + 2 + len(rest)
                    if tuple(lower[i + 2 : end]) == rest:
                        found.append((i, end, value))
                        size = end - i
                        break
            if not size:
                alone = single.get(word)
                if alone is not None:
                    found.append((i, i + 1, alone))
            i += size or 1
        return found


@dataclass(frozen=True, slots=True)
class _Cues:
    """The compiled service cues (built once from the lexicon)."""

    phrases: _CueTable
    patterns: tuple[_Pattern, ...]
    sarcasm: _CueTable
    # Sarcasm phrases that are meant in a turn that says something went well ("that
    # worked first time, thanks a lot!"), as word tuples, and those words ("worked",
    # "sorted", "brilliant"): see `_sarcastic`.
    sarcasm_unless_went_well: frozenset[tuple[str, ...]]
    went_well: frozenset[str]
    # Emoji that take back the praise beside them ("super helpful 🙄", "love that for
    # me 🙃"): see `_read_part`.
    sarcasm_marks: tuple[str, ...]
    gratitude: frozenset[str]
    # The gratitude words that open a thanks phrase of their own: not those that only
    # lead one ("many thanks", "much appreciated"), which before praise intensify it
    # ("much faster", "much easier" is praise, not thanks).
    thanking: frozenset[str]
    harms: frozenset[str]
    # The harms said as what someone did ("losing", "cancelling"): "great job losing my
    # bag" is sarcasm like "thanks for losing my bag".
    doings: frozenset[str]
    remedies: frozenset[str]
    # A remedy the customer has in hand: "got my refund", "the replacement arrived" (see
    # `_received_remedies`).
    received: frozenset[str]
    remedy_things: frozenset[str]
    arrived: frozenset[str]
    # Words of loss whose thing, arriving, was found ("the lost parcel turned up").
    found_things: frozenset[str]
    wishes: frozenset[str]
    # After a modal, what the customer could do with or use: praise wished for.
    wished_with: frozenset[str]
    negations: frozenset[str]
    boosters: frozenset[str]
    # Request phrases ("can you", "please") valued _REQUEST, information phrases ("is
    # there", "status") _INFORMATION, phrases in both lists the sum: one pass finds both.
    asks: _CueTable
    # Middling verdicts ("okay", "average", "nothing special"): see `lukewarm`.
    lukewarm: _CueTable
    # Praise said with a negation ("couldn't be happier"), as word tuples; they are
    # found by `phrases` too (valued _IDIOM), in the same pass as the other cues.
    idioms: frozenset[tuple[str, ...]]
    # Problems whose denial says all went well ("never had a problem", "haven't had to
    # chase", "wasn't late once"): see `_denied_problems`.
    problems: frozenset[str]
    problem_words: frozenset[str]  # their first words: a cheap test before the rule
    # The words that may stand between a negation and the problem it denies: "never had
    # a problem", "not one single glitch", "no more queues"; any other word means the
    # negation is about something else ("not the first problem").
    denial_fillers: frozenset[str]
    # A negation that opens a turn as a plea ("don't", "please"): what it negates is
    # feared, not denied (see `_denied_problems`).
    pleading: frozenset[str]
    # Verbs of lasting: "still" right before one praises ("still lasts two days", "still
    # works"): see `_still_praised`.
    lasting: frozenset[str]
    # Words that turn a middling verdict into plain praise: "not bad at all", "no
    # complaints whatsoever" (after it), "exactly as described" (before it).
    lukewarm_undone_after: frozenset[str]
    lukewarm_undone_before: frozenset[str]
    # The word after an opening "okay" or "fine" that makes it a verdict, not an
    # acknowledgement: "okay for the price", "fine for one night" (see `lukewarm`).
    lukewarm_measured: str
    # Words after "<praise> enough" that make it praise of an act ("kind enough to").
    lukewarm_enough_acts: frozenset[str]
    # Who serves the customer ("the driver", "she"): see `_agent_waits`.
    agents: frozenset[str]
    # Lateness told by clock times: see `_late_by_clock`.
    clock_arrivals: frozenset[str]
    clock_schedules: frozenset[str]
    # The words after which "ill" is a sickness: see `_read_part`.
    ill_after: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    lexicon = load_lexicon("service_sentiment")
    return _Cues(
        phrases=_CueTable(
            [
                (phrase, float(weight))
                for weight, phrases in lexicon["cues"].items()
                for phrase in phrases
            ]
            + [(phrase, _IDIOM) for phrase in lexicon["idioms"]]
            + [(phrase, _PLAIN) for phrase in lexicon["plain"]]
        ),
        patterns=tuple(
            _Pattern(
                re.compile(entry["regex"], re.IGNORECASE),
                float(entry["weight"]),
                tuple(entry["when"]),
                all(hint.isascii() for hint in entry["when"]),
                bool(entry.get("rhetorical", False)),
                bool(entry.get("unless_gainsaid", False)),
                bool(entry.get("whole", False)),
                bool(entry.get("unless_earnest", False)),
            )
            for entry in lexicon["patterns"]
        ),
        sarcasm=_CueTable([(phrase, 1.0) for phrase in lexicon["sarcasm"]]),
        sarcasm_unless_went_well=frozenset(
            tuple(phrase.split()) for phrase in lexicon["sarcasm_unless_went_well"]
        ),
        went_well=frozenset(lexicon["went_well"]),
        sarcasm_marks=tuple(lexicon["sarcasm_marks"]),
        gratitude=frozenset(lexicon["gratitude"]),
        thanking=frozenset(lexicon["gratitude"]) - frozenset(lexicon["gratitude_leads"]),
        harms=frozenset(lexicon["harms"]),
        doings=frozenset(harm for harm in lexicon["harms"] if harm.endswith("ing")),
        remedies=frozenset(lexicon["remedies"]),
        received=frozenset(lexicon["received"]),
        remedy_things=frozenset(lexicon["remedy_things"]),
        arrived=frozenset(lexicon["arrived"]),
        found_things=frozenset(lexicon["found_things"]),
        wishes=frozenset(lexicon["wishes"]),
        wished_with=frozenset(lexicon["wished_with"]),
        negations=frozenset(lexicon["negations"]),
        boosters=frozenset(lexicon["boosters"]),
        asks=_CueTable(_asking_phrases(lexicon["requests"], lexicon["information"])),
        lukewarm=_CueTable([(phrase, 1.0) for phrase in lexicon["lukewarm"]]),
        idioms=frozenset(tuple(words(phrase)) for phrase in lexicon["idioms"]),
        problems=frozenset(lexicon["problems"]),
        problem_words=frozenset(phrase.split()[0] for phrase in lexicon["problems"]),
        denial_fillers=frozenset(lexicon["denial_fillers"]),
        pleading=frozenset(lexicon["pleading"]),
        lasting=frozenset(lexicon["lasting"]),
        lukewarm_undone_after=frozenset(lexicon["lukewarm_undone"]["after"]),
        lukewarm_undone_before=frozenset(lexicon["lukewarm_undone"]["before"]),
        lukewarm_measured=lexicon["lukewarm_undone"]["measured"],
        lukewarm_enough_acts=frozenset(lexicon["lukewarm_undone"]["enough_acts"]),
        agents=frozenset(lexicon["agent_waits"]["agents"]),
        clock_arrivals=frozenset(lexicon["clock_lateness"]["arrivals"]),
        clock_schedules=frozenset(lexicon["clock_lateness"]["schedules"]),
        ill_after=frozenset(lexicon["ill_after"]),
    )


class Reading(NamedTuple):
    """What the rules saw in a turn: the adjusted polarity and the cues behind it."""

    score: float
    sarcastic: bool
    request: bool
    asking: bool
    thanks: bool  # thanks that counts as praise
    polite: bool  # thanks that is politeness: inside a request, a complaint, a "No," answer
    answer: bool  # the turn opens by answering "No," ("No, that's all, thanks")


_REQUEST, _INFORMATION = 1, 2


def _asking_phrases(requests: list[str], information: list[str]) -> list[tuple[str, float]]:
    kinds: dict[str, int] = {}
    for phrases, kind in ((requests, _REQUEST), (information, _INFORMATION)):
        for phrase in phrases:
            kinds[phrase] = kinds.get(phrase, 0) | kind
    return [(phrase, float(kind)) for phrase, kind in kinds.items()]


def polarity(text: str) -> float:
    """The adjusted polarity of a customer's text: below 0 unhappy, above 0 happy.

    The sum of word valences (negated within three words, boosted by an intensifier,
    weighted around "but") plus the weights of the service cues found; when sarcasm is
    found, praise counts against the speaker instead of for them, and thanks inside a
    request ("please check my booking, thanks") is politeness, not praise. Long texts
    (reviews) are scaled down so that a page of mild remarks does not outweigh a line.
    """
    return read(text).score


# Two words or more in quotes: the opening quote follows a space, a bracket or the
# start (an apostrophe inside a word is no quote), the closing one a word.
_QUOTED = re.compile(
    r"""(?:^|(?<=[\s(]))(?:"[^"\n]*\w \w[^"\n]*"|“[^”\n]*\w \w[^”\n]*”"""
    r"""|‘[^’\n]*\w \w[^’\n]*’|'\w[^'\n]* [^'\n]*\w')(?=[\s.,!?;:)]|$)"""
)


def _unless_praise(quoted: re.Match[str]) -> str:
    """A quoted span, or a space where it would read as praise. A quoted tweet
    ('"@Airline: we love flying you!" Again next week!') is kept: the customer answers
    it and often shares its mood."""
    span = quoted.group(0)
    if span[1] == "@" or read(span[1:-1], closing=False).score <= 0:
        return span
    return " "


# A sentence ending in "?" (possibly "?!" or "??"), and the white space after it.
_QUESTION_SENTENCE = re.compile(r"[^.!?\n]*\?[?!]*\s*")


def questions_and_statements(text: str) -> tuple[str, str] | None:
    """A turn that both asks and says ("Who designed the new checkout? It's so much
    quicker.") as its questions and its statements; None when it asks nothing or says
    nothing but its questions."""
    if "?" not in text:
        return None
    questions = "".join(_QUESTION_SENTENCE.findall(text))
    statements = _QUESTION_SENTENCE.sub(" ", text)
    if not questions.strip() or not words(statements):
        return None
    return questions, statements


def read(text: str, *, closing: bool = True) -> Reading:
    """The rules' reading of `text` (see `polarity`).

    A turn mixing statements and questions ("My flight was cancelled and I was on hold
    for 2 hours. Can you rebook me?") is read in two parts: the question is a request,
    its problem words damped, but the statements around it say how the customer feels
    and count in full.

    A complaint closed by a lone word of praise ("Two weeks for a refund. Impressive.",
    "So nobody can help me. Great.") is sarcasm: the praise is read against the speaker
    (not looked for with `closing=False`). So is one opened by it ("Fantastic, the
    driver took the long way round and charged me double").

    Words of two or more in quotes that would read as praise are someone else's
    (what a cake, a letter or an agent said: "it said 'Happy 14th Anne'", 'the
    usual "your call is important to us"'), not the customer's: they are left out.
    """
    if ('"' in text or "'" in text or "“" in text or "‘" in text) and _QUOTED.search(text):
        text = _QUOTED.sub(_unless_praise, text)
    # The end of the text alone is lowered: the longest closing word and its stops fit.
    if closing and text[-_CLOSING_CHARS:].rstrip(_CLOSING_TAIL).lower().endswith(_CLOSING_WORDS):
        ironic = _ironic_close(text)
        if ironic is not None:
            return ironic
    # So is the start: the longest opening ("oh well done,") fits.
    if closing and text[:_CLOSING_CHARS].lstrip().lower().startswith(_OPENING_HINTS):
        ironic = _ironic_open(text)
        if ironic is not None:
            return ironic
    parts = questions_and_statements(text)
    if parts is not None:
        said, asked = _read_part(parts[1], text), _read_part(parts[0], text)
        return Reading(
            said.score + asked.score,
            said.sarcastic or asked.sarcastic,
            said.request or asked.request,
            said.asking or asked.asking,
            said.thanks or asked.thanks,
            said.polite or asked.polite,
            said.answer,
        )
    return _read_part(text)


# A closing sentence of one praise word or two ("... Brilliant.", "... Well done!"); the
# tuple is tested with `str.endswith` first, a regex only when it can match.
_CLOSING_WORDS = (
    "great",
    "brilliant",
    "lovely",
    "perfect",
    "fantastic",
    "wonderful",
    "impressive",
    "awesome",
    "marvellous",
    "superb",
    "excellent",
    "amazing",
    "nice one",
    "well done",
    "good job",
    "great job",
    "cheers",
)
_CLOSING_TAIL = " .!"
_CLOSING_CHARS = 24
_CLOSING_PRAISE = re.compile(
    r"[.!?…]\s+(?:oh\s+|wow\s+|just\s+|really\s+|so\s+)?(?:"
    + "|".join(_CLOSING_WORDS).replace(" ", r"\s+")
    + r")[.!\s]*$",
    re.IGNORECASE,
)
# What the praise word weighs against the speaker when it is sarcastic.
_IRONY = 1.5


# The same praise words opening a turn as an aside set off by a comma ("Brilliant, the
# courier ...", "Oh great, ..."). Set off by a stop ("Fantastic. Can I also ...") they
# mostly acknowledge what the agent said before the customer goes on. The hints are
# tested with `str.startswith` first.
_OPENING_HINTS = (*_CLOSING_WORDS, "oh ", "wow ")
_OPENING_PRAISE = re.compile(
    r"\s*(?:oh\s+|wow\s+)?(?:" + "|".join(_CLOSING_WORDS).replace(" ", r"\s+") + r")\s*,\s*(?=\w)",
    re.IGNORECASE,
)


# A word or three in quotes inside a turn: scare quotes ('your "express" delivery', 'my
# refund is still "processing"') say the customer does not believe the word. The
# opening quote follows a space or bracket, so an apostrophe inside a word is no quote.
SCARE_QUOTES = re.compile(
    r"""(?:^|[\s(])["“‘'](\w[\w'-]*(?: \w[\w'-]*){0,2})["”’'](?=[\s.,!?;:)]|$)"""
)


def _scare_quoted(text: str) -> bool:
    """True when a word in lower case stands in quotes ("a 'priority' queue"): a name
    on a button or a page ("clicked 'Reset'") is capitalised and says no disbelief."""
    return any(quoted[:1].islower() for quoted in SCARE_QUOTES.findall(text))


def _ironic_open(text: str) -> Reading | None:
    """The reading of a complaint opened by sarcastic praise ("Fantastic, the taxi took
    the long way round"), or None when the turn does not open that way or what follows
    the praise is not a complaint ("Perfect, that's exactly what I needed")."""
    opening = _OPENING_PRAISE.match(text)
    if opening is None:
        return None
    rest = text[opening.end() :]
    after = read(rest, closing=False)
    if after.score > _NEGATIVE_BELOW and (after.score > 0 or not _scare_quoted(rest)):
        # Not a complaint, and no word in scare quotes ("Fantastic, a 'priority' queue
        # that boards last") says the customer does not believe what they are sold.
        return None
    return after._replace(score=min(after.score, 0.0) - _IRONY, sarcastic=True)


def _ironic_close(text: str) -> Reading | None:
    """The reading of a complaint closed by sarcastic praise, or None when the turn does
    not close that way or what comes before the praise is not a complaint."""
    close = _CLOSING_PRAISE.search(text)
    if close is None:
        return None
    # Read without looking for a closing again: "Late. Great. Great." needs one look,
    # not one per sentence.
    before = read(text[: close.start() + 1], closing=False)
    if before.score > _NEGATIVE_BELOW:
        return None  # "Arrived exactly when he said. Perfect." is praise
    return before._replace(score=before.score - _IRONY, sarcastic=True)


def _gainsaid(text: str, match: re.Match[str], weight: float) -> bool:
    """Whether the rest of `text`, outside the clause `match` stands in, reads against
    `weight`: as praise for a complaint's pattern, as a complaint for praise's.

    Advice beside praise recommends ("Your company should hire more people like Sarah,
    she was brilliant.", "The hotel should be better known, what a hidden gem."); beside
    nothing or a complaint it tells the service how to do its job. Loyalty beside a
    complaint ("Ten years I would never fly anyone else, and this is how you treat
    me?") is loyalty betrayed, no praise."""
    starts = [found.end() for found in _CLAUSE_END.finditer(text, 0, match.start())]
    start = starts[-1] if starts else 0
    end_at = _CLAUSE_END.search(text, match.end())
    end = end_at.start() if end_at else len(text)
    rest = f"{text[:start]} {text[end:]}"
    if not words(rest):
        return False
    # As the rules would label the rest on its own: a leaning word or two is no verdict.
    score = read(rest, closing=False).score
    return score > _POSITIVE_ABOVE if weight < 0 else score < _NEGATIVE_BELOW


def _read_whole(text: str, cues: _Cues) -> list[tuple[int, int, float]]:
    """The word spans (start, end, _IDIOM) of the patterns read whole that `text` holds,
    as `lower` counts its words: praise said with a negation found by its structure
    ("we will never stay anyplace else", "won't be flying with anyone else", "I could
    totally get used to this") rather than by its wording. A pattern's group `whole`, if
    it has one, is the span hidden; what comes before it in the regex only says where
    it may stand (no negation earlier in its clause: "I don't think I could get used
    to this seat"). A match the rest of the turn gainsays is left out (see `_gainsaid`).
    """
    spans: list[tuple[int, int, float]] = []
    lowered = text.lower()
    for pattern in cues.patterns:
        if not pattern.whole or not any(hint in lowered for hint in pattern.when):
            continue
        for match in pattern.regex.finditer(text):
            if pattern.unless_gainsaid and _gainsaid(text, match, pattern.weight):
                continue
            group = "whole" if "whole" in pattern.regex.groupindex else 0
            start = len(turn_words(text[: match.start(group)]))
            end = len(turn_words(text[: match.end(group)]))
            if end > start:
                spans.append((start, end, _IDIOM))
    return spans


@lru_cache(maxsize=1)
def _earnest() -> re.Pattern[str]:
    """The regex of the lexicon's `earnest` phrases: a reason or a wish that says a
    question is asked in earnest."""
    return _phrases_regex("earnest")


@lru_cache(maxsize=1)
def _chasing() -> re.Pattern[str]:
    """The regex of the lexicon's `earnest_unless_chasing` phrases: repeat contact or a
    wait still going ("I've sent three", "again", "for the third time", "no reply")."""
    return _phrases_regex("earnest_unless_chasing")


def _phrases_regex(key: str) -> re.Pattern[str]:
    """A word-bounded regex of the `service_sentiment` lexicon's phrase list `key`."""
    found = load_lexicon("service_sentiment")[key]
    return re.compile(rf"\b(?:{'|'.join(re.escape(phrase) for phrase in found)})\b")


def _in_earnest(turn: str) -> bool:
    """True when the turn gives a reason or a wish for what it asks ("I'm vegan and want
    to be sure before I order", "Would love to hear some jazz", "Thinking of applying!"):
    its "do you even ...?" asks, it doubts no one. Not when the turn also reports
    chasing ("I've sent three and I'd love a reply"): the wish is for the answer the
    doubt complains of."""
    lower = turn.lower().replace("’", "'")
    return _earnest().search(lower) is not None and _chasing().search(lower) is None


def _read_part(text: str, turn: str | None = None) -> Reading:
    """The rules' reading of a turn, or of its statements or its questions (`turn` the
    whole turn they stand in)."""
    cues = _cues()
    valences = _valences()
    lower = turn_words(text)
    if lower[:1] == [_SALUTATION]:
        # "Dear Mrs Patel," opens a letter: no fondness in it.
        lower = ["", *lower[1:]]
    # Praise said with a negation ("could not be happier", "can't fault the staff") is
    # read whole: its words are hidden from the word-by-word reading below. So are the
    # plain phrases, which say nothing of the customer's mood ("I'll wait for the email").
    found = cues.phrases.find(lower)
    whole = [
        match
        for match in found
        if match[2] == _PLAIN
        or (match[2] == _IDIOM and tuple(lower[match[0] : match[1]]) in cues.idioms)
    ]
    read_whole = _read_whole(text, cues)
    if read_whole:
        # A pattern read whole takes the cues inside it: "never stay" is no complaint in
        # "we'll never stay anywhere else".
        found = [
            match
            for match in found
            if not any(match[0] < end and start < match[1] for start, end, _ in read_whole)
        ]
        whole = [match for match in whole if match in found] + read_whole
    idioms = whole
    if whole:
        idioms = [match for match in whole if match[2] == _IDIOM]
        lower = _hidden(lower, whole)
        found = [match for match in found if match not in whole]
    if "waited" in lower and found:
        found = _agent_waits(lower, found, cues)
    sarcastic = (
        # An eye-roll or an upside-down smile says the praise is not meant: tested on
        # texts with non-ASCII characters only.
        (not text.isascii() and any(mark in text for mark in cues.sarcasm_marks))
        or _sarcastic(lower, cues)
        or _thanks_for_harm(lower, cues)
        # Tested here first: the function call would cost more than the test.
        or (not cues.doings.isdisjoint(lower) and _praise_for_harm(lower, cues))
    )
    # A question mark makes the turn both a request and a question: no look-up needed.
    request = asking = "?" in text
    if not asking:
        for _start, _end, kind in cues.asks.find(lower):
            request = request or int(kind) & _REQUEST > 0
            asking = asking or int(kind) & _INFORMATION > 0
    but_at = lower.index("but") if "but" in lower else -1
    answer = _ANSWER_NO.match(text) is not None
    if answer and found and found[0][:2] == (0, 1) and found[0][2] < 0:
        # The "No," answering a question ("No, that was everything. Bye.") is no complaint.
        found = found[1:]
    # Problems inside a condition ("if my flight is cancelled, ...", "in case my message
    # didn't go through") are not happening; nor are those a question names
    # after the odds ("any chance the 6am will be cancelled?", "are you expecting delays
    # tomorrow?"): the words after `if_at` up to `if_end` are hypothetical.
    if_at = _condition_at(lower) if not _CONDITIONS.isdisjoint(lower) else -1
    if_end = if_at + _CONDITION_WORDS if if_at >= 0 else -1
    if "?" in text and not _LIKELIHOOD.isdisjoint(lower):
        odds_at = min(lower.index(word) for word in _LIKELIHOOD.intersection(lower))
        if if_at < 0 or odds_at < if_at:
            if_at, if_end = odds_at, len(lower)
    wishing = not cues.wishes.isdisjoint(lower)
    # A problem being put right ("for catching the fraudulent payment", "fixing the
    # error") is not a complaint: the problem words after a remedy count for nothing.
    remedied = (
        _remedied(lower, cues, answer) if not cues.remedies.isdisjoint(lower) else frozenset()
    )
    if not (cues.remedy_things.isdisjoint(lower) and cues.found_things.isdisjoint(lower)):
        remedied |= _received_remedies(lower, cues, answer)
    context = _Context(
        lower,
        cues.negations,
        cues.wishes,
        answer,
        wishing,
        sarcastic,
        but_at,
        if_at,
        if_end,
        remedied,
    )
    score = 0.0
    for i, word in enumerate(lower):
        value = valences.get(word)
        if not value:
            continue
        if word == _ILL and not (i and lower[i - 1] in cues.ill_after):
            # "ok ill pop round at 5", "then ill call": "I'll" written as texts write it.
            # Only after a linking verb or a word of degree is it a sickness ("was ill",
            # "fell ill", "very ill").
            continue
        if i and lower[i - 1] in cues.boosters:
            value += _BOOST if value > 0 else -_BOOST
        score += _in_context(value, i, context, phrase=False)
    denied: list[tuple[int, int, float]] = []
    if not cues.problem_words.isdisjoint(lower):
        found, denied = _denied_problems(lower, found, cues, answer)
        if "?" in text:
            # A question asks whether the problem will be there ("can I change it
            # without fees?"): neither praise nor complaint.
            denied = []
    if "still" in lower:
        found = _still_praised(lower, found, valences, cues.negations, cues.lasting)
    # Thanks next to a problem ("thanks for the 3 hour delay", "my card is declined, many
    # thanks") is politeness or sarcasm, not praise.
    # So is thanks closing an answer that opens with "No," ("No, that's all, thanks").
    lowered = text.lower()
    plain = text.isascii()
    # The patterns (durations, "third time", angry emoji) are summed first: a complaint
    # they make ("thanks, but this is my fourth email") turns thanks into politeness too.
    # A problem put right is no complaint: "the late fee was waived, thank you" thanks.
    patterned = 0.0
    rhetorical = False
    for pattern in cues.patterns:
        if pattern.whole:
            continue  # read in `_read_whole`, with the phrases
        if pattern.ascii or not plain:
            for hint in pattern.when:
                if hint in lowered:
                    if pattern.unless_earnest and _in_earnest(text if turn is None else turn):
                        break
                    if pattern.unless_gainsaid:
                        found_here = sum(
                            not _gainsaid(text, match, pattern.weight)
                            for match in pattern.regex.finditer(text)
                        )
                    else:
                        found_here = len(pattern.regex.findall(text))
                    patterned += pattern.weight * found_here
                    rhetorical = rhetorical or (pattern.rhetorical and found_here > 0)
                    break
    if not cues.clock_arrivals.isdisjoint(lower) and _late_by_clock(lowered, cues):
        patterned += _CLOCK_LATE
    complaint = (
        sum(weight for start, _end, weight in found if weight < 0 and start not in remedied)
        + min(patterned, 0.0)
        <= _COMPLAINT
    )
    praised = thanks = polite = False
    for start, _end, weight in found:
        if weight > 0 and lower[start] in cues.thanking:
            # A thanks that signs a note off ("... from now on. Thanks, Sarah") is its
            # manners. Its regex is tried last, only here: most turns never get this far.
            if request or complaint or answer or _signed_off(text):
                polite = True
                continue
            thanks = True
        praised = praised or weight > 0
        score += _in_context(weight, start, context, phrase=True)
    for start, _end, weight in idioms + denied:
        praised = True
        score += _signed(weight, sarcastic, but_at, start)
    score += patterned
    if rhetorical:
        # A question that marvels or despairs ("how is your service this good?", "how
        # hard can it be?") asks for nothing: its verdict stands undamped.
        request = asking = False
    if score > 0 and asking and not praised and "!" not in text:
        # A question with a friendly word in it ("any good seats left?") is still a
        # request for information, unless it also thanks or praises.
        score *= _QUESTION_DAMPING
    elif score < 0 and asking and "!" not in text:
        # A plain question about a problem ("is flight 12 delayed?") asks for information;
        # the problem words in it are not the customer's mood.
        score *= _QUESTION_DAMPING
    elif "!!" in text or (score > 0 and "!" in text):
        # As in VADER, one exclamation mark strengthens praise; a complaint needs two.
        score *= _EMPHASIS
    if len(lower) > _SHORT:
        score /= (len(lower) / _SHORT) ** 0.5
    return Reading(score, sarcastic, request, asking, thanks, polite, answer)


def _agent_waits(
    lower: list[str], found: list[tuple[int, int, float]], cues: _Cues
) -> list[tuple[int, int, float]]:
    """`found` without the complaint of a "waited" whose subject is the one serving the
    customer ("the driver waited at the stop when he saw me running", "she waited with
    my mum"): a wait they chose is a kindness, where "we waited" or a bare "waited 40
    minutes" is the customer's. The subject is the word just before "waited", or the one
    before an adverb ("the guard kindly waited")."""
    kept = []
    for match in found:
        start, end, weight = match
        if weight < 0 and end == start + 1 and lower[start] == "waited":
            before = lower[max(0, start - 2) : start]
            if before and before[-1] in _WAIT_ADVERBS:
                before = before[:-1]
            if before and before[-1] in cues.agents:
                continue
        kept.append(match)
    return kept


# Adverbs between a subject and "waited": "the driver patiently waited".
_WAIT_ADVERBS = frozenset({"kindly", "patiently", "even", "actually", "happily", "then"})


# A clock time: "07:58", "5:40", "5am", "7.30pm".
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap]m)\b|\b(\d{1,2}):(\d{2})\b")
# Where a clause ends: the words before a time are looked for inside its clause only.
_CLAUSE_END = re.compile(r"[.,;!?\n]")
_CLOCK_WINDOW = 5  # words before a time where its "arrived"/"left" may stand
_CLOCK_SCHEDULE_WINDOW = 3  # and where its "the"/"due"/"booked for" may stand
# How much later than the time set an arrival counts as late (minutes), and the most
# apart two times of one story can be (a time said without am or pm may mean either
# half of the day: "8am to 12pm ... came at 11:50" is not eleven hours late).
_LATE_MINUTES, _CLOCK_SPAN = 15, 6 * 60
# A wait told by clock times weighs as one told as a duration ("two hours").
_CLOCK_LATE = -3.0


def _late_by_clock(lowered: str, cues: _Cues) -> bool:
    """True when a turn tells lateness by clock times alone: a time that was set ("the
    07:12", "for a 9:30 start", "booked for 7pm") and one at least a quarter of an
    hour later at which something happened ("left at 07:58", "showed up at 5:40", "seen
    at 11:10"), in either order. No word of complaint is needed: the gap is the
    complaint. Two times of which neither is an arrival ("open from 9:00 till 17:30" is
    only one, "between 8am and noon" none) say nothing."""
    found = list(_CLOCK.finditer(lowered))
    if len(found) < 2:
        return False
    scheduled: list[tuple[int, ...]] = []
    actual: list[tuple[int, ...]] = []
    after_last = 0
    for match in found:
        between = lowered[after_last : match.start()]
        before = words(_CLAUSE_END.split(between)[-1])
        after_last = match.end()
        minutes = _clock_minutes(match)
        if scheduled and before in _RANGE and "." not in between:
            # "a slot from 8am to 12pm": the time set is the end of the window.
            scheduled[-1] = minutes
        elif not cues.clock_arrivals.isdisjoint(before[-_CLOCK_WINDOW:]):
            actual.append(minutes)
        elif not cues.clock_schedules.isdisjoint(before[-_CLOCK_SCHEDULE_WINDOW:]):
            scheduled.append(minutes)
    return any(
        _LATE_MINUTES <= (later - due) % _DAY <= _CLOCK_SPAN
        for dues in scheduled
        for laters in actual
        for due in dues
        for later in laters
    )


_DAY = 24 * 60
# What joins the two ends of a window of time: "8am to 12pm", "8:00-12:00", "8 and 12".
_RANGE: tuple[list[str], ...] = ([], ["to"], ["and"], ["till"], ["until"])


def _clock_minutes(match: re.Match[str]) -> tuple[int, ...]:
    """The minutes after midnight a `_CLOCK` match may mean: "7.30pm" 1170, "17:30"
    1050, and "8:15" both 495 and 1215 (said without am or pm, a time of twelve or
    under may be either)."""
    hour, minute, half, hour24, minute24 = match.groups()
    if hour24 is None:
        return ((int(hour) % 12 + (12 if half == "pm" else 0)) * 60 + int(minute or 0),)
    minutes = int(hour24) % 24 * 60 + int(minute24)
    return (minutes, minutes + 12 * 60) if 0 < int(hour24) <= 12 else (minutes,)


_SALUTATION = "dear"
_ILL = "ill"
# The degree words of a superlative said with "never" ("never been this happy").
_DEGREE = frozenset({"this", "so"})
# A note signed off with thanks and a first name: "Thanks, Sarah", "Many thanks,\nTom".
_SIGN_OFF = re.compile(
    r"[.!?\n]\s*(?i:(?:many |kind |best )?(?:thanks|thank you|regards|wishes))"
    r"\s*,?\s*[A-Z][a-z]+\.?\s*$"
)


def _signed_off(text: str) -> bool:
    """True when `text` is a note that ends in a sign-off of thanks and a first name:
    the thanks is how the note closes, not praise for the service."""
    return (text[-1:].isalpha() or text[-1:] == ".") and _SIGN_OFF.search(text) is not None


def _denied_problems(
    lower: list[str], found: list[tuple[int, int, float]], cues: _Cues, answer: bool
) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]:
    """`found` without its denied problems, and those problems said as what they are:
    praise (as (start, end, weight) with the weight turned). A problem cue
    ("issue", "late", "had to") negated by a negation cue just before it ("never had an
    issue", "haven't had to chase anyone", "no delays at all") says nothing went wrong:
    it counts as an idiom does (praise said with a negation, "can't fault them") and the
    negation's own complaint weight goes. The words a customer uses to deny a problem are
    endless ("not one glitch", "zero hassle", "never once had trouble"); a rule over the
    problem words carries over where a list of the phrases cannot."""
    negated_by = cues.negations
    starts = {start: (end, weight) for start, end, weight in found}
    dropped: set[int] = set()
    turned: dict[int, float] = {}
    for start, end, weight in found:
        if weight >= 0 or not _names_problem(lower[start:end], cues.problems):
            continue
        k = start - 1
        while k >= 0 and start - k <= 3 and lower[k] in cues.denial_fillers:
            k -= 1
        if k < 0 or lower[k] not in negated_by or (answer and k == 0):
            continue
        if lower[k] in cues.pleading and (k == 0 or lower[k - 1] in cues.pleading):
            continue  # "Don't lose my luggage!", "please don't cancel": a plea, no denial
        turned[start] = _IDIOM
        if k in starts and starts[k][0] == k + 1 and starts[k][1] < 0:
            dropped.add(k)  # "never", "didn't", "no": a complaint cue of its own
    if not turned:
        return found, []
    kept = [match for match in found if match[0] not in dropped and match[0] not in turned]
    return kept, [(start, end, turned[start]) for start, end, _weight in found if start in turned]


def _names_problem(phrase: list[str], problems: frozenset[str]) -> bool:
    """True when a complaint phrase is a problem cue or opens with one: "had to chase"
    and "had to ring twice" are "had to" said with what had to be done, so "never once
    had to chase them" denies the chasing as "never had to" does."""
    return any(" ".join(phrase[:size]) in problems for size in (len(phrase), 2, 1))


def _still_praised(
    lower: list[str],
    found: list[tuple[int, int, float]],
    valences: dict[str, float],
    negated_by: frozenset[str],
    lasting_words: frozenset[str],
) -> list[tuple[int, int, float]]:
    """`found` without the complaint weight of a "still" that praise follows within three
    words, or a word of lasting right after it: "still looks brand new", "still works
    perfectly", "still love it", "still lasts all weekend" say how well something
    lasted, where "still waiting" and "still no refund" complain."""
    lasting: set[int] = set()
    praise_at = {start for start, _end, weight in found if weight > 0}
    for start, end, weight in found:
        if weight < 0 and end == start + 1 and lower[start] == "still":
            after = lower[start + 1 : start + 4]
            if negated_by.isdisjoint(after) and (
                (bool(after) and after[0] in lasting_words)
                or any(valences.get(word, 0.0) > 0 for word in after)
                or not praise_at.isdisjoint(range(start + 1, start + 4))
            ):
                lasting.add(start)
    return [match for match in found if match[0] not in lasting] if lasting else found


class _Context(NamedTuple):
    """Where the words and cue phrases of a turn stand: what changes the weight each
    carries (see `_in_context`)."""

    lower: list[str]
    negations: frozenset[str]
    wishes: frozenset[str]
    answer: bool  # the turn opens by answering "No,"
    wishing: bool  # a modal ("would", "could") is in the turn
    sarcastic: bool
    but_at: int  # where "but" is, or -1
    # The words after `if_at` up to `if_end` are hypothetical (-1 when none are).
    if_at: int
    if_end: int
    remedied: frozenset[int]  # positions after a remedy verb


def _in_context(value: float, index: int, context: _Context, *, phrase: bool) -> float:
    """What a word's valence or a cue phrase's weight (`phrase`) at `index` adds to the
    turn's polarity where it stands: negated, wished for ("would have been nice"),
    hypothetical ("if it is cancelled"), put right (nothing), sarcastic, and weighted
    around "but". A complaint phrase carries its own negation ("no reply", "not
    working"), so only praise phrases are negated; and a praise phrase turned into a
    complaint by a negation or a wish stays whole inside a condition."""
    hypothetical = value < 0
    if (value > 0 or not phrase) and _negated(
        context.lower, index, context.negations, context.answer
    ):
        value *= _NEGATION_SCALE
    elif value > 0 and context.wishing:
        value *= _wish_scale(context.lower, index, context.wishes)
    if (hypothetical or not phrase) and value < 0 and context.if_at < index <= context.if_end:
        value *= _HYPOTHETICAL
    if value < 0 and index in context.remedied:
        return 0.0
    return _signed(value, context.sarcastic, context.but_at, index)


# A hashtag is often the customer's verdict run together ("#worstflightever",
# "#epicfail", "#notcool", "#neveragain"); split, its words count like any others.
_HASHTAG = re.compile(r"#([A-Za-z][A-Za-z0-9]{4,})")
_MIN_HEAD, _MIN_TAIL = 3, 4


def turn_words(text: str) -> list[str]:
    """The lower-case words of a turn, its compound hashtags split and its split
    negations joined again (read-only)."""
    lower = _with_hashtags_split(text) if "#" in text else words(text)
    if " n't" in text or " N'T" in text:
        return _joined_negations(lower)
    return lower


# Review sites and exports of tokenised text write a negation apart from its verb
# ("did n't", "wo n't", "ca n't"); the cues are written whole ("didn't arrive", "won't
# return"), so the two words are joined again before anything is looked up. After any
# other word ("room n't clean", where a stop-word filter took the "was") it stays a
# negation word of its own.
_SPLIT_NEGATION = "n't"
_AUXILIARIES = "do does did is are was were has have had could would should must need might ai"
_NEGATED_STEMS = {verb: verb + _SPLIT_NEGATION for verb in _AUXILIARIES.split()} | {
    "wo": "won't",
    "ca": "can't",
    "sha": "shan't",
}


def _joined_negations(lower: list[str]) -> list[str]:
    """`lower` with each "n't" joined to the verb before it ("did", "n't" -> "didn't")."""
    out: list[str] = []
    for word in lower:
        joined = _NEGATED_STEMS.get(out[-1]) if word == _SPLIT_NEGATION and out else None
        if joined is None:
            out.append(word)
        else:
            out[-1] = joined
    return out


def _with_hashtags_split(text: str) -> list[str]:
    """`words(text)` with each compound hashtag replaced by the words it is made of."""
    lower = words(text)
    splits = {}
    for tag in _HASHTAG.findall(text):
        parts = _split_hashtag(tag.lower())
        if len(parts) > 1:
            splits[tag.lower()] = parts
    if not splits:
        return lower
    out: list[str] = []
    for word in lower:
        out.extend(splits.get(word, (word,)))
    return out


@lru_cache(maxsize=4096)
def _split_hashtag(tag: str) -> tuple[str, ...]:
    """The words of a run-together hashtag: a known word or cue phrase at its start
    and/or its end ("worstflightever" -> worst, flightever; "unitedsucks" -> united,
    sucks; "neveragain" -> never, again). A tag that is a word itself stays whole."""
    known = _joined_vocabulary()
    if tag in _valences() or len(tag) < _MIN_HEAD + _MIN_TAIL:
        return (tag,)
    whole = known.get(tag)
    if whole is not None:
        return whole
    head: tuple[str, ...] = ()
    cut = 0
    for k in range(len(tag) - _MIN_TAIL, _MIN_HEAD - 1, -1):
        found = known.get(tag[:k])
        if found is not None:
            head, cut = found, k
            break
    tail: tuple[str, ...] = ()
    end = len(tag)
    for k in range(max(cut, 1), len(tag) - _MIN_TAIL + 1):
        found = known.get(tag[k:])
        if found is not None:
            tail, end = found, k
            break
    if not head and not tail:
        return (tag,)
    middle = (tag[cut:end],) if end > cut else ()
    return head + middle + tail


@lru_cache(maxsize=1)
def _joined_vocabulary() -> dict[str, tuple[str, ...]]:
    """Every valenced word and every cue phrase, written without spaces, to its words."""
    vocabulary: dict[str, tuple[str, ...]] = {
        word: (word,) for word in _valences() if word.isalpha()
    }
    lexicon = load_lexicon("service_sentiment")
    for phrases in lexicon["cues"].values():
        for phrase in phrases:
            parts = tuple(words(phrase))
            joined = "".join(parts)
            if joined.isalpha():
                vocabulary.setdefault(joined, parts)
    return vocabulary


# Words asking the odds of something: in a question, the problems named are possible,
# not happening.
_LIKELIHOOD = frozenset(
    {"chance", "chances", "likely", "likelihood", "expecting", "anticipating", "forecast"}
)
# The words that open a condition: "if", "whether", "unless", and "case" after "in".
_CONDITIONS = frozenset({"if", "whether", "unless", "case"})


def _condition_at(lower: list[str]) -> int:
    """The position of the first word opening a condition ("if", "whether", "unless",
    "in case"), or -1."""
    for i, word in enumerate(lower):
        if word in _CONDITIONS and (word != "case" or (i and lower[i - 1] == "in")):
            return i
    return -1


def _hidden(lower: list[str], found: list[tuple[int, int, float]]) -> list[str]:
    """A copy of `lower` with the words of the `found` phrases blanked out (positions
    kept, so "but" and "if" stay where they were)."""
    hidden = list(lower)
    for start, end, _value in found:
        hidden[start:end] = [""] * (end - start)
    return hidden


def _sarcastic(lower: list[str], cues: _Cues) -> bool:
    """True when a sarcasm phrase is found or the turn ends by taking it back ("...
    really useful. Not."), except inside thanks: "so much for" is scorn
    on its own ("so much for on time") but gratitude after "thanks" or "thank you"
    ("thanks so much for sorting it", "thank you so so much for the upgrade")."""
    if len(lower) > 2 and lower[-1] == "not":
        return True  # praise taken back at the end: "Cheers, really useful. Not."
    for start, end, _value in cues.sarcasm.find(lower):
        if tuple(lower[start:end]) in cues.sarcasm_unless_went_well and _went_well(lower, cues):
            continue  # "it worked first time, thanks a lot!": meant
        # Past any intensifiers: "thank you so so much for", "thanks ever so much for".
        while start > 1 and lower[start - 1] in _INTENSIFIERS:
            start -= 1
        before = lower[start - 1] if start else ""
        if before in cues.gratitude or (
            before == "you" and lower[start - 2 : start - 1] == ["thank"]
        ):
            continue
        return True
    return False


def _went_well(lower: list[str], cues: _Cues) -> bool:
    """True when the turn says something went well ("worked", "sorted", "brilliant")
    and names no harm ("cancelled", "lost", "delay"): the thanks beside it is meant.
    Sarcasm rarely says so ("stuck overnight with no voucher. thanks a lot")."""
    return not cues.went_well.isdisjoint(lower) and cues.harms.isdisjoint(lower)


_INTENSIFIERS = frozenset({"so", "ever", "very", "really"})


def _thanks_for_harm(lower: list[str], cues: _Cues) -> bool:
    """True for thanks given for a harm ("thanks for losing my bag", "thank you for the
    two hour delay"): nobody is grateful for that, so it is sarcasm."""
    if "for" not in lower or cues.gratitude.isdisjoint(lower):
        return False  # the usual case, decided without a Python loop
    for i, word in enumerate(lower):
        if word in cues.gratitude:
            # "thanks for", "thank you for", "thanks so much for": "for" within 3 words.
            for j in range(i + 1, min(i + 4, len(lower))):
                if lower[j] == "for":
                    # The harm within four words: "thanks for the 3 hour delay".
                    after = lower[j + 1 : j + 5]
                    if after and after[0] in cues.remedies:
                        break  # thanks for putting a harm right: "for catching the fraud"
                    # A listed harm, or any clearly bad word ("thanks for the mess").
                    valences = _valences()
                    if not cues.harms.isdisjoint(after) or any(
                        valences.get(w, 0.0) <= _HARMFUL for w in after
                    ):
                        return True
                    break
    return False


# Praise for work done ("great job", "well done", "nice work", "way to go"): followed by
# a harm being done, it is sarcasm.
_PRAISED_WORK = frozenset({"job", "done", "work", "go"})
_PRAISE_OPENERS = frozenset({"great", "good", "nice", "well", "brilliant", "fantastic"})


def _praise_for_harm(lower: list[str], cues: _Cues) -> bool:
    """True for praise of work that names a harm being done ("great job losing one of my
    bags", "well done on cancelling my flight again"), not a remedy ("great job fixing
    it")."""
    if _PRAISED_WORK.isdisjoint(lower):
        return False  # decided without a Python loop
    for i, word in enumerate(lower):
        if word in _PRAISED_WORK and (
            (i and lower[i - 1] in _PRAISE_OPENERS) or lower[i - 2 : i] == ["way", "to"]
        ):
            after = lower[i + 1 : i + 3]
            if after and after[0] in {"on", "at"}:
                after = lower[i + 2 : i + 4]
            if after and after[0] in cues.doings:
                return True
    return False


_REMEDY_WORDS = 4
# How far back a remedy done ("fixed", "reversed") reaches over the problem it put right.
_STORY_WORDS = 15


# The auxiliaries of a remedy said in the passive ("the charge was reversed", "the fee got
# waived", "the fault has been fixed"), and the words that make it one still owed ("should
# have been fixed", "was supposed to be", "meant to have been refunded").
_PASSIVE = frozenset({"was", "were", "got", "been"})
_OWED = frozenset({"should", "would", "could", "supposed", "meant", "must", "needs", "need"})


_CALLED = "as"


def _remedied(lower: list[str], cues: _Cues, answer: bool) -> frozenset[int]:
    """The positions of the words within four after a remedy verb that is not negated
    ("catching that fraudulent payment"; not "nobody is fixing the leak"), and within
    four before one said in the passive: "the double charge was reversed", "the fault
    has been fixed", not "should have been fixed" (see `_PASSIVE`, `_OWED`), nor "as
    resolved" (what a ticket was marked, not what was done)."""
    positions: set[int] = set()
    for i, word in enumerate(lower):
        if i and lower[i - 1] == _CALLED:
            continue  # "closed my case as resolved", "marked as fixed": a label, no remedy
        if word in cues.remedies and not _negated(lower, i, cues.negations, answer):
            positions.update(range(i + 1, i + 1 + _REMEDY_WORDS))
            owed = not _OWED.isdisjoint(lower[max(0, i - 4) : i])
            if i and lower[i - 1] in _PASSIVE and not owed:
                positions.update(range(max(0, i - 1 - _REMEDY_WORDS), i - 1))
            if word.endswith("ed") and not owed:
                # A remedy done closes the story told before it: "was charged twice but
                # it was reversed", "the bin was missed, I reported it and they emptied
                # it by lunch" tell a problem put right, not a complaint. What comes
                # after the remedy ("fixed it, and it broke again") still counts.
                positions.update(range(max(0, i - _STORY_WORDS), i))
    return frozenset(positions)


# The words that may stand between a receiving verb and the remedy it received ("got my
# full refund"), and between a remedy and its arrival ("the refund has finally come").
_RECEIVED_FILLERS = frozenset(
    {"my", "the", "a", "an", "our", "your", "full", "partial", "that", "this", "their"}
)
_ARRIVED_FILLERS = frozenset({"has", "have", "had", "finally", "just", "now", "already"})


def _received_remedies(lower: list[str], cues: _Cues, answer: bool) -> frozenset[int]:
    """The positions of the remedies the customer has in hand (and of a `found_things`
    word whose thing then arrived: see `_arrives`): a `remedy_things` word
    after a `received` verb that is not negated ("got my refund", "finally received the
    replacement"; not "never got my refund", "still haven't received a refund"), or
    before an `arrived` verb ("the refund came through", "my credit has landed"; not
    "the refund hasn't come through"). "Refund" alone is a complaint cue, since most
    turns that name one are still asking for it; one received is a problem put right."""
    positions: set[int] = set()
    for i, word in enumerate(lower):
        if word in cues.found_things:
            # A thing lost that then arrives was found: "the lost parcel turned up", "my
            # missing case came back"; not "my lost case still hasn't turned up".
            if _arrives(lower, i + 2, cues):
                positions.add(i)
            continue
        if word not in cues.remedy_things:
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and lower[j] in _RECEIVED_FILLERS:
            j -= 1
        if j >= 0 and lower[j] in cues.received and not _negated(lower, j, cues.negations, answer):
            positions.add(i)
            continue
        if _arrives(lower, i + 1, cues):
            positions.add(i)
    return frozenset(positions)


def _arrives(lower: list[str], start: int, cues: _Cues) -> bool:
    """True when an `arrived` verb stands at `start` or after up to three
    `_ARRIVED_FILLERS` ("has finally come")."""
    k = start
    while k < len(lower) and k - start < 3 and lower[k] in _ARRIVED_FILLERS:
        k += 1
    return k < len(lower) and lower[k] in cues.arrived


# Praise words that after a modal ask for something: "I would appreciate a call", "we'd
# love a window seat".
_WISHED = frozenset({"appreciate", "love"})


_LAPSED = "used"  # "used to": the praise that follows is for what is no longer so


def _wish_scale(lower: list[str], index: int, wishes: frozenset[str]) -> float:
    """How much a praise word at `index` counts when a modal stands before it: praise for
    what did not happen or no longer does is a complaint ("would have been nice to be
    told", "it used to be so reliable": the negation scale), praise for what is wished
    a request ("would be great if", "I would appreciate a call", "I'd love a refund":
    nothing). "I would recommend" is real praise and keeps it all."""
    window = lower[max(0, index - 4) : index]
    for k, word in enumerate(window):
        if word in wishes:
            rest = window[k + 1 :]
            if "been" in rest or (word == _LAPSED and rest[:1] == ["to"]):
                # "would have been nice", and praise for what is no longer so: "it
                # used to be instant", "the app used to be so reliable".
                return _NEGATION_SCALE
            if "be" in rest or lower[index] in _WISHED or not _cues().wished_with.isdisjoint(rest):
                # Also what the customer could do with or use: "could do with better
                # signs", "would benefit from clearer menus".
                return 0.0
    return 1.0


def _negated(lower: list[str], index: int, negations: frozenset[str], answer: bool) -> bool:
    """True when a negation stands within three words before `index`. A bare "no" only
    negates the word right after it ("no help"), and never when it is the answer that
    opens the turn (`answer`: "No, that's all, thanks"); "no one" negates like "nobody"
    ("no one has been helpful"); a "but" in between ends the negation ("not cheap but
    worth it")."""
    window = lower[max(0, index - 3) : index]
    if "but" in window:
        # A contrast ends the negation's reach: "not cheap but worth every penny".
        window = window[len(window) - window[::-1].index("but") :]
        if not window:
            return False
    if "one" in window and any(
        lower[k] == "one" and lower[k - 1] == "no" for k in range(max(1, index - 3), index)
    ):
        return True  # "no one" counts from its "one", like "nobody"
    if not negations.intersection(window):
        return False
    if index and lower[index - 1] in _DEGREE and "never" in window:
        # "never been this excited", "never seen him so happy": nothing before came close.
        return False
    if any(w != "no" for w in window if w in negations):
        return True
    return window[-1] == "no" and not (answer and index == 1)


def _signed(value: float, sarcastic: bool, but_at: int, index: int) -> float:
    """A valence after sarcasm (praise turns into complaint) and "but" weighting."""
    if sarcastic and value > 0:
        value = -value
    if but_at >= 0:
        value *= _AFTER_BUT if index > but_at else _BEFORE_BUT
    return value


def label_for(score: float) -> Label:
    """The label for an adjusted polarity (see `polarity`)."""
    if score <= _NEGATIVE_BELOW:
        return "negative"
    if score >= _POSITIVE_ABOVE:
        return "positive"
    return "neutral"


# Middling words that also answer or acknowledge ("OK, I'll try that", "@shop fine,
# send it"): at the start of a turn they are not a verdict.
_ACKNOWLEDGEMENTS = frozenset({"ok", "okay", "alright", "fine"})
_OPENING = 2


def lukewarm(lower: list[str]) -> int:
    """How many middling verdicts the lower-case words give ("it was okay", "an average
    stay", "nothing special", "not bad"): the customer is neither pleased nor upset,
    whatever praise or complaint stands around them. A negated one is no verdict of
    the kind ("not remotely okay", "isn't fine"), nor is an acknowledgement opening the
    turn ("OK, thanks")."""
    cues = _cues()
    found = cues.lukewarm.find(lower)
    count = _praise_enough(lower, found, cues) if _ENOUGH in lower else 0
    for start, end, _value in found:
        if _negated(lower, start, cues.negations, False) and lower[start] != "not":
            continue
        if (
            start < _OPENING
            and lower[start] in _ACKNOWLEDGEMENTS
            and lower[end : end + 1] != [cues.lukewarm_measured]
        ):
            continue
        if _asked_about(lower, start):
            continue
        if _undone(lower, start, end, cues):
            continue  # "not bad at all", "exactly as described": praise, not a shrug
        if lower[end : end + 1] == ["of"] and lower[end + 1 : end + 2] in _PEOPLE:
            continue  # "very decent of him", "fine of you to ask": said of someone's act
        if end - start == 2 and _intensified(lower, end, cues):
            continue  # "so so much", "so so happy": the "so" doubled, no middling verdict
        count += 1
    return count


_ENOUGH = "enough"


def _praise_enough(lower: list[str], found: list[tuple[int, int, float]], cues: _Cues) -> int:
    """How many plain praise words are measured out with "enough" ("pleasant enough",
    "polite enough", "tasty enough") where no `lukewarm` phrase was found: enough, no
    more, a middling verdict. Not when "enough" goes on to an act ("kind enough to
    wait": praise of what someone did), nor when negated ("not clean enough": a
    complaint), nor for a glowing word ("amazing enough")."""
    valences = _valences()
    listed = {end for _start, end, _value in found}
    count = 0
    for i, word in enumerate(lower):
        if word != _ENOUGH or not i or i in listed:
            continue
        praised = valences.get(lower[i - 1], 0.0)
        if not 0.0 < praised < _GLOWING:
            continue
        if lower[i + 1 : i + 2] and lower[i + 1] in cues.lukewarm_enough_acts:
            continue
        if not _negated(lower, i - 1, cues.negations, False):
            count += 1
    return count


def _undone(lower: list[str], start: int, end: int, cues: _Cues) -> bool:
    """Whether the middling phrase at `start`-`end` is stressed into praise: "at all" or
    "whatsoever" after it ("not bad at all", "no complaints whatsoever"), "exactly" just
    before it ("exactly as described"); or capped into a complaint by "at best" after it
    ("ok at best": a pattern of the lexicon weighs against it)."""
    after = cues.lukewarm_undone_after
    return (
        " ".join(lower[end : end + 1]) in after
        or " ".join(lower[end : end + 2]) in after
        or (start > 0 and lower[start - 1] in cues.lukewarm_undone_before)
    )


def _intensified(lower: list[str], end: int, cues: _Cues) -> bool:
    """Whether the two-word middling phrase ending at `end` is "so so" said as a doubled
    intensifier: the word after it carries feeling ("happy", "grateful") or degree
    ("much", "very")."""
    if lower[end - 2 : end] != ["so", "so"] or end >= len(lower):
        return False
    after = lower[end]
    return bool(_valences().get(after)) or after in cues.gratitude or after in cues.boosters


# The people a middling word can be said of ("decent of him"): then it praises their act.
_PEOPLE = (["you"], ["him"], ["her"], ["them"], ["us"])


# A word this warm in VADER's list ("excellent", "wonderful", "loved", "gorgeous") is
# the praise of a happy customer; "good", "nice", "clean" and "friendly" (all below it)
# are what a lukewarm one says too.
_GLOWING = 2.5


def glowing(lower: list[str]) -> int:
    """How many glowing praise words the lower-case words hold, not negated ("not
    amazing" is none): a four-star review says "excellent" or "loved", a three-star one
    lists its merits in plain words ("clean", "friendly staff", "good location")."""
    valences = _valences()
    negated_by = _cues().negations
    return sum(
        1
        for i, word in enumerate(lower)
        if valences.get(word, 0.0) >= _GLOWING and not _negated(lower, i, negated_by, False)
    )


# "Is that okay?", "how is this acceptable?", "would it be alright if…": the middling
# word is what is asked about, not the customer's verdict.
_ASKING_VERBS = frozenset({"is", "was", "would", "will", "be"})
_ASKED_ABOUT = frozenset({"it", "that", "this"})


def _asked_about(lower: list[str], start: int) -> bool:
    """True when the middling word at `start` follows "is it", "is that", "would this
    be"…: a question about whether something is acceptable."""
    before = lower[max(0, start - 3) : start]
    if len(before) < 2:
        return False
    if before[-1] == "be":
        before = before[:-1]  # "would it be okay"
    return len(before) >= 2 and before[-1] in _ASKED_ABOUT and before[-2] in _ASKING_VERBS


def negations() -> frozenset[str]:
    """The words that negate the three words after them ("not", "never", "no"...)."""
    return _cues().negations


@lru_cache(maxsize=1)
def _prices() -> frozenset[str]:
    """The `conditional_verdicts` prices ("on sale", "at half price"), as the regex of
    `_conditional_verdicts` finds them."""
    return frozenset(load_lexicon("service_sentiment")["conditional_verdicts"]["prices"])


@lru_cache(maxsize=1)
def _conditional_verdicts() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The first words of the `conditional_verdicts` conditions (a cheap test before the
    regexes), the regex of a praise verdict hung on one ("worth it if", "go back
    unless"), and the regex of a condition that holds nothing back, matched where the
    condition starts: an idiom ("if you ask me") or the listener's taste ("if you love
    jazz")."""
    found = load_lexicon("service_sentiment")["conditional_verdicts"]
    verdicts = "|".join(re.escape(phrase) for phrase in found["verdicts"])
    # A price is a condition too: "worth it on sale" holds the praise back as "worth it
    # if it's cheaper" does.
    held = [*found["conditions"], *found["prices"]]
    conditions = "|".join(re.escape(phrase) for phrase in held)
    idioms = "|".join(re.escape(phrase) for phrase in found["idioms"])
    tastes = "|".join(re.escape(phrase) for phrase in found["tastes"])
    return (
        frozenset(phrase.split()[0] for phrase in held),
        re.compile(rf"\b(?:{verdicts}) (?P<only>only )?(?P<condition>{conditions})\b(?! or not\b)"),
        re.compile(rf"(?:{idioms}|(?:{conditions}) (?:{tastes}))\b"),
    )


def conditional_verdict(lower: list[str]) -> bool:
    """True when the lower-case words hang a praise verdict on a reservation (see
    `_held_verdict`) or keep it for a lower price alone ("only worth it on sale", "worth
    buying only at half price"): the reviewer holds the praise back, a middling verdict
    whatever the praise words in it say."""
    return _held_verdict(lower, restricted=True)


def price_caveat(lower: list[str]) -> bool:
    """True when the lower-case words add a lower price to a praise verdict without
    keeping the praise for it ("worth it on sale", "would buy again in the sale"): a
    tip to the reader, the verdict is what the rest of the review says."""
    return _held_verdict(lower, restricted=False)


def _held_verdict(lower: list[str], *, restricted: bool) -> bool:
    """True when the lower-case words hang a praise verdict on a condition: with
    `restricted`, on a reservation ("worth it if you're not in a hurry", "would stay
    again if the price dropped", "I'd recommend it as long as you're not fussy") or on
    a lower price the praise is kept for ("only worth it on sale", "worth it only at
    half price"); without, on a lower price named as a tip ("worth it on sale": a
    four-star review says it, a three-star one keeps the praise for the price). A price
    that makes no difference ("worth it on sale or not") holds nothing back.

    Not when the verdict is denied ("not worth it if you ask me", "never go back unless
    you enjoy food poisoning"), where the complaint is meant, nor when the condition
    holds nothing back: an idiom ("worth it if only for the view", "would recommend if
    anyone asks") or the listener's taste ("worth it if you love jazz")."""
    first_words, verdict, free = _conditional_verdicts()
    if first_words.isdisjoint(lower):
        return False  # the usual case, decided without the regex
    said = " ".join(lower)
    denials = negations()
    for match in verdict.finditer(said):
        if denials.intersection(said[: match.start()].split()[-3:]):
            continue  # "not worth it if…", "would never go back unless…"
        if free.match(said, match.start("condition")):
            continue  # "…if you ask me", "…if you love jazz"
        if match.group("condition") not in _prices():
            if restricted:
                return True
            continue
        only = bool(match.group("only")) or _ONLY in said[: match.start()].split()[-2:]
        if only is restricted:
            return True
    return False


# "Only worth it on sale", "would only buy it again in the sale": the praise is kept
# for the lower price.
_ONLY = "only"
