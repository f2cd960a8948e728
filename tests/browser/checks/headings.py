"""With JavaScript switched off a page shows the same one main heading."""


def headings(tab) -> list[str]:
    return tab.evaluate("[...document.querySelectorAll('h1')].map(h1 => h1.innerText)")


def check_one_heading(found: list[str]):
    assert len(found) == 1 and found[0].strip(), f"expected one non-empty h1, got {found}"


def check_same_heading_without_javascript(with_javascript: list[str], without_javascript: list[str]):
    assert without_javascript == with_javascript, f"without JavaScript: {without_javascript}, with: {with_javascript}"
