"""Who may run campaigns and read their results (on top of `people.permissions`)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from legendary.assessments.models import Campaign
from legendary.people import permissions
from legendary.people.models import Person, Role
from legendary.people.permissions import UserLike

CAMPAIGN_RUNNERS = frozenset({Role.LEADER, Role.ADMIN})
COMMENT_READERS = frozenset({Role.LEADER, Role.ADMIN})


def can_run_campaigns(user: UserLike | None) -> bool:
    """Senior leaders and admins launch campaigns, copy links and send reminders."""
    return permissions.role_of(user) in CAMPAIGN_RUNNERS


def can_read_results(user: UserLike | None) -> bool:
    """Leaders, admins and managers read aggregated, threshold-protected results."""
    return permissions.can_see_private_survey_answers(user)


def can_read_comments(user: UserLike | None) -> bool:
    """Free text is the most identifying answer: only leaders and admins read it."""
    return can_read_results(user) and permissions.role_of(user) in COMMENT_READERS


def visible_campaigns(user: UserLike | None) -> QuerySet[Campaign]:
    """The campaigns of the user's organisation they may look at: every one for those who run
    them; for managers, those launched (a draft is its author's until it goes out)."""
    person = permissions.person_for(user)
    if person is None or not (can_run_campaigns(user) or can_read_results(user)):
        return Campaign.objects.none()
    campaigns = Campaign.objects.filter(organisation_id=person.organisation_id)
    if not can_run_campaigns(user):
        campaigns = campaigns.filter(launched_at__isnull=False)
    return campaigns


def campaign_or_404(user: UserLike | None, pk: object) -> Campaign:
    """A campaign of the user's own organisation that they may look at, else 404."""
    return permissions.visible_or_404(visible_campaigns(user), pk)


def require_person(user: UserLike | None) -> Person:
    """The signed-in user's Person, or 404 for accounts outside any organisation."""
    person = permissions.person_for(user)
    if person is None:
        raise Http404("This page belongs to an organisation you are not part of.")
    return person
