"""A service's refusal ("field: what is wrong") read for people, in one way everywhere.

The culture forms, the people pages and the roster import each split the message
themselves before (three copies, slightly different); `legendary.lib.refusals` does it
now. These tests hold the three readers to the same reading, so a copy that drifts fails.
"""

from __future__ import annotations

import pytest

from legendary.culture.forms import read_refusal
from legendary.culture.services import CultureError
from legendary.lib.refusals import capitalised, split_refusal
from legendary.people.forms import plain_message
from legendary.people.roster import RosterRow, _at
from legendary.people.services import PeopleError

# (message, the field it names): the second has a colon in its explanation; the last names
# no field.
REFUSALS = [
    ("email: sam@harbourline.example is already someone's address", "email"),
    ("manager of Dee: would report to herself: choose another", "manager of Dee"),
    ("the team has been deleted", ""),
]


@pytest.mark.parametrize(("message", "field"), REFUSALS)
def test_the_field_is_what_stands_before_the_first_colon(message: str, field: str) -> None:
    named, explanation = split_refusal(message)
    assert named == field
    assert explanation == (message[len(field) + 2 :] if field else message)


def test_an_explanation_is_shown_as_a_sentence() -> None:
    assert capitalised("choose a later day") == "Choose a later day"
    assert capitalised("") == ""


@pytest.mark.parametrize("message", [message for message, _ in REFUSALS])
def test_the_pages_and_the_roster_read_a_refusal_alike(message: str) -> None:
    explanation = split_refusal(message)[1]
    row = RosterRow(3, "Dee Lane", "dee@harbourline.example", "manager", "", "", "", "")
    assert plain_message(PeopleError(message)) == capitalised(explanation)
    assert read_refusal(CultureError(message))[1] == capitalised(explanation) + "."
    roster_line = _at("people.csv", row, PeopleError(message, field="manager_email")).problems[0]
    assert roster_line == f'people.csv, line 3, field "manager_email": {explanation}'


def test_a_culture_refusal_names_the_form_field() -> None:
    refusal = CultureError("due date: 3 Mar 2026 has passed; choose today or later.")
    assert read_refusal(refusal) == ("due_on", "3 Mar 2026 has passed; choose today or later.")
