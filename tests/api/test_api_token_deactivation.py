"""A deactivation ends a person's API tokens for good.

Before, a deactivated person's tokens were only refused while they were deactivated: once
an administrator reactivated them (a leaver who came back, a deactivation by mistake), a
token they had handed to a script months before worked again, though everyone had been told
"their tokens stop working". Now every way of deactivating (the person's edit page, the
people services, Django's admin saving the person or only the account) revokes their live
tokens, saying why; reactivation brings none back, and a new token works.
"""

from __future__ import annotations

from click.testing import CliRunner
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from legendary.api import tokens
from legendary.api.models import ApiToken
from legendary.cli import main
from legendary.people.models import Person
from legendary.people.services import deactivate_person, reactivate_person
from web.conftest import World
from web.test_people_admin import edit_form


def _token(person: Person, name: str = "Nightly export") -> str:
    assert person.user is not None
    return tokens.issue_token(person.user, name, days=30).secret


def _me(secret: str) -> tuple[int, str]:
    answer = Client(headers={"Authorization": f"Bearer {secret}"}).get("/api/me")
    return answer.status_code, answer.json().get("detail", "")


def test_deactivated_and_reactivated_on_the_edit_page_the_old_token_stays_dead(
    admin: Client, world: World
) -> None:
    secret = _token(world.frontline)
    others = _token(world.colleague)
    url = reverse("person_edit", args=[world.frontline.pk])
    assert admin.post(url, edit_form(world.frontline, active=False)).status_code == 302
    back = edit_form(Person.objects.get(pk=world.frontline.pk), active=True)
    assert admin.post(url, back).status_code == 302
    fran = Person.objects.get(pk=world.frontline.pk)
    assert fran.active
    assert fran.user is not None
    assert fran.user.is_active

    status, detail = _me(secret)
    assert status == 401
    assert "revoked on" in detail
    assert "when its owner was deactivated" in detail
    assert "Create a new token" in detail  # they are back: a new one would work
    assert _me(others)[0] == 200  # nobody else's token was touched

    page = admin.get(reverse("organisation_api_tokens")).content.decode()
    assert "when its owner was deactivated" in page
    fresh = _token(fran, name="After coming back")
    assert _me(fresh)[0] == 200


def test_the_people_services_revoke_and_reactivation_revives_nothing(world: World) -> None:
    secret = _token(world.colleague)
    deactivate_person(world.colleague, by=world.admin)
    row = ApiToken.objects.get()
    assert row.revoked_at is not None
    assert row.revoked_because == tokens.OWNER_DEACTIVATED
    first_revoked = row.revoked_at
    reactivate_person(world.colleague)
    assert _me(secret)[0] == 401
    deactivate_person(world.colleague, by=world.admin)  # again: the first time is kept
    assert ApiToken.objects.get().revoked_at == first_revoked


def _off_and_on(row: User | Person, field: str) -> None:
    """Switch `field` off and on again, saving the row alone, as Django's admin does."""
    for value in (False, True):
        setattr(row, field, value)
        row.save()


def test_djangos_admin_switching_off_only_the_account_revokes_too(world: World) -> None:
    # /admin/ saves the User alone (is_active), or the Person alone (active).
    account_only = _token(world.frontline)
    _off_and_on(User.objects.get(pk=world.frontline.user_id), "is_active")
    assert _me(account_only)[0] == 401

    person_only = _token(world.colleague)
    _off_and_on(Person.objects.get(pk=world.colleague.pk), "active")
    assert _me(person_only)[0] == 401


def test_an_unrelated_save_of_an_inactive_account_revokes_nothing_new(world: World) -> None:
    # A token created after reactivation survives the account's later ordinary saves.
    deactivate_person(world.frontline, by=world.admin)
    reactivate_person(world.frontline)
    fresh = _token(world.frontline)
    user = User.objects.get(pk=world.frontline.user_id)
    user.first_name = "Fran"
    user.save(update_fields=["first_name"])
    assert _me(fresh)[0] == 200


def test_the_commands_list_the_revoked_token_and_issue_a_working_one(world: World) -> None:
    old = _token(world.frontline, name="Old export")
    deactivate_person(world.frontline, by=world.admin)
    refused = CliRunner().invoke(main, ["token", "create", "--user", "fran", "--name", "Again"])
    assert refused.exit_code != 0
    assert "deactivated" in refused.stderr
    reactivate_person(world.frontline)

    listed = CliRunner().invoke(main, ["token", "list", "--user", "fran"])
    assert "revoked" in listed.stdout
    assert "Old export" in listed.stdout
    created = CliRunner().invoke(main, ["token", "create", "--user", "fran", "--name", "New"])
    assert created.exit_code == 0, created.output
    assert _me(created.stdout.strip())[0] == 200
    assert _me(old)[0] == 401
