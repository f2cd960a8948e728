"""Keyboard use: the skip link comes first and works, every link and control is reachable with
Tab, and each shows a visible focus indicator (WCAG 2.1.1, 2.4.1, 2.4.7)."""

import pytest

from .helpers import open_page
from .pages import cases

pytestmark = pytest.mark.browser

# Marks every element that should be in the Tab order with data-kb (its number) and returns, for
# each, a short description and its focus-related style while NOT focused.
MARK_TABBABLE = """() => {
  const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
  const focusStyle = el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | '); };
  const items = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.disabled || el.type === 'hidden') continue;
    // A link or control taken out of the Tab order (tabindex="-1") still counts: it must be reachable.
    if (el.tabIndex < 0 && !el.matches('a[href], button, input, select, textarea, summary')) continue;
    if (getComputedStyle(el).visibility === 'hidden' || el.getClientRects().length === 0) continue;
    // Only one radio button of a group is in the Tab order; the arrow keys move within it.
    const group = el.type === 'radio' && el.name ? `radio:${el.form ? el.form.id || 'form' : ''}:${el.name}` : null;
    el.dataset.kb = items.length;
    items.push({index: items.length, group, html: el.outerHTML.slice(0, 120), style: focusStyle(el)});
  }
  return items;
}"""

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return {index: null, left: true};
  if (el.dataset.kb === undefined) return {index: null, left: false, html: el.outerHTML.slice(0, 120)};
  const s = getComputedStyle(el);
  return {index: Number(el.dataset.kb), outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
          shadow: s.boxShadow !== 'none', style: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | ')};
}"""


@pytest.mark.parametrize("page, language", cases())
def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(tabs, page, language):
    tab = tabs.tab(language)
    open_page(tab, page, language)
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "skip-link"
    assert tab.evaluate("document.activeElement.getAttribute('href')") == "#main"
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("page, language", cases())
def test_every_control_is_reachable_with_tab_and_shows_focus(tabs, page, language):
    tab = tabs.tab(language)
    open_page(tab, page, language)
    items = tab.evaluate(MARK_TABBABLE)
    assert items, "no link or control on the page"
    reached = set()
    invisible_focus = []
    for _ in range(len(items) + 5):
        tab.keyboard.press("Tab")
        focused = tab.evaluate(FOCUSED)
        index = focused["index"]
        if index is None and focused["left"]:
            break  # past the last element: focus left the page
        if index is None:
            continue  # something focusable that is not a link or control, such as a scrolling box
        if index in reached:
            break  # wrapped round
        reached.add(index)
        item = items[index]
        if item["group"]:
            reached.update(other["index"] for other in items if other["group"] == item["group"])
        if not (focused["outline"] or focused["shadow"]) or focused["style"] == item["style"]:
            invisible_focus.append(f"{item['html']}\n    focused: {focused['style']}\n    not focused: {item['style']}")
    unreached = [item["html"] for item in items if item["index"] not in reached]
    assert not unreached, f"{len(unreached)} element(s) not reachable with Tab:\n" + "\n".join(unreached)
    assert not invisible_focus, "no visible focus indicator on:\n" + "\n".join(invisible_focus)
