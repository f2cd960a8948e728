"""The public URLs the production tests visit: the browser tests' page registry in every
language, plus the URLs outside it."""

try:
    from tests.browser.pages import LANGUAGES, PAGES, url_path
except ImportError:  # the registry is not there yet: the pages every release has
    from typing import NamedTuple

    LANGUAGES = ("fi", "sv", "en")

    class Page(NamedTuple):
        name: str
        path: str
        status: int = 200

    PAGES = [
        Page("start", ""),
        Page("areas", "areas/"),
        Page("municipality-trial", "municipalities/092/"),
        Page("faq", "faq/"),
        Page("accessibility", "accessibility/"),
        Page("feedback", "feedback/"),
    ]

    def url_path(page, language):
        return f"/{language}/{page.path}"


def public_pages():
    """(url, expected status, id) for every page of the registry in every language."""
    return [(url_path(page, language), page.status, f"{page.name}[{language}]") for page in PAGES for language in LANGUAGES]


def public_urls() -> list[str]:
    return [url for url, _, _ in public_pages()]
