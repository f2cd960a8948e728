"""At 320 CSS pixels wide (WCAG 1.4.10 Reflow) no page scrolls sideways."""

NARROW = {"width": 320, "height": 720}

# The innermost elements that reach past the right edge or whose content (a long word) overflows them.
WHAT_OVERFLOWS = """width => {
  const overflows = el => el.getBoundingClientRect().right > width + 0.5
    || (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1 && getComputedStyle(el).overflowX === 'visible');
  return [...document.querySelectorAll('body *')]
    .filter(el => overflows(el) && ![...el.children].some(overflows))
    .slice(0, 5).map(el => el.outerHTML.slice(0, 160));
}"""


def check_no_horizontal_scrolling(tab):
    """`tab` laid out at NARROW."""
    width = tab.evaluate("document.documentElement.scrollWidth")
    if width > NARROW["width"]:
        culprits = tab.evaluate(WHAT_OVERFLOWS, NARROW["width"])
        raise AssertionError(f"{width}px wide at 320px; what sticks out: {culprits}")
