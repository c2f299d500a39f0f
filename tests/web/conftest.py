"""Personas and small factories for web and API tests.

The organisation every test sees ("Harbour & Vine"):

    leader  Lena Leader (senior leader)
      └── manager  Maya Manager (manager, Store team)
            ├── frontline  Fran Frontline (frontline, Store team)
            └── team lead  Tom Teamlead (manager, Store team)
                  └── indirect report  Ivy Indirect (frontline, Store team)
    colleague  Cole Colleague (frontline, Online team; reports to the leader, not to Maya)
    analyst    Ana Analyst (QA analyst)
    admin      Adam Admin (administrator)

plus an outsider from another organisation, Otto Outsider (senior leader at "Elsewhere Ltd").
Each persona fixture is a `Client` signed in as that person; `world` holds the objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from legendary.conversations.models import (
    BehaviourOutcome,
    Channel,
    Conversation,
    ConversationFlag,
    Customer,
    Scorecard,
    SpeakerRole,
    Turn,
)
from legendary.conversations.scoring import flag_rows, rubric_in_use
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.services import create_organisation, create_person, create_team

PASSWORD = "a-long-test-password-42"


def make_customer(organisation: Organisation, name: str = "Rosa Customer") -> Customer:
    """A customer of `organisation`."""
    return Customer.objects.create(organisation=organisation, display_name=name, segment="Loyal")


def stored_outcome(conversation: Conversation, behaviour: str) -> str:
    """The outcome ("present", "absent", "not_applicable") of `behaviour` on the
    conversation's stored scorecard."""
    card = Scorecard.objects.get(conversation=conversation)
    return {b["behaviour"]: b["outcome"] for b in card.document["behaviours"]}[behaviour]


def answer_after(conversation: Conversation, position: int, wait: dt.timedelta) -> None:
    """Move turn `position` of the conversation to `wait` after the turn before it."""
    asked = Turn.objects.get(conversation=conversation, position=position - 1)
    assert asked.timestamp is not None
    Turn.objects.filter(conversation=conversation, position=position).update(
        timestamp=asked.timestamp + wait
    )


def make_conversation(
    *agents: Person,
    customer: Customer | None = None,
    channel: str = Channel.CHAT,
    subject: str = "Parcel arrived damaged",
    days_ago: float = 1,
    texts: tuple[str, ...] = (
        "Hello, my parcel arrived with the lid crushed.",
        "I'm sorry it arrived like that. I'll send a replacement today.",
    ),
) -> Conversation:
    """A conversation served by `agents`, alternating customer and agent turns."""
    organisation = agents[0].organisation if agents else customer.organisation  # type: ignore[union-attr]
    opened = timezone.now() - dt.timedelta(days=days_ago)
    conversation = Conversation.objects.create(
        organisation=organisation,
        source="test",
        # Counted from the table, not a module counter: this module is imported twice
        # (as a conftest and as `web.conftest` by test modules), which would mean two counters.
        external_id=f"T-{Conversation.objects.count() + 1}",
        channel=channel,
        customer=customer or make_customer(organisation),
        subject=subject,
        opened_at=opened,
        closed_at=opened + dt.timedelta(minutes=20),
        tags=["delivery"],
    )
    conversation.agents.set(agents)
    for position, text in enumerate(texts):
        is_agent = position % 2 == 1 and agents
        Turn.objects.create(
            conversation=conversation,
            position=position,
            speaker_role=SpeakerRole.AGENT if is_agent else SpeakerRole.CUSTOMER,
            person=agents[0] if is_agent else None,
            speaker_name=agents[0].name if is_agent else conversation.customer.display_name,  # type: ignore[union-attr]
            text=text,
            timestamp=opened + dt.timedelta(minutes=position),
        )
    return conversation


QUALITIES = ("committed", "attentive", "responsive", "empowered")


def make_scorecard(
    conversation: Conversation,
    overall: float | None = 70.0,
    *,
    outcomes: Mapping[str, Mapping[Person, str]] | None = None,
    flags: Sequence[str] = (),
    **qualities: float | None,
) -> Scorecard:
    """A stored scorecard with known figures, as if the engine had scored `conversation`.

    Every CARE quality is `overall` unless named (`attentive=None`: it applied nowhere).
    `outcomes` maps a behaviour to each agent's outcome in it (`{"apologises": {fran:
    "present"}}`), stored as the `BehaviourOutcome` rows that behaviour rates count.
    """
    unknown = set(qualities) - set(QUALITIES)
    if unknown:
        raise TypeError(f"make_scorecard: {sorted(unknown)} are not CARE qualities {QUALITIES}")
    rubric, _ = rubric_in_use(conversation.organisation)
    scorecard = Scorecard.objects.create(
        conversation=conversation,
        rubric=rubric,
        overall=overall,
        **{quality: qualities.get(quality, overall) for quality in QUALITIES},
        document={},
        flags=list(flags),
        scored_at=timezone.now(),
    )
    ConversationFlag.objects.bulk_create(flag_rows(conversation.pk, flags))
    BehaviourOutcome.objects.bulk_create(
        BehaviourOutcome(
            conversation=conversation, person=person, behaviour=behaviour, outcome=outcome
        )
        for behaviour, by_person in (outcomes or {}).items()
        for person, outcome in by_person.items()
    )
    return scorecard


@dataclass
class World:
    """Every object of the persona organisation, by the name the tests use."""

    org: Organisation
    store: Team
    online: Team
    kiosk: Team  # nested in the Store team
    leader: Person
    manager: Person
    frontline: Person
    teamlead: Person
    indirect_report: Person
    colleague: Person
    analyst: Person
    admin: Person
    outsider: Person
    other_org_team: Team
    frontline_conversation: Conversation
    colleague_conversation: Conversation
    indirect_conversation: Conversation
    manager_conversation: Conversation
    outsider_conversation: Conversation


def _person(org: Organisation, name: str, role: Role, **kwargs: object) -> Person:
    username = name.split()[0].lower()
    return create_person(
        org,
        name,
        role=role,
        with_login=True,
        username=username,
        password=PASSWORD,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture(autouse=True)
def fast_passwords(settings: Any) -> None:
    """Hash test passwords with a fast hasher: the personas need nine accounts per test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db: None) -> World:
    org = create_organisation("Harbour & Vine")
    store = create_team(org, "Store")
    online = create_team(org, "Online")
    kiosk = create_team(org, "Kiosk", parent=store)
    leader = _person(org, "Lena Leader", Role.LEADER, title="Chief customer officer")
    manager = _person(org, "Maya Manager", Role.MANAGER, team=store, manager=leader)
    frontline = _person(org, "Fran Frontline", Role.FRONTLINE, team=store, manager=manager)
    teamlead = _person(org, "Tom Teamlead", Role.MANAGER, team=kiosk, manager=manager)
    indirect = _person(org, "Ivy Indirect", Role.FRONTLINE, team=kiosk, manager=teamlead)
    colleague = _person(org, "Cole Colleague", Role.FRONTLINE, team=online, manager=leader)
    analyst = _person(org, "Ana Analyst", Role.ANALYST)
    admin = _person(org, "Adam Admin", Role.ADMIN)
    elsewhere = create_organisation("Elsewhere Ltd")
    other_team = create_team(elsewhere, "Elsewhere support")
    outsider = _person(elsewhere, "Otto Outsider", Role.LEADER, team=other_team)
    return World(
        org=org,
        store=store,
        online=online,
        kiosk=kiosk,
        leader=leader,
        manager=manager,
        frontline=frontline,
        teamlead=teamlead,
        indirect_report=indirect,
        colleague=colleague,
        analyst=analyst,
        admin=admin,
        outsider=outsider,
        other_org_team=other_team,
        frontline_conversation=make_conversation(frontline, subject="Fran's parcel"),
        colleague_conversation=make_conversation(
            colleague, channel=Channel.EMAIL, subject="Cole's refund"
        ),
        indirect_conversation=make_conversation(
            indirect, channel=Channel.PHONE, subject="Ivy's booking"
        ),
        manager_conversation=make_conversation(manager, subject="Maya's escalation"),
        outsider_conversation=make_conversation(outsider, subject="Otto's ticket"),
    )


def signed_in(person: Person) -> Client:
    """A test client signed in as `person`."""
    client = Client()
    assert person.user is not None
    client.force_login(person.user)
    return client


@pytest.fixture
def frontline(world: World) -> Client:
    return signed_in(world.frontline)


@pytest.fixture
def colleague(world: World) -> Client:
    return signed_in(world.colleague)


@pytest.fixture
def manager(world: World) -> Client:
    return signed_in(world.manager)


@pytest.fixture
def indirect_report(world: World) -> Client:
    return signed_in(world.indirect_report)


@pytest.fixture
def leader(world: World) -> Client:
    return signed_in(world.leader)


@pytest.fixture
def analyst(world: World) -> Client:
    return signed_in(world.analyst)


@pytest.fixture
def admin(world: World) -> Client:
    return signed_in(world.admin)


@pytest.fixture
def outsider(world: World) -> Client:
    return signed_in(world.outsider)
