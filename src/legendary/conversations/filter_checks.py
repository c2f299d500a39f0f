"""One reading of the conversation list's choice filters, for the list page, its CSV and the
API alike: `channel`, `flag`, `reviewed`, `behaviour` and `outcome` (and an outcome without a
behaviour).

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

from legendary.care.behaviours.base import registry
from legendary.conversations.models import Channel
from legendary.conversations.selectors import BEHAVIOUR_OUTCOMES, FLAG_LABELS
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
