"""Form controls you can see (WCAG 2.1 1.4.11 non-text contrast): the computed colours of every
control's boundary (border, or a button's fill) against what is behind it are at least 3:1; each
field's focus ring is at least 3:1, and radios and checkboxes are at least 32 px across with a
checked mark. axe-core does not test this."""

from ..measure import CHECKED_AND_FOCUS, CONTROLS

MIN_CONTRAST = 3.0
MIN_TARGET = 32  # CSS pixels, radios and checkboxes
PHONE = {"width": 390, "height": 844}  # where the menu control shows

FIELDS = "main input:not([type=hidden]):not([type=submit]), main select, main textarea"


def check_control_boundaries(tab):
    """`tab` laid out at PHONE."""
    controls = tab.evaluate(CONTROLS)
    assert controls, "no control found (the menu control at least should be there)"
    low = [f"{c['boundary']}:1 {c['html']}" for c in controls if c["boundary"] < MIN_CONTRAST]
    assert not low, "control boundaries under 3:1:\n" + "\n".join(low)


def has_fields(tab) -> bool:
    return tab.evaluate("selector => document.querySelector(selector) !== null", FIELDS)


def check_fields(tab):
    """Every field in main: its focus ring, and a radio's or checkbox's size and checked state."""
    fields = tab.locator(FIELDS)
    problems = []
    for i in range(fields.count()):
        field = fields.nth(i)
        state = field.evaluate(CHECKED_AND_FOCUS)
        if state["focus"] < MIN_CONTRAST:
            problems.append(f"focus indicator {state['focus']}:1 ({state['html']})")
        if state["type"] not in ("radio", "checkbox"):
            continue
        if state["width"] < MIN_TARGET or state["height"] < MIN_TARGET:
            problems.append(f"{state['width']:.0f}×{state['height']:.0f} px: {state['html']}")
        if not (state["changed"] and state["checkedMark"] and state["checkedBorder"] >= MIN_CONTRAST):
            problems.append(f"checked state not clear ({state})")
    assert not problems, "\n".join(problems)
