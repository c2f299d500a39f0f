"""How often the engine's verdicts agree with the people who reviewed them.

A reviewer (a QA analyst or a manager) reads a scored conversation and, for each behaviour,
agrees with the engine's verdict or corrects it. Each such review gives a pair
(the engine's outcome, the reviewer's outcome), each one of "present", "absent" or "na"
(`legendary.care.scorecard.Outcome`). This module turns many pairs into the figures a
reader needs to trust, or distrust, the automatic scores:

* `n` and the raw agreement: the share of pairs where both said the same;
* Cohen's kappa over the three outcomes: agreement beyond what two raters with these
  habits would reach by chance. It is undefined (None, with `kappa_note` saying why) when
  there is nothing to compare or when both always said one and the same outcome: chance
  alone then explains all agreement, and 1.0 would claim more than the reviews show;
* for "present": precision, recall and F1 of the engine against the reviewer, and the
  confusion counts (`legendary.care.evaluation.binary_scores`; the reviewer is the gold);
* applicability disagreements: the reviewer said N/A where the engine judged the behaviour
  (present or absent), and the other way round.

It also measures the gap between reviewed and engine scores (0-100) of a CARE quality:
the mean of reviewed minus engine, so a positive gap means the reviewers scored higher.

Pure Python; the web app, the API and a notebook all read reviews through it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from legendary.care.evaluation import Scores, binary_scores
from legendary.care.scorecard import Outcome

__all__ = [
    "MINIMUM_REVIEWS",
    "Agreement",
    "ScoreGap",
    "agreement",
    "agreement_by_behaviour",
    "score_gap",
]

#: Fewer reviewed conversations than this for a behaviour and its figures say more about
#: which conversations happened to be reviewed than about the engine: pages say "too few
#: reviews to judge" beside them.
MINIMUM_REVIEWS = 20

_OUTCOMES: tuple[str, ...] = tuple(o.value for o in Outcome)
_PRESENT = Outcome.PRESENT.value
_NA = Outcome.NOT_APPLICABLE.value

#: Why kappa has no value, by cause.
NO_PAIRS = "no reviews yet"
ONE_CLASS = "both always said the same outcome, so chance explains all agreement"


@dataclass(frozen=True, slots=True)
class Agreement:
    """The engine against its reviewers for one behaviour (or any group of pairs).

    `present` holds the engine's precision, recall and F1 for "present" with the reviewer
    as gold, and `present.confusion` the tp/fp/fn/tn counts; `precision`, `recall` and
    `f1` below are None where their denominator is zero, where `present` says 0.0.
    """

    behaviour: str
    n: int
    agreed: int
    kappa: float | None
    kappa_note: str
    present: Scores
    #: The reviewer said N/A where the engine judged the behaviour present or absent.
    reviewer_na: int
    #: The engine said N/A where the reviewer judged it present or absent.
    engine_na: int
    #: Pairs by (engine, reviewer) outcome, every one of the nine listed.
    table: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        """Raw agreement, 0-1: the share of pairs where both gave the same outcome."""
        return self.agreed / self.n if self.n else None

    @property
    def disagreed(self) -> int:
        """Pairs where the reviewer corrected the engine."""
        return self.n - self.agreed

    @property
    def engine_judged(self) -> int:
        """Pairs where the engine said present or absent (not N/A)."""
        return sum(v for (engine, _), v in self.table.items() if engine != _NA)

    @property
    def reviewer_na_rate(self) -> float | None:
        """0-1: of the pairs the engine judged, the share the reviewer called N/A."""
        judged = self.engine_judged
        return self.reviewer_na / judged if judged else None

    @property
    def precision(self) -> float | None:
        """Of the engine's "present", the share the reviewer agreed with; None if the
        engine never said present."""
        c = self.present.confusion
        return self.present.precision if c["tp"] + c["fp"] else None

    @property
    def recall(self) -> float | None:
        """Of the reviewer's "present", the share the engine found too; None if the
        reviewer never said present."""
        c = self.present.confusion
        return self.present.recall if c["tp"] + c["fn"] else None

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall; None when either is undefined."""
        if self.precision is None or self.recall is None:
            return None
        return self.present.f1

    @property
    def too_few(self) -> bool:
        """Fewer than `MINIMUM_REVIEWS` pairs: too few reviews to judge the engine by."""
        return self.n < MINIMUM_REVIEWS

    def as_dict(self) -> dict[str, object]:
        """JSON-ready figures (rates 0-1, rounded to four decimals; None where undefined)."""
        return {
            "behaviour": self.behaviour,
            "n": self.n,
            "agreed": self.agreed,
            "agreement": _rounded(self.rate),
            "kappa": _rounded(self.kappa),
            "kappa_note": self.kappa_note,
            "precision": _rounded(self.precision),
            "recall": _rounded(self.recall),
            "f1": _rounded(self.f1),
            "confusion": dict(self.present.confusion),
            "reviewer_na": self.reviewer_na,
            "engine_na": self.engine_na,
            "too_few": self.too_few,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def agreement(pairs: Iterable[tuple[str, str]], behaviour: str = "") -> Agreement:
    """The figures for (engine outcome, reviewer outcome) pairs, each "present", "absent"
    or "na". Raises ValueError naming an outcome that is none of these."""
    table: Counter[tuple[str, str]] = Counter()
    for engine, reviewer in pairs:
        for outcome in (engine, reviewer):
            if outcome not in _OUTCOMES:
                raise ValueError(f"{outcome!r} is not an outcome; use one of {_OUTCOMES}")
        table[(engine, reviewer)] += 1
    n = sum(table.values())
    agreed = sum(table[(o, o)] for o in _OUTCOMES)
    kappa, note = _kappa(table, n, agreed)
    return Agreement(
        behaviour=behaviour,
        n=n,
        agreed=agreed,
        kappa=kappa,
        kappa_note=note,
        # binary_scores takes (gold, predicted): the reviewer is the gold.
        present=binary_scores(
            (reviewer == _PRESENT, engine == _PRESENT)
            for (engine, reviewer), count in table.items()
            for _ in range(count)
        ),
        reviewer_na=sum(v for (e, r), v in table.items() if r == _NA and e != _NA),
        engine_na=sum(v for (e, r), v in table.items() if e == _NA and r != _NA),
        table={(e, r): table[(e, r)] for e in _OUTCOMES for r in _OUTCOMES},
    )


def _kappa(table: Mapping[tuple[str, str], int], n: int, agreed: int) -> tuple[float | None, str]:
    """Cohen's kappa, (observed - expected) / (1 - expected), with the expected agreement
    from each rater's own share of each outcome; (None, why) where it is undefined."""
    if n == 0:
        return None, NO_PAIRS
    engine = Counter[str]()
    reviewer = Counter[str]()
    for (e, r), count in table.items():
        engine[e] += count
        reviewer[r] += count
    # Integer arithmetic until the end, so "always the same outcome" is exactly detected.
    expected_times_n2 = sum(engine[o] * reviewer[o] for o in _OUTCOMES)
    if expected_times_n2 == n * n:
        return None, ONE_CLASS
    return (agreed * n - expected_times_n2) / (n * n - expected_times_n2), ""


def agreement_by_behaviour(rows: Iterable[tuple[str, str, str]]) -> dict[str, Agreement]:
    """(behaviour, engine outcome, reviewer outcome) rows in, each behaviour's figures out,
    in the order the behaviours first appear."""
    pairs: dict[str, list[tuple[str, str]]] = {}
    for behaviour, engine, reviewer in rows:
        pairs.setdefault(behaviour, []).append((engine, reviewer))
    return {behaviour: agreement(p, behaviour) for behaviour, p in pairs.items()}


@dataclass(frozen=True, slots=True)
class ScoreGap:
    """Reviewed against engine scores (0-100) of one quality: how many conversations had
    both, and the mean of reviewed minus engine (None with none)."""

    n: int
    mean_difference: float | None


def score_gap(pairs: Iterable[tuple[float | None, float | None]]) -> ScoreGap:
    """The gap for (engine score, reviewed score) pairs; a pair with either score None
    (nothing in that quality applied) is left out, not counted as a zero."""
    differences = [
        reviewed - engine
        for engine, reviewed in pairs
        if engine is not None and reviewed is not None
    ]
    mean = sum(differences) / len(differences) if differences else None
    return ScoreGap(len(differences), mean)
