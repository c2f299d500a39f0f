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

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from assessments.conftest import PASSWORD, open_icare_campaign, signed_in, with_login
from legendary.assessments.models import Campaign, Invitation
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
