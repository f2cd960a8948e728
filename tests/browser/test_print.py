"""A printed page (issue 11) carries the service name, the date it was printed and its own address
(server-rendered, no JavaScript), and leaves out the header, menu, banner and footer."""

import datetime
import re

import pytest

from .helpers import open_page
from .pages import LANGUAGES, PAGES

pytestmark = pytest.mark.browser

PRINTED = [page for page in PAGES if page.name in ("start", "move-result-depends", "eligibility-result-employed")]


@pytest.mark.parametrize("page", PRINTED, ids=[page.name for page in PRINTED])
@pytest.mark.parametrize("language", LANGUAGES)
def test_printed_page_names_the_service_the_date_and_the_address(tabs, page, language):
    tab = tabs.tab(language, javascript=False)
    response = open_page(tab, page, language)
    assert not tab.locator(".print-header").is_visible(), "the print header shows on screen"
    service_name = tab.locator(".site-name").inner_text().strip()
    assert service_name
    tab.emulate_media(media="print")
    try:
        header = tab.locator(".print-header")
        assert header.is_visible()
        text = header.inner_text()
        assert service_name in text
        day = re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        assert day, text
        printed = datetime.date(int(day[3]), int(day[2]), int(day[1]))
        assert abs((printed - datetime.date.today()).days) <= 1
        assert response.url in text
        for hidden in (".site-header", ".site-footer", ".trial-banner"):
            assert not tab.locator(hidden).is_visible(), f"{hidden} is printed"
    finally:
        tab.emulate_media(media="screen")
