"""People pages: home per role, the people list and person pages, teams, and the invitation."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils import timezone

from legendary.conversations import selectors
from legendary.culture import access as goal_access
from legendary.culture.services import goal_rows
from legendary.people import permissions
from legendary.people import selectors as team_selectors
from legendary.people.care import home_care, person_care, team_care
from legendary.people.home import home_for
from legendary.people.models import Person, Role
from legendary.web.params import bad_parameter, one_of, page_of

PAGE_SIZE = 50


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The home page of the signed-in person's perspective."""
    data = home_for(request.user)
    if data is None:
        # A login that belongs to no one in an organisation: say so plainly.
        return render(request, "people/home/unlinked.html", status=200)
    context = {
        "home": data,
        "person": data.person,
        "care": home_care(request.user),
        "goal_rows": _goals_for(request, data.person),
    }
    return render(request, data.template, context)


def _goals_for(request: HttpRequest, person: Person) -> list[dict[str, Any]]:
    """The goals set for `person` alone that the viewer may see, measured as on the Goals page."""
    goals = goal_access.visible_goals(request.user).filter(person=person).select_related("owner")
    return goal_rows(request.user, goals, today=timezone.localdate())


@login_required
def person_list(request: HttpRequest) -> HttpResponse:
    """The people the viewer may see, with role, team, manager and recent conversations."""
    people = permissions.visible_people(request.user).select_related("team", "manager")
    search = request.GET.get("q", "").strip()
    role = request.GET.get("role", "")
    if search:
        people = people.filter(
            Q(name__icontains=search) | Q(email__icontains=search) | Q(title__icontains=search)
        )
    problems: list[str] = []
    if role in Role.values:
        people = people.filter(role=role)
    elif role:
        problems.append(bad_parameter("role", role, one_of(Role.values), "Showing every role."))
        role = ""
    page, page_problem = page_of(Paginator(people, PAGE_SIZE), request.GET.get("page"))
    problems += [page_problem] if page_problem else []
    recent = permissions.visible_conversations(request.user).filter(
        opened_at__gte=selectors.recent_cutoff()
    )
    counts = selectors.conversation_counts(
        Person.objects.filter(pk__in=[p.pk for p in page]), recent
    )
    rows = [(p, counts.get(p.pk, 0)) for p in page]
    return render(
        request,
        "people/person_list.html",
        {
            "page": page,
            "rows": rows,
            "search": search,
            "role": role,
            "roles": Role.choices,
            "problems": problems,
            "can_manage": permissions.can_manage_people(request.user),
        },
    )


@login_required
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One person: role, team, manager, reports, and their conversations the viewer may read."""
    person = permissions.person_or_404(request.user, pk)
    visible = permissions.visible_people(request.user)
    served = selectors.filter_conversations(
        permissions.visible_conversations(request.user),
        selectors.ConversationFilters(agent=person.pk),
    )
    since = selectors.recent_cutoff()
    return render(
        request,
        "people/person_detail.html",
        {
            "subject": person,
            "manager_visible": person.manager_id is not None
            and visible.filter(pk=person.manager_id).exists(),
            "reports": list(visible.filter(manager=person, active=True).select_related("team")),
            "conversations": selectors.latest(served, limit=15),
            "conversation_total": served.count(),
            "recent_total": served.filter(opened_at__gte=since).count(),
            "channels": selectors.counts_by_channel(served, since),
            "scores": selectors.average_scores(served.filter(opened_at__gte=since)),
            "care": person_care(request.user, person),
            "can_manage": permissions.can_manage_people(request.user),
            "goal_rows": _goals_for(request, person),
            "can_set_goal": goal_access.goal_people(request.user).filter(pk=person.pk).exists(),
        },
    )


@login_required
def team_list(request: HttpRequest) -> HttpResponse:
    """The teams the viewer may open, as a tree (a nested team under its parent)."""
    teams = team_selectors.with_member_counts(permissions.visible_teams(request.user))
    tree = team_selectors.team_tree(teams)
    return render(
        request,
        "people/team_list.html",
        {"tree": tree, "can_manage": permissions.can_manage_people(request.user)},
    )


@login_required
def team_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One team: its parent, nested teams, members, and the recent conversations of everyone
    in it or in a team nested in it."""
    team = permissions.team_or_404(request.user, pk)
    visible_teams = permissions.visible_teams(request.user)
    nested = team_selectors.nested_team_ids(team)
    subteams = list(team_selectors.with_member_counts(visible_teams.filter(parent=team)))
    nested_visible = team_selectors.with_member_counts(visible_teams.filter(pk__in=nested))
    totals = team_selectors.head_counts(nested_visible)
    members = list(team.members.filter(active=True).select_related("manager"))
    visible_ids = set(
        permissions.visible_people(request.user)
        .filter(pk__in=[m.pk for m in members])
        .values_list("id", flat=True)
    )
    # As the conversation list's team filter reads it, so the count links to its rows.
    team_conversations = selectors.filter_conversations(
        permissions.visible_conversations(request.user),
        selectors.as_read_by(
            selectors.ConversationFilters(team=team.pk),
            permissions.person_for(request.user),
            permissions.visible_people(request.user),
        ),
    )
    since = selectors.recent_cutoff()
    counts = selectors.conversation_counts(
        Person.objects.filter(pk__in=visible_ids), team_conversations.filter(opened_at__gte=since)
    )
    return render(
        request,
        "people/team_detail.html",
        {
            "team": team,
            "parent_visible": team.parent_id is not None
            and visible_teams.filter(pk=team.parent_id).exists(),
            "subteams": [(sub, totals.get(sub.pk, 0)) for sub in subteams],
            "head_count": totals.get(team.pk, len(members)),
            "members": [(m, m.pk in visible_ids, counts.get(m.pk, 0)) for m in members],
            "conversations": selectors.latest(team_conversations, limit=10),
            "recent_total": team_conversations.filter(opened_at__gte=since).count(),
            "recent_query": urlencode({"team": team.pk, "since": selectors.recent_since()}),
            "care": team_care(request.user, team),
            "can_manage": permissions.can_manage_people(request.user),
        },
    )


class SignInForm(AuthenticationForm):
    """Django's sign-in form, with a refusal in our words that says what to do next."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": (
            "That username and password do not match. Check both (capital letters count) "
            "and try again; if you have forgotten your password, your administrator can send "
            "you a new link."
        ),
    }


class LoginView(auth_views.LoginView):
    """Django's login, in Legendary's clothes; a signed-in visitor goes straight home."""

    template_name = "registration/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """The page behind an invitation link: choose a password, then you are signed in."""

    template_name = "registration/set_password.html"
    post_reset_login = True
    success_url = reverse_lazy("home")
    reset_url_token = "choose-password"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = getattr(self, "user", None)
        context["invited"] = permissions.person_for(user) if user is not None else None
        # The same link serves a first invitation and a forgotten password; someone who
        # already had a password is not new here. Either way they need the name they sign
        # in with, which may not be their e-mail address.
        context["first_password"] = user is not None and not user.has_usable_password()
        context["sign_in_name"] = user.get_username() if user is not None else ""
        return context
