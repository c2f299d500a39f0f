"""Every gate opens wherever its detector finds evidence, checked on a broad corpus.

Scoring (`scoring.score`) runs a gated utterance detector only on the turns its `Gate`
opens on, while `detect(text, context)` runs every detector on every turn: a pattern a
detector reads but its gate leaves out makes the two differ without a sound (c74228d
mended `trivialising` and `coordinated`, 32dd22e `non_apology_structure`, each found by
chance). This module runs every gated utterance detector of the registry WITHOUT its
gate over

- every string literal of every test module in tests/care (read with `ast`: the named
  example sentences, the blind-block lines, their docstrings), each also after the
  strings written beside it (a `(context, text)` pair or a `Line(...)` call) as the
  customer's turn, for the detectors that read it;
- every phrase of the lexicons and every line of the sentiment corpus;
- the agent turns of demo conversations, with their customer turns and names,

and fails wherever a detector finds evidence in a turn its gate keeps closed, naming the
detector, the sentence, the evidence and the patterns the detector matched that its gate
leaves out. A new detector, or a new pattern that comes with named example sentences in
a test module, is covered with no change here. `test_reads.py` reads the same corpus
(`corpus()`) to check that every detector reads only what it declares.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from legendary.care import scoring
from legendary.care.behaviours import base
from legendary.care.behaviours.base import Behaviour, Gate, Utterance, registry
from legendary.care.evidence import Evidence
from legendary.care.patterns import AnchoredPattern, scan
from legendary.care.text import word_set
from legendary.demo.conversations import generate_conversations

TESTS = Path(__file__).parent
LEXICONS = Path(base.__file__).parent.parent / "lexicons"
UPSET = "My parcel never came and I'm furious."
#: Customer turns every text is also read after, by the detectors that read one: none,
#: an upset one and a plain question (several detectors judge the agent by the mood).
CONTEXTS = ("", UPSET, "What time do you open on Sunday?")
NAME = "Sam Patel"
#: The most strings a literal group may hold for them to count as each other's context:
#: a pair or a `Line(text, context, ...)` call, not a long list of unrelated lines.
GROUP = 4


@dataclass(frozen=True, slots=True)
class Sample:
    """An agent's turn to read, the customer turns it may follow, and the names of the
    customer it may be said to."""

    text: str
    contexts: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Miss:
    """Evidence a detector found in a turn its gate keeps closed."""

    behaviour: str
    text: str
    context: str
    name: str
    quotes: tuple[str, ...]
    left_out: tuple[str, ...]  # the patterns the detector matched that the gate lacks

    def __str__(self) -> str:
        return (
            f"{self.behaviour}: gate closed on {self.text[:160]!r} (after {self.context[:80]!r}, "
            f"name {self.name!r}), yet the detector found {list(self.quotes)}; "
            f"patterns it matched that the gate leaves out: {list(self.left_out) or '?'}"
        )


def _strings(nodes: Iterable[ast.AST]) -> list[str]:
    return [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def literal_samples(paths: Iterable[Path]) -> list[Sample]:
    """Every string literal with a letter in the modules at `paths`, each with the
    strings of its small group (tuple, list or call arguments) as contexts."""
    contexts: dict[str, set[str]] = {}
    for path in sorted(paths):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            group: list[str] = []
            if isinstance(node, ast.Tuple | ast.List):
                group = _strings(node.elts)
            elif isinstance(node, ast.Call):
                group = _strings([*node.args, *(k.value for k in node.keywords)])
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                group = [node.value]
            group = [s for s in group if any(c.isalpha() for c in s)]
            near = set(group) if len(group) <= GROUP else set()
            for text in group:
                contexts.setdefault(text, set()).update(near - {text})
    return [
        Sample(text, (*CONTEXTS, *sorted(near)), ("", NAME))
        for text, near in sorted(contexts.items())
    ]


def _lexicon_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if not value.startswith("re:"):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _lexicon_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _lexicon_strings(item)


def lexicon_samples() -> list[Sample]:
    """Every phrase of the lexicons (the regexes aside) and every sentiment corpus line."""
    texts: set[str] = set()
    for path in sorted(LEXICONS.glob("*.json")):
        if path.stem != "sentiment_model":  # weights, not words
            texts.update(_lexicon_strings(json.loads(path.read_text(encoding="utf-8"))))
    for line in (LEXICONS / "sentiment_corpus.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.add(json.loads(line)["text"])
    return [Sample(t, CONTEXTS, ("",)) for t in sorted(texts) if any(c.isalpha() for c in t)]


def demo_samples(count: int = 40) -> list[Sample]:
    """The agent turns of `count` long demo conversations, after their customer turns."""
    out = []
    for conversation in generate_conversations("gates", count, long=True):
        name = scoring.customer_name_of(conversation)
        context = ""
        for turn in conversation.turns:
            if turn.is_customer:
                context = turn.text
            elif turn.is_agent:
                out.append(Sample(turn.text, (context,), (name,)))
    return out


@cache
def corpus() -> tuple[Sample, ...]:
    """The whole corpus (see the module doc), built once."""
    return (
        *literal_samples(TESTS.glob("*.py")),
        *lexicon_samples(),
        *demo_samples(),
    )


@cache
def pattern_names() -> dict[int, str]:
    """A readable name for each pattern of the detector modules' pattern sets (a
    dataclass of `AnchoredPattern`s built by a cached function, e.g. `breakers._patterns`)."""
    import legendary.care.behaviours as package

    names: dict[int, str] = {}
    modules = [m for m in vars(package).values() if isinstance(m, ModuleType)]
    for module in modules:
        for attr, value in vars(module).items():
            if not (callable(value) and hasattr(value, "cache_info")):
                continue
            try:
                made = value()
            except TypeError:
                continue  # takes arguments: no pattern set
            if is_dataclass(made) and not isinstance(made, type):
                for field in fields(made):
                    pattern = getattr(made, field.name)
                    if isinstance(pattern, AnchoredPattern):
                        short = module.__name__.rsplit(".", 1)[-1]
                        names.setdefault(pattern.id, f"{short}.{attr}().{field.name}")
    return names


def matched_patterns(
    detector: Callable[[Utterance], list[Evidence]], utterance: Utterance
) -> set[int]:
    """The ids of the anchored patterns that matched while `detector` read `utterance`
    (the per-text caches emptied first, so that helpers such as `find_promises` read
    the text again rather than answer from memory)."""
    seen: set[int] = set()
    finditer, search = AnchoredPattern.finditer, AnchoredPattern.search

    def traced_finditer(self: AnchoredPattern, *args: Any, **kwargs: Any) -> Any:
        found = finditer(self, *args, **kwargs)
        if found:
            seen.add(self.id)
        return found

    def traced_search(self: AnchoredPattern, *args: Any, **kwargs: Any) -> Any:
        found = search(self, *args, **kwargs)
        if found is not None:
            seen.add(self.id)
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AnchoredPattern, "finditer", traced_finditer)
        patch.setattr(AnchoredPattern, "search", traced_search)
        scoring.forget()
        detector(utterance)
    return seen


def misses(entries: dict[str, tuple[Behaviour, Gate]], samples: Iterable[Sample]) -> list[Miss]:
    """Every turn of `samples` where the detector of one of `entries` (behaviour id ->
    the behaviour and the gate to judge), run without its gate, finds evidence that the
    gate would never let it find (see `Miss`).

    Only the turns a gate keeps closed are read (the others cannot be missed); a
    detector is read after each context only if it reads the context, and with each name
    only if it reads the name, as scoring hands it them. The corpus is read text by text,
    so that the per-text caches (the scan, the words) serve every detector."""
    found: list[Miss] = []
    for sample in samples:
        text = sample.text
        matched = scan(text).matched
        said = word_set(text)
        for behaviour, gate in entries.values():
            for name in sample.names if behaviour.reads_name else ("",):
                if gate.opens(text, matched, said, name):
                    continue
                miss = _first_miss(behaviour, gate, sample, name)
                if miss is not None:
                    found.append(miss)
                    break  # one name is enough to show it
    return found


def _first_miss(behaviour: Behaviour, gate: Gate, sample: Sample, name: str) -> Miss | None:
    """The first context of `sample` after which `behaviour` finds evidence in its text."""
    detector = behaviour.utterance
    assert detector is not None
    for context in sample.contexts if behaviour.reads_context else ("",):
        utterance = Utterance(sample.text, context, 0, name)
        evidence = detector(utterance)
        if evidence:
            matched = matched_patterns(detector, utterance) - gate.patterns
            left_out = sorted(pattern_names().get(p, f"pattern #{p}") for p in matched)
            quotes = tuple(e.quote for e in evidence)
            return Miss(behaviour.id, sample.text, context, name, quotes, tuple(left_out))
    return None


def gated() -> list[str]:
    """The ids of the utterance detectors that declare a gate."""
    return sorted(b.id for b in registry().values() if b.triggers is not None and b.utterance)


def test_the_corpus_is_broad() -> None:
    samples = corpus()
    assert len(samples) > 20_000
    assert sum(len(s.contexts) > len(CONTEXTS) for s in samples) > 1_000  # pairs seen
    # the detectors actually checked: a gate that comes back None is not read at all
    assert len(corpus_misses()) >= 18


@cache
def corpus_misses() -> dict[str, list[Miss]]:
    """The misses of every gated detector on the whole corpus, by behaviour (one pass)."""
    entries = {}
    for behaviour in gated():
        entry = registry()[behaviour]
        assert entry.triggers is not None
        gate = entry.triggers()
        if gate is not None:  # None: declared but undecidable, the detector always runs
            entries[behaviour] = (entry, gate)
    by_behaviour: dict[str, list[Miss]] = {b: [] for b in entries}
    for miss in misses(entries, corpus()):
        by_behaviour[miss.behaviour].append(miss)
    return by_behaviour


@pytest.mark.parametrize("behaviour", gated())
def test_a_gate_opens_wherever_its_detector_finds_evidence(behaviour: str) -> None:
    if behaviour not in corpus_misses():
        pytest.skip(f"{behaviour}'s gate is None: the detector always runs, nothing to check")
    found = corpus_misses()[behaviour]
    assert not found, "\n".join(str(m) for m in found[:25])


def test_the_check_names_a_pattern_the_gate_leaves_out() -> None:
    """A gate built from one of `non_apology`'s two patterns (the gate 32dd22e mended)
    is caught on a line of the corpus, with the pattern it lacks named."""
    from legendary.care.behaviours import breakers

    entry = registry()["non_apology"]
    short = Gate.of(breakers._patterns().non_apology)
    sample = Sample("We regret that you chose to cancel your order with us.", ("",), ("",))
    (miss,) = misses({"non_apology": (entry, short)}, [sample])
    assert miss.quotes == (sample.text,)
    assert miss.left_out == ("breakers._patterns().non_apology_structure",)
    assert "non_apology_structure" in str(miss)
    assert not misses({"non_apology": (entry, entry.triggers() or Gate())}, [sample])
