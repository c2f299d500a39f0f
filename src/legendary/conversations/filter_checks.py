"""One reading of the conversation list's choice filters, for the list page, its CSV and the
API alike: `channel`, `flag`, `reviewed`, `behaviour` and `outcome` (and an outcome without a
behaviour), and of `team` (a number, and a team the reader may see).

Each place used to judge these on its own (the page through its form's choices, the API with
its own checks and its own words: "outcome: 'na' is not an outcome" there, "“outcome=na” in
the address is not understood" here), so a value could be refused in different words, or a
rule changed in one place and not the other. Now both ask `choice_problems` and say
`FilterProblem.sentence`, adding only what each did about it (the page leaves the filter out,
the CSV makes no file, the API answers 400).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import QuerySet

from legendary.care.behaviours.base import registry
from legendary.conversations.models import Channel
from legendary.conversations.selectors import BEHAVIOUR_OUTCOMES, FLAG_LABELS
from legendary.people.models import Team
from legendary.web.params import bad_parameter, one_of

#: The choice filters this module reads, in the order their problems are named.
CHOICE_FILTERS = ("channel", "flag", "reviewed", "behaviour", "outcome")

#: The values of `reviewed`: "yes", only those someone reviewed; "no", those nobody has.
REVIEWED = ("yes", "no")

#: What `outcome` should be; also said when it comes without a behaviour.
OUTCOME_EXPECTED = (
    f"{' or '.join(BEHAVIOUR_OUTCOMES)}, beside a behaviour "
    "(such as behaviour=acknowledges_need&outcome=absent)"
)


#: What `team` should be: the page offers the teams in its "Team" list, the API in
#: GET /api/teams; both are the teams the reader may see.
TEAM_EXPECTED = (
    "the number of a team you can see, as the “Team” list offers them "
    "(GET /api/teams lists them too)"
)

#: The largest id a database row can have (64 bits): a larger number is no team either,
#: never an overflow in the database.
_LARGEST_ID = 2**63 - 1


@dataclass(frozen=True)
class FilterProblem:
    """A filter value that cannot be used: the filter's name, the value as given and what
    it should be."""

    name: str
    value: str
    expected: str

    def sentence(self, instead: str) -> str:
        """The words every place says, then `instead`: what that place did about it."""
        return bad_parameter(self.name, self.value, self.expected, instead)


def expected(name: str) -> str:
    """What the choice filter `name` accepts, in words."""
    if name == "channel":
        return one_of(Channel.values)
    if name == "flag":
        return one_of(FLAG_LABELS)
    if name == "reviewed":
        return " or ".join(REVIEWED)
    if name == "behaviour":
        return one_of(registry())
    return OUTCOME_EXPECTED


def allowed(name: str, value: str) -> bool:
    """Whether `value` is one of the choice filter `name`'s values (empty: no filter)."""
    if not value:
        return True
    if name == "channel":
        return value in Channel.values
    if name == "flag":
        return value in FLAG_LABELS
    if name == "reviewed":
        return value in REVIEWED
    if name == "behaviour":
        return value in registry()
    return value in BEHAVIOUR_OUTCOMES


def choice_problems(values: Mapping[str, object]) -> list[FilterProblem]:
    """The problems of the choice filters among `values` (a query's parameters): a value
    that is not one of its filter's, and an outcome asked for without a behaviour ("Missing"
    alone says nothing: which behaviour?). An outcome beside an unknown behaviour is named
    once, on the behaviour."""
    given = {name: str(values.get(name) or "") for name in CHOICE_FILTERS}
    problems = [
        FilterProblem(name, given[name], expected(name))
        for name in CHOICE_FILTERS
        if not allowed(name, given[name])
    ]
    if given["outcome"] and not given["behaviour"] and allowed("outcome", given["outcome"]):
        problems.append(FilterProblem("outcome", given["outcome"], OUTCOME_EXPECTED))
    return problems


def team_problem(value: object, teams: QuerySet[Team]) -> FilterProblem | None:
    """The problem of `team=value` for a reader who may see `teams`, or None (no value, or
    one of theirs). Not a number, no such team and a team outside their view (of another
    organisation too) are refused in the same words, so the answer says nothing of teams
    they may not see."""
    given = str(value or "").strip()
    if not given:
        return None
    number = int(given) if given.isascii() and given.isdigit() else 0
    if 1 <= number <= _LARGEST_ID and teams.filter(pk=number).exists():
        return None
    return FilterProblem("team", given, TEAM_EXPECTED)
