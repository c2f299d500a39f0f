"""A deleted team is kept only so old survey results keep its name and figures: a new goal
or plan can neither be set for it nor measure its internal NPS."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from legendary.culture import services
from legendary.culture.forms import GoalForm
from legendary.culture.models import MetricKind
from legendary.people.models import Team
from web.conftest import World


def _delete_online(world: World) -> None:
    # As people.team_deletion leaves a team that past answers refer to.
    Team.objects.filter(pk=world.online.pk).update(deleted_at=timezone.now())


def test_the_goal_form_offers_a_deleted_team_neither_as_scope_nor_as_measure(
    world: World,
) -> None:
    _delete_online(world)
    form = GoalForm(organisation=world.org, viewer=world.leader.user)
    scopes = {team.name for team in form.fields["team"].queryset}  # type: ignore[attr-defined]
    assert "Online" not in scopes
    assert "Kiosk" in scopes
    measures = dict(form.fields["measure"].choices)  # type: ignore[attr-defined]
    nps = {label for key, label in measures["Internal NPS"]}
    assert "Online" not in nps
    assert "Kiosk" in nps


def test_a_goal_on_a_deleted_teams_internal_nps_is_refused(world: World) -> None:
    _delete_online(world)
    with pytest.raises(ValueError, match=f"metric key: team '{world.online.pk}' is not a team"):
        services.create_goal(
            world.org,
            title="Online NPS",
            metric=MetricKind.INTERNAL_NPS,
            metric_key=str(world.online.pk),
            target=30,
            due_on=datetime.date(2100, 1, 1),
            owner=None,
            today=timezone.localdate(),
        )
