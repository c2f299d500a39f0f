"""Harbour & Pine, the demo company, as plain data (no Django): teams, people, customers.

Harbour & Pine sells homeware in two stores and online. Forty people work across the
three Legendary levels: three senior leaders, six managers, twenty-nine frontline
providers, a QA analyst and an administrator. Each frontline provider has a service style
(legendary, average or poor) and a few personal tendencies, so that every dashboard has
real strengths and real coaching needs to show. The teams and people are fixed (written in
`data/people.json`); the customers come from the seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from legendary.demo import pools
from legendary.demo import styles as st
from legendary.demo.conversations import (
    CHANNEL_VALUES,
    AgentProfile,
    CustomerProfile,
    ascii_slug,
    random_customers,
)
from legendary.demo.packaged import Entry, entries, read_data

ORGANISATION_NAME = pools.COMPANY
ORGANISATION_SLUG = "harbour-and-pine"
DEMO_PASSWORD = "legendary-demo"
# username -> the person who logs in with it (keys of PEOPLE below).
DEMO_LOGINS: dict[str, str] = {
    "leader": "margaret",
    "manager": "rachel",
    "frontline": "jordan",
    "analyst": "nkechi",
    "admin": "gareth",
}
CUSTOMER_COUNT = 320

FRONTLINE = "frontline"
MANAGER = "manager"
LEADER = "leader"
ANALYST = "analyst"
ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class TeamSpec:
    """A team; `parent` is the key of the team it sits in."""

    key: str
    name: str
    description: str
    parent: str | None = None
    channels: tuple[str, ...] = ()
    store: str = ""


@dataclass(frozen=True, slots=True)
class PersonSpec:
    """Someone at Harbour & Pine: their role, team, manager and (frontline) service style."""

    key: str
    name: str
    role: str
    title: str
    team: str | None
    manager: str | None
    joined_on: date
    style: str = ""
    tendencies: tuple[tuple[str, float], ...] = ()

    @property
    def email(self) -> str:
        first, *rest = self.name.split()
        return f"{ascii_slug(first)}.{ascii_slug(rest[-1])}@{pools.STAFF_EMAIL_DOMAIN}"


@dataclass(frozen=True, slots=True)
class DemoCustomer:
    """A customer with the segment and structured preferences the Attentiveness pages use."""

    profile: CustomerProfile
    segment: str
    preferences: dict[str, Any] = field(default_factory=dict)


PEOPLE_FILE = "people.json"
ROLES: tuple[str, ...] = (FRONTLINE, MANAGER, LEADER, ANALYST, ADMIN)


def _team(entry: Entry) -> TeamSpec:
    channels = entry.texts("channels", required=False)
    unknown = set(channels) - set(CHANNEL_VALUES)
    if unknown:
        raise entry.error("channels", f"{sorted(unknown)} are not channels")
    return TeamSpec(
        key=entry.text("key"),
        name=entry.text("name"),
        description=entry.text("description"),
        parent=entry.optional_text("parent"),
        channels=channels,
        store=entry.optional_text("store") or "",
    )


def _person(entry: Entry) -> PersonSpec:
    role = entry.choice("role", ROLES)
    style = entry.optional_text("style") or ""
    if (role == FRONTLINE) != bool(style):
        raise entry.error("style", "frontline providers need a style; nobody else has one")
    if style and style not in st.STYLES:
        raise entry.error("style", f"{style!r} is not one of {', '.join(st.STYLES)}")
    try:
        joined_on = date.fromisoformat(entry.text("joined_on"))
    except ValueError as exc:
        raise entry.error("joined_on", "must be a date written YYYY-MM-DD") from exc
    return PersonSpec(
        key=entry.text("key"),
        name=entry.text("name"),
        role=role,
        title=entry.text("title"),
        team=entry.optional_text("team"),
        manager=entry.optional_text("manager"),
        joined_on=joined_on,
        style=style,
        tendencies=entry.chances("tendencies", (*st.BEHAVIOURS, *st.BREAKERS)),
    )


def load_people() -> tuple[tuple[TeamSpec, ...], tuple[PersonSpec, ...]]:
    """Harbour & Pine's teams and people from the package data (people in reporting order)."""
    data = read_data(PEOPLE_FILE)
    where = f"legendary/demo/data/{PEOPLE_FILE}"
    teams = tuple(_team(e) for e in entries(data, "teams", where, "team"))
    people = tuple(_person(e) for e in entries(data, "people", where, "person"))
    return teams, people


TEAMS, PEOPLE = load_people()

SEGMENTS: tuple[tuple[str, float], ...] = (
    ("Loyalty: Gold", 0.12),
    ("Loyalty: Silver", 0.2),
    ("Loyalty: Bronze", 0.25),
    ("First-time buyer", 0.2),
    ("Trade", 0.08),
    ("At risk", 0.15),
)
INTERESTS: tuple[str, ...] = (
    "furniture",
    "textiles",
    "kitchen",
    "lighting",
    "decor",
    "outdoor living",
    "sustainable materials",
)
DELIVERY_NOTES: tuple[str, ...] = (
    "",
    "",
    "Leave with neighbour at number 12 if out",
    "Third floor, no lift",
    "Ring the bell twice; the dog barks but is friendly",
    "Weekday deliveries only, after 2pm",
    "Narrow stairs — large items need two people",
    "Use the side gate",
)
LANGUAGES: tuple[tuple[str, float], ...] = (("en", 0.88), ("cy", 0.04), ("pl", 0.04), ("ur", 0.04))
TRADE_COMPANIES: tuple[str, ...] = (
    "Marsh & Daughters Interiors",
    "Northlight Lettings",
    "The Old Mill Guesthouse",
    "Kestrel Cafés",
    "Brightwater Holiday Homes",
)


@dataclass(frozen=True, slots=True)
class DemoOrganisation:
    """Everything the loader stores about Harbour & Pine, before any database is involved."""

    name: str
    slug: str
    teams: tuple[TeamSpec, ...]
    people: tuple[PersonSpec, ...]
    customers: tuple[DemoCustomer, ...]

    def agents(self) -> list[AgentProfile]:
        """Frontline providers as agent profiles: style, tendencies and their team's channels."""
        teams = {t.key: t for t in self.teams}
        out = []
        for person in self.people:
            if not person.style or person.team is None:
                continue
            team = teams[person.team]
            out.append(
                AgentProfile(
                    name=person.name,
                    style=person.style,
                    channels=team.channels,
                    tendencies=person.tendencies,
                    email=person.email,
                    store=team.store,
                )
            )
        return out


def build_organisation(seed: int | str, customer_count: int = CUSTOMER_COUNT) -> DemoOrganisation:
    """Harbour & Pine with `customer_count` customers drawn from `seed` (same seed, same data)."""
    staff = {p.name for p in PEOPLE}
    rng = random.Random(f"{seed}/segments")
    customers = tuple(
        _with_segment(rng, profile) for profile in random_customers(seed, customer_count, staff)
    )
    return DemoOrganisation(ORGANISATION_NAME, ORGANISATION_SLUG, TEAMS, PEOPLE, customers)


def _with_segment(rng: random.Random, profile: CustomerProfile) -> DemoCustomer:
    segment = rng.choices([s for s, _ in SEGMENTS], weights=[w for _, w in SEGMENTS])[0]
    language = rng.choices([c for c, _ in LANGUAGES], weights=[w for _, w in LANGUAGES])[0]
    preferences: dict[str, Any] = {
        "contact": profile.preferred_channel or "no preference",
        "language": language,
        "interests": sorted(rng.sample(INTERESTS, rng.randint(1, 3))),
        "marketing_opt_in": rng.random() < 0.55,
    }
    note = rng.choice(DELIVERY_NOTES)
    if note:
        preferences["delivery_notes"] = note
    if segment == "Trade":
        preferences["company"] = rng.choice(TRADE_COMPANIES)
    if segment.startswith("Loyalty"):
        preferences["loyalty_points"] = rng.randrange(200, 6000, 10)
    return DemoCustomer(profile, segment, preferences)


def validate(organisation: DemoOrganisation) -> None:
    """Fail loudly if the hand-written data contradicts itself (a typo in a key, a loop)."""
    team_keys = {t.key for t in organisation.teams}
    seen: set[str] = set()
    for team in organisation.teams:
        if team.parent is not None and team.parent not in team_keys:
            raise ValueError(f"demo team {team.key!r}: parent {team.parent!r} is not a team")
    for person in organisation.people:
        if person.team is not None and person.team not in team_keys:
            raise ValueError(f"demo person {person.key!r}: team {person.team!r} is not a team")
        if person.manager is not None and person.manager not in seen:
            raise ValueError(
                f"demo person {person.key!r}: manager {person.manager!r} must be listed before them"
            )
        seen.add(person.key)
    missing = set(DEMO_LOGINS.values()) - seen
    if missing:
        raise ValueError(f"demo logins name people who do not exist: {sorted(missing)}")


ROLE_LABELS: dict[str, str] = {
    FRONTLINE: "Frontline provider",
    MANAGER: "Manager",
    LEADER: "Senior leader",
    ANALYST: "QA analyst",
    ADMIN: "Administrator",
}


def demo_logins() -> list[tuple[str, str]]:
    """(username, who they are) for each demo login, in the order the CLI prints them."""
    people = {p.key: p for p in PEOPLE}
    out = []
    for username, key in DEMO_LOGINS.items():
        person = people[key]
        out.append((username, f"{ROLE_LABELS[person.role]}: {person.name}, {person.title}"))
    return out
