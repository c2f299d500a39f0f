"""ICARE campaign results, with anonymity applied before anything leaves this module.

Every published number is a row of a table: the organisation's total, levels and teams,
and for each manager their part (its total, its levels, and the organisation's rows of its
teams). `_publish` decides all of them at once, for everyone who may read any of them, so
that no figure, set beside every other figure anyone may read (on the results page, the
report, the charts, the API, or a goal), lets a group smaller than the threshold be worked
out by adding and subtracting: not by one person, and not by two managers comparing notes.
An element's score obeys the same rule counted in the people who answered it, so "don't
know" answers cannot turn a large enough difference of two rows into one person's score.
Filters only *select* rows from those tables, so no combination of filters, pages or API
calls can show a figure the tables hide. Level x team cells are never published.
Results appear once a campaign has closed, so comparing two moments of an open campaign
cannot isolate the person who answered in between.
"""

from __future__ import annotations

import datetime
import hashlib
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from django.core.cache import cache

from legendary.assessments.anonymity import protect_groups, suppress
from legendary.assessments.icare import Element, Perspective, agreement_to_score
from legendary.assessments.models import (
    Answer,
    Campaign,
    CampaignKind,
    CampaignStatus,
    OpenAnswer,
    Response,
)
from legendary.assessments.services import campaign_structure, scope_team_ids, team_tree
from legendary.people.models import Team

NO_TEAM = "none"
TOTAL = "all"
PART_LABEL = "Your teams"  # the total row of a manager's part
NOTABLE_GAP = 10.0  # points on the 0-100 scale; smaller gaps are within ordinary noise


class ResultsNotAvailable(Exception):
    """Results are withheld (campaign still open, or wrong kind); the message says why."""


@dataclass(frozen=True)
class GroupResult:
    """One row of a results table. A hidden row carries no numbers at all, not even its size."""

    key: str
    label: str
    hidden: bool
    respondents: int | None
    scores: dict[Element, float | None] = field(default_factory=dict)
    # A team row counts everyone in the team and in the teams nested in it; these are the
    # keys of the team rows it sits inside, outermost first (empty for a top-level team).
    ancestors: tuple[str, ...] = ()

    @property
    def overall(self) -> float | None:
        values = [v for v in self.scores.values() if v is not None]
        return round(sum(values) / len(values), 1) if values else None

    def score(self, element: Element | str) -> float | None:
        return self.scores.get(Element(element))


@dataclass(frozen=True)
class LevelGap:
    """How much more positive a level sees an element than the frontline does."""

    element: Element
    frontline: float | None
    manager: float | None
    leader: float | None

    @property
    def leader_minus_frontline(self) -> float | None:
        return _diff(self.leader, self.frontline)

    @property
    def manager_minus_frontline(self) -> float | None:
        return _diff(self.manager, self.frontline)

    @property
    def notable(self) -> bool:
        gaps = [g for g in (self.leader_minus_frontline, self.manager_minus_frontline) if g]
        return any(g >= NOTABLE_GAP for g in gaps)


@dataclass(frozen=True)
class Change:
    """An element's score now and in the previous campaign, for one visible group."""

    group: str
    element: Element
    before: float
    now: float

    @property
    def delta(self) -> float:
        return round(self.now - self.before, 1)


@dataclass(frozen=True)
class Comment:
    text: str
    level: str | None  # shown only when that level's group is large enough for comments


@dataclass(frozen=True)
class CommentGroup:
    element: Element
    comments: list[Comment]


@dataclass(frozen=True)
class IcareResults:
    """Everything the results page, the report and the API may show for one campaign."""

    campaign: Campaign
    total: GroupResult
    levels: list[GroupResult]
    teams: list[GroupResult]
    gaps: list[LevelGap]
    previous: Campaign | None
    changes: list[Change]
    comments: list[CommentGroup] | None  # None: too few respondents for comments

    def select(self, *, team: str | None = None, level: str | None = None) -> GroupResult:
        """The one row a filter asks for; filters pick from suppressed tables only."""
        if team and level:
            raise ValueError(
                "filter by team or by level, not both: level x team cells are never published"
            )
        rows = self.teams if team else self.levels if level else [self.total]
        wanted = team or level or TOTAL
        for row in rows:
            if row.key == str(wanted):
                return row
        # Nobody of that group answered: still name it, so "hidden" reads as about someone.
        label = ""
        if level in {p.value for p in Perspective}:
            label = Perspective(level).label
        elif team and team.isdigit():
            label = Team.objects.filter(pk=team).values_list("name", flat=True).first() or ""
        return GroupResult(key=str(wanted), label=label, hidden=True, respondents=None)


def icare_results(
    campaign: Campaign, *, today: datetime.date, teams: frozenset[int] | None = None
) -> IcareResults:
    """Suppressed results of a closed ICARE campaign: of the whole organisation, or, with
    `teams`, of the answers given in those teams only (a manager's part)."""
    if campaign.kind != CampaignKind.ICARE:
        raise ResultsNotAvailable(f"“{campaign.title}” is not an ICARE assessment")
    status = campaign.status_on(today)
    if status != CampaignStatus.CLOSED:
        raise ResultsNotAvailable(
            f"results appear when the campaign closes ({campaign.closes_on:%d %b %Y}); "
            "showing them earlier would let anyone compare two moments and single out "
            "whoever answered in between"
        )
    tables = _score_tables(campaign, teams)
    previous = previous_campaign(campaign)
    prev_tables = _score_tables(previous, teams) if previous else None
    return IcareResults(
        campaign=campaign,
        total=tables.total,
        levels=tables.levels,
        teams=tables.teams,
        gaps=_gaps(tables.levels),
        previous=previous,
        changes=_changes(tables, prev_tables) if prev_tables else [],
        comments=_comments(campaign, teams),
    )


def previous_campaign(campaign: Campaign) -> Campaign | None:
    """The latest launched campaign of the same kind and for the same people (the same
    teams, or the whole organisation) that closed before this one opened: "Everyone" of a
    survey of two stores set against "Everyone" of the whole organisation is no change."""
    scope = scope_team_ids(campaign)
    earlier = Campaign.objects.filter(
        organisation=campaign.organisation,
        kind=campaign.kind,
        launched_at__isnull=False,
        closes_on__lt=campaign.opens_on,
    ).order_by("-closes_on", "-id")
    return next((c for c in earlier if scope_team_ids(c) == scope), None)


@dataclass(frozen=True)
class _Tables:
    total: GroupResult
    levels: list[GroupResult]
    teams: list[GroupResult]


Cell = tuple[str, ...]  # (level, team key): one cell of the level x team cross table


@dataclass(frozen=True)
class _Publication:
    """Every ICARE table of a campaign that anyone can read: the organisation's, and each
    manager's part, decided together (see `_publish`)."""

    whole: _Tables
    parts: dict[frozenset[int], _Tables]


def _score_tables(campaign: Campaign, teams: frozenset[int] | None = None) -> _Tables:
    """The suppressed tables of a campaign (or of its answers in `teams`), cached: a closed
    campaign's answers never change, and protecting the tables of a large organisation
    takes a few seconds.

    A campaign is cut by the groups recorded when it launched (`Campaign.structure`: the
    managers' parts and the team tree), so a reorganisation afterwards cannot set its old
    figures beside new ones cut another way. A part that did not exist then (a manager
    appointed since) shows the organisation's rows of its teams and no total or levels of
    its own. A campaign launched before structures were recorded records today's at its
    first read (`campaign_structure`)."""
    structure = campaign_structure(campaign)
    parts = frozenset(frozenset(p) for p in structure["parts"])
    tree: dict[str, str] = structure["parents"]
    answered = Response.objects.filter(campaign=campaign).count()
    created = campaign.created_at.timestamp() if campaign.created_at else 0
    # The key names the parts and the team tree, so another structure is decided anew.
    shape = (sorted(sorted(p) for p in parts), sorted(tree.items()))
    digest = hashlib.sha256(repr(shape).encode()).hexdigest()[:20]
    key = (
        f"legendary:icare-publication:{campaign.pk}:{created}:{answered}:"
        f"{campaign.min_group_scores}:{digest}"
    )
    publication: _Publication | None = cache.get(key)
    if publication is None:
        publication = _publish(campaign, parts, tree)
        cache.set(key, publication, timeout=24 * 3600)
    if teams is None:
        return publication.whole
    if teams in publication.parts:
        return publication.parts[teams]
    keys = {str(t) for t in teams}
    return _Tables(
        total=GroupResult(key=TOTAL, label=PART_LABEL, hidden=True, respondents=None),
        levels=[],
        teams=[row for row in publication.whole.teams if row.key in keys],
    )


def _publish(
    campaign: Campaign, parts: frozenset[frozenset[int]], tree: dict[str, str]
) -> _Publication:
    """Decide every published ICARE figure of a campaign at once.

    Whoever reads results sees the organisation's rows (leaders on the results page, anyone
    through a goal: the total and each team's row), and a manager also sees their part: its
    total, its levels, and the organisation's rows of its teams. Managers can compare notes,
    so the rule is applied to all of it together: no figure anyone may read, set beside
    every other figure anyone may read, may give a group smaller than the threshold.

    1. The organisation's total, levels and teams are decided together, the total first
       and then larger rows before smaller (`protect_groups`). A team's row counts everyone
       in the team and in the teams nested in it, so a parent's row minus its sub-teams'
       rows is its own people: that difference is a group like any other, and a row that
       would make it (or any other union of fewer than the threshold) derivable is hidden.
    2. A part's teams show the organisation's rows; its total and levels are shown only
       where, next to the organisation's rows and every other part, they single nobody out;
       so manager A's part, manager B's and the organisation's total cannot be subtracted
       into the few people in neither part.
    3. Each element's score is then shown in a visible row only when the rows showing that
       element, all together, give no group of fewer than the threshold *of people who
       answered it*: a "don't know" adds nothing to the sum, so a difference of two rows
       can be a group of six people of whom one answered. A dash marks a hidden score.
    """
    threshold = campaign.min_group_scores
    rows = Answer.objects.filter(response__campaign=campaign).values_list(
        "response_id", "response__level", "response__team_id", "element", "value"
    )
    cell_of: dict[str, Cell] = {}
    knew: dict[str, set[Element]] = defaultdict(set)
    sums: dict[Cell, dict[Element, list[float]]] = defaultdict(
        lambda: defaultdict(lambda: [0.0, 0.0])
    )
    for response_id, level, team_id, element, value in rows:
        rid, el = str(response_id), Element(element)
        cell: Cell = (level, str(team_id) if team_id else NO_TEAM)
        cell_of[rid] = cell  # answering only "don't know" still makes a respondent
        if value is not None:
            sums[cell][el][0] += value
            sums[cell][el][1] += 1
            knew[rid].add(el)
    people: dict[Cell, int] = defaultdict(int)
    for where in cell_of.values():
        people[where] += 1

    groups: list[frozenset[Cell]] = []
    numbered: dict[frozenset[Cell], int] = {}

    def group(cells: Collection[Cell]) -> int:
        found = numbered.setdefault(frozenset(cells), len(groups))
        if found == len(groups):
            groups.append(frozenset(cells))
        return found

    levels = [p.value for p in Perspective if any(c[0] == p.value for c in people)]
    names, chains = team_tree(campaign.organisation_id, tree)
    # A team's row holds its own people and those of every team nested in it, so a leader
    # reads "Stores" as everyone in the stores; the total counts each person once.
    under: dict[str, set[Cell]] = defaultdict(set)
    for cell in people:
        for key in (*chains.get(cell[1], ()), cell[1]):
            under[key].add(cell)
    team_keys = _tree_order(set(under), names, chains)
    total = group(people)
    by_level = {lv: group({c for c in people if c[0] == lv}) for lv in levels}
    by_team = {t: group(under[t]) for t in team_keys}
    # A parent's own people (its row minus its sub-teams' rows) are a group too: never
    # shown, but tried as a whole so that the subtraction cannot single them out.
    for t in team_keys:
        own = {c for c in people if c[1] == t}
        if own and own != under[t]:
            group(own)
    org = {total, *by_level.values(), *by_team.values()}
    part_rows: dict[frozenset[int], tuple[int, dict[str, int], list[str]]] = {}
    for part in parts:
        inside = {str(t) for t in part}
        cells = {c for c in people if c[1] in inside}
        part_levels = {
            lv: group({c for c in cells if c[0] == lv})
            for lv in levels
            if any(c[0] == lv for c in cells)
        }
        part_rows[part] = (group(cells), part_levels, [t for t in team_keys if t in inside])

    def weight(g: int) -> int:
        return sum(people[c] for c in groups[g])

    # Wanted most first: the organisation's total, then its rows (larger groups first),
    # then each part's total before its levels.
    own_rows = sorted(
        {g for total_g, lv, _ in part_rows.values() for g in (total_g, *lv.values())} - org,
        key=lambda g: (not any(g == t for t, _, _ in part_rows.values()), -weight(g), g),
    )
    org_rows = sorted(org - {total}, key=lambda g: (-weight(g), g))
    visible = protect_groups(people, groups, [total, *org_rows, *own_rows], threshold)
    # Each element: the organisation's rows first (what leaders and goals read), then the
    # parts'; the total before levels and teams, larger rows before smaller.
    ranked = sorted(visible, key=lambda g: (g not in org, g != total, -weight(g), g))
    scored: dict[Element, frozenset[int]] = {}
    for element in Element:
        answered: dict[Cell, int] = defaultdict(int)
        for rid, elements in knew.items():
            if element in elements:
                answered[cell_of[rid]] += 1
        scored[element] = protect_groups(answered, groups, ranked, threshold)

    def row(g: int, key: str, label: str, ancestors: tuple[str, ...] = ()) -> GroupResult:
        if g not in visible:
            return GroupResult(
                key=key, label=label, hidden=True, respondents=None, ancestors=ancestors
            )
        scores: dict[Element, float | None] = {}
        for element in Element:
            added = sum(sums[c][element][0] for c in groups[g])
            n = sum(sums[c][element][1] for c in groups[g])
            shown = g in scored[element] and n
            scores[element] = round(agreement_to_score(added / n), 1) if shown else None
        respondents = sum(people[c] for c in groups[g])
        return GroupResult(
            key=key,
            label=label,
            hidden=False,
            respondents=respondents,
            scores=scores,
            ancestors=ancestors,
        )

    def team_rows(keys: list[str]) -> list[GroupResult]:
        return [
            row(by_team[k], k, names.get(k, "No team"), chains.get(k, ()))
            for k in team_keys
            if k in keys
        ]

    def level_rows(level_groups: dict[str, int]) -> list[GroupResult]:
        return [
            row(level_groups[p.value], p.value, p.label)
            for p in Perspective
            if p.value in level_groups
        ]

    whole = _Tables(
        total=row(total, TOTAL, "Everyone"),
        levels=level_rows(by_level),
        teams=team_rows(team_keys),
    )
    tables = {
        part: _Tables(
            total=row(total_g, TOTAL, PART_LABEL),
            levels=level_rows(lv),
            teams=team_rows(keys),
        )
        for part, (total_g, lv, keys) in part_rows.items()
    }
    return _Publication(whole=whole, parts=tables)


def _tree_order(
    keys: set[str], names: dict[str, str], chains: dict[str, tuple[str, ...]]
) -> list[str]:
    """Team keys parent first, each followed by its sub-teams, siblings by name; people
    in no team last."""

    def path(key: str) -> tuple[str, ...]:
        return tuple(names.get(k, "").lower() + "\0" + k for k in (*chains.get(key, ()), key))

    return sorted(keys - {NO_TEAM}, key=path) + ([NO_TEAM] if NO_TEAM in keys else [])


def _gaps(levels: list[GroupResult]) -> list[LevelGap]:
    by_key = {row.key: row for row in levels}

    def score(level: Perspective, element: Element) -> float | None:
        row = by_key.get(level.value)
        return row.score(element) if row and not row.hidden else None

    return [
        LevelGap(
            element=e,
            frontline=score(Perspective.FRONTLINE, e),
            manager=score(Perspective.MANAGER, e),
            leader=score(Perspective.LEADER, e),
        )
        for e in Element
    ]


def _changes(now: _Tables, before: _Tables) -> list[Change]:
    pairs = [(now.total, before.total)]
    before_levels = {r.key: r for r in before.levels}
    pairs += [(r, before_levels[r.key]) for r in now.levels if r.key in before_levels]
    changes: list[Change] = []
    for current, old in pairs:
        if current.hidden or old.hidden:
            continue
        for element in Element:
            a, b = old.score(element), current.score(element)
            if a is not None and b is not None:
                changes.append(Change(group=current.label, element=element, before=a, now=b))
    return changes


def _comments(campaign: Campaign, teams: frozenset[int] | None) -> list[CommentGroup] | None:
    threshold = campaign.min_group_comments
    respondents = Response.objects.filter(campaign=campaign)
    if teams is not None:
        respondents = respondents.filter(team_id__in=teams)
    level_counts: dict[str, int] = defaultdict(int)
    for level in respondents.values_list("level", flat=True):
        level_counts[level] += 1
    disclosure = suppress(level_counts, threshold)
    if not disclosure.total_visible:
        return None
    grouped: dict[Element, list[Comment]] = defaultdict(list)
    for element, text, level in OpenAnswer.objects.filter(
        response__in=respondents.values("id")
    ).values_list("element", "text", "response__level"):
        label = Perspective(level).label if disclosure.shows(level) else None
        grouped[Element(element)].append(Comment(text=text, level=label))
    # Sorted by text: storage order would hint at who answered when.
    return [
        CommentGroup(element=e, comments=sorted(grouped[e], key=lambda c: c.text.lower()))
        for e in Element
        if grouped.get(e)
    ]


def nesting_depths(rows: list[GroupResult]) -> list[int]:
    """How far to indent each team row under the rows of its enclosing teams that are
    among `rows` (a manager's list may hold a sub-team without its parent)."""
    present = {row.key for row in rows}
    return [sum(1 for key in row.ancestors if key in present) for row in rows]


def _diff(a: float | None, b: float | None) -> float | None:
    return round(a - b, 1) if a is not None and b is not None else None
