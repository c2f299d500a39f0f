"""An administrator cannot answer a survey in somebody else's name (session 13).

Every password is chosen through a one-time link that an administrator hands out (an
invitation, or a new-password link for someone who forgot theirs) and could open first;
and an administrator can change the address such a link, or a survey reminder, is sent to.
Both were ways to answer as someone: reset their password, sign in as them, open "My
surveys"; or give them your own address and send reminders.

The rule: a personal link is bound at launch to the address it was e-mailed to and to the
sign-in its owner had then. Reminders go to that address only (none once the address on
file differs), and "My surveys" offers the link only while the sign-in is unchanged; the
person still answers through the link in their mailbox.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.apps import apps as django_apps
from django.core import mail
from django.test import Client

from assessments.conftest import PASSWORD, open_icare_campaign, signed_in, with_login
from legendary.assessments.models import Campaign, Invitation, SignInKey
from legendary.assessments.services import send_reminders
from legendary.people.models import Person, Role
from legendary.people.services import (
    create_organisation,
    create_person,
    create_team,
    invite_person,
)


@pytest.fixture
def survey(db: None) -> dict[str, object]:
    org = create_organisation("Borrowed Names Ltd")
    desk = create_team(org, "Help desk")
    admin = with_login(org, "Ada Admin", Role.ADMIN, email="ada@example.org")
    rita = with_login(org, "Rita Reyes", Role.FRONTLINE, desk, email="rita@example.org")
    # Nadia has an address but had not chosen a password when the survey went out.
    nadia = create_person(org, "Nadia Noor", team=desk, email="nadia@example.org")
    campaign = open_icare_campaign(org, "Spring culture check")
    return {"campaign": campaign, "admin": admin, "rita": rita, "nadia": nadia}


def _invitation(survey: dict[str, object], who: str) -> Invitation:
    campaign, person = survey["campaign"], survey[who]
    assert isinstance(campaign, Campaign)
    assert isinstance(person, Person)
    return Invitation.objects.get(campaign=campaign, person=person)


def _my_surveys(client: Client) -> str:
    response = client.get("/assessments/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_owner_signed_in_as_at_launch_is_offered_their_link(
    survey: dict[str, object],
) -> None:
    rita = survey["rita"]
    assert isinstance(rita, Person)
    page = _my_surveys(signed_in(rita))
    assert _invitation(survey, "rita").token in page
    assert "Answer “Spring culture check”" in page


def test_a_password_reset_after_launch_does_not_open_the_survey_to_whoever_signs_in(
    survey: dict[str, object],
) -> None:
    """The attack: the administrator sets Rita's password (what opening the new-password
    link they hand out does), signs in as Rita and looks for her survey link."""
    rita = survey["rita"]
    assert isinstance(rita, Person)
    assert rita.user is not None
    rita.user.set_password("chosen-by-the-admin-77")
    rita.user.save()
    client = Client()
    assert client.login(username="rita", password="chosen-by-the-admin-77")
    page = _my_surveys(client)
    invitation = _invitation(survey, "rita")
    assert invitation.token not in page
    assert "cannot be answered from this sign-in" in page
    assert "rita@example.org" in page  # where the real link went
    # Rita herself still answers through the link in her mailbox.
    link = Client().get(f"/assessments/answer/{invitation.token}/")
    assert link.status_code == 200
    assert b"Spring culture check" in link.content


def test_a_sign_in_first_set_up_after_launch_is_not_offered_the_link(
    survey: dict[str, object],
) -> None:
    """Nadia had no password at launch; her invitation to sign in is handed out by an
    administrator, who could use it first."""
    nadia = survey["nadia"]
    assert isinstance(nadia, Person)
    invite_person(nadia, username="nadia")
    nadia.refresh_from_db()
    assert nadia.user is not None
    nadia.user.set_password(PASSWORD)
    nadia.user.save()
    page = _my_surveys(signed_in(nadia))
    assert _invitation(survey, "nadia").token not in page
    assert "cannot be answered from this sign-in" in page


def test_a_changed_address_does_not_receive_the_link(survey: dict[str, object]) -> None:
    """The attack: the administrator gives Rita their own address, then sends reminders."""
    rita, campaign = survey["rita"], survey["campaign"]
    assert isinstance(rita, Person)
    assert isinstance(campaign, Campaign)
    rita.email = "ada.private@example.org"
    rita.save(update_fields=["email"])
    mail.outbox.clear()
    send_reminders(campaign)
    token = _invitation(survey, "rita").token
    assert not [m for m in mail.outbox if token in m.body]
    assert all("ada.private@example.org" not in m.to for m in mail.outbox)
    # The others' addresses are unchanged: their reminders go out as before.
    assert sorted(m.to[0] for m in mail.outbox) == ["ada@example.org", "nadia@example.org"]


def test_the_owner_is_still_offered_their_link_after_the_secret_key_changes(
    survey: dict[str, object], settings: Any
) -> None:
    """The demo loads its organisation in one process and serves it from another, each
    with its own throw-away SECRET_KEY (and production may rotate its key): a sign-in
    digest keyed with it matched nobody, so no demo user could answer a survey."""
    settings.SECRET_KEY = "a-key-the-launching-process-never-saw-" + "x" * 20
    rita = survey["rita"]
    assert isinstance(rita, Person)
    assert _invitation(survey, "rita").token in _my_surveys(signed_in(rita))


MD5 = "django.contrib.auth.hashers.MD5PasswordHasher"
SCRYPT = "django.contrib.auth.hashers.ScryptPasswordHasher"


def test_a_password_rehashed_at_sign_in_still_offers_the_link_but_a_new_one_does_not(
    db: None, settings: Any
) -> None:
    """A Django upgrade (or a stronger hasher) re-hashes a password when its owner next
    signs in: the same password, a new stored hash. On 942779b the binding was a digest of
    that hash, so the re-hash alone unbound "My surveys". The binding is now a random key
    per account, replaced only when a person sets the password."""
    settings.PASSWORD_HASHERS = [MD5]
    org = create_organisation("Rehash & Co")
    desk = create_team(org, "Counter")
    tom = with_login(org, "Tom Tern", Role.FRONTLINE, desk, email="tom@example.org")
    open_icare_campaign(org, "Autumn culture check")
    invitation = Invitation.objects.get(person=tom)
    assert tom.user is not None
    before = tom.user.password
    assert before.startswith("md5$")

    settings.PASSWORD_HASHERS = [SCRYPT, MD5]  # the upgrade: a new preferred hasher
    client = Client()
    assert client.login(username="tom", password=PASSWORD)
    tom.user.refresh_from_db()
    assert tom.user.password.startswith("scrypt$")  # re-hashed at sign-in
    assert invitation.token in _my_surveys(client)

    tom.user.set_password("a-new-one-of-his-own-31")  # a person sets it: unbound
    tom.user.save()
    assert client.login(username="tom", password="a-new-one-of-his-own-31")
    assert invitation.token not in _my_surveys(client)


def test_the_migration_keeps_bound_invitations_bound_and_stale_ones_unbound(
    survey: dict[str, object],
) -> None:
    """Invitations launched before the keys hold a digest of the password hash: one whose
    owner's password is unchanged is bound to their new key; one whose password was set
    since stays unbound."""
    migration = importlib.import_module("legendary.assessments.migrations.0005_signin_key")
    rebind, signin_digest = migration.rebind, migration.signin_digest
    rita, admin = survey["rita"], survey["admin"]
    assert isinstance(rita, Person)
    assert isinstance(admin, Person)
    assert rita.user is not None
    assert admin.user is not None
    SignInKey.objects.all().delete()  # as before the migration
    mine, stale = _invitation(survey, "rita"), _invitation(survey, "admin")
    mine.signin_key = signin_digest(rita.user.password)
    stale.signin_key = signin_digest("pbkdf2_sha256$1$salt$a-hash-set-before-a-reset")
    for invitation in (mine, stale):
        invitation.save(update_fields=["signin_key"])

    rebind(django_apps, None)
    # and 0006, which migrate runs next: each new key notes the hash it was made for.
    importlib.import_module(
        "legendary.assessments.migrations.0006_signin_key_made_for"
    ).note_hashes(django_apps, None)

    mine.refresh_from_db()
    stale.refresh_from_db()
    assert mine.signin_key == SignInKey.objects.get(user=rita.user).key
    assert stale.signin_key == ""
    assert mine.token in _my_surveys(signed_in(rita))
    assert stale.token not in _my_surveys(signed_in(admin))
