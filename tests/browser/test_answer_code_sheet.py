"""At a real browser: the organiser of a survey prints the answer-code sheet, and the
printed page is the slips alone; a manager of another team cannot print (or see) codes.

On 942779b the sheet loaded no survey stylesheet, so printing it printed the site's
navigation bar above the slips (and the slips kept their list bullets).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from assessments.conftest import PASSWORD, open_icare_campaign, with_login
from browser.test_demo_roles import sign_in
from legendary.assessments.models import AnswerCode, Campaign
from legendary.people.models import Role
from legendary.people.services import create_organisation, create_person, create_team

pytestmark = pytest.mark.browser

CODE = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")


@pytest.fixture
def orchard(settings: object, db: None) -> Campaign:
    """A survey with three pickers whom no link reaches (no address, no sign-in)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]
    org = create_organisation("Orchard Lane")
    pickers, returns = create_team(org, "Pickers"), create_team(org, "Returns desk")
    with_login(org, "Hana Leader", Role.LEADER, pickers)
    with_login(org, "Milo Manager", Role.MANAGER, returns)
    for number in range(3):
        create_person(org, f"Picker {number}", team=pickers)
    return open_icare_campaign(org, "Harvest check")


def test_the_organiser_prints_the_sheet_and_the_print_shows_only_the_slips(
    orchard: Campaign, page: Page, snapshot
) -> None:
    sign_in(page, "hana", PASSWORD)
    page.goto(f"/assessments/{orchard.pk}/")
    page.get_by_role("button", name="Print 3 answer codes").click()

    expect(page.locator("h1")).to_have_text("Answer codes for “Harvest check”")
    slips = page.locator("li.slip")
    expect(slips).to_have_count(3)
    codes = {CODE.search(text).group() for text in slips.all_inner_texts()}  # type: ignore[union-attr]
    assert len(codes) == 3
    assert AnswerCode.objects.filter(campaign=orchard).count() == 3
    expect(page.locator(".topbar")).to_be_visible()
    snapshot(page, "sheet")

    page.emulate_media(media="print")
    expect(page.locator(".topbar")).to_be_hidden()
    expect(page.get_by_role("link", name="Back to the survey")).to_be_hidden()
    expect(slips.first).to_be_visible()
    assert slips.first.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    assert slips.first.evaluate("e => getComputedStyle(e).listStyleType") == "none"
    snapshot(page, "sheet-print")


def test_a_manager_of_another_team_cannot_print_the_codes(orchard: Campaign, page: Page) -> None:
    sign_in(page, "milo", PASSWORD)
    detail = page.goto(f"/assessments/{orchard.pk}/")
    assert detail is not None
    if detail.status == 200:  # may they see the survey, they are not offered codes
        expect(page.get_by_role("button", name=re.compile("answer code"))).to_have_count(0)
    else:
        assert detail.status == 404
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"/assessments/{orchard.pk}/codes/", headers={"X-CSRFToken": token}
    )
    assert response.status in (403, 404)
    assert not CODE.search(response.text())
    assert not AnswerCode.objects.filter(campaign=orchard).exists()
