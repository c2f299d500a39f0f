"""The API tokens pages: a person's own tokens (create, see once, revoke), and for
administrators every token in the organisation (revoke anyone's)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from legendary.api import tokens
from legendary.api.forms import NewTokenForm
from legendary.people import permissions

# The new token waits here between the POST that creates it and the page that shows it, and
# is removed as it is shown: a reload neither shows it again nor creates a second token.
SHOW_ONCE = "api_token_to_show"


@never_cache  # the page that shows a new token must not be kept by the browser or a proxy
@login_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    """The signed-in person's tokens and the form that creates one; right after creating,
    the new token, shown this once."""
    form = NewTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        issued = tokens.issue_token(
            request.user,  # type: ignore[arg-type]
            form.cleaned_data["name"],
            days=form.cleaned_data["days"],
        )
        request.session[SHOW_ONCE] = {"pk": issued.token.pk, "secret": issued.secret}
        return redirect("api_tokens")
    waiting = request.session.pop(SHOW_ONCE, None) if request.method == "GET" else None
    rows = tokens.own_tokens(request.user)
    new = rows.filter(pk=waiting["pk"]).first() if waiting else None
    return render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "issued": tokens.IssuedToken(new, waiting["secret"]) if new and waiting else None,
            "rows": rows,
            "is_admin": permissions.can_manage_people(request.user),
            "max_days": tokens.max_days(),
            "api_root": request.build_absolute_uri("/api/"),
            "example_url": request.build_absolute_uri("/api/me"),
        },
    )


@login_required
def organisation_api_tokens(request: HttpRequest) -> HttpResponse:
    """Administrators: every token of the organisation, whose it is and when it was used."""
    if not permissions.can_manage_people(request.user):
        raise Http404("Only administrators see everyone's API tokens.")
    return render(
        request,
        "api/organisation_tokens.html",
        {"rows": tokens.organisation_tokens(request.user)},
    )


@require_POST
@login_required
def revoke_api_token(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke one token (the owner's own, or an administrator anyone's); back to `next`."""
    token = tokens.revocable_token_or_404(request.user, pk)
    tokens.revoke_token(token, request.user)  # type: ignore[arg-type]
    messages.success(request, f"Revoked “{token.name}” ({token.prefix}…): it no longer works.")
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts=set(settings.ALLOWED_HOSTS)):
        back = reverse("api_tokens")
    return redirect(back)
