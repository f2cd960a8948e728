"""With JavaScript switched off the forms still work (the same heading on every page: test_every_page.py)."""

import pytest

from .pages import form_cases, url_path

pytestmark = pytest.mark.browser


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
