"""Pages of the ICARE assessment: campaigns, answering by personal link, results, report."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from legendary.assessments import access, charts, services
from legendary.assessments.forms import (
    MAX_ANSWER_LENGTH,
    CampaignForm,
    parse_submission,
    team_rating_rows,
)
from legendary.assessments.icare import AGREEMENT_SCALE, DONT_KNOW, Element, Perspective
from legendary.assessments.itembank import Statement, load_item_bank
from legendary.assessments.mail import answer_url
from legendary.assessments.models import Campaign, CampaignKind, CampaignStatus, Invitation
from legendary.assessments.quiz import quiz_profile
from legendary.assessments.results import (
    NOTABLE_GAP,
    GroupResult,
    IcareResults,
    LevelGap,
    ResultsNotAvailable,
    nesting_depths,
)
from legendary.assessments.selectors import visible_icare_results
from legendary.people import permissions
from legendary.people.models import Organisation, Team
from legendary.web.params import bad_parameter, one_of
from legendary.web.rounding import shown_difference


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """My open surveys, and the campaigns I may run or read."""
    person = access.require_person(request.user)
    today = timezone.localdate()
    waiting = [
        i
        for i in Invitation.objects.filter(person=person, answered=False).select_related(
            "campaign", "person__user"
        )
        if i.campaign.accepts_answers_on(today)
    ]
    # A link is offered here only to the sign-in its owner had at launch: after a password
    # reset it could be an administrator reading this page (services.answerable_signed_in).
    mine = [
        {"invitation": i, "url": answer_url(i, request.build_absolute_uri("/"))}
        for i in waiting
        if services.answerable_signed_in(i)
    ]
    elsewhere = [i for i in waiting if not services.answerable_signed_in(i)]
    campaigns: list[dict[str, object]] = []
    # Who runs or reads surveys gets the list, also while it is empty (it says how one starts).
    lists_campaigns = access.can_run_campaigns(request.user) or access.can_read_results(
        request.user
    )
    if lists_campaigns:
        for c in access.visible_campaigns(request.user):
            campaigns.append(
                {"campaign": c, "status": c.status_on(today), "rate": services.response_rate(c)}
            )
    return render(
        request,
        "assessments/index.html",
        {
            "mine": mine,
            "elsewhere": elsewhere,
            "has_answered": Invitation.objects.filter(person=person, answered=True).exists(),
            "campaigns": campaigns,
            "lists_campaigns": lists_campaigns,
            "can_run": access.can_run_campaigns(request.user),
            "quiz_url": request.build_absolute_uri(
                reverse("assessments:quiz", args=[person.organisation.slug])
            ),
        },
    )


@login_required
def new_campaign(request: HttpRequest) -> HttpResponse:
    """Leaders and admins prepare a campaign (a draft until launched)."""
    person = access.require_person(request.user)
    if not access.can_run_campaigns(request.user):
        raise Http404("Only senior leaders and admins launch surveys.")
    today = timezone.localdate()
    form = CampaignForm(
        request.POST or None,
        organisation=person.organisation,
        initial={
            "kind": CampaignKind.ICARE,
            "opens_on": today,
            "closes_on": today + datetime.timedelta(days=14),
            "min_group_scores": settings.LEGENDARY_MIN_GROUP_SCORES,
            "min_group_comments": settings.LEGENDARY_MIN_GROUP_COMMENTS,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            campaign = services.create_campaign(
                person.organisation,
                kind=data["kind"],
                title=data["title"],
                opens_on=data["opens_on"],
                closes_on=data["closes_on"],
                teams=data["teams"],
                created_by=person,
                min_group_scores=data["min_group_scores"],
                min_group_comments=data["min_group_comments"],
            )
        except (services.CampaignError, ValueError) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Draft saved. Check it, then launch it to invite people.")
            return redirect("assessments:campaign", pk=campaign.pk)
    return render(request, "assessments/new.html", {"form": form})


@login_required
def campaign_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Status, live response rate, personal links and reminders."""
    campaign = access.campaign_or_404(request.user, pk)
    can_run = access.can_run_campaigns(request.user)
    today = timezone.localdate()
    # Personal links are never shown here: a link answers once for whoever holds it, so a
    # runner who could copy one could answer in its owner's name (or see whether they
    # have). Each link goes only to its owner: by e-mail, and on their own "My surveys".
    unreachable = len(services.unreachable_invitations(campaign)) if can_run else 0
    rate = services.response_rate(campaign)
    in_scope = services.people_in_scope(campaign).count()
    status = campaign.status_on(today)
    alongside = (
        services.running_alongside(campaign) if can_run and status == CampaignStatus.DRAFT else []
    )
    return render(
        request,
        "assessments/campaign.html",
        {
            "campaign": campaign,
            "status": status,
            "statuses": CampaignStatus,
            "rate": rate,
            "can_run": can_run,
            "alongside": alongside,
            "unreachable": unreachable,
            "teams": list(campaign.teams.all()),
            "in_scope": in_scope,
            # Once launched, the people asked are those invited, whoever joined since.
            "asked": rate.invited if campaign.launched_at else in_scope,
        },
    )


@login_required
def response_rate(request: HttpRequest, pk: int) -> HttpResponse:
    """The live response-rate fragment (htmx polls it while the campaign is open)."""
    campaign = access.campaign_or_404(request.user, pk)
    return render(
        request,
        "assessments/_rate.html",
        {
            "campaign": campaign,
            "rate": services.response_rate(campaign),
            "status": campaign.status_on(timezone.localdate()),
            "statuses": CampaignStatus,
        },
    )


def _run_campaign_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Launch a draft or remind non-respondents; only senior leaders and admins may."""
    campaign = access.campaign_or_404(request.user, pk)
    if not access.can_run_campaigns(request.user):
        raise Http404("Only senior leaders and admins launch surveys and send reminders.")
    try:
        if action == "launch":
            if campaign.closes_on < timezone.localdate():
                # Everyone would be e-mailed a link that only says the survey has closed.
                raise services.CampaignError(
                    f"“{campaign.title}” closed on {campaign.closes_on:%d %b %Y}, so nobody "
                    "could answer it. Start a new survey with dates from today on."
                )
            invitations = services.launch_campaign(campaign)
            emailed = sum(1 for i in invitations if i.emailed_at)
            done = (
                f"Launched: {len(invitations)} people invited, {emailed} by e-mail. "
                "The anonymity thresholds are now fixed."
            )
        else:
            now = timezone.now()
            held = services.reminded_lately(campaign, now).count()
            sent = services.send_reminders(campaign, now=now)
            done = f"{sent} reminders sent to people who have not answered yet."
            if held:
                who, were = ("person", "was") if held == 1 else ("people", "were")
                done += (
                    f" {held} {who} reminded in the last day {were} left alone: a reminder a "
                    "day at most stays a friendly nudge."
                )
    except services.CampaignError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, done)
    return redirect("assessments:campaign", pk=campaign.pk)


@login_required
@require_POST
def launch(request: HttpRequest, pk: int) -> HttpResponse:
    return _run_campaign_action(request, pk, "launch")


@login_required
@require_POST
def remind(request: HttpRequest, pk: int) -> HttpResponse:
    return _run_campaign_action(request, pk, "remind")


def answer(request: HttpRequest, token: str) -> HttpResponse:
    """The questionnaire behind a personal link; no login needed, the token is the key."""
    invitation = get_object_or_404(
        Invitation.objects.select_related("campaign", "person", "person__team"), token=token
    )
    campaign, person = invitation.campaign, invitation.person
    signed_in = permissions.person_for(request.user)
    if signed_in is not None and signed_in.pk != person.pk:
        # Campaign runners see everyone's link. Opened in their own session, a link must not
        # say whether its owner has answered, nor take an answer in the owner's name.
        return render(
            request,
            "assessments/not_yours.html",
            {"campaign": campaign, "owner": person, "signed_in": signed_in},
            status=403,
        )
    today = timezone.localdate()
    if invitation.answered:
        return render(request, "assessments/answered.html", {"campaign": campaign}, status=200)
    if not campaign.accepts_answers_on(today):
        return _closed(request, campaign, today)
    return _questionnaire(
        request,
        campaign,
        services.Respondent.of(person),
        lambda submission: services.submit_response(invitation, submission, today=today),
        {"person": person},
        posted=request.POST if request.method == "POST" else None,
    )


def _closed(request: HttpRequest, campaign: Campaign, today: datetime.date) -> HttpResponse:
    return render(
        request,
        "assessments/closed.html",
        {"campaign": campaign, "status": campaign.status_on(today)},
        status=410 if campaign.status_on(today) == CampaignStatus.CLOSED else 200,
    )


def _questionnaire(
    request: HttpRequest,
    campaign: Campaign,
    who: services.Respondent,
    submit: Callable[[services.Submission], object],
    extra: dict[str, object],
    *,
    posted: QueryDict | None,
) -> HttpResponse:
    """The questions of `campaign` for `who`; `posted` answers, when complete, go to
    `submit`."""
    bank = load_item_bank(campaign.item_bank_version)
    statements, open_questions, teams = [], [], []
    if campaign.kind == CampaignKind.ICARE:
        statements = bank.for_perspective(who.level)
        open_questions = list(bank.open_questions)
    elif campaign.kind == CampaignKind.MANAGER_PULSE:
        statements = list(bank.pulse_statements)
        open_questions = list(bank.pulse_open_questions)
    else:
        others = Team.objects.live().filter(organisation=campaign.organisation)
        teams = list(others.exclude(pk=who.team.pk) if who.team else others)
    errors: list[str] = []
    if posted is not None:
        submission, errors = parse_submission(posted, statements, open_questions, teams)
        if not errors:
            try:
                submit(submission)
            except services.CampaignError as exc:
                errors = [str(exc)]
            else:
                return render(request, "assessments/thanks.html", {"campaign": campaign})
    return render(
        request,
        "assessments/answer.html",
        {
            "campaign": campaign,
            "has_team": who.team is not None,
            "perspective": Perspective(who.level),
            "sections": statement_sections(statements, posted),
            "open_rows": [
                {"question": q, "text": posted.get(f"open-{q.id}", "") if posted else ""}
                for q in open_questions
            ],
            "team_rows": team_rating_rows(teams, posted),
            "scale": AGREEMENT_SCALE,
            "dont_know": DONT_KNOW,
            "errors": errors,
            "matrix_question": bank.matrix_suggestion_question,
            "numbers": range(11),
            "max_answer_length": MAX_ANSWER_LENGTH,
            **extra,
        },
        status=400 if errors else 200,
    )


def answer_with_code(request: HttpRequest) -> HttpResponse:
    """Answer with a printed one-time code (no sign-in, no link): the questions of the
    level and team the code was printed for. The code travels in the form, never in the
    address, so a shared computer's history does not keep it."""
    sent = request.method == "POST"
    typed = request.POST.get("code", "").strip() if sent else ""
    code = services.find_answer_code(typed) if typed else None
    if code is None:
        if typed:
            problem = (
                "That code is not one we know, or it has already been used. Check it "
                "against your slip; letters and dashes can be typed in any case."
            )
        else:
            # "Start" pressed with an empty box used to bring the same page back unexplained.
            problem = "The box is empty: type the code printed on your slip." if sent else ""
        return render(
            request,
            "assessments/code.html",
            {"problem": problem, "typed": typed},
            status=400 if problem else 200,
        )
    today = timezone.localdate()
    if not code.campaign.accepts_answers_on(today):
        return _closed(request, code.campaign, today)
    who = services.Respondent(level=code.level, team=code.team, manager=code.subject_manager)
    return _questionnaire(
        request,
        code.campaign,
        who,
        lambda submission: services.submit_with_code(code, submission, today=today),
        {"code": typed},
        # The first post only brings the code; the questionnaire's own posts say "started".
        posted=request.POST if "started" in request.POST else None,
    )


@login_required
@require_POST
def print_codes(request: HttpRequest, pk: int) -> HttpResponse:
    """Print one answer code for each invitee who has no link only they can reach."""
    campaign = access.campaign_or_404(request.user, pk)
    if not access.can_run_campaigns(request.user):
        raise Http404("Only senior leaders and admins print answer codes.")
    try:
        codes = services.print_answer_codes(campaign)
    except services.CampaignError as exc:
        messages.error(request, str(exc))
        return redirect("assessments:campaign", pk=campaign.pk)
    return render(
        request,
        "assessments/codes.html",
        {
            "campaign": campaign,
            "codes": [
                {"code": c.code, "team": c.team, "level": Perspective(c.level).label} for c in codes
            ],
            "url": request.build_absolute_uri(reverse("assessments:code")),
        },
    )


ANSWER_VALUES = frozenset({*(str(value) for value, _ in AGREEMENT_SCALE), DONT_KNOW})


def statement_sections(
    statements: list[Statement], posted: QueryDict | None
) -> list[dict[str, object]]:
    """Statements grouped by ICARE element, numbered, with any answer already chosen."""
    sections: list[dict[str, object]] = []
    number = 0
    for element in Element:
        rows = []
        for statement in (s for s in statements if s.element == element):
            number += 1
            chosen = posted.get(f"item-{statement.id}", "") if posted else ""
            # Sent back, each unanswered statement says so beside its own choices.
            missing = posted is not None and chosen not in ANSWER_VALUES
            rows.append(
                {"statement": statement, "chosen": chosen, "number": number, "missing": missing}
            )
        if rows:
            sections.append({"element": element, "rows": rows})
    return sections


def table_row(row: GroupResult, depth: int = 0) -> dict[str, object]:
    """A results row shaped for the templates: one cell per element with a colour band;
    `depth` indents a sub-team under the team whose row includes it."""
    cells = []
    for element in Element:
        value = None if row.hidden else row.score(element)
        band = "" if value is None else min(4, max(0, int((value - 30) // 12)))
        cells.append({"element": element, "value": value, "band": band})
    return {
        "key": row.key,
        "label": row.label,
        "indent": charts.indented("", depth),
        "hidden": row.hidden,
        "respondents": row.respondents,
        "overall": row.overall,
        "cells": cells,
    }


def gap_rows(results: IcareResults) -> list[dict[str, object]]:
    """The level gaps as printed: each gap is the difference of the whole numbers shown
    beside it (62 and 90 read +28), and a row is marked when a printed gap reaches
    NOTABLE_GAP, so a "+10" is never left unmarked under "gaps of 10 or more are marked"."""
    rows: list[dict[str, object]] = []
    for g in results.gaps:
        leaders = shown_difference(g.leader, g.frontline)
        managers = shown_difference(g.manager, g.frontline)
        rows.append(
            {
                "gap": g,
                "leader_minus_frontline": leaders,
                "manager_minus_frontline": managers,
                "notable": any(d is not None and d >= NOTABLE_GAP for d in (leaders, managers)),
            }
        )
    return rows


def _listed(labels: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"


def gap_sentence(rows: list[dict[str, object]]) -> str:
    """The report's one-sentence reading of `gap_rows`: each level named with the elements
    where its printed gap reaches NOTABLE_GAP, so a level is never said to see an element
    more positively on the strength of the other level's gap. Empty when nothing is notable.
    """
    said: list[tuple[str, list[str]]] = []
    for who, column in (
        ("senior leaders", "leader_minus_frontline"),
        ("managers", "manager_minus_frontline"),
    ):
        elements = []
        for row in rows:
            gap, shown = row["gap"], row[column]
            if isinstance(gap, LevelGap) and isinstance(shown, int) and shown >= NOTABLE_GAP:
                elements.append(gap.element.label.lower())
        if elements:
            said.append((who, elements))
    if not said:
        return ""
    if len(said) == 2 and said[0][1] == said[1][1]:
        said = [("senior leaders and managers", said[0][1])]
    (first, first_elements), *rest = said
    sentence = f"{first.capitalize()} see {_listed(first_elements)} more positively than the "
    sentence += f"frontline experiences {'it' if len(first_elements) == 1 else 'them'}"
    for who, elements in rest:
        sentence += f", and {who} {_listed(elements)}"
    return sentence + ": that is where to listen first."


def change_rows(results: IcareResults) -> list[dict[str, object]]:
    """Per visible group, the change of each element since the previous campaign, as
    (element, change) pairs: a phone shows each change under its element's name."""
    groups: dict[str, dict[Element, int]] = {}
    for change in results.changes:
        # Whole points: a change of -0.3 should read as 0, not as "-0".
        groups.setdefault(change.group, {})[change.element] = round(change.delta) + 0
    return [
        {"group": group, "deltas": [(e, deltas.get(e)) for e in Element]}
        for group, deltas in groups.items()
    ]


def _results_context(request: HttpRequest, pk: int) -> dict[str, object]:
    campaign = access.campaign_or_404(request.user, pk)
    if not access.can_read_results(request.user):
        raise Http404("Survey results are for leaders, admins and managers.")
    if campaign.kind != CampaignKind.ICARE:
        raise Http404(
            "This page shows ICARE assessments; pulse results are under Internal service."
        )
    visible = visible_icare_results(request.user, campaign, today=timezone.localdate())
    results, teams = visible.results, visible.teams
    gaps = gap_rows(results)
    team_filter = request.GET.get("team") or None
    level_filter = request.GET.get("level") or None
    if team_filter and not team_filter.isdigit():
        messages.error(
            request,
            bad_parameter(
                "team", team_filter, "the number of a team in the Team list", "Showing everyone."
            ),
        )
        team_filter = None
    if level_filter and level_filter not in {p.value for p in Perspective}:
        messages.error(
            request,
            bad_parameter(
                "level", level_filter, one_of(p.value for p in Perspective), "Showing every level."
            ),
        )
        level_filter = None
    try:
        focus = visible.focus(team=team_filter, level=level_filter)
    except LookupError as exc:
        raise Http404("No such team, or not one you can see.") from exc
    except ValueError as exc:
        messages.error(request, str(exc))
        focus = None
    return {
        "campaign": campaign,
        "results": results,
        "teams": teams,
        "focus": table_row(focus) if focus else None,
        "level_rows": [table_row(r) for r in (results.total, *results.levels)],
        "any_hidden_level": any(r.hidden for r in (results.total, *results.levels)),
        "any_thin_element": any(
            not r.hidden and None in r.scores.values()
            for r in (results.total, *results.levels, *teams)
        ),
        "team_rows": [
            table_row(r, depth) for r, depth in zip(teams, nesting_depths(teams), strict=True)
        ],
        "change_rows": change_rows(results),
        "notable_gap": NOTABLE_GAP,
        "team_filter": team_filter,
        "level_filter": level_filter,
        "elements": list(Element),
        "perspectives": list(Perspective),
        "notable_gaps": [row["gap"] for row in gaps if row["notable"]],
        "gap_sentence": gap_sentence(gaps),
        "gap_rows": gaps,
        "comments": results.comments if access.can_read_comments(request.user) else None,
        "can_read_comments": access.can_read_comments(request.user),
        "level_chart": charts.level_scores_chart(results),
        "gap_chart": charts.gap_chart(results),
        # A heat map of hidden rows only is drawn as an empty box: say so instead.
        "heatmap": charts.team_heatmap(teams) if any(not t.hidden for t in teams) else None,
        "rate": services.response_rate(campaign),
        "whole_organisation": visible.whole_organisation,
    }


def _render_results(request: HttpRequest, pk: int, template: str) -> HttpResponse:
    try:
        context = _results_context(request, pk)
    except ResultsNotAvailable as exc:
        campaign = access.campaign_or_404(request.user, pk)
        context = {"campaign": campaign, "reason": str(exc)}
        template = "assessments/not_yet.html"
    return render(request, template, context)


@login_required
def results(request: HttpRequest, pk: int) -> HttpResponse:
    """Scores by level, level gaps, team heat map, change and comments (all suppressed)."""
    return _render_results(request, pk, "assessments/results.html")


@login_required
def report(request: HttpRequest, pk: int) -> HttpResponse:
    """A short printable report of the same suppressed results."""
    return _render_results(request, pk, "assessments/report.html")


def quiz(request: HttpRequest, slug: str) -> HttpResponse:
    """The public quiz: anyone with the link, no account; the profile is computed, not saved."""
    organisation = get_object_or_404(Organisation, slug=slug)
    bank = load_item_bank()
    statements = list(bank.quiz_statements)
    errors: list[str] = []
    if request.method == "POST":
        submission, errors = parse_submission(request.POST, statements, [], [])
        if not errors:
            profile = quiz_profile(bank, submission.answers)
            return render(
                request,
                "assessments/quiz_profile.html",
                {"organisation": organisation, "profile": profile, "elements": list(Element)},
            )
    return render(
        request,
        "assessments/quiz.html",
        {
            "organisation": organisation,
            "sections": statement_sections(
                statements, request.POST if request.method == "POST" else None
            ),
            "scale": AGREEMENT_SCALE,
            "dont_know": DONT_KNOW,
            "errors": errors,
        },
        status=400 if errors else 200,
    )
