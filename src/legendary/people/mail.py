"""E-mail that the people app sends: today, the invitation with its one-time link.

Everything goes through `django.core.mail.send_mail`, so settings.EMAIL_BACKEND decides
where it lands (the console by default, SMTP in production, `mail.outbox` in tests).
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from legendary.people.models import Person
from legendary.people.services import Invitation


def send_invitation(
    invitation: Invitation, *, invited_by: Person | None = None, reset: bool = False
) -> None:
    """E-mail `invitation` to the invited person's address (`reset`: a link to choose a new
    password for someone who already signs in, worded as such).

    Raises whatever the mail backend raises (an unreachable SMTP server, say); the caller
    decides what to tell the inviter, who still has the link on screen to pass on by hand.
    """
    person = invitation.person
    context = {
        "person": person,
        "invitation": invitation,
        "invited_by": invited_by,
        "organisation": person.organisation,
        "timeout_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        "reset": reset,
    }
    subject = render_to_string("people/email/invitation_subject.txt", context).strip()
    body = render_to_string("people/email/invitation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
