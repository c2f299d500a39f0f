"""The turn scanner: every anchored pattern found in one pass, exactly where it matches.

The scanner is an optimisation and must never change a finding: these tests compare it
with the plain way (`pattern.match` tried at every word the pattern can start with) on
realistic service turns, and check the pieces it is built from.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from legendary.care.evidence import Evidence
from legendary.care.model import Conversation, Role, Speaker, Turn
from legendary.care.patterns import (
    _SCANNER,
    AnchoredPattern,
    _caseless_beyond_ascii,
    lazy_scans,
    lower_case,
    scan,
)
from legendary.care.regex_shape import specialise, uncaptured
from legendary.care.rubric import DEFAULT
from legendary.care.scorecard import Scorecard
from legendary.care.scoring import _plan, forget, prepare, score
from legendary.care.text import normalise, phrase_alternation
from legendary.demo.conversations import generate_conversations


@cache
def _service_texts() -> tuple[str, ...]:
    """Agent and customer turns of realistic threads, plus hand-written hard cases."""
    _plan(DEFAULT)  # every gate's patterns are eager from here on
    texts = [
        turn.text
        for conversation in generate_conversations("patterns", 40, long=True)
        for turn in conversation.turns
    ]
    texts += [
        "I'LL MAKE SURE THIS IS SORTED BY FRIDAY!!",
        "İstanbul office: I'll make sure the refund reaches you by Friday.",
        "So you were charged twice — I'm so sorry, that must be frustrating.",
        "You could reset it from the app; does that work for you?",
        "24 hours is the most it takes, I promise. 3pm tomorrow at the latest.",
        "don't-worry, follow-up's on me: leave it with me.",
    ]
    return tuple(texts)


_WORD = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*", re.IGNORECASE)


def word_starts(text: str) -> dict[str, list[int]]:
    """Where each lower-cased word of `text` starts ("#" also lists every word starting
    with a digit): the plain way of finding where a pattern may start."""
    index: dict[str, list[int]] = {}
    for m in _WORD.finditer(normalise(text)):
        word = m.group().lower()
        index.setdefault(word, []).append(m.start())
        if word[0].isdigit():
            index.setdefault("#", []).append(m.start())
    return index


def _brute_force(pattern: re.Pattern[str], first: frozenset[str], text: str) -> list[int]:
    """Where `pattern` matches, tried at every word it can start with (no scanner)."""
    index = word_starts(text)
    norm = normalise(text)
    positions = sorted(p for word in first & index.keys() for p in index[word])
    return [p for p in positions if pattern.match(norm, p) is not None]


def test_the_scan_finds_every_eager_pattern_exactly_where_it_matches() -> None:
    texts = _service_texts()
    eager = sorted(_SCANNER.eager)
    assert len(eager) >= 15  # the gates of the default rubric's detectors
    found = 0
    for text in texts:
        hits = scan(text).hits
        for pid in eager:
            pattern, first = _SCANNER.patterns[pid]
            expected = _brute_force(pattern, first, text)
            assert list(hits.get(pid, ())) == expected, (pattern.pattern[:60], text)
            found += bool(expected)
    assert found > 100  # the comparison saw plenty of real matches, not only misses


def test_a_lazy_pattern_is_tried_at_its_words_with_the_same_result() -> None:
    time = AnchoredPattern(
        r"by\s+(?:friday|monday|tomorrow)|within\s+\d+\s+hours", ["by", "within"]
    )
    assert time.id not in _SCANNER.eager
    text = "I'll chase it by Friday, and you'll hear back within 24 hours — by tomorrow at most."
    assert [m.group() for m in time.finditer(text)] == [
        "by Friday",
        "within 24 hours",
        "by tomorrow",
    ]
    assert list(lazy_scans(text, time.id)) == _brute_force(time.pattern, time.first, text)
    assert time.search("Nothing promised here.") is None


def test_a_lazy_pattern_starts_only_at_whole_words_and_at_any_number() -> None:
    # A lazy pattern is tried where its words start as whole words: the "up" of
    # "follow-up" and the "3" of "2-3" start no word, so nothing starts there.
    window = AnchoredPattern(r"\d+\s*(?:hours|days)|up\s+to\s+\d+", ["#", "up"])
    text = "A follow-up: up to 3 days, maybe 48 hours, not the 2-3 days the pick-up note says."
    found = [m.group() for m in window.finditer(text)]
    assert found == ["up to 3", "48 hours"]  # "3 days" starts inside the first match
    assert list(lazy_scans(text, window.id)) == _brute_force(window.pattern, window.first, text)
    assert len(lazy_scans(text, window.id)) == 3


def test_every_lazy_pattern_is_found_exactly_where_it_matches() -> None:
    texts = _service_texts()
    lazy = [pid for pid in range(len(_SCANNER.patterns)) if pid not in _SCANNER.eager]
    assert len(lazy) >= 5  # times after promises, look-alikes of phrases...
    found = 0
    for text in texts:
        for pid in lazy:
            pattern, first = _SCANNER.patterns[pid]
            expected = _brute_force(pattern, first, text)
            assert list(lazy_scans(text, pid)) == expected, (pattern.pattern[:60], text)
            found += bool(expected)
    assert found > 20  # real matches were compared, not only misses


def test_a_pattern_is_compiled_only_when_a_text_first_needs_it() -> None:
    # Compiling every detector pattern at start-up cost each process about 0.7 CPU-s.
    locker = AnchoredPattern(r"(?:parcel|pickup)\s+locker\s+(?:code|pin)", ["parcel", "pickup"])
    deferred = _SCANNER.patterns[locker.id][0]
    assert not deferred.ready
    assert locker.search("Thanks, that's all for now.") is None
    assert not deferred.ready  # no word it can start with: no need to compile it
    text = "Your Parcel Locker PIN is on its way, and the pickup locker code follows."
    assert [m.group() for m in locker.finditer(text)] == [
        "Parcel Locker PIN",
        "pickup locker code",
    ]
    assert deferred.ready
    assert deferred.flags == locker.pattern.flags == re.compile("", re.IGNORECASE).flags


def test_prepare_compiles_every_registered_pattern() -> None:
    refill = AnchoredPattern(r"refill\s+(?:reminder|request)s?", ["refill"])
    assert not _SCANNER.patterns[refill.id][0].ready
    prepare()
    assert all(pattern.ready for pattern, _ in _SCANNER.patterns)


def test_the_same_pattern_registered_twice_keeps_one_id() -> None:
    first = AnchoredPattern(r"leave\s+it\s+with\s+me", ["leave"])
    again = AnchoredPattern(r"leave\s+it\s+with\s+me", ["leave"])
    assert first.id == again.id


@pytest.mark.parametrize(
    ("text", "word", "kept", "dropped"),
    [
        # the customer-facing "you could…" survives at "you", the "u could" spelling goes
        (r"(?:you|u)\s+could\s+try", "you", "you could try", "u could try"),
        # a prefix tree: at "i'll" only the "i'll…" branch is left
        (
            phrase_alternation(["i will check", "i'll make sure", "we'll sort it"]),
            "i'll",
            "i'll make sure",
            "i will check",
        ),
        # an optional lead that cannot start here is skipped, what follows must start it
        (r"(?:you\s+)?(?:might|may)\s+want\s+to", "might", "might want to", "you might want to"),
    ],
)
def test_specialise_keeps_what_can_start_at_the_word_and_drops_the_rest(
    text: str, word: str, kept: str, dropped: str
) -> None:
    special = specialise(uncaptured(text) or "", word)
    assert special is not None
    assert re.match(special, kept, re.IGNORECASE)
    assert not re.match(special, dropped, re.IGNORECASE)
    assert re.match(text, dropped, re.IGNORECASE)  # the original did match it


def test_specialise_says_nothing_can_match_at_a_word_no_branch_starts_with() -> None:
    assert specialise(phrase_alternation(["i'll make sure", "let me check"]), "we") is None
    assert specialise(r"(?:i|we)\s+will", "they") is None
    # unsure (a class, a wildcard): kept as it is
    assert specialise(r"[a-z]+\s+policy", "our") == r"[a-z]+\s+policy"


@pytest.mark.parametrize(
    ("source", "word", "text"),
    [
        (r"(?:means?|meant)\s+the\s+world\s+to\s+us", "mean", "mean the world to us"),
        (r"sounds?\s+good", "sound", "sound good"),
    ],
)
def test_specialise_keeps_a_word_whose_last_letter_may_be_left_out(
    source: str, word: str, text: str
) -> None:
    # "means?" starts at "mean" too: pruned there, an eager phrase would go unheard in
    # "your kind words mean the world to us" once a scorecard had made it eager.
    special = specialise(source, word)
    assert special is not None
    assert re.match(special, text)


def test_specialise_still_drops_a_word_whose_last_letter_is_required() -> None:
    assert specialise(r"sounds\s+good", "sound") is None


def test_an_eager_pattern_is_found_at_the_short_form_of_its_first_word() -> None:
    pattern = AnchoredPattern(
        r"(?:means?|meant)\s+(?:so\s+much|a\s+lot)\s+to\s+(?:me|us)", ["mean", "means", "meant"]
    ).scan_eagerly()
    found = pattern.finditer("Honestly, your note means so much to us, and it mean a lot to me.")
    assert [m.group(0) for m in found] == ["means so much to us", "mean a lot to me"]


def test_specialise_keeps_every_match_of_the_detector_patterns_on_real_turns() -> None:
    """For each eager pattern and each of its words, the specialised pattern matches at
    exactly the same word starts as the whole one."""
    texts = _service_texts()
    compiled: dict[tuple[int, str], re.Pattern[str] | None] = {}
    compared = 0
    for text in texts:
        norm = normalise(text)
        for word, starts in word_starts(text).items():
            for pid in _SCANNER.eager:
                pattern, first = _SCANNER.patterns[pid]
                if word not in first:
                    continue
                key = (pid, word)
                if key not in compiled:
                    special = specialise(uncaptured(pattern.pattern) or "", word)
                    compiled[key] = None if special is None else re.compile(special, re.I)
                special_pattern = compiled[key]
                for start in starts:
                    whole = pattern.match(norm, start) is not None
                    part = special_pattern is not None and special_pattern.match(norm, start)
                    assert whole == bool(part), (word, pattern.pattern[:60], text)
                    compared += 1
    assert compared > 1000


def test_uncaptured_turns_every_group_into_a_non_capturing_one() -> None:
    source = r"(?P<verb>call|ring)\s+(you)\s+[(]back\)(?:soon)?"
    assert uncaptured(source) == r"(?:call|ring)\s+(?:you)\s+[(]back\)(?:soon)?"
    assert uncaptured(r"(a)\1") is None  # a back-reference cannot be embedded


def test_offsets_stay_right_where_lower_casing_changes_the_length() -> None:
    text = "İstanbul office: I'll make sure the refund reaches you by Friday."
    assert len(text.lower()) != len(text)  # the case the scanner must handle apart
    conversation = Conversation(
        "istanbul",
        (
            Turn(Speaker(Role.CUSTOMER), "Where is my refund?"),
            Turn(Speaker(Role.AGENT, "Ana"), text),
        ),
    )
    card = score(conversation)
    owned = _evidence(card, "takes_ownership")
    assert owned
    evidence = owned[0]
    assert text[evidence.start : evidence.end] == evidence.quote
    assert evidence.quote.startswith("I'll make sure")


def _evidence(card: Scorecard, behaviour: str) -> list[Evidence]:
    return [e for e in card.evidence() if e.behaviour == behaviour]


def _thread(customer: str, agent: str, turn_before: int = 0) -> Conversation:
    filler = tuple(
        Turn(Speaker(Role.AGENT, "Ana"), "One moment please.") for _ in range(turn_before)
    )
    return Conversation(
        f"thread-{customer[:10]}-{turn_before}",
        (
            *filler,
            Turn(Speaker(Role.CUSTOMER, "Sam"), customer),
            Turn(Speaker(Role.AGENT, "Ana"), agent),
        ),
    )


def test_a_remembered_turn_is_still_judged_against_its_own_customer() -> None:
    reply = "So the parcel was left at the wrong address and nobody told you. I'll sort it."
    heard = _thread("My parcel was left at the wrong address and nobody told me!", reply)
    unrelated = _thread("Can I change my password?", reply, turn_before=2)
    first, second = score(heard), score(unrelated)
    # The same words, remembered: what depends only on them is the same, on its own turn.
    assert [e.turn for e in _evidence(first, "takes_ownership")] == [1]
    assert [e.turn for e in _evidence(second, "takes_ownership")] == [3]
    # What depends on the customer's words is not: it restates only the first customer.
    assert _evidence(first, "paraphrases")
    assert not _evidence(second, "paraphrases")


def test_forget_and_prepare_change_no_scorecard() -> None:
    conversations = list(generate_conversations("forget", 12, long=True))
    before = [score(c).as_dict() for c in conversations]
    assert prepare() > 50  # every word that starts a detector pattern has its pattern
    forget()
    assert [score(c).as_dict() for c in conversations] == before


def test_surely_absent_trusts_only_the_scanners_pass() -> None:
    eager = AnchoredPattern.of_phrases(["leave it with me"]).scan_eagerly()
    lazy = AnchoredPattern.of_phrases(["take it from here"])
    assert eager.surely_absent("Thanks for waiting.")
    assert not eager.surely_absent("Leave it with me, I'll sort it.")
    # A lazy pattern is never looked for in the one pass, so its absence is not known.
    assert not lazy.surely_absent("Thanks for waiting.")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?<![\w'])by\s+(?:friday|\d{1,2}\s*pm)\b[^.?!]*\?", True),
        (r"sorry\S*\s+\W?about", True),  # upper-case escapes are classes, not letters
        (r"by\s+Friday", False),  # an upper-case letter only matches itself
        (r"[A-Z]\w+", False),
        (r"(?-i:by)\s+friday", False),  # inline flags
        (r"\x42y", False),  # a character given by its code
        (r"caf\u00e9", False),
        (r"café", False),  # a letter outside ASCII
        (r"(?P<Verb>call)\s+(?P=Verb)", True),  # group names are no letters of the text
        (r"sorry[’']s?\s+…", True),  # nor are quotes and dots, in or outside ASCII
    ],
)
def test_lower_case_says_when_a_pattern_may_match_lower_cased_text(
    source: str, expected: bool
) -> None:
    assert lower_case(source) is expected


def test_a_lazy_pattern_that_needs_its_case_still_matches_as_written() -> None:
    named = AnchoredPattern(r"by\s+(?-i:Friday)", ["by"])
    assert named.id not in _SCANNER.eager
    assert [m.start() for m in named.finditer("By Friday, or by friday? by Friday.")] == [0, 25]
    assert list(lazy_scans("BY FRIDAY", named.id)) == []


@pytest.mark.parametrize(
    ("text", "caseless"),
    [
        ("I'll call you by Friday.", True),
        ("I'll call you — by Friday… €20 back 🙂", True),  # punctuation, symbols, emoji
        ("Café opens at 9", False),  # a letter outside ASCII
        ("İstanbul office", False),
        ("Ⓐ grade service", False),  # a symbol with a case
        ("ſo sorry", False),  # the long s matches "s" ignoring case
    ],
)
def test_lazy_patterns_read_lower_cased_only_text_without_cased_characters_beyond_ascii(
    text: str, caseless: bool
) -> None:
    assert _caseless_beyond_ascii(text) is caseless
    sorry = AnchoredPattern(r"so\s+sorry|by\s+friday|caf[eé]\s+opens", ["so", "by", "cafe", "café"])
    assert list(lazy_scans(text, sorry.id)) == _brute_force(sorry.pattern, sorry.first, text)


def test_which_texts_read_as_ascii_lower_cased_is_remembered_and_forgotten() -> None:
    # Asked once per lazy pattern of a turn: remembered per text, emptied by `forget`.
    from legendary.care.patterns import _caseless_beyond_ascii

    forget()
    assert _caseless_beyond_ascii("Your refund is on its way — about 3 days…")
    assert _caseless_beyond_ascii("That’s £20 back, sorry 🙁")
    assert not _caseless_beyond_ascii("I've passed it to Zoë in billing.")
    assert _caseless_beyond_ascii("Plain ASCII, nothing else.")
    _caseless_beyond_ascii("Your refund is on its way — about 3 days…")
    assert _caseless_beyond_ascii.cache_info().hits == 1
    forget()
    assert _caseless_beyond_ascii.cache_info().currsize == 0


# Agent turns written for this test: thanks, apologies, feelings, and turns with none.
_CHUNKED_TURNS = (
    "Thanks so much for bearing with me while I looked into this.",
    "I'm really sorry the engineer didn't turn up on Saturday.",
    "That sounds exhausting, no wonder you're fed up with it.",
    "Your replacement card is on its way and should arrive by Thursday.",
    "Could you read me the reference on the letter, please?",
    "Sorry, which address was that again?",
    "Cheers for letting us know :)",
    "",
)


def test_may_speak_keeps_exactly_the_chunks_surely_silent_does_not_rule_out() -> None:
    from legendary.care.behaviours.phrases import may_speak
    from legendary.care.behaviours.responsive import _rules

    prepare()
    kept_some = False
    for section in ("apologises", "expresses_appreciation", "acknowledges_feelings"):
        rules = _rules(section)
        for turn in _CHUNKED_TURNS:
            expected = [rule for rule in rules if not rule.surely_silent(turn)]
            assert may_speak(rules, turn) == expected, (section, turn)
            kept_some |= bool(expected) and len(expected) < len(rules)
    assert kept_some  # some turns open a few chunks of a section, not all of them
    # A turn with none of a section's phrases leaves no chunk to read.
    quiet = "Your replacement card is on its way and should arrive by Thursday."
    assert may_speak(_rules("apologises"), quiet) == []
    assert may_speak(_rules("apologises"), "I'm so sorry about the mix-up.")
