"""Reading the demo's package data (`legendary/demo/data/*.json`) with errors that say where.

The writing of the demo (scenarios, teams and people) lives in JSON so that it can be
edited without touching code; a mistake in it is reported with the file, the entry and the
field, and what was expected, instead of a KeyError deep inside the generator.
"""

from __future__ import annotations

import json
import string
from collections.abc import Collection, Mapping
from importlib import resources
from typing import Any


class DemoDataError(ValueError):
    """The demo's package data is malformed; the message names file, entry and field."""


def read_data(name: str) -> Mapping[str, Any]:
    """The parsed `data/<name>` file of this package (an object at the top level)."""
    where = f"legendary/demo/data/{name}"
    try:
        text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DemoDataError(f"{where}: file is missing from the package") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DemoDataError(f"{where}, line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise DemoDataError(f"{where}: the top level must be a JSON object")
    return data


class Entry:
    """One JSON object of a data file, with typed getters that name it in their errors."""

    def __init__(self, record: object, place: str) -> None:
        if not isinstance(record, dict):
            raise DemoDataError(f"{place}: must be a JSON object")
        self.record: dict[str, Any] = record
        self.place = place

    def error(self, field: str, expected: str) -> DemoDataError:
        return DemoDataError(f"{self.place}, field {field!r}: {expected}")

    def text(self, field: str) -> str:
        """A required non-empty string."""
        value = self.record.get(field)
        if not isinstance(value, str) or not value:
            raise self.error(field, "must be a non-empty string")
        return value

    def optional_text(self, field: str) -> str | None:
        """A string, or None where the field is missing or null."""
        value = self.record.get(field)
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise self.error(field, "must be a non-empty string or null")
        return value

    def texts(self, field: str, *, required: bool = True) -> tuple[str, ...]:
        """A list of non-empty strings (at least one when `required`)."""
        value = self.record.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error(field, "must be a list of non-empty strings")
        if required and not value:
            raise self.error(field, "must list at least one text")
        return tuple(value)

    def pairs(self, field: str) -> tuple[tuple[str, str], ...]:
        """A list of [first, second] string pairs (may be empty)."""
        value = self.record.get(field, [])
        ok = isinstance(value, list) and all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(s, str) and s for s in v)
            for v in value
        )
        if not ok:
            raise self.error(field, "must be a list of [text, text] pairs")
        return tuple((a, b) for a, b in value)

    def chances(self, field: str, known: Collection[str]) -> tuple[tuple[str, float], ...]:
        """An object of behaviour -> chance between 0 and 1, keys drawn from `known`."""
        value = self.record.get(field, {})
        if not isinstance(value, dict):
            raise self.error(field, "must be an object of behaviour: chance")
        for key, chance in value.items():
            if key not in known:
                raise self.error(field, f"{key!r} is not a known behaviour")
            if not isinstance(chance, int | float) or not 0 <= chance <= 1:
                raise self.error(field, f"the chance for {key!r} must be between 0 and 1")
        return tuple(sorted((k, float(v)) for k, v in value.items()))

    def choice(self, field: str, allowed: Collection[str]) -> str:
        """A string that must be one of `allowed`."""
        value = self.text(field)
        if value not in allowed:
            raise self.error(field, f"{value!r} is not one of {', '.join(sorted(allowed))}")
        return value


def entries(data: Mapping[str, Any], key: str, where: str, label: str) -> list[Entry]:
    """The objects listed under `key`, each named `<where>, <label> <n> (<its key>)`."""
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise DemoDataError(f"{where}, field {key!r}: must be a non-empty list")
    out = []
    for number, item in enumerate(items, start=1):
        name = item.get("key", "") if isinstance(item, dict) else ""
        out.append(Entry(item, f"{where}, {label} {number}" + (f" ({name!r})" if name else "")))
    return out


def check_slots(templates: Collection[str], allowed: Collection[str], place: str) -> None:
    """Refuse a template that names a slot the generator does not fill (a typo, usually)."""
    for template in templates:
        for _, slot, _, _ in string.Formatter().parse(template):
            if slot is not None and slot not in allowed:
                raise DemoDataError(
                    f"{place}: template {template[:60]!r} uses {{{slot}}}; "
                    f"known slots are {', '.join(sorted(allowed))}"
                )
