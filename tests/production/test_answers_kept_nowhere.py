"""Answers are kept nowhere: a page built from typed text is cached in no file, no Redis and no
process; question and result pages never go to the shared cache or disk and always carry
Cache-Control: no-store; made-up parameters add no cache entries; language links come from
resolved routes. (Issue 10, items 8, 9, 13 and 15.)"""

import pickle
import uuid
import zlib
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test.signals import template_rendered

from portal.directory import DATA_VERSION_KEY
from portal.middleware import page_cache

from .browsing import walk
from .test_privacy import every_log_record  # noqa: F401  (fixture)
from .test_redis_cache import redis_url  # noqa: F401  (fixture: a private redis-server)

pytestmark = pytest.mark.django_db

MARKER = "Zq7merkki"


@pytest.fixture
def file_cache(settings, tmp_path):
    """The local set-up's file cache, in a folder of this test's own."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
    clear_answer_pages()
    yield tmp_path / "cache"
    cache.clear()
    clear_answer_pages()


def clear_answer_pages():
    if hasattr(page_cache, "answer_pages"):  # not there before issue 10: the tests still run
        page_cache.answer_pages.clear()


@pytest.fixture
def renders():
    rendered = []

    def count(sender, template, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(count)
    yield rendered
    template_rendered.disconnect(count)


def stored_bytes(path: Path) -> bytes:
    """A file cache entry as stored: Django writes the expiry, then the zlib-compressed pickle."""
    with path.open("rb") as file:
        pickle.load(file)
        return zlib.decompress(file.read())


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [path for path in folder.rglob("*.djcache") if needle in stored_bytes(path)]


def in_process_memory(needle: str) -> bool:
    if not hasattr(page_cache, "answer_pages"):
        return False
    return any(
        needle.encode() in body
        for _, page in page_cache.answer_pages.pages.values()
        for body in page.bodies.values()
    )


@pytest.mark.parametrize("start, typed", [
    ("/fi/eligibility/", f"{MARKER}-nimi"),
    ("/sv/move/", f"{MARKER}-nimi"),
    ("/fi/move/", MARKER.lower()),  # looks like an option value: still typed text
    ("/en/eligibility/", MARKER.lower()),
])
def test_text_typed_into_a_questionnaire_is_kept_in_no_cache_file_log_or_process(
    client, file_cache, every_log_record, start, typed  # noqa: F811
):
    responses = walk(client, start, typed=[typed, "Tampere"], choice=0)
    responses.append(client.get("/fi/areas/", {"q": f"{MARKER}-haku"}))
    assert any(typed in r.content.decode() for r in responses), "the typed text was on a page"
    assert files_containing(file_cache, typed.encode()) == []
    assert not in_process_memory(typed)
    assert typed not in every_log_record.text()
    assert not in_database(typed)


def test_text_typed_into_a_questionnaire_is_kept_nowhere_in_redis(client, settings, redis_url):
    settings.CACHES = {"default": {"BACKEND": "portal.cache.PortalRedisCache", "LOCATION": redis_url}}
    clear_answer_pages()
    try:
        for start in ("/fi/eligibility/", "/sv/move/"):
            walk(client, start, typed=[f"{MARKER}-nimi", "Tampere"], choice=0)
        client.get("/fi/areas/", {"q": f"{MARKER}-haku"})
        keys = list(cache._cache.get_client().scan_iter("*"))
        assert keys, "the information pages went to Redis"
        stored = b"".join(raw_value(cache._cache.get_client().get(key)) for key in keys)
        assert MARKER.encode() not in stored and b"noindex" not in stored
        assert not in_process_memory(MARKER)
    finally:
        cache.clear()
        clear_answer_pages()


def raw_value(value: bytes | None) -> bytes:
    return value or b""


def in_database(needle: str) -> bool:
    from django.apps import apps
    from django.db import models
    from django.db.models import Q

    for model in apps.get_models():
        text_fields = [f.name for f in model._meta.concrete_fields if isinstance(f, (models.CharField, models.TextField))]
        if text_fields:
            query = Q()
            for name in text_fields:
                query |= Q(**{f"{name}__contains": needle})
            if model._default_manager.filter(query).exists():
                return True
    return False


def test_question_and_result_pages_never_reach_a_cache_file(client, file_cache):
    responses = walk(client, "/fi/eligibility/", typed=["091"], choice=0)
    assert any("noindex" in r.get("X-Robots-Tag", "") for r in responses)
    assert list(file_cache.rglob("*.djcache")), "the start page is in the cache"
    assert files_containing(file_cache, b"noindex") == []


def test_a_canonical_result_page_is_served_from_process_memory(client, file_cache, renders):
    final = walk(client, "/fi/eligibility/", typed=["091"], choice=0)[-1]
    url = final.wsgi_request.get_full_path()
    assert "noindex" in final["X-Robots-Tag"] and "?" in url
    client.get(url)
    renders.clear()
    again = client.get(url)
    assert renders == [] and again.content == final.content
    assert again["Cache-Control"] == "no-store"


@pytest.mark.parametrize("page_cache_on", [True, False])
def test_answer_pages_always_say_no_store(client, settings, page_cache_on):
    settings.PORTAL_PAGE_CACHE = page_cache_on
    responses = walk(client, "/fi/move/", typed=["091", "092"], choice=1)
    answer_pages = [r for r in responses if "noindex" in r.get("X-Robots-Tag", "")]
    assert answer_pages
    assert all(r["Cache-Control"] == "no-store" for r in answer_pages)


def test_answer_pages_say_no_store_when_the_cache_is_away(client, monkeypatch):
    def away(*args, **kwargs):
        raise ConnectionError("cache away")

    monkeypatch.setattr(cache, "get_many", away)
    responses = walk(client, "/fi/eligibility/", typed=["091"], choice=0)
    answer_pages = [r for r in responses if "noindex" in r.get("X-Robots-Tag", "")]
    assert answer_pages and all(r["Cache-Control"] == "no-store" for r in answer_pages)


def test_made_up_parameters_add_no_cache_entries_and_are_served_from_the_cache(client, file_cache, renders):
    client.get("/fi/")
    version = cache.get(DATA_VERSION_KEY)
    entries = len(list(file_cache.rglob("*.djcache")))
    renders.clear()
    for _ in range(20):
        response = client.get("/fi/", {"bust": uuid.uuid4().hex})
        assert response.status_code == 200
    assert len(list(file_cache.rglob("*.djcache"))) == entries
    assert renders == [], "the page without parameters served them"
    assert cache.get(DATA_VERSION_KEY) == version, "nothing was culled"


def test_a_search_is_not_served_the_page_without_it(client):
    client.get("/fi/areas/")
    assert "Vantaa" in client.get("/fi/areas/", {"q": "vanda"}).content.decode()
    tampere = client.get("/fi/areas/", {"q": "tampere"}).content.decode()
    assert "Tampere" in tampere and "Vantaa" not in tampere


def test_language_links_come_from_the_resolved_route(client):
    response = client.get("/fi/areas/", {"bust": "x"})
    links = {link["code"]: link["url"] for link in response.context["language_links"]}
    assert links == {"fi": "/fi/areas/", "sv": "/sv/areas/", "en": "/en/areas/"}


def test_a_404_links_to_the_other_languages_start_pages_not_to_another_host(client):
    response = client.get("/", PATH_INFO="//evil.example/fi/areas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "//evil.example" not in html  # no link, and no address shown, names another host
    links = {link["code"]: link["url"] for link in response.context["language_links"]}
    assert links == {"fi": "/fi/", "sv": "/sv/", "en": "/en/"}


def test_an_unknown_municipality_page_links_to_start_pages(client):
    response = client.get("/sv/municipalities/999/")
    assert response.status_code == 404
    links = {link["code"]: link["url"] for link in response.context["language_links"]}
    assert links == {"fi": "/fi/", "sv": "/sv/", "en": "/en/"}
