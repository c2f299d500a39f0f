"""Write-side operations on campaigns and responses, shared by views, API, demo and tests."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from legendary.assessments.anonymity import Thresholds
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.mail import send_invitation_email
from legendary.assessments.models import (
    Answer,
    AnswerCode,
    Campaign,
    CampaignKind,
    CampaignStatus,
    Invitation,
    OpenAnswer,
    Response,
    TeamRating,
    signin_key_of,
)
from legendary.people.models import Level, Organisation, Person, Role, Team
from legendary.people.selectors import nested_team_ids


class CampaignError(ValueError):
    """A campaign operation that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class TeamRatingInput:
    rated_team: Team
    likelihood: int
    satisfaction: int
    suggestion: str = ""


@dataclass
class Submission:
    """What one respondent sends: agreement answers (None = don't know), texts, team ratings."""

    answers: dict[str, int | None] = field(default_factory=dict)
    open_answers: dict[str, str] = field(default_factory=dict)
    team_ratings: list[TeamRatingInput] = field(default_factory=list)


@dataclass(frozen=True)
class Respondent:
    """What a response keeps of whoever answers: their level and team (and, in a manager
    pulse, the manager it is about). A personal link knows its person; a printed answer
    code knows only these."""

    level: str
    team: Team | None
    manager: Person | None = None

    @classmethod
    def of(cls, person: Person) -> Respondent:
        return cls(level=person.level, team=person.team, manager=person.manager)


def create_campaign(
    organisation: Organisation,
    *,
    kind: str,
    title: str,
    opens_on: datetime.date,
    closes_on: datetime.date,
    teams: Iterable[Team] = (),
    created_by: Person | None = None,
    min_group_scores: int | None = None,
    min_group_comments: int | None = None,
) -> Campaign:
    """A draft campaign; nobody is invited until `launch_campaign`."""
    if kind not in CampaignKind.values:
        raise CampaignError(
            f"kind {kind!r} is unknown; use one of {', '.join(CampaignKind.values)}"
        )
    if closes_on < opens_on:
        raise CampaignError(f"the close date {closes_on} is before the open date {opens_on}")
    thresholds = Thresholds(
        scores=min_group_scores or settings.LEGENDARY_MIN_GROUP_SCORES,
        comments=min_group_comments or settings.LEGENDARY_MIN_GROUP_COMMENTS,
    )
    team_list = list(teams)
    foreign = [t.name for t in team_list if t.organisation_id != organisation.id]
    if foreign:
        raise CampaignError(f"teams {', '.join(foreign)} belong to another organisation")
    campaign = Campaign.objects.create(
        organisation=organisation,
        kind=kind,
        title=title.strip() or CampaignKind(kind).label,
        item_bank_version=load_item_bank().version,
        opens_on=opens_on,
        closes_on=closes_on,
        min_group_scores=thresholds.scores,
        min_group_comments=thresholds.comments,
        created_by=created_by,
    )
    campaign.teams.set(team_list)
    return campaign


def change_thresholds(campaign: Campaign, *, scores: int, comments: int) -> None:
    """Adjust the anonymity thresholds of a draft; refused once the campaign has launched."""
    if campaign.launched_at is not None:
        raise CampaignError(
            "the anonymity thresholds are frozen because the campaign has launched; "
            "people were promised these numbers when they were invited"
        )
    thresholds = Thresholds(scores=scores, comments=comments)
    campaign.min_group_scores = thresholds.scores
    campaign.min_group_comments = thresholds.comments
    campaign.save(update_fields=["min_group_scores", "min_group_comments"])


def scope_team_ids(campaign: Campaign) -> set[int]:
    """The teams a campaign is for: those chosen and every team nested inside them (a
    campaign for "Stores" is for the people of its stores); empty for the whole organisation."""
    team_ids: set[int] = set()
    for team in campaign.teams.all():
        team_ids |= nested_team_ids(team)
    return team_ids


def people_in_scope(campaign: Campaign) -> QuerySet[Person]:
    """Active people the campaign is for: the chosen teams, with the teams nested inside
    them, and their managers; or everyone."""
    people = Person.objects.filter(organisation=campaign.organisation, active=True)
    team_ids = scope_team_ids(campaign)
    if team_ids:
        people = people.filter(Q(team_id__in=team_ids) | Q(direct_reports__team_id__in=team_ids))
    if campaign.kind == CampaignKind.MANAGER_PULSE:
        # Only people with a manager can say how well their manager serves them.
        people = people.filter(manager__isnull=False)
    return people.distinct()


@transaction.atomic
def launch_campaign(
    campaign: Campaign, *, now: datetime.datetime | None = None, send_email: bool = True
) -> list[Invitation]:
    """Invite everyone in scope (one personal link each) and freeze the thresholds."""
    if campaign.launched_at is not None:
        raise CampaignError(
            f"“{campaign.title}” was already launched on {campaign.launched_at:%d %b %Y}"
        )
    people = list(people_in_scope(campaign))
    if not people:
        # Launched, it would freeze its thresholds and count 0 of 0 answered for good.
        raise CampaignError(
            f"nobody is in scope of “{campaign.title}”: its teams have no active members "
            "and no managers of members; choose other teams, or none for everyone"
        )
    _refuse_overlapping_scope(campaign, {p.pk for p in people})
    campaign.launched_at = now or timezone.now()
    # The groups its results will be cut by, whatever is reorganised later.
    campaign.structure = today_structure(campaign.organisation_id)
    campaign.save(update_fields=["launched_at", "structure"])
    invitations = [
        Invitation.objects.create(
            campaign=campaign,
            person=p,
            token=secrets.token_urlsafe(24),
            sent_to=p.email,
            signin_key=_signin_key(p),
        )
        for p in people
    ]
    if send_email:
        for invitation in invitations:
            if send_invitation_email(invitation):
                invitation.emailed_at = campaign.launched_at
                invitation.save(update_fields=["emailed_at"])
    return invitations


def today_structure(organisation_id: int) -> dict[str, Any]:
    """The groups a campaign's results are cut by, as the organisation stands now: the
    managers' parts and every nested team's parent (`Campaign.structure`)."""
    nested = Team.objects.filter(organisation_id=organisation_id, parent__isnull=False)
    return {
        "parts": sorted(sorted(part) for part in manager_parts(organisation_id)),
        "parents": parent_keys(nested.values_list("id", "parent_id")),
    }


def parent_keys(teams: Iterable[tuple[int, int | None]]) -> dict[str, str]:
    """Each nested team's key -> its parent's key, from (id, parent id) rows: the map
    `Campaign.structure["parents"]` records and `team_tree` walks. The one place that
    builds it, so a launch, a late record and a read of today's tree agree."""
    return {str(pk): str(up) for pk, up in teams if up is not None}


def campaign_structure(campaign: Campaign) -> dict[str, Any]:
    """The structure `campaign`'s results are cut by. One launched before structures were
    recorded at launch (6afa93e) gets today's recorded now, once: its launch-day structure
    is lost, but from its first read on, a reorganisation can no longer recut it and set
    its old figures beside new ones. A campaign not launched yet records nothing."""
    recorded: dict[str, Any] = campaign.structure
    if recorded:
        return recorded
    structure = today_structure(campaign.organisation_id)
    if campaign.launched_at is not None:
        campaign.structure = structure
        campaign.save(update_fields=["structure"])
    return structure


def manager_parts(organisation_id: int) -> frozenset[frozenset[int]]:
    """The teams each manager of the organisation reads results for: their own team and
    those of everyone below them in the reporting lines, as `permissions.visible_teams`
    gives them (leaders and admins read the whole organisation instead). One query."""
    people = list(
        Person.objects.filter(organisation_id=organisation_id).values_list(
            "id", "manager_id", "team_id", "role"
        )
    )
    team_of = {pk: team for pk, _, team, _ in people}
    below: dict[int, list[int]] = defaultdict(list)
    for pk, manager, _, _ in people:
        if manager is not None:
            below[manager].append(pk)
    parts: set[frozenset[int]] = set()
    for pk, _, _, role in people:
        if role != Role.MANAGER:
            continue
        seen, todo = {pk}, [pk]
        while todo:  # a cycle in the reporting lines ends the walk
            for report in below[todo.pop()]:
                if report not in seen:
                    seen.add(report)
                    todo.append(report)
        teams = frozenset(t for p in seen if (t := team_of[p]) is not None)
        if teams:
            parts.add(teams)
    return frozenset(parts)


def _signin_key(person: Person) -> str:
    """The key of the sign-in `person` has now ("" without a working sign-in)."""
    return signin_key_of(person.user)


def answerable_signed_in(invitation: Invitation) -> bool:
    """May the invitation's owner answer it from their own sign-in ("My surveys")?

    Only while they sign in with the password they had when the campaign launched. Every
    password is set through a one-time link that an administrator hands out (and may open
    themselves), and an administrator can change the address a reset goes to: a password
    set after launch could be theirs. Such a person answers through the link e-mailed to
    them at launch, or with a printed answer code.
    """
    if not invitation.signin_key:
        return False
    return constant_time_compare(_signin_key(invitation.person), invitation.signin_key)


# Surveys of one kind this close together are answered much alike by the same people, so
# the difference of their figures approximates whoever only one of them asked.
NEARBY_DAYS = 90


def _refuse_overlapping_scope(campaign: Campaign, people: set[int]) -> None:
    """Surveys of one kind that run at the same time, or within NEARBY_DAYS of each other,
    must ask the same people, entirely different people, or people who differ in groups
    no smaller than the threshold. Asked of Store and Kiosk in one and of Store alone in
    the other, the difference of their totals is roughly Kiosk's few people (each answers
    both much alike), which no threshold on either survey can see; and the difference of
    their Managers rows is roughly Kiosk's manager. So every row either survey publishes
    (the total, each level, each team with the teams nested in it) is checked on the
    people only one scope holds, both scopes read on today's roster: none of them, or at
    least the threshold. Two surveys of the same teams are not compared."""
    window = datetime.timedelta(days=NEARBY_DAYS)
    nearby = Campaign.objects.filter(
        organisation=campaign.organisation,
        kind=campaign.kind,
        launched_at__isnull=False,
        # Kept inside the calendar: a survey dated near year 1 or 9999 must not overflow.
        opens_on__lte=min(campaign.closes_on, datetime.date.max - window) + window,
        closes_on__gte=max(campaign.opens_on, datetime.date.min + window) - window,
    ).exclude(pk=campaign.pk)
    names, chains = team_tree(campaign.organisation_id)
    scope = scope_team_ids(campaign)
    for other in nearby:
        if scope_team_ids(other) == scope:
            # The same teams (or everyone) again: only who joined or left differs, whose
            # few answers are lost in everyone's drift between two surveys; accepted.
            continue
        # Both scopes on today's roster, so joiners and leavers do not count as a difference.
        asked = set(people_in_scope(other).values_list("pk", flat=True))
        if not asked & people or asked == people:
            continue
        threshold = max(campaign.min_group_scores, other.min_group_scores)
        common = _row_counts(asked & people, chains)
        small = _small_difference(asked - people, common, names, chains, threshold)
        small = small or _small_difference(people - asked, common, names, chains, threshold)
        if small is None:
            continue
        at_once = other.opens_on <= campaign.closes_on and other.closes_on >= campaign.opens_on
        when = "runs at the same time" if at_once else f"runs within {NEARBY_DAYS} days"
        raise CampaignError(
            f"“{other.title}” {when} ({other.opens_on:%d %b} to {other.closes_on:%d %b %Y}) "
            f"and asks some of the same people: comparing the two surveys' {small} would "
            f"single out the fewer than {threshold} people only one of them asks. Ask the "
            "same teams or other teams only, or choose dates from "
            f"{other.closes_on + window + datetime.timedelta(days=1):%d %b %Y} on"
        )


@dataclass(frozen=True)
class RunningAlongside:
    """A launched survey of the same kind whose dates meet a draft's, and how many of the
    draft's people it asks too."""

    campaign: Campaign
    shared: int


def running_alongside(draft: Campaign) -> list[RunningAlongside]:
    """Launched surveys of `draft`'s kind whose dates overlap its own and that ask some of
    the same people (the draft's on today's roster, each launched one's as invited: someone
    who joined since was not asked), earliest closing first. Launching it is allowed, but
    those people would be asked the same questions twice at once."""
    people = set(people_in_scope(draft).values_list("pk", flat=True))
    overlapping = Campaign.objects.filter(
        organisation=draft.organisation,
        kind=draft.kind,
        launched_at__isnull=False,
        opens_on__lte=draft.closes_on,
        closes_on__gte=draft.opens_on,
    ).exclude(pk=draft.pk)
    found = []
    for other in overlapping.order_by("closes_on", "pk"):
        shared = len(people & set(other.invitations.values_list("person_id", flat=True)))
        if shared:
            found.append(RunningAlongside(other, shared))
    return found


def _row_counts(people: set[int], chains: dict[str, tuple[str, ...]]) -> dict[tuple[str, str], int]:
    """How many of `people` each published row holds: the total, each level, and each
    team with the teams nested in it."""
    counts: dict[tuple[str, str], int] = {}
    for role, team_id in Person.objects.filter(pk__in=people).values_list("role", "team_id"):
        team = str(team_id) if team_id else ""
        rows = [("totals", ""), ("level", Person(role=role).level)]
        rows += [("team", t) for t in (*chains.get(team, ()), team) if t]
        for row in rows:
            counts[row] = counts.get(row, 0) + 1
    return counts


def _small_difference(
    only: set[int],
    common: dict[tuple[str, str], int],
    names: dict[str, str],
    chains: dict[str, tuple[str, ...]],
    threshold: int,
) -> str | None:
    """The first row that both surveys publish with people in common, in which the people
    `only` one of them asks are present but fewer than `threshold`, named; else None. (A
    row with nobody in common is the one survey's own, protected by its threshold.)"""
    for (kind, key), n in _row_counts(only, chains).items():
        if n >= threshold or not common.get((kind, key)):
            continue
        if kind == "totals":
            return "totals"
        if kind == "level":
            return f"{Level(key).label} rows"
        return f"rows for {names.get(key, 'a team')}"
    return None


def team_tree(
    organisation_id: int, parents: Mapping[str, str] | None = None
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Each team's name, and the keys of the teams it is nested in, outermost first (a
    loop in the data ends the chain instead of going round it); the nesting as it is
    today, or as recorded in `parents` (team key -> parent key)."""
    teams = Team.objects.filter(organisation_id=organisation_id).values_list(
        "id", "name", "parent_id"
    )
    names = {str(pk): name for pk, name, _ in teams}
    # Today's parents come from the same query as the names, so a caller with none
    # recorded reads the team table once.
    parent = dict(parents) if parents is not None else parent_keys((pk, up) for pk, _, up in teams)
    chains: dict[str, tuple[str, ...]] = {}
    for key in names:
        chain: list[str] = []
        up = parent.get(key)
        while up is not None and up != key and up not in chain:
            chain.append(up)
            up = parent.get(up)
        chains[key] = tuple(reversed(chain))
    return names, chains


# The least time between two reminders to one person: pressed twice, "Send reminders"
# e-mailed everyone who had not answered twice within a minute.
REMINDER_GAP = datetime.timedelta(days=1)


def reminded_lately(campaign: Campaign, now: datetime.datetime) -> QuerySet[Invitation]:
    """Invitations not answered yet whose last reminder is less than REMINDER_GAP old."""
    return campaign.invitations.filter(answered=False, reminded_at__gt=now - REMINDER_GAP)


def send_reminders(campaign: Campaign, *, now: datetime.datetime | None = None) -> int:
    """E-mail everyone who has not answered yet and was not reminded in the last
    REMINDER_GAP; returns how many reminders went out."""
    now = now or timezone.now()
    if not campaign.accepts_answers_on(timezone.localdate(now)):
        raise CampaignError("reminders can only be sent while the campaign is open")
    sent = 0
    waiting = campaign.invitations.filter(answered=False).exclude(
        pk__in=reminded_lately(campaign, now).values("pk")
    )
    for invitation in waiting.select_related("person"):
        if send_invitation_email(invitation, reminder=True):
            invitation.reminded_at = now
            invitation.reminders_sent += 1
            invitation.save(update_fields=["reminded_at", "reminders_sent"])
            sent += 1
    return sent


@dataclass(frozen=True)
class ResponseRate:
    answered: int
    invited: int

    @property
    def percent(self) -> float:
        return round(100 * self.answered / self.invited, 1) if self.invited else 0.0


def response_rate(campaign: Campaign) -> ResponseRate:
    """Answers so far (through links and printed codes) out of the people invited."""
    invitations = campaign.invitations.all()
    coded = campaign.answer_codes.filter(used=True).count()
    return ResponseRate(
        answered=invitations.filter(answered=True).count() + coded, invited=invitations.count()
    )


# Letters and digits that cannot be mistaken for one another when typed from paper.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12  # 60 bits: not worth guessing


@dataclass(frozen=True)
class PrintedCode:
    """One answer code as printed: the code and the group it answers as."""

    code: str
    level: str
    team: str


def unreachable_invitations(campaign: Campaign) -> list[Invitation]:
    """Invitees who have not answered and have no link only they can reach: none was
    e-mailed to them at launch, and they do not sign in as they did then (and no answer
    code was printed for them yet)."""
    waiting = campaign.invitations.filter(answered=False, coded=False, sent_to="")
    return [i for i in waiting.select_related("person__user") if not answerable_signed_in(i)]


def print_answer_codes(campaign: Campaign) -> list[PrintedCode]:
    """One answer code for each unreachable invitee, shown this once (only digests are
    kept), grouped by team and level and shuffled within a group, so the sheet says
    nothing of which code was made for whom. Their personal links answer nothing after."""
    status = campaign.status_on(timezone.localdate())
    if campaign.launched_at is None or status == CampaignStatus.CLOSED:
        raise CampaignError("answer codes are printed for a launched survey that has not closed")
    printed: list[PrintedCode] = []
    with transaction.atomic():
        people = unreachable_invitations(campaign)
        Invitation.objects.filter(pk__in=[i.pk for i in people]).update(coded=True)
        random = secrets.SystemRandom()
        random.shuffle(people)
        for invitation in people:
            who = Respondent.of(invitation.person)
            code = "".join(random.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            AnswerCode.objects.create(
                campaign=campaign,
                digest=code_digest(code),
                level=who.level,
                team=who.team,
                subject_manager=who.manager
                if campaign.kind == CampaignKind.MANAGER_PULSE
                else None,
            )
            shown = "-".join(code[i : i + 4] for i in range(0, CODE_LENGTH, 4))
            printed.append(PrintedCode(shown, who.level, who.team.name if who.team else ""))
    return sorted(printed, key=lambda c: (c.team, c.level))


def code_digest(code: str) -> str:
    """The stored form of an answer code, however it was typed (case, dashes, spaces)."""
    typed = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(typed.encode()).hexdigest()


def find_answer_code(typed: str) -> AnswerCode | None:
    """The unused code typed, or None (unknown and used codes read alike)."""
    found = AnswerCode.objects.select_related("campaign", "team", "subject_manager").filter(
        digest=code_digest(typed), used=False
    )
    return found.first()


def submit_with_code(
    code: AnswerCode, submission: Submission, *, today: datetime.date | None = None
) -> Response:
    """Store one anonymous response for a printed code; exactly once per code."""
    campaign = code.campaign
    who = Respondent(level=code.level, team=code.team, manager=code.subject_manager)
    _check_open(campaign, today or timezone.localdate())
    _check_submission(campaign, who, submission)
    with transaction.atomic():
        locked = AnswerCode.objects.select_for_update().get(pk=code.pk)
        if locked.used:
            raise CampaignError("this code has already been used: each code answers once")
        locked.used = True
        locked.save(update_fields=["used"])
        return record_anonymous_response(campaign, who, submission)


def _check_open(campaign: Campaign, today: datetime.date) -> None:
    if not campaign.accepts_answers_on(today):
        raise CampaignError(
            f"“{campaign.title}” is {campaign.status_on(today).label.lower()}; it takes answers "
            f"from {campaign.opens_on:%d %b} to {campaign.closes_on:%d %b %Y}"
        )


def submit_response(
    invitation: Invitation, submission: Submission, *, today: datetime.date | None = None
) -> Response:
    """Store one anonymous response and mark the invitation used; exactly once per invitation."""
    campaign = invitation.campaign
    _check_open(campaign, today or timezone.localdate())
    _check_submission(campaign, Respondent.of(invitation.person), submission)
    with transaction.atomic():
        # Lock the invitation row: two tabs submitting at once must not both count.
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.answered:
            raise CampaignError("this link has already been used: each invitation answers once")
        if locked.coded:
            raise CampaignError(
                "an answer code was printed for you instead of this link: answer with the code"
            )
        return record_anonymous_response(campaign, invitation.person, submission, locked)


def record_anonymous_response(
    campaign: Campaign,
    person: Person | Respondent,
    submission: Submission,
    invitation: Invitation | None = None,
) -> Response:
    """Write the response rows carrying only level and team (also used by the demo)."""
    who = person if isinstance(person, Respondent) else Respondent.of(person)
    bank = load_item_bank(campaign.item_bank_version)
    response = Response.objects.create(
        campaign=campaign,
        level=who.level,
        team=who.team,
        subject_manager=who.manager if campaign.kind == CampaignKind.MANAGER_PULSE else None,
    )
    Answer.objects.bulk_create(
        Answer(response=response, item_id=i, element=bank.element_of(i).value, value=v)
        for i, v in submission.answers.items()
    )
    questions = {q.id: q for q in (*bank.open_questions, *bank.pulse_open_questions)}
    OpenAnswer.objects.bulk_create(
        OpenAnswer(
            response=response, question_id=q, element=questions[q].element.value, text=t.strip()
        )
        for q, t in submission.open_answers.items()
        if t.strip()
    )
    TeamRating.objects.bulk_create(
        TeamRating(
            response=response,
            rated_team=r.rated_team,
            likelihood=r.likelihood,
            satisfaction=r.satisfaction,
            suggestion=r.suggestion.strip(),
        )
        for r in submission.team_ratings
    )
    if invitation is not None:
        invitation.answered = True
        invitation.save(update_fields=["answered"])
    return response


def expected_items(campaign: Campaign, person: Person | Respondent) -> list[str]:
    """The statement ids this person is asked in this campaign."""
    bank = load_item_bank(campaign.item_bank_version)
    if campaign.kind == CampaignKind.ICARE:
        return [s.id for s in bank.for_perspective(person.level)]
    if campaign.kind == CampaignKind.MANAGER_PULSE:
        return [s.id for s in bank.pulse_statements]
    return []


def _check_submission(campaign: Campaign, person: Respondent, submission: Submission) -> None:
    expected = set(expected_items(campaign, person))
    unknown = set(submission.answers) - expected
    if unknown:
        raise CampaignError(f"items {', '.join(sorted(unknown))} are not part of this survey")
    bad = {i: v for i, v in submission.answers.items() if v is not None and not 1 <= v <= 5}
    if bad:
        raise CampaignError(f"answers must be 1-5 or don't know; got {bad}")
    bank = load_item_bank(campaign.item_bank_version)
    allowed_open = {
        q.id
        for q in (bank.open_questions if campaign.kind == CampaignKind.ICARE else ())
        + (bank.pulse_open_questions if campaign.kind == CampaignKind.MANAGER_PULSE else ())
    }
    if set(submission.open_answers) - allowed_open:
        raise CampaignError("an open answer refers to a question this survey does not ask")
    _check_team_ratings(campaign, person, submission.team_ratings)


def _check_team_ratings(
    campaign: Campaign, person: Respondent, rows: list[TeamRatingInput]
) -> None:
    if rows and campaign.kind != CampaignKind.TEAM_MATRIX:
        raise CampaignError("team ratings belong to the internal service matrix only")
    seen: set[int] = set()
    for r in rows:
        if r.rated_team.organisation_id != campaign.organisation_id:
            raise CampaignError(f"team {r.rated_team} is not in this organisation")
        if person.team is not None and person.team.pk == r.rated_team.pk:
            raise CampaignError("the matrix asks about the teams you depend on, not your own")
        if r.rated_team.id in seen:
            raise CampaignError(f"team {r.rated_team} was rated twice")
        seen.add(r.rated_team.id)
        if not 0 <= r.likelihood <= 10 or not 1 <= r.satisfaction <= 5:
            raise CampaignError(f"for {r.rated_team}: likelihood must be 0-10 and satisfaction 1-5")
