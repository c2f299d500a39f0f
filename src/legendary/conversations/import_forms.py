"""The upload form of the import page: one file, its format, and the size limit.

What makes a file's contents acceptable is the format readers' job (`FormatError`); the form
only checks what can be told without reading it: a file was chosen, it is not empty, and it
fits under `settings.IMPORT_MAX_MB`.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from legendary.care.formats import FORMATS

# One line per format, in the words of someone who has the export in hand. "auto" first: it
# is what most people want, and the default.
FORMAT_HELP: dict[str, str] = {
    "auto": "Let Legendary tell the format from the file name and its first lines.",
    "jsonl": "One conversation per line with all its turns: the format Legendary writes itself.",
    "csv": (
        "One message per row: conversation_id, timestamp, speaker_role, speaker_name, text "
        "(channel, and customer_id, customer_email or customer_name if you have them)."
    ),
    "zendesk": "A tickets export with their comments, as Zendesk's API hands it over.",
    "intercom": "Conversations with their parts, straight from Intercom's API.",
    "freshdesk": "Tickets with their conversations from Freshdesk's API v2, JSON or JSON Lines.",
    "chatwoot": "Conversations with their messages, as Chatwoot's API returns them.",
    "twcs": "The “Customer Support on Twitter” CSV; replies are threaded back together.",
    "transcript": (
        "One phone call per file: WebVTT (.vtt), SubRip (.srt) or plain text with “Agent:” "
        "and “Customer:” lines. The file name becomes the call's id, so keep it unique."
    ),
}

FORMAT_LABELS: dict[str, str] = {
    "auto": "Recognise it for me (auto)",
    "jsonl": "JSON Lines (jsonl)",
    "csv": "CSV, one message per row",
    "zendesk": "Zendesk",
    "intercom": "Intercom",
    "freshdesk": "Freshdesk",
    "chatwoot": "Chatwoot",
    "twcs": "Customer Support on Twitter (twcs)",
    "transcript": "Phone call transcript",
}

MEGABYTE = 1024 * 1024


def format_help() -> list[tuple[str, str]]:
    """(format name, one line on what it reads) for every format the import page offers."""
    return [(name, FORMAT_HELP.get(name, "")) for name in ("auto", *FORMATS)]


def over_the_limit() -> str:
    """What to do about a file over the limit; the form and import.js both say it."""
    return (
        f"more than the {settings.IMPORT_MAX_MB} MB this page takes. Split the export into "
        "smaller files (each imports on its own, and repeats are skipped), or use "
        "legendary import on the server, which has no limit."
    )


class ImportForm(forms.Form):
    """The file to import and how to read it. Whether to store it or only check it is the
    button pressed (`action`), which the view reads."""

    file = forms.FileField(
        label="Conversation file",
        error_messages={
            "required": "Choose the file you exported from your helpdesk or phone system.",
            "empty": "This file is empty. Export it again and check it has conversations in it.",
        },
    )
    format = forms.ChoiceField(
        # From the readers themselves, so a format the engine learns appears here too.
        choices=[(name, FORMAT_LABELS.get(name, name)) for name in ("auto", *FORMATS)],
        initial="auto",
        label="Format",
        help_text="Leave it on auto unless Legendary guesses wrong.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # For import.js, which warns about a file over the limit before it is sent.
        self.fields["file"].widget.attrs.update(
            {
                "data-max-bytes": str(int(settings.IMPORT_MAX_MB) * MEGABYTE),
                "data-note-id": "import-too-big",
                "data-too-big": over_the_limit(),
            }
        )

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        if (upload.size or 0) > int(settings.IMPORT_MAX_MB) * MEGABYTE:
            size = (upload.size or 0) / MEGABYTE
            raise forms.ValidationError(
                f"{upload.name} is {size:.1f} MB, {over_the_limit()}", code="too_large"
            )
        return upload
