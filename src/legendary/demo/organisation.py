"""Harbour & Pine, the demo company, as plain data (no Django): teams, people, customers.

Harbour & Pine sells homeware in two stores and online. Forty people work across the
three Legendary levels: three senior leaders, six managers, twenty-nine frontline
providers, a QA analyst and an administrator. Each frontline provider has a service style
(legendary, average or poor) and a few personal tendencies, so that every dashboard has
real strengths and real coaching needs to show. The people are fixed; the customers come
from the seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from legendary.demo import pools
from legendary.demo import styles as st
from legendary.demo.conversations import (
    AgentProfile,
    CustomerProfile,
    ascii_slug,
    random_customers,
)

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


TEAMS: tuple[TeamSpec, ...] = (
    TeamSpec("leadership", "Leadership team", "Sets the service vision and owns the goals."),
    TeamSpec(
        "care",
        "Customer Care",
        "Everyone who looks after customers at a distance, and the quality of that service.",
    ),
    TeamSpec(
        "chat_email",
        "Chat & E-mail",
        "Live chat on the website and the customer care inbox.",
        parent="care",
        channels=("chat", "email"),
    ),
    TeamSpec(
        "phone_social",
        "Phone & Social",
        "The care phone line and replies on social media.",
        parent="care",
        channels=("phone", "social"),
    ),
    TeamSpec("stores", "Stores", "Our two shops and the people on their floors."),
    TeamSpec(
        "harbour_street",
        "Harbour Street store",
        "The original shop, in the old harbour master's warehouse.",
        parent="stores",
        channels=("in_person",),
        store="Harbour Street",
    ),
    TeamSpec(
        "riverside",
        "Riverside store",
        "The larger shop by the river, with the furniture showroom.",
        parent="stores",
        channels=("in_person",),
        store="Riverside",
    ),
    TeamSpec(
        "online",
        "Online Orders",
        "Orders, deliveries and couriers, from checkout to doorstep.",
        channels=("chat", "email", "phone"),
    ),
    TeamSpec(
        "returns",
        "Returns & Repairs",
        "Returns, refunds, warranty claims and the repairs desk at Riverside.",
        channels=("email", "phone", "in_person"),
        store="Riverside",
    ),
)


def _person(
    key: str,
    name: str,
    role: str,
    title: str,
    team: str | None,
    manager: str | None,
    joined: str,
    style: str = "",
    **tendencies: float,
) -> PersonSpec:
    return PersonSpec(
        key=key,
        name=name,
        role=role,
        title=title,
        team=team,
        manager=manager,
        joined_on=date.fromisoformat(joined),
        style=style,
        tendencies=tuple(sorted(tendencies.items())),
    )


L, A, P = st.LEGENDARY, st.AVERAGE, st.POOR
ADVISER = "Customer Care Adviser"
STORE = "Store Colleague"

# In reporting order: everyone's manager comes before them.
PEOPLE: tuple[PersonSpec, ...] = (
    _person(
        "margaret", "Margaret Osei", LEADER, "Managing Director", "leadership", None, "2014-03-03"
    ),
    _person(
        "daniel",
        "Daniel Fairbairn",
        LEADER,
        "Director of Customer Experience",
        "leadership",
        "margaret",
        "2017-09-11",
    ),
    _person(
        "anjali", "Anjali Mehta", LEADER, "Retail Director", "leadership", "margaret", "2016-05-16"
    ),
    _person(
        "gareth",
        "Gareth Pugh",
        ADMIN,
        "Systems Administrator",
        "leadership",
        "margaret",
        "2019-01-07",
    ),
    _person(
        "nkechi", "Nkechi Obi", ANALYST, "Service Quality Analyst", "care", "daniel", "2021-06-14"
    ),
    # Chat & E-mail
    _person(
        "rachel",
        "Rachel Lindqvist",
        MANAGER,
        "Chat & E-mail Team Manager",
        "chat_email",
        "daniel",
        "2018-02-19",
    ),
    _person(
        "jordan",
        "Jordan Ellis",
        FRONTLINE,
        ADVISER,
        "chat_email",
        "rachel",
        "2023-04-03",
        A,
        acknowledges_feelings=0.85,
        paraphrases=0.6,
        makes_commitment=0.12,
        gains_agreement=0.15,
    ),
    _person(
        "aisha",
        "Aisha Khan",
        FRONTLINE,
        "Senior " + ADVISER,
        "chat_email",
        "rachel",
        "2019-10-21",
        L,
    ),
    _person("ben", "Ben Carter", FRONTLINE, ADVISER, "chat_email", "rachel", "2024-08-12", P),
    _person(
        "lena",
        "Lena Fischer",
        FRONTLINE,
        ADVISER,
        "chat_email",
        "rachel",
        "2022-01-10",
        A,
        offers_options=0.7,
        uses_jargon=0.35,
    ),
    _person(
        "marcus",
        "Marcus Reid",
        FRONTLINE,
        ADVISER,
        "chat_email",
        "rachel",
        "2020-11-02",
        L,
        paraphrases=0.4,
    ),
    _person(
        "zoe",
        "Zoe Chambers",
        FRONTLINE,
        ADVISER,
        "chat_email",
        "rachel",
        "2025-02-24",
        A,
        ignores_question=0.4,
    ),
    # Phone & Social
    _person(
        "imran",
        "Imran Siddiqui",
        MANAGER,
        "Phone & Social Team Manager",
        "phone_social",
        "daniel",
        "2018-07-30",
    ),
    _person(
        "hollie", "Hollie Parsons", FRONTLINE, ADVISER, "phone_social", "imran", "2020-03-09", L
    ),
    _person(
        "connor",
        "Connor Walsh",
        FRONTLINE,
        ADVISER,
        "phone_social",
        "imran",
        "2024-05-20",
        P,
        minimises_feelings=0.5,
    ),
    _person(
        "precious",
        "Precious Adebayo",
        FRONTLINE,
        ADVISER,
        "phone_social",
        "imran",
        "2022-09-05",
        A,
        asks_open_question=0.7,
        takes_ownership=0.7,
    ),
    _person(
        "ryan",
        "Ryan Matthews",
        FRONTLINE,
        ADVISER,
        "phone_social",
        "imran",
        "2023-11-13",
        A,
        slow_reply=0.4,
        expresses_appreciation=0.9,
    ),
    _person(
        "yasmin",
        "Yasmin Farah",
        FRONTLINE,
        "Social Media Specialist",
        "phone_social",
        "imran",
        "2021-04-26",
        L,
    ),
    # Harbour Street store
    _person(
        "owen",
        "Owen Griffiths",
        MANAGER,
        "Store Manager, Harbour Street",
        "harbour_street",
        "anjali",
        "2015-08-17",
    ),
    _person(
        "eilidh",
        "Eilidh Ross",
        FRONTLINE,
        "Senior " + STORE,
        "harbour_street",
        "owen",
        "2018-04-09",
        L,
    ),
    _person(
        "kieran",
        "Kieran Doyle",
        FRONTLINE,
        STORE,
        "harbour_street",
        "owen",
        "2022-06-27",
        A,
        asks_open_question=0.7,
        blames_policy=0.3,
    ),
    _person("mia", "Mia Novak", FRONTLINE, STORE, "harbour_street", "owen", "2023-09-18", A),
    _person(
        "suresh",
        "Suresh Pillai",
        FRONTLINE,
        STORE,
        "harbour_street",
        "owen",
        "2021-12-06",
        P,
        not_my_department=0.55,
    ),
    _person(
        "tess",
        "Tess Morgan",
        FRONTLINE,
        STORE,
        "harbour_street",
        "owen",
        "2024-10-14",
        A,
        makes_commitment=0.7,
    ),
    # Riverside store
    _person(
        "claire",
        "Claire Donnelly",
        MANAGER,
        "Store Manager, Riverside",
        "riverside",
        "anjali",
        "2017-01-23",
    ),
    _person(
        "ade", "Ade Ogunleye", FRONTLINE, "Senior " + STORE, "riverside", "claire", "2019-05-13", L
    ),
    _person(
        "beth",
        "Beth Hartley",
        FRONTLINE,
        STORE,
        "riverside",
        "claire",
        "2022-03-21",
        A,
        takes_ownership=0.75,
        non_apology=0.25,
    ),
    _person("liam", "Liam Brennan", FRONTLINE, STORE, "riverside", "claire", "2025-01-06", P),
    _person(
        "natalia",
        "Natalia Sokolova",
        FRONTLINE,
        STORE,
        "riverside",
        "claire",
        "2020-08-03",
        A,
        paraphrases=0.55,
    ),
    _person("joe", "Joe Whitaker", FRONTLINE, STORE, "riverside", "claire", "2023-06-12", A),
    # Online Orders
    _person(
        "farah", "Farah Hassan", MANAGER, "Online Orders Manager", "online", "daniel", "2018-11-26"
    ),
    _person(
        "chris", "Chris Lowe", FRONTLINE, "Order Specialist", "online", "farah", "2021-02-15", A
    ),
    _person(
        "ellie", "Ellie Watson", FRONTLINE, "Order Specialist", "online", "farah", "2019-07-01", L
    ),
    _person(
        "dominic",
        "Dominic Price",
        FRONTLINE,
        "Order Specialist",
        "online",
        "farah",
        "2024-03-04",
        P,
        blames_customer=0.5,
    ),
    _person(
        "jas",
        "Jas Kaur",
        FRONTLINE,
        "Order Specialist",
        "online",
        "farah",
        "2022-10-10",
        A,
        gains_agreement=0.75,
    ),
    # Returns & Repairs
    _person(
        "stuart",
        "Stuart McKenzie",
        MANAGER,
        "Returns & Repairs Manager",
        "returns",
        "anjali",
        "2016-10-03",
    ),
    _person(
        "nina", "Nina Petrović", FRONTLINE, "Returns Adviser", "returns", "stuart", "2021-09-20", A
    ),
    _person(
        "kai",
        "Kai Thompson",
        FRONTLINE,
        "Repairs Coordinator",
        "returns",
        "stuart",
        "2020-01-27",
        L,
    ),
    _person(
        "rob",
        "Rob Fletcher",
        FRONTLINE,
        "Returns Adviser",
        "returns",
        "stuart",
        "2023-02-06",
        P,
        blames_policy=0.75,
    ),
    _person(
        "leah", "Leah Sutton", FRONTLINE, "Returns Adviser", "returns", "stuart", "2024-07-22", A
    ),
)

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
