"""The shape of questions: open vs closed, and which customer questions got an answer.

Shape, not memorised sentences: after the openers people put in front ("so", "uh",
"okay"), an open question starts with a wh-word followed by an inverted auxiliary ("what
did…", "how is…"), a verb ("what happened") or a noun ("which flight were you on"). A
wh-word followed by a subject is a clause inside a statement ("what you need is…"). A
wh-question that then offers its own answer ("what time do you close, is it 9?", "which
one, the blue or the red?") is closed, but a name after the comma is most often the person
addressed ("what happened next, Sam?") and a choice inside the question ("in the first
week or two") offers nothing. Invitations to talk ("tell me more about…", "could you walk
me through…", "I'd love to hear how…") are open without a wh-word at the front.
Transcripts stammer ("wh-what did…", "how's-how's that going"): the last attempt counts.
Some wh-openings ask nothing: rhetorical questions ("who wouldn't be cross?"), proposals
("what would you think about trying…?") and pseudo-clefts ("what's going on is…").

Customer questions (`customer_questions`) are answered by the agent turn that shares
their words, else by the agent's next reply, unless that reply's shape fits only a
sibling question of the same turn ("Where's my parcel? Can I pay by card?" met by "Yes,
of course.").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from legendary.care.behaviours.base import Gate, LastConversation, Utterance
from legendary.care.behaviours.committed import deflects, owns_an_act, takes_ownership
from legendary.care.behaviours.grants import grants_despite_the_rule
from legendary.care.behaviours.phrases import phrase_first_words
from legendary.care.behaviours.responsive import (
    apologises,
    asks_for_something,
    offers_solution,
    opens_a_request,
)
from legendary.care.lexicons import load_lexicon
from legendary.care.model import Conversation, Role, Turn
from legendary.care.patterns import AnchoredPattern
from legendary.care.text import (
    TEXTS,
    Span,
    content_lemmas,
    is_content_word,
    normalise,
    phrase_alternation,
    sentences,
    words,
)

_CLAUSE_BREAK = re.compile(r"[,;:\-–—]+\s*|\.\.\.\s*")
# A wh-word repeated after a false start inside one hyphenated word ("wh-what",
# "how's-how's"): `text.words` keeps it whole, so the word sets never list the wh-word.
# (It starts with the hyphen, a literal that `re` finds without trying every letter.)
_STAMMERED_WH = re.compile(r"-(?:wh(?:at|y|ere|en|ich|o)|how)\b", re.IGNORECASE)
# A wh-question's tail that only asks for the other's view ("…, do you think?"): said
# in passing, not a yes/no question of its own.
_PARENTHETICAL_VERBS = frozenset({"think", "reckon", "suppose", "feel", "say", "guess"})
# After "or", vagueness ("or something", "or so") rather than a second choice.
_VAGUE_AFTER_OR = frozenset({"something", "so", "anything", "whatever", "not", "what"})
# A wh-word and a comma: a stand-in for a guess ("it's, what, midnight?") or a restart.
_WH_THEN_COMMA = re.compile(r"\b(?:what|where|which|who|when|how)\s*,", re.IGNORECASE)
# A wh-word between commas inside a statement: it holds the place of the guess that
# follows ("you live near, what, the station?").
_WH_SET_OFF = re.compile(r",\s*(?:what|where|which|who|how)\s*,", re.IGNORECASE)
# A quotation opening after a blank: 'you're thinking, "What's the point?"'.
_OPENING_QUOTE = re.compile(r"(?<=\s)[\"“]")
# A word cut off by a dash, then a new start with a capital: "concerns about-- It's…".
_CUT_OFF_RESTART = re.compile(r"(?<=\w)(?:--|—|–)\s*(?=[A-Z])")
# Any word cut off by a dash, whatever case the new start takes: "How-- do you…".
_CUT_OFF = re.compile(r"(?<=\w)(?:--|—|–)\s*")
# What sets off the answer a question proposes: "what time, 9?", "which: A or B?".
_ANSWER_BREAKS = (",", ":", " - ", " – ", " — ", "—")
# The handles a social-media reply opens with ("@amy @brand_help how did it go?").
_LEADING_HANDLES = re.compile(r"(?:@\w+[\s,:]*)+")
_FILLERS = frozenset({"uh", "um", "er", "erm", "like"})
# After "how": the question asks an amount ("how long", "how much") or a reason ("how
# come", "how so"), never exclaims.
# After "when"/"where" in a statement: "where possible, we refund in full".
_CONDITIONS = frozenset({"possible", "ready", "needed", "necessary", "applicable", "appropriate"})
# Before a wh-word at the end, these make it an embedded clause, not a question asked in
# place: "you know what?", "guess what?", "do you know how much?", "…, or what?".
_EMBEDDING_VERBS = frozenset(
    {"know", "guess", "or", "tell", "see", "ask", "believe", "imagine", "wonder", "idea", "check"}
    | {"out", "me", "us", "realise", "realize", "remember", "sure"}
)
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred"}
)
_PREPOSITIONS = frozenset(
    {"for", "to", "of", "in", "on", "at", "from", "with", "by", "about", "until", "till"}
    | {"since", "before", "after", "during", "over", "under", "around", "like"}
)
_DETERMINERS = frozenset({"the", "a", "an", "your", "my", "our", "their", "his", "her"})
_PERSONS = frozenset({"you", "we", "they", "i", "he", "she"})
_THIRD_PERSON = frozenset({"his", "her", "their"})
#: "What date did the charge appear?" asks when, as "when did it appear?" does (open),
#: though "date" is an identifier in "what's your date of birth?".
_WHEN_NOUNS = frozenset({"date", "day", "time", "year", "month"})
_AMOUNTS = frozenset({"long", "much", "many", "often", "far", "soon", "old", "come", "about", "so"})


@dataclass(frozen=True, slots=True)
class _QuestionWords:
    wh: frozenset[str]
    wh_contracted: frozenset[str]
    auxiliaries: frozenset[str]
    subjects: frozenset[str]
    openers: frozenset[str]
    identifiers: frozenset[str]
    identifiers_of_things: frozenset[str]  # "version": "what version of the app…?"
    known_set_prepositions: frozenset[str]  # "with": "which bank are you with?"
    known_set_blockers: frozenset[str]  # "feel": "which people do you feel safe with?"
    known_set_tails: frozenset[str]  # "now": "which bank are you with now?"
    detail_frame: frozenset[str]
    invitations: AnchoredPattern
    repeat_wh: frozenset[str]  # wh-words that ask for a fact ("what", "where"), not "why"
    repeat_amounts: frozenset[str]  # "how much", "how long": "how" asking for a figure
    recall_frames: tuple[tuple[str, ...], ...]  # ("did", "you", "say")
    recall_clause_starts: frozenset[str]  # "your", "you": the reported clause after them
    repeat_tails: frozenset[str]  # "sorry", "please": may follow the closing "again"
    copulas: frozenset[str]
    yes_no_replies: frozenset[str]  # "yes", "sure": open a bare yes/no answer
    time_words: frozenset[str]  # "tomorrow", "days": a reply fits a "when" question
    amount_words: frozenset[str]  # "free", "pounds": a reply fits a "how much" question
    not_asking_starts: tuple[tuple[str, ...], ...]  # ("who", "wouldn't"), ("what", "if", "we")
    proposal_frames: tuple[tuple[str, ...], ...]  # ("what", "would", "you", "think", "about")
    in_place_tails: frozenset[str]  # "exactly": may close "you paid how much exactly?"
    guess_hedges: frozenset[str]  # "about": before a guessed figure ("…, about ten?")
    guessed_times: frozenset[str]  # "thursday", "next": a guessed time ("…, next week?")
    time_bounds: frozenset[str]  # "before": a time guessed as a bound ("…, before noon?")
    scale_steps: frozenset[str]  # "higher": "why not higher?" asks about a figure
    suggestion_frames: tuple[tuple[str, ...], ...]  # ("what", "about"): "…trying the gum?"
    ing_nouns: frozenset[str]  # "evenings": ends as a gerund does, names a topic
    scale: re.Pattern[str]  # "on a scale of…", "zero to ten": a scale set up in the turn
    scale_points: frozenset[str]  # "number", "score": "what number would you give it?"
    lead_ins: frozenset[tuple[str, ...]]  # ("go", "on"): before "what happened then"
    clause_linkers: frozenset[str]  # "and", "if": a clause cut off after one is unfinished
    chat_spellings: dict[str, str]  # "u" -> "you": typed chat read as the word meant
    small_talk: frozenset[str]  # "thanks", "touch": around a question back, answer nothing
    fronted_clause_starts: frozenset[str]  # "when", "if": a clause before the question


def _anchored(phrases: list[str]) -> AnchoredPattern:
    first: set[str] = set()
    for phrase in phrases:
        starts = phrase_first_words(phrase)
        if starts is None:
            raise ValueError(f"questions lexicon: cannot tell how {phrase!r} starts")
        first |= starts
    return AnchoredPattern(phrase_alternation(phrases), first)


def _scale_pattern(cues: list[str], low: list[str], high: list[str]) -> re.Pattern[str]:
    """A scale named ("on a scale of…", "out of ten") or set up by its two ends, as a
    range ("zero to ten", "1-10") or as two ends each defined ("if ten is ready and zero
    is not at all", "one being not at all")."""
    ends = f"(?:{phrase_alternation(low)})", f"(?:{phrase_alternation(high)})"
    defined = r"\s+(?:is|being|means|meaning|stands\s+for|=)\b"
    return re.compile(
        rf"\b(?:{phrase_alternation(cues)})\b"
        rf"|\b{ends[0]}\s*(?:to|-|–|and)\s*{ends[1]}\b"
        rf"|\b{ends[0]}{defined}.{{0,120}}?\b{ends[1]}{defined}"
        rf"|\b{ends[1]}{defined}.{{0,120}}?\b{ends[0]}{defined}",
        re.IGNORECASE | re.DOTALL,
    )


@lru_cache(maxsize=1)
def _lexicon() -> _QuestionWords:
    data = load_lexicon("questions")
    return _QuestionWords(
        wh=frozenset(data["wh_words"]),
        wh_contracted=frozenset(data["wh_contracted"]),
        auxiliaries=frozenset(data["auxiliaries"]),
        subjects=frozenset(data["subjects"]),
        openers=frozenset(data["openers"]),
        identifiers=frozenset(data["identifiers"]),
        identifiers_of_things=frozenset(data["identifiers_of_things"]),
        known_set_prepositions=frozenset(data["known_set_prepositions"]),
        known_set_blockers=frozenset(data["known_set_blockers"]),
        known_set_tails=frozenset(data["known_set_tails"]),
        detail_frame=frozenset(data["detail_frame"]),
        invitations=_anchored(data["open_invitations"]),
        repeat_wh=frozenset(data["repeat_wh"]),
        repeat_amounts=frozenset(data["repeat_amounts"]),
        recall_frames=tuple(tuple(frame.split()) for frame in data["recall_frames"]),
        recall_clause_starts=frozenset(data["recall_clause_starts"]),
        repeat_tails=frozenset(data["repeat_tails"]),
        copulas=frozenset(data["copulas"]),
        yes_no_replies=frozenset(data["yes_no_replies"]),
        time_words=frozenset(data["time_words"]),
        amount_words=frozenset(data["amount_words"]),
        not_asking_starts=tuple(tuple(start.split()) for start in data["not_asking_starts"]),
        proposal_frames=tuple(tuple(frame.split()) for frame in data["proposal_frames"]),
        in_place_tails=frozenset(data["in_place_tails"]),
        guess_hedges=frozenset(data["guess_hedges"]),
        guessed_times=frozenset(data["guessed_times"]),
        time_bounds=frozenset(data["time_bounds"]),
        scale_steps=frozenset(data["scale_steps"]),
        suggestion_frames=tuple(tuple(frame.split()) for frame in data["suggestion_frames"]),
        ing_nouns=frozenset(data["ing_nouns"]),
        scale=_scale_pattern(data["scale_cues"], data["scale_low_ends"], data["scale_high_ends"]),
        scale_points=frozenset(data["scale_points"]),
        clause_linkers=frozenset(data["clause_linkers"]),
        lead_ins=frozenset(tuple(lead_in.split()) for lead_in in data["lead_ins"]),
        chat_spellings=dict(data["chat_spellings"]),
        small_talk=frozenset(data["small_talk"]),
        fronted_clause_starts=frozenset(data["fronted_clause_starts"]),
    )


def _said(text: str) -> list[str]:
    """`text.words(text)`, with chat spellings read as the words they stand for: "can u
    tell me…", "whats ur email", "r u still there" ask what the spelt-out words ask."""
    said = words(text)
    spelt = _lexicon().chat_spellings
    if spelt.keys().isdisjoint(said):
        return said  # most texts: nothing to respell (and no new list)
    return [spelt.get(w, w) for w in said]


def open_question_triggers() -> Gate:
    """What `open_question_spans` needs: a wh-word (perhaps stammered), or an invitation
    to talk."""
    lex = _lexicon()
    return Gate.of(lex.invitations, words=lex.wh, marks=_STAMMERED_WH)


def open_question_spans(text: str) -> list[tuple[Span, float]]:
    """The sentences of `text` that are open questions, each with a confidence."""
    lex = _lexicon()
    if (
        lex.wh.isdisjoint(words(text))
        and lex.invitations.search(text) is None
        and ("-" not in text or _STAMMERED_WH.search(text) is None)
    ):
        return []  # the common case: no wh-word and no invitation anywhere
    found = []
    for sentence in sentences(text):
        if not _may_ask_openly(sentence.text, text, sentence.start):
            continue  # most sentences of such a turn: no wh-word, invitation or "?"
        confidence = open_question_confidence(sentence.text, text, sentence.start)
        if confidence:
            found.append((sentence, confidence))
    return found


def _may_ask_openly(sentence: str, text: str, start: int) -> bool:
    """False only where `open_question_confidence(sentence, text, start)` is surely 0:
    the sentence does not end asking, holds no invitation, and none of its words (nor
    the pieces of a hyphenated one, which a clause may start with) reads as a wh-word,
    chat spellings read out (`_said`)."""
    lex = _lexicon()
    if _ends_asking(sentence) or not lex.wh.isdisjoint(_word_pieces(sentence)):
        return True
    return lex.invitations.search(text, start, start + len(sentence)) is not None


def _word_pieces(sentence: str) -> set[str]:
    """Every word of `sentence` and every piece of a hyphenated one, each as `_said`
    reads it and with `_wh_shape`'s last piece of a stammer ("what-what's")."""
    spelt = _lexicon().chat_spellings
    pieces: set[str] = set()
    for word in words(sentence):
        for piece in (word, *word.split("-")) if "-" in word else (word,):
            read = spelt.get(piece, piece)
            pieces.add(read)
            pieces.add(read.rsplit("-", 1)[-1])
    return pieces


def open_question_confidence(sentence: str, text: str = "", start: int = 0) -> float:
    """How sure we are that one sentence is an open question (0 when it is not).

    When the sentence comes from a longer turn, pass the turn as `text` and the
    sentence's offset as `start`: the turn's word index (already built, cached) then
    serves the invitation look-up instead of a new one per sentence.
    """
    lex = _lexicon()
    if sentence.startswith("@"):
        # "@amy how did the new router work out?": the handles a reply on social media
        # opens with address the customer; the question starts after them.
        handles = _LEADING_HANDLES.match(sentence)
        if handles is not None and handles.end() < len(sentence):
            start += handles.end() if text else 0  # `start` is an offset into `text`
            sentence = sentence[handles.end() :]
    if _quotes_a_question(sentence):
        return 0.0
    asked = _ends_asking(sentence)
    if text:
        invited = lex.invitations.search(text, start, start + len(sentence))
    else:
        invited = lex.invitations.search(sentence)
    if invited is not None and _invites(invited, text or sentence, start + len(sentence), asked):
        return 0.9
    said = _said(sentence)
    if said[-2:] == ["or", "what"]:
        return 0.0  # "did it arrive, or what?": a yes/no question left open
    if asked and said:
        # "And you?", "What about yourself?": the question handed back, open by nature;
        # "You flew in from where?", "you paid how much?": a wh-word asked in place.
        rest = [w for w in said if w not in lex.openers or w == "you"]
        if rest in (["you"], ["yourself"], ["about", "yourself"]):
            return 0.8
        if _asks_in_place(said) and _WH_SET_OFF.search(sentence) is None:
            return 0.8  # not "you're across the lake from, what, Plattsburgh?" (a guess)
    elif said:
        # A call transcript has no "?": "you have how many kids", after the openers
        # "uh-huh, and…" too (but not "you live near, what, the station": a guess).
        said = _said(sentence[sentence.rfind(",") + 1 :])
        if said and _opens_with_you(said) and _asks_in_place(said):
            return 0.7
    if (not asked and _abandoned(sentence)) or _restarted_as_yes_no(sentence):
        return 0.0
    for index, clause in enumerate(_clauses(sentence)):
        said = _said(clause)
        if _stands_in_for_a_guess(clause):
            continue
        # The words before the clause's own first break: "how annoying, sorry about
        # that" exclaims in its first two.
        head = _CLAUSE_BREAK.search(clause)
        stretch = len(_said(clause[: head.start()])) if head else len(said)
        # After a statement in the same sentence, "…, when you finish work?" hangs a
        # clause on it (a reflection said with a "?"), where at the start "where you
        # from?" asks.
        after_statement = bool(index) and not _after_openers_only(sentence, clause, restart=True)
        shape = _wh_shape(said, asked, stretch, after_statement)
        # "What's your date of birth, just for the records?": the identifier asked for
        # before the comma, an afterthought after it.
        if shape and (
            _asks_for_a_detail(said)
            or _asks_for_a_detail(said[:stretch])
            or _asks_to_repeat(said)
            or _names_one_of_a_known_set(said)
            or _asks_for_a_point_on_a_scale(said, text or sentence)
        ):
            continue
        before = (text[:start] if text else "") + sentence[: len(sentence) - len(clause)]
        if shape and _picks_from_offered(said, before):
            continue
        if not asked and shape < 1.0 and (index or sentence.rstrip().endswith("!")):
            # Mid-sentence "which means…", "who's staying where"; "What happened there!"
            # exclaimed: not asking. After a greeting or an opener alone ("hiya, what
            # seems to be up"), the clause starts the question all the same.
            if (
                shape
                and index
                and (
                    _after_openers_only(sentence, clause)
                    or _after_a_fronted_clause(sentence, clause)
                )
            ):
                return 0.7 * shape
            continue
        if shape and not _offers_own_answer(sentence, clause):
            return 0.9 if asked else 0.7 * shape
    return 0.0


def _quotes_a_question(sentence: str) -> bool:
    """True when the only wh-words stand inside a quotation that follows other words:
    someone's question reported, not asked ('So you're thinking, "What's the point?"',
    'I said, "Well, how's your sister getting on?"'). Not 'what does "pending" mean?',
    where the question is asked before the quoted word."""
    quote = _OPENING_QUOTE.search(sentence)
    if quote is None or not words(sentence[: quote.start()]):
        return False
    before = sentence[: quote.start()]
    lex = _lexicon()
    return lex.wh.isdisjoint(_word_pieces(before)) and lex.invitations.search(before) is None


def _abandoned(sentence: str) -> bool:
    """True for a question the speaker broke off to say something else: "And what are
    your concerns about-- It doesn't sound like you hurt yourself." A transcript marks
    the break with a dash and starts the new thought with a capital; when what follows
    holds no wh-word (nor an invitation), nothing was left asking. A restart that asks
    ("what did you do about-- How did you hide it?") keeps the question."""
    # The last break: what comes after it is what was said in the end.
    restart = max(_CUT_OFF_RESTART.finditer(sentence), key=lambda m: m.start(), default=None)
    if restart is None:
        return False
    after = sentence[restart.end() :]
    lex = _lexicon()
    if not lex.wh.isdisjoint(_word_pieces(after)) or lex.invitations.search(after):
        return False
    return not lex.wh.isdisjoint(_word_pieces(sentence[: restart.start()]))


def _unfinished(said: list[str]) -> bool:
    """True when words cut off by a dash are no complete question: two words or fewer
    ("How--", "What did--"), or ending where a clause cannot end: on a determiner,
    preposition, linker, wh-word or subject ("What did you do when--", "What is it
    that--"), or on an auxiliary still waiting for its verb ("What have you--"; but "Why
    do you think that is--" has its verb, "think", after an inverted auxiliary)."""
    lex = _lexicon()
    if len(said) <= 2:
        return True
    last = said[-1]
    if last in _DETERMINERS or last in _PREPOSITIONS or last in lex.clause_linkers:
        return True
    if last in lex.wh or last in lex.subjects:
        return True
    if last not in lex.auxiliaries:
        return False
    return not any(
        a in lex.auxiliaries and b in lex.subjects and c not in lex.auxiliaries
        for a, b, c in zip(said, said[1:-1], said[2:-1], strict=False)
    )


def _restarted_as_yes_no(sentence: str) -> bool:
    """True for a wh-question broken off by a dash and put again as a yes/no question:
    "How-- do you still see your brother?", "What did-- I mean, did you take them?".
    What is asked in the end is the new start: an auxiliary and its subject, with no
    wh-word nor invitation after the break. Not "Did you-- what did you make of it?"."""
    cut = max(_CUT_OFF.finditer(sentence), key=lambda m: m.start(), default=None)
    if cut is None:
        return False
    lex = _lexicon()
    after = sentence[cut.end() :]
    if not lex.wh.isdisjoint(_word_pieces(after)) or lex.invitations.search(after):
        return False
    if lex.wh.isdisjoint(_word_pieces(sentence[: cut.start()])):
        return False
    if not _unfinished(_said(sentence[: cut.start()])):
        return False  # "What happened next-- did they call?": the wh-question was asked
    # The new start, perhaps after a repair set off by a comma ("I mean, did you…").
    for start in (after, after[after.find(",") + 1 :] if "," in after else ""):
        said = _said(start)
        said = said[next((i for i, w in enumerate(said) if w not in lex.openers), len(said)) :]
        if len(said) >= 2 and said[0] in lex.auxiliaries and said[1] in lex.subjects:
            return True
    return False


def _after_openers_only(sentence: str, clause: str, restart: bool = False) -> bool:
    """True when every word of `sentence` before `clause` (one of its tails) is an
    opener ("hiya, what seems to be up", "ok so, what went wrong"), or the words left
    between the openers lead into a question ("go on, what happened then", "so tell
    me, how are things at home"). `restart`: wh-words count as openers, a question
    started again ("why, why are you…")."""
    lex = _lexicon()
    before = _said(sentence[: len(sentence) - len(clause)])
    at = next(
        (i for i, w in enumerate(before) if w not in lex.openers and not (restart and w in lex.wh)),
        len(before),
    )
    rest = before[at:]
    return not rest or any(
        tuple(rest[: len(lead_in)]) == lead_in
        and all(w in lex.openers for w in rest[len(lead_in) :])
        for lead_in in lex.lead_ins
    )


def _after_a_fronted_clause(sentence: str, clause: str) -> bool:
    """True when the words of `sentence` before `clause` are openers and then one
    fronted clause of condition or time ("if you had it back tomorrow, what would…",
    "so when the cravings come, what tends to help…"): the question starts after
    it, as after openers alone, though a transcript gives it no "?". Not a "which"
    hung on the fronted clause ("once it's dry, which takes an hour"): a relative clause
    (a "which" that asks, "which would you pick", has its inversion and needs no help)."""
    lex = _lexicon()
    if next((w for w in _said(clause) if w not in lex.openers), "") == "which":
        return False
    before = sentence[: len(sentence) - len(clause)]
    said = _said(before)
    at = next((i for i, w in enumerate(said) if w not in lex.openers), len(said))
    fronted = said[at:]
    if len(fronted) < 3 or fronted[0] not in lex.fronted_clause_starts:
        return False
    # One clause only: the fronted clause's own words hold no break before the last.
    start = re.search(rf"\b{re.escape(fronted[0])}\b", before, re.IGNORECASE)
    return start is not None and len(_CLAUSE_BREAK.findall(before[start.start() :])) == 1


def _ends_asking(sentence: str) -> bool:
    """True when the sentence closes on a question mark, perhaps with an exclamation
    mark beside it ("what happened?!", "how much!?")."""
    return sentence.rstrip().rstrip("!").endswith("?")


def _invites(invitation: re.Match[str], text: str, end: int, asked: bool) -> bool:
    """False for an invitation phrase that asks nothing after all: one left hanging at
    the end ("is this something you'd come back and talk to me about?", a yes/no
    question about the talk), or a statement that goes on with "but" ("I don't know how
    you're feeling right now, but I can sort this today")."""
    after = words(text[invitation.end() : end])
    if _breaks_off(text[invitation.end() : end], after):
        return False  # "I'm wondering about-- it sounds like the forms…": never asked
    if _embeds_a_request_for_one(invitation, after):
        return False  # "could you tell me what your order number is?"
    if not after:
        return not invitation.group(0).lower().endswith("about")
    return asked or "but" not in after


def _embeds_a_request_for_one(invitation: re.Match[str], after: list[str]) -> bool:
    """True when the invitation ends on "what" or "which" and the clause it embeds asks
    for an identifier ("could you tell me what your order number is?", "…what version
    you're on") or names one of a known set ("can you tell me which store you bought it
    from?"): a closed request said politely. Not "…what happened" nor "which bits
    helped most"."""
    said = _said(invitation.group(0))
    if not said or said[-1] not in {"what", "which"} or not after:
        return False
    asked = [said[-1], *after]
    return _asks_for_a_detail(asked) or _names_one_of_a_known_set(asked, embedded=True)


def _breaks_off(rest: str, after: list[str]) -> bool:
    """True when `rest`, what follows an invitation, is cut off by a dash and goes on
    with a new statement ("…about-- it sounds like…", "…what-- you said it was hard"),
    perhaps joined on by a linker ("…about-- because it sounds like…", "…about-- so you
    said…"), not with the thing asked about ("…about-- you know, the money", "…about--
    and how did she take it?")."""
    if not rest.lstrip().startswith(("--", "—", "–")):
        return False
    lex = _lexicon()
    at = next((i for i, w in enumerate(after) if w not in lex.clause_linkers), len(after))
    return len(after) - at >= 2 and after[at] in lex.subjects and after[at + 1] != "know"


def _asks_in_place(said: list[str]) -> bool:
    """True for a wh-word asked in place at the end of a question: "you moved there from
    where?", "and you paid how much exactly?", "you have how many kids?".

    Not "you know what?", "guess what?" (news to come) nor "…, or what?" (a yes/no
    question left open at the end), nor "do you know how much?" (a yes/no question)."""
    lex = _lexicon()
    end = len(said)
    while end > 1 and said[end - 1] in lex.in_place_tails:
        end -= 1
    if said[end - 1] in lex.wh:
        at = end - 1
    elif end > 1 and said[end - 2] == "how" and said[end - 1] in lex.repeat_amounts:
        at = end - 2
    elif _opens_with_you(said) and "how" in said[1:end]:
        # "you have how many kids", "you paid how much for it?": the amount and what
        # it is of, said in the customer's own order.
        at = said.index("how", 1)
        if said[at + 1 : at + 2] not in (["much"], ["many"]) or end - at > 6:
            return False
    elif _opens_with_you(said) and (at := _picks_at_the_end(said, end)) > 0:
        pass  # "you're staying at which hotel?", "you bought it from which shop?"
    else:
        return False
    before = said[at - 1] if at else ""
    return (
        at > 0
        and before not in _EMBEDDING_VERBS
        and (at == end - 1 or any(w not in lex.openers for w in said[:at]))
    )


def _picks_at_the_end(said: list[str], end: int) -> int:
    """Where "what" or "which" stands before the last one or two words of `said[:end]`
    when those name the thing asked for ("…in what city", "…from which high school"),
    else -1. Not before a clause ("…what you need", "…which is fine")."""
    lex = _lexicon()
    for at in (end - 2, end - 3):
        if at > 0 and said[at] in {"what", "which"}:
            named = said[at + 1 : end]
            if all(w not in lex.auxiliaries and w not in lex.subjects for w in named):
                return at
            return -1
    return -1


def _opens_with_you(said: list[str]) -> bool:
    """True when the first word after the openers is "you" (or "you've", "you're"…)."""
    lex = _lexicon()
    first = next((w for w in said if w not in lex.openers), "")
    return first in {"you", "you've", "you're", "you'd", "you'll"}


def _stands_in_for_a_guess(clause: str) -> bool:
    """True for a wh-word that only holds the place of a short guess: "what, the blue
    one?", "it's, what, ten miles?". Not for a restart ("what, what did you…") nor a
    question that goes on ("what, uh, branch are you with?")."""
    lex = _lexicon()
    found = _WH_THEN_COMMA.search(clause) if "," in clause else None
    if found is None:
        return False
    before = _said(clause[: found.start()])
    if any(w not in lex.openers for w in before):
        return False  # a wh-word deep in the sentence: another clause decides
    after = [w for w in _said(clause[found.end() :]) if w not in _FILLERS]
    if not after or len(after) > 5 or after[0] in lex.auxiliaries or after[0] in lex.wh:
        return False
    # "what, uh, school are you at?": the question goes on after the filler.
    # "what, um, size is the other pair?": the inversion may take a noun phrase too.
    return not any(
        a in lex.auxiliaries and (b in lex.subjects or b in _DETERMINERS)
        for a, b in pairwise(after)
    )


def _asks_for_a_detail(said: list[str]) -> bool:
    """True for "what's your order number?", "what is the email on the account?", "what
    room number are you in?", "which card did you pay with?": a short wh-question whose
    only topic, or whose wh-word's own noun, is an identifier (closed: one right answer;
    motivational-interviewing coding and service QA both count a question after one
    specific fact as closed)."""
    lex = _lexicon()
    # After the openers ("ok whats ur postcode", "sorry, what's the surname?").
    start = next((i for i, w in enumerate(said) if w not in lex.openers), len(said))
    said = said[start:]
    if len(said) > 12 or not said or said[0] not in {"what", "what's", "whats", "which"}:
        return False
    # A figure is part of the frame: "what are the last 4 digits of the card?"; a noun
    # before the identifier only says which one: "what room number are you in?".
    asked = said[1:]
    if not asked:
        return False
    rest = [
        w
        for w, after in zip(asked, [*asked[1:], ""], strict=True)
        if w not in lex.detail_frame
        and not w.isdigit()
        and (
            w in lex.identifiers
            or after not in lex.identifiers
            or not is_content_word(w)  # "what's his name?": whose, not which
            or w.endswith(("'s", "’s"))  # "what's the lady's name?"
        )
    ]
    if any(w in lex.identifiers for w in asked) and all(w in lex.identifiers for w in rest):
        return True
    head = _wh_phrase_head(asked)
    return (head in lex.identifiers and head not in _WHEN_NOUNS) or _of_their_own(asked)


def _of_their_own(asked: list[str]) -> bool:
    """True for the words after "what" naming an identifier of something of the
    person's own ("the name of your key worker", "the date of your next appointment",
    "the phone number for your sister"), or one that stays a string to read off with
    any "of" phrase ("version of the app", "model of the kettle"): one right answer.
    Not "the name of that film" (a thing both are talking about, asked after)."""
    lex = _lexicon()
    at = 1 if asked[:1] and asked[0] in lex.copulas else 0
    while at < len(asked) and asked[at] in {"the", "a", "an"}:
        at += 1
    end = at
    while end < len(asked) and end - at < 2 and asked[end] in lex.identifiers:
        end += 1
    if end == at:
        return False
    return asked[end : end + 2] in (["of", "your"], ["for", "your"]) or (
        asked[end : end + 1] == ["of"] and asked[end - 1] in lex.identifiers_of_things
    )


def _asks_for_a_point_on_a_scale(said: list[str], turn: str) -> bool:
    """True for a question that asks for one point on a scale the turn sets up ("where
    would you put yourself on that scale?", "if ten is ready and zero is not at all,
    where are you?", "what number would you give it, out of ten?"): closed, as
    counsellors code a position asked for. Not "how important is it, on a scale of zero
    to ten?" (a wh-question of degree, which they code open), nor the reason for the
    number ("why a six?", "what makes it a six?", "where does that six come from?")."""
    lex = _lexicon()
    start = next((i for i, w in enumerate(said) if w not in lex.openers), len(said))
    asked = said[start : start + 2]
    if len(asked) < 2 or lex.scale.search(turn) is None:
        return False
    wh, following = asked
    if wh == "where":
        # "where does that six come from?" asks the reason; "…on a scale from one to
        # ten" only sets the scale up: a "from" that opens its range is no reason asked.
        rest = said[start:]
        return not any(
            word == "from" and lex.scale.match(" ".join(rest[i + 1 :])) is None
            for i, word in enumerate(rest)
        )
    return wh == "what" and following in lex.scale_points


def _names_one_of_a_known_set(said: list[str], embedded: bool = False) -> bool:
    """True for "which surgery are you registered at?", "which pharmacy do you collect
    from?", "which bank are you with?": "which" and a noun, then a verb whose preposition
    is left at the end (the wh-phrase is its object). The person names the one they
    belong to or deal with among a set both sides know, as they would an identifier, so
    the question is closed. Not "which bit are you struggling with?" nor "which people
    do you feel safest with?" (an experience or a feeling is asked after), nor "which
    one…", "which of…" (a pick among what was just said, read elsewhere). `embedded`:
    the clause of an invitation, in a statement's order ("…which bank you're with")."""
    lex = _lexicon()
    start = next((i for i, w in enumerate(said) if w not in lex.openers), len(said))
    said = said[start:]
    if (
        len(said) < (4 if embedded else 5)
        or len(said) > 10
        or said[0] != "which"
        or said[1] in _PICKING
    ):
        return False
    # The preposition at the end, or before "now", "at the moment" and the like.
    end = len(said)
    while end > 2 and said[end - 1] in lex.known_set_tails:
        end -= 1
    if said[end - 1] not in lex.known_set_prepositions:
        end = len(said)  # "…registered at?": the "at" was the preposition itself
    if not _is_noun_like(said[1]) or said[end - 1] not in lex.known_set_prepositions:
        return False
    frame = said[2 : end - 1]
    return not any(
        w in lex.known_set_blockers or w.endswith(("ing", "est")) for w in frame
    ) and any(w in lex.auxiliaries or (embedded and w in lex.subjects) for w in frame[:3])


def _wh_phrase_head(asked: list[str]) -> str:
    """The noun the wh-word asks for, when it has one: "[which] delivery address did you
    use", "[what's] the reference on the letter", "[what] name is it under" give
    "address", "reference", "name"; "" when the wh-word stands alone ("what did you
    order?") or its noun is measured out ("what number of people…": not that noun)."""
    lex = _lexicon()
    at = 1 if asked[:1] and asked[0] in lex.copulas else 0
    # Not "his", "her", "their": "what's her name?" asks after a third person (whose,
    # not which), as the existing identifier rule above also reads it.
    while at < len(asked) and asked[at] in _DETERMINERS - _THIRD_PERSON:
        at += 1
    end = at
    while end < len(asked) and end - at < 3 and _is_noun_like(asked[end]):
        end += 1
    if end == at or (end < len(asked) and asked[end] == "of"):
        return ""
    return asked[end - 1]


def _is_noun_like(word: str) -> bool:
    """A content word that is not a verb of the question's own frame ("did", "is")."""
    return is_content_word(word) and word not in _lexicon().auxiliaries


#: What follows a bare "which" that picks among options: "which would suit you?", "which
#: of those…", "which one…" (not "which browser…", a noun that names a new topic).
_PICKING = frozenset(
    {"would", "do", "does", "is", "one", "ones", "of", "suits", "works", "sounds", "feels"}
)
#: Options offered just before: "…the 18:40 or the first flight tomorrow".
_OPTIONS_BEFORE = re.compile(r"\bor\b[^?]{3,}$", re.IGNORECASE)


def _picks_from_offered(said: list[str], before: str) -> bool:
    """True for "which would suit you better?" just after options put in the same turn
    ("I can rebook you on the 18:40 or first thing tomorrow; which…", "we can move the
    date, or spread the amount. Which would be easier?"): a pick between them, closed.
    A "which" with nothing offered before ("which one do you like?") stays open."""
    lex = _lexicon()
    start = next((i for i, w in enumerate(said) if w not in lex.openers), len(said))
    said = said[start:]
    if len(said) < 2 or said[0] != "which" or said[1] not in _PICKING:
        return False
    # Only the last stretch before the question: a sentence or two, not the whole turn.
    return _OPTIONS_BEFORE.search(before[-160:]) is not None


def _asks_to_repeat(said: list[str]) -> bool:
    """True for a wh-question that asks to hear one detail again (closed): "what did you
    say your postcode was?", "where did you say you were flying from?", "sorry, what did
    you say?", "what was the order number again?".

    Not "what did you say to the driver?" or "what did they say?" (the customer is asked
    to recount), "why did you say that?" (a reason) nor "why did it crash again?" (a
    second time, not a second hearing).
    """
    lex = _lexicon()
    start = next((i for i, w in enumerate(said) if w not in lex.openers or w in lex.wh), len(said))
    if start == len(said) or said[start] not in lex.repeat_wh:
        return False
    rest = said[start + 1 :]
    if said[start] == "how":
        if not rest or rest[0] not in lex.repeat_amounts:
            return False  # "how did it happen?": a manner, not a figure to hear again
        rest = rest[1:]
    for frame in lex.recall_frames:
        at = _find(rest, frame)
        if at >= 0:
            reported = rest[at + len(frame) :]
            if not reported:
                # "Sorry, what did you say?" asks to hear it again; "what were you
                # saying?" asks the customer to carry on, which is open.
                return frame[-1] == "say"
            # A reported clause: "…did you say your name was?", "…you were from?"
            return reported[0] in lex.recall_clause_starts
    if "again" not in rest:
        return False
    again = len(rest) - 1 - rest[::-1].index("again")
    # "what was the order number again(, sorry)?": a copula (or "what's", typed "whats")
    # asks what a thing is; "what went wrong again?" asks about a second time, and stays
    # open.
    wh = said[start]
    named = wh.endswith("'s") or wh == "whats" or not lex.copulas.isdisjoint(rest[:again])
    return named and all(w in lex.repeat_tails or w in lex.openers for w in rest[again + 1 :])


def _find(said: list[str], phrase: tuple[str, ...]) -> int:
    """Where the words of `phrase` first stand in a row in `said`, or -1."""
    size = len(phrase)
    for i in range(len(said) - size + 1):
        if said[i] == phrase[0] and tuple(said[i : i + size]) == phrase:
            return i
    return -1


def _clauses(sentence: str) -> list[str]:
    """The sentence and each stretch after a comma or dash: a question often follows a
    false start ("Harrison Ford and, how does the story go?")."""
    out = [sentence]
    out.extend(sentence[m.end() :] for m in _CLAUSE_BREAK.finditer(sentence))
    return out


def _wh_shape(
    tokens: list[str], asked: bool, stretch: int | None = None, after_statement: bool = False
) -> float:
    """1.0 for a wh-question shape at the start of `tokens` (wh-word, auxiliary, subject),
    0.8 for a weaker one, else 0. `asked`: the sentence ends with a question mark;
    `stretch`: how many of `tokens` come before the first comma or dash (all of them
    when not given); `after_statement`: `tokens` follow a statement in the same sentence,
    so a wh-word and a subject there start a clause hung on it, even before a "?"."""
    lex = _lexicon()
    # Stammered words arrive hyphenated ("what-what's"): keep the last attempt.
    tokens = [t.rsplit("-", 1)[-1] if "-" in t and t not in lex.openers else t for t in tokens]
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i] in lex.openers and tokens[i] not in lex.wh:
            i += 1
        elif tokens[i : i + 2] == ["i", "mean"]:
            i += 2  # "I mean which branch": said in passing before the question
        else:
            break
    if i >= n or tokens[i] not in lex.wh or _asks_nothing(tokens[i:]):
        return 0.0
    wh = tokens[i]
    # Repetitions and fillers after the wh-word: "what, what has been…", "how, uh, do…".
    j = i + 1
    while j < n and (tokens[j] == wh or tokens[j] in {"uh", "um", "er", "erm"}):
        j += 1
    if wh in lex.wh_contracted:
        return 1.0
    if j >= n:
        # A bare wh-word ("Why?", "How so?") asks the customer to go on.
        return 0.8
    following = tokens[j]
    alone = stretch == j + 1  # "how annoying, …": the wh-word's one word, then a break
    if _exclaims(wh, tokens[j:], asked, alone):
        return 0.0
    if following in lex.auxiliaries:
        inverted = j + 1 < n and tokens[j + 1] in lex.subjects
        return 1.0 if inverted or asked else 0.8
    # "how about we start there": a suggestion, not a question; "what about, um, I know a
    # woman who…": the question dropped for a story (fillers between).
    told = next((t for t in tokens[j + 1 :] if t not in _FILLERS), "")
    if following == "about" and told in {"we", "i", "i'll", "we'll"}:
        return 0.0
    if following in {"come", "about", "else"}:
        return 1.0  # "how come…", "what about…", "who else…"
    inverted_after = tokens[j + 1 : j + 3]
    if (
        following == "people"
        and wh in {"which", "what"}
        and len(inverted_after) == 2
        and inverted_after[0] in lex.auxiliaries
        and inverted_after[1] in lex.subjects
    ):
        return 1.0  # "which people do you trust?": the wh-word's own noun, then inversion
    if following in lex.subjects:
        # A clause inside a statement ("what you need is…", "when I was…"), except the
        # spoken "where you from?", "how you doing?".
        spoken = asked and following == "you" and n - i <= 6 and not after_statement
        return 0.8 if spoken else 0.0
    if following in {"the", "a", "an", "my", "his", "her", "their", "our"}:
        # "what the plan was", "when the engineer arrives, …": a clause, unless asked.
        return 0.8 if asked and not after_statement else 0.0
    # "how confident are you…", "what sort of help were you after": the wh-word's own
    # words, then the inversion.
    for k in range(j + 1, min(j + 4, n - 1)):
        if tokens[k] in lex.auxiliaries:
            return 1.0 if tokens[k + 1] in lex.subjects else 0.8
    return 0.8


def _asks_nothing(tokens: list[str]) -> bool:
    """True for wh-openings that ask nothing (`tokens` starts at the wh-word): a
    rhetorical question ("who wouldn't be cross?", "what's not to like?"), a proposal
    to accept or refuse ("what would you think about trying it for a week?") and a
    pseudo-cleft on a contracted "what's" ("what's going on is the server is down",
    "what's important is that…")."""
    lex = _lexicon()
    if any(tuple(tokens[: len(start)]) == start for start in lex.not_asking_starts):
        return True
    for frame in lex.proposal_frames:
        after = tokens[len(frame) : len(frame) + 1]
        # Proposed doing ("…about trying it", "…about us sending one"), not a topic.
        proposed = after and (after[0].endswith("ing") or after[0] in {"us", "me"})
        if proposed and tuple(tokens[: len(frame)]) == frame:
            return True
    for frame in lex.suggestion_frames:
        # "what about trying the gum?": a doing and its object or particle; "what about
        # drinking?", "what about the evenings?" name a topic and ask.
        doing = tokens[len(frame) : len(frame) + 2]
        if (
            tuple(tokens[: len(frame)]) == frame
            and len(doing) == 2
            and doing[0].endswith("ing")
            and doing[0] not in lex.ing_nouns
        ):
            return True
    if tokens[0] not in {"what's", "whats"} or len(tokens) < 4:
        return False
    # "what's going on is …", "what's important was …": a verb or a judgement, then the
    # copula, then what it is (a noun after "what's" asks: "what's the plan?").
    copula = 3 if tokens[2] in {"on", "up", "out", "off", "in"} else 2
    if tokens[copula : copula + 1] not in (["is"], ["was"]) or len(tokens) <= copula + 1:
        return False
    if tokens[1] in lex.subjects or tokens[1] in _DETERMINERS:
        return False
    # What it is: a new clause ("…is you're getting bored", "…is that you're safe"), not
    # "what's happening, is it the router?" (the question asked again).
    said = tokens[copula + 1]
    return (
        said not in lex.subjects
        or said in _PERSONS
        or (said == "that" and len(tokens) > copula + 2)
    )


def _exclaims(wh: str, rest: list[str], asked: bool, alone: bool = False) -> bool:
    """True for an exclamation shaped like a question ("what a week you've had", "how
    kind of you", "how annoying for you", "how lovely that it came", "who knows"), and,
    when not asked, for statements that open with a wh-word: "which is why…" hung on
    the previous sentence, "what matters is that…", "how to reset it: …", "when
    ready, …", and for "why not try…", a suggestion. `alone`: `rest[0]` is the last word
    before a comma or dash ("how annoying, sorry about that")."""
    if rest[0] == "to" and not asked:
        return True  # "how to reset your password", "what to bring"
    if wh in {"when", "where"} and not asked and rest[0] in _CONDITIONS:
        return True  # "where possible, …", "when ready, …"
    if wh == "what":
        return rest[0] in {"a", "an"} or (not asked and _opens_a_pseudo_cleft(rest))
    if wh == "why":
        # "why not try a reset first" suggests; "why not a five?", "why not lower?" asks
        # why a figure on a scale was not another (a motivational interviewer's follow-up).
        return rest[0] == "not" and len(rest) > 1 and not _another_figure(rest[1:])
    if wh == "who":
        return rest[0] == "knows" and not asked
    if wh == "how":
        # Not "how long for delivery", "how much for the upgrade": asking an amount.
        # "How brilliant is that." marvels: a quality, a copula and "that" or "this"
        # closing the sentence with no "?" (not "how important is that to you").
        return (
            not asked
            and rest[0] not in _AMOUNTS
            and rest[0] not in _lexicon().auxiliaries
            and (
                len(rest) == 1
                or alone
                or rest[1] in {"for", "of", "that", "to"}
                or (rest[1] in {"is", "was"} and rest[2:] in (["that"], ["this"]))
            )
        )
    return wh == "which" and not asked and rest[0] in {"is", "was", "means", "meant"}


def _another_figure(rest: list[str]) -> bool:
    """True for the words after "why not" when they name a figure or a step up or down
    the scale ("a five", "10", "lower", "a bit higher") rather than something to do."""
    said = [w for w in rest if w not in {"a", "an", "just", "even", "bit", "little"}]
    if said[-2:-1] == ["you"] and said[-1] in _PARENTHETICAL_VERBS:
        said = said[:-3]  # "why not lower, do you think?"
    if not said or len(said) > 2:
        return False
    return said[0][:1].isdigit() or said[0] in _NUMBER_WORDS or said[0] in _lexicon().scale_steps


def _opens_a_pseudo_cleft(rest: list[str]) -> bool:
    """True for "what matters is that you…", "what happened was the courier…": the
    words after "what" are a clause that the sentence then defines (not "what time is
    it", where a subject follows the verb)."""
    lex = _lexicon()
    if len(rest) < 3 or rest[0] in lex.auxiliaries or rest[0] in lex.subjects or rest[0] == "else":
        return False
    if not rest[0].endswith(("s", "ed")):
        return False  # a verb before "is" ("what matters is"), not a noun ("what colour is")
    # "what matters to you is…", "what worries you most was…": the verb's own "to you",
    # "you", "most" before the copula.
    at = next((i for i in range(1, min(len(rest), 5)) if rest[i] not in _CLEFT_OBJECTS), 1)
    if rest[at] not in {"is", "was"} or at + 1 >= len(rest):
        return False
    after = rest[at + 1]
    # "…is that you…": a clause defines it; after "what matters to you", any "that…" does.
    return after not in lex.subjects or (
        after == "that" and len(rest) > at + 2 and (at > 1 or rest[at + 2] in lex.subjects)
    )


#: Between the verb of a pseudo-cleft and its copula: "what matters [to you] is…",
#: "what bothers [you most] is…".
_CLEFT_OBJECTS = frozenset(
    {"to", "for", "about", "you", "me", "us", "them", "him", "her", "most", "more", "the"}
)


def _offers_own_answer(sentence: str, clause: str) -> bool:
    """True when a wh-question ends by proposing its answer after its last comma: a
    yes/no question ("…, is it the blue one?"), a choice ("what would you prefer, a
    refund or a voucher?") or a number ("what time, 9?").

    Not an answer: "…, do you think?" (asks for a view), a name (most often the person
    addressed: "what happened next, Sam?"), an "or" inside the question ("in the first
    week or two") or vagueness ("…, thirty pounds or something?"). A question cut off
    after "or" ("which plan, the basic or…") offered a choice before it was cut off."""
    lex = _lexicon()
    asked = _said(clause)
    if asked[-1:] == ["or"]:
        # "what kind of charger, the USB one or,", "which plan, the basic or…": the
        # choices offered, cut off before the last one (a transcript has no "?").
        return "," in clause.rstrip(" ,.-–—…") or "or" in asked[:-1]
    if not _ends_asking(sentence):
        return False
    # "…, or is it?", "what kind do you get or do you?": a yes/no question tacked on.
    either = _said(sentence[sentence.rfind(" or ") :]) if " or " in sentence else []
    if 2 <= len(either) <= 4 and either[1] in lex.auxiliaries and either[-1] in lex.subjects:
        return True
    # The answer offered after the last comma, colon or spaced dash ("which do you
    # prefer: courier or collection?", "what suits you – a refund or a voucher?").
    tail_at = max(sentence.rfind(mark) for mark in _ANSWER_BREAKS)
    if tail_at < 0 or tail_at < len(sentence) - len(clause):
        return False
    tail = _said(sentence[tail_at:])
    if not tail or tail[0] in lex.wh:
        return False
    head = [
        w for w in _said(sentence[len(sentence) - len(clause) : tail_at]) if w not in lex.openers
    ]
    if head in (["what", "do", "you", "mean"], ["what", "you", "mean"]):
        return True  # "what do you mean, maybe?": the customer's word echoed back
    if _asks_for_a_view(head) and _puts_yes_no(tail):
        return True  # "what do you think, would Tuesday work?": a yes/no put in the end
    if tail[0] in lex.auxiliaries and len(tail) > 1 and tail[1] in lex.subjects:
        if tail[2:3] and (tail[2] in _PARENTHETICAL_VERBS or tail[2:] == ["know"]):
            return False  # "…, do you think?", "…, do you know?": the view, not a yes/no
        if _offers_a_choice(tail):
            return True  # "who set it up, was it you or your partner?"
        head = _said(sentence[len(sentence) - len(clause) : tail_at])
        # "what kind of car, uh, are you after?": no verb before the comma, so the
        # question goes on after it rather than proposing an answer.
        return any(w in lex.auxiliaries or w in lex.wh_contracted or w == "about" for w in head)
    if _offers_a_choice(tail):
        return True
    if _asks_for_one_of_a_kind(head) and _names_the_one(tail):
        # "which clinic did they send you to, the one in town?", "what size did you
        # order, the medium?": one of the kind asked for, guessed
        return True
    # "what is the prognosis for, uh, this year?": the words after the comma finish the
    # question the preposition left open rather than guess its answer.
    said_before = [w for w in _said(sentence[:tail_at]) if w not in _FILLERS]
    if said_before[-1:] == [] or said_before[-1] in _PREPOSITIONS:
        return False
    # "what time was your last drink, before midnight?": a time asked for, a bound guessed.
    return _guesses(tail, bounds=_question_kind(" ".join(head)) == "time")


def _asks_for_a_view(head: list[str]) -> bool:
    """True for a lead-in that asks only for the other's view ("what do you think",
    "what would you say", "what do you reckon"), with nothing of its own to ask about."""
    return (
        len(head) == 4
        and head[0] == "what"
        and head[1] in _lexicon().auxiliaries
        and head[2] == "you"
        and head[3] in _PARENTHETICAL_VERBS
    )


def _puts_yes_no(tail: list[str]) -> bool:
    """True for a tail that opens as a yes/no question, an auxiliary and then what it
    asks about ("would Tuesday work for you", "is the evening class any better", "could
    your sister help"), not the rest of a wh-question ("would be best", where the verb
    follows the auxiliary and the lead-in's "what" is its subject)."""
    lex = _lexicon()
    if len(tail) < 3 or tail[0] not in lex.auxiliaries:
        return False
    return tail[1] in lex.subjects or tail[1] in _DETERMINERS or _is_noun_like(tail[1])


def _asks_for_one_of_a_kind(head: list[str]) -> bool:
    """True for a question that asks which one of a kind: "which…" ("which clinic…",
    "which of the two…"), or "what" with its own noun ("what size did you order"), not
    "what happened" nor "what did you think"."""
    lex = _lexicon()
    if head[:1] == ["which"]:
        return True
    return (
        head[:1] == ["what"]
        and len(head) > 2
        and _is_noun_like(head[1])
        and head[1] not in lex.subjects
        and head[2] in lex.auxiliaries
    )


def _names_the_one(tail: list[str]) -> bool:
    """True for a short tail that names one item, with no verb of its own ("the one in
    town", "the blue one", "that one?", "the medium?"): after a question for one of a
    kind, the pick proposed."""
    lex = _lexicon()
    if not tail or tail[0] not in {"the", "that", "this"}:
        return False
    if any(w in lex.auxiliaries or w in lex.subjects for w in tail[1:]):
        return False
    return 2 <= len(tail) <= 3 or (len(tail) <= 6 and "one" in tail[1:3])


def _guesses(tail: list[str], bounds: bool = False) -> bool:
    """True for the words after a wh-question's last comma when they guess its answer: a
    figure in digits or words, perhaps hedged ("what time, 9?", "how many a week, three?",
    "how much a day, about ten?", "when is it, the 12th?"), or a time ("what day is it,
    Thursday?", "when did it start, last March?"). A name ("what happened next, Sam?") is
    not a guess: most often it is the person addressed. `bounds`: the question asks for
    a time, so a bound ("…, before midnight?", "…, by Friday?") guesses it too; after
    another question ("what changed, after Christmas?") it narrows what is asked."""
    lex = _lexicon()
    guess = [w for w in tail if w not in lex.guess_hedges and not (bounds and w in lex.time_bounds)]
    if guess[:1] == ["the"]:
        guess = guess[1:]  # a date: "when is it, the 12th?"
    if not guess or len(guess) > 3:
        return False
    return (
        guess[0][:1].isdigit() or guess[0] in _NUMBER_WORDS or lex.guessed_times.issuperset(guess)
    )


def _offers_a_choice(tail: list[str]) -> bool:
    """True for a short tail that names two answers ("a refund or a voucher", "the one
    in town or the retail park"), not vagueness ("…or something", "…or anything like
    that")."""
    if "or" not in tail[:-1] or any(a == "or" and b in _VAGUE_AFTER_OR for a, b in pairwise(tail)):
        return False
    # Longer only as two matching noun phrases: "the X … or the Y …".
    return len(tail) <= 8 or (
        len(tail) <= 12
        and tail[0] in _DETERMINERS
        and any(a == "or" and b in _DETERMINERS for a, b in pairwise(tail))
    )


@dataclass(frozen=True, slots=True)
class CustomerQuestion:
    """A question the customer asked, and the agent turn that answered it (if any).

    `asked_back`: the agent's first turn after it, when nothing answered the question,
    that turn asked back ("Which order do you mean?") and the customer has not spoken
    since: the question is waiting on the customer, neither answered nor ignored.
    """

    turn: int
    span: Span
    answered_by: int | None
    confidence: float
    asked_back: int | None = None

    @property
    def waits_on_customer(self) -> bool:
        """True when the question waits on the customer's reply to a question back."""
        return self.asked_back is not None


def judged_questions(conversation: Conversation) -> list[CustomerQuestion]:
    """The customer's questions the agent can be judged on: all of `customer_questions`
    but those still waiting on the customer's reply to a question back."""
    return [q for q in customer_questions(conversation) if not q.waits_on_customer]


# The rubric, `answers_all_questions` and `ignores_question` all ask for the same
# conversation in a row: worked out once (the list is shared, do not mutate it).
@LastConversation
def customer_questions(conversation: Conversation) -> list[CustomerQuestion]:
    """Every question the customer asked, with the agent turn that answered it.

    A customer sentence is a question when it ends with "?" or opens like one (a
    wh-word or an auxiliary followed by a subject). It is answered by a later agent turn
    that shares its content words outside its own questions, or else by the first agent
    turn after it that does more than ask back (a turn of questions and small talk,
    "Thanks for getting in touch. Which order do you mean?", answers nothing, even with
    the customer's words). Helpers for the rubric: an empty list means the behaviour
    `answers_all_questions` is not applicable.
    """
    turns = conversation.turns
    asked: list[CustomerQuestion] = []
    replies: _Replies | None = None
    for index, turn in enumerate(turns):
        if turn.speaker.role is not Role.CUSTOMER:
            continue
        first_of_turn = len(asked)
        questions = _questions_in(turn.text)
        topics = [content_lemmas(sentence.text) for sentence in questions]
        for at, sentence in enumerate(questions):
            if replies is None:
                replies = _Replies(turns)
            # A word the turn's other questions share ("card" in "will my PIN stay the
            # same on the new card? is there a fee for the new card?") does not tell
            # which of them a reply answers: each is known by its own words, where it
            # has any.
            siblings = frozenset().union(*topics[:at], *topics[at + 1 :])
            answered_by, confidence = replies.answer(
                index, topics[at] - siblings or topics[at], _asks_where_to_find(sentence.text)
            )
            back = None if answered_by is not None else replies.asked_back(index)
            asked.append(CustomerQuestion(index, sentence, answered_by, confidence, back))
        if len(asked) - first_of_turn > 1:
            _settle_a_shared_reply(asked, first_of_turn, turns)
        elif len(asked) - first_of_turn == 1:
            _settle_a_lone_reply(asked, first_of_turn, turns)
    return asked


@lru_cache(maxsize=TEXTS)
def _questions_in(text: str) -> tuple[Span, ...]:
    """The sentences of a customer's turn that are questions (see `_is_question`),
    remembered per text: customers open and close with the same words ("Hi", "Any
    update?"), and every conversation's questions are read again by the rubric."""
    if "?" not in text and _may_ask_pattern().search(normalise(text).lower()) is None:
        return ()  # most turns: no "?" and no sentence that opens like a question
    return tuple(sentence for sentence in sentences(text) if _is_question(sentence.text))


@lru_cache(maxsize=1)
def _may_ask_pattern() -> re.Pattern[str]:
    """A word `_is_question` accepts first (a contracted wh-word or an auxiliary) at the
    start of a sentence of a lower-cased text. It finds every such word: a sentence
    starts after a line break or after closing punctuation and a blank (see
    `text.sentences`), and a word ends where `text.words` ends it. So a turn it finds
    nothing in has no question without a "?" (it may find a few that have none)."""
    lex = _lexicon()
    # Not `phrase_alternation`: its word boundaries are not those of `text.words` (an
    # apostrophe before the word hides it there, and `words` skips it).
    first = "|".join(re.escape(w) for w in sorted(lex.wh_contracted | lex.auxiliaries))
    return re.compile(rf"(?:^|[.!?…\"')\]]\s|\n)[^a-z0-9]*(?:{first})(?![a-z0-9]|['\-][a-z0-9])")


def _is_question(sentence: str) -> bool:
    if sentence.rstrip().endswith("?"):
        return True
    lex = _lexicon()
    tokens = words(sentence)
    if len(tokens) < 2:
        return False
    return tokens[0] in lex.wh_contracted or (
        tokens[0] in lex.auxiliaries and tokens[1] in lex.subjects
    )


# How sure we are that the agent's next reply answered a question it shares no words with.
_NEXT_REPLY = 0.6

#: Content words that make a customer's question specific ("why was I charged twice this
#: month?"): a reply that answers the questions beside it by their words and shares none
#: with it has passed it by; a vague one ("what now?") is answered by whatever comes next.
SPECIFIC_QUESTION = 3


def _settle_a_shared_reply(
    asked: list[CustomerQuestion], first: int, turns: Sequence[Turn]
) -> None:
    """Questions `asked[first:]` of one customer turn that fell back on the agent's next
    reply (it shares no words with them): the reply answers only those its shape fits,
    and the others are left unanswered (in place).

    A bare yes/no reply ("Yes, of course.") answers a yes/no question, not a
    wh-question beside it ("Where's my parcel? Can I pay by card?"); a "when" or "how
    long" question needs a time or a figure in the reply, a "how much" one a figure or
    an amount. Nothing changes unless the reply answers one of the turn's questions (by
    its words or by its shape): a reply that fits none answered something we cannot
    place. A question without a topic ("Hello?") is answered by whatever comes next.
    """
    reply_at = None
    fallen_back: list[int] = []
    answered = False
    for i in range(first, len(asked)):
        question = asked[i]
        if reply_at is None:
            reply_at = question.answered_by
        if question.answered_by != reply_at or reply_at is None:
            continue
        if not content_lemmas(question.span.text):
            # A question without a topic ("Hello?? Is anyone reading these?") is answered
            # by whatever comes next: that says nothing of whether the reply took up the
            # turn's other questions, so it answers no sibling.
            continue
        if question.confidence == _NEXT_REPLY:
            fallen_back.append(i)
        else:
            answered = True  # by its words
    if reply_at is None or not fallen_back:
        return
    if len(fallen_back) < 2 and not answered:
        # Beside questions without a topic ("Seriously? Will I lose my points?") the
        # one question with a topic is read as if alone.
        _settle_a_lone_reply(asked, fallen_back[0], turns)
        return
    reply = turns[reply_at].text
    missed = [
        i
        for i in fallen_back
        # A specific question beside siblings the reply answers by their words, sharing
        # none with it, was passed by whatever its shape (`ignores_question` reads it so).
        if (answered and len(content_lemmas(asked[i].span.text)) >= SPECIFIC_QUESTION)
        or not _fits(asked[i].span.text, reply, beside_answers=answered)
    ]
    if missed and (answered or len(missed) < len(fallen_back)):
        for i in missed:
            question = asked[i]
            asked[i] = CustomerQuestion(question.turn, question.span, None, 0.0)


def _settle_a_lone_reply(asked: list[CustomerQuestion], at: int, turns: Sequence[Turn]) -> None:
    """The one question of a customer turn, `asked[at]`, when it fell back on the
    agent's next reply (it shares no words with it).

    A lone yes/no question is answered by the agent's first reply of substance (its
    turns before the customer speaks again): a reply that only asks back ("Which size
    are you after?") or holds ("Let me just check.") carries it on to the next one. No
    rule of shape tells a fact that settles it ("Hand wash only, I'm afraid." to "Is it
    dishwasher safe?") from one about something else, and a false breaker is the worse
    error, so whether a lone question was passed by is left to human review. Only when
    the turn also asks for something done that the reply visibly turns to ("Please
    cancel the second box. Is there a fee?" met by "I've cancelled it for you.") is the
    question passed by unless the reply has an answer's shape for it (`_fits`) or states
    the fact that settles it (`_settles_implicitly`). Wh-questions, questions without a
    topic, requests for help and presence checks keep the next reply.
    """
    question = asked[at]
    if question.answered_by is None or question.confidence != _NEXT_REPLY:
        return
    text = question.span.text
    if not content_lemmas(text) or _question_kind(text) != "yes_no":
        return
    if _asks_for_help(text) or _checks_presence(text):
        # "Can you help?", "Could you tell me more about it?": asks for whatever the
        # agent can do or say, which the next reply of substance gives; "Is anyone
        # reading these?" is answered by any reply at all.
        return
    for first, reply in _agent_replies(turns, question.turn):
        if _fits(text, reply, beside_answers=True) or _settles_implicitly(text, reply):
            asked[at] = CustomerQuestion(question.turn, question.span, first, _NEXT_REPLY)
            return
        if any(_asks(s.text) for s in sentences(reply)) or _holds(reply):
            continue  # asked back or held: the next reply may answer it
        if not _turns_to_a_request(turns[question.turn].text, reply):
            # The reply of substance a lone question got answers it, as far as words
            # can tell.
            asked[at] = CustomerQuestion(question.turn, question.span, first, _NEXT_REPLY)
            return
        break
    asked[at] = CustomerQuestion(question.turn, question.span, None, 0.0)


def _turns_to_a_request(turn: str, reply: str) -> bool:
    """True when the customer's `turn`, besides its question, asks for something done
    (`responsive.asks_for_something` on its other sentences: "Please cancel the second
    box.") and the agent's `reply` takes that up: it helps (`gives_help`) or shares the
    request's words. The reply then visibly turned to the request and left the
    question."""
    said = " ".join(s.text for s in sentences(turn) if not _is_question(s.text))
    if not said or not asks_for_something(said):
        return False
    return gives_help(reply) or bool(content_lemmas(said) & content_lemmas(reply))


def _fits(question: str, reply: str, beside_answers: bool) -> bool:
    """True when `reply` has the shape of an answer to `question` (`_reply_fits` by the
    question's kind). A yes/no question is answered, beside siblings the reply answers
    by their words or when the reply is all it got (`beside_answers`), by a yes or a no,
    a short answer, a pronoun that answers for its subject (`_points_back`), or, to a
    request or a can-I, the help, the acceptance or the step put on the customer. Beside
    siblings the reply does not answer by their words either, any reply fits it."""
    kind = _question_kind(question)
    request = _asks_for_help(question)
    if kind != "yes_no" or not beside_answers:
        # Beside siblings none of which the reply answers by its words, any reply fits
        # a yes/no question as before (it may answer them all at once).
        return _reply_fits(kind, reply, beside_answers=beside_answers, request=request)
    request = request or _asks_to_be_let(question)
    return _reply_fits(kind, reply, beside_answers=True, request=request) or _points_back(
        question, reply
    )


def _settles_implicitly(question: str, reply: str) -> bool:
    """True when the reply answers the lone yes/no `question` by the fact that settles
    it rather than a yes or a no, read in its first statement (`_first_statement`):
    the pronoun for the question's subject ("I completely understand the worry. You're
    well inside our 60 days."), a regret with a negation, a no ("Our couriers don't go
    there, I'm afraid."), a condition and its outcome ("If they're sealed, we'll refund
    them."), to a question about the customer's own step an instruction ("Just bring
    your card along."), to a can-I about a thing how far along it is ("It hasn't been
    picked yet."), to a question of time or status a time ("The refund went out
    this morning."), to one of a habit a habit ("We open every Sunday."), to one of cost
    an amount word ("Exchanges are free."); an offer of more help ("If you need anything
    else, ...") is no condition nor instruction. questions.json `implicit_answers`."""
    statement = _first_statement(reply)
    if statement is None:
        return False
    lex = load_lexicon("questions")["implicit_answers"]
    said = words(statement)
    joined = " " + " ".join(said) + " "
    asked = words(question)
    asked_joined = " " + " ".join(asked) + " "
    at = next((i for i, w in enumerate(asked) if w not in _lexicon().openers), len(asked))
    subject = asked[at + 1] if at + 1 < len(asked) else ""
    clause = statement.split(",", 1)

    def among(phrases: list[str], text: str) -> bool:
        return any(f" {p} " in text for p in phrases)

    has_figure = any(ch.isdigit() for ch in statement)
    # an offer of more help ("If you need anything else, ...", "Just reply if anything
    # changes.") wears a condition's or an instruction's shape and answers nothing
    door_open = among(lex["keeps_the_door_open"], joined)
    negative = any(w in lex["negations"] or w.endswith("n't") for w in said)

    asks_time = among(lex["asks_a_time"], asked_joined) or (
        asked[at : at + 1] in (["has"], ["have"]) and "been" in asked
    )
    return (
        _points_back(question, statement)
        or (among(lex["regrets"], joined) and negative)
        or (
            not door_open
            and among(lex["conditions"], " " + " ".join(said[:3]) + " ")
            and said[0] in {c.split()[0] for c in lex["conditions"]}
            and len(clause) == 2
            and words(clause[1])[:1] != []
            and words(clause[1])[0] in _lexicon().subjects
        )
        or (
            # "Can I cancel my order?" "It hasn't been picked yet.": the state of the
            # thing asked about, how far along it is, settles whether it can be done
            subject in {"i", "we"}
            and not {"my", "our", "the", "this", "that"}.isdisjoint(asked[at + 2 :])
            and said[0] in _lexicon_points_back()["_named"]
            and (negative or among(lex["progress_words"], joined))
        )
        or (
            subject == "i"
            and not door_open
            and (said[0] in lex["steps"] or _puts_the_step_on_them(statement))
        )
        or (asks_time and (has_figure or not _lexicon().time_words.isdisjoint(said)))
        or (
            not asks_time
            and among(lex["asks_a_habit"], asked_joined)
            and among(lex["habits"], joined)
        )
        or (among(lex["asks_a_cost"], asked_joined) and among(lex["amounts"], joined))
    )


def _first_statement(reply: str) -> str | None:
    """The reply's first sentence that states something, past questions, greetings,
    thanks, apologies, acknowledgements ("I completely understand the worry.") and a
    lead-in of news before a colon ("Good news: ..."); None when there is none."""
    lex = load_lexicon("questions")["implicit_answers"]
    for sentence in sentences(reply):
        text = sentence.text
        head, colon, rest = text.partition(":")
        if colon and " ".join(words(head)) in lex["news_lead_ins"]:
            text = rest
        said = words(text)
        opening = " ".join(said[:4])
        if (
            not said
            or _asks(text)
            # and up to its first comma too: a fact before a trailing sorry ("The 9:40
            # is cancelled, I'm sorry.") is a statement, "Sorry for the wait, Tom." not
            or (_only_apologises(text) and _only_apologises(text.split(",", 1)[0]))
            or _signs_off(text)
            or _leads_in(text)
            or (_small_talk(text) and not _accepts(text))
            or any(opening == a or opening.startswith(a + " ") for a in lex["acknowledgements"])
        ):
            continue
        return text
    return None


def _agent_replies(turns: Sequence[Turn], after: int) -> Iterator[tuple[int, str]]:
    """The agent's replies after turn `after`, each as (its first turn, its text): the
    agent's turns between two of the customer's, joined."""
    first: int | None = None
    said: list[str] = []
    for index in range(after + 1, len(turns)):
        if turns[index].speaker.role is Role.AGENT:
            first = index if first is None else first
            said.append(turns[index].text)
        elif turns[index].speaker.role is Role.CUSTOMER and first is not None:
            yield first, "\n".join(said)
            first, said = None, []
    if first is not None:
        yield first, "\n".join(said)


def _holds(reply: str) -> bool:
    """True for a reply that only holds the floor while the agent looks ("Give me two
    minutes to look into this properly.", "Let me just check a couple of things."):
    questions.json `holds`; the answer may come in the next reply."""
    holds = _hold_openings()
    return all(
        " ".join(words(s.text)).startswith(holds) or _small_talk(s.text) for s in sentences(reply)
    )


@lru_cache(maxsize=1)
def _hold_openings() -> tuple[str, ...]:
    """questions.json `holds`."""
    return tuple(load_lexicon("questions")["holds"])


def _checks_presence(question: str) -> bool:
    """True for a yes/no question about whether anyone is there, after its openers ("Is
    anyone reading these?", "Is somebody there?"): questions.json `presence_subjects`."""
    said = words(question)
    at = next((i for i, w in enumerate(said) if w not in _lexicon().openers), len(said))
    subjects = load_lexicon("questions")["presence_subjects"]
    return at + 1 < len(said) and said[at] in _lexicon().auxiliaries and said[at + 1] in subjects


def _asks_to_be_let(question: str) -> bool:
    """True for a yes/no question asking leave to do something, or proposing it, after
    its openers ("Can I keep the old one?", "Could we do the second one?"): met by a yes,
    a no, or the thing done or offered (`gives_help`)."""
    said = words(question)
    at = next((i for i, w in enumerate(said) if w not in _lexicon().openers), len(said))
    leave = load_lexicon("questions")["asks_to_be_let"]
    return (
        at + 1 < len(said)
        and said[at] in leave["auxiliaries"]
        and said[at + 1] in leave["subjects"]
    )


def _points_back(question: str, reply: str) -> bool:
    """True when the reply's first statement (past greetings, thanks, apologies and a
    lead-in that says it answers, not an acceptance) opens with the pronoun that answers
    for the question's subject (questions.json `points_back`): "you" for "I", "we" for
    "you", "it", "they", "he" or "she" for a thing or a person named ("Is Aisha in on
    weekends?" "They usually work Saturdays.")."""
    lex = _lexicon()
    said = words(question)
    at = next((i for i, w in enumerate(said) if w not in lex.openers), len(said))
    if at < len(said) and said[at] not in lex.auxiliaries and "," in question:
        # A tag after a statement ("I've used it once, is that ok?"): the tag asks.
        at = len(said) - len(words(question.rsplit(",", 1)[1]))
    if at + 1 >= len(said) or said[at] not in lex.auxiliaries:
        return False
    back = _lexicon_points_back()
    answers = back.get(said[at + 1], back["_named"])
    if at > 0 and said[0].split("'")[0] in back and said[at + 1] in {"that", "this", "it"}:
        # "I've used it once, is that ok?": the tag asks about the clause before it,
        # so a reply may answer for that clause's subject ("You're well inside the 60
        # days.").
        answers |= back[said[0].split("'")[0]]
    for sentence in sentences(reply):
        text = _after_an_answer_lead_in(sentence.text)
        if _asks(text) or _only_apologises(text) or _signs_off(text) or _leads_in(text):
            continue
        if _small_talk(text) and not _accepts(text):
            continue  # "Hi Sam!", "Thanks for waiting.", not "Lovely, all sorted."
        first = words(text)[:1]
        return bool(first) and first[0] in answers
    return False


def _leads_in(sentence: str) -> bool:
    """True for a short sentence that says an answer follows ("Good question.")."""
    said = words(sentence)
    return len(said) <= 3 and "question" in said


@lru_cache(maxsize=1)
def _lexicon_points_back() -> dict[str, frozenset[str]]:
    """questions.json `points_back`: per subject of a yes/no question, the words a reply
    may open with to answer for it (`_named` for a noun or a name)."""
    data = load_lexicon("questions")["points_back"]
    return {k: frozenset(v) for k, v in data.items()}


def _question_kind(question: str) -> str:
    """ "time" ("when…", "how long…", "what time…"), "amount" ("how much…", "how
    many…"), "open" (any other wh-question) or "yes_no" (the rest, "she's not going to
    charge me again?" as much as "can I pay by card?")."""
    lex = _lexicon()
    said = words(question)
    at = next((i for i, w in enumerate(said) if w not in lex.openers), len(said))
    first, after = (said[at], said[at + 1 : at + 2]) if at < len(said) else ("", [])
    if first in lex.fronted_clause_starts and "," in question:
        # "When you send the new card, will my PIN stay the same?": the question is the
        # clause after the fronted one, when that clause opens as a question does (an
        # auxiliary or a wh-word).
        main = words(question.split(",", 1)[1])
        if main[:1] and (main[0] in lex.wh or main[0] in lex.auxiliaries):
            return _question_kind(question.split(",", 1)[1])
    if first not in lex.wh:
        return "yes_no"
    if first in {"when", "when's"} or (first == "how" and after in (["long"], ["soon"])):
        return "time"
    if first in {"what", "what's"} and after in (["time"], ["day"], ["date"]):
        return "time"
    if first == "how" and after in (["much"], ["many"]):
        return "amount"
    return "open"


def _reply_fits(kind: str, reply: str, beside_answers: bool = False, request: bool = False) -> bool:
    """True when an agent's reply has the shape of an answer to a question of `kind`
    (see `_question_kind`). `beside_answers`: the reply answers other questions of the
    same turn by their words; `request`: the question asks for something done
    (`_asks_for_help`)."""
    lex = _lexicon()
    if kind == "yes_no":
        if not beside_answers:
            return True  # answered in so many ways ("I've changed it for you") that any fits
        # A reply that answers the turn's other questions by their words and shares none
        # with this one answers it only by a yes or a no of its own ("Yes, it stays the
        # same."), or, to a request, by the step put on the customer instead ("You'll
        # have to take it to a garage yourself.") or by the help itself ("I've started
        # the return for you"); else it passed this one by.
        return any(
            _opens_with_yes_no(s.text)
            or _answers_short(s.text)
            or (request and (_puts_the_step_on_them(s.text) or _accepts(s.text)))
            for s in sentences(reply)
        ) or (request and gives_help(reply))
    said = words(reply)
    if len(said) <= 4 and all(
        _opens_with_yes_no(s.text) for s in sentences(reply) if not s.text.endswith("?")
    ):
        return False  # "Yes, of course.", "No, sorry.": nothing for a wh-question
    figure = any(w[:1].isdigit() for w in said)
    if kind == "time":
        return figure or not lex.time_words.isdisjoint(said)
    if kind == "amount":
        return (
            figure
            or "£" in reply
            or "$" in reply
            or "€" in reply
            or not lex.amount_words.isdisjoint(said)
        )
    return True


@lru_cache(maxsize=1)
def _requests() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """questions.json's `requests_for_help`: its auxiliaries, its doers and the openings
    that put the step on the customer."""
    data = load_lexicon("questions")["requests_for_help"]
    return (
        frozenset(data["auxiliaries"]),
        frozenset(data["doers"]),
        tuple(data["steps_put_on_them"]),
    )


def _asks_for_help(question: str) -> bool:
    """True for a yes/no question asking for something done, after its openers ("And can
    someone look at it this week?", "Could you send a new one?", "Any chance you could
    send someone?")."""
    said = words(question)
    at = next((i for i, w in enumerate(said) if w not in _lexicon().openers), len(said))
    auxiliaries, doers, _ = _requests()
    if opens_a_request(said[at:]):
        return True
    return at + 1 < len(said) and said[at] in auxiliaries and said[at + 1] in doers


def _puts_the_step_on_them(sentence: str) -> bool:
    """True for a sentence that opens by putting the step on the customer ("You'll have
    to take it to a garage yourself."): to a request, a no with what to do instead."""
    return " ".join(words(sentence)[:5]).startswith(_requests()[2])


def gives_help(reply: str) -> bool:
    """True when an agent's reply helps: it owns the problem or an act, done or to come
    ("I'll take care of this personally", "I've started the return for you", "leave it
    with me", "let me look into it": `committed.takes_ownership`, `committed.owns_an_act`),
    offers a way forward ("I can book an engineer for Thursday": `offers_solution`) or
    grants what was asked ("so you're covered": `grants.grants_despite_the_rule`), and pushes
    nothing away ("You'll need to call the bank." is a deflection, not help). To a
    request for help ("Can you help?"), that is a yes."""
    said = Utterance(reply)
    helps = (
        owns_an_act(reply)
        or bool(takes_ownership(said))
        or bool(offers_solution(said))
        or grants_despite_the_rule(reply)
    )
    return helps and not deflects(said)


def _opens_with_yes_no(sentence: str) -> bool:
    """True for a sentence that opens with a yes or a no ("Yes, of course.", "Sadly not.",
    "Of course, the legs come off."), after a lead-in that says it answers ("To answer
    your question: no, ...")."""
    said = words(_after_an_answer_lead_in(sentence))
    if said[:2] == ["of", "course"]:
        return True
    return bool(said) and said[0] in _lexicon().yes_no_replies


#: A short answer: a subject and an auxiliary ("we do", "it isn't", "you won't"), a
#: "not" at most, then the clause ends (a comma, a dash, a colon or the sentence's end).
_SHORT_ANSWER_END = re.compile(r"^\W*[\w']+\s+[\w']+\s*(?:not\s*)?(?:[,;:.!\u2013\u2014-]|$)")


def _accepts(sentence: str) -> bool:
    """True for a sentence that opens by agreeing to what was asked (questions.json
    `acceptances`: "Lovely, all sorted.", "No problem, I'll add it.")."""
    opening = " ".join(words(_after_an_answer_lead_in(sentence))[:3])
    return any(opening == a or opening.startswith(a + " ") for a in _acceptances())


@lru_cache(maxsize=1)
def _acceptances() -> tuple[str, ...]:
    """questions.json `acceptances`."""
    return tuple(load_lexicon("questions")["acceptances"])


def _answers_short(sentence: str) -> bool:
    """True for a sentence that opens with a short answer to a yes/no question: a
    subject and an auxiliary standing as a clause of their own ("We do, anywhere in
    Scotland.", "It is — until six.", "You won't, the label is prepaid.", "There isn't.")."""
    lex = _lexicon()
    opening = _after_an_answer_lead_in(sentence)
    said = words(opening)
    return (
        len(said) >= 2
        and said[0] in lex.subjects
        and said[1] in lex.auxiliaries
        and _SHORT_ANSWER_END.match(opening.lower().replace("\u2019", "'")) is not None
    )


def _after_an_answer_lead_in(sentence: str) -> str:
    """A sentence after a lead-in that says it answers and ends at a colon ("To answer
    your question: we do."), else the sentence."""
    head, colon, rest = sentence.partition(":")
    return rest if colon and "answer" in words(head) else sentence


class _Replies:
    """The agent turns of one conversation, read once for every customer question."""

    __slots__ = ("_agent_turns", "_turns")

    def __init__(self, turns: Sequence[Turn]) -> None:
        self._turns = turns
        self._agent_turns = [i for i, t in enumerate(turns) if t.speaker.role is Role.AGENT]

    def answer(
        self, asked_in: int, topic: frozenset[str], asks_where: bool = False
    ) -> tuple[int | None, float]:
        """The agent turn that answers a question on `topic` (its content lemmas), asked
        in turn `asked_in`, and how sure we are (None and 0 when no turn does). A
        question that `asks_where` to find a thing is answered by a pointer to a place."""
        first_reply: int | None = None
        falls_back = True
        for index in self._agent_turns[bisect_right(self._agent_turns, asked_in) :]:
            asks_back, said, passes = self._reading(index)
            if asks_back:
                continue  # "Which order do you mean?": asking, not answering
            if topic and not topic.isdisjoint(said):
                return index, 0.85
            if passes and asks_where:
                return index, 0.85  # "Where's the form?" "It's in the leaflet.": the place
            if passes:
                # "I'm transferring you to the appointments team.", "Please see the
                # website for information about clubs.": the question was met by a
                # pointer elsewhere, so no later reply answers it but by its words.
                falls_back = falls_back and first_reply is not None
            elif first_reply is None and falls_back:
                first_reply = index
        return (first_reply, _NEXT_REPLY) if first_reply is not None else (None, 0.0)

    def asked_back(self, asked_in: int) -> int | None:
        """The agent's first turn after turn `asked_in` when it asks back and the
        customer has not spoken since, else None (see `CustomerQuestion.asked_back`).
        Once the customer replied, a later question ("Anything else I can help with?")
        leaves their question unanswered, not waiting."""
        at = bisect_right(self._agent_turns, asked_in)
        if at == len(self._agent_turns) or not self._reading(self._agent_turns[at])[0]:
            return None
        first = self._agent_turns[at]
        replied = any(t.speaker.role is Role.CUSTOMER for t in self._turns[first + 1 :])
        return None if replied else first

    def _reading(self, index: int) -> tuple[bool, frozenset[str], bool]:
        """`_agent_reading` of the agent's turn `index` (remembered there, per text)."""
        return _agent_reading(self._turns[index].text)


@lru_cache(maxsize=TEXTS)
def _agent_reading(text: str) -> tuple[bool, frozenset[str], bool]:
    """(whether an agent's turn `text` only asks back, the content lemmas of its
    sentences that are neither questions, apologies nor pointers elsewhere, whether it
    only points elsewhere): a turn asks back when it asks something and its other
    sentences are apologies, small talk or a short greeting ("Hi Sam!"); it points
    elsewhere when, asking nothing, it hands the customer over ("I'm transferring you to
    the appointments team.") or sends them to read a source ("Please see the school
    website for information about clubs.") and says nothing else but small talk: the
    customer's words it repeats answer nothing. Remembered per text: agents send the
    same replies in many conversations, and each conversation's questions read every
    later reply."""
    said = [s.text for s in sentences(text)]
    stated = [s for s in said if not _asks(s) and not _only_apologises(s)]
    asked = any(_asks(s) for s in said)
    pointers = [s for s in stated if _points_elsewhere(s)]
    rest = [s for s in stated if s not in pointers]
    # "Yes! See our website for the full menu.": the yes or no first answers.
    replies_first = bool(stated) and _opens_with_yes_no(stated[0])
    passes = (
        bool(pointers)
        and not asked
        and not replies_first
        and all(_small_talk(s) or _signs_off(s) for s in rest)
    )
    return asked and all(_small_talk(s) for s in stated), content_lemmas(" ".join(rest)), passes


def _asks_where_to_find(question: str) -> bool:
    """True for a question that asks where or how to find, see or get a thing
    (questions.json `asks_where_to_find`: "Where's the returns form?", "How do I see my
    old statements?", "Is the menu online?"), which a pointer to a place answers."""
    return _where_to_find().search(normalise(question).lower()) is not None


@lru_cache(maxsize=1)
def _where_to_find() -> re.Pattern[str]:
    """questions.json `asks_where_to_find`, compiled case-blind."""
    return re.compile(load_lexicon("questions")["asks_where_to_find"], re.IGNORECASE)


def _points_elsewhere(sentence: str) -> bool:
    """True for an agent's sentence that sends the customer to read a source (questions.json
    `points_to_a_source`: "Please see the school website for information about clubs.")
    or hands them over (empowered.json's hand-offs: "Transferring you now.")."""
    # Imported here: `empowered` reads this module's questions for its resolution.
    from legendary.care.behaviours.empowered import handoffs

    return _source_pointer().search(sentence) is not None or bool(handoffs(sentence))


#: A letter's closing line longer than this says more than who wrote it.
_SIGN_OFF_WORDS = 6


def _signs_off(sentence: str) -> bool:
    """True for a letter's closing line: a sign-off (questions.json `sign_offs`) and the
    writer's name and role ("Kind regards, Mr Dunn, Admissions Officer")."""
    said = words(sentence)
    opening = " ".join(said[:3])
    return len(said) <= _SIGN_OFF_WORDS and any(
        opening == phrase or opening.startswith(phrase + " ") for phrase in _sign_offs()
    )


@lru_cache(maxsize=1)
def _sign_offs() -> tuple[str, ...]:
    """questions.json `sign_offs`."""
    return tuple(load_lexicon("questions")["sign_offs"])


@lru_cache(maxsize=1)
def _source_pointer() -> re.Pattern[str]:
    """questions.json `points_to_a_source`, compiled case-blind."""
    return re.compile(load_lexicon("questions")["points_to_a_source"], re.IGNORECASE)


@lru_cache(maxsize=TEXTS)
def _only_apologises(sentence: str) -> bool:
    """True for an apology that answers nothing ("Sorry for the trouble.", "I'm sorry
    this happened twice."), though it may echo the customer's words; not for a sorry
    that leads into a clause of its own ("Sorry, the bank takes 3-5 days.") nor one
    that carries a yes or a no ("I'm sorry, yes, you can."). Remembered per sentence:
    every question of every conversation asks it of each later agent sentence."""
    return (
        _SORRY_THEN_CLAUSE.search(sentence) is None
        and _lexicon().yes_no_replies.isdisjoint(words(sentence))
        and bool(apologises(Utterance(sentence)))
    )


#: A sorry followed by a break: what comes after it is a statement of its own.
_SORRY_THEN_CLAUSE = re.compile(r"\b(?:sorry|apologies)\s*[,:;\u2013\u2014-]", re.IGNORECASE)


def _asks(sentence: str) -> bool:
    return sentence.rstrip().endswith("?")


def _small_talk(sentence: str) -> bool:
    """True for a sentence that greets, thanks or holds the floor and says nothing else
    ("Thanks for getting in touch.", "Hi Sam!", "Let me check.")."""
    lex = _lexicon()
    said = words(sentence)
    if said and said[0] in lex.small_talk and len(said) <= 3:
        return True  # "Hi Sam!", "Morning Jo.": a greeting with a name
    return all(w in lex.small_talk or not is_content_word(w) for w in said)
