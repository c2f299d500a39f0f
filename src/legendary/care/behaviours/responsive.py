"""Responsive: showing care through action, in time.

Utterance detectors: `acknowledges_feelings`, `apologises`, `offers_solution`,
`gains_agreement`, `expresses_appreciation`. Conversation detector: `responds_promptly`
(from timestamps, against a target per channel). The phrase families and their
look-alikes live in `lexicons/responsive.json`; apologies, thanks and feelings in lexicons
of their own (`apologies.json`, `appreciation.json`, `feelings.json`); see
`phrases.PhraseRule`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from legendary.care.affect import affect_spans, brings_news, vocabulary
from legendary.care.behaviours.base import (
    Gate,
    LastConversation,
    Utterance,
    conversation_behaviour,
    utterance_behaviour,
)
from legendary.care.behaviours.committed import deflects, makes_commitment
from legendary.care.behaviours.phrases import PhraseRule, may_speak, phrase_first_words
from legendary.care.evidence import WAIT_SECONDS, Evidence
from legendary.care.lexicons import load_lexicon
from legendary.care.model import Channel, Conversation
from legendary.care.patterns import AnchoredPattern
from legendary.care.sentiment import classify
from legendary.care.sentiment_rules import read
from legendary.care.text import (
    TEXTS,
    Span,
    phrase_alternation,
    sentence_at,
    sentences,
    word_set,
    words,
)

#: How long a customer may wait for an agent's reply, per channel (override per call).
RESPONSE_TARGETS: dict[Channel, timedelta] = {
    Channel.CHAT: timedelta(seconds=60),
    Channel.PHONE: timedelta(seconds=60),
    Channel.IN_PERSON: timedelta(seconds=60),
    Channel.SOCIAL: timedelta(hours=1),
    Channel.EMAIL: timedelta(hours=4),
}

#: How long a customer may wait in a chat held as messaging (see `is_messaging`): an
#: Intercom or WhatsApp thread the customer leaves and comes back to is answered like a
#: social message, not like a live chat where they sit watching the window.
MESSAGING_TARGET = timedelta(hours=1)

#: A customer who took longer than this to answer the agent was not sitting in a live
#: chat: the conversation goes at the pace of messages.
CUSTOMER_AWAY = timedelta(minutes=15)


#: Behaviours whose phrases have a lexicon file of their own (the rest: responsive.json).
_LEXICON_FILES = {
    "apologises": "apologies",
    "expresses_appreciation": "appreciation",
    "acknowledges_feelings": "feelings",
}

#: Phrase lists kept inside another behaviour's section, sharing its look-alikes:
#: a bare "So sorry." is read with every exclusion of the feelings phrases.
_SUBSECTIONS = {
    "sympathy": "acknowledges_feelings",
    "praise_by_tone": "expresses_appreciation",
}

#: Per sub-section, the key of phrases its parent's own phrases would match but which
#: belong to the sub-section alone: "I'm sorry this happened twice" starts like "I'm
#: sorry that you…" yet is sorry for the event, read as the bare sorry is.
_HELD_BACK = {"sympathy": "sympathy_for_events"}


#: The keys of a lexicon section that hold phrases ("@names" are filled in them).
_PHRASE_KEYS = ("include", "exclude", "opener", *_SUBSECTIONS, *_HELD_BACK.values())


def _filled(section: dict[str, list[str]], vocabulary: dict[str, str]) -> dict[str, list[str]]:
    """`section` with each "@name" of the lexicon's `vocabulary` replaced by its pattern.

    A verb family ("what an agent can do for the customer") is shared by a dozen frames
    ("I can…", "shall I…", "would you like me to…"); written once, the frames cannot
    drift apart as the family grows.
    """
    if not vocabulary:
        return section
    # Longer names first, so that "@steps" is never read as "@step" followed by "s".
    names = sorted(vocabulary, key=len, reverse=True)

    def fill(phrase: str) -> str:
        for name in names:
            phrase = phrase.replace("@" + name, vocabulary[name])
        return phrase

    return {
        key: [fill(p) for p in value] if key in _PHRASE_KEYS else value
        for key, value in section.items()
    }


def _section(section: str) -> dict[str, list[str]]:
    """A lexicon section (from the file `_LEXICON_FILES` names, else responsive.json)
    with its "@names" filled in: the lexicon's own vocabulary and the promise makers.
    A sub-section (`_SUBSECTIONS`) is its parent with the sub-section's list, and the
    phrases held back for it (`_HELD_BACK`), as `include`; the parent excludes those."""
    parent = _SUBSECTIONS.get(section)
    lexicon = load_lexicon(_LEXICON_FILES.get(parent or section, "responsive"))
    filled = _filled(
        lexicon[parent or section], {**_promise_makers(), **lexicon.get("vocabulary", {})}
    )
    if parent is not None:
        return {**filled, "include": filled[section] + filled.get(_HELD_BACK.get(section, ""), [])}
    held = [
        p for sub, key in _HELD_BACK.items() if _SUBSECTIONS[sub] == section for p in filled[key]
    ]
    return {**filled, "exclude": filled.get("exclude", []) + held} if held else filled


def _phrase_evidence(
    behaviour: str, utterance: Utterance, confidence: float, section: str = ""
) -> list[Evidence]:
    """One piece of evidence per sentence that carries the behaviour's phrasing (the
    phrases of the lexicon section `section` when given, else the behaviour's own)."""
    sentences = _section_sentences(section or behaviour, utterance.text)
    return [
        Evidence(behaviour, utterance.turn, sentence.start, sentence.end, sentence.text, confidence)
        for sentence in sentences
    ]


@cache
def _promise_makers() -> dict[str, str]:
    """The colleagues, partners and desks who act for the customer, as vocabulary:
    "@role" ("pharmacist", "courier", "team") and "@desk" ("housekeeping", "accounts").

    They live in committed.json, where `makes_commitment` reads the same people: "the
    pharmacist will call you this afternoon" is both an offer and a dated promise, and
    one list keeps the two detectors agreeing on who can make it.
    """
    committed = load_lexicon("committed")
    return {name: _words_alternation(committed[key]) for name, key in _PROMISE_MAKERS.items()}


_PROMISE_MAKERS = {"role": "service_roles", "desk": "service_desks"}


def _words_alternation(phrases: list[str]) -> str:
    """A plain group of alternatives for literal `phrases` (longest first), which
    `regex_first_words` can read where a phrase starts a pattern; `phrase_alternation`'s
    letter tree is faster but unreadable to it, so a pattern opening with it could not be
    anchored."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")"


#: Most characters of phrases per compiled rule of a lexicon section. The
#: scanner specialises a rule's whole pattern once for each word it can start with, so
#: a long list of phrases with many first words costs start-up time in proportion to
#: both; chunks of phrases that start alike keep that product small.
_CHUNK_CHARS = 2500


@cache
def _rules(section: str) -> tuple[PhraseRule, ...]:
    """The phrase rules of a lexicon `section` (a behaviour's own lives in the file
    `_LEXICON_FILES` names, the rest in responsive.json), in chunks (see `_CHUNK_CHARS`);
    each chunk keeps the section's look-alikes (`exclude`) and trigger marks."""
    filled = _section(section)
    # Sorted by first words, so that phrases starting alike share a chunk.
    phrases = sorted(filled["include"], key=lambda p: sorted(phrase_first_words(p) or ()))
    chunks: list[list[str]] = [[]]
    size = 0
    for phrase in phrases:
        if chunks[-1] and size + len(phrase) > _CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(phrase)
        size += len(phrase)
    return tuple(PhraseRule.from_lexicon({**filled, "include": chunk}) for chunk in chunks)


def _section_sentences(section: str, text: str) -> list[Span]:
    """The sentences of `text` that one of `section`'s phrases marks, in order."""
    found: dict[int, Span] = {}
    for rule in may_speak(_rules(section), text):  # most chunks: none of theirs is here
        for sentence, _match in rule.sentences(text):
            found.setdefault(sentence.start, sentence)
    return [found[start] for start in sorted(found)]


def _gate_of(*sections: str) -> Gate | None:
    """A gate opened by the anchored phrases of any of the lexicon `sections`, or by one
    of their trigger marks (":)"); None when a phrase may match anywhere."""
    gates = [rule.gate for section in sections for rule in _rules(section)]
    if any(gate is None for gate in gates):
        return None
    # Each chunk's gate has already made its phrases eager: the union is the gate.
    opened = [gate for gate in gates if gate is not None]
    return Gate(
        frozenset().union(*(gate.patterns for gate in opened)),
        frozenset().union(*(gate.words for gate in opened)),
        next((gate.marks for gate in opened if gate.marks is not None), None),
    )


@utterance_behaviour(
    "apologises",
    quality="responsive",
    triggers=lambda: _gate_of("apologises"),
    reads_context=True,  # "sorry to hear that" after the customer's own hardship is sympathy
    description="Apologises for the company's or their own part in the problem.",
)
def apologises(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence with a real apology ("I'm so sorry for the delay",
    "that's on us", "my apologies").

    Sorry about a service failure the customer lives through counts ("I'm sorry to hear
    your flight was cancelled"), and so does regret or a slip owned without the word
    ("we've let you down", "I misread your message"). Not an apology: condolence for a
    loss ("sorry for your loss", which is `acknowledges_feelings`), a non-apology ("sorry
    you feel that way"), an apology used as a shield ("I'm sorry but that's our policy",
    "sorry, the warranty doesn't cover…"), "sorry?" or "sorry, which card?" asking to
    hear it again, regret foretold ("you'll regret it"), pity ("I feel so sorry for
    him"), or someone else's apology reported ("the CEO apologised"); nor, after news of
    a hardship of the other person's own (`_hardship_of_their_own`: "Got laid off
    today."), a sorry that owns nothing ("Sorry to hear that, man."), which is sympathy.
    """
    evidence = _phrase_evidence("apologises", utterance, 0.9)
    if evidence and _hardship_of_their_own(utterance.context):
        evidence = [piece for piece in evidence if not _only_sympathy(piece.quote)]
    return evidence


def _only_sympathy(sentence: str) -> bool:
    """True for a sentence whose only sorry owns nothing ("So sorry to hear that.",
    "Sorry man, the market's brutal."): with apologies.json's `sympathy_after_news`
    taken out, no apology phrase is left ("Sorry to hear that, and sorry I missed your
    call" keeps its apology)."""
    rest = _any_of("apologies", "sympathy_after_news").sub(" ", sentence)
    return rest != sentence and not _section_sentences("apologises", rest)


@cache
def _any_of(lexicon: str, key: str) -> re.Pattern[str]:
    """The "re:" patterns of `lexicon`'s list `key` as one case-insensitive pattern, each
    as written (no word boundaries added)."""
    sources = [p.removeprefix("re:") for p in load_lexicon(lexicon)[key]]
    return re.compile("|".join(f"(?:{source})" for source in sources), re.IGNORECASE)


@utterance_behaviour(
    "expresses_appreciation",
    quality="responsive",
    triggers=lambda: _gate_of("expresses_appreciation", "praise_by_tone"),
    description="Thanks the customer or says their effort, patience or business is appreciated.",
)
def expresses_appreciation(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence of thanks or appreciation.

    Not appreciation: "thanks but no thanks", "thanks for nothing" and other sarcasm
    ("thanks for losing my bag"), "thank God", "thanks to the storm…" (meaning because
    of), "I don't appreciate…", a request ("I'd be grateful if you could…", "I'd
    appreciate a call back"), thanks reported ("she says thank you to the driver") or
    understanding ("I appreciate your frustration", which is `acknowledges_feelings`),
    a concession before a no ("I appreciate that, but we can't…", "while I appreciate the
    idea, …"), gratitude reported or withheld, and sarcastic thanks for a harm (see
    `_thanks_for_a_harm`), for shutting the speaker out ("thanks for kicking me from the
    lobby") or for what only led to a let-down ("…only to be told no"), with any word of
    thanks ("cheers for the queue").

    Praise with no word of thanks whose sincerity hangs on its tone (appreciation.json's
    `praise_by_tone`: "you sorted my refund in one call", "I'm new to this, so this helps
    a lot", "I applaud you for keeping going") counts only when said in earnest (see
    `_said_in_earnest`).
    """
    evidence = [
        evidence
        for evidence in _phrase_evidence("expresses_appreciation", utterance, 0.95)
        if not _thanks_for_a_harm(evidence.quote)
    ]
    seen = {piece.start for piece in evidence}
    for rule in may_speak(_rules("praise_by_tone"), utterance.text):
        for sentence, match in rule.sentences(utterance.text):
            if sentence.start in seen or not _said_in_earnest(
                sentence.text, utterance.text[match.start : sentence.end], utterance.text
            ):
                continue
            seen.add(sentence.start)
            evidence.append(
                Evidence(
                    "expresses_appreciation",
                    utterance.turn,
                    sentence.start,
                    sentence.end,
                    sentence.text,
                    0.95,
                )
            )
    return sorted(evidence, key=lambda piece: piece.start)


def _said_in_earnest(sentence: str, onwards: str, turn: str) -> bool:
    """Whether praise with no word of thanks in `sentence` of `turn` (`onwards`: the
    sentence from the praise on, the speaker's state before "so this helps" included) is
    meant: neither the turn nor any clause of `onwards` is a complaint to the sentiment
    reading, no "but" after the praise takes it back with a statement, and the sentence
    reports nobody's view. A complaint before the praise sets it off ("Fourteen months of
    letters from other lenders, and you sorted my loan in one call").

    The same words praise or mock by what stands beside them: "you fixed my boiler in
    June" thanks, and blames when "and it's leaking everywhere" follows; "so that helps a
    lot" thanks after "I'm new to this" and mocks after "we're still without hot water".
    Lists of the words that turn them were always one complaint short, so the engine's
    own reading of the turn and of each clause decides, with both its layers (the
    learned one alone calls a bare "so this has helped massively" negative). A clause
    that tells the speaker's inexperience ("I've never baked bread before") is no
    complaint, though its "never" reads as one. A "but" followed by a subject states what
    went wrong since ("…, but now the screen flickers"); one followed by a verb advises
    ("…, but do take a break") and keeps the praise. A report ("the engineer says you
    fixed my meter", "according to your notes…") tells of a deed, it does not praise it.
    """
    lex = _earnest_patterns()
    if lex.report.search(sentence) or lex.stating_but.search(onwards):
        return False
    if _complains(turn):
        return False
    clauses = [onwards, *(part for part in lex.breaks.split(onwards) if part.strip())]
    return not any(_complains(clause) and not lex.inexperience.search(clause) for clause in clauses)


def _complains(clause: str) -> bool:
    """Whether both layers of the sentiment reading take `clause` for a complaint."""
    return classify(clause) == "negative" and read(clause).score < 0


class _Earnest(NamedTuple):
    """appreciation.json's patterns for telling praise meant from praise mocked."""

    report: re.Pattern[str]
    stating_but: re.Pattern[str]
    breaks: re.Pattern[str]
    inexperience: re.Pattern[str]


@cache
def _earnest_patterns() -> _Earnest:
    """appreciation.json's report frames, stating "but", clause breaks and inexperience."""
    section = load_lexicon("appreciation")["expresses_appreciation"]
    keys = ("report_frames", "stating_but", "clause_breaks", "inexperience")
    return _Earnest(*(re.compile(section[key].removeprefix("re:"), re.IGNORECASE) for key in keys))


def _thanks_for_a_harm(sentence: str) -> bool:
    """Whether `sentence` thanks someone for a harm ("thanks for the ban, really fair",
    "thanks for wrecking my weekend"): sarcasm, whatever the harm is called.

    The lexicon's look-alikes name harms one by one ("thanks for losing…", "for the
    delay"), and each new register brought harms none of them held. Here the harm is any
    word of strong negative valence in the feelings vocabulary, in one of two shapes: a
    noun after a determiner that ends the thanks ("for the <noun>," or "…again"), or an
    -ing verb done to the speaker ("for <verb>ing my/me/us"); "thanks for dumbing it
    down" and "thanks for the crash report" keep their thanks.
    """
    frame, ceiling = _harm_frame()
    valence = vocabulary().valence
    for match in frame.finditer(sentence):
        noun, verb = match["noun"], match["verb"]
        forms = [noun.lower()] if noun else _base_forms(verb.lower())
        if any(valence.get(form, 0.0) <= ceiling for form in forms):
            return True
    return False


@cache
def _harm_frame() -> tuple[re.Pattern[str], float]:
    """The lexicon's frame for thanks for a harm, and the valence a harm word must not
    exceed."""
    section = load_lexicon("appreciation")["expresses_appreciation"]["harm_thanks"]
    pattern = re.compile(section["frame"].removeprefix("re:"), re.IGNORECASE)
    return pattern, float(section["max_valence"])


def _base_forms(verb: str) -> list[str]:
    """The forms an -ing verb may have in a dictionary: "ruining" -> ruin, ruine;
    "stabbing" -> stabb, stabbe, stab."""
    stem = verb.removesuffix("ing")
    forms = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.append(stem[:-1])
    return forms


@utterance_behaviour(
    "acknowledges_feelings",
    quality="responsive",
    triggers=lambda: _feelings_gate(),
    reads_context=True,  # a positive word counts only after the customer's news
    description="Names or validates the customer's feelings ('that must be so "
    "frustrating', 'I'm sorry to hear that', 'I'd be upset too').",
)
def acknowledges_feelings(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence that meets the customer's feelings.

    A feeling word aimed at the customer's situation ("that sounds stressful", "you
    must be worried"), sympathy ("I'm so sorry to hear that"), validation ("I'd be
    frustrated too", "I can see why you're upset", "that's not the news you were hoping
    for") or warmth ("hang in there"). An apology for the company's own slip ("sorry
    about the delay", "sorry, we should have called") is `apologises`, not this, and
    service routines that borrow words of comfort ("hold on a moment", "please don't
    hesitate to call") are neither.

    Two readings: the phrase families of `lexicons/feelings.json`, and `affect`'s broad
    feeling vocabulary in a few frames ("that's gutting", "how heartbreaking"), whose
    positive words count only after the customer's own news (hence `reads_context`).
    Beside them, a reassurance that names back the fear the customer voiced ("nothing
    to be nervous about", `_reassures_their_feeling`).
    """
    phrases = _feelings_phrase_gate()
    evidence = (
        _phrase_evidence("acknowledges_feelings", utterance, 0.85)
        if phrases is None or phrases.opens(utterance.text)
        else []  # opened by a feeling word alone: only the frames can find anything
    )
    seen = {piece.start for piece in evidence}
    their_own = _hardship_of_their_own(utterance.context)
    for piece in _phrase_evidence("acknowledges_feelings", utterance, 0.8, "sympathy"):
        if piece.start not in seen and (their_own or _feels_hard().search(piece.quote)):
            seen.add(piece.start)
            evidence.append(piece)
    echoed = [span.start for span in _reassures_their_feeling(utterance.text, utterance.context)]
    for start in [span.start for span in affect_spans(utterance.text, utterance.context)] + echoed:
        sentence = sentence_at(utterance.text, start)
        if sentence.start not in seen:
            seen.add(sentence.start)
            evidence.append(
                Evidence(
                    "acknowledges_feelings",
                    utterance.turn,
                    sentence.start,
                    sentence.end,
                    sentence.text,
                    0.8,
                )
            )
    if evidence and _apologised_calmly(utterance.context):
        evidence = [piece for piece in evidence if not _only_forgives(piece.quote)]
    return sorted(evidence, key=lambda piece: piece.start)


def _reassures_their_feeling(text: str, context: str) -> list[Span]:
    """Each reassurance in `text` that names back the fear or shame the customer put in
    their own words ("I'm nervous about pressing it" - "There's nothing to be nervous
    about"): feelings.json's `reassurance`. Naming a feeling they did not voice ("nothing
    to be afraid of" to a turn about being terrified) is advice about how to feel."""
    if not context:
        return []
    said = word_set(context)
    return [
        Span(match[0], match.start(), match.end())
        for match in _reassurance().finditer(text)
        if match["felt"].lower() in said and _voiced(match["felt"], context)
    ]


def _voiced(felt: str, context: str) -> bool:
    """Whether the customer's turn says `felt` once at least without denying it: "I'm
    not nervous, just curious" voices no nerves to name back (feelings.json's
    `reassurance_denied`: a negation with only degree words between: "not at all
    nervous", "I don't feel nervous"); "I can't help feeling nervous" voices them."""
    word = re.escape(felt)
    said = len(re.findall(rf"(?<![\w'-]){word}(?![\w'-])", context, re.IGNORECASE))
    denied = re.findall(rf"{_reassurance_denied()}{word}(?![\w'-])", context, re.IGNORECASE)
    return said > len(denied)


@cache
def _reassurance_denied() -> str:
    """feelings.json's `reassurance_denied`: a negation and what may stand before the
    feeling it denies."""
    return str(load_lexicon("feelings")["reassurance_denied"]).removeprefix("re:")


@cache
def _reassurance() -> re.Pattern[str]:
    """feelings.json's `reassurance` frame."""
    return re.compile(load_lexicon("feelings")["reassurance"].removeprefix("re:"), re.IGNORECASE)


def _apologised_calmly(context: str) -> bool:
    """Whether the customer's turn apologises for something of their own ("So sorry I'm
    late, the bus didn't come") and shows no feeling (`affect.brings_news`)."""
    if not context or ("sorr" not in context.lower() and "apolog" not in context.lower()):
        return False  # most turns: no apology to accept
    shows_feeling = brings_news(context)[1]
    return not shows_feeling and bool(apologises(Utterance(context)))


def _only_forgives(sentence: str) -> bool:
    """True for a sentence whose only acknowledgement is forgiveness ("Don't worry,
    you're still within your slot."): with feelings.json's `forgiving` words taken out,
    neither the phrases nor a feeling word in a frame find anything."""
    rest = _forgiving().sub(" ", sentence)
    if rest == sentence:
        return False
    return not _section_sentences("acknowledges_feelings", rest) and not affect_spans(rest)


@cache
def _forgiving() -> re.Pattern[str]:
    """feelings.json's `forgiving` phrases as one pattern."""
    return re.compile(phrase_alternation(load_lexicon("feelings")["forgiving"]), re.IGNORECASE)


def _hardship_of_their_own(context: str) -> bool:
    """Whether the customer's turn is news (`affect.brings_news`: not a question) about
    their own life rather than the service: it names no service matter ("refund",
    "parcel", "booking") and does not speak to the company ("you", "your").

    Only then is a bare "So sorry." sympathy ("My cat died this morning." - "I'm so
    sorry."); after a complaint about the service ("My parcel never came and I'm
    fuming") the same words are the company's apology (`apologises`), which names no
    feeling, unless the sentence also says how hard it is (see `_feels_hard`).
    """
    if not brings_news(context)[0]:
        return False
    said = word_set(context)
    if not (_SERVICE_TALK.isdisjoint(said) and _service_objects().isdisjoint(said)):
        return False
    # A failure told by what happened, naming no service word ("the fridge never came",
    # "got charged twice", "been on hold for two hours") is the service's all the same.
    # feelings.json's `service_failures`: the kinds of service failure a turn can tell
    # without a service word (something that never came or went through, a day waited
    # in, a charge, a wait on hold or in a queue).
    return not _any_of("feelings", "service_failures").search(context)


#: A customer speaking to the company ("you lost it", "your app").
_SERVICE_TALK = frozenset(("you", "your", "you're", "you've", "yours", "u", "ur"))


@cache
def _feels_hard() -> re.Pattern[str]:
    """A word for how a situation feels or how someone feels about it ("miserable",
    "dreadful", "worried": feelings.json's "@hard" and "@felt"), which turns the
    sorry beside it into sympathy ("Two hours in the cold is miserable, I'm sorry")."""
    words = load_lexicon("feelings")["vocabulary"]
    return re.compile(rf"(?<![\w'-])(?:{words['hard']}|{words['felt']})(?![\w'-])", re.IGNORECASE)


@cache
def _service_objects() -> frozenset[str]:
    """What service talk is about ("refund", "parcel", "booking"), from reflection.json,
    where `paraphrases` reads a status report by the same words, and the matters a
    complaint names that a status report does not ("broadband", "app": feelings.json)."""
    matters = load_lexicon("feelings")["service_matters"]
    return frozenset(load_lexicon("reflection")["service_objects"] + matters)


@cache
def _feelings_phrase_gate() -> Gate | None:
    """The gate of the feelings phrases alone, bare sympathy included (see `_gate_of`)."""
    return _gate_of("acknowledges_feelings", "sympathy")


def _feelings_gate() -> Gate | None:
    """The phrases' gate, also opened by any feeling word, noun or idiom word of
    `affect.vocabulary` (the frames that aim one at the customer are tried only in such
    a turn)."""
    gate = _feelings_phrase_gate()
    if gate is None:
        return None
    return Gate(gate.patterns, gate.words | vocabulary().opens, gate.marks, gate.name)


#: Lexicon section of the troubleshooting steps said as instructions ("Restart the
#: router…"): a rule of its own, as its many first words (the verbs) would otherwise make
#: the scanner specialise the long main pattern once for each of them.
_STEPS = "offers_solution_steps"


#: Lexicon sections of offers whose phrases can start with a great many words (a remedy
#: as the subject: "resetting…", "descaling…"; a colleague who will act: "the
#: pharmacist will…", "housekeeping can…"), or start with a word found in nearly every
#: turn and reach their rare words only after a gap ("would Tuesday at 3 work for
#: you?", "our shop sells…"). Scanned eagerly, the first would be compiled once for
#: every one of those words (seconds of start-up), the second tried at every "would" or
#: "the"; instead a short eager `_opener` per section (the rare part) opens the gate,
#: and the phrases are tried, lazily, only in a turn where it is found.
_LAZY_OFFERS = (
    "offers_solution_remedies",
    "offers_solution_colleagues",
    "offers_solution_suits",
    "offers_solution_providers",
    "offers_solution_available",
)


@cache
def _opener(section: str) -> AnchoredPattern:
    """The `opener` phrases of a lazy lexicon section as one pattern: what must be in a
    turn for one of the section's phrases to match there (it is where they turn on)."""
    filled = _section(section)
    first: set[str] = set()
    for phrase in filled["opener"]:
        starts = phrase_first_words(phrase)
        if starts is None:
            raise ValueError(
                f"responsive.json, section {section!r}: an opener must start with known "
                f"words, so that the scanner can find it; this one does not: {phrase[:60]!r}"
            )
        first |= starts
    return AnchoredPattern(phrase_alternation(filled["opener"]), first)


def _with_openers(gate: Gate | None, lazy: tuple[str, ...]) -> Gate | None:
    """`gate`, also opened by the opener of each `lazy` section (short patterns, cheap
    to compile for each of their first words; the words alone opened the detector on
    four times as many turns)."""
    if gate is None:
        return None
    openers = Gate.of(*(_opener(section) for section in lazy))
    return Gate(gate.patterns | openers.patterns, gate.words, gate.marks)


def _lazy_evidence(
    behaviour: str, utterance: Utterance, confidence: float, lazy: tuple[str, ...]
) -> list[Evidence]:
    """Evidence from each `lazy` section whose opener is in the turn."""
    evidence: list[Evidence] = []
    for section in lazy:
        if _opener(section).search(utterance.text) is not None:
            evidence += _phrase_evidence(behaviour, utterance, confidence, section)
    return evidence


def _offers_gate() -> Gate | None:
    """Open on an offer phrase, an instruction, or a lazy section's opener."""
    return _with_openers(_gate_of("offers_solution", _STEPS), _LAZY_OFFERS)


@utterance_behaviour(
    "offers_solution",
    quality="responsive",
    triggers=_offers_gate,
    description="Offers a way forward within their authority: an option, a suggestion, "
    "or an action they will take.",
)
def offers_solution(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence that puts a solution or option on the table
    ("you could reset it from the app", "what I can do is refund the fee", "I'd
    suggest…", "one option is…").

    Also heard: an action the agent offers to take ("I can move you to…", "shall I
    resend…?", "want me to book it?"), a choice ("would you prefer a refund or a
    credit?", "would Thursday work for you?"), a troubleshooting step said as an
    instruction at the start of a sentence or clause ("Restart the router…", "Okay, go
    to Settings…"), a workaround or fix ("the quickest fix is…", "that usually clears
    it up", "resetting the router usually sorts this"), what a colleague, partner or
    desk will do ("the pharmacist will call you this afternoon", "housekeeping can bring
    a cot up"), a day offered ("Sunday morning is free", "does Thursday suit?"), a
    remedy already under way ("I've unlocked it, so try logging in now") and what the
    customer is entitled to. Not an offer: a closer ("anything else I can help
    with?"), a bare status ("the refund's been processed"), a limit alone ("isn't
    something we can change"), a request for details ("which address should I send it
    to?"), agreeing with the customer's own idea ("that would be helpful"), a hand-off
    ("I'll transfer you"), and a sentence that `deflects` ("not my department, you'll
    need to call the engineers").
    """
    evidence = _phrase_evidence("offers_solution", utterance, 0.75, "offers_solution")
    more = _phrase_evidence("offers_solution", utterance, 0.7, _STEPS)
    more += _lazy_evidence("offers_solution", utterance, 0.75, _LAZY_OFFERS)
    if more:
        # One piece of evidence per sentence, whichever family found it first.
        by_start = {e.start: e for e in reversed(more)}
        by_start.update({e.start: e for e in evidence})
        offers = [by_start[start] for start in sorted(by_start)]
    else:
        offers = evidence
    if not offers:
        return offers
    # "That's not my department, you'll need to call the engineers": the way forward
    # pushed onto someone else is a deflection (a breaker), not a solution as well.
    pushed = deflects(utterance)
    return [o for o in offers if not any(d.start < o.end and o.start < d.end for d in pushed)]


#: Lexicon section of the confirmation tags ("is that right?", "okay?") that ask for
#: agreement only in a turn that also offers a step.
_TAGS = "gains_agreement_tags"

#: Lexicon section of the yes/no questions that ask whether a step suits ("could you make
#: that?"): agreement only after an offer, and only when not the offer itself.
_CHECKS = "gains_agreement_checks"


#: Lexicon section of the questions whether the customer can take a time ("could you be
#: home by 8?"): agreement only after a time or plan offered earlier in the turn.
_TIMES = "gains_agreement_times"


#: Lexicon sections of agreement phrases tried only where their opener is found (see
#: `_LAZY_OFFERS`): "would Tuesday work?" starts at "would" but is rare at "work".
_LAZY_AGREEMENT = ("gains_agreement_suits",)


def _agreement_gate() -> Gate | None:
    """Open on an agreement phrase, a lazy section's opener, or a confirmation tag (the
    tag still needs an offer)."""
    return _with_openers(_gate_of("gains_agreement", _TAGS, _CHECKS, _TIMES), _LAZY_AGREEMENT)


def _start(evidence: Evidence) -> int:
    return evidence.start


@utterance_behaviour(
    "gains_agreement",
    quality="responsive",
    triggers=_agreement_gate,
    description="Checks the customer agrees with the next step ('does that work for "
    "you?', 'shall I go ahead?').",
)
def gains_agreement(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence that asks for the customer's agreement on a step
    ("does that work for you?", "shall I go ahead?", "which would you prefer?").

    A bare confirmation tag ("…and place the new order now. Is that right?", "Okay?")
    counts only after an offer in the same turn (`offers_solution`): on its own it checks
    a fact or an understanding. "Does that make sense?", "anything else I can do?" and a
    request to talk about a topic ("would it be okay if we discussed…") are not agreement.
    """
    evidence = _phrase_evidence("gains_agreement", utterance, 0.75, "gains_agreement")
    lazy = _lazy_evidence("gains_agreement", utterance, 0.75, _LAZY_AGREEMENT)
    if lazy:
        found = {e.start for e in evidence}
        evidence = sorted(evidence + [e for e in lazy if e.start not in found], key=_start)
    evidence = _takes_an_offered_time(utterance, evidence)
    tags = _section_sentences(_TAGS, utterance.text)
    checks = _section_sentences(_CHECKS, utterance.text)
    if not tags and not checks:
        return evidence
    offers = offers_solution(utterance)
    if not offers:
        return evidence
    first_offer = min(offer.start for offer in offers)
    offered = {offer.start for offer in offers}
    found = {e.start for e in evidence}
    # A tag may close the offer's own sentence; a check must follow it, not be it.
    asked = [s for s in tags if s.start >= first_offer]
    asked += [
        s
        for s in checks
        if (s.start > first_offer and s.start not in offered) or _checks_after_a_semicolon(s)
    ]
    for s in asked:
        if s.start not in found:
            found.add(s.start)
            evidence.append(
                Evidence("gains_agreement", utterance.turn, s.start, s.end, s.text, 0.7)
            )
    return sorted(evidence, key=_start)


def _takes_an_offered_time(utterance: Utterance, evidence: list[Evidence]) -> list[Evidence]:
    """`evidence` and each sentence that asks whether the customer can take a time
    (`_TIMES`: "Can you get here by then?") after a sentence of the same turn that
    offered a time or a plan ("The fitter can come at 1pm."): a time never offered
    ("Could you be in by 5? We shut at 5.") tells the customer when to be there."""
    times = _section_sentences(_TIMES, utterance.text)
    if not times:
        return evidence
    planned = [e.end for e in [*offers_solution(utterance), *makes_commitment(utterance)]]
    found = {e.start for e in evidence}
    taken = [
        Evidence("gains_agreement", utterance.turn, s.start, s.end, s.text, 0.75)
        for s in times
        if s.start not in found and any(end <= s.start for end in planned)
    ]
    return sorted(evidence + taken, key=_start) if taken else evidence


def _checks_after_a_semicolon(sentence: Span) -> bool:
    """True for an offer and its check in one sentence, split by a semicolon ("I've booked
    an engineer for 8-12 tomorrow; is someone able to be home then?"): the check stands
    after the offer, as if it were a sentence of its own."""
    head, semicolon, tail = sentence.text.rpartition(";")
    return bool(semicolon and head.strip()) and bool(_section_sentences(_CHECKS, tail.strip()))


# Scoring asks twice in a row (`promptness_applies`, `responds_promptly`).
@LastConversation
def reply_delays(conversation: Conversation) -> list[tuple[int, timedelta]]:
    """(agent turn index, wait) for each agent reply to a customer turn, where both
    turns have timestamps. The wait runs from the customer's first unanswered turn that
    wants a reply: turns that only accept and thank (`accepts_with_thanks`: "Yes, I'll
    be in. Thank you.") wait for nothing, so when the customer writes again before the
    agent answers ("Nobody came this morning…", the next day), the wait runs from then.
    The list is shared: do not mutate it."""
    delays: list[tuple[int, timedelta]] = []
    waiting_since = None
    only_thanks = False  # every customer turn waiting so far only accepts and thanks
    for index, turn in enumerate(conversation.turns):
        if turn.is_customer:
            if turn.timestamp is None:
                continue
            thanks = accepts_with_thanks(turn.text)
            if waiting_since is None or (only_thanks and not thanks):
                waiting_since = turn.timestamp
                only_thanks = thanks
        elif turn.is_agent and waiting_since is not None:
            if turn.timestamp is not None:
                delays.append((index, turn.timestamp - waiting_since))
            waiting_since = None
    return delays


@cache
def _acknowledgements() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """responsive.json's `acknowledgements`: the words that open an acceptance, those
    that open its closing thanks, and those that may follow the thanks."""
    lex = load_lexicon("responsive")["acknowledgements"]
    return frozenset(lex["openers"]), frozenset(lex["thanks"]), frozenset(lex["after_thanks"])


@cache
def _agreements() -> re.Pattern[str]:
    """responsive.json's `acknowledgements.agreements`, as whole words ending a clause
    ("please go ahead." but not "please go ahead and cancel…")."""
    phrases = load_lexicon("responsive")["acknowledgements"]["agreements"]["phrases"]
    return re.compile(rf"{phrase_alternation(phrases)}(?=\s*(?:[,.;!]|$))", re.IGNORECASE)


#: What makes a turn more than an acceptance: a denial, a complaint going on, a contrast.
_NOT_ONLY_ACCEPTING = re.compile(r"\b(?:not|no|never|nothing|nobody|still|but)\b|n't\b", re.I)


@lru_cache(maxsize=TEXTS)  # `reply_delays` asks of every customer turn, every time
def accepts_with_thanks(text: str) -> bool:
    """True for a customer's turn that only accepts what they were told and thanks for
    it: it opens with assent ("yes", "ok", "great"), its last sentence past its own
    assent is thanks and nothing more ("Thank you.", "OK great, thanks!"), and it asks
    and denies nothing ("Yes, but it still doesn't work. Thanks." wants an answer). A
    turn that asks for something (`asks_for_something`) wants an answer too. Words of
    agreement or gladness ("please go ahead", "that would be great", "can't wait"; see
    `_agreements`) are assent and are set aside before the rest is read."""
    said = words(text)
    # "Sounds good, please go ahead. Thanks!": the agreement neither asks nor denies.
    text = _agreements().sub(" ", text)
    if "?" in text or _NOT_ONLY_ACCEPTING.search(text) or asks_for_something(text):
        return False
    kept = [s for s in sentences(text) if words(s.text)]
    if not said or not kept:
        return False
    openers, thanks, after_thanks = _acknowledgements()
    # The last sentence past its assent ("OK great, thanks", "Thank you.") is thanks and
    # nothing more ("thank you so much for that", not "thanks, my order number is…").
    last = words(kept[-1].text)
    first = next((i for i, w in enumerate(last) if w not in openers or w in thanks), len(last))
    rest = last[first + 1 :]
    return (
        said[0] in openers
        and first < len(last)
        and last[first] in thanks
        and all(w in after_thanks or w in thanks for w in rest)
    )


class _RequestWords(NamedTuple):
    """The words that make a customer's turn ask for something (`asks_for_something`)."""

    please: frozenset[str]  # "please", "pls"
    leads: frozenset[str]  # assent and "and", "so", "then"… before a command
    verbs: frozenset[str]  # reflection.json's verbs of a command or an instruction
    objects: frozenset[str]  # what follows such a verb: "the", "it", "me"
    auxiliaries: frozenset[str]  # questions.json's request: "can", "could"…
    doers: frozenset[str]  # … then "you", "someone"
    wants: re.Pattern[str]  # "I'd like to", "I need you to"
    openings: tuple[str, ...]  # questions.json's request openings: "any chance", "is it possible"


@cache
def _request_words() -> _RequestWords:
    """responsive.json's `acknowledgements.requests`, with the command verbs and their
    objects of reflection.json and the request of questions.json, so each list lives in
    one place."""
    acknowledgements = load_lexicon("responsive")["acknowledgements"]
    requests = acknowledgements["requests"]
    reflection = load_lexicon("reflection")
    asking = load_lexicon("questions")["requests_for_help"]
    return _RequestWords(
        please=frozenset(requests["please"]),
        leads=frozenset(requests["leads"] + acknowledgements["openers"]),
        # "just" leads a command ("just leave it") but is none itself.
        verbs=frozenset(reflection["commands"] + reflection["instruction_verbs"]) - {"just"},
        objects=frozenset(reflection["imperative_objects"] + requests["objects"]),
        auxiliaries=frozenset(asking["auxiliaries"]),
        doers=frozenset(asking["doers"]),
        wants=re.compile(phrase_alternation(requests["wants"]), re.IGNORECASE),
        openings=tuple(asking["openings"]),
    )


#: The longest of questions.json's `requests_for_help.openings`, in words.
_OPENING_WORDS = 7


def opens_a_request(said: list[str]) -> bool:
    """True when words `said` (past their openers) open a request for help put without
    "can / could you": questions.json `requests_for_help.openings` ("any chance you
    could…", "is it possible to…", "is there anything you can do…")."""
    opening = " ".join(said[:_OPENING_WORDS]) + " "
    return any(opening.startswith(phrase + " ") for phrase in _request_words().openings)


def asks_for_something(text: str) -> bool:
    """True for a customer's turn that asks for something done, with or without a
    question mark: a "please" that is more than an assent of its own ("OK. Please move
    the delivery to Friday", not "Yes please, thank you!"); a sentence that opens, past
    its assent, with a command and its object ("OK, cancel the second box then.", "let
    me know…"); "can / could you…" ("Yes, can you send the invoice there as well.") or
    another opening of a request ("any chance you could…", `opens_a_request`); or a want
    ("I'd like to add my partner…", "I need someone to look at it today")."""
    req = _request_words()
    openers, thanks, after_thanks = _acknowledgements()
    courtesy = openers | thanks | after_thanks
    if req.wants.search(text):
        return True
    for sentence in sentences(text):
        said = words(sentence.text)
        for at, word in enumerate(said):
            # "Yes please, thank you": an assent; "Please move…", "…to Friday please": asked.
            if word in req.please and not courtesy.issuperset(said[:at] + said[at + 1 :]):
                return True
        start = next((i for i, w in enumerate(said) if w not in req.leads), len(said))
        if start + 1 < len(said):
            verb, then = said[start], said[start + 1]
            if (verb in req.verbs and then in req.objects) or (
                verb in req.auxiliaries and then in req.doers
            ):
                return True
        if opens_a_request(said[start:]):
            return True  # "OK thanks. Any chance you could send someone tomorrow."
    return False


def promptness_applies(conversation: Conversation) -> bool:
    """True when `responds_promptly` can be judged: at least one agent reply to a customer
    turn has timestamps on both. The rubric marks the behaviour N/A otherwise."""
    return bool(reply_delays(conversation))


def is_messaging(conversation: Conversation, away: timedelta = CUSTOMER_AWAY) -> bool:
    """True for a chat the customer did not sit through: at least once they answered an
    agent's turn more than `away` after it (hours later, the next morning), as in an
    Intercom Messenger or WhatsApp thread. Readers tell only the channel ("chat"), and
    the same channel carries both live sessions and such threads."""
    if conversation.channel is not Channel.CHAT:
        return False
    answered_at = None
    for turn in conversation.turns:
        if turn.is_agent and turn.timestamp is not None:
            answered_at = turn.timestamp
        elif turn.is_customer and turn.timestamp is not None and answered_at is not None:
            if turn.timestamp - answered_at > away:
                return True
            answered_at = None
    return False


def response_target(
    conversation: Conversation,
    targets: Mapping[Channel, timedelta] | None = None,
    messaging: timedelta = MESSAGING_TARGET,
) -> timedelta:
    """The reply-time target for the conversation's channel (`targets`, by default
    `RESPONSE_TARGETS`), or `messaging` for a chat held as messaging (`is_messaging`)."""
    if is_messaging(conversation):
        return messaging
    table = RESPONSE_TARGETS if targets is None else {**RESPONSE_TARGETS, **targets}
    return table.get(conversation.channel, table[Channel.CHAT])


@conversation_behaviour(
    "responds_promptly",
    quality="responsive",
    description="Every reply to the customer came within the channel's target time.",
    reads_targets=True,
)
def responds_promptly(
    conversation: Conversation,
    target: timedelta | None = None,
    *,
    targets: Mapping[Channel, timedelta] | None = None,
    messaging: timedelta = MESSAGING_TARGET,
) -> list[Evidence]:
    """Evidence (each prompt reply, with its wait) when every timed reply met `target`;
    when None, the conversation's `response_target` from `targets` by channel and
    `messaging` (an organisation's, from its rubric; the engine's defaults otherwise).

    Returns nothing when a reply was late, and nothing when there are no timestamps;
    tell the two apart with `promptness_applies`.
    """
    limit = target if target is not None else response_target(conversation, targets, messaging)
    delays = reply_delays(conversation)
    if not delays or any(wait > limit for _, wait in delays):
        return []
    evidence = []
    for index, wait in delays:
        text = conversation.turns[index].text
        quote = text[:80]
        evidence.append(
            Evidence(
                "responds_promptly",
                index,
                0,
                len(quote),
                quote,
                1.0,
                (
                    (WAIT_SECONDS, str(int(wait.total_seconds()))),
                    ("target_seconds", str(int(limit.total_seconds()))),
                ),
            )
        )
    return evidence
