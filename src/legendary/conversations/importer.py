"""The conversation import service: a file of conversations in, stored conversations out.

`import_conversations` is what `legendary import` and test set-up call.
It promises four things:

- **all or nothing**: the whole file is written inside one transaction, so a bad record,
  even the very last one, leaves the database exactly as it was;
- **idempotent**: a conversation whose (source, external id) is already stored is skipped
  when the file brings nothing new, so importing the same file twice adds nothing the
  second time; when a later export of it has new messages (the ticket went on after the
  last export, or the conversation was split across two files) or a new status, the
  stored conversation takes them in and is scored again (`conversations_updated`);
- **no personal data at rest**: every turn's text, the subject and the names of
  customers and speakers go through `legendary.care.redact` before they are written (a
  name that is only an address or a number is not kept);
- **no invented people**: agents are matched to the organisation's people by e-mail or
  name; an agent nobody matches is reported, and their turns keep the speaker's name with
  no person attached.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

from django.db import IntegrityError, models, transaction
from django.db.models import Count, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest, Least

from legendary.care import model as care
from legendary.care.formats import FormatError, detect_format, read_conversations
from legendary.care.redact import ADDRESS, CARD, EMAIL, PHONE, POSTCODE, redact
from legendary.conversations.erasure import ErasedIds
from legendary.conversations.models import (
    BehaviourOutcome,
    Conversation,
    ConversationFlag,
    Customer,
    CustomerIdentity,
    ImportBatch,
    Scorecard,
    SpeakerRole,
    Status,
    Turn,
)
from legendary.conversations.tasks import score_imported
from legendary.lib.db import refresh_planner_statistics
from legendary.lib.words import counted
from legendary.people.models import Organisation, Person

# Conversations written per round trip: large enough for bulk_create to pay off, small enough
# that a 100,000-conversation file never sits in memory whole.
CHUNK_SIZE = 500

# Source systems use their own words for a conversation's state; anything unknown is stored
# as closed, because an imported conversation is history, not a live queue.
STATUS_WORDS: dict[str, str] = {
    "new": Status.OPEN,
    "open": Status.OPEN,
    "pending": Status.PENDING,
    "hold": Status.PENDING,
    "on-hold": Status.PENDING,
    "snoozed": Status.PENDING,
    "waiting on customer": Status.PENDING,  # Freshdesk's default statuses 6 and 7
    "waiting on third party": Status.PENDING,
    "solved": Status.SOLVED,
    "resolved": Status.SOLVED,
    "closed": Status.CLOSED,
}

ProgressCallback = Callable[[int], None]


def _max_length(model: type[models.Model], field_name: str) -> int:
    """The `max_length` of a CharField, read from the model so the two cannot drift."""
    field = model._meta.get_field(field_name)
    assert isinstance(field, models.CharField)
    assert field.max_length is not None
    return field.max_length


# The longest conversation or customer id the database keeps (Conversation.external_id,
# CustomerIdentity.external_id): a longer one is refused by name, as PostgreSQL would
# otherwise fail the whole import with "value too long" (SQLite would keep it silently).
MAX_ID_LENGTH = min(
    _max_length(Conversation, "external_id"), _max_length(CustomerIdentity, "external_id")
)

# PostgreSQL cannot store a NUL character in text or JSON, and in words people wrote it is
# only ever a damaged export's debris, so it is dropped on every database alike.
NUL = "\x00"


@dataclass
class ImportReport:
    """What one import did; the CLI prints it and the batch stores it."""

    file_name: str
    sha256: str
    format: str
    conversations_added: int = 0
    # Already stored, and the file brought new messages or a new status for them.
    conversations_updated: int = 0
    turns_added_to_stored: int = 0  # the new messages of those, not in `turns_added`
    # Already stored, with agent messages that matched nobody then and match someone now.
    conversations_credited: int = 0
    conversations_skipped: int = 0
    # Of those skipped: conversations of customers who asked to be forgotten (erasure.py).
    skipped_erased: int = 0
    turns_added: int = 0
    customers_added: int = 0
    unknown_agents: list[str] = field(default_factory=list)
    batch_id: int | None = None
    dry_run: bool = False
    # Added conversations whose file gave no customer id: matched on the customer's e-mail
    # address or, failing that, their name; and those that named no customer at all.
    customers_by_email: int = 0
    customers_by_name: int = 0
    without_customer: int = 0

    @property
    def turns_stored(self) -> int:
        """Every message this file stored: those of new conversations and the new ones of
        conversations already here."""
        return self.turns_added + self.turns_added_to_stored

    @property
    def customer_note(self) -> str:
        """How customers were told apart when the file has no customer id, or ''."""
        parts = []
        if self.customers_by_email:
            parts.append(
                f"{counted(self.customers_by_email, 'conversation')} had no customer id, so "
                "the customer was recognised by their e-mail address"
            )
        if self.customers_by_name:
            parts.append(
                f"{counted(self.customers_by_name, 'conversation')} had neither a customer id "
                "nor an e-mail address, so the customer was recognised by their name (two "
                "customers with the same name count as one)"
            )
        if self.without_customer:
            # Named in the file's own terms: a call transcript or a helpdesk export has no
            # customer_id column to add.
            missing = {
                "csv": "no customer_id, customer_email or customer_name",
                "jsonl": "no “customer” with an id, email or name",
            }.get(self.format, "the file names no customer, requester or contact")
            parts.append(
                f"{counted(self.without_customer, 'conversation')} named no customer at all "
                f"({missing}), so they are stored without one and show as “Unknown customer”"
            )
        return "; ".join(parts) + "." if parts else ""

    def summary(self) -> str:
        """One line for people: what was added, skipped and left unmatched."""
        verb = "would add" if self.dry_run else "added"
        line = (
            f"{self.file_name}: {verb} {counted(self.conversations_added, 'conversation')} "
            f"({counted(self.turns_added, 'turn')}, "
            f"{counted(self.customers_added, 'new customer')}), "
        )
        if self.conversations_updated:
            news = self.turns_added_to_stored
            line += (
                f"{'would update' if self.dry_run else 'updated'} "
                f"{self.conversations_updated} already stored "
                f"({counted(news, 'new message') if news else 'a new status'}), "
            )
        line += f"skipped {self.conversations_skipped - self.skipped_erased} already stored"
        if self.skipped_erased:
            line += f" and {self.skipped_erased} of customers who asked to be forgotten"
        if self.conversations_credited:
            line += (
                f"; {counted(self.conversations_credited, 'stored conversation')} "
                f"{'would be' if self.dry_run else 'now'} credited to people who matched "
                "nobody before"
            )
        if self.unknown_agents:
            line += f"; {counted(len(self.unknown_agents), 'agent')} matched nobody: " + ", ".join(
                self.unknown_agents
            )
        if self.customer_note:
            line += f". {self.customer_note[0].upper()}{self.customer_note[1:-1]}"
        return line


class ImportConflictError(RuntimeError):
    """Another import stored some of the same conversations or customers at the same moment.

    Only possible when two imports of overlapping files run at once (PostgreSQL lets them
    overlap; SQLite queues them). Nothing from this file was stored; running it again adds
    exactly what the other import did not.
    """


class _DryRunRollback(Exception):
    """Raised inside the transaction to undo a dry run after it has been fully counted."""


def import_conversations(
    organisation: Organisation,
    path: str | Path,
    format: str = "auto",
    progress: ProgressCallback | None = None,
    *,
    dry_run: bool = False,
    imported_by: Person | None = None,
) -> ImportReport:
    """Store every conversation in `path` for `organisation`, atomically, and report what happened.

    `format` is passed to `legendary.care.formats.read_conversations` ("auto" detects it).
    `progress(n)` is called with the number of conversations read so far after each chunk.
    With `dry_run` everything is done and counted, then rolled back. `imported_by` (the
    person who uploaded the file on the import page) is recorded on the batch.
    Raises `legendary.care.formats.FormatError` (naming file, line and field) on bad input,
    and `ImportConflictError` when a simultaneous import stored the same conversations first;
    in both cases the database is untouched.
    """
    path = Path(path)
    # A chosen format is read as chosen: choosing is how a wrong guess is put right. The
    # readers themselves refuse another help desk's export by its records' own fields (a
    # Zendesk ticket read as Freshdesk), naming the format that reads it.
    resolved = detect_format(path) if format == "auto" else format
    report = ImportReport(file_name=path.name, sha256=file_sha256(path), format=resolved)
    try:
        with transaction.atomic():
            writer = _ConversationWriter(organisation, report, imported_by)
            read = 0
            for chunk in _chunks(read_conversations(path, format=resolved), CHUNK_SIZE):
                writer.write(chunk)
                read += len(chunk)
                if progress is not None:
                    progress(read)
            writer.finish()
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        report.dry_run = True
        report.batch_id = None
    except IntegrityError as exc:
        raise ImportConflictError(
            f"{path.name}: another import stored some of these conversations at the same "
            "time, so nothing from this file was stored; run the import again to add the rest."
        ) from exc
    if not report.dry_run:
        # Small imports are scored at once, big ones by the background worker (see tasks).
        score_imported(
            organisation.pk,
            report.batch_id,
            report.conversations_added + report.conversations_updated,
        )
    return report


def file_sha256(path: Path) -> str:
    """The file's SHA-256, read in blocks so a large export never sits in memory."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _chunks(items: Iterable[care.Conversation], size: int) -> Iterator[list[care.Conversation]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _name_key(name: str) -> str:
    """A name as an export may spell it: any case, spacing or accents ("Emile  MENSAH" for
    "Émile Mensah"), since help desks, ASCII keyboards and CSV round trips drop accents."""
    letters = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in letters if not unicodedata.combining(c))
    return " ".join(bare.split())


class _AgentDirectory:
    """Finds the organisation's Person for an agent speaker, by e-mail first, then by name.

    A name two people share is treated as unknown rather than guessed: scoring the wrong
    person's conversation would be worse than scoring nobody's.
    """

    def __init__(self, organisation: Organisation) -> None:
        self.by_email: dict[str, Person] = {}
        self.by_name: dict[str, Person | None] = {}
        for person in Person.objects.filter(organisation=organisation):
            if person.email:
                self.by_email[person.email.casefold()] = person
            key = _name_key(person.name)
            self.by_name[key] = None if key in self.by_name else person
        self.unknown: dict[str, None] = {}

    def find(self, speaker: care.Speaker) -> Person | None:
        person = None
        if speaker.email:
            person = self.by_email.get(speaker.email.strip().casefold())
        if person is None and speaker.name:
            person = self.by_name.get(_name_key(speaker.name))
        if person is None:
            label = speaker.name or speaker.email
            if label:
                self.unknown.setdefault(label, None)
        return person


class _ConversationWriter:
    """Writes chunks of parsed conversations with a handful of bulk queries per chunk."""

    def __init__(
        self, organisation: Organisation, report: ImportReport, imported_by: Person | None
    ) -> None:
        self.organisation = organisation
        self.report = report
        self.agents = _AgentDirectory(organisation)
        self.customers: dict[tuple[str, str], Customer] = {}
        # Customers who got a conversation from this file: their contact times are widened
        # at the end, by the database, in a few statements.
        self.touched_customers: set[int] = set()
        self.seen: set[tuple[str, str]] = set()
        self.erased = ErasedIds(organisation)
        self.read = 0  # conversations read from the file so far, to name one at fault
        # Created first so every conversation can point at it; counts are filled in at the end.
        self.batch = ImportBatch.objects.create(
            organisation=organisation,
            file_name=report.file_name,
            sha256=report.sha256,
            format=report.format,
            imported_by=imported_by,
        )

    def write(self, chunk: list[care.Conversation]) -> None:
        chunk = [self._storable(conversation) for conversation in chunk]
        chunk, erased = self.erased.split(chunk)
        self.report.conversations_skipped += erased
        self.report.skipped_erased += erased
        fresh, known = self._without_stored(chunk)
        for parsed, conversation in known:
            self._update(parsed, conversation)
        if not fresh:
            return
        self._load_customers(fresh)
        rows = [self._conversation_row(c) for c in fresh]
        Conversation.objects.bulk_create(rows)
        turns: list[Turn] = []
        links: list[object] = []
        through = Conversation.agents.through
        for parsed, stored in zip(fresh, rows, strict=True):
            served_by: dict[int, None] = {}
            for position, turn in enumerate(parsed.turns):
                person = self.agents.find(turn.speaker) if turn.is_agent else None
                if person is not None:
                    served_by.setdefault(person.pk, None)
                turns.append(_turn_row(stored, position, turn, person))
            links.extend(
                through(conversation_id=stored.pk, person_id=person_id) for person_id in served_by
            )
        Turn.objects.bulk_create(turns, batch_size=2000)
        through.objects.bulk_create(links)  # type: ignore[arg-type]
        self.report.conversations_added += len(rows)
        self.report.turns_added += len(turns)

    def finish(self) -> None:
        """Apply first/last contact times, record the batch and the unmatched agents."""
        _widen_contact_times(list(self.touched_customers))
        self.report.unknown_agents = sorted(self.agents.unknown, key=str.casefold)
        self.batch.conversations_added = self.report.conversations_added
        self.batch.conversations_updated = self.report.conversations_updated
        self.batch.conversations_skipped = self.report.conversations_skipped
        self.batch.unknown_agents = self.report.unknown_agents
        self.batch.save()
        self.report.batch_id = self.batch.pk
        if self.report.conversations_added:
            refresh_planner_statistics(
                Conversation, Turn, Customer, CustomerIdentity, Conversation.agents.through
            )

    def _storable(self, conversation: care.Conversation) -> care.Conversation:
        """The conversation without NUL characters; `FormatError` naming it when its id or
        its customer's id is longer than the database keeps."""
        self.read += 1
        conversation = _without_repeats(_without_nul(conversation))
        for field_name, value in (
            ("conversation id", conversation.id),
            ("customer id", conversation.customer.id),
        ):
            if len(value) > MAX_ID_LENGTH:
                raise FormatError(
                    self.report.file_name,
                    f"conversation {self.read:,} in the file has a {field_name} of "
                    f"{len(value):,} characters (it starts “{value[:30]}”); ids of up to "
                    f"{MAX_ID_LENGTH} characters can be stored — shorten it, or export the "
                    "ids the helpdesk itself uses.",
                    field=field_name,
                )
        return conversation

    def _without_stored(
        self, chunk: list[care.Conversation]
    ) -> tuple[list[care.Conversation], list[tuple[care.Conversation, Conversation]]]:
        """The conversations not stored yet, and those already in the database paired
        with their stored row; one met earlier in this file is skipped."""
        keys = {(c.source, c.id) for c in chunk}
        stored: dict[tuple[str, str], Conversation] = {}
        for source in {s for s, _ in keys}:
            ids = [i for s, i in keys if s == source]
            stored.update(
                ((source, row.external_id), row)
                for row in Conversation.objects.filter(
                    organisation=self.organisation, source=source, external_id__in=ids
                ).annotate(
                    turn_count=Count("turns"),
                    uncredited_turns=Count(
                        "turns",
                        filter=Q(turns__speaker_role=SpeakerRole.AGENT, turns__person=None),
                    ),
                )
            )
        fresh = []
        known = []
        for conversation in chunk:
            key = (conversation.source, conversation.id)
            if key in self.seen:
                self.report.conversations_skipped += 1
                continue
            self.seen.add(key)
            if key in stored:
                known.append((conversation, stored[key]))
            else:
                fresh.append(conversation)
        return fresh, known

    def _update(self, parsed: care.Conversation, stored: Conversation) -> None:
        """Take in what a later export says of a stored conversation: messages it does not
        have yet, and a newer status; skip it when there is nothing new. Its scorecard is
        dropped and it joins this import's batch, so it is scored again with the rest."""
        if stored.uncredited_turns:  # type: ignore[attr-defined]
            self._credit_agents(parsed, stored)
        file_last = _aware(parsed.closed_at)
        stored_last = stored.closed_at
        newer = file_last is None or stored_last is None or file_last >= stored_last
        status = STATUS_WORDS.get(parsed.status.strip().lower(), Status.CLOSED)
        status_changed = newer and bool(parsed.status.strip()) and status != stored.status
        if (
            not status_changed
            and file_last is not None
            and file_last == stored_last
            and len(parsed.turns) <= stored.turn_count  # type: ignore[attr-defined]
        ):
            # The same thread up to the same last message: nothing new, and no need to
            # redact every message to compare (the common case of a file imported again).
            self.report.conversations_skipped += 1
            return
        old = list(stored.turns.order_by("position"))
        left = Counter(_turn_key(t.speaker_role, redact(t.text), t.timestamp) for t in old)
        new: list[care.Turn] = []
        for turn in parsed.turns:
            key = _turn_key(str(turn.role), redact(turn.text), _aware(turn.timestamp))
            if left[key] > 0:
                left[key] -= 1
            else:
                new.append(turn)
        if not new and not status_changed:
            self.report.conversations_skipped += 1
            return
        if new:
            self._merge_turns(stored, old, new, parsed, whole_file=not +left)
        if status_changed:
            stored.status = status
        stored.opened_at = _earliest(stored.opened_at, _aware(parsed.opened_at))
        stored.closed_at = _latest(stored.closed_at, file_last)
        stored.import_batch = self.batch
        stored.save(update_fields=["status", "opened_at", "closed_at", "import_batch"])
        # The old scorecard no longer describes the conversation: until it is scored again
        # it must not count in anyone's figures or flags.
        dropped, _ = Scorecard.objects.filter(conversation=stored).delete()
        if dropped:
            # A tombstone for the API's sync feed (GET /api/deleted), which can then tell a
            # nightly export to delete its copy. Imported here: the API builds on this app.
            from legendary.api.deletions import scorecard_dropped

            scorecard_dropped(stored)
        BehaviourOutcome.objects.filter(conversation=stored).delete()
        ConversationFlag.objects.filter(conversation=stored).delete()
        if stored.customer_id is not None:
            self.touched_customers.add(stored.customer_id)
        self.report.conversations_updated += 1
        self.report.turns_added_to_stored += len(new)

    def _credit_agents(self, parsed: care.Conversation, stored: Conversation) -> None:
        """Credit a stored conversation's unmatched agent messages to the people they match
        now. An administrator told "Pat matched nobody" adds Pat and imports the file again;
        before, every conversation already stored stayed nobody's, and said nothing."""
        speakers = {
            _turn_key(str(t.role), redact(t.text), _aware(t.timestamp)): t.speaker
            for t in parsed.turns
            if t.is_agent
        }
        credited: set[int] = set()
        for turn in stored.turns.filter(speaker_role=SpeakerRole.AGENT, person=None):
            speaker = speakers.get(_turn_key(turn.speaker_role, redact(turn.text), turn.timestamp))
            person = self.agents.find(speaker) if speaker is not None else None
            if person is None:
                continue
            turn.person = person
            turn.speaker_name = person.name[:200]
            turn.save(update_fields=["person", "speaker_name"])
            credited.add(person.pk)
        if credited:
            stored.agents.add(*credited)
            self.report.conversations_credited += 1

    def _merge_turns(
        self,
        stored: Conversation,
        old: list[Turn],
        new: list[care.Turn],
        parsed: care.Conversation,
        *,
        whole_file: bool,
    ) -> None:
        """Store `old` and `new` turns of `stored` in conversation order: by time when
        every turn has one; else in the file's order when the file holds every stored turn
        (a later export of the whole thread); else the new after the old (the rest of a
        conversation split across files)."""
        rows: list[tuple[datetime | None, Turn | care.Turn]] = [(t.timestamp, t) for t in old]
        rows += [(_aware(t.timestamp), t) for t in new]
        if all(moment is not None for moment, _ in rows):
            rows.sort(key=lambda row: row[0])  # type: ignore[arg-type,return-value]
        elif whole_file:
            rows = [(None, t) for t in parsed.turns]
        old_by_key: dict[tuple[str, str, datetime | None], list[Turn]] = {}
        for kept_turn in old:
            key = _turn_key(kept_turn.speaker_role, redact(kept_turn.text), kept_turn.timestamp)
            old_by_key.setdefault(key, []).append(kept_turn)
        Turn.objects.filter(conversation=stored).delete()
        served_by = set(stored.agents.values_list("id", flat=True))
        fresh_rows = []
        for position, (_, turn) in enumerate(rows):
            if isinstance(turn, care.Turn):
                same = old_by_key.get(
                    _turn_key(str(turn.role), redact(turn.text), _aware(turn.timestamp)), []
                )
                kept = same.pop(0) if same else None
                if kept is None:
                    person = self.agents.find(turn.speaker) if turn.is_agent else None
                    fresh_rows.append(_turn_row(stored, position, turn, person))
                    if person is not None:
                        served_by.add(person.pk)
                    continue
                turn = kept
            turn.pk = None
            turn.position = position
            fresh_rows.append(turn)
        Turn.objects.bulk_create(fresh_rows)
        stored.agents.add(*served_by)

    def _load_customers(self, chunk: list[care.Conversation]) -> None:
        """Find or create the Customer behind each (source, customer key) in the chunk."""
        wanted: dict[tuple[str, str], care.Customer] = {}
        for conversation in chunk:
            customer = customer_of(conversation)
            key = customer_key(customer)
            if key:  # the first conversation of a new customer names them
                wanted.setdefault((conversation.source, key), customer)
        missing = [key for key in wanted if key not in self.customers]
        for source in {s for s, _ in missing}:
            identities = CustomerIdentity.objects.filter(
                organisation=self.organisation,
                source=source,
                external_id__in=[i for s, i in missing if s == source],
            ).select_related("customer")
            for identity in identities:
                self.customers[(source, identity.external_id)] = identity.customer
        new_keys = [key for key in missing if key not in self.customers]
        if not new_keys:
            return
        new_customers = [
            Customer(
                organisation=self.organisation,
                display_name=_customer_name(wanted[key], key[1]),
                named=is_a_name(wanted[key].name),
            )
            for key in new_keys
        ]
        Customer.objects.bulk_create(new_customers)
        CustomerIdentity.objects.bulk_create(
            CustomerIdentity(
                customer=customer,
                organisation=self.organisation,
                source=source,
                external_id=external_id,
            )
            for (source, external_id), customer in zip(new_keys, new_customers, strict=True)
        )
        self.customers.update(zip(new_keys, new_customers, strict=True))
        self.report.customers_added += len(new_customers)

    def _conversation_row(self, parsed: care.Conversation) -> Conversation:
        key = customer_key(customer_of(parsed))
        customer = self.customers.get((parsed.source, key)) if key else None
        if customer is not None:
            self.touched_customers.add(customer.pk)
        if not key:
            self.report.without_customer += 1
        elif key.startswith(EMAIL_KEY):
            self.report.customers_by_email += 1
        elif key.startswith((NAME_KEY, NAME_HASH_KEY)):
            self.report.customers_by_name += 1
        return Conversation(
            organisation=self.organisation,
            source=parsed.source,
            external_id=parsed.id,
            channel=str(parsed.channel),
            customer=customer,
            subject=redact(parsed.subject)[:300],
            status=STATUS_WORDS.get(parsed.status.strip().lower(), Status.CLOSED),
            tags=list(parsed.tags),
            opened_at=_aware(parsed.opened_at),
            closed_at=_aware(parsed.closed_at),
            import_batch=self.batch,
        )


def _without_repeats(conversation: care.Conversation) -> care.Conversation:
    """`conversation` without a message that repeats an earlier one to the second: same
    speaker, same words, same time. Paged helpdesk exports repeat the record at a page
    edge, and a repeated message would read as the customer asking twice. A message with
    no time is kept: "ok" said twice in a transcript is two messages."""
    seen: set[tuple[object, ...]] = set()
    kept: list[care.Turn] = []
    for turn in conversation.turns:
        if turn.timestamp is not None:
            key = (turn.role, turn.speaker.name, turn.text, turn.timestamp)
            if key in seen:
                continue
            seen.add(key)
        kept.append(turn)
    if len(kept) == len(conversation.turns):
        return conversation
    return replace(conversation, turns=tuple(kept))


def _without_nul(conversation: care.Conversation) -> care.Conversation:
    """`conversation` with every NUL character taken out of its words, names and ids (the
    same object when it has none, which is nearly always)."""
    customer = conversation.customer
    strings = [
        conversation.id,
        conversation.subject,
        conversation.status,
        *conversation.tags,
        customer.id,
        customer.name,
        customer.email,
    ]
    for turn in conversation.turns:
        strings += (turn.text, turn.speaker.name, turn.speaker.email)
    if not any(NUL in value for value in strings):
        return conversation

    def clean(value: str) -> str:
        return value.replace(NUL, "")

    return replace(
        conversation,
        id=clean(conversation.id),
        subject=clean(conversation.subject),
        status=clean(conversation.status),
        tags=tuple(clean(tag) for tag in conversation.tags),
        customer=replace(
            customer, id=clean(customer.id), name=clean(customer.name), email=clean(customer.email)
        ),
        turns=tuple(
            replace(
                turn,
                text=clean(turn.text),
                speaker=replace(
                    turn.speaker, name=clean(turn.speaker.name), email=clean(turn.speaker.email)
                ),
            )
            for turn in conversation.turns
        ),
    )


def _turn_key(role: str, text: str, moment: datetime | None) -> tuple[str, str, datetime | None]:
    """What tells one message from another when a file is compared with what is stored:
    who spoke (the role), the redacted words and the time. Stored words are redacted
    again for the comparison (redacting twice changes nothing), so a message stored
    before a new redaction rule still meets itself in a later export."""
    return (role, text, moment)


def _earliest(stored: datetime | None, found: datetime | None) -> datetime | None:
    return min(stored, found) if stored and found else stored or found


def _latest(stored: datetime | None, found: datetime | None) -> datetime | None:
    return max(stored, found) if stored and found else stored or found


def _widen_contact_times(customer_ids: list[int]) -> None:
    """Move each customer's first/last contact to cover all their stored conversations.

    Done by the database (a subquery per block of customers) rather than a row-by-row
    update; times set by other means (an earlier "customer since") are only ever widened.
    """
    conversations = Conversation.objects.filter(customer=OuterRef("pk")).order_by()
    earliest = Subquery(
        conversations.values("customer").annotate(at=Min("opened_at")).values("at")[:1]
    )
    latest = Subquery(
        conversations.values("customer")
        .annotate(at=Max(Coalesce("closed_at", "opened_at")))
        .values("at")[:1]
    )
    for start in range(0, len(customer_ids), CHUNK_SIZE):
        Customer.objects.filter(pk__in=customer_ids[start : start + CHUNK_SIZE]).update(
            # Coalesce on both sides: LEAST/GREATEST (and SQLite's MIN/MAX) of a NULL is NULL.
            first_contact=Least(
                Coalesce("first_contact", earliest), Coalesce(earliest, "first_contact")
            ),
            last_contact=Greatest(
                Coalesce("last_contact", latest), Coalesce(latest, "last_contact")
            ),
        )


def _turn_row(stored: Conversation, position: int, turn: care.Turn, person: Person | None) -> Turn:
    return Turn(
        conversation=stored,
        position=position,
        speaker_role=SpeakerRole(str(turn.role)),
        person=person,
        speaker_name=(person.name if person is not None else safe_name(turn.speaker.name))[:200],
        text=redact(turn.text),
        timestamp=_aware(turn.timestamp),
    )


EMAIL_KEY = "email-sha256:"
NAME_KEY = "name:"
# A "name" that is an e-mail address or a phone number (a WhatsApp contact named by their
# number, a helpdesk requester named by their address) identifies the customer by a hash.
NAME_HASH_KEY = "name-sha256:"


def is_a_name(name: str) -> bool:
    """True when `name` gives an agent something to call the customer by: words left after
    redaction, not an id ("115712", the anonymised author of a tweet) or only an address."""
    return any(char.isalpha() for char in safe_name(name.strip()))


def safe_name(name: str) -> str:
    """`name` with any e-mail address, phone or card number in it redacted; '' when nothing
    but such data is left. Helpdesks often name a contact by their address or number, and
    a name is shown on every page, so it is personal data like the words of a message."""
    redacted = redact(name)
    if redacted == name:
        return name
    rest = redacted
    for placeholder in (EMAIL, PHONE, CARD, ADDRESS, POSTCODE):
        rest = rest.replace(placeholder, "")
    return redacted.strip() if any(char.isalpha() for char in rest) else ""


def customer_of(conversation: care.Conversation) -> care.Customer:
    """The conversation's customer, with the e-mail address of their first message that has
    one when the file names none for the conversation (a CSV's speaker_email column)."""
    customer = conversation.customer
    if customer.email.strip():
        return customer
    email = next(
        (t.speaker.email for t in conversation.turns if t.is_customer and t.speaker.email), ""
    )
    return care.Customer(id=customer.id, name=customer.name, email=email) if email else customer


def customer_key(customer: care.Customer) -> str:
    """The customer's identity within a source: the source's id when the file gives one;
    else their e-mail address (stored only as a hash: an address is personal data we redact
    everywhere else), else their name, spaces and case evened out; else '' (no customer).
    The same customer gets the same key in every file, so a second import adds nobody."""
    if customer.id.strip():
        return customer.id
    email = customer.email.strip().casefold()
    if email:
        return EMAIL_KEY + hashlib.sha256(email.encode()).hexdigest()
    name = " ".join(customer.name.split()).casefold()
    if name and safe_name(name) != name:
        return NAME_HASH_KEY + hashlib.sha256(name.encode()).hexdigest()
    return (NAME_KEY + name)[:200] if name else ""


def _customer_name(customer: care.Customer, key: str) -> str:
    # Fall back to a short label rather than the e-mail address: an address is personal
    # data we redact everywhere else.
    name = safe_name(customer.name.strip())
    if name:
        return name[:200]
    for hashed in (EMAIL_KEY, NAME_HASH_KEY):
        if key.startswith(hashed):
            return f"Customer {key[len(hashed) : len(hashed) + 6]}"
    if safe_name(key) != key:  # a source that uses the address or number as the id
        return f"Customer {hashlib.sha256(key.encode()).hexdigest()[:6]}"
    return f"Customer {key}"[:200]


def _aware(moment: datetime | None) -> datetime | None:
    """Exports without a zone are read as UTC, the zone every supported source writes in."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
