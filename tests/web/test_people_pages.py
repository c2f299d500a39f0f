"""People list, person page, team list and team page."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from legendary.people.models import Role
from legendary.people.services import create_organisation
from web.conftest import PASSWORD, World, _person, make_scorecard


def test_people_list_shows_role_team_and_manager(leader: Client) -> None:
    page = leader.get(reverse("person_list")).content.decode()
    assert "Ivy Indirect" in page
    assert "Tom Teamlead" in page
    assert "Frontline provider" in page
    assert "8 people" in page


def test_people_list_searches_and_filters_by_role(leader: Client) -> None:
    page = leader.get(reverse("person_list"), {"role": "manager"}).content.decode()
    assert "Maya Manager" in page
    assert "Fran Frontline" not in page
    page = leader.get(reverse("person_list"), {"q": "ivy"}).content.decode()
    assert "1 person" in page


def test_person_page_shows_manager_reports_and_conversations(leader: Client, world: World) -> None:
    page = leader.get(reverse("person_detail", args=[world.manager.pk])).content.decode()
    assert f'href="/people/{world.leader.pk}/">Lena Leader</a>' in page
    assert "Fran Frontline" in page
    assert "Tom Teamlead" in page
    assert "Maya&#x27;s escalation" in page
    assert "Ivy&#x27;s booking" not in page  # Ivy's, not Maya's


def test_a_manager_sees_their_own_manager_by_name_without_a_link(
    manager: Client, world: World
) -> None:
    page = manager.get(reverse("person_detail", args=[world.manager.pk])).content.decode()
    assert "Lena Leader" in page
    assert f'href="/people/{world.leader.pk}/"' not in page


def test_team_list_nests_teams_and_counts_nested_people(leader: Client, world: World) -> None:
    page = leader.get(reverse("team_list")).content.decode()
    store_row = page.split(f'href="/teams/{world.store.pk}/"')[1].split("</tr>")[0]
    assert '<td class="num">4</td>' in store_row  # Maya, Fran + Tom, Ivy in Kiosk
    assert 'class="indent-1"><a href="/teams/' in page


def test_team_page_lists_members_nested_teams_and_their_conversations(
    leader: Client, world: World
) -> None:
    page = leader.get(reverse("team_detail", args=[world.store.pk])).content.decode()
    assert "Maya Manager" in page
    assert "Fran Frontline" in page
    assert f'href="/teams/{world.kiosk.pk}/">Kiosk</a>' in page
    assert "Ivy&#x27;s booking" in page  # served in the nested Kiosk team
    assert "Cole&#x27;s refund" not in page


def test_frontline_team_page_does_not_link_colleagues(frontline: Client, world: World) -> None:
    page = frontline.get(reverse("team_detail", args=[world.store.pk])).content.decode()
    assert "Maya Manager" in page
    assert f'href="/people/{world.manager.pk}/"' not in page
    assert f'href="/people/{world.frontline.pk}/"' in page


def test_a_frontline_team_page_names_teammates_but_shows_none_of_their_data(
    frontline: Client, world: World
) -> None:
    """The privacy rule: a frontline person sees only their own data. Checked on Fran's team
    page (QA, 23 November 2026): it names the people she works with and their titles, and
    nothing of theirs: no link to their pages, no conversation count, no conversation
    served only by them, and CARE figures that are hers alone."""
    make_scorecard(world.manager_conversation, overall=12.0)  # Maya's: must not show
    make_scorecard(world.frontline_conversation, overall=88.0)
    response = frontline.get(reverse("team_detail", args=[world.store.pk]))
    page = response.content.decode()
    assert "Maya Manager" in page
    assert "Maya&#x27;s escalation" not in page
    members = {m.name: (visible, count) for m, visible, count in response.context["members"]}
    assert members == {"Maya Manager": (False, 0), "Fran Frontline": (True, 1)}
    maya_row = page.split("Maya Manager")[1].split("</tr>")[0]
    assert 'title="Not in your view">–' in maya_row
    assert response.context["recent_total"] == 1
    assert response.context["care"].summary.overall == 88.0
    assert frontline.get(reverse("person_detail", args=[world.manager.pk])).status_code == 404


def test_an_organisation_without_teams_tells_each_role_what_that_means(db: None) -> None:
    """A senior leader of an organisation with no teams read "You are not part of a team
    yet" on the Teams page, which is wrong for a role that sees the whole organisation:
    the organisation has no teams. Each role now reads what is true for it, and who can
    change it."""
    org = create_organisation("Flat Co")
    lead = _person(org, "Lee Lead", Role.LEADER)
    _person(org, "Max Man", Role.MANAGER, manager=lead)
    _person(org, "Fay Front", Role.FRONTLINE)
    _person(org, "Ann Al", Role.ANALYST)
    _person(org, "Ada Min", Role.ADMIN)
    expected = {
        "lee": "Flat Co has no teams yet. An administrator creates them",
        "ann": "Flat Co has no teams yet. An administrator creates them",
        "ada": "Flat Co has no teams yet. Create the first with “Create a team” above",
        "max": "Neither you nor the people who report to you are in a team yet.",
        "fay": "You are not part of a team yet. An administrator puts people in teams.",
    }
    for username, message in expected.items():
        client = Client()
        assert client.login(username=username, password=PASSWORD)
        page = client.get(reverse("team_list")).content.decode()
        assert message in page, username
        if username in ("lee", "ann", "ada"):
            assert "You are not part of a team" not in page, username


def test_a_person_without_reports_gets_no_direct_reports_card(
    frontline: Client, leader: Client, world: World
) -> None:
    """A frontline person's own page said "0 direct reports": a card about nothing. It
    shows only for someone who has reports."""
    own = frontline.get(reverse("person_detail", args=[world.frontline.pk])).content.decode()
    assert "direct report" not in own
    theirs = leader.get(reverse("person_detail", args=[world.manager.pk])).content.decode()
    assert "direct report" in theirs
