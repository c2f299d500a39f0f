"""Survey privacy as attacks across tables, pages and people (session 12).

Each test plays one attacker with only what the pages and the API show them, and fails if
the arithmetic gives a figure for fewer people than the campaign's threshold (5):

* "don't know" subtraction: a difference of two shown rows holds enough people, but only
  one of them answered an element, so the difference of the element's scores is theirs;
* the same through a manager's part set beside the organisation's row of one of its teams;
* two managers comparing notes: the organisation's total minus each one's part is the few
  people in neither part;
* a campaign runner answering through somebody else's personal link.
"""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from assessments.conftest import add_people, closed_icare_campaign, signed_in
from legendary.assessments.icare import Element
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.services import (
    CampaignError,
    Submission,
    create_campaign,
    launch_campaign,
)
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.services import create_organisation, create_person, create_team

E = Element.EMPOWERMENT.value
PASSWORD = "a-long-test-password-42"


def _login(org: Organisation, name: str, role: Role, team: Team, **kw: object) -> Person:
    username = name.split()[0].lower()
    return create_person(
        org,
        name,
        role=role,
        team=team,
        with_login=True,
        username=username,
        password=PASSWORD,
        **kw,  # type: ignore[arg-type]
    )


def _answer_all(
    campaign: Campaign, people: list[Person], value: int, dont_know: set[int] = frozenset()
) -> None:
    """Each person answers every statement `value`; those at the indices in `dont_know`
    choose "don't know" for every Empowerment statement."""
    from legendary.assessments.services import record_anonymous_response

    invitations = {i.person_id: i for i in campaign.invitations.all()}
    for i, person in enumerate(people):
        answers: dict[str, int | None] = {}
        for s in load_item_bank().for_perspective(person.level):
            answers[s.id] = None if (i in dont_know and s.element == Element.EMPOWERMENT) else value
        record_anonymous_response(
            campaign, person, Submission(answers=answers), invitations.get(person.pk)
        )


def _api(client: Client, campaign: Campaign) -> dict[str, object]:
    response = client.get(f"/api/assessments/campaigns/{campaign.pk}/results")
    assert response.status_code == 200
    body: dict[str, object] = response.json()
    return body


def _row(rows: object, label: str) -> dict[str, object]:
    assert isinstance(rows, list)
    return next(r for r in rows if r["label"] == label)


def _score(row: object, element: str = E) -> float | None:
    assert isinstance(row, dict)
    value = row["scores"].get(element)
    assert value is None or isinstance(value, float)
    return value


def test_dont_know_answers_cannot_make_the_hidden_remainder_one_persons_score(
    db: None,
) -> None:
    """Store (6) and Online (6) show; Kiosk (2) and Leadership (3) hide together (5 people),
    so subtracting the teams from the total gives nobody's answers... unless four of those
    five chose "don't know" for Empowerment. Then Everyone's Empowerment minus Store's and
    Online's is the one remaining person's: the old tables showed all three."""
    org = create_organisation("Remainder Ltd")
    teams = {n: create_team(org, n) for n in ("Store", "Online", "Kiosk", "Leadership")}
    boss = _login(org, "Bea Boss", Role.LEADER, teams["Leadership"])
    leaders = [boss, *add_people(org, teams["Leadership"], Role.LEADER, 2)]
    store = add_people(org, teams["Store"], Role.FRONTLINE, 6)
    online = add_people(org, teams["Online"], Role.FRONTLINE, 6)
    kiosk = add_people(org, teams["Kiosk"], Role.FRONTLINE, 2)
    campaign = closed_icare_campaign(org, [])
    _answer_all(campaign, store + online, 4)
    # The three leaders and one Kiosk person do not know; the other Kiosk person answers 1.
    _answer_all(campaign, [*leaders, kiosk[0]], 4, dont_know={0, 1, 2, 3})
    _answer_all(campaign, [kiosk[1]], 1)
    body = _api(signed_in(boss), campaign)
    total, shown_teams = body["total"], [_row(body["teams"], n) for n in ("Store", "Online")]
    assert isinstance(total, dict)
    assert not total["hidden"]
    assert all(not t["hidden"] for t in shown_teams)
    figures = [_score(total), *(_score(t) for t in shown_teams)]
    assert None in figures, "Everyone - Store - Online gives one person's Empowerment"
    # Nothing else is lost: every other element still shows in all three rows.
    for row in (total, *shown_teams):
        assert _score(row, Element.IDEAL.value) is not None
    # The page says what a dash now means and states the rule.
    page = signed_in(boss).get(f"/assessments/{campaign.pk}/results/").content.decode()
    assert "subtracting it from another group's" in page
    assert "even between managers comparing notes" in page


def test_a_managers_part_and_a_team_row_cannot_subtract_to_one_persons_answer(
    db: None,
) -> None:
    """Stan reads his part (Store and Kiosk, 11 people) and, in it, Store's row. Kiosk has
    five people, enough to show, but four chose "don't know" for Empowerment, so Kiosk's
    Empowerment shows a dash; his part's Empowerment minus Store's was then the fifth
    person's answer."""
    org = create_organisation("Part Ltd")
    teams = {n: create_team(org, n) for n in ("Store", "Kiosk", "Online", "Leadership")}
    boss = _login(org, "Bea Boss", Role.LEADER, teams["Leadership"])
    stan = _login(org, "Stan Manager", Role.MANAGER, teams["Store"], manager=boss)
    leaders = [boss, *add_people(org, teams["Leadership"], Role.LEADER, 5)]
    online_manager = add_people(org, teams["Online"], Role.MANAGER, 1, reports_to=boss)
    managers = [stan, *online_manager, *add_people(org, teams["Online"], Role.MANAGER, 3)]
    store = add_people(org, teams["Store"], Role.FRONTLINE, 6, reports_to=stan)
    kiosk = add_people(org, teams["Kiosk"], Role.FRONTLINE, 5, reports_to=stan)
    online = add_people(org, teams["Online"], Role.FRONTLINE, 6, reports_to=online_manager[0])
    campaign = closed_icare_campaign(org, [])
    _answer_all(campaign, [*leaders, *managers, *store, *online], 4)
    _answer_all(campaign, kiosk[:4], 4, dont_know={0, 1, 2, 3})
    _answer_all(campaign, kiosk[4:], 1)
    part = _api(signed_in(stan), campaign)
    total = part["total"]
    store_row, kiosk_row = _row(part["teams"], "Store"), _row(part["teams"], "Kiosk")
    assert isinstance(total, dict)
    assert not total["hidden"], "the part itself is large enough and singles nobody out"
    assert not store_row["hidden"]
    assert not kiosk_row["hidden"]
    assert _score(kiosk_row) is None  # one person answered it
    assert _score(total) is None or _score(store_row) is None
    # The leader's own table is just as safe: Everyone minus the other rows is no person.
    whole = _api(signed_in(boss), campaign)
    rows = [whole["total"], *whole["teams"]]  # type: ignore[list-item]
    shown = [r for r in rows if _score(r) is not None]
    assert len(shown) < len(rows)


def test_two_managers_comparing_notes_cannot_find_the_few_in_neither_part(db: None) -> None:
    """Ann manages teams Alder and Ash (6 people), Ben Birch and Beech (6); Cedar has two
    people and no manager; Xavier's Warehouse has seven. The organisation shows Everyone
    (21) and Warehouse (7). Each part alone is safe (21 - 7 - 6 leaves 8), and the old
    code showed both parts' totals: Everyone - Warehouse - Ann's part - Ben's part was
    Cedar's two people, count and scores. Now at most one of the parts shows its total."""
    org = create_organisation("Coalition Ltd")
    names = ("Alder", "Ash", "Birch", "Beech", "Cedar", "Warehouse", "Board")
    teams = {n: create_team(org, n) for n in names}
    boss = _login(org, "Bea Boss", Role.LEADER, teams["Board"])
    ann = _login(org, "Ann Manager", Role.MANAGER, teams["Alder"])
    ben = _login(org, "Ben Manager", Role.MANAGER, teams["Birch"])
    xavier = create_person(org, "Xavier Manager", role=Role.MANAGER, team=teams["Warehouse"])
    people = [ann, ben, xavier]
    people += add_people(org, teams["Alder"], Role.FRONTLINE, 2, reports_to=ann)
    people += add_people(org, teams["Ash"], Role.FRONTLINE, 3, reports_to=ann)
    people += add_people(org, teams["Birch"], Role.FRONTLINE, 2, reports_to=ben)
    people += add_people(org, teams["Beech"], Role.FRONTLINE, 3, reports_to=ben)
    people += add_people(org, teams["Warehouse"], Role.FRONTLINE, 6, reports_to=xavier)
    cedar = add_people(org, teams["Cedar"], Role.FRONTLINE, 2)
    campaign = closed_icare_campaign(org, [])
    _answer_all(campaign, people, 4)
    _answer_all(campaign, cedar, 1)
    whole = _api(signed_in(boss), campaign)
    parts = [_api(signed_in(m), campaign)["total"] for m in (ann, ben)]
    everyone, warehouse = whole["total"], _row(whole["teams"], "Warehouse")
    assert isinstance(everyone, dict)
    assert everyone["respondents"] == 21
    assert warehouse["respondents"] == 7
    shown = [p for p in parts if isinstance(p, dict) and not p["hidden"]]
    assert len(shown) < 2, "21 - 7 - 6 - 6 leaves Cedar's two people"
    # A part that does show holds its own answers only.
    assert all(p["respondents"] == 6 for p in shown)


def test_a_campaign_runner_is_never_shown_anyone_elses_link(db: None) -> None:
    """A leader read every personal link on the campaign page, so signed out (or in a
    private window) she could answer in anybody's name, or see whether they had answered.
    Links now go only to their owners; the page counts who cannot be reached instead."""
    org = create_organisation("Links Ltd")
    desk = create_team(org, "Desk")
    boss = _login(org, "Bea Boss", Role.LEADER, desk)
    add_people(org, desk, Role.FRONTLINE, 4)
    create_person(org, "No Address", role=Role.FRONTLINE, team=desk)
    today = timezone.localdate()
    campaign = create_campaign(
        org,
        kind=CampaignKind.ICARE,
        title="Open now",
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=9),
        min_group_scores=3,
    )
    launch_campaign(campaign, send_email=False)
    client = signed_in(boss)
    page = client.get(f"/assessments/{campaign.pk}/").content.decode()
    tokens = [i.token for i in campaign.invitations.exclude(person=boss)]
    assert len(tokens) == 5
    assert not [t for t in tokens if t in page]
    assert "1 invited person has no link only they can open" in page
    api = client.get(f"/api/assessments/campaigns/{campaign.pk}").content.decode()
    assert not [t for t in tokens if t in api]
    # Her own link still waits for her on her own page.
    own = campaign.invitations.get(person=boss).token
    assert own in client.get("/assessments/").content.decode()


def test_two_surveys_at_once_cannot_ask_overlapping_groups(db: None) -> None:
    """A leader launched one survey for Store and Kiosk and, the same fortnight, one for
    Store alone; each total was large enough, and the first minus the second was roughly
    Kiosk's two people, who answer both much alike. Surveys of one kind that run at the
    same time must now ask the same people or entirely different people."""
    org = create_organisation("Overlap Ltd")
    teams = {n: create_team(org, n) for n in ("Store", "Kiosk", "Online")}
    for name, count in (("Store", 6), ("Kiosk", 2), ("Online", 6)):
        add_people(org, teams[name], Role.FRONTLINE, count)
    today = timezone.localdate()

    def survey(*names: str, days: int = 0) -> Campaign:
        return create_campaign(
            org,
            kind=CampaignKind.ICARE,
            title=" and ".join(names),
            opens_on=today + datetime.timedelta(days=days),
            closes_on=today + datetime.timedelta(days=days + 14),
            teams=[teams[n] for n in names],
        )

    launch_campaign(survey("Store", "Kiosk"), send_email=False)
    with pytest.raises(CampaignError, match="asks some of the same people"):
        launch_campaign(survey("Store"), send_email=False)
    launch_campaign(survey("Online"), send_email=False)  # nobody in common
    launch_campaign(survey("Kiosk", "Store"), send_email=False)  # the same people
    # Soon after the first closes the two are still answered much alike (session 13).
    with pytest.raises(CampaignError, match="runs within 90 days"):
        launch_campaign(survey("Store", days=20), send_email=False)
    launch_campaign(survey("Store", days=120), send_email=False)  # a season later
