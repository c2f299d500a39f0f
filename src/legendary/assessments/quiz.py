"""The public ICARE quiz: a personal profile computed on the spot and stored nowhere."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from legendary.assessments.icare import Element, agreement_to_score
from legendary.assessments.itembank import ItemBank
from legendary.culture.library import SuggestedAction, actions_for


@dataclass(frozen=True)
class QuizProfile:
    """Scores per element (0-100, None if every answer was "don't know") and suggestions."""

    scores: dict[Element, float | None]
    strongest: Element | None
    to_grow: Element | None
    suggestions: list[SuggestedAction]


def quiz_profile(bank: ItemBank, answers: Mapping[str, int | None]) -> QuizProfile:
    """Turn quiz answers into a profile; unknown item ids are an error, not ignored."""
    known = {s.id: s for s in bank.quiz_statements}
    unknown = set(answers) - set(known)
    if unknown:
        raise ValueError(f"quiz answers name unknown items: {', '.join(sorted(unknown))}")
    per: dict[Element, list[int]] = {e: [] for e in Element}
    for item_id, value in answers.items():
        if value is not None:
            per[known[item_id].element].append(value)
    scores = {
        e: round(agreement_to_score(sum(v) / len(v)), 1) if v else None for e, v in per.items()
    }
    answered = [(s, e) for e, s in scores.items() if s is not None]
    strongest = max(answered)[1] if answered else None
    to_grow = min(answered)[1] if answered else None
    suggestions = actions_for(to_grow)[:3] if to_grow else []
    return QuizProfile(scores=scores, strongest=strongest, to_grow=to_grow, suggestions=suggestions)
