"""The top navigation marks the section a page belongs to, once."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from legendary.web.nav import entries_for
from web.conftest import World


def current_labels(world: World, path: str) -> list[str]:
    request = RequestFactory().get(path)
    request.user = world.manager.user
    return [str(e["label"]) for e in entries_for(request) if e["current"]]


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/", "Home"),
        ("/conversations/12/", "Conversations"),
        ("/assessments/", "Culture surveys"),
        ("/assessments/5/results/", "Culture surveys"),
        ("/assessments/internal/", "Internal service"),
        # A survey's internal-service results: the manager came from "Internal service".
        ("/assessments/4/internal/", "Internal service"),
        ("/culture/goals/3/", "Vision & goals"),
    ],
)
def test_each_page_marks_one_section_as_current(world: World, path: str, label: str) -> None:
    assert current_labels(world, path) == [label]
