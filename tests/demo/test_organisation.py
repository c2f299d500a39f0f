"""Harbour & Pine as plain data: its shape, its reporting lines, its customers."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from legendary.demo.organisation import (
    DEMO_LOGINS,
    PEOPLE,
    SEGMENTS,
    build_organisation,
    demo_logins,
    validate,
)


def test_forty_people_across_the_three_levels_plus_analyst_and_admin() -> None:
    roles = Counter(p.role for p in PEOPLE)
    assert len(PEOPLE) == 40
    assert 1 <= roles["leader"] <= 3
    assert roles["manager"] == 6
    assert roles["frontline"] >= 28
    assert roles["analyst"] == 1
    assert roles["admin"] == 1


def test_the_manager_login_manages_the_frontline_login() -> None:
    people = {p.key: p for p in PEOPLE}
    frontline = people[DEMO_LOGINS["frontline"]]
    manager = people[DEMO_LOGINS["manager"]]
    assert frontline.role == "frontline"
    assert manager.role == "manager"
    assert frontline.manager == manager.key


def test_every_frontline_provider_has_a_style_and_nobody_else_does() -> None:
    for person in PEOPLE:
        assert bool(person.style) == (person.role == "frontline"), person.key


def test_staff_e_mail_addresses_are_unique() -> None:
    emails = [p.email for p in PEOPLE]
    assert len(set(emails)) == len(emails)


def test_the_same_seed_gives_the_same_customers_and_another_seed_others() -> None:
    assert build_organisation(4).customers == build_organisation(4).customers
    assert build_organisation(4).customers != build_organisation(5).customers


def test_customers_have_every_segment_and_structured_preferences() -> None:
    organisation = build_organisation(4)
    assert len(organisation.customers) >= 300
    assert {c.segment for c in organisation.customers} == {s for s, _ in SEGMENTS}
    for customer in organisation.customers:
        assert {"contact", "language", "interests"} <= set(customer.preferences)
    staff = {p.name for p in PEOPLE}
    assert not staff & {c.profile.name for c in organisation.customers}


def test_agents_work_on_their_team_channels() -> None:
    agents = {a.name: a for a in build_organisation(1).agents()}
    assert len(agents) == 29
    assert agents["Jordan Ellis"].channels == ("chat", "email")
    assert agents["Eilidh Ross"].store == "Harbour Street"


def test_demo_logins_name_each_perspective() -> None:
    labels = dict(demo_logins())
    assert set(labels) == {"leader", "manager", "frontline", "analyst", "admin"}
    assert labels["leader"].startswith("Senior leader")


def test_validate_names_a_manager_listed_after_their_report() -> None:
    organisation = build_organisation(1, customer_count=1)
    swapped = replace(organisation, people=(organisation.people[1], organisation.people[0]))
    with pytest.raises(ValueError, match="demo person 'daniel': manager 'margaret'"):
        validate(swapped)
