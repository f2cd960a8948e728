"""Every public page and page state that the browser and HTML-validity tests check.

Each entry is checked in every language (fi, sv, en): the path is written
WITHOUT the language prefix and the tests put `/fi/`, `/sv/` or `/en/` in front.

To cover a new page or state (a question, an error state, a result), append one line to
PAGES (the questionnaires' states live in questionnaire_pages.py and are added below):

    Page("eligibility-result-client", "eligibility/?q1=yes&q2=..."),

`status` is the HTTP status the page must answer with (404, 400 ... for error
pages). Keep names unique: they become the test ids (`areas-search[sv]`).
"""

from typing import NamedTuple

import pytest

from .questionnaire_pages import QUESTIONNAIRE_FORMS, QUESTIONNAIRE_PAGES

LANGUAGES = ("fi", "sv", "en")


class Page(NamedTuple):
    name: str
    path: str
    status: int = 200


PAGES = [
    Page("start", ""),
    Page("areas", "areas/"),
    Page("areas-search", "areas/?q=vanda"),
    Page("areas-search-no-hits", "areas/?q=zzxq"),
    # A municipality outside the trial: said so, linked, with its employment area (issue 11).
    Page("areas-search-outside-trial", "areas/?q=kotka"),
    Page("areas-search-prefix-first", "areas/?q=ker"),
    Page("municipality-trial", "municipalities/092/"),
    Page("municipality-not-in-trial", "municipalities/405/"),
    Page("faq", "faq/"),
    Page("accessibility", "accessibility/"),
    Page("feedback", "feedback/"),
    Page("not-found", "no-such-page/", status=404),
    Page("areas-search-too-long", "areas/?q=" + "a" * 101, status=400),
    # Today first (issue 8): the employment areas and the municipality page's kinds of "now".
    Page("employment-areas", "employment-areas/"),
    Page("employment-areas-search", "employment-areas/?q=kerava"),
    Page("employment-areas-search-merged", "employment-areas/?q=pertunmaa"),
    Page("employment-areas-search-aland", "employment-areas/?q=mariehamn"),
    Page("employment-areas-search-too-long", "employment-areas/?q=" + "a" * 101, status=400),
    Page("municipality-shared-employment-area", "municipalities/245/"),
    Page("municipality-aland", "municipalities/478/"),
    Page("municipality-merged", "municipalities/588/"),
]


def url_path(page: Page, language: str) -> str:
    return f"/{language}/{page.path}"


def cases():
    """(page, language) pairs with readable ids, for pytest.mark.parametrize."""
    return [pytest.param(page, language, id=f"{page.name}[{language}]") for page in PAGES for language in LANGUAGES]


class FormSubmission(NamedTuple):
    """A form filled and sent in a browser with JavaScript switched off, in every language.

    `fill` is a list of (CSS selector, text) pairs; text None means "check this radio button or
    checkbox". `submit` is "Enter" (press Enter in the last filled field) or the CSS selector of
    the button to click. The page the form leads to must answer `status` and contain
    `expect` (a CSS selector) exactly `expect_count` times.
    """

    name: str
    path: str
    fill: list[tuple[str, str | None]]
    submit: str
    expect: str
    expect_count: int = 1
    status: int = 200


FORM_SUBMISSIONS = [
    # Type "vanda" in the area search and press Enter: the only area shown is Vantaa–Kerava.
    FormSubmission("areas-search", "areas/", [("#area-search", "vanda")], "Enter", ".area-card #area-vantaa_kerava"),
    FormSubmission("areas-search-one-card", "areas/", [("#area-search", "vanda")], "button[type=submit]", ".area-card"),
    # Type "kerava" in the employment area search: the only area shown is Kerava-Sipoo (11).
    FormSubmission(
        "employment-areas-search", "employment-areas/", [("#employment-area-search", "kerava")], "Enter",
        ".area-card #employment-area-11",
    ),
]


# The questionnaires' question pages, error states and one URL per outcome live in their own module.
PAGES += [Page(*page) for page in QUESTIONNAIRE_PAGES]
FORM_SUBMISSIONS += [FormSubmission(*form) for form in QUESTIONNAIRE_FORMS]


def form_cases():
    return [
        pytest.param(form, language, id=f"{form.name}[{language}]") for form in FORM_SUBMISSIONS for language in LANGUAGES
    ]

