"""The one place the assessments app sends e-mail (Django's mail backend; tests use locmem)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from legendary.assessments.models import Invitation


def answer_url(invitation: Invitation, base: str = "") -> str:
    """The absolute personal link for one invitation (on SITE_URL unless `base` is given)."""
    path = reverse("assessments:answer", args=[invitation.token])
    return (base or settings.SITE_URL).rstrip("/") + path


def send_invitation_email(invitation: Invitation, *, reminder: bool = False) -> bool:
    """Mail one person their link, to the address it was bound to at launch only; False
    when there is none, or when the address on file has changed since: whoever changed it
    may have given their own, and the link answers for whoever holds it."""
    person = invitation.person
    if not invitation.sent_to or invitation.sent_to.lower() != person.email.lower():
        return False
    campaign = invitation.campaign
    if reminder:
        subject = f"A gentle reminder: {campaign.title}"
        opening = (
            f"Hello {person.first_name},\n\nThere is still time to share your view in "
            f"“{campaign.title}”. It closes on {campaign.closes_on:%d %B %Y}."
        )
    else:
        subject = f"Your view matters: {campaign.title}"
        opening = (
            f"Hello {person.first_name},\n\nWe are asking everyone how we really serve our "
            f"customers and each other. “{campaign.title}” is open until "
            f"{campaign.closes_on:%d %B %Y} and takes about ten minutes."
        )
    body = (
        f"{opening}\n\nYour personal link:\n{answer_url(invitation)}\n\n"
        "Your answers are stored without your name: results only appear for groups of "
        f"at least {campaign.min_group_scores} people.\n\nThank you for caring.\n"
    )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.sent_to])
    return True
