"""Phone first (issue 11): what a citizen sees on the first screen of a phone, in every language.

- Question and result pages: the question or the answer (the page's h1) starts within the top
  40 % of a 390 × 844 screen, and its first line is on a 320 × 568 screen. On a question answered
  wrongly the error summary comes first (it links to the field): there it is the summary.
- Start page: both ways in (the questionnaires' buttons) are on the first 390 × 844 screen.
- The trial banner is one line at 390 px; the header (with the banner) ends within 20 % of 844 px.
"""

import pytest

from .helpers import open_page
from .measure import FIRST_SCREEN
from .pages import LANGUAGES, PAGES
from .questionnaire_pages import QUESTIONNAIRE_PAGES

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 568}
H1_WITHIN = 0.40  # of the phone screen's height
HEADER_WITHIN = 0.20  # 169 px; measured 128 px in fi, sv and en

_QUESTIONNAIRE_NAMES = {name for name, _ in QUESTIONNAIRE_PAGES}
QUESTIONNAIRE = [
    pytest.param(page, language, id=f"{page.name}[{language}]")
    for page in PAGES
    if page.name in _QUESTIONNAIRE_NAMES
    for language in LANGUAGES
]
START = next(page for page in PAGES if page.name == "start")


def measure(tabs, page, language, viewport):
    tab = tabs.tab(language, javascript=False)
    tab.set_viewport_size(viewport)
    open_page(tab, page, language)
    # Without JavaScript evaluate() still runs: Playwright's own scripts are not the page's.
    return tab.evaluate(FIRST_SCREEN)


@pytest.mark.parametrize("page, language", QUESTIONNAIRE)
def test_question_or_answer_starts_in_the_top_40_percent_of_a_phone_screen(tabs, page, language):
    found = measure(tabs, page, language, PHONE)
    limit = H1_WITHIN * PHONE["height"]
    assert found["h1Top"] is not None, "no h1 in main"
    what, top = ("error summary", found["errorSummaryTop"]) if found["errorSummaryTop"] else ("h1", found["h1Top"])
    assert top <= limit, f"the {what} starts at {top:.0f} px, after {limit:.0f} px (40 % of 844)"


@pytest.mark.parametrize("page, language", QUESTIONNAIRE)
def test_question_or_answer_is_on_the_first_screen_of_a_small_phone(tabs, page, language):
    found = measure(tabs, page, language, SMALL_PHONE)
    if found["errorSummaryTop"]:
        assert found["errorSummaryTop"] + 40 <= SMALL_PHONE["height"], "the error summary is below the 568 px screen"
    else:
        assert found["h1FirstLineBottom"] <= SMALL_PHONE["height"], (
            f"the h1's first line ends at {found['h1FirstLineBottom']:.0f} px, below the 568 px screen"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_start_page_shows_both_ways_in_on_the_first_phone_screen(tabs, language):
    found = measure(tabs, START, language, PHONE)
    assert len(found["buttonsBottom"]) == 2, f"expected the two questionnaire buttons, got {found['buttonsBottom']}"
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
