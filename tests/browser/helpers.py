"""Small helpers shared by the browser tests."""

from .pages import Page, url_path


def open_page(tab, page: Page, language: str):
    """Load a registered page in the tab and check that it answers with the registered status."""
    response = tab.goto(url_path(page, language), wait_until="load")
    assert response is not None, f"no response for {url_path(page, language)}"
    assert response.status == page.status, f"{url_path(page, language)} answered {response.status}, not {page.status}"
    return response
