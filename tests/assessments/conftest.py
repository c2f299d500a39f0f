"""Survey tests use the web personas, plus factories for organisations big enough to survey."""

from __future__ import annotations

import datetime
import itertools
import random
from collections.abc import Iterable

import pytest
from django.core.cache import cache
from django.utils import timezone

from legendary.assessments.itembank import load_item_bank
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.services import (
    Submission,
    create_campaign,
    launch_campaign,
    record_anonymous_response,
)
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.services import create_person
from web.conftest import (  # noqa: F401  (fixtures are found by name)
    World,
    admin,
    analyst,
    colleague,
    fast_passwords,
    frontline,
    indirect_report,
    leader,
    manager,
    outsider,
    signed_in,
    world,
)

_names = itertools.count(1)
TODAY = datetime.date(2026, 6, 15)


def add_people(
    org: Organisation, team: Team | None, role: Role, count: int, reports_to: Person | None = None
) -> list[Person]:
    """`count` people without logins (survey respondents need no account)."""
    return [
        create_person(
            org,
            f"Person {next(_names)}",
            role=role,
            team=team,
            manager=reports_to,
            email=f"p{next(_names)}@example.org",
        )
        for _ in range(count)
    ]


PASSWORD = "a-long-test-password-42"


def with_login(
    org: Organisation, name: str, role: Role, team: Team | None = None, **kw: object
) -> Person:
    """Someone who signs in: username their first name in lower case, password PASSWORD."""
    username = name.split()[0].lower()
    return create_person(
        org, name, role=role, team=team, with_login=True, username=username,
        password=PASSWORD, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def open_icare_campaign(org: Organisation, title: str) -> Campaign:
    """An ICARE campaign for everyone, opened yesterday for ten days, launched (and
    e-mailed) now."""
    today = timezone.localdate()
    campaign = create_campaign(
        org,
        kind=CampaignKind.ICARE,
        title=title,
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=9),
    )
    launch_campaign(campaign)
    return campaign


def icare_submission(person: Person, value: int, rng: random.Random | None = None) -> Submission:
    """Every statement for the person's level answered `value` (or around it with `rng`)."""
    bank = load_item_bank()
    answers: dict[str, int | None] = {}
    for s in bank.for_perspective(person.level):
        answers[s.id] = max(1, min(5, value + (rng.choice([-1, 0, 1]) if rng else 0)))
    return Submission(answers=answers)


def closed_icare_campaign(
    org: Organisation,
    answers: Iterable[tuple[Person, int]],
    *,
    closes_on: datetime.date = TODAY - datetime.timedelta(days=1),
    min_group_scores: int = 5,
    title: str = "Culture check",
) -> Campaign:
    """A launched ICARE campaign, already closed, in which each (person, value) answered."""
    campaign = create_campaign(
        org,
        kind=CampaignKind.ICARE,
        title=title,
        opens_on=closes_on - datetime.timedelta(days=14),
        closes_on=closes_on,
        min_group_scores=min_group_scores,
        min_group_comments=max(min_group_scores, 5),
    )
    launch_campaign(campaign, now=timezone.now(), send_email=False)
    invitations = {i.person_id: i for i in campaign.invitations.all()}
    for person, value in answers:
        record_anonymous_response(
            campaign, person, icare_submission(person, value), invitations.get(person.pk)
        )
    return campaign


@pytest.fixture
def today() -> datetime.date:
    return TODAY


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    """Survey tables are cached per campaign; each test starts from an empty cache."""
    cache.clear()
