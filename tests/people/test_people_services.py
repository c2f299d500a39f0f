"""Writes to the organisation: organisations, teams, people, logins, reporting lines."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from legendary.people.models import Organisation, Role
from legendary.people.services import (
    PeopleError,
    create_organisation,
    create_person,
    create_team,
    invite_person,
    set_reporting_line,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_passwords(settings: object) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]


@pytest.fixture
def org() -> Organisation:
    return create_organisation("Harbour & Vine")


def test_organisation_slug_comes_from_the_name(org: Organisation) -> None:
    assert org.slug == "harbour-vine"


def test_a_taken_slug_is_refused_with_the_fix(org: Organisation) -> None:
    with pytest.raises(PeopleError, match="organisation slug: 'harbour-vine' is taken"):
        create_organisation("Harbour Vine")


def test_a_nested_team_must_stay_in_its_organisation(org: Organisation) -> None:
    other = create_organisation("Elsewhere")
    with pytest.raises(PeopleError, match="team parent"):
        create_team(org, "Kiosk", parent=create_team(other, "Store"))


def test_team_names_are_unique_per_organisation(org: Organisation) -> None:
    create_team(org, "Store")
    with pytest.raises(PeopleError, match="already has a team called 'Store'"):
        create_team(org, "Store")


def test_a_person_without_login_has_no_account(org: Organisation) -> None:
    person = create_person(org, "Fran Frontline")
    assert person.user is None
    assert person.role == Role.FRONTLINE


def test_a_login_stores_only_a_hash_of_the_password(org: Organisation) -> None:
    person = create_person(
        org,
        "Lena Leader",
        role=Role.LEADER,
        with_login=True,
        username="lena",
        password="s3cret-words",
    )
    assert person.user is not None
    assert person.user.password != "s3cret-words"
    assert person.user.check_password("s3cret-words")


def test_a_login_without_password_cannot_sign_in_until_invited(org: Organisation) -> None:
    person = create_person(org, "Nina New", email="Nina@HV.test", with_login=True)
    assert person.user is not None
    assert person.user.username == "nina@hv.test"
    assert not person.user.has_usable_password()


def test_an_unknown_role_is_refused(org: Organisation) -> None:
    with pytest.raises(PeopleError, match="person role: 'boss' is not one of"):
        create_person(org, "Bo", role="boss")


def test_a_duplicate_email_is_refused_and_nothing_is_created(org: Organisation) -> None:
    create_person(org, "Fran", email="fran@hv.test")
    with pytest.raises(PeopleError, match=r"fran@hv\.test is already someone"):
        create_person(org, "Fran Two", email="fran@hv.test", with_login=True)
    assert not User.objects.filter(username="fran@hv.test").exists()


def test_a_taken_username_rolls_back_the_person(org: Organisation) -> None:
    create_person(org, "Sam One", with_login=True, username="sam")
    with pytest.raises(PeopleError, match="username: 'sam' is taken"):
        create_person(org, "Sam Two", with_login=True, username="sam")
    assert not org.people.filter(name="Sam Two").exists()


def test_invite_gives_a_one_time_link(org: Organisation) -> None:
    person = create_person(org, "Ivy Indirect")
    invitation = invite_person(person, username="ivy")
    assert invitation.path.startswith("/welcome/")
    assert invitation.url.endswith(invitation.path)
    person.refresh_from_db()
    assert person.user is not None
    assert person.user.username == "ivy"
    assert not person.user.has_usable_password()


def test_reinviting_disables_the_old_password(org: Organisation) -> None:
    person = create_person(org, "Tom", with_login=True, username="tom", password="old-password-1")
    invite_person(person)
    assert person.user is not None
    person.user.refresh_from_db()
    assert not person.user.check_password("old-password-1")


def test_reporting_lines_cannot_loop(org: Organisation) -> None:
    leader = create_person(org, "Lena", role=Role.LEADER)
    manager = create_person(org, "Maya", role=Role.MANAGER, manager=leader)
    frontline = create_person(org, "Fran", manager=manager)
    with pytest.raises(PeopleError, match="Fran already reports to Lena"):
        set_reporting_line(leader, frontline)
    with pytest.raises(PeopleError, match="cannot manage themselves"):
        set_reporting_line(leader, leader)


def test_a_manager_from_another_organisation_is_refused(org: Organisation) -> None:
    outsider = create_person(create_organisation("Elsewhere"), "Otto")
    with pytest.raises(PeopleError, match="Otto belongs to another organisation"):
        create_person(org, "Fran", manager=outsider)
