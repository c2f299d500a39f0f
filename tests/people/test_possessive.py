"""Headings that name whose figures they show read as English: "Stores' CARE profile"."""

from __future__ import annotations

import pytest

from legendary.people.care import possessive


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fran Frontline", "Fran Frontline's"),
        ("Store", "Store's"),
        ("Stores", "Stores'"),
        ("Returns", "Returns'"),
        ("BILLING OPS", "BILLING OPS'"),
    ],
)
def test_a_name_ending_in_s_takes_only_the_apostrophe(name: str, expected: str) -> None:
    assert possessive(name) == expected
