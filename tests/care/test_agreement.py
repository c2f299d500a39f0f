"""The agreement library on small hand-made tables whose figures were worked out by hand.

Table A (ten reviews of one behaviour; engine first, reviewer second):
  present/present 4, absent/absent 3, present/absent 1, absent/present 1, present/na 1.
  Agreed 7 of 10: 0.7. Engine: present 6, absent 4, na 0; reviewer: present 5, absent 4,
  na 1. Expected by chance (6*5 + 4*4 + 0*1) / 100 = 0.46, so kappa = (0.7 - 0.46) /
  (1 - 0.46) = 0.24 / 0.54 = 4/9. For "present", reviewer as gold: tp 4, fp 2 (present/
  absent, present/na), fn 1, tn 3; precision 4/6, recall 4/5, F1 = 2*(2/3)*(4/5) /
  (2/3 + 4/5) = 8/11. The reviewer said N/A once where the engine judged: 1 of 10.
"""

from __future__ import annotations

import pytest

from legendary.care.agreement import (
    MINIMUM_REVIEWS,
    ONE_CLASS,
    agreement,
    agreement_by_behaviour,
    score_gap,
)

P, A, NA = "present", "absent", "na"
TABLE_A = [(P, P)] * 4 + [(A, A)] * 3 + [(P, A), (A, P), (P, NA)]


def test_table_a_figures_worked_out_by_hand() -> None:
    figures = agreement(TABLE_A, "apologises")
    assert figures.behaviour == "apologises"
    assert (figures.n, figures.agreed, figures.disagreed) == (10, 7, 3)
    assert figures.rate == pytest.approx(0.7)
    assert figures.kappa == pytest.approx(4 / 9)
    assert figures.present.confusion == {"tp": 4, "fp": 2, "fn": 1, "tn": 3}
    assert figures.precision == pytest.approx(4 / 6)
    assert figures.recall == pytest.approx(4 / 5)
    assert figures.f1 == pytest.approx(8 / 11)
    assert (figures.reviewer_na, figures.engine_na) == (1, 0)
    assert figures.reviewer_na_rate == pytest.approx(0.1)
    assert figures.table[(P, NA)] == 1
    assert figures.table[(NA, NA)] == 0
    assert figures.too_few  # 10 < MINIMUM_REVIEWS


def test_kappa_is_undefined_when_everyone_always_says_present() -> None:
    # Five reviews, all present/present: agreement 1.0, but expected agreement is 1.0 too,
    # so kappa's denominator is zero. It is None and says why, never 1.0 or a crash.
    figures = agreement([(P, P)] * 5)
    assert figures.rate == 1.0
    assert figures.kappa is None
    assert figures.kappa_note == ONE_CLASS
    assert figures.as_dict()["kappa"] is None


def test_kappa_is_undefined_when_the_behaviour_never_applied() -> None:
    # Three reviews where both said N/A: nothing present, so precision and recall have no
    # denominator either and are None (binary_scores itself says 0.0).
    figures = agreement([(NA, NA)] * 3)
    assert figures.kappa is None
    assert (figures.precision, figures.recall, figures.f1) == (None, None, None)
    assert figures.reviewer_na_rate is None  # the engine judged none of them


def test_complete_disagreement_gives_kappa_minus_one() -> None:
    # present/absent 2, absent/present 2: agreed 0, expected (2*2 + 2*2) / 16 = 0.5,
    # kappa = (0 - 0.5) / 0.5 = -1; no true positive, so precision, recall and F1 are 0.
    figures = agreement([(P, A), (P, A), (A, P), (A, P)])
    assert figures.kappa == pytest.approx(-1.0)
    assert (figures.precision, figures.recall, figures.f1) == (0.0, 0.0, 0.0)


def test_engine_na_where_the_reviewer_judged_is_counted_apart() -> None:
    # na/present 2, na/absent 1, absent/absent 1: the engine missed applicability 3 times.
    figures = agreement([(NA, P), (NA, P), (NA, A), (A, A)])
    assert (figures.engine_na, figures.reviewer_na) == (3, 0)
    # The engine never said present: precision undefined; recall 0 of 2.
    assert figures.precision is None
    assert figures.recall == 0.0


def test_no_reviews_at_all() -> None:
    figures = agreement([])
    assert (figures.n, figures.rate, figures.kappa) == (0, None, None)


def test_an_unknown_outcome_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'maybe'"):
        agreement([(P, "maybe")])


def test_by_behaviour_groups_rows_and_keeps_first_seen_order() -> None:
    rows = [("offers_help", P, P), ("apologises", A, P), ("offers_help", A, A)]
    figures = agreement_by_behaviour(rows)
    assert list(figures) == ["offers_help", "apologises"]
    assert figures["offers_help"].rate == 1.0
    assert figures["apologises"].rate == 0.0


def test_enough_reviews_is_not_too_few() -> None:
    assert not agreement([(P, P), (A, A)] * (MINIMUM_REVIEWS // 2)).too_few


def test_score_gap_is_reviewed_minus_engine_leaving_out_scores_that_did_not_apply() -> None:
    # (engine, reviewed): +10, -4, and two pairs left out for a None on either side.
    gap = score_gap([(60.0, 70.0), (80.0, 76.0), (None, 50.0), (40.0, None)])
    assert gap.n == 2
    assert gap.mean_difference == pytest.approx(3.0)
    assert score_gap([]).mean_difference is None
