"""Team names an administrator can tell apart.

Found as the demo administrator: "chat & e-mail" was created beside "Chat & E-mail", and the
two then stood side by side in every team list and survey form.
"""

from __future__ import annotations

import pytest

from legendary.people.models import Team
from legendary.people.selectors import team_tree, with_member_counts
from legendary.people.services import (
    PeopleError,
    create_organisation,
    create_team,
    update_team,
)

pytestmark = pytest.mark.django_db


def test_a_team_name_differing_only_in_capitals_is_refused() -> None:
    org = create_organisation("Harbour & Vine")
    create_team(org, "Chat & E-mail")
    with pytest.raises(PeopleError, match="already has a team called") as refused:
        create_team(org, "chat & e-mail")
    assert refused.value.field == "name"
    phones = create_team(org, "Phones")
    with pytest.raises(PeopleError, match="already has a team called"):
        update_team(phones, name="CHAT & E-MAIL")
    # A team may change the capitals of its own name, and another organisation is free.
    update_team(phones, name="PHONES")
    create_team(create_organisation("Elsewhere Ltd"), "chat & e-mail")
    assert Team.objects.filter(organisation=org).count() == 2


def test_team_lists_are_in_name_order_not_creation_order() -> None:
    # Found on a first install: a "Support" team made by `createuser --team` stayed above
    # "Customer Care", imported later, on the Teams page and the home page.
    desk = create_organisation("Kettle Lane Support", "kettle")
    create_team(desk, "Support")
    care = create_team(desk, "Customer Care")
    create_team(desk, "Returns", parent=care)
    create_team(desk, "Billing", parent=care)

    tree = team_tree(with_member_counts(Team.objects.filter(organisation=desk)))

    assert [(team.name, depth) for team, depth, _ in tree] == [
        ("Customer Care", 0),
        ("Billing", 1),
        ("Returns", 1),
        ("Support", 0),
    ]
