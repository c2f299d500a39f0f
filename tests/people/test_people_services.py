"""Writes to the organisation: organisations, teams, people, logins, reporting lines."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from legendary.people.models import Organisation, Person, Role
from legendary.people.services import (
    PeopleError,
    awaits_first_password,
    create_organisation,
    create_person,
    create_team,
    deactivate_person,
    invite_new_person,
    invite_person,
    reactivate_person,
    resend_invitation,
    set_reporting_line,
    update_person,
    update_team,
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
    with pytest.raises(PeopleError, match=r"already has fran@hv\.test"):
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


def test_a_frontline_provider_cannot_manage_anyone(org: Organisation) -> None:
    fran = create_person(org, "Fran", role=Role.FRONTLINE)
    # Fran sees only her own conversations: as a manager she would see nothing of Cole's.
    with pytest.raises(PeopleError, match="Fran is a frontline provider and would not see Cole"):
        create_person(org, "Cole", manager=fran)
    cole = create_person(org, "Cole")
    with pytest.raises(PeopleError, match="first make Fran a manager"):
        set_reporting_line(cole, fran)
    fran.role = Role.MANAGER
    fran.save(update_fields=["role"])
    assert set_reporting_line(cole, fran).manager == fran


def test_a_manager_from_another_organisation_is_refused(org: Organisation) -> None:
    outsider = create_person(create_organisation("Elsewhere"), "Otto")
    with pytest.raises(PeopleError, match="Otto belongs to another organisation"):
        create_person(org, "Fran", manager=outsider)


# --- the administrator's writes: invite, update, deactivate, teams ------------------------


def test_inviting_a_new_person_needs_an_email(org: Organisation) -> None:
    with pytest.raises(PeopleError, match="sent by e-mail") as refused:
        invite_new_person(org, "Nina Newcomer", email=" ")
    assert refused.value.field == "email"
    assert not org.people.exists()


def test_inviting_a_new_person_makes_the_person_account_and_link(org: Organisation) -> None:
    manager = create_person(org, "Maya", role=Role.MANAGER)
    invitation = invite_new_person(
        org, "Nina Newcomer", email="Nina@HV.test", role=Role.FRONTLINE, manager=manager
    )
    nina = invitation.person
    assert (nina.email, nina.manager, invitation.username) == (
        "nina@hv.test",
        manager,
        "nina@hv.test",
    )
    assert nina.user is not None
    assert not nina.user.has_usable_password()
    assert awaits_first_password(nina)


def test_an_address_that_already_signs_in_leaves_no_person_behind(org: Organisation) -> None:
    User.objects.create_user("nina@hv.test")
    with pytest.raises(PeopleError, match="already signs in to Legendary") as refused:
        invite_new_person(org, "Nina Newcomer", email="nina@hv.test")
    assert refused.value.field == "email"
    assert not org.people.filter(name="Nina Newcomer").exists()


def test_only_people_without_a_password_are_reinvited(org: Organisation) -> None:
    signed_up = create_person(
        org, "Tom", email="tom@hv.test", with_login=True, password="pw-123456"
    )
    with pytest.raises(PeopleError, match="already chosen a password"):
        resend_invitation(signed_up)
    assert signed_up.user is not None
    signed_up.user.refresh_from_db()
    assert signed_up.user.check_password("pw-123456")
    no_address = create_person(org, "Walter")
    with pytest.raises(PeopleError, match="no e-mail address") as refused:
        resend_invitation(no_address)
    assert refused.value.field == "email"
    waiting = create_person(org, "Nina", email="nina@hv.test")
    assert resend_invitation(waiting).username == "nina@hv.test"


def test_deactivating_switches_the_login_off_and_keeps_the_reporting_line(
    org: Organisation,
) -> None:
    manager = create_person(org, "Maya", role=Role.MANAGER)
    fran = create_person(
        org, "Fran", manager=manager, with_login=True, username="fran", password="pw-123456"
    )
    deactivate_person(fran)
    fran.refresh_from_db()
    assert fran.user is not None
    assert (fran.active, fran.user.is_active, fran.manager) == (False, False, manager)
    assert not awaits_first_password(fran)
    with pytest.raises(PeopleError, match="reactivate them first"):
        resend_invitation(fran)
    reactivate_person(fran)
    fran.user.refresh_from_db()
    assert fran.user.is_active


def test_update_person_refuses_a_loop_and_writes_nothing(org: Organisation) -> None:
    leader = create_person(org, "Lena", role=Role.LEADER)
    maya = create_person(org, "Maya", role=Role.MANAGER, manager=leader)
    fran = create_person(org, "Fran", manager=maya)
    with pytest.raises(PeopleError, match="Fran already reports to Maya") as refused:
        update_person(maya, name="Maya M", role=Role.LEADER, title="Head", manager=fran)
    assert refused.value.field == "manager"
    maya.refresh_from_db()
    assert (maya.name, maya.role, maya.title, maya.manager) == ("Maya", Role.MANAGER, "", leader)


def test_a_manager_with_reports_is_not_made_frontline(org: Organisation) -> None:
    maya = create_person(org, "Maya", role=Role.MANAGER)
    create_person(org, "Fran", manager=maya)
    create_person(org, "Finn", manager=maya)
    with pytest.raises(PeopleError, match="Maya has 2 people reporting to them") as refused:
        update_person(maya, name="Maya", role=Role.FRONTLINE, title="", manager=None)
    assert refused.value.field == "role"
    maya.refresh_from_db()
    assert maya.role == Role.MANAGER


def test_update_person_changes_every_field_and_can_deactivate(org: Organisation) -> None:
    store = create_team(org, "Store")
    lena = create_person(org, "Lena", role=Role.LEADER)
    fran = create_person(org, "Fran")
    update_person(
        fran,
        name=" Fran Frontline ",
        role=Role.MANAGER,
        title="Lead",
        team=store,
        manager=lena,
        active=False,
    )
    fran.refresh_from_db()
    assert (fran.name, fran.role, fran.title, fran.team, fran.manager, fran.active) == (
        "Fran Frontline",
        Role.MANAGER,
        "Lead",
        store,
        lena,
        False,
    )


def test_an_administrator_cannot_demote_or_deactivate_themselves(org: Organisation) -> None:
    adam = create_person(org, "Adam", role=Role.ADMIN)
    with pytest.raises(PeopleError, match="your own role") as refused:
        update_person(adam, name="Adam", role=Role.FRONTLINE, by=adam)
    assert refused.value.field == "role"
    with pytest.raises(PeopleError, match="cannot deactivate yourself"):
        update_person(adam, name="Adam", role=Role.ADMIN, active=False, by=adam)
    adam.refresh_from_db()
    assert (adam.role, adam.active) == (Role.ADMIN, True)
    other = create_person(org, "Ada", role=Role.ADMIN)
    update_person(adam, name="Adam", role=Role.LEADER, by=other)
    assert Person.objects.get(pk=adam.pk).role == Role.LEADER


def test_a_team_cannot_sit_inside_itself_or_its_nested_teams(org: Organisation) -> None:
    store = create_team(org, "Store")
    kiosk = create_team(org, "Kiosk", parent=store)
    corner = create_team(org, "Corner", parent=kiosk)
    with pytest.raises(PeopleError, match="Store cannot sit inside itself") as refused:
        update_team(store, name="Store", parent=store)
    assert refused.value.field == "parent"
    with pytest.raises(PeopleError, match="Store cannot sit inside Corner, which sits inside it"):
        update_team(store, name="Store", parent=corner)
    store.refresh_from_db()
    assert store.parent is None


def test_a_team_can_be_renamed_and_moved(org: Organisation) -> None:
    store = create_team(org, "Store")
    online = create_team(org, "Online")
    with pytest.raises(PeopleError, match="already has a team called 'Store'"):
        update_team(online, name="Store")
    update_team(online, name="Online shop", parent=store, description=" Web orders ")
    online.refresh_from_db()
    assert (online.name, online.parent, online.description) == ("Online shop", store, "Web orders")
    update_team(online, name="Online shop")  # keeping its own name is not a clash
    online.refresh_from_db()
    assert online.parent is None


def test_refusals_name_the_form_field_at_fault(org: Organisation) -> None:
    create_person(org, "Fran", email="fran@hv.test")
    with pytest.raises(PeopleError) as refused:
        create_person(org, "Fran Two", email="fran@hv.test")
    assert refused.value.field == "email"
    with pytest.raises(PeopleError) as refused:
        create_team(org, " ")
    assert refused.value.field == "name"
