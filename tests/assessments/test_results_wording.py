"""What the culture-results page says in words, not in colour alone.

Found looking at the demo's autumn survey as a senior leader, at 1280 px and on a phone
(session 21): the focus form offered two drop-downs reading "—" and a button "Focus", so
nothing said that leaving them blank meant everyone or what the button would do; and the
gap table marked a gap of 10 points or more only by a tinted row, which a reader who does
not see the tint (or prints in black and white) cannot tell from any other row.
"""

from __future__ import annotations

import datetime
import re

from django.test import Client
from django.utils import timezone

from assessments.conftest import add_people, closed_icare_campaign, open_icare_campaign
from legendary.assessments.models import CampaignKind
from legendary.assessments.services import create_campaign
from legendary.people.models import Role, Team
from web.conftest import World


def _gap_survey(world: World) -> int:
    """A closed survey where senior leaders rate everything two points (of five) above the
    frontline and managers rate it like the frontline."""
    desk = Team.objects.create(organisation=world.org, name="Night desk")
    frontline = add_people(world.org, desk, Role.FRONTLINE, 5)
    managers = add_people(world.org, desk, Role.MANAGER, 3)
    leaders = add_people(world.org, None, Role.LEADER, 3)
    answers = [(p, 2) for p in frontline] + [(p, 2) for p in managers] + [(p, 4) for p in leaders]
    return closed_icare_campaign(world.org, answers, min_group_scores=3, title="Gap check").pk


def test_the_focus_form_says_what_blank_means_and_what_the_button_does(
    world: World, leader: Client
) -> None:
    page = leader.get(f"/assessments/{_gap_survey(world)}/results/").content.decode()
    form = page[page.index('aria-label="Focus on one group"') :]
    form = form[: form.index("</form>")]
    assert '<option value="">All teams</option>' in form
    assert '<option value="">All levels</option>' in form
    assert ">Show this group</button>" in form
    assert '<option value="">—</option>' not in form


def test_a_wide_gap_is_marked_in_words_beside_its_figure(world: World, leader: Client) -> None:
    page = leader.get(f"/assessments/{_gap_survey(world)}/results/").content.decode()
    table = page[page.index('id="gaps-heading"') :]
    table = table[: table.index("</table>")]
    leaders_gaps = re.findall(r'data-label="Leaders − frontline">(.*?)</td>', table)
    managers_gaps = re.findall(r'data-label="Managers − frontline">(.*?)</td>', table)
    assert leaders_gaps
    assert managers_gaps
    # Every leaders' gap here is wide (+50 on a 0-100 scale) and says so in words...
    assert all("wide gap" in cell for cell in leaders_gaps), leaders_gaps
    # ...and the managers' gap of +0 on the same rows is not marked.
    assert not any("wide gap" in cell for cell in managers_gaps), managers_gaps


def test_an_open_survey_says_when_its_results_come(world: World, leader: Client) -> None:
    """The survey list left the Results cell of an open survey blank (the demo's winter
    check, 43% answered): nothing said results were coming, nor when."""
    campaign = open_icare_campaign(world.org, "Winter check")
    page = leader.get("/assessments/").content.decode()
    row = page[page.index(">Winter check</a>") :]
    row = row[: row.index("</tr>")]
    closes = campaign.closes_on
    assert f'data-label="Results"><span class="muted small">when it closes, {closes:%-d %b}' in row


def test_a_draft_names_its_questions_and_group_sizes_in_plain_words(
    world: World, leader: Client
) -> None:
    """A draft survey's page listed "Questions: item bank icare-2026.1" and said "The
    thresholds above are fixed", words of the code rather than of the person launching it."""
    today = timezone.localdate()
    draft = create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Spring check",
        opens_on=today + datetime.timedelta(days=30),
        closes_on=today + datetime.timedelta(days=44),
    )
    page = leader.get(f"/assessments/{draft.pk}/").content.decode()
    assert "item bank" not in page
    assert f"the standard statements (version {draft.item_bank_version})" in page
    assert "thresholds" not in page
    assert "The group sizes above are fixed from then on." in page
