"""At a real browser: a frontline person answers the culture survey from their personal
link, and a senior leader reads the results with the gaps between levels.

The demo organisation (with its culture surveys) is loaded per test, as `legendary demo` does.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from legendary.assessments.models import Campaign, Invitation, Response

pytestmark = pytest.mark.browser


def test_a_frontline_person_answers_the_survey_from_their_link(demo, page: Page, snapshot) -> None:  # noqa: F811
    jordan = person_of("frontline")
    invitation = Invitation.objects.get(person=jordan, campaign__title="Culture check, winter")
    campaign = invitation.campaign
    before = Response.objects.filter(campaign=campaign).count()

    page.goto(f"/assessments/answer/{invitation.token}/")  # no sign-in: the link is the key

    expect(page.locator("h1")).to_have_text("Culture check, winter")
    expect(page.get_by_text("You are answering as:")).to_contain_text("Frontline")
    statements = page.locator("fieldset.statement")
    assert statements.count() == 25
    snapshot(page, "survey-empty")
    page.get_by_role("button", name="Send my answers").click()  # the browser asks for answers
    expect(page.locator("h1")).to_have_text("Culture check, winter")

    for index in range(statements.count()):
        choice = "Don't know" if index == 7 else ("Agree" if index % 3 else "Disagree")
        statements.nth(index).get_by_text(choice, exact=True).click()
    page.get_by_label("Which rule or approval step keeps you").fill(
        "Refunds over twenty pounds need a manager, and customers wait while we find one."
    )
    snapshot(page, "survey-filled")
    page.get_by_role("button", name="Send my answers").click()

    expect(page.locator("h1")).to_have_text("Thank you")
    assert Response.objects.filter(campaign=campaign).count() == before + 1
    invitation.refresh_from_db()
    assert invitation.answered
    page.goto(f"/assessments/answer/{invitation.token}/")
    expect(page.locator("h1")).to_have_text("This link has been used")


def test_a_leader_sees_the_results_with_the_level_gaps(demo, page: Page, snapshot) -> None:  # noqa: F811
    autumn = Campaign.objects.get(title="Culture check, autumn")
    sign_in(page, "leader")
    page.get_by_role("link", name="Culture surveys").click()
    page.get_by_role("row", name=re.compile("Culture check, autumn")).get_by_role(
        "link", name="Results"
    ).click()

    expect(page).to_have_url(re.compile(rf"/assessments/{autumn.pk}/results/$"))
    gaps = page.locator("section", has=page.get_by_role("heading", name="Gaps between levels"))
    empowerment = gaps.get_by_role("row", name=re.compile("Empowerment"))
    leader_gap, *mark = empowerment.locator("td.gap").first.inner_text().split(maxsplit=1)
    assert leader_gap.startswith("+")
    assert int(leader_gap) >= 10  # the demo's leaders see far more empowerment than the frontline
    assert mark == ["wide gap"]  # said in words, not by the row's tint alone
    expect(page.locator("[data-figure=heatmap] .main-svg").first).to_be_visible(timeout=30_000)
    expect(page.locator("[data-figure=gap-chart] .main-svg").first).to_be_visible(timeout=30_000)
    snapshot(page, "results")

    page.get_by_role("link", name="Printable report").click()
    expect(page.get_by_role("heading", name="In one sentence")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".topbar")).to_be_hidden()
    snapshot(page, "report-print")


@pytest.mark.parametrize("username", ["manager", "leader"])
def test_the_internal_nps_chart_is_as_tall_as_its_bars(
    demo,  # noqa: F811
    page: Page,
    snapshot,
    username: str,
) -> None:
    """The chart's box used to keep the stylesheet's 300 px whatever the figure: a manager's
    single team sat in a tall empty card. Now the box is the figure's height, every bar is
    drawn inside it, and no team name is cut off at the left."""
    matrix = Campaign.objects.get(title="Internal service matrix")
    sign_in(page, username)
    page.goto(f"/assessments/{matrix.pk}/internal/")
    chart = page.locator("[data-figure=nps]")
    expect(chart.locator(".main-svg").first).to_be_visible(timeout=30_000)
    snapshot(page, "matrix")
    box = chart.bounding_box()
    svg = chart.locator(".main-svg").first.bounding_box()
    assert box is not None
    assert svg is not None
    assert abs(box["height"] - svg["height"]) <= 2, (box, svg)
    bars = chart.locator(".bars .point")
    assert bars.count() >= 1
    for index in range(bars.count()):
        bar = bars.nth(index).bounding_box()
        assert bar is not None
        assert box["y"] <= bar["y"]
        assert bar["y"] + bar["height"] <= box["y"] + box["height"]
    labels = chart.locator(".yaxislayer-above text, .yaxislayer text")
    for index in range(labels.count()):
        label = labels.nth(index).bounding_box()
        assert label is not None
        assert label["x"] >= box["x"] - 1
