"""At a real browser: a QA analyst adds a service standard, is told what was wrong the first
time, and finds it in a new rubric version; the edit form opens in place (htmx)."""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from legendary.conversations.scoring import rubric_in_use

pytestmark = pytest.mark.browser


def test_an_analyst_adds_a_standard(demo: None, page: Page, snapshot: Snapshot) -> None:  # noqa: F811
    organisation = person_of("analyst").organisation
    before, _ = rubric_in_use(organisation)
    sign_in(page, "analyst")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Standards").click()

    expect(page.locator("h1")).to_have_text("Service standards")
    expect(page.get_by_role("heading", name="CARE behaviours")).to_be_visible()
    snapshot(page, "before")

    form = page.locator("#standard-form")
    form.get_by_label("Name").fill("Thank them for waiting")
    form.get_by_label("CARE quality").select_option("responsive")
    form.get_by_role("button", name="Add the standard").click()
    expect(page.get_by_role("alert")).to_contain_text("Add at least one phrase")
    assert rubric_in_use(organisation)[0] == before

    form = page.locator("#standard-form")
    form.get_by_label("Phrases, one per line").fill(
        "thank you for waiting\nthanks for your patience"
    )
    form.get_by_label("Weight").fill("1.5")
    form.get_by_label("Why it matters (optional)").fill(
        "Someone who waited wants to hear that we noticed."
    )
    form.get_by_role("button", name="Add the standard").click()

    version = f"{timezone.localdate().isoformat()}-1"
    expect(page.locator(".messages")).to_contain_text(f"Saved as rubric version {version}")
    expect(page.locator("#version-heading")).to_contain_text(version)
    standard = page.locator("#standard-thank-them-for-waiting")
    expect(standard).to_contain_text("Must say")
    expect(standard).to_contain_text("thanks for your patience")
    expect(standard).to_contain_text("standard:thank-them-for-waiting")
    expect(page.get_by_role("button", name="Score every conversation again")).to_be_visible()
    snapshot(page, "after")
    stored, rubric = rubric_in_use(organisation)
    assert stored.version == version
    assert [s.id for s in rubric.standards][-1] == "standard:thank-them-for-waiting"

    standard.get_by_role("link", name="Edit Thank them for waiting").click()
    expect(page.get_by_role("heading", name="Change “Thank them for waiting”")).to_be_visible()
    expect(page.locator("#standard-form").get_by_label("Phrases, one per line")).to_have_value(
        "thank you for waiting\nthanks for your patience"
    )
    snapshot(page, "editing")


@pytest.mark.parametrize("width", [1280, 390])
def test_every_weight_out_of_range_is_named_in_sight(
    demo: None,  # noqa: F811
    page: Page,
    snapshot: Snapshot,
    width: int,
) -> None:
    # Two rows out of range at once: both are named, and each message wraps inside the
    # card (on a phone it ran past the edge, cut off after "between 0 and").
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, "analyst")
    page.goto("/standards/")
    page.locator("#weights_takes_ownership").fill("-1")
    page.locator("#weights_rude_language").fill("90")
    page.get_by_role("button", name="Save weights as a new version").click()
    for row, message in (
        ("takes_ownership", "Choose a weight between 0 and 5."),
        ("rude_language", "Choose the points taken off between 0 and 80."),
    ):
        error = page.locator(f"tr:has(#weights_{row}) .errorlist")
        expect(error).to_have_text(message)
        # Its text stays inside its own box (and so inside the cell and the card).
        assert error.evaluate("e => e.scrollWidth <= e.clientWidth"), row
    snapshot(page, f"weights-errors-{width}")
