"""`Team.objects.live()`: the teams every list, form and page shows. A deleted team's row
stays for the closed results that cite it, and is left out of each of them; the filter was
written out at a dozen places before, where one left out would list a deleted team."""

from __future__ import annotations

from django.utils import timezone

from legendary.culture.forms import metric_choices
from legendary.people.models import Team
from web.conftest import World


def test_a_deleted_team_is_not_live(world: World) -> None:
    world.online.deleted_at = timezone.now()
    world.online.save(update_fields=["deleted_at"])
    live = set(Team.objects.live().filter(organisation=world.org))
    assert world.online not in live
    assert {world.store, world.kiosk} <= live
    assert Team.objects.filter(pk=world.online.pk).exists()  # the row itself stays


def test_a_deleted_team_is_no_goal_metric(world: World) -> None:
    world.online.deleted_at = timezone.now()
    world.online.save(update_fields=["deleted_at"])
    groups = dict(metric_choices(world.org, world.admin.user))
    nps_teams = {label for _, label in groups["Internal NPS"]}
    assert world.online.name not in nps_teams
    assert world.store.name in nps_teams
