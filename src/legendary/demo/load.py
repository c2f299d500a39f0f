"""Store the demo organisation: Harbour & Pine, its people, customers and conversations.

`load_demo_organisation()` is what `legendary demo` calls on an empty database. It writes
everything in one transaction with bulk inserts, redacts every stored text through
`legendary.care.redact`, then runs the registered extra steps (`DEMO_STEPS`), each with its
own seeded random generator, so that other parts of Legendary (culture assessments, scores)
can add their demo data without touching this module.
"""

from __future__ import annotations

import importlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from legendary.care import model as care
from legendary.conversations.models import (
    DEMO_SOURCE,
    Conversation,
    Customer,
    CustomerIdentity,
    Turn,
)
from legendary.demo.conversations import generate_conversations
from legendary.demo.organisation import (
    DEMO_LOGINS,
    DEMO_PASSWORD,
    DemoOrganisation,
    build_organisation,
    validate,
)
from legendary.lib.db import refresh_planner_statistics
from legendary.people import services
from legendary.people.models import Organisation, Person, Team

DEFAULT_SEED = 7
DEFAULT_CONVERSATIONS = 2400
DEFAULT_DAYS = 90
SOURCE = DEMO_SOURCE
# Conversations stored per round of bulk inserts.
CHUNK_SIZE = 400

# Extra steps run after the organisation is stored, as "package.module.function" paths to
# `populate(organisation, rng, today) -> None`. Other apps append theirs here.
DEMO_STEPS: list[str] = [
    "legendary.assessments.demo.populate",
    # Scorecards before culture: the demo's CARE goals and plans are measured from them.
    "legendary.conversations.demo.populate",
    # Reviews of those scorecards by the QA analyst and a manager (Engine agreement page).
    "legendary.conversations.demo_reviews.populate",
    "legendary.culture.demo.populate",
]

Progress = Callable[[int, int, str], None]
DemoStep = Callable[[Organisation, random.Random, date], None]


class DemoError(RuntimeError):
    """The demo could not be loaded; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What `load_demo_organisation` did (or found), for the CLI to print."""

    created: bool
    organisation: str
    teams: int
    people: int
    customers: int
    conversations: int
    turns: int
    logins: tuple[str, ...]
    seconds: float

    def describe(self) -> str:
        """One line for people: what was loaded, or why nothing was."""
        counts = (
            f"{self.teams} teams, {self.people} people, {self.customers} customers, "
            f"{self.conversations} conversations ({self.turns} turns)"
        )
        if not self.created:
            return f"{self.organisation} is already in the database ({counts}); nothing loaded."
        return f"Loaded {self.organisation}: {counts} in {self.seconds:.1f} s."


def demo_organisation_exists() -> bool:
    """Whether the database already holds an organisation (the demo then loads nothing)."""
    return Organisation.objects.exists()


def load_demo_organisation(
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Progress | None = None,
    *,
    conversations: int = DEFAULT_CONVERSATIONS,
    customers: int | None = None,
) -> DemoSummary:
    """Create Harbour & Pine with `conversations` conversations over the 90 days before `today`.

    Does nothing if any organisation exists (the summary says so). Otherwise everything is
    written in one transaction; only the five demo accounts (`DEMO_LOGINS`) get a login,
    all with `DEMO_PASSWORD`. `progress(done, total, stage)` is called as work advances.
    The same seed and `today` give the same organisation. Raises `DemoError` if a
    registered step cannot be imported.
    """
    begun = time.perf_counter()
    existing = Organisation.objects.order_by("pk").first()
    if existing is not None:
        return _summary(existing, created=False, seconds=time.perf_counter() - begun)
    steps = [_import_step(path) for path in DEMO_STEPS]
    from legendary.care.redact import redact  # the import service's redaction, never our own

    today = today or timezone.localdate()
    end = min(timezone.now(), datetime.combine(today, datetime.max.time(), tzinfo=UTC))
    spec = build_organisation(seed, **({} if customers is None else {"customer_count": customers}))
    validate(spec)
    total = conversations + 2 + len(steps)
    report = progress or _no_progress

    with transaction.atomic():
        report(0, total, "Creating teams and people")
        organisation, people = _store_people(spec)
        by_name = {p.name: people[p.key] for p in spec.people}
        report(1, total, "Writing conversations")
        written = list(
            generate_conversations(
                seed,
                conversations,
                agents=spec.agents(),
                customers=[c.profile for c in spec.customers],
                start=end - timedelta(days=DEFAULT_DAYS),
                end=end,
            )
        )
        stored_customers = _store_customers(organisation, spec, written)
        report(2, total, "Storing conversations")
        done = 2
        for start in range(0, len(written), CHUNK_SIZE):
            chunk = written[start : start + CHUNK_SIZE]
            _store_conversations(organisation, chunk, by_name, stored_customers, redact)
            done += len(chunk)
            report(done, total, "Storing conversations")
        for path, step in zip(DEMO_STEPS, steps, strict=True):
            report(done, total, f"Adding demo data: {path.removesuffix('.populate')}")
            # Each step reads what the ones before it wrote in bulk.
            refresh_planner_statistics()
            step(organisation, random.Random(f"{seed}/{path}"), today)
            done += 1
        report(total, total, "Done")
    return _summary(organisation, created=True, seconds=time.perf_counter() - begun)


def _no_progress(done: int, total: int, stage: str) -> None:
    """The progress callback when nobody is watching."""


def _import_step(path: str) -> DemoStep:
    module_name, _, name = path.rpartition(".")
    try:
        step: DemoStep = getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError, ValueError) as exc:
        raise DemoError(
            f"DEMO_STEPS entry {path!r} cannot be imported ({exc}); "
            "register steps as 'package.module.function'"
        ) from exc
    return step


def _store_people(spec: DemoOrganisation) -> tuple[Organisation, dict[str, Person]]:
    """The organisation, its teams and its people (by spec key), through the people services."""
    organisation = services.create_organisation(spec.name, slug=spec.slug)
    teams: dict[str, Team] = {}
    for team in spec.teams:
        teams[team.key] = services.create_team(
            organisation,
            team.name,
            parent=teams[team.parent] if team.parent else None,
            description=team.description,
        )
    usernames = {key: username for username, key in DEMO_LOGINS.items()}
    people: dict[str, Person] = {}
    for person in spec.people:
        username = usernames.get(person.key, "")
        people[person.key] = services.create_person(
            organisation,
            person.name,
            role=person.role,
            email=person.email,
            title=person.title,
            team=teams[person.team] if person.team else None,
            manager=people[person.manager] if person.manager else None,
            joined_on=person.joined_on,
            with_login=bool(username),
            username=username,
            password=DEMO_PASSWORD if username else None,
        )
    return organisation, people


def _store_customers(
    organisation: Organisation, spec: DemoOrganisation, written: list[care.Conversation]
) -> dict[str, Customer]:
    """Every customer, with first and last contact taken from their conversations."""
    first: dict[str, datetime] = {}
    last: dict[str, datetime] = {}
    for conversation in written:
        opened, closed = conversation.opened_at, conversation.closed_at
        key = conversation.customer.id
        if opened is not None and (key not in first or opened < first[key]):
            first[key] = opened
        if closed is not None and (key not in last or closed > last[key]):
            last[key] = closed
    rows = [
        Customer(
            organisation=organisation,
            display_name=c.profile.name,
            segment=c.segment,
            preferences=c.preferences,
            first_contact=first.get(c.profile.id),
            last_contact=last.get(c.profile.id),
        )
        for c in spec.customers
    ]
    Customer.objects.bulk_create(rows, batch_size=500)
    CustomerIdentity.objects.bulk_create(
        (
            CustomerIdentity(
                customer=row, organisation=organisation, source=SOURCE, external_id=c.profile.id
            )
            for c, row in zip(spec.customers, rows, strict=True)
        ),
        batch_size=500,
    )
    return {c.profile.id: row for c, row in zip(spec.customers, rows, strict=True)}


def _store_conversations(
    organisation: Organisation,
    chunk: list[care.Conversation],
    people: dict[str, Person],
    customers: dict[str, Customer],
    redact: Callable[[str], str],
) -> None:
    rows = [
        Conversation(
            organisation=organisation,
            source=SOURCE,
            external_id=c.id,
            channel=c.channel.value,
            customer=customers[c.customer.id],
            subject=redact(c.subject)[:300],
            status=c.status,
            tags=list(c.tags),
            opened_at=c.opened_at,
            closed_at=c.closed_at,
        )
        for c in chunk
    ]
    Conversation.objects.bulk_create(rows)
    turns: list[Turn] = []
    through = Conversation.agents.through
    links: list[Any] = []  # rows of the auto-created Conversation.agents table
    for parsed, stored in zip(chunk, rows, strict=True):
        served_by: dict[int, None] = {}
        for position, turn in enumerate(parsed.turns):
            person = people.get(turn.speaker.name) if turn.is_agent else None
            if person is not None:
                served_by.setdefault(person.pk, None)
            turns.append(
                Turn(
                    conversation=stored,
                    position=position,
                    speaker_role=turn.role.value,
                    person=person,
                    speaker_name=turn.speaker.name,
                    text=redact(turn.text),
                    timestamp=turn.timestamp,
                )
            )
        links.extend(through(conversation_id=stored.pk, person_id=pk) for pk in served_by)
    Turn.objects.bulk_create(turns, batch_size=2000)
    through.objects.bulk_create(links, batch_size=2000)


def _summary(organisation: Organisation, *, created: bool, seconds: float) -> DemoSummary:
    user_model = get_user_model()
    logins = user_model._default_manager.filter(
        username__in=list(DEMO_LOGINS), person__organisation=organisation
    ).values_list("username", flat=True)
    return DemoSummary(
        created=created,
        organisation=organisation.name,
        teams=Team.objects.filter(organisation=organisation).count(),
        people=Person.objects.filter(organisation=organisation).count(),
        customers=Customer.objects.filter(organisation=organisation).count(),
        conversations=Conversation.objects.filter(organisation=organisation).count(),
        turns=Turn.objects.filter(conversation__organisation=organisation).count(),
        logins=tuple(sorted(logins)),
        seconds=seconds,
    )
