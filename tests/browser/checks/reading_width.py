"""Reading width (issue 11): on a desktop screen no line of body text in main is longer than about
75 characters."""

from ..measure import READING_WIDTH

MAX_CHARACTERS = 80  # "about 75": the measure counts spaces and punctuation too


def check_reading_width(tab):
    widest = tab.evaluate(READING_WIDTH)
    assert widest["chars"] > 0, "no body text measured in main"
    assert widest["chars"] <= MAX_CHARACTERS, f"{widest['chars']} characters on one line of: {widest['text']!r}"
