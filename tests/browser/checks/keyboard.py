"""Keyboard use (WCAG 2.1.1, 2.4.1, 2.4.7): the first Tab reaches the skip link, which moves focus to
main; every link and control is reachable with Tab, and each shows a visible focus indicator."""

# Marks every element that should be in the Tab order with data-kb (its number) and returns, for
# each, a short description and its focus-related style while NOT focused. Then records, for every
# focus change from here on, which element got focus and its focus style (window.__focusLog).
MARK_TABBABLE_AND_RECORD_FOCUS = """() => {
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
  const log = window.__focusLog = [];
  document.addEventListener('focusin', event => {
    const el = event.target;
    if (el.dataset.kb === undefined) { log.push({index: null, left: false, html: el.outerHTML.slice(0, 120)}); return; }
    const s = getComputedStyle(el);
    log.push({index: Number(el.dataset.kb), outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
              shadow: s.boxShadow !== 'none', style: focusStyle(el), className: el.className, href: el.getAttribute('href')});
  }, true);
  // Focus leaving the page (past the last element) has no focusin: note it.
  document.addEventListener('focusout', event => { if (!event.relatedTarget) log.push({index: null, left: true}); }, true);
  return items;
}"""


def check_keyboard(tab):
    """On a freshly loaded page: Tab through everything, then follow the skip link."""
    items = tab.evaluate(MARK_TABBABLE_AND_RECORD_FOCUS)
    assert items, "no link or control on the page"
    # Tab held down: every key-down (auto-repeat after the first) moves focus, as holding Tab does;
    # half the round trips of pressing and releasing it each time.
    for _ in range(len(items) + 5):
        tab.keyboard.down("Tab")
    tab.keyboard.up("Tab")
    log = tab.evaluate("window.__focusLog")
    focused = [entry for entry in log if entry["index"] is not None or entry["left"]]
    first = focused[0] if focused else {}
    assert first.get("className") == "skip-link" and first.get("href") == "#main", (
        f"the first Tab reached {first}, not the skip link")

    reached = set()
    invisible_focus = []
    for entry in log:
        index = entry["index"]
        if index is None and entry["left"]:
            break  # past the last element: focus left the page
        if index is None:
            continue  # something focusable that is not a link or control, such as a scrolling box
        if index in reached:
            break  # wrapped round
        reached.add(index)
        item = items[index]
        if item["group"]:
            reached.update(other["index"] for other in items if other["group"] == item["group"])
        if not (entry["outline"] or entry["shadow"]) or entry["style"] == item["style"]:
            invisible_focus.append(f"{item['html']}\n    focused: {entry['style']}\n    not focused: {item['style']}")
    unreached = [item["html"] for item in items if item["index"] not in reached]
    assert not unreached, f"{len(unreached)} element(s) not reachable with Tab:\n" + "\n".join(unreached)
    assert not invisible_focus, "no visible focus indicator on:\n" + "\n".join(invisible_focus)

    tab.evaluate("document.querySelector('.skip-link').focus()")
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main", "the skip link does not move focus to main"
