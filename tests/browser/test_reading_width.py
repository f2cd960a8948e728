"""Reading width (issue 11): on a desktop screen no line of body text in main is longer than
about 75 characters, on every registered page in every language."""

import pytest

from .helpers import open_page
from .measure import READING_WIDTH
from .pages import cases

pytestmark = pytest.mark.browser

MAX_CHARACTERS = 80  # "about 75": the measure counts spaces and punctuation too


@pytest.mark.parametrize("page, language", cases())
def test_body_text_lines_are_at_most_about_75_characters(tabs, page, language):
    tab = tabs.tab(language)  # 1280 × 900
    open_page(tab, page, language)
    widest = tab.evaluate(READING_WIDTH)
    assert widest["chars"] > 0, "no body text measured in main"
    assert widest["chars"] <= MAX_CHARACTERS, f"{widest['chars']} characters on one line of: {widest['text']!r}"
