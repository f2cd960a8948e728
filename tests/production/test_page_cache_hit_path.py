"""The page cache's fast path for a hit (portal/middleware/page_cache.py) answers as the slow one did."""

import pytest
from django.core.exceptions import TooManyFieldsSent
from django.http import QueryDict

from portal.middleware import page_cache

pytestmark = pytest.mark.django_db

QUESTION = "/fi/eligibility/jobseeker/?when=trial&municipality=837"


@pytest.fixture(autouse=True)
def _no_answer_pages_left():
    page_cache.answer_pages.clear()
    yield
    page_cache.answer_pages.clear()


@pytest.mark.parametrize("query", [
    "",
    "a=1&a=2&b=",
    "municipality=%38%33%37&when=trial",
    "q=Tampere+keskusta&x=%C3%A4%C3%B6",
    "bad=%ff%fe&empty&=novalue",
    "a=1;b=2",
    "x=%zz&y=%",
])
def test_parameters_are_read_as_querydict_reads_them(query):
    assert page_cache.query_parameters(query, None) == dict(QueryDict(query).lists())


def test_too_many_parameters_are_refused_where_querydict_refuses_them(settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 3
    page_cache.query_parameters("a=1&b=2&c=3", None)
    QueryDict("a=1&b=2&c=3")
    with pytest.raises(TooManyFieldsSent):
        QueryDict("a=1&b=2&c=3&d=4")
    with pytest.raises(TooManyFieldsSent):
        page_cache.query_parameters("a=1&b=2&c=3&d=4", None)


@pytest.mark.parametrize("url", ["/fi/faq/", QUESTION])
def test_too_many_parameters_are_a_400_even_for_a_cached_page(client, settings, url):
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # now from the cache
    separator = "&" if "?" in url else "?"
    flood = "&".join(f"p{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    assert client.get(f"{url}{separator}{flood}").status_code == 400


@pytest.mark.parametrize("url", ["/fi/faq/", QUESTION])
@pytest.mark.parametrize("accept", ["br, gzip", "gzip", ""])
def test_a_hit_has_the_headers_the_rendered_page_had(client, url, accept):
    rendered = client.get(url, HTTP_ACCEPT_ENCODING=accept)
    hit = client.get(url, HTTP_ACCEPT_ENCODING=accept)
    assert hit.status_code == rendered.status_code == 200
    assert dict(hit.items()) == dict(rendered.items())
    assert hit.content == rendered.content
    assert [v.strip() for v in hit["Vary"].split(",")].count("Accept-Encoding") == 1
    assert hit.get("Content-Encoding") == ({"br, gzip": "br", "gzip": "gzip"}.get(accept))


def test_the_answer_key_holds_the_whole_query_and_the_date(client):
    client.get(QUESTION)
    (key,) = page_cache.answer_pages.pages
    assert key[-1] == QUESTION.split("?", 1)[1]
    assert key[0] == page_cache.clock.today().isoformat()
