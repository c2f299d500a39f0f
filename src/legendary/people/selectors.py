"""Read-side queries on the organisation's two trees: reporting lines and nested teams."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Count, Q, QuerySet

from legendary.people.models import Person, Team


def ids_below(rows: QuerySet[Any], parent_field: str, root: int) -> set[int]:
    """Ids of every row below `root` in a tree kept by a self-referencing `parent_field`
    (`root` itself excluded), at any depth.

    One query per level; a cycle in the data (A under B under A) ends the walk instead of
    looping forever.
    """
    found: set[int] = set()
    frontier = {root}
    while frontier:
        below = set(
            rows.filter(**{f"{parent_field}_id__in": frontier}).values_list("id", flat=True)
        )
        frontier = below - found - {root}
        found |= frontier
    return found


def reporting_tree_ids(person: Person) -> set[int]:
    """Ids of everyone reporting to `person`, directly or indirectly (`person` excluded)."""
    in_org = Person.objects.filter(organisation_id=person.organisation_id)
    return ids_below(in_org, "manager", person.pk)


def nested_team_ids(team: Team) -> set[int]:
    """Ids of `team` and every team nested below it, at any depth."""
    in_org = Team.objects.filter(organisation_id=team.organisation_id)
    return ids_below(in_org, "parent", team.pk) | {team.pk}


def with_member_counts(teams: QuerySet[Team]) -> QuerySet[Team]:
    """Annotate each team with `member_count`: its active members (nested teams excluded).

    Ordered by name again: Django drops Meta.ordering from a query with an aggregate, so
    team lists came out in the order the teams were created.
    """
    return teams.annotate(member_count=Count("members", filter=Q(members__active=True))).order_by(
        "name"
    )


def head_counts(teams: Iterable[Team]) -> dict[int, int]:
    """Team id -> active people in the team and all its nested teams among `teams`.

    Expects teams annotated by `with_member_counts`; a nested team missing from `teams`
    (outside the viewer's view) is not counted.
    """
    teams = list(teams)
    children: dict[int | None, list[Team]] = {}
    for team in teams:
        children.setdefault(team.parent_id, []).append(team)
    totals: dict[int, int] = {}

    def total(team: Team, seen: frozenset[int]) -> int:
        if team.pk in totals:
            return totals[team.pk]
        own: int = getattr(team, "member_count", 0)
        nested = sum(
            total(child, seen | {team.pk})
            for child in children.get(team.pk, [])
            if child.pk not in seen
        )
        totals[team.pk] = own + nested
        return totals[team.pk]

    for team in teams:
        total(team, frozenset())
    return totals


def team_tree(teams: Iterable[Team]) -> list[tuple[Team, int, int]]:
    """`teams` in tree order as (team, depth, head count including nested teams).

    Expects teams annotated by `with_member_counts`. A team whose parent is not among
    `teams` (outside the viewer's view) is placed at the top level.
    """
    teams = list(teams)
    totals = head_counts(teams)
    ids = {t.pk for t in teams}
    children: dict[int | None, list[Team]] = {}
    for team in teams:
        parent = team.parent_id if team.parent_id in ids else None
        children.setdefault(parent, []).append(team)
    tree: list[tuple[Team, int, int]] = []
    placed: set[int] = set()

    def walk(parent: int | None, depth: int) -> None:
        for team in children.get(parent, []):
            if team.pk in placed:  # a cycle in the data: show each team once
                continue
            placed.add(team.pk)
            tree.append((team, depth, totals[team.pk]))
            walk(team.pk, depth + 1)

    walk(None, 0)
    return tree
