"""Results as one person may see them: the view and the API both read through here."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from legendary.assessments import access
from legendary.assessments.models import Campaign
from legendary.assessments.results import GroupResult, IcareResults, icare_results
from legendary.people import permissions
from legendary.people.permissions import UserLike


@dataclass(frozen=True)
class VisibleResults:
    """Suppressed results, with the team rows narrowed to the teams this person may open."""

    results: IcareResults
    teams: list[GroupResult]
    team_keys: frozenset[str]
    whole_organisation: bool = True

    def focus(self, *, team: str | None, level: str | None) -> GroupResult | None:
        """The row a filter asks for; a team outside the person's view is a LookupError."""
        if team and team not in self.team_keys:
            raise LookupError(f"team {team} is not one you can see")
        if not (team or level):
            return None
        return self.results.select(team=team, level=level)


def visible_icare_results(
    user: UserLike | None, campaign: Campaign, *, today: datetime.date
) -> VisibleResults:
    """ICARE results for `user` (callers have already checked they may read results).

    Leaders and admins read the whole organisation; anyone else (a manager) reads their
    part only: the answers given in the teams they can see, so neither the total nor the
    levels hold anyone else's answers. Every part is decided together with the
    organisation's rows and all other managers' parts (`results._publish`), so managers
    comparing notes can single out nobody.
    """
    team_ids = frozenset(permissions.visible_teams(user).values_list("id", flat=True))
    whole = permissions.role_of(user) in access.CAMPAIGN_RUNNERS
    results = icare_results(campaign, today=today, teams=None if whole else team_ids)
    keys = frozenset(str(t) for t in team_ids)
    return VisibleResults(results, [r for r in results.teams if r.key in keys], keys, whole)
