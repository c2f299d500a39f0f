"""Importing a file uploaded on the import page: the upload to a temporary file, the import,
and what the page shows afterwards.

The upload is written under its own name in a private temporary folder, so error messages
name the file the person chose and a phone transcript takes its id from that name, exactly
as with `legendary import`. The folder is removed whatever happens; scoring that runs later
in the background reads the stored conversations, never the file.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.core.files.uploadedfile import UploadedFile
from django.db.models import Count, QuerySet

from legendary.conversations.importer import ImportReport, import_conversations
from legendary.conversations.models import DEMO_SOURCE, Conversation, ImportBatch
from legendary.conversations.scoring import unscored
from legendary.people.models import Organisation, Person

# How many of the added conversations the result links to; the rest are a click away on
# the conversations page.
LINKED_CONVERSATIONS = 8
RECENT_IMPORTS = 10


@dataclass(frozen=True)
class ImportOutcome:
    """What the page says after an import (or a dry run) went through."""

    report: ImportReport
    conversations: list[Conversation]  # the first few this import added, newest first
    waiting_for_scoring: int  # added but left to the background worker
    earlier: ImportBatch | None  # the first time this very file was imported, if before


def import_upload(
    organisation: Organisation,
    upload: UploadedFile,
    *,
    format: str,
    dry_run: bool,
    imported_by: Person,
) -> ImportOutcome:
    """Import `upload` for `organisation` through `import_conversations` and gather the result.

    Raises what the importer raises (`FormatError`, `ImportConflictError`); nothing is stored
    then, and the temporary copy is gone either way.
    """
    with tempfile.TemporaryDirectory(prefix="legendary-import-") as folder:
        path = Path(folder) / upload_name(upload)
        with path.open("wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
        report = import_conversations(
            organisation, path, format=format, dry_run=dry_run, imported_by=imported_by
        )
    added = _added_by(report)
    same_file = ImportBatch.objects.filter(organisation=organisation, sha256=report.sha256)
    if report.batch_id is not None:
        same_file = same_file.exclude(pk=report.batch_id)
    return ImportOutcome(
        report=report,
        conversations=list(added.order_by("-opened_at", "-id")[:LINKED_CONVERSATIONS]),
        waiting_for_scoring=(
            unscored(added).count()
            if report.conversations_added or report.conversations_updated
            else 0
        ),
        earlier=same_file.order_by("created_at").first(),
    )


def upload_name(upload: UploadedFile) -> str:
    """The file name the person chose, without any folder and never empty or a dot-name."""
    name = Path(upload.name or "").name.strip()
    return name if name.strip(".") else "upload"


def recent_imports(organisation: Organisation) -> QuerySet[ImportBatch]:
    """The organisation's last imports, newest first, with who uploaded each."""
    return ImportBatch.objects.filter(organisation=organisation).select_related("imported_by")[
        :RECENT_IMPORTS
    ]


@dataclass(frozen=True)
class NotImported:
    """The organisation's conversations that no import on record brought in: `demo`, made
    up by `legendary demo`; `other`, brought in some other way (an import since deleted)."""

    demo: int
    other: int


def not_imported(organisation: Organisation) -> NotImported:
    """How many of the organisation's conversations came in without an import listed on the
    Import page, so that "Nothing imported yet" never stands beside thousands of them."""
    rows = dict(
        Conversation.objects.filter(organisation=organisation, import_batch__isnull=True)
        .order_by()
        .values_list("source")
        .annotate(n=Count("id"))
    )
    demo = rows.pop(DEMO_SOURCE, 0)
    return NotImported(demo=demo, other=sum(rows.values()))


def _added_by(report: ImportReport) -> QuerySet[Conversation]:
    if report.batch_id is None:  # a dry run: nothing was stored
        return Conversation.objects.none()
    return Conversation.objects.filter(import_batch_id=report.batch_id)
