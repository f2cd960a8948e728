"""Every registered page (pages.py) in every language, in a real Chromium: each check of
tests/browser/checks/ as its own subtest, on two loads of the page.

- With JavaScript, on a 1280 × 900 screen: axe-core, reading width, one h1, the keyboard (skip
  link first, every control reachable with a visible focus), the fields' focus rings and radios;
  then laid out at 390 × 844 the controls' contrast, and at 320 × 720 no sideways scrolling.
- Without JavaScript: the same h1; on question and result pages the answer on the first screen
  of a 390 × 844 and a 320 × 568 phone.

Checks that change the page (the keyboard, the fields) run after those that only read it.
"""

import pytest

from .checks import contrast, first_screen, headings, reflow
from .checks.axe import check_axe
from .checks.keyboard import check_keyboard
from .checks.reading_width import check_reading_width
from .helpers import open_page
from .pages import cases
from .questionnaire_pages import QUESTIONNAIRE_PAGES

pytestmark = pytest.mark.browser

# Question, error and result pages: where the question or the answer must be on the first screen.
FIRST_SCREEN_PAGES = {name for name, _ in QUESTIONNAIRE_PAGES}


@pytest.mark.parametrize("page, language", cases())
def test_page_passes_every_browser_check(tabs, subtests, page, language):
    tab = tabs.tab(language)
    open_page(tab, page, language)
    with subtests.test("axe"):
        check_axe(tab)
    with subtests.test("reading width"):
        check_reading_width(tab)
    found = headings.headings(tab)
    with subtests.test("one h1"):
        headings.check_one_heading(found)
    with subtests.test("keyboard"):
        check_keyboard(tab)
    if contrast.has_fields(tab):
        with subtests.test("fields: focus ring, radio size and checked state"):
            contrast.check_fields(tab)
    tab.set_viewport_size(contrast.PHONE)
    with subtests.test("control boundaries 3:1 at 390 px"):
        contrast.check_control_boundaries(tab)
    tab.set_viewport_size(reflow.NARROW)
    with subtests.test("no sideways scrolling at 320 px"):
        reflow.check_no_horizontal_scrolling(tab)

    without_javascript = tabs.tab(language, javascript=False)
    open_page(without_javascript, page, language)
    with subtests.test("same h1 without JavaScript"):
        headings.check_same_heading_without_javascript(found, headings.headings(without_javascript))
    if page.name in FIRST_SCREEN_PAGES:
        without_javascript.set_viewport_size(first_screen.PHONE)
        with subtests.test("answer in the top 40 % of a 390 × 844 screen"):
            first_screen.check_answer_in_the_top_40_percent(first_screen.measure(without_javascript))
        without_javascript.set_viewport_size(first_screen.SMALL_PHONE)
        with subtests.test("answer on a 320 × 568 screen"):
            first_screen.check_answer_on_a_small_phone_screen(first_screen.measure(without_javascript))
