"""Conversation pages: the filterable list and one conversation's transcript."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from legendary.conversations import export, selectors
from legendary.conversations.agreement_views import can_view_agreement
from legendary.conversations.forms import ConversationFilterForm
from legendary.conversations.models import Conversation, Review, SpeakerRole
from legendary.conversations.scorecard_page import scorecard_page
from legendary.people import permissions
from legendary.web.params import page_of

PAGE_SIZE = 25

#: What the list does about a parameter that is no filter of it (`chanel=email`).
LIST_UNKNOWN = (
    "It was left out, so the list below is not filtered by it: remove it, or choose the "
    "filter you meant above."
)


def _filtered(
    request: HttpRequest,
) -> tuple[
    ConversationFilterForm,
    QuerySet[Conversation],
    selectors.ConversationFilters,
    QuerySet[Conversation],
]:
    """(the filter form, every conversation the viewer may read, the filters as the viewer
    reads them, those they and the order select, loaded for listing): shared by the list
    and its CSV export, so both always hold the same rows."""
    visible = permissions.visible_conversations(request.user)
    served = Conversation.agents.through.objects.filter(
        person_id=OuterRef("pk"), conversation__in=visible
    )
    # A frontline person reads only the conversations they served: a "Served by" filter
    # would offer only them.
    agents = (
        None
        if permissions.is_frontline(request.user)
        else permissions.visible_people(request.user).filter(Exists(served))
    )
    # A team filter offers the teams whose pages the viewer may open; a frontline person's
    # list holds only their own conversations, as the "Served by" filter's does.
    teams = None if agents is None else permissions.visible_teams(request.user)
    form = ConversationFilterForm(request.GET or None, agents=agents, teams=teams)
    filters = selectors.as_read_by(
        form.filters(),
        permissions.person_for(request.user),
        permissions.visible_people(request.user),
    )
    conversations = selectors.filter_conversations(visible, filters)
    return (
        form,
        visible,
        filters,
        selectors.for_listing(conversations, form.order(), with_flags=True),
    )


@login_required
def conversation_list(request: HttpRequest) -> HttpResponse:
    """Every conversation the viewer may read, filtered, ordered and paginated.

    An htmx request (the filter form or a page link) gets only the results fragment.
    """
    form, visible, filters, listing = _filtered(request)
    page, page_problem = page_of(Paginator(listing, PAGE_SIZE), request.GET.get("page"))
    problems = [
        # A frontline person's own "Your conversations" link carries `agent`, a filter
        # their list has no need of (it holds only theirs): it stays quiet.
        *form.unknown(LIST_UNKNOWN, quiet=("page", "agent")),
        *form.problems(),
        *([page_problem] if page_problem else []),
    ]
    # Counted under every other filter, so each flag's count is what choosing it lists.
    counts = selectors.flag_counts(
        selectors.filter_conversations(visible, replace(filters, flag=""))
    )
    person = permissions.person_for(request.user)
    context = {
        "form": form,
        "page": page,
        # Page links carry only the valid filters, normalised: a malformed value the page
        # named and left out must not travel on to page 2.
        "query": form.query(),
        "problems": problems,
        "worth_a_look": counts.worth_a_look,
        "worth_a_look_query": form.query(flagged="on", flag=""),
        "look_links": _flag_links(form, filters.flag, counts.to_look_at),
        "follow_up_links": _flag_links(form, filters.flag, counts.follow_ups),
        # For the people who check the engine: what nobody has reviewed, weakest first.
        "review_queue": urlencode({"reviewed": "no", "sort": selectors.LOWEST_CARE_FIRST})
        if can_view_agreement(request.user)
        else "",
        # The queue lists the conversations they served, which nobody may review of their
        # own: said, so the queue and "Next for you to review" (which skips them) agree.
        "served_any": person is not None
        and visible.filter(agents=person, reviews__isnull=True).exists(),
        # Whoever wrote a review can find it again, even after losing the role that let
        # them review: "Your reviews" is where they delete it.
        "has_reviews": person is not None and Review.objects.filter(reviewer=person).exists(),
    }
    htmx = getattr(request, "htmx", None)
    partial = bool(htmx and not htmx.boosted)
    response = render(
        request, "conversations/_results.html" if partial else "conversations/list.html", context
    )
    # The same URL answers with a fragment or a whole page: caches must keep them apart.
    patch_vary_headers(response, ("HX-Request",))
    return response


#: What the export does about a filter it cannot read: it makes no file at all.
EXPORT_REFUSED = (
    "No file was made, so that it holds only the rows you asked for: fix or remove "
    "the “{label}” filter and download again."
)

EXPORT_UNKNOWN = (
    "No file was made, so that it holds only the rows you asked for: remove it, or write "
    "the filter you meant, and download again."
)


@login_required
def conversation_export(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """The rows the list's filters and order select, every page of them, as a CSV file
    (`export.py`). A malformed filter is refused with a 400 naming it, never left out:
    a file is read later, away from the page that would have said so, and would hold
    other rows than the ones asked for."""
    form, _visible, _filters, listing = _filtered(request)
    # A misspelt filter (`chanel=email`) would export every channel; `page` is no filter
    # here (the file holds every page), so it may stay in a copied address.
    problems = [
        *form.unknown(EXPORT_UNKNOWN),
        *form.problems(EXPORT_REFUSED),
        *form.non_field_errors(),
    ]
    if problems:
        return HttpResponse(
            "\n\n".join(problems) + "\n", status=400, content_type="text/plain; charset=utf-8"
        )
    person = permissions.person_for(request.user)
    response = StreamingHttpResponse(
        export.stream(listing, person.organisation_id if person else None),
        content_type="text/csv; charset=utf-8",
    )
    filename = f"conversations-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _flag_links(
    form: ConversationFilterForm, chosen: str, counts: list[selectors.FlagCount]
) -> list[tuple[selectors.FlagCount, str, bool]]:
    """(flag count, the list's query with that flag chosen, whether it is the chosen one)
    for each count; the chosen one's link clears it. Every other filter is kept."""
    return [
        (count, form.query(flag="" if count.flag == chosen else count.flag), count.flag == chosen)
        for count in counts
    ]


@login_required
def conversation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One conversation with its transcript; 404 for anyone who may not read it."""
    conversation = permissions.conversation_or_404(request.user, pk)
    turns = selectors.with_transcript(conversation)
    agents = list(conversation.agents.all())
    # Names link to person pages only for the people the viewer may open.
    named = {a.pk for a in agents} | {t.person_id for t in turns if t.person_id}
    linkable = set(
        permissions.visible_people(request.user).filter(pk__in=named).values_list("id", flat=True)
    )
    return render(
        request,
        "conversations/detail.html",
        {
            "conversation": conversation,
            "turns": turns,
            "agents": agents,
            "linkable": linkable,
            # Names of agents who replied but matched nobody here (or "" when unnamed).
            "unmatched_agents": list(
                dict.fromkeys(
                    t.speaker_name or "an unnamed agent"
                    for t in turns
                    if t.speaker_role == SpeakerRole.AGENT and t.person_id is None
                )
            ),
            "scorecard": scorecard_page(conversation, turns),
        },
    )
