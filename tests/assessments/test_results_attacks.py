"""Anonymity as an attack: try to read a group below the threshold, and fail.

The organisation: Store (6 frontline), Online (5 frontline), Kiosk (2 frontline: too few),
Leadership (3 senior leaders), managers spread over the teams. Kiosk's two people answer
very differently from everyone else, so any leak of their answers would be visible.
"""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from assessments.conftest import TODAY, add_people, closed_icare_campaign, signed_in
from legendary.assessments.icare import Element
from legendary.assessments.internal import manager_pulse_results
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.results import icare_results
from legendary.assessments.services import (
    Submission,
    create_campaign,
    launch_campaign,
    record_anonymous_response,
)
from legendary.people.models import Person, Role, Team
from legendary.people.services import create_organisation, create_person, create_team

KIOSK_SCORE = 1  # strongly disagree: 0 on the 0-100 scale
OTHERS_SCORE = 4  # agree: 75 on the 0-100 scale


@pytest.fixture
def survey(db: None) -> dict[str, object]:
    org = create_organisation("Attack Ltd")
    teams = {n: create_team(org, n) for n in ("Store", "Online", "Kiosk", "Leadership")}
    boss = create_person(
        org,
        "Bea Boss",
        role=Role.LEADER,
        team=teams["Leadership"],
        with_login=True,
        username="bea",
        password="a-long-test-password-42",
    )
    leaders = [boss, *add_people(org, teams["Leadership"], Role.LEADER, 2)]
    store_manager = create_person(
        org,
        "Stan Manager",
        role=Role.MANAGER,
        team=teams["Store"],
        manager=boss,
        with_login=True,
        username="stan",
        password="a-long-test-password-42",
    )
    people: list[tuple[Person, int]] = [(p, OTHERS_SCORE) for p in leaders]
    people.append((store_manager, OTHERS_SCORE))
    people += [(p, OTHERS_SCORE) for p in add_people(org, teams["Store"], Role.FRONTLINE, 6)]
    people += [(p, OTHERS_SCORE) for p in add_people(org, teams["Online"], Role.FRONTLINE, 5)]
    people += [(p, OTHERS_SCORE) for p in add_people(org, teams["Online"], Role.MANAGER, 1)]
    people += [(p, OTHERS_SCORE) for p in add_people(org, teams["Store"], Role.MANAGER, 2)]
    kiosk = add_people(org, teams["Kiosk"], Role.FRONTLINE, 2, reports_to=store_manager)
    people += [(p, KIOSK_SCORE) for p in kiosk]
    campaign = closed_icare_campaign(
        org, people, closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    return {"campaign": campaign, "teams": teams, "boss": boss, "store_manager": store_manager}


def _results(survey: dict[str, object]):  # type: ignore[no-untyped-def]
    campaign = survey["campaign"]
    assert isinstance(campaign, Campaign)
    return icare_results(campaign, today=timezone.localdate())


def _kiosk_id(survey: dict[str, object]) -> str:
    teams = survey["teams"]
    assert isinstance(teams, dict)
    kiosk: Team = teams["Kiosk"]
    return str(kiosk.pk)


def test_filtering_on_the_small_team_shows_nothing(survey: dict[str, object]) -> None:
    row = _results(survey).select(team=_kiosk_id(survey))
    assert row.hidden
    assert row.respondents is None
    assert not row.scores


def test_subtracting_visible_teams_from_the_total_cannot_recover_the_small_team(
    survey: dict[str, object],
) -> None:
    results = _results(survey)
    hidden = [r for r in results.teams if r.hidden]
    assert results.total.respondents == 20
    # The attack: total sum minus every visible team's sum is whatever remains hidden.
    visible_n = sum(r.respondents or 0 for r in results.teams if not r.hidden)
    remaining = results.total.respondents - visible_n
    assert len(hidden) >= 2
    assert remaining >= 5
    # ...and what remains mixes Kiosk with at least one other group, so it is not Kiosk's 0.
    for element, total_score in results.total.scores.items():
        assert total_score is not None
        visible_sum = sum(
            (r.score(element) or 0) * (r.respondents or 0) for r in results.teams if not r.hidden
        )
        derived = (total_score * results.total.respondents - visible_sum) / remaining
        assert derived > 20  # Kiosk alone would be 0


def test_a_level_that_equals_a_team_cannot_be_used_to_unlock_subtraction(
    survey: dict[str, object],
) -> None:
    results = _results(survey)
    leadership_team = next(r for r in results.teams if r.label == "Leadership")
    leaders_level = next(r for r in results.levels if r.key == "leader")
    visible_n = sum(r.respondents or 0 for r in results.teams if not r.hidden)
    assert results.total.respondents is not None
    remaining = results.total.respondents - visible_n
    if leadership_team.hidden and not leaders_level.hidden:
        # The attacker swaps in the leaders' level row for the hidden Leadership team...
        assert leaders_level.respondents is not None
        remaining -= leaders_level.respondents
    # ...and must still be left with a group at least as large as the threshold.
    assert remaining >= 5


def test_both_filters_at_once_are_refused(survey: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="not both"):
        _results(survey).select(team=_kiosk_id(survey), level="frontline")


def _boss(survey: dict[str, object]) -> Client:
    boss = survey["boss"]
    assert isinstance(boss, Person)
    return signed_in(boss)


def test_the_page_shows_no_number_for_the_small_team(survey: dict[str, object]) -> None:
    campaign = survey["campaign"]
    assert isinstance(campaign, Campaign)
    response = _boss(survey).get(f"/assessments/{campaign.pk}/results/?team={_kiosk_id(survey)}")
    assert response.status_code == 200
    assert b"Hidden to protect anonymity" in response.content


def test_the_api_shows_no_number_for_the_small_team(survey: dict[str, object]) -> None:
    campaign = survey["campaign"]
    assert isinstance(campaign, Campaign)
    response = _boss(survey).get(
        f"/api/assessments/campaigns/{campaign.pk}/results", {"team": _kiosk_id(survey)}
    )
    assert response.status_code == 200
    focus = response.json()["focus"]
    assert focus["hidden"] is True
    assert focus["respondents"] is None
    assert focus["scores"] == {}
    kiosk_rows = [t for t in response.json()["teams"] if t["key"] == _kiosk_id(survey)]
    assert kiosk_rows
    assert kiosk_rows[0]["scores"] == {}
    assert kiosk_rows[0]["overall"] is None


def test_the_api_subtraction_attack_fails_too(survey: dict[str, object]) -> None:
    campaign = survey["campaign"]
    assert isinstance(campaign, Campaign)
    body = _boss(survey).get(f"/api/assessments/campaigns/{campaign.pk}/results").json()
    visible = [t for t in body["teams"] if not t["hidden"]]
    hidden_count = body["total"]["respondents"] - sum(t["respondents"] for t in visible)
    assert hidden_count >= campaign.min_group_scores
    assert len([t for t in body["teams"] if t["hidden"]]) >= 2


def test_the_api_refuses_both_filters(survey: dict[str, object]) -> None:
    campaign = survey["campaign"]
    assert isinstance(campaign, Campaign)
    response = _boss(survey).get(
        f"/api/assessments/campaigns/{campaign.pk}/results",
        {"team": _kiosk_id(survey), "level": "frontline"},
    )
    assert response.status_code == 400


def test_results_stay_closed_while_answers_come_in(survey: dict[str, object]) -> None:
    # Comparing two snapshots of an open campaign would isolate whoever answered between them.
    campaign = survey["campaign"]
    assert isinstance(campaign, Campaign)
    Campaign.objects.filter(pk=campaign.pk).update(
        closes_on=timezone.localdate() + datetime.timedelta(days=3)
    )
    client = _boss(survey)
    assert b"not available yet" in client.get(f"/assessments/{campaign.pk}/results/").content
    api = client.get(f"/api/assessments/campaigns/{campaign.pk}/results")
    assert api.status_code == 409


def test_a_manager_cannot_filter_on_a_team_outside_their_view(survey: dict[str, object]) -> None:
    campaign = survey["campaign"]
    teams = survey["teams"]
    manager = survey["store_manager"]
    assert isinstance(campaign, Campaign)
    assert isinstance(teams, dict)
    assert isinstance(manager, Person)
    client = signed_in(manager)
    online = teams["Online"].pk
    assert client.get(f"/assessments/{campaign.pk}/results/?team={online}").status_code == 404
    api = client.get(f"/api/assessments/campaigns/{campaign.pk}/results", {"team": online})
    assert api.status_code == 404


def test_comments_are_withheld_below_the_comment_threshold(survey: dict[str, object]) -> None:
    campaign = survey["campaign"]
    assert isinstance(campaign, Campaign)
    Campaign.objects.filter(pk=campaign.pk).update(min_group_comments=50)
    campaign.refresh_from_db()
    assert icare_results(campaign, today=timezone.localdate()).comments is None


def test_a_managers_heat_map_holds_only_their_own_teams(survey: dict[str, object]) -> None:
    campaign = survey["campaign"]
    manager = survey["store_manager"]
    assert isinstance(campaign, Campaign)
    assert isinstance(manager, Person)
    response = signed_in(manager).get(f"/assessments/{campaign.pk}/results/")
    rows = response.context["heatmap"]["data"][0]["y"]
    assert any(r.startswith("Store") for r in rows)
    assert not any(r.startswith(("Online", "Leadership")) for r in rows)


def test_a_manager_reads_their_part_only_not_the_organisation(survey: dict[str, object]) -> None:
    """The README's promise: a manager reads the results of their part of the organisation.
    Stan sees the Store and Kiosk teams (11 of the 20 answers, no senior leader among them)
    on the page, in the report and through the API. The old page showed him everyone's
    answers broken down by level, senior leaders included.

    His part's total is hidden: Store's own row (9 answers) is published in the
    organisation's table, which he reads through any goal set for Store, and 'Your teams'
    (11) beside it gave Kiosk's two people by subtraction (found on the leader's quarter).
    Store's row itself, published anyway, is shown to him."""
    campaign = survey["campaign"]
    manager = survey["store_manager"]
    assert isinstance(campaign, Campaign)
    assert isinstance(manager, Person)
    client = signed_in(manager)
    for page in ("results", "report"):
        response = client.get(f"/assessments/{campaign.pk}/{page}/")
        rows = response.context["level_rows"]
        assert rows[0]["label"] == "Your teams"
        assert rows[0]["hidden"]
        assert [r["key"] for r in rows[1:]] == ["frontline", "manager"]
        assert b"Your part of the organisation" in response.content
    api = client.get(f"/api/assessments/campaigns/{campaign.pk}/results").json()
    assert api["total"]["hidden"]
    assert api["total"]["respondents"] is None
    assert {row["key"]: row["respondents"] for row in api["teams"]} == {
        str(survey["teams"]["Store"].pk): 9,  # type: ignore[index]
        str(survey["teams"]["Kiosk"].pk): None,  # type: ignore[index]
    }
    assert {row["key"] for row in api["levels"]} == {"frontline", "manager"}
    assert all(gap["leader"] is None for gap in api["gaps"])
    # The leader still reads the whole organisation.
    whole = _boss(survey).get(f"/api/assessments/campaigns/{campaign.pk}/results").json()
    assert whole["total"]["respondents"] == 20
    assert {row["key"] for row in whole["levels"]} == {"frontline", "manager", "leader"}


def test_a_group_nobody_in_it_answered_is_still_named(survey: dict[str, object]) -> None:
    """The demo manager's `/api/assessments/campaigns/2/results?level=leader` answered
    `"focus": {"key": "leader", "label": "", "hidden": true, ...}`: no leader answered in
    her teams, so the row had no name. Found by calling the results API as each demo user.
    It stays hidden and carries no numbers."""
    campaign = survey["campaign"]
    assert isinstance(campaign, Campaign)
    teams = survey["teams"]
    assert isinstance(teams, dict)
    part = icare_results(
        campaign, today=timezone.localdate(), teams=frozenset({teams["Online"].pk})
    )
    leaders = part.select(level="leader")
    assert (leaders.label, leaders.hidden, leaders.respondents, leaders.scores) == (
        "Senior leaders",
        True,
        None,
        {},
    )
    kiosk = part.select(team=_kiosk_id(survey))
    assert (kiosk.label, kiosk.hidden, kiosk.scores) == ("Kiosk", True, {})


def test_an_element_most_of_a_group_did_not_know_is_not_one_persons_score(db: None) -> None:
    """Found on the leader's quarter: a team of six, big enough to show, in which five chose
    "don't know" for every Empowerment statement. The team's and everyone's Empowerment
    score was then the sixth person's answers alone. An element is now shown only when at
    least the threshold of people answered it; the other elements of the group still show."""
    org = create_organisation("Dunno Ltd")
    desk = create_team(org, "Help desk")
    people = add_people(org, desk, Role.FRONTLINE, 6)
    campaign = closed_icare_campaign(org, [])
    bank = load_item_bank()
    for i, person in enumerate(people):
        answers: dict[str, int | None] = {}
        for s in bank.for_perspective(person.level):
            knows = s.element != Element.EMPOWERMENT or i == 0
            answers[s.id] = (1 if i == 0 else 4) if knows else None
        record_anonymous_response(campaign, person, Submission(answers=answers))
    results = icare_results(campaign, today=timezone.localdate())
    team = results.select(team=str(desk.pk))
    for row in (results.total, team):
        assert not row.hidden
        assert row.respondents == 6
        assert row.score(Element.EMPOWERMENT) is None
        assert row.score(Element.IDEAL) is not None


def test_a_pulse_statement_most_reports_did_not_know_is_left_out(db: None) -> None:
    """The manager pulse had the same gap: six reports, five of whom did not know how their
    manager handles one statement, and that statement's score was the sixth person's."""
    org = create_organisation("Pulse Ltd")
    desk = create_team(org, "Help desk")
    boss = create_person(org, "Mo Manager", role=Role.MANAGER, team=desk)
    reports = add_people(org, desk, Role.FRONTLINE, 6, reports_to=boss)
    campaign = create_campaign(
        org,
        kind=CampaignKind.MANAGER_PULSE,
        title="Pulse",
        opens_on=TODAY - datetime.timedelta(days=14),
        closes_on=TODAY - datetime.timedelta(days=1),
        min_group_scores=5,
        min_group_comments=5,
    )
    launch_campaign(campaign, send_email=False)
    statements = load_item_bank().pulse_statements
    rare, common = statements[0].id, statements[1].id
    for i, person in enumerate(reports):
        answers: dict[str, int | None] = {s.id: 4 for s in statements}
        answers[rare] = 1 if i == 0 else None
        record_anonymous_response(campaign, person, Submission(answers=answers))
    (row,) = manager_pulse_results(campaign, today=timezone.localdate())
    assert not row.hidden
    assert row.statement_scores[rare] is None
    assert row.statement_scores[common] == 75.0
