"""A password hash written without `set_password` replaces the survey sign-in key too.

The sign-in key (`SignInKey`) stands for "the password its owner has now" and was replaced
only by the post_save of a `set_password`. Up to 055e303 a hash written any other way kept
it: `User.objects.filter(...).update(password=...)` sends no signal at all, and a raw hash
saved from a shell or a custom form carries no raw password. Whoever wrote the hash could
then sign in as the person and find their survey link under "My surveys". The key now
remembers the hash it was made for and is replaced when it is next read against another;
Django's re-hash of the SAME password at sign-in still keeps it, and the re-hash cannot be
used to launder a hash written behind its back.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.test import Client

from assessments.conftest import PASSWORD, open_icare_campaign, with_login
from legendary.assessments.models import Invitation, SignInKey, signin_digest
from legendary.people.models import Person, Role
from legendary.people.services import create_organisation, create_team

MD5 = "django.contrib.auth.hashers.MD5PasswordHasher"
SCRYPT = "django.contrib.auth.hashers.ScryptPasswordHasher"
CHOSEN = "picked-by-someone-else-58"


@pytest.fixture
def mona(db: None) -> Person:
    """Mona signs in with PASSWORD; her culture survey was launched with that sign-in."""
    org = create_organisation("Quiet Keys Ltd")
    desk = create_team(org, "Front desk")
    person = with_login(org, "Mona Lind", Role.FRONTLINE, desk, email="mona@example.org")
    open_icare_campaign(org, "Winter culture check")
    return person


def _offered(password: str) -> bool:
    """Does "My surveys" offer Mona's link to whoever signs in as her with `password`?"""
    client = Client()
    assert client.login(username="mona", password=password)
    page = client.get("/assessments/").content.decode()
    return Invitation.objects.get(person__user__username="mona").token in page


def test_the_owner_is_offered_the_link(mona: Person) -> None:
    assert _offered(PASSWORD)


def test_a_hash_written_by_a_queryset_update_unbinds_the_link(mona: Person) -> None:
    User.objects.filter(username="mona").update(password=make_password(CHOSEN))
    assert not _offered(CHOSEN)


def test_a_raw_hash_saved_on_the_user_unbinds_the_link(mona: Person) -> None:
    """What a custom form or a shell does when it stores a hash it was given."""
    user = User.objects.get(username="mona")
    user.password = make_password(CHOSEN)
    user.save()
    assert not _offered(CHOSEN)


def test_a_raw_hash_saved_as_the_password_field_alone_unbinds_the_link(mona: Person) -> None:
    """The same save as Django's re-hash at sign-in, but not a re-hash: the old hash was
    not due an update."""
    user = User.objects.get(username="mona")
    user.password = make_password(CHOSEN)
    user.save(update_fields=["password"])
    assert not _offered(CHOSEN)


def test_a_rehash_at_sign_in_keeps_the_link(db: None, settings: Any) -> None:
    settings.PASSWORD_HASHERS = [MD5]
    org = create_organisation("Old Hashes Ltd")
    with_login(org, "Mona Lind", Role.FRONTLINE, create_team(org, "Desk"))
    open_icare_campaign(org, "Winter culture check")
    key = SignInKey.objects.get(user__username="mona").key
    settings.PASSWORD_HASHERS = [SCRYPT, MD5]  # the upgrade: her next sign-in re-hashes
    assert _offered(PASSWORD)
    assert User.objects.get(username="mona").password.startswith("scrypt$")
    assert _offered(PASSWORD)
    assert SignInKey.objects.get(user__username="mona").key == key


def test_a_rehash_does_not_launder_a_hash_written_before_it(db: None, settings: Any) -> None:
    """The chain: write an old-style hash of a password you chose with `update()` (no
    signal), then sign in with it so Django re-hashes it. The re-hash replaces a hash the
    key was not made for, so the key is replaced anyway."""
    settings.PASSWORD_HASHERS = [MD5]
    org = create_organisation("Old Hashes Ltd")
    with_login(org, "Mona Lind", Role.FRONTLINE, create_team(org, "Desk"))
    open_icare_campaign(org, "Winter culture check")
    User.objects.filter(username="mona").update(password=make_password(CHOSEN))
    settings.PASSWORD_HASHERS = [SCRYPT, MD5]
    assert not _offered(CHOSEN)
    assert User.objects.get(username="mona").password.startswith("scrypt$")


def test_the_migration_makes_existing_keys_stand_for_the_hashes_of_today(
    mona: Person,
) -> None:
    """Keys from before `made_for` stay valid: the migration notes each account's hash."""
    note_hashes = importlib.import_module(
        "legendary.assessments.migrations.0006_signin_key_made_for"
    ).note_hashes
    assert mona.user is not None
    row = SignInKey.objects.get(user=mona.user)
    key = row.key
    SignInKey.objects.update(made_for="")  # as before the migration

    note_hashes(django_apps, None)

    row.refresh_from_db()
    assert row.made_for == signin_digest(User.objects.get(username="mona").password)
    assert row.key == key
    assert _offered(PASSWORD)
