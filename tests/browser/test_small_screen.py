"""At 320 CSS pixels wide (WCAG 1.4.10 Reflow) no page scrolls sideways."""

import pytest

from .helpers import open_page
from .pages import cases

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 720}

# The innermost elements that reach past the right edge or whose content (a long word) overflows them.
WHAT_OVERFLOWS = """width => {
  const overflows = el => el.getBoundingClientRect().right > width + 0.5
    || (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1 && getComputedStyle(el).overflowX === 'visible');
  return [...document.querySelectorAll('body *')]
    .filter(el => overflows(el) && ![...el.children].some(overflows))
    .slice(0, 5).map(el => el.outerHTML.slice(0, 160));
}"""


@pytest.mark.parametrize("page, language", cases())
def test_no_horizontal_scrolling_at_320px(tabs, page, language):
    tab = tabs.tab(language)
    tab.set_viewport_size(NARROW)
    open_page(tab, page, language)
    width = tab.evaluate("document.documentElement.scrollWidth")
    if width > NARROW["width"]:
        culprits = tab.evaluate(WHAT_OVERFLOWS, NARROW["width"])
        pytest.fail(f"{page.name} [{language}] is {width}px wide at 320px; what sticks out: {culprits}")
