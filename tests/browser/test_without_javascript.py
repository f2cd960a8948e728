"""With JavaScript switched off every page shows the same main heading and its forms still work."""

import pytest

from .helpers import open_page
from .pages import cases, form_cases, url_path

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("page, language", cases())
def test_same_heading_without_javascript(tabs, page, language):
    with_js = tabs.tab(language)
    open_page(with_js, page, language)
    headings = with_js.locator("h1").all_inner_texts()
    assert len(headings) == 1 and headings[0].strip(), f"expected one non-empty h1, got {headings}"

    without_js = tabs.tab(language, javascript=False)
    open_page(without_js, page, language)
    assert without_js.locator("h1").all_inner_texts() == headings


@pytest.mark.parametrize("form, language", form_cases())
def test_form_submits_without_javascript(tabs, form, language):
    tab = tabs.tab(language, javascript=False)
    tab.goto(url_path(form, language))
    for selector, text in form.fill:
        if text is None:
            tab.check(selector)
        else:
            tab.fill(selector, text)
    with tab.expect_navigation() as navigation:
        if form.submit == "Enter":
            tab.locator(form.fill[-1][0]).press("Enter")
        else:
            tab.click(form.submit)
    response = navigation.value
    assert response.status == form.status, f"{response.url} answered {response.status}"
    assert tab.url.startswith(f"{tabs.base_url}/{language}/"), f"left the {language} pages: {tab.url}"
    assert tab.locator(form.expect).count() == form.expect_count, f"{form.expect} on {tab.url}"
