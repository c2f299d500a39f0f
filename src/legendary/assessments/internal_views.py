"""Internal service pages: the manager pulse and the team-to-team service matrix."""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from legendary.assessments import access, charts
from legendary.assessments.internal import (
    latest_closed,
    manager_pulse_results,
    team_matrix_results,
)
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.results import NO_TEAM, ResultsNotAvailable
from legendary.people import permissions
from legendary.people.models import Role, Team


@login_required
def internal_latest(request: HttpRequest) -> HttpResponse:
    """The newest closed internal-service survey, or an explanation when there is none."""
    person = access.require_person(request.user)
    if not access.can_read_results(request.user):
        raise Http404("Internal service results are for leaders, admins and managers.")
    today = timezone.localdate()
    for kind in (CampaignKind.TEAM_MATRIX, CampaignKind.MANAGER_PULSE):
        campaign = latest_closed(person.organisation_id, kind, today)
        if campaign:
            return redirect("assessments:internal", pk=campaign.pk)
    return render(request, "assessments/internal_none.html")


@login_required
def internal(request: HttpRequest, pk: int) -> HttpResponse:
    """Results of one pulse or matrix survey, limited to what this person may see."""
    campaign = access.campaign_or_404(request.user, pk)
    if not access.can_read_results(request.user):
        raise Http404("Internal service results are for leaders, admins and managers.")
    if campaign.kind == CampaignKind.ICARE:
        return redirect("assessments:results", pk=campaign.pk)
    person = access.require_person(request.user)
    today = timezone.localdate()
    whole_org = person.role in (Role.LEADER, Role.ADMIN)
    others = _sibling_campaigns(person.organisation_id, today)
    try:
        if campaign.kind == CampaignKind.MANAGER_PULSE:
            rows = manager_pulse_results(campaign, today=today)
            # A manager reads their own results (and those of managers who report to them).
            visible = set(permissions.visible_people(request.user).values_list("id", flat=True))
            rows = [r for r in rows if whole_org or r.manager.pk in visible]
            bank = load_item_bank(campaign.item_bank_version)
            return render(
                request,
                "assessments/pulse_results.html",
                {
                    "campaign": campaign,
                    "rows": rows,
                    "statements": bank.pulse_statements,
                    "others": others,
                    "can_read_comments": access.can_read_comments(request.user) or not whole_org,
                },
            )
        teams = team_matrix_results(campaign, today=today)
    except ResultsNotAvailable as exc:
        return render(
            request, "assessments/not_yet.html", {"campaign": campaign, "reason": str(exc)}
        )
    visible_teams = set(permissions.visible_teams(request.user).values_list("id", flat=True))
    teams = [t for t in teams if whole_org or t.team.pk in visible_teams]
    names = {str(t.pk): t.name for t in Team.objects.filter(organisation=campaign.organisation)}
    names[NO_TEAM] = "No team"
    return render(
        request,
        "assessments/matrix_results.html",
        {
            "campaign": campaign,
            "teams": teams,
            "names": names,
            "others": others,
            "matrix": charts.matrix_chart(teams, names) if teams else None,
            "nps": charts.nps_bars(teams) if teams else None,
            "can_read_comments": access.can_read_comments(request.user) or not whole_org,
        },
    )


def _sibling_campaigns(organisation_id: int, today: datetime.date) -> list[Campaign]:
    return list(
        Campaign.objects.filter(
            organisation_id=organisation_id,
            kind__in=[CampaignKind.MANAGER_PULSE, CampaignKind.TEAM_MATRIX],
            launched_at__isnull=False,
            closes_on__lt=today,
        )
    )
