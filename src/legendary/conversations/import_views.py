"""The import page: QA analysts and admins upload a file of conversations from the browser.

It does what `legendary import` does (all or nothing, repeats skipped, personal data
redacted, unmatched agents listed, small imports scored at once) and shows the result, or
the exact place a file went wrong next to the form. Everyone else gets a 404, like any page
outside their view (`permissions.can_import_conversations`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from legendary.care.formats import FormatError
from legendary.care.formats.detect import FormatNotRecognisedError
from legendary.conversations.import_forms import FORMAT_LABELS, ImportForm, format_help
from legendary.conversations.import_upload import (
    ImportOutcome,
    import_upload,
    not_imported,
    recent_imports,
    upload_name,
)
from legendary.conversations.importer import ImportConflictError
from legendary.people import permissions
from legendary.people.models import Person

#: What the page says of a file no reader recognised when the Format box was on auto.
NOT_RECOGNISED = (
    "we could not tell which export this is from its name and first lines — choose it in "
    "the Format box and check the file again."
)
#: How a reader names the format that reads a file it refuses (another help desk's
#: export): the command line's option, which the page says as its Format box.
_USE_FORMAT = re.compile(r"import this file with --format (?P<name>\w+)\.$")


def _in_the_form(problem: str) -> str:
    """`problem` as the page says it: the Format box's choice for the command line's
    `--format` ("choose Zendesk in the Format box" for "--format zendesk")."""
    return _USE_FORMAT.sub(
        lambda found: (
            f"choose {FORMAT_LABELS.get(found['name'], found['name'])} in the Format box "
            "and check the file again."
        ),
        problem,
    )


@dataclass(frozen=True)
class ImportProblem:
    """Why a file was not imported, split into the parts the page lays out."""

    file_name: str
    problem: str
    line: int | None = None
    field: str | None = None


@login_required
@require_http_methods(["GET", "POST"])
def import_page(request: HttpRequest) -> HttpResponse:
    """The upload form (GET), or the file imported or checked and the result shown (POST)."""
    person = _importer(request)
    if request.method != "POST":
        return _render(request, person, ImportForm())
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(request, person, form, failed=True)
    upload = form.cleaned_data["file"]
    try:
        outcome = import_upload(
            person.organisation,
            upload,
            format=form.cleaned_data["format"],
            # The first button is "check only", so pressing Enter never stores by accident.
            dry_run=request.POST.get("action") != "import",
            imported_by=person,
        )
    except FormatNotRecognisedError as exc:
        # The library's sentence names the command line's --format; here it is the box.
        problem = ImportProblem(Path(exc.path).name, NOT_RECOGNISED)
        return _render(request, person, form, problem=problem)
    except FormatError as exc:
        problem = ImportProblem(Path(exc.path).name, _in_the_form(exc.problem), exc.line, exc.field)
        return _render(request, person, form, problem=problem)
    except ImportConflictError as exc:
        return _render(request, person, form, problem=ImportProblem(upload_name(upload), str(exc)))
    # A fresh form for the next file, keeping the format just used.
    fresh = ImportForm(initial={"format": form.cleaned_data["format"]})
    return _render(request, person, fresh, outcome=outcome)


def _importer(request: HttpRequest) -> Person:
    """The signed-in analyst's or admin's Person; 404 for anyone else."""
    person = permissions.person_for(request.user)
    if person is None or not permissions.can_import_conversations(request.user):
        raise Http404("No such page, or not one you can see.")
    return person


def _render(
    request: HttpRequest,
    person: Person,
    form: ImportForm,
    *,
    outcome: ImportOutcome | None = None,
    problem: ImportProblem | None = None,
    failed: bool = False,
) -> HttpResponse:
    context = {
        "organisation": person.organisation,
        "form": form,
        "outcome": outcome,
        "problem": problem,
        "formats": format_help(),
        "max_mb": settings.IMPORT_MAX_MB,
        "recent": recent_imports(person.organisation),
        "not_imported": not_imported(person.organisation),
    }
    # A refused file is not a success, so scripts and tests can tell; but htmx swaps only
    # 2xx answers into the page, so its requests get 200 and the same page.
    refused = failed or problem is not None
    status = 400 if refused and request.headers.get("HX-Request") != "true" else 200
    return render(request, "conversations/import.html", context, status=status)
