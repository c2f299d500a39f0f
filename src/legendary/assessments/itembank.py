"""The versioned item bank: statements and questions as package data, validated on load.

Each version lives in `items/<version>.json` and is never edited once a campaign used it;
a campaign records the version it asked, so its results always read the same questions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from legendary.assessments.icare import Element, Perspective

ITEMS_PACKAGE = "legendary.assessments.items"


class ItemBankError(ValueError):
    """The item bank file is malformed; the message names the file and the place."""


@dataclass(frozen=True, slots=True)
class Statement:
    """One agreement statement, asked on the 5-point scale with "don't know"."""

    id: str
    element: Element
    text: str
    perspective: Perspective | None = None  # None for the pulse and the quiz


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    id: str
    element: Element
    text: str


@dataclass(frozen=True, slots=True)
class ItemBank:
    """Everything one version of the questionnaires asks."""

    version: str
    statements: tuple[Statement, ...]
    open_questions: tuple[OpenQuestion, ...]
    pulse_statements: tuple[Statement, ...]
    pulse_open_questions: tuple[OpenQuestion, ...]
    matrix_suggestion_question: str
    quiz_statements: tuple[Statement, ...]

    def for_perspective(self, perspective: Perspective | str) -> list[Statement]:
        """The ICARE statements one perspective answers, in ICARE order."""
        wanted = Perspective(perspective)
        return [s for s in self.statements if s.perspective == wanted]

    def statement(self, item_id: str) -> Statement:
        """Any statement of this version by id (ICARE, pulse or quiz)."""
        for s in (*self.statements, *self.pulse_statements, *self.quiz_statements):
            if s.id == item_id:
                return s
        raise KeyError(f"item {item_id!r} is not in item bank {self.version}")

    def element_of(self, item_id: str) -> Element:
        return self.statement(item_id).element


def available_versions() -> list[str]:
    """Versions shipped with the package, oldest first."""
    names = [p.name for p in resources.files(ITEMS_PACKAGE).iterdir()]
    return sorted(n.removesuffix(".json") for n in names if n.endswith(".json"))


def latest_version() -> str:
    versions = available_versions()
    if not versions:
        raise ItemBankError(f"no item bank files found in package {ITEMS_PACKAGE}")
    return versions[-1]


@cache
def load_item_bank(version: str | None = None) -> ItemBank:
    """Load and validate one version of the item bank (the newest when `version` is None)."""
    version = version or latest_version()
    name = f"{version}.json"
    source = resources.files(ITEMS_PACKAGE).joinpath(name)
    if not source.is_file():
        raise ItemBankError(
            f"item bank version {version!r} not found; available: {', '.join(available_versions())}"
        )
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ItemBankError(f"{name}, line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    return parse_item_bank(raw, name)


def parse_item_bank(raw: dict[str, Any], name: str) -> ItemBank:
    """Build an ItemBank from parsed JSON; every error names the file and the field."""
    if raw.get("version") != name.removesuffix(".json"):
        raise ItemBankError(
            f"{name}: field 'version' is {raw.get('version')!r} but must equal the file name"
        )
    seen: set[str] = set()
    statements: list[Statement] = []
    by_element = _field(raw, "statements", dict, name)
    for element in Element:
        per = _field(by_element, element.value, dict, f"{name}: statements")
        for perspective in Perspective:
            where = f"{name}: statements.{element.value}.{perspective.value}"
            rows = _field(per, perspective.value, list, where)
            if len(rows) < 5:
                raise ItemBankError(f"{where}: needs at least 5 statements, has {len(rows)}")
            for i, row in enumerate(rows):
                statements.append(
                    Statement(
                        id=_item_id(row, f"{where}[{i}]", seen),
                        element=element,
                        text=_text(row, f"{where}[{i}]"),
                        perspective=perspective,
                    )
                )
    pulse = _field(raw, "manager_pulse", dict, name)
    quiz = _field(raw, "quiz", dict, name)
    matrix = _field(raw, "team_matrix", dict, name)
    return ItemBank(
        version=raw["version"],
        statements=tuple(statements),
        open_questions=_open_questions(raw, "open_questions", f"{name}", seen),
        pulse_statements=_tagged_statements(pulse, f"{name}: manager_pulse", seen),
        pulse_open_questions=_open_questions(pulse, "open_questions", f"{name}: pulse", seen),
        matrix_suggestion_question=_text(
            matrix, f"{name}: team_matrix", field="suggestion_question"
        ),
        quiz_statements=_tagged_statements(quiz, f"{name}: quiz", seen),
    )


def _field(container: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = container.get(key)
    if not isinstance(value, kind):
        raise ItemBankError(f"{where}: field {key!r} must be a {kind.__name__}")
    return value


def _item_id(row: Any, where: str, seen: set[str]) -> str:
    if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not row["id"]:
        raise ItemBankError(f"{where}: every item needs a non-empty 'id'")
    if row["id"] in seen:
        raise ItemBankError(f"{where}: id {row['id']!r} is used twice; ids must be unique")
    seen.add(row["id"])
    return str(row["id"])


def _text(row: dict[str, Any], where: str, field: str = "text") -> str:
    text = row.get(field)
    if not isinstance(text, str) or len(text.strip()) < 10:
        raise ItemBankError(f"{where}: field {field!r} must be a sentence")
    return text.strip()


def _element(row: dict[str, Any], where: str) -> Element:
    try:
        return Element(str(row.get("element")))
    except ValueError:
        choices = ", ".join(e.value for e in Element)
        raise ItemBankError(
            f"{where}: field 'element' is {row.get('element')!r}; use one of {choices}"
        ) from None


def _tagged_statements(
    container: dict[str, Any], where: str, seen: set[str]
) -> tuple[Statement, ...]:
    rows = _field(container, "statements", list, where)
    return tuple(
        Statement(
            id=_item_id(row, f"{where}.statements[{i}]", seen),
            element=_element(row, f"{where}.statements[{i}]"),
            text=_text(row, f"{where}.statements[{i}]"),
        )
        for i, row in enumerate(rows)
    )


def _open_questions(
    container: dict[str, Any], key: str, where: str, seen: set[str]
) -> tuple[OpenQuestion, ...]:
    rows = _field(container, key, list, where)
    return tuple(
        OpenQuestion(
            id=_item_id(row, f"{where}.{key}[{i}]", seen),
            element=_element(row, f"{where}.{key}[{i}]"),
            text=_text(row, f"{where}.{key}[{i}]"),
        )
        for i, row in enumerate(rows)
    )
