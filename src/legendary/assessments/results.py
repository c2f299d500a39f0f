"""ICARE campaign results, with anonymity applied before anything leaves this module.

Every published number comes from one of two splits of the same respondents: by level
and by team. Both splits pass together through `anonymity.protect_splits`, which hides
every group (and, if it must, the total) through which a group smaller than the threshold
could be computed by adding and subtracting published groups. Filters only *select* rows
from those tables, so no combination of filters, pages or API calls can show a figure the
tables hide. Level x team cells are never published.
Results appear once a campaign has closed, so comparing two moments of an open campaign
cannot isolate the person who answered in between.

A manager reads only their part of the organisation: `icare_results(..., teams=...)` builds
the same tables from the answers given in those teams alone, and protects them on their
own, so the total, the levels, the gaps and the change they see hold nobody else's answers.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache

from legendary.assessments.anonymity import (
    Disclosure,
    derives_small_group,
    protect_splits,
    suppress,
)
from legendary.assessments.icare import Element, Perspective, agreement_to_score
from legendary.assessments.models import (
    Answer,
    Campaign,
    CampaignKind,
    CampaignStatus,
    OpenAnswer,
    Response,
)
from legendary.assessments.services import scope_team_ids
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


class _Accumulator:
    """Sums of answers per group and element, plus respondents per group and of each
    element (those who gave it at least one answer other than "don't know")."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.sums: dict[str, dict[Element, list[float]]] = defaultdict(
            lambda: defaultdict(lambda: [0.0, 0.0])
        )
        self.respondents: dict[str, set[str]] = defaultdict(set)
        self.answered: dict[str, dict[Element, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, group: str, respondent: str, element: Element, value: int | None) -> None:
        self.respondents[group].add(respondent)
        if value is not None:
            bucket = self.sums[group][element]
            bucket[0] += value
            bucket[1] += 1
            self.answered[group][element].add(respondent)

    def counts(self) -> dict[str, int]:
        return {g: len(r) for g, r in self.respondents.items()}

    def row(self, key: str, label: str, disclosure: Disclosure | None, shown: bool) -> GroupResult:
        visible = shown if disclosure is None else disclosure.shows(key)
        if not visible:
            return GroupResult(key=key, label=label, hidden=True, respondents=None)
        scores: dict[Element, float | None] = {}
        for element in Element:
            total, n = self.sums[key][element]
            # A group large enough to show can still hold an element that only one or two
            # of its people answered (the rest chose "don't know"); that score would be
            # theirs alone, so it is left out like a small group.
            enough = len(self.answered[key][element]) >= self.threshold
            scores[element] = round(agreement_to_score(total / n), 1) if n and enough else None
        return GroupResult(
            key=key,
            label=label,
            hidden=False,
            respondents=len(self.respondents[key]),
            scores=scores,
        )


def _score_tables(campaign: Campaign, teams: frozenset[int] | None = None) -> _Tables:
    """The suppressed tables of a campaign (or of its answers in `teams`), cached: a closed
    campaign's answers never change, and protecting the splits of a large organisation
    takes a few seconds."""
    answered = Response.objects.filter(campaign=campaign).count()
    created = campaign.created_at.timestamp() if campaign.created_at else 0
    part = "all" if teams is None else ",".join(str(t) for t in sorted(teams))
    key = (
        f"legendary:icare-tables:{campaign.pk}:{created}:{answered}:"
        f"{campaign.min_group_scores}:{part}"
    )
    tables: _Tables | None = cache.get(key)
    if tables is None:
        tables = _compute_score_tables(campaign, teams)
        if teams is not None:
            tables = _guard_part(campaign, tables, _score_tables(campaign, None), teams)
        cache.set(key, tables, timeout=24 * 3600)
    return tables


def _hide(row: GroupResult) -> GroupResult:
    return GroupResult(key=row.key, label=row.label, hidden=True, respondents=None)


def _guard_part(
    campaign: Campaign, part: _Tables, whole: _Tables, teams: frozenset[int]
) -> _Tables:
    """A manager's part, protected on its own, checked against the organisation's rows they
    can also read (a team goal shows its team's row): the part's total of Store and Kiosk
    beside the organisation's Store row would give Kiosk. Anything that would single out a
    small group that way is hidden, the total and levels first, then the team rows."""
    rows = (
        Answer.objects.filter(response__campaign=campaign)
        .values_list("response_id", "response__level", "response__team_id")
        .distinct()
    )
    atoms: dict[tuple[str, ...], int] = defaultdict(int)
    for _, level, team_id in rows:
        atoms[(level, str(team_id) if team_id else NO_TEAM)] += 1
    inside = {str(t) for t in teams}

    def cells(
        level: str | None = None, team: str | None = None, part: bool = False
    ) -> set[tuple[str, ...]]:
        return {
            a
            for a in atoms
            if (level is None or a[0] == level)
            and (team is None or a[1] == team)
            and (not part or a[1] in inside)
        }

    def groups(tables: _Tables, part: bool) -> list[tuple[bool, set[tuple[str, ...]]]]:
        return [
            (tables.total.hidden, cells(part=part)),
            *((r.hidden, cells(level=r.key, part=part)) for r in tables.levels),
            *((r.hidden, cells(team=r.key)) for r in tables.teams),
        ]

    threshold = campaign.min_group_scores
    org = groups(whole, part=False)
    # The organisation's own rows of the part's teams are published already.
    org_rows = {r.key: r for r in whole.teams}
    for attempt in (
        part,
        _Tables(
            _hide(part.total),
            [_hide(r) for r in part.levels],
            [org_rows.get(r.key, _hide(r)) for r in part.teams],
        ),
        _Tables(_hide(part.total), [_hide(r) for r in part.levels], [_hide(r) for r in part.teams]),
    ):
        shown = org + groups(attempt, part=True)
        published = [g for hidden, g in shown if not hidden]
        if not derives_small_group(atoms, published, threshold, [g for h, g in shown if h]):
            return attempt
    return attempt


def _compute_score_tables(campaign: Campaign, teams: frozenset[int] | None) -> _Tables:
    threshold = campaign.min_group_scores
    by_level, by_team, total = (_Accumulator(threshold) for _ in range(3))
    answers = Answer.objects.filter(response__campaign=campaign)
    if teams is not None:
        answers = answers.filter(response__team_id__in=teams)
    rows = answers.values_list(
        "response_id", "response__level", "response__team_id", "element", "value"
    )
    # Respondents who answered only "don't know" still count as respondents.
    cells: dict[str, tuple[str, str]] = {}
    for response_id, level, team_id, element, value in rows:
        rid = str(response_id)
        el = Element(element)
        team = str(team_id) if team_id else NO_TEAM
        cells[rid] = (level, team)
        by_level.add(level, rid, el, value)
        by_team.add(team, rid, el, value)
        total.add(TOTAL, rid, el, value)
    # Both splits are published side by side, so they are protected together.
    atoms: dict[tuple[str, ...], int] = defaultdict(int)
    for level, team in cells.values():
        atoms[(level, team)] += 1
    disclosures = protect_splits(atoms, threshold)
    if disclosures:
        level_disclosure, team_disclosure = disclosures
        total_shown = level_disclosure.total_visible and team_disclosure.total_visible
    else:
        level_disclosure = team_disclosure = Disclosure(frozenset(), frozenset(), False)
        total_shown = False
    team_names = dict(
        Team.objects.filter(organisation=campaign.organisation).values_list("id", "name")
    )
    team_rows = [
        by_team.row(
            key,
            team_names.get(int(key), "?") if key != NO_TEAM else "No team",
            team_disclosure,
            True,
        )
        for key in sorted(
            by_team.counts(), key=lambda k: team_names.get(int(k), "~") if k != NO_TEAM else "~~"
        )
    ]
    return _Tables(
        total=total.row(
            TOTAL,
            "Everyone" if teams is None else PART_LABEL,
            None,
            total_shown and bool(total.counts()),
        ),
        levels=[
            by_level.row(p.value, p.label, level_disclosure, True)
            for p in Perspective
            if p.value in by_level.counts()
        ],
        teams=team_rows,
    )


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


def _diff(a: float | None, b: float | None) -> float | None:
    return round(a - b, 1) if a is not None and b is not None else None
