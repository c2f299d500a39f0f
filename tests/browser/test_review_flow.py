"""A QA analyst reviews a conversation in a real browser: opens the review form on the
conversation page, changes one verdict the engine gave, adds feedback, saves, and reads the
reviewed score beside the engine's with the changed behaviour highlighted. Screenshots at
1280 and 390 px wide with LEGENDARY_SCREENSHOTS set."""

from __future__ import annotations

import pytest
from django.db.models import Count, F
from playwright.sync_api import Page, expect

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, person_of, sign_in  # noqa: F401  (fixture by name)
from legendary.care import Outcome, Rubric, reviewed
from legendary.care.scorecard import Scorecard as CareScorecard
from legendary.conversations import agreement_views, review_views
from legendary.conversations.models import Review, ReviewVerdict, Scorecard

pytestmark = pytest.mark.browser

FEEDBACK = "You kept the customer informed at every step. Next time, offer a date for the refund."


def _unreviewed_scorecard(reviewer_id: int) -> Scorecard:
    """A scored conversation, with an agent reply, that the analyst has not reviewed."""
    for stored in Scorecard.objects.select_related("rubric", "conversation").order_by("pk"):
        if "no_agent_turn" in stored.flags:
            continue
        if Review.objects.filter(
            conversation=stored.conversation, reviewer_id=reviewer_id
        ).exists():
            continue
        card = CareScorecard.from_dict(stored.document)
        if any(b.outcome is Outcome.PRESENT and not b.breaker for b in card.behaviours):
            return stored
    raise AssertionError("the demo should hold a scored conversation with a behaviour shown")


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("width", [1280, 390])
def test_the_analyst_changes_one_verdict_and_sees_the_reviewed_score(
    page: Page, snapshot: Snapshot, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 860})
    analyst = person_of("analyst")
    stored = _unreviewed_scorecard(analyst.pk)
    card = CareScorecard.from_dict(stored.document)
    changed = next(b for b in card.behaviours if b.outcome is Outcome.PRESENT and not b.breaker)
    expected = reviewed(
        card, {changed.behaviour: Outcome.ABSENT}, Rubric.from_dict(stored.rubric.definition)
    )

    sign_in(page, "analyst")
    page.goto(f"/conversations/{stored.conversation_id}/")
    page.get_by_text("Review this conversation", exact=True).click()
    row = page.locator(f'fieldset:has(input[name="verdict_{changed.behaviour}"])')
    expect(row.get_by_label("Shown")).to_be_checked()  # the engine's verdict, preselected
    row.get_by_label("Missing").check()
    page.get_by_label("Feedback for the person who served this customer").fill(FEEDBACK)
    snapshot(page, f"form-{width}")
    page.get_by_role("button", name="Save review").click()

    review = page.get_by_role("article", name=f"Review by {analyst.name}")
    overall = f"{expected.overall:.0f}" if expected.overall is not None else "–"
    expect(review).to_contain_text(f"Reviewed by {analyst.name} on")
    expect(review).to_contain_text(f": {overall} (engine {stored.overall:.0f})")
    highlighted = review.locator("li.changed")
    expect(highlighted).to_have_count(1)
    expect(highlighted).to_contain_text("engine: shown")
    expect(highlighted).to_contain_text("missing")
    expect(review).to_contain_text("Next time, offer a date for the refund.")
    # The page fits the screen: nothing wider than the viewport.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    snapshot(page, f"reviewed-{width}")


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("width", [1280, 390])
def test_the_reviewers_own_list_and_the_disagreements_pager_fit_the_screen(
    page: Page, snapshot: Snapshot, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.set_viewport_size({"width": width, "height": 860})
    analyst = person_of("analyst")
    assert Review.objects.filter(reviewer=analyst).count() >= 2  # the demo's reviews
    monkeypatch.setattr(review_views, "MY_REVIEWS_PAGE", 2)
    monkeypatch.setattr(agreement_views, "DISAGREEMENTS_PAGE", 2)
    sign_in(page, "analyst")
    page.goto("/conversations/")
    page.get_by_role("link", name="Your reviews").click()
    expect(page.get_by_role("heading", name="Your reviews")).to_be_visible()
    expect(page.get_by_role("button", name="Delete this review")).to_have_count(2)
    expect(page.get_by_role("navigation", name="Pages of your reviews")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    snapshot(page, f"your-reviews-{width}")

    most = (
        ReviewVerdict.objects.exclude(verdict=F("engine"))
        .values("behaviour")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    assert most is not None
    assert most["n"] > 2, "the demo should correct some behaviour often"
    page.goto(f"/conversations/agreement/?behaviour={most['behaviour']}#disagreements")
    pager = page.get_by_role("navigation", name="Pages of disagreements")
    expect(pager).to_contain_text("Page 1 of")
    pager.get_by_role("link", name="Next").click()
    expect(page.get_by_role("navigation", name="Pages of disagreements")).to_contain_text(
        "Page 2 of"
    )
    expect(page.get_by_label("Reviewed from")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    snapshot(page, f"disagreements-page-2-{width}")
