"""Form controls you can see (WCAG 2.1 1.4.11 non-text contrast), in every language: on every page
the computed colours of every control's boundary (border, or a button's fill) against what is
behind it are at least 3:1; on every form page each field's focus ring is at least 3:1, and radios
and checkboxes are at least 32 px across with a checked mark. axe-core does not test this."""

import pytest

from .helpers import open_page
from .measure import CHECKED_AND_FOCUS, CONTROLS
from .pages import LANGUAGES, PAGES, cases

pytestmark = pytest.mark.browser

MIN_CONTRAST = 3.0
MIN_TARGET = 32  # CSS pixels, radios and checkboxes
PHONE = {"width": 390, "height": 844}

# Pages with a form: every question and error state, and the area searches. (The boundary test
# runs on every page: buttons and the menu control are controls too.)
FORM_PAGES = [
    page for page in PAGES
    if page.status == 200 and "result" not in page.name and not page.name.endswith("start")
    and (page.name.startswith(("eligibility", "move")) or "areas" in page.name)
]


def _cases(pages):
    return [pytest.param(page, language, id=f"{page.name}[{language}]") for page in pages for language in LANGUAGES]


CASES = _cases(FORM_PAGES)


@pytest.mark.parametrize("page, language", cases())
def test_every_control_boundary_has_3_to_1_contrast(tabs, page, language):
    tab = tabs.tab(language)
    tab.set_viewport_size(PHONE)  # where the menu control shows
    open_page(tab, page, language)
    controls = tab.evaluate(CONTROLS)
    assert controls, "no control found (the menu control at least should be there)"
    low = [f"{c['boundary']}:1 {c['html']}" for c in controls if c["boundary"] < MIN_CONTRAST]
    assert not low, "control boundaries under 3:1:\n" + "\n".join(low)


@pytest.mark.parametrize("page, language", CASES)
def test_fields_show_a_3_to_1_focus_ring_and_radios_are_large_with_a_clear_checked_state(tabs, page, language):
    tab = tabs.tab(language)
    open_page(tab, page, language)
    fields = tab.locator("main input:not([type=hidden]):not([type=submit]), main select, main textarea")
    assert fields.count() > 0, f"{page.name} has no form field: is it still a form page?"
    problems = []
    for i in range(fields.count()):
        field = fields.nth(i)
        state = field.evaluate(CHECKED_AND_FOCUS)
        if state["focus"] < MIN_CONTRAST:
            problems.append(f"focus indicator {state['focus']}:1 ({state['html']})")
        if field.get_attribute("type") not in ("radio", "checkbox"):
            continue
        box = field.bounding_box()
        if box["width"] < MIN_TARGET or box["height"] < MIN_TARGET:
            problems.append(f"{box['width']:.0f}×{box['height']:.0f} px: {state['html']}")
        if not (state["changed"] and state["checkedMark"] and state["checkedBorder"] >= MIN_CONTRAST):
            problems.append(f"checked state not clear ({state})")
    assert not problems, "\n".join(problems)
