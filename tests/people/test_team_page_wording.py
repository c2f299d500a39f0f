"""A team page's figures, read as a frontline adviser on their first day (session 21).

The demo's Chat & E-mail page opened with a card "0 nested teams": a count of something
the team does not have, in a word ("nested") nobody on the frontline uses. A team without
teams inside it now shows no such card; one with them still counts them.
"""

from __future__ import annotations

from django.urls import reverse

from web.conftest import World, signed_in


def test_a_team_without_nested_teams_shows_no_count_of_them(world: World) -> None:
    page = (
        signed_in(world.leader).get(reverse("team_detail", args=[world.online.pk])).content.decode()
    )
    assert "nested team" not in page


def test_a_team_with_nested_teams_still_counts_them(world: World) -> None:
    page = (
        signed_in(world.leader).get(reverse("team_detail", args=[world.store.pk])).content.decode()
    )
    assert '<span class="value">1</span><span class="label">nested team</span>' in page
