"""The public URLs the production tests visit: the browser tests' page registry in every language."""

from tests.browser.pages import LANGUAGES, PAGES, url_path

__all__ = ["LANGUAGES", "public_pages", "public_urls"]


def public_pages():
    """(url, expected status, id) for every page of the registry in every language."""
    return [(url_path(page, language), page.status, f"{page.name}[{language}]") for page in PAGES for language in LANGUAGES]


def public_urls() -> list[str]:
    return [url for url, _, _ in public_pages()]
