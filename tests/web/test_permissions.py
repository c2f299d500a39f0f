"""The permission matrix: every persona against every kind of object, one line per case.

Pages and API endpoints answer 404 (never 403) for what a persona may not see, so the
same table drives both. See conftest.py for who reports to whom.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.test import Client
from django.urls import reverse

from legendary.people import permissions
from legendary.people.models import Role
from web.conftest import World

SEEN, HIDDEN = 200, 404

CONVERSATIONS = [
    ("frontline", "frontline_conversation", SEEN),
    ("frontline", "colleague_conversation", HIDDEN),
    ("frontline", "indirect_conversation", HIDDEN),
    ("frontline", "manager_conversation", HIDDEN),
    ("frontline", "outsider_conversation", HIDDEN),
    ("colleague", "colleague_conversation", SEEN),
    ("colleague", "frontline_conversation", HIDDEN),
    ("indirect_report", "indirect_conversation", SEEN),
    ("indirect_report", "frontline_conversation", HIDDEN),
    ("manager", "manager_conversation", SEEN),
    ("manager", "frontline_conversation", SEEN),
    ("manager", "indirect_conversation", SEEN),
    ("manager", "colleague_conversation", HIDDEN),
    ("manager", "outsider_conversation", HIDDEN),
    ("leader", "frontline_conversation", SEEN),
    ("leader", "colleague_conversation", SEEN),
    ("leader", "indirect_conversation", SEEN),
    ("leader", "outsider_conversation", HIDDEN),
    ("analyst", "frontline_conversation", SEEN),
    ("analyst", "colleague_conversation", SEEN),
    ("analyst", "manager_conversation", SEEN),
    ("analyst", "outsider_conversation", HIDDEN),
    ("admin", "colleague_conversation", SEEN),
    ("admin", "outsider_conversation", HIDDEN),
    ("outsider", "outsider_conversation", SEEN),
    ("outsider", "frontline_conversation", HIDDEN),
    ("outsider", "colleague_conversation", HIDDEN),
]

PEOPLE = [
    ("frontline", "frontline", SEEN),
    ("frontline", "colleague", HIDDEN),
    ("frontline", "manager", HIDDEN),
    ("indirect_report", "frontline", HIDDEN),
    ("manager", "manager", SEEN),
    ("manager", "frontline", SEEN),
    ("manager", "teamlead", SEEN),
    ("manager", "indirect_report", SEEN),
    ("manager", "colleague", HIDDEN),
    ("manager", "leader", HIDDEN),
    ("manager", "outsider", HIDDEN),
    ("leader", "colleague", SEEN),
    ("leader", "indirect_report", SEEN),
    ("leader", "outsider", HIDDEN),
    ("analyst", "frontline", SEEN),
    ("analyst", "leader", SEEN),
    ("analyst", "outsider", HIDDEN),
    ("admin", "manager", SEEN),
    ("admin", "outsider", HIDDEN),
    ("outsider", "outsider", SEEN),
    ("outsider", "frontline", HIDDEN),
]

TEAMS = [
    ("frontline", "store", SEEN),
    ("frontline", "online", HIDDEN),
    ("frontline", "kiosk", HIDDEN),
    ("indirect_report", "kiosk", SEEN),
    ("indirect_report", "store", HIDDEN),
    ("manager", "store", SEEN),
    ("manager", "kiosk", SEEN),
    ("manager", "online", HIDDEN),
    ("leader", "online", SEEN),
    ("leader", "kiosk", SEEN),
    ("leader", "other_org_team", HIDDEN),
    ("analyst", "online", SEEN),
    ("admin", "kiosk", SEEN),
    ("outsider", "other_org_team", SEEN),
    ("outsider", "store", HIDDEN),
]


def _status(request: pytest.FixtureRequest, persona: str, url: str) -> int:
    client: Client = request.getfixturevalue(persona)
    return client.get(url).status_code


@pytest.mark.parametrize(("persona", "target", "expected"), CONVERSATIONS)
def test_conversation_page(
    request: pytest.FixtureRequest, world: World, persona: str, target: str, expected: int
) -> None:
    url = reverse("conversations:detail", args=[getattr(world, target).pk])
    assert _status(request, persona, url) == expected


@pytest.mark.parametrize(("persona", "target", "expected"), CONVERSATIONS)
def test_conversation_api(
    request: pytest.FixtureRequest, world: World, persona: str, target: str, expected: int
) -> None:
    url = f"/api/conversations/{getattr(world, target).pk}"
    assert _status(request, persona, url) == expected


@pytest.mark.parametrize(("persona", "target", "expected"), PEOPLE)
def test_person_page(
    request: pytest.FixtureRequest, world: World, persona: str, target: str, expected: int
) -> None:
    url = reverse("person_detail", args=[getattr(world, target).pk])
    assert _status(request, persona, url) == expected


@pytest.mark.parametrize(("persona", "target", "expected"), PEOPLE)
def test_person_api(
    request: pytest.FixtureRequest, world: World, persona: str, target: str, expected: int
) -> None:
    assert _status(request, persona, f"/api/people/{getattr(world, target).pk}") == expected


@pytest.mark.parametrize(("persona", "target", "expected"), TEAMS)
def test_team_page(
    request: pytest.FixtureRequest, world: World, persona: str, target: str, expected: int
) -> None:
    url = reverse("team_detail", args=[getattr(world, target).pk])
    assert _status(request, persona, url) == expected


@pytest.mark.parametrize(("persona", "target", "expected"), TEAMS)
def test_team_api(
    request: pytest.FixtureRequest, world: World, persona: str, target: str, expected: int
) -> None:
    assert _status(request, persona, f"/api/teams/{getattr(world, target).pk}") == expected


# What each persona's lists contain: exactly the visible objects, nothing more.
VISIBLE_CONVERSATIONS = {
    "frontline": {"Fran's parcel"},
    "indirect_report": {"Ivy's booking"},
    "manager": {"Fran's parcel", "Ivy's booking", "Maya's escalation"},
    "leader": {"Fran's parcel", "Ivy's booking", "Maya's escalation", "Cole's refund"},
    "analyst": {"Fran's parcel", "Ivy's booking", "Maya's escalation", "Cole's refund"},
    "outsider": {"Otto's ticket"},
}

VISIBLE_PEOPLE = {
    "frontline": {"Fran Frontline"},
    "manager": {"Maya Manager", "Fran Frontline", "Tom Teamlead", "Ivy Indirect"},
    "leader": {
        "Lena Leader",
        "Maya Manager",
        "Fran Frontline",
        "Tom Teamlead",
        "Ivy Indirect",
        "Cole Colleague",
        "Ana Analyst",
        "Adam Admin",
    },
    "outsider": {"Otto Outsider"},
}


@pytest.mark.parametrize(("persona", "subjects"), VISIBLE_CONVERSATIONS.items())
def test_conversation_list_api_holds_only_visible(
    request: pytest.FixtureRequest, persona: str, subjects: set[str]
) -> None:
    client: Client = request.getfixturevalue(persona)
    items = client.get("/api/conversations").json()["items"]
    assert {item["subject"] for item in items} == subjects


@pytest.mark.parametrize(("persona", "subjects"), VISIBLE_CONVERSATIONS.items())
def test_conversation_list_page_holds_only_visible(
    request: pytest.FixtureRequest, persona: str, subjects: set[str]
) -> None:
    client: Client = request.getfixturevalue(persona)
    page = client.get(reverse("conversations:list")).content.decode()
    for subject in VISIBLE_CONVERSATIONS["leader"] | {"Otto's ticket"}:
        assert (subject.replace("'", "&#x27;") in page) == (subject in subjects), subject


@pytest.mark.parametrize(("persona", "names"), VISIBLE_PEOPLE.items())
def test_people_api_holds_only_visible(
    request: pytest.FixtureRequest, persona: str, names: set[str]
) -> None:
    client: Client = request.getfixturevalue(persona)
    assert {p["name"] for p in client.get("/api/people").json()["items"]} == names


@pytest.mark.parametrize(
    ("persona", "teams"),
    [
        ("frontline", {"Store"}),
        ("manager", {"Store", "Kiosk"}),
        ("leader", {"Store", "Kiosk", "Online"}),
        ("outsider", {"Elsewhere support"}),
    ],
)
def test_teams_api_holds_only_visible(
    request: pytest.FixtureRequest, persona: str, teams: set[str]
) -> None:
    client: Client = request.getfixturevalue(persona)
    assert {t["name"] for t in client.get("/api/teams").json()} == teams


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("frontline", False),
        ("analyst", False),
        ("manager", True),
        ("leader", True),
        ("admin", True),
    ],
)
def test_private_survey_answers(world: World, persona: str, allowed: bool) -> None:
    person = getattr(world, persona)
    assert permissions.can_see_private_survey_answers(person.user) is allowed


@pytest.mark.parametrize(
    ("persona", "may_view", "may_edit"),
    [
        ("frontline", False, False),
        ("indirect_report", False, False),
        ("manager", True, False),
        ("leader", True, False),
        ("analyst", True, True),
        ("admin", True, True),
        ("outsider", True, False),
    ],
)
def test_rubric_rules(world: World, persona: str, may_view: bool, may_edit: bool) -> None:
    user = getattr(world, persona).user
    assert permissions.can_view_rubric(user) is may_view
    assert permissions.can_edit_rubric(user) is may_edit


CHANGED = 302  # a saved change redirects back to the page

RUBRIC_PAGE = [
    ("frontline", HIDDEN, HIDDEN),
    ("indirect_report", HIDDEN, HIDDEN),
    ("manager", SEEN, HIDDEN),
    ("leader", SEEN, HIDDEN),
    ("analyst", SEEN, CHANGED),
    ("admin", SEEN, CHANGED),
    ("outsider", SEEN, HIDDEN),
]


@pytest.mark.parametrize(("persona", "page", "rescore"), RUBRIC_PAGE)
def test_service_standards_page(
    request: pytest.FixtureRequest, world: World, persona: str, page: int, rescore: int
) -> None:
    client: Client = request.getfixturevalue(persona)
    assert client.get(reverse("standards:page")).status_code == page
    assert client.post(reverse("standards:rescore")).status_code == rescore


@pytest.mark.parametrize("persona", ["frontline", "manager", "leader"])
def test_only_editors_add_standards(
    request: pytest.FixtureRequest, world: World, persona: str
) -> None:
    client: Client = request.getfixturevalue(persona)
    form = {"name": "Say hello", "kind": "include", "phrases": "hello", "weight": "1"}
    form |= {"quality": "committed", "scope": "any", "based_on": "2026.11-1"}
    assert client.post(reverse("standards:new"), form).status_code == HIDDEN
    assert not world.org.rubric_versions.exclude(version="2026.11-1").exists()


@pytest.mark.parametrize("url", ["/", "/conversations/", "/people/", "/teams/"])
def test_anonymous_visitor_is_sent_to_login(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("url", ["/api/conversations", "/api/people", "/api/teams"])
def test_anonymous_api_call_is_refused(client: Client, url: str) -> None:
    assert client.get(url).status_code == 401


def test_a_login_without_a_person_sees_nothing(world: World) -> None:
    user = User.objects.create_user("stray", password="irrelevant-password")
    assert not permissions.visible_people(user).exists()
    assert not permissions.visible_conversations(user).exists()
    assert not permissions.visible_teams(user).exists()
    assert permissions.person_for(AnonymousUser()) is None


def test_a_person_who_left_sees_nothing(world: World) -> None:
    assert permissions.visible_conversations(world.leader.user).exists()  # while they served
    world.leader.active = False
    world.leader.save()
    assert not permissions.visible_conversations(world.leader.user).exists()


def test_reports_are_found_through_every_level(world: World) -> None:
    assert permissions.report_ids(world.manager) == {
        world.frontline.pk,
        world.teamlead.pk,
        world.indirect_report.pk,
    }
    assert world.manager.pk in permissions.report_ids(world.leader)


def test_a_reporting_cycle_in_the_data_does_not_loop(world: World) -> None:
    # Written around the service, which refuses cycles, to simulate bad imported data.
    type(world.leader).objects.filter(pk=world.leader.pk).update(manager=world.indirect_report)
    assert world.leader.pk in permissions.report_ids(world.manager)


def test_role_helpers_name_the_role(world: World) -> None:
    assert permissions.is_frontline(world.frontline.user)
    assert permissions.is_manager(world.manager.user)
    assert permissions.is_leader(world.leader.user)
    assert permissions.is_analyst(world.analyst.user)
    assert permissions.is_admin(world.admin.user)
    assert permissions.role_of(world.frontline.user) == Role.FRONTLINE
    assert permissions.has_reports(world.teamlead.user)
    assert not permissions.has_reports(world.frontline.user)


def test_can_view_helpers_agree_with_the_querysets(world: World) -> None:
    user = world.manager.user
    assert permissions.can_view_person(user, world.indirect_report)
    assert not permissions.can_view_person(user, world.colleague)
    assert permissions.can_view_conversation(user, world.indirect_conversation)
    assert not permissions.can_view_conversation(user, world.colleague_conversation)
    assert permissions.can_view_team(user, world.kiosk)
    assert not permissions.can_view_team(user, world.online)
