"""Phone first (issue 11): what a citizen sees on the first screen of a phone, in every language.

- Question and result pages: checks/first_screen.py, run on every page by test_every_page.py.
- Start page: every way in (each questionnaire's button) is on the first 390 × 844 screen.
- The trial banner is one line at 390 px; the header (with the banner) ends within 20 % of 844 px.
"""

import pytest

from .helpers import open_page
from .measure import FIRST_SCREEN
from portal.questionnaire.registry import QUESTIONNAIRES

from .pages import LANGUAGES, PAGES

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
HEADER_WITHIN = 0.20  # 169 px; measured 128 px in fi, sv and en

START = next(page for page in PAGES if page.name == "start")


def measure(tabs, page, language, viewport):
    tab = tabs.tab(language, javascript=False)
    tab.set_viewport_size(viewport)
    open_page(tab, page, language)
    # Without JavaScript evaluate() still runs: Playwright's own scripts are not the page's.
    return tab.evaluate(FIRST_SCREEN)


@pytest.mark.parametrize("language", LANGUAGES)
def test_start_page_shows_every_way_in_on_the_first_phone_screen(tabs, language):
    found = measure(tabs, START, language, PHONE)
    assert len(found["buttonsBottom"]) == len(QUESTIONNAIRES), (
        f"expected one button per questionnaire, got {found['buttonsBottom']}")
    assert max(found["buttonsBottom"]) <= PHONE["height"], (
        f"a questionnaire button ends at {max(found['buttonsBottom']):.0f} px, below the 844 px screen"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_and_banner_are_compact_on_a_phone(tabs, language):
    found = measure(tabs, START, language, PHONE)
    assert found["bannerLines"] == 1, f"the trial banner takes {found['bannerLines']} lines at 390 px"
    limit = HEADER_WITHIN * PHONE["height"]
    assert found["headerBottom"] <= limit, f"the header ends at {found['headerBottom']:.0f} px, after {limit:.0f} px"


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_opens_without_javascript_and_shows_every_main_link(tabs, language):
    tab = tabs.tab(language, javascript=False)
    tab.set_viewport_size(PHONE)
    open_page(tab, START, language)
    nav_links = tab.locator(".main-nav a")
    assert nav_links.count() >= 4
    assert not nav_links.first.is_visible(), "the main navigation should be collapsed on a phone"
    tab.locator(".menu__toggle").focus()
    tab.keyboard.press("Enter")
    assert all(nav_links.nth(i).is_visible() for i in range(nav_links.count()))
    assert tab.locator("details.menu").get_attribute("open") is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_is_open_on_a_wide_screen(tabs, language):
    tab = tabs.tab(language, javascript=False)
    open_page(tab, START, language)
    assert not tab.locator(".menu__toggle").is_visible()
    nav_links = tab.locator(".main-nav a")
    assert all(nav_links.nth(i).is_visible() for i in range(nav_links.count()))
