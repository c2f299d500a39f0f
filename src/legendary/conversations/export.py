"""The conversation list as a CSV file: the rows the list's filters and order select.

The rows come from the same queryset the list pages through (`selectors.for_listing` on the
viewer's `permissions.visible_conversations`), so who may read what and how a conversation
scored are decided there, never here. The file is streamed a chunk of rows at a time, so a
large organisation's export does not sit in memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence

from django.db.models import Exists, Max, OuterRef, Prefetch, QuerySet, Subquery

from legendary.care.rubric import DEFAULT, Rubric
from legendary.conversations.models import (
    Conversation,
    Review,
    RubricVersion,
    SpeakerRole,
    Turn,
)
from legendary.conversations.selectors import CARE_FIELDS, over_turns, row_flags
from legendary.people.models import Person

#: The columns before one column per behaviour of the organisation's rubric.
BASE_HEADER: tuple[str, ...] = (
    "conversation_id",
    "subject",
    "customer",
    "channel",
    "status",
    "started_at",
    "closed_at",
    "last_message_at",
    "served_by",
    "unmatched_agents",
    "team",
    *CARE_FIELDS,
    "breakers",
    "flags",
    "sentiment_start",
    "sentiment_end",
    "reviewed",
)
#: Several values in one cell (agents, teams, breakers, flags) are joined with this.
SEPARATOR = "; "
#: An agent turn matched to nobody and with no name in the file either.
UNNAMED_AGENT = "an unnamed agent"
#: A spreadsheet reads a cell starting with one of these as a formula (or, for tab and
#: carriage return, strips them and reads what follows): an imported subject such as
#: "=HYPERLINK(...)" must arrive as text. OWASP's CSV-injection advice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Rows fetched from the database per round trip while streaming.
CHUNK_SIZE = 500


def behaviour_ids(organisation_id: int) -> tuple[str, ...]:
    """The behaviours of the rubric the organisation scores with (the engine's default
    when it never chose one). Read only: an export must not store a rubric."""
    stored = RubricVersion.objects.filter(organisation_id=organisation_id, in_use=True).first()
    rubric = DEFAULT if stored is None else Rubric.from_dict(stored.definition)
    return rubric.behaviour_ids()


def header(behaviours: Sequence[str]) -> list[str]:
    """The CSV's first row: the base columns, then one per behaviour id."""
    return [*BASE_HEADER, *behaviours]


def safe_cell(value: object) -> object:
    """`value` as a spreadsheet should store it: text that would start a formula gets a
    leading apostrophe (spreadsheets show it as text and hide the apostrophe); numbers
    are left as numbers, None becomes an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def for_export(listing: QuerySet[Conversation]) -> QuerySet[Conversation]:
    """`listing` (from `selectors.for_listing(..., with_flags=True)`) with what a row adds
    beyond the page: the scorecard, each agent's team and the time of the last message."""
    return (
        listing.select_related("scorecard")
        .prefetch_related(
            Prefetch(
                "agents",
                queryset=Person.objects.select_related("team").only("id", "name", "team__name"),
                to_attr="agents_with_team",
            ),
            # Agents who replied but matched nobody here: only their names, as the
            # transcript shows them.
            Prefetch(
                "turns",
                queryset=Turn.objects.filter(
                    speaker_role=SpeakerRole.AGENT, person__isnull=True
                ).only("id", "conversation_id", "speaker_name"),
                to_attr="unmatched_agent_turns",
            ),
        )
        .annotate(
            last_message_at=over_turns(Max("timestamp")),
            # The latest review's overall score (a conversation reviewed by two people has
            # two): a QA analyst's review queue reads which rows a person has checked.
            was_reviewed=Exists(Review.objects.filter(conversation=OuterRef("pk"))),
            reviewed_overall=Subquery(
                Review.objects.filter(conversation=OuterRef("pk"))
                .order_by("-updated_at", "-id")
                .values("overall")[:1]
            ),
        )
    )


def _iso(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""


def _score(conversation: Conversation, name: str) -> object:
    # Blank while the conversation is not scored; "n/a" where it is scored but nothing in
    # that quality applied, as the list shows it (never a zero).
    scorecard = getattr(conversation, "scorecard", None)
    if scorecard is None:
        return None
    return _points(getattr(scorecard, name))


def _points(value: float | None) -> object:
    return "n/a" if value is None else round(float(value), 1)


def _reviewed(conversation: Conversation) -> object:
    # Blank while nobody reviewed it; "n/a" where the review found nothing that applied.
    if not getattr(conversation, "was_reviewed", False):
        return None
    return _points(getattr(conversation, "reviewed_overall", None))


def row(conversation: Conversation, behaviours: Sequence[str]) -> list[object]:
    """One conversation's cells, in `header(behaviours)` order, not yet made safe."""
    scorecard = getattr(conversation, "scorecard", None)
    agents: list[Person] = getattr(conversation, "agents_with_team", [])
    teams = dict.fromkeys(a.team.name for a in agents if a.team is not None)
    unmatched_turns: list[Turn] = getattr(conversation, "unmatched_agent_turns", [])
    unmatched = list(dict.fromkeys(t.speaker_name or UNNAMED_AGENT for t in unmatched_turns))
    outcomes: dict[str, str] = {}
    if scorecard is not None:
        outcomes = {
            str(b.get("behaviour")): str(b.get("outcome"))
            for b in scorecard.document.get("behaviours", ())
        }
    return [
        conversation.external_id,
        conversation.subject,
        # The stored display name is already the redacted label the list shows.
        conversation.customer.display_name if conversation.customer else "Unknown customer",
        conversation.get_channel_display(),
        conversation.get_status_display(),
        _iso(conversation.opened_at),
        _iso(conversation.closed_at),
        _iso(getattr(conversation, "last_message_at", None)),
        # Everyone who replied: the people here, then any agent who matched nobody, named
        # as the transcript names them (an empty cell would read as "nobody replied").
        SEPARATOR.join([*(a.name for a in agents), *unmatched]),
        SEPARATOR.join(unmatched),
        SEPARATOR.join(teams),
        *(_score(conversation, name) for name in CARE_FIELDS),
        SEPARATOR.join(scorecard.breakers) if scorecard is not None else "",
        SEPARATOR.join(label for label, _ in row_flags(conversation)),
        scorecard.sentiment_start if scorecard is not None else "",
        scorecard.sentiment_end if scorecard is not None else "",
        _reviewed(conversation),
        # A behaviour the rubric scores but this older scorecard does not mention: blank.
        *(outcomes.get(behaviour) for behaviour in behaviours),
    ]


class _Echo:
    """A file-like object whose `write` hands the line back, so `csv.writer` can format
    one row at a time for a streamed response."""

    def write(self, value: str) -> str:
        return value


def csv_lines(conversations: Iterable[Conversation], behaviours: Sequence[str]) -> Iterator[str]:
    """The CSV text, a line at a time: a byte-order mark, the header, then one row per
    conversation, every cell made safe from formula injection.

    The byte-order mark is there for Excel, which reads a CSV without one in the
    computer's legacy code page and garbles every accented name; with it, Excel reads
    UTF-8, and LibreOffice, Numbers and Google Sheets skip it.
    """
    writer = csv.writer(_Echo())
    yield "\ufeff" + str(writer.writerow(header(behaviours)))
    for conversation in conversations:
        yield str(writer.writerow([safe_cell(c) for c in row(conversation, behaviours)]))


def stream(listing: QuerySet[Conversation], organisation_id: int | None) -> Iterator[str]:
    """The CSV lines for `listing`, fetched `CHUNK_SIZE` rows at a time; one column per
    behaviour of the rubric of `organisation_id` (none without an organisation)."""
    behaviours = behaviour_ids(organisation_id) if organisation_id is not None else ()
    return csv_lines(for_export(listing).iterator(chunk_size=CHUNK_SIZE), behaviours)
