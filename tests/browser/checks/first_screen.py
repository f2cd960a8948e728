"""Phone first (issue 11): on question and result pages the question or the answer (the page's h1)
starts within the top 40 % of a 390 × 844 screen, and its first line is on a 320 × 568 screen. On a
question answered wrongly the error summary comes first (it links to the field): there it is the
summary."""

from ..measure import FIRST_SCREEN

PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 568}
H1_WITHIN = 0.40  # of the phone screen's height


def measure(tab) -> dict:
    # Without JavaScript evaluate() still runs: Playwright's own scripts are not the page's.
    return tab.evaluate(FIRST_SCREEN)


def check_answer_in_the_top_40_percent(found: dict):
    """`found`: measure() at PHONE."""
    limit = H1_WITHIN * PHONE["height"]
    assert found["h1Top"] is not None, "no h1 in main"
    what, top = ("error summary", found["errorSummaryTop"]) if found["errorSummaryTop"] else ("h1", found["h1Top"])
    assert top <= limit, f"the {what} starts at {top:.0f} px, after {limit:.0f} px (40 % of 844)"


def check_answer_on_a_small_phone_screen(found: dict):
    """`found`: measure() at SMALL_PHONE."""
    if found["errorSummaryTop"]:
        assert found["errorSummaryTop"] + 40 <= SMALL_PHONE["height"], "the error summary is below the 568 px screen"
    else:
        assert found["h1FirstLineBottom"] <= SMALL_PHONE["height"], (
            f"the h1's first line ends at {found['h1FirstLineBottom']:.0f} px, below the 568 px screen"
        )
