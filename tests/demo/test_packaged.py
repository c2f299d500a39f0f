"""The demo's package data: malformed entries are reported with file, entry and field."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from legendary.demo import scenarios
from legendary.demo.conversations import AgentProfile, CustomerProfile, _Writer
from legendary.demo.packaged import DemoDataError, Entry, check_slots, entries


def test_the_generator_fills_exactly_the_documented_slots() -> None:
    writer = _Writer(
        random.Random(1),
        random.Random(2),
        AgentProfile("Robin Lake"),
        CustomerProfile("C1", "Ada Marsh"),
        scenarios.SCENARIOS[0],
        "chat",
        datetime(2026, 5, 1, 10, tzinfo=UTC),
        False,
        (AgentProfile("Robin Lake"),),
    )
    assert set(writer.slots) == set(scenarios.SLOTS)


def test_a_template_with_an_unknown_slot_is_named_with_its_place() -> None:
    with pytest.raises(DemoDataError, match=r"scenario 2 \('x'\): template .*\{prodcut\}"):
        check_slots(["Your {prodcut} is late"], scenarios.SLOTS, "scenario 2 ('x')")


def test_a_missing_field_names_the_file_entry_and_field() -> None:
    data = {"scenarios": [{"key": "late", "title": ""}]}
    (entry,) = entries(data, "scenarios", "scenarios.json", "scenario")
    with pytest.raises(
        DemoDataError, match=r"scenarios.json, scenario 1 \('late'\), field 'title'"
    ):
        entry.text("title")


def test_a_chance_outside_zero_to_one_is_refused() -> None:
    entry = Entry({"tendencies": {"paraphrases": 1.5}}, "people.json, person 7")
    with pytest.raises(DemoDataError, match=r"person 7, field 'tendencies'.*between 0 and 1"):
        entry.chances("tendencies", ["paraphrases"])


def test_pairs_must_be_pairs_of_texts() -> None:
    entry = Entry({"options": [["refund it"]]}, "scenarios.json, scenario 3")
    with pytest.raises(DemoDataError, match=r"field 'options': must be a list of \[text, text\]"):
        entry.pairs("options")


def test_an_empty_list_of_entries_is_refused() -> None:
    with pytest.raises(DemoDataError, match="field 'people': must be a non-empty list"):
        entries({"people": []}, "people", "people.json", "person")
