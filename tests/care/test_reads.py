"""Every utterance detector reads only what it declares: the rule of reads.

`detect()` and `score()` hand a detector the customer's previous turn only if it declares
`reads_context=True`, and the customer's name only if it declares `reads_name=True`
(`Behaviour.sees`; see the module doc of `behaviours.base`): scoring reuses a detector's
findings for another turn with the same text by exactly what it declares, so handing it
more would let a stale answer through. A detector that reads either without declaring it
thus silently loses what it meant to read, on both paths alike. This module catches that:
it runs every detector, as registered and without its gate, on every sample of
`test_gates.corpus()` (the strings of the care tests with the strings written beside them,
the lexicons, demo threads) after an upset customer's line (and, for a detector that
reads it, each neighbouring string), said to a customer name (two names in turn, and
none, where it varies what the detector declares), and fails wherever the detector

- touches `Utterance.context` or `Utterance.customer_name` without declaring it (a
  `Watched` utterance records every read of them; see `variants` for why one reading
  per value of what it declares is enough), or
- finds evidence that it does not find when handed only what it declares (for a
  detector that reads neither: the bare text),

naming the detector, the sentence, the customer turn, the name and the field it read. A
new detector is covered with no change here; the tests at the end show that a detector
reading either field undeclared is caught, and that `detect()` and `score()` hand a
detector only what it declares.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

import pytest

from legendary.care import scoring
from legendary.care.behaviours import base
from legendary.care.behaviours.base import Behaviour, Utterance, registry
from legendary.care.detect import detect
from legendary.care.evidence import Evidence
from legendary.care.model import make_conversation
from legendary.care.rubric import DEFAULT

from .test_gates import CONTEXTS, TESTS, UPSET, Sample, corpus, literal_samples

#: The customers every agent turn is said to, in turn.
NAMES = ("Sam Patel", "Grace O'Neill")
_CONTEXT = Utterance.__dict__["context"]  # the slots behind the watched properties
_NAME = Utterance.__dict__["customer_name"]


class Watched(Utterance):
    """An `Utterance` that records which of `context` and `customer_name` were read."""

    __slots__ = ("reads",)
    reads: set[str]

    def __init__(self, text: str, context: str = "", turn: int = 0, customer_name: str = ""):
        for field, value in (("text", text), ("turn", turn)):
            Utterance.__dict__[field].__set__(self, value)
        _CONTEXT.__set__(self, context)
        _NAME.__set__(self, customer_name)
        object.__setattr__(self, "reads", set())

    @property  # type: ignore[misc]
    def context(self) -> str:
        self.reads.add("context")
        return str(_CONTEXT.__get__(self))

    @property  # type: ignore[misc]
    def customer_name(self) -> str:
        self.reads.add("customer_name")
        return str(_NAME.__get__(self))

    def __hash__(self) -> int:  # a cache key is not a read
        return hash((self.text, _CONTEXT.__get__(self), self.turn, _NAME.__get__(self)))

    def __eq__(self, other: object) -> bool:
        return self is other


@dataclass(frozen=True, slots=True)
class Leak:
    """A detector that read, or found differently with, what it does not declare."""

    behaviour: str
    text: str
    context: str
    name: str
    read: tuple[str, ...]  # the undeclared fields it touched
    found: tuple[str, ...]  # its quotes, handed everything
    declared: tuple[str, ...]  # its quotes, handed only what it declares

    def __str__(self) -> str:
        what = " and ".join(f"Utterance.{f}" for f in self.read) or "an undeclared field"
        return (
            f"{self.behaviour} reads {what} without declaring it (reads_context=/reads_name=): "
            f"on {self.text[:160]!r} after {self.context[:80]!r}, said to {self.name!r}, it "
            f"found {list(self.found)}; handed only what it declares, {list(self.declared)}"
        )


def variants(sample: Sample, behaviour: Behaviour) -> list[tuple[str, str]]:
    """The (customer turn, name) pairs after which `behaviour` reads `sample`'s text.

    Until it first reads a field it does not declare, a detector's path depends only on
    the text and the fields it declares; so such a read shows on one pair per value of
    the declared fields: (an upset customer, a name) for a detector that declares
    neither; an upset customer and each neighbouring string (or a demo thread's own
    turn), two names in turn, for one that reads the customer's turn (not the empty turn
    and the plain question `test_gates` adds: this reads every detector on every text,
    not only behind closed gates, and they would add about a third to its readings); no
    name and each of two for one that reads the name."""
    names = [*dict.fromkeys([*(n for n in sample.names if n), *NAMES])]
    if behaviour.reads_context:
        turns = [UPSET, *(c for c in sample.contexts if c not in CONTEXTS)]
        return [(c, names[i % len(names)]) for i, c in enumerate(turns)]
    if behaviour.reads_name:
        return [(UPSET, n) for n in ("", *names)]
    return [(UPSET, names[0])]


def _quotes(evidence: Iterable[Evidence]) -> tuple[str, ...]:
    return tuple(e.quote for e in evidence)


def undeclared(behaviour: Behaviour) -> frozenset[str]:
    """The fields of `Utterance` beside the text that `behaviour` does not declare it reads."""
    return frozenset(
        field
        for field, declared in (
            ("context", behaviour.reads_context),
            ("customer_name", behaviour.reads_name),
        )
        if not declared
    )


def leaks(behaviours: Iterable[Behaviour], samples: Iterable[Sample]) -> list[Leak]:
    """The first `Leak` of each of `behaviours` on each text of `samples` (see the module
    doc). Where a detector finds evidence, it is also compared with what it finds when
    handed only what it declares (for a detector that declares neither: the bare text),
    which would catch a read no `Watched` property sees; where it finds none, reading
    the text again would cost a second pass over the corpus to show what the `Watched`
    properties show already. Read text by text, so that the per-text caches serve every
    detector."""
    checked = [(b, undeclared(b)) for b in behaviours if b.utterance is not None]
    found: list[Leak] = []
    for sample in samples:
        for behaviour, unread in checked:
            detector = behaviour.utterance
            assert detector is not None
            for context, name in variants(sample, behaviour):
                watched = Watched(sample.text, context, 0, name)
                seen = tuple(detector(watched))
                read = tuple(sorted(watched.reads & unread))
                view = behaviour.sees(Utterance(sample.text, context, 0, name))
                declared = tuple(detector(view)) if seen or read else seen
                if read or seen != declared:
                    quotes = _quotes(seen), _quotes(declared)
                    found.append(Leak(behaviour.id, sample.text, context, name, read, *quotes))
                    break  # one customer turn is enough to show it
    return found


def checked() -> list[str]:
    """The ids of the utterance detectors that do not declare every read."""
    return sorted(b.id for b in registry().values() if b.utterance is not None and undeclared(b))


@cache
def corpus_leaks() -> dict[str, list[Leak]]:
    """The leaks of every checked detector on the whole corpus, by behaviour (one pass)."""
    by_behaviour: dict[str, list[Leak]] = {b: [] for b in checked()}
    for leak in leaks([registry()[b] for b in by_behaviour], corpus()):
        by_behaviour[leak.behaviour].append(leak)
    return by_behaviour


def test_the_corpus_reads_every_detector_after_several_customer_turns() -> None:
    assert len(checked()) >= 18  # every utterance detector but one declares a read or none
    paraphrases = registry()["paraphrases"]  # reads the customer's turn: read after each
    assert sum(len(variants(s, paraphrases)) > 1 for s in corpus()) > 1_000


@pytest.mark.parametrize("behaviour", checked())
def test_a_detector_reads_only_what_it_declares(behaviour: str) -> None:
    found = corpus_leaks()[behaviour]
    assert not found, "\n".join(str(leak) for leak in found[:25])


# The checks of the check: made-up detectors that read what they do not declare.


def _sorry_to_the_upset(utterance: Utterance) -> list[Evidence]:
    """Quotes an apology said after a furious customer's turn (reads the context)."""
    if "furious" in utterance.context and "sorry" in utterance.text.lower():
        return [base.quote("spy", utterance, 0, len(utterance.text))]
    return []


def _glances_at_the_customer(utterance: Utterance) -> list[Evidence]:
    """Quotes the turn only after a customer's turn of some ten thousand characters: it
    reads the context, but the answer never matters after a turn of usual length."""
    if len(utterance.context) > 10_000:
        return [base.quote("spy", utterance, 0, len(utterance.text))]
    return []


def _greets_by_name(utterance: Utterance) -> list[Evidence]:
    """Quotes the customer's first name where the turn says it (reads the name)."""
    first = utterance.customer_name.split()[:1]
    at = utterance.text.find(first[0]) if first else -1
    return [base.quote("spy", utterance, at, at + len(first[0]))] if at >= 0 else []


def _spy(detector: base.UtteranceDetector, **declares: bool) -> Behaviour:
    return Behaviour("spy", "responsive", "a made-up detector", False, detector, **declares)


def _sample(text: str) -> Sample:
    return Sample(text, ("", UPSET), ("",))


def test_the_check_names_a_detector_that_reads_the_customer_turn_undeclared() -> None:
    text = "I'm sorry the courier let you down again."
    (leak,) = leaks([_spy(_sorry_to_the_upset)], [_sample(text)])
    assert (leak.read, leak.found, leak.declared) == (("context",), (text,), ())
    assert leak.context == UPSET
    assert "spy reads Utterance.context without declaring it" in str(leak)
    assert text in str(leak)
    assert not leaks([_spy(_sorry_to_the_upset, reads_context=True)], [_sample(text)])


def test_the_check_names_a_read_that_changes_nothing_on_the_corpus() -> None:
    """A read whose answer happens not to matter here may matter elsewhere: caught too."""
    text = "Your parcel left the depot this morning."
    (leak,) = leaks([_spy(_glances_at_the_customer)], [_sample(text)])
    assert (leak.read, leak.found, leak.declared) == (("context",), (), ())
    assert not leaks([_spy(_glances_at_the_customer, reads_context=True)], [_sample(text)])


def test_the_check_names_a_detector_that_reads_the_name_undeclared() -> None:
    text = "Good morning Grace, the refund went through an hour ago."
    found = leaks([_spy(_greets_by_name)], [Sample(text, ("", UPSET, "Hello?"), ("",))])
    (leak,) = found
    assert leak.read == ("customer_name",)
    assert leak.name == "Sam Patel"  # read with the first name already: the read shows it
    assert "Utterance.customer_name" in str(leak)
    assert not leaks([_spy(_greets_by_name, reads_name=True)], [_sample(text)])


def test_the_check_catches_a_real_reader_whose_declaration_is_dropped() -> None:
    """`minimises_feelings` reads the customer's turn (a calming word after an apology
    or an upset turn); declared as not reading it, its own named sentences show it."""
    entry = replace(registry()["minimises_feelings"], reads_context=False)
    found = leaks([entry], literal_samples([TESTS / "test_breakers.py"]))
    assert len(found) >= 5
    assert all(leak.read == ("context",) for leak in found)
    assert any(leak.found != leak.declared for leak in found)  # it finds other evidence too


def _recording(seen: list[Utterance]) -> base.UtteranceDetector:
    def record(utterance: Utterance) -> list[Evidence]:
        seen.append(utterance)
        return []

    return record


def test_detect_hands_a_detector_only_what_it_declares(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "I'm so sorry, Sam, the courier lost it."
    handed: dict[str, list[Utterance]] = {"non_apology": [], "paraphrases": []}
    for behaviour, seen in handed.items():
        entry = replace(registry()[behaviour], utterance=_recording(seen))
        monkeypatch.setitem(base._REGISTRY, behaviour, entry)
    detect(text, UPSET, customer_name="Sam Patel", behaviours=list(handed))
    assert handed["non_apology"] == [Utterance(text)]  # declares neither
    assert handed["paraphrases"] == [Utterance(text, UPSET)]  # declares the context


def test_score_hands_a_detector_only_what_it_declares(monkeypatch: pytest.MonkeyPatch) -> None:
    """Also where a name reader that reads the customer's turn sits beside one that does
    not (none does today): the other is handed the turn emptied."""
    text = "I'm so sorry, Sam, the courier lost it."
    handed: dict[str, list[Utterance]] = {b: [] for b in ("non_apology", "paraphrases")}
    handed["uses_customer_name"] = []
    for behaviour, seen in handed.items():
        entry = replace(registry()[behaviour], utterance=_recording(seen), triggers=None)
        if behaviour == "paraphrases":
            entry = replace(entry, reads_name=True)  # both: the mixed name readers
        monkeypatch.setitem(base._REGISTRY, behaviour, entry)
    monkeypatch.setattr(scoring, "_PLANS", {})
    monkeypatch.setattr(scoring, "_last", None)
    thread = make_conversation(
        "reads", [("customer", UPSET), ("agent", text)], customer_name="Sam Patel"
    )
    scoring.score(thread, DEFAULT)
    assert handed["non_apology"] == [Utterance(text)]  # on turn 0: findings are reused
    assert handed["paraphrases"] == [Utterance(text, UPSET, 0, "Sam Patel")]
    assert handed["uses_customer_name"] == [Utterance(text, "", 0, "Sam Patel")]
