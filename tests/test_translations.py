"""Swedish and English stay at parity with Finnish by CI, not by good intentions.

Finnish is the source language (docs/adr/0003-finnish-source-language.md): the
msgids are Finnish, and the sv and en pages must show none of them.
"""

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fi", "sv", "en")
# Known strings, one per language, through the whole stack (djangoproject.com's smoke test).
SMOKE = {"fi": "Siirry pääsisältöön", "sv": "Hoppa till huvudinnehållet", "en": "Skip to main content"}


def catalogue(language: str, root: Path = ROOT) -> polib.POFile:
    return polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))


def incomplete_entries(po: polib.POFile) -> list[str]:
    problems = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        elif entry.msgid_plural:
            if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                problems.append(f"empty plural: {entry.msgid!r}")
        elif not entry.msgstr.strip():
            problems.append(f"empty: {entry.msgid!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_has_no_empty_or_fuzzy_entry(language):
    assert incomplete_entries(catalogue(language)) == []


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The catalogues as `make messages` would leave them: every string in the code extracted."""
    work = tmp_path_factory.mktemp("messages")
    for name in ("portal", "config", "templates", "locale"):
        shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    shutil.copy(ROOT / "manage.py", work / "manage.py")
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-v0"]
    for language in LANGUAGES:
        command += ["-l", language]
    subprocess.run(command, cwd=work, check=True, env={"DJANGO_SETTINGS_MODULE": "config.settings", "PATH": "/usr/bin:/bin"})
    return work


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(fresh_catalogues, language):
    problems = incomplete_entries(catalogue(language, fresh_catalogues))
    assert problems == [], (
        f"{len(problems)} strings in the code lack a {language} translation; run `make messages` "
        f"and translate them in locale/{language}/LC_MESSAGES/django.po:\n" + "\n".join(problems[:30])
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_used(client, db, language):
    body = client.get(f"/{language}/").content.decode()
    assert SMOKE[language] in body


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    attributes = " ".join(re.findall(r'(?:aria-label|title|alt|placeholder|content)="([^"]*)"', page))
    text = re.sub(r"<[^>]+>", " ", page)
    return html.unescape(re.sub(r"\s+", " ", f"{text} {attributes}"))


def source_strings_worth_checking(language: str) -> list[str]:
    """Finnish msgids long enough to be recognisable, whose translation differs from the source."""
    target = {entry.msgid: entry.msgstr for entry in catalogue(language) if not entry.obsolete}
    strings = []
    for msgid, msgstr in target.items():
        plain = re.sub(r"%\([a-z_]+\)[sd]|\{\{.*?\}\}", "|", msgid)
        for fragment in plain.split("|"):
            fragment = fragment.strip(" .,:;")
            if len(fragment) >= 14 and fragment not in msgstr:
                strings.append(fragment)
    return strings


def page_paths() -> list[str]:
    from tests.browser.pages import PAGES

    return [page.path for page in PAGES]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ("sv", "en"))
def test_pages_in_swedish_and_english_show_no_finnish_source_string(client, language):
    sources = source_strings_worth_checking(language)
    assert sources, "no source strings found: is the catalogue empty?"
    leaks = []
    for path in page_paths():
        response = client.get(f"/{language}/{path}", follow=True)
        text = visible_text(response.content.decode())
        leaks += [f"/{language}/{path}: {source!r}" for source in sources if source in text]
    assert leaks == []
