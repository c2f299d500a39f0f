"""The internal-service matrix page, read as the demo's senior leader (session 21).

Its table of each team's figures stood under no heading, its "Satisfaction (1-5)" column
said nothing of which end is good, and every row's link read "Plan an action", so a
screen reader listing the links heard five identical ones with nothing to tell them apart.
"""

from __future__ import annotations

import pytest
from django.test import Client

from legendary.assessments.models import Campaign, CampaignKind
from legendary.demo.load import load_demo_organisation
from legendary.people.models import Person


@pytest.fixture
def demo(db: None, settings: object) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]
    load_demo_organisation(seed=5, conversations=20)


@pytest.mark.usefixtures("demo")
def test_the_team_table_has_a_heading_a_reading_and_links_that_name_their_team() -> None:
    leader = Client()
    leader.force_login(_user("leader"))
    matrix = Campaign.objects.get(kind=CampaignKind.TEAM_MATRIX)
    page = leader.get(f"/assessments/{matrix.pk}/internal/").content.decode()
    assert "<h2>Each team's figures</h2>" in page
    assert "1 means very dissatisfied and 5 very satisfied" in page
    table = page[page.index("<h2>Each team's figures</h2>") :]
    table = table[: table.index("</table>")]
    assert 'aria-label="Plan an action with Chat &amp; E-mail"' in table


def _user(username: str) -> object:
    """The demo login's user."""
    return Person.objects.get(user__username=username).user
