"""Team names an administrator can tell apart.

Found as the demo administrator: "chat & e-mail" was created beside "Chat & E-mail", and the
two then stood side by side in every team list and survey form.
"""

from __future__ import annotations

import pytest

from legendary.people.models import Team
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
