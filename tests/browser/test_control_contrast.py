"""Form controls you can see (WCAG 2.1 1.4.11 non-text contrast), on every page with a form, in
every language: the computed colours of every control's boundary against what is behind it are
at least 3:1; radios and checkboxes are at least 32 px across and show a checked mark and a focus
indicator of at least 3:1. axe-core does not test this."""

import pytest

from .helpers import open_page
from .measure import CHECKED_AND_FOCUS, CONTROLS
from .pages import LANGUAGES, PAGES

pytestmark = pytest.mark.browser

MIN_CONTRAST = 3.0
MIN_TARGET = 32  # CSS pixels, radios and checkboxes

FORM_PAGES = [page for page in PAGES if page.status == 200 and (
    page.name.startswith("areas") or "-error-" in page.name
    or (page.name.startswith(("eligibility-", "move-")) and "-result-" not in page.name
        and not page.name.endswith("-start"))
)]
# Pages whose question is a text field (a municipality name) rather than radios.
_TEXT_FIELD_PAGES = ("areas", "municipality", "move-from", "move-to", "near-miss")
RADIO_PAGES = [page for page in FORM_PAGES if not any(part in page.name for part in _TEXT_FIELD_PAGES)]


def _cases(pages):
    return [pytest.param(page, language, id=f"{page.name}[{language}]") for page in pages for language in LANGUAGES]


CASES = _cases(FORM_PAGES)


@pytest.mark.parametrize("page, language", CASES)
def test_every_control_boundary_has_3_to_1_contrast(tabs, page, language):
    tab = tabs.tab(language)
    open_page(tab, page, language)
    controls = tab.evaluate(CONTROLS)
    fields = [c for c in controls if c["type"] not in ("submit", "button", "a")]
    assert fields, f"{page.name} has no form field: is it still a form page?"
    low = [f"{c['boundary']}:1 {c['html']}" for c in controls if c["boundary"] < MIN_CONTRAST]
    assert not low, "control boundaries under 3:1:\n" + "\n".join(low)


@pytest.mark.parametrize("page, language", _cases(RADIO_PAGES))
def test_radios_are_large_with_a_visible_checked_state_and_focus(tabs, page, language):
    tab = tabs.tab(language)
    open_page(tab, page, language)
    radios = tab.locator("main input[type=radio], main input[type=checkbox]")
    assert radios.count() > 0, f"{page.name} has no radio button: is it still a choice question?"
    problems = []
    for i in range(radios.count()):
        radio = radios.nth(i)
        box = radio.bounding_box()
        if box["width"] < MIN_TARGET or box["height"] < MIN_TARGET:
            problems.append(f"{box['width']:.0f}×{box['height']:.0f} px: {radio.evaluate('el => el.outerHTML')[:100]}")
        state = radio.evaluate(CHECKED_AND_FOCUS)
        if not (state["changed"] and state["checkedMark"] and state["checkedBorder"] >= MIN_CONTRAST):
            problems.append(f"checked state not clear ({state})")
        if state["focus"] < MIN_CONTRAST:
            problems.append(f"focus indicator {state['focus']}:1 ({state['html']})")
    assert not problems, "\n".join(problems)
