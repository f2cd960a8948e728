import datetime
import gzip

import brotli
import pytest
from django.core.cache import cache
from django.test.signals import template_rendered

from portal import clock
from portal.middleware import page_cache
from portal.models import Municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders():
    """How many templates were rendered, counted from Django's test signal."""
    rendered = []

    def count(sender, template, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(count)
    yield rendered
    template_rendered.disconnect(count)


@pytest.mark.parametrize("url", ["/fi/", "/sv/areas/", "/en/municipalities/092/", "/sv/faq/"])
def test_second_request_is_served_without_sql_or_rendering(client, renders, django_assert_num_queries, url):
    first = client.get(url)
    assert first.status_code == 200 and renders
    renders.clear()
    with django_assert_num_queries(0):
        second = client.get(url)
    assert renders == []
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Language"] == first["Content-Language"]


def test_a_data_change_drops_every_cached_page(client, django_capture_on_commit_callbacks, renders):
    assert "Helsinki" in client.get("/fi/municipalities/091/").content.decode()
    client.get("/fi/areas/")
    helsinki = Municipality.objects.get(code="091")
    helsinki.name_fi = "Helsinki-muokattu"
    with django_capture_on_commit_callbacks(execute=True):
        helsinki.save()
    renders.clear()
    assert "Helsinki-muokattu" in client.get("/fi/municipalities/091/").content.decode()
    assert renders, "the page was rendered again"
    renders.clear()
    client.get("/fi/areas/")
    assert renders, "other pages were dropped too"


def test_the_key_holds_the_date(client, renders, monkeypatch):
    client.get("/fi/")
    renders.clear()
    client.get("/fi/")
    assert renders == []
    monkeypatch.setattr(clock, "today", lambda: datetime.date(2030, 1, 1))
    client.get("/fi/")
    assert renders, "a new day renders the page again (the trial status banner depends on it)"


def test_query_string_and_language_are_part_of_the_key(client):
    fi = client.get("/fi/areas/?q=vanda").content.decode()
    assert "Vantaa" in fi
    other = client.get("/fi/areas/?q=tampere").content.decode()
    assert "Tampere" in other and "Vantaa" not in other
    sv = client.get("/sv/areas/?q=vanda").content.decode()
    assert '<html lang="sv">' in sv


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"path": "/fi/no-such-page/"},
        {"path": "/fi/areas/?q=" + "a" * 500},  # 400
        {"path": "/healthz"},
        {"path": "/"},  # redirect
    ],
)
def test_errors_redirects_and_health_are_not_cached(client, renders, request_kwargs):
    client.get(request_kwargs["path"])
    keys_before = len(cache._cache)
    client.get(request_kwargs["path"])
    assert len(cache._cache) == keys_before
    assert "public" not in client.get(request_kwargs["path"]).get("Cache-Control", "")


def test_other_methods_are_never_served_from_the_cache(client):
    client.get("/fi/areas/")
    assert client.post("/fi/areas/").status_code == 405
    assert client.put("/fi/areas/").status_code == 405


def test_signed_in_browsers_skip_the_cache(client, renders, django_user_model):
    client.get("/fi/")
    staff = django_user_model.objects.create_user("staff", "s@example.fi", "x" * 16, is_staff=True)
    client.force_login(staff)
    renders.clear()
    client.get("/fi/")
    assert renders, "rendered for the signed-in browser, not taken from the cache"


def test_admin_is_never_cached(client, django_user_model):
    staff = django_user_model.objects.create_superuser("admin1", "a@example.fi", "x" * 16)
    client.force_login(staff)
    response = client.get("/admin/")
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    assert page_cache.PageCacheMiddleware.cacheable_request_language(response.wsgi_request) is None


def test_a_response_that_sets_a_cookie_is_not_stored(rf):
    from django.http import HttpResponse

    response = HttpResponse("x")
    assert page_cache.PageCacheMiddleware.cacheable_response(response)
    response.set_cookie("csrftoken", "abc")
    assert not page_cache.PageCacheMiddleware.cacheable_response(response)
    varied = HttpResponse("x")
    varied["Vary"] = "Accept-Language, Cookie"
    assert not page_cache.PageCacheMiddleware.cacheable_response(varied)
    never = HttpResponse("x")
    never["Cache-Control"] = "max-age=0, no-cache, no-store, must-revalidate, private"
    assert not page_cache.PageCacheMiddleware.cacheable_response(never)


def test_public_pages_may_be_kept_by_browsers_for_five_minutes(client):
    assert client.get("/fi/areas/")["Cache-Control"] == "public, max-age=300"


def test_pages_with_answers_are_kept_by_no_browser_or_proxy():
    from django.http import HttpResponse

    from portal.http import noindex

    assert page_cache.browser_cache_control(noindex(HttpResponse("answers"))) == "no-store"
    assert page_cache.browser_cache_control(HttpResponse("info")) == "public, max-age=300"


@pytest.mark.parametrize(
    "accept, encoding",
    [("br, gzip", "br"), ("gzip, deflate", "gzip"), ("br;q=0, gzip", "gzip"), ("", None), ("identity", None)],
)
def test_pages_are_compressed_as_the_browser_accepts(client, accept, encoding):
    plain = client.get("/en/areas/").content
    cache.clear()
    for attempt in ("stored now", "from the cache"):
        response = client.get("/en/areas/", HTTP_ACCEPT_ENCODING=accept)
        assert response.get("Content-Encoding") == encoding, attempt
        assert "Accept-Encoding" in response["Vary"]
        assert int(response["Content-Length"]) == len(response.content)
        body = response.content
        if encoding == "br":
            body = brotli.decompress(body)
        elif encoding == "gzip":
            body = gzip.decompress(body)
        assert body == plain
    if encoding:
        assert len(response.content) < len(plain) / 3


def test_head_gets_the_headers_without_the_body(client):
    full = client.get("/fi/faq/")
    head = client.head("/fi/faq/")
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Length"] == full["Content-Length"]


def test_a_host_outside_allowed_hosts_is_refused_even_when_cached(client):
    client.get("/fi/")
    assert client.get("/fi/", HTTP_HOST="evil.example").status_code == 400


def test_a_broken_page_cache_serves_pages_uncached(client, monkeypatch, caplog):
    class BrokenCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache server away")

        set = get_many = get

    monkeypatch.setattr(page_cache, "cache", BrokenCache())
    monkeypatch.setattr(page_cache, "data_version", BrokenCache().get)
    response = client.get("/fi/accessibility/")
    assert response.status_code == 200
    assert "page cache unavailable: ConnectionError" in caplog.text


def test_the_release_fingerprint_follows_the_templates(tmp_path, settings):
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "page.html"
    page.write_text("one")
    settings.BASE_DIR = tmp_path
    settings.STATIC_ROOT = tmp_path / "static"
    first = page_cache.release_fingerprint()
    assert page_cache.release_fingerprint() == first
    page.write_text("two")
    assert page_cache.release_fingerprint() != first


def questionnaire_pages():
    from .public_urls import public_pages

    return [url for url, status, _ in public_pages() if status == 200 and ("/eligibility/" in url or "/move/" in url)]


def test_the_registry_has_question_and_result_pages():
    pages = questionnaire_pages()
    assert any("/result/" in url for url in pages) and any("/result/" not in url and "?" in url for url in pages)


# Question and result pages (a step after the flow's start page) with answers in the query string.
@pytest.mark.parametrize("url", [u for u in questionnaire_pages() if "?" in u and u.split("?")[0].count("/") > 3][:12])
def test_question_and_result_pages_come_from_the_cache_without_sql_and_no_browser_keeps_them(
    client, renders, django_assert_num_queries, url
):
    first = client.get(url)
    assert first.status_code == 200
    assert first["Cache-Control"] == "no-store"
    assert "noindex" in first["X-Robots-Tag"]
    renders.clear()
    with django_assert_num_queries(0):
        second = client.get(url)
    assert renders == [] and second.content == first.content
    assert second["Cache-Control"] == "no-store" and "noindex" in second["X-Robots-Tag"]


def test_the_questionnaire_redirects_are_not_cached(client):
    response = client.get("/fi/eligibility/jobseeker/", {"municipality": "Tampere", "utm_source": "x"})
    assert response.status_code == 302
    assert "public" not in response.get("Cache-Control", "")


def test_instances_with_their_static_files_elsewhere_share_the_fingerprint(tmp_path, settings):
    for root in ("one", "two"):
        (tmp_path / root).mkdir()
        (tmp_path / root / "staticfiles.json").write_text('{"paths": {"css/portal.css": "css/portal.abc.css"}}')
    settings.STATIC_ROOT = tmp_path / "one"
    first = page_cache.release_fingerprint()
    settings.STATIC_ROOT = tmp_path / "two"
    assert page_cache.release_fingerprint() == first
    (tmp_path / "two" / "staticfiles.json").write_text('{"paths": {"css/portal.css": "css/portal.def.css"}}')
    assert page_cache.release_fingerprint() != first
