"""The five ICARE elements, the three perspectives and the answer scale (plain data, no Django)."""

from __future__ import annotations

from enum import StrEnum


class Element(StrEnum):
    """The organisation's five steps to legendary service, in ICARE order."""

    IDEAL = "ideal"
    CULTURE = "culture"
    ATTENTIVENESS = "attentiveness"
    RESPONSIVENESS = "responsiveness"
    EMPOWERMENT = "empowerment"

    @property
    def label(self) -> str:
        return ELEMENT_LABELS[self]

    @property
    def letter(self) -> str:
        return self.label[0]


ELEMENT_LABELS: dict[Element, str] = {
    Element.IDEAL: "Ideal service",
    Element.CULTURE: "Culture of service",
    Element.ATTENTIVENESS: "Attentiveness",
    Element.RESPONSIVENESS: "Responsiveness",
    Element.EMPOWERMENT: "Empowerment",
}


class Perspective(StrEnum):
    """Who is answering; the same values as `people.models.Level`."""

    FRONTLINE = "frontline"
    MANAGER = "manager"
    LEADER = "leader"

    @property
    def label(self) -> str:
        return {"frontline": "Frontline", "manager": "Managers", "leader": "Senior leaders"}[
            self.value
        ]


# The agreement scale. "Don't know" is stored as no value: it is neither agreement nor
# disagreement, so it must not pull a score towards the middle.
AGREEMENT_SCALE: tuple[tuple[int, str], ...] = (
    (1, "Strongly disagree"),
    (2, "Disagree"),
    (3, "Neither agree nor disagree"),
    (4, "Agree"),
    (5, "Strongly agree"),
)
DONT_KNOW = "dk"


def agreement_to_score(value: float) -> float:
    """Map a 1-5 agreement (or a mean of them) onto 0-100, where 3 (neutral) is 50."""
    if not 1 <= value <= 5:
        raise ValueError(f"an agreement must lie between 1 and 5, got {value}")
    return (value - 1) * 25.0
