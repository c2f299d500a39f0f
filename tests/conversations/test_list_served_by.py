"""The "Served by" filter is offered to those who read other people's conversations.

A frontline person reads only the conversations they served, so the filter offered only
themselves: a control that could change nothing, under a label that suggested a choice.
"""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from web.conftest import (  # noqa: F401  (fixtures are found by name)
    World,
    frontline,
    leader,
    make_conversation,
    manager,
)

LIST = reverse("conversations:list")


def test_a_frontline_person_is_not_offered_a_served_by_filter(
    frontline: Client,  # noqa: F811
    world: World,
) -> None:
    page = frontline.get(LIST).content.decode()

    assert 'name="agent"' not in page
    assert ">Served by</label>" not in page
    # What the filter would have chosen is what the list already is: only their own.
    assert "Fran&#x27;s parcel" in page
    assert "Cole&#x27;s refund" not in page


def test_an_agent_in_the_address_changes_nothing_for_a_frontline_person(
    frontline: Client,  # noqa: F811
    world: World,
) -> None:
    make_conversation(world.frontline, world.colleague, subject="Handed over to Cole")
    page = frontline.get(LIST, {"agent": world.colleague.pk}).content.decode()

    assert "Fran&#x27;s parcel" in page
    assert "Handed over to Cole" in page
    assert "was left out" not in page


def test_managers_and_leaders_still_choose_who_served(
    manager: Client,  # noqa: F811
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    for viewer in (manager, leader):
        page = viewer.get(LIST).content.decode()
        assert ">Served by</label>" in page
        assert f'<option value="{world.frontline.pk}"' in page
