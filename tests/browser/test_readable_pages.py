"""Pages a person can read without relying on colour alone, and sign in with the keyboard alone.

Found running axe-core over every page of the frontline, analyst and administrator walks:
the outcome chips of a scorecard ("present", "absent"), the breaker badges of the standards
page and the status tags of a survey had 3.8 to 4.4:1 against their pale tints (WCAG 1.4.3
asks 4.5:1 for their small text), and a link inside a sentence (crumbs, notes, the home's
"no reply" link) differed from the words around it by colour only, at 1.1:1 against the
soft grey of crumbs and notes (WCAG 1.4.1).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from browser.conftest import Snapshot
from browser.test_demo_roles import demo, sign_in  # noqa: F401  (fixture by name)
from legendary.conversations.models import Scorecard
from legendary.people.services import create_organisation, create_person

pytestmark = pytest.mark.browser

# Each small coloured label's text against the first opaque background behind it, with the
# contrast ratio of WCAG 2 (relative luminance), for those under 4.5:1.
FAINT_LABELS = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(c => c / 255)
    .map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const behind = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll('main .outcome, main .tag, main .badge, main .mood')]
    .map(el => {
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(behind(el))].sort((x, y) => y - x);
      return [el.textContent.trim(), (a + 0.05) / (b + 0.05)];
    })
    .filter(([, ratio]) => ratio < 4.5)
    .map(([text, ratio]) => text + ': ' + ratio.toFixed(2));
}"""

# Links inside a sentence that are told apart from it by colour alone.
BARE_LINKS = """() => [...document.querySelectorAll(
    'main p a, main dd a, main li a, main .crumbs a')]
  .filter(a => !a.matches('.button, .tag'))
  .filter(a => !getComputedStyle(a).textDecorationLine.includes('underline'))
  .map(a => a.textContent.trim().slice(0, 40))"""


@pytest.mark.usefixtures("demo")
def test_labels_and_links_are_readable_without_relying_on_colour(
    browser: Browser, live_server: LiveServer, snapshot: Snapshot
) -> None:
    scored = Scorecard.objects.exclude(overall=None).values_list("conversation_id", flat=True)
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 860})
    page = context.new_page()
    sign_in(page, "analyst")
    checked_labels = 0
    for path in ["/", f"/conversations/{scored.first()}/", "/standards/", "/assessments/"]:
        page.goto(path)
        page.wait_for_load_state("networkidle")
        checked_labels += page.locator("main .outcome, main .tag, main .badge").count()
        assert page.evaluate(FAINT_LABELS) == [], path
        assert page.evaluate(BARE_LINKS) == [], path
        snapshot(page, path.strip("/").replace("/", "-") or "home")
    # The scorecard alone has a chip for every behaviour: the check did look at some.
    assert checked_labels > 20
    context.close()


def test_the_link_in_the_vision_banner_reads_on_its_blue(
    transactional_db: None, page: Page, snapshot: Snapshot
) -> None:
    """A leader of a new organisation reads "No service vision has been published yet.
    Write the first one." on Vision & goals: the link kept the site's link blue on the
    banner's blue (about 1.3:1), so the one step the banner offers was all but invisible.
    It now takes the banner's white, underlined."""
    org = create_organisation("Blank Slate Ltd")
    create_person(
        org,
        "Vera Vision",
        role="leader",
        with_login=True,
        username="vera",
        password="a-long-test-password-42",
    )
    sign_in(page, "vera", "a-long-test-password-42")
    page.goto("/culture/")
    link = page.locator("main .vision a")
    expect(link).to_have_text("Write the first one")
    colours = link.evaluate(
        "a => [getComputedStyle(a).color, getComputedStyle(a.closest('.vision')).color,"
        " getComputedStyle(a).textDecorationLine]"
    )
    assert colours[0] == colours[1] == "rgb(255, 255, 255)", colours
    assert "underline" in colours[2]
    snapshot(page, "culture")


def test_a_person_signs_in_with_the_keyboard_alone(
    transactional_db: None, page: Page, snapshot: Snapshot
) -> None:
    """Tab from the top of the sign-in page reaches the name, then the password, and Enter
    signs in; each field is announced by its label."""
    org = create_organisation("Keys Ltd")
    create_person(
        org,
        "Kay Board",
        role="frontline",
        with_login=True,
        username="kay",
        password="a-long-test-password-42",
    )
    page.goto("/login/")
    username = page.get_by_label("Username")
    password = page.get_by_label("Password")
    for _ in range(10):  # past the skip link and the logo, whatever comes first
        page.keyboard.press("Tab")
        if username.evaluate("el => el === document.activeElement"):
            break
    expect(username).to_be_focused()
    page.keyboard.type("kay")
    page.keyboard.press("Tab")
    expect(password).to_be_focused()
    page.keyboard.type("a-long-test-password-42")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("Hello, Kay")
    snapshot(page, "home")
