"""Thousands of random and hostile requests on every public URL: never a 5xx.

Methods, paths, raw query strings (broken percent-encoding and UTF-8, NUL bytes, huge
values), bodies and headers (Host, Accept-Language, Cookie, Accept-Encoding, forwarding
headers) are all generated. The Django test client raises any exception a view lets
through, so a crash fails the test as surely as a 500 does.
"""

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from django.test import Client

from portal.questionnaire.registry import QUESTIONNAIRES

from .public_urls import LANGUAGES, public_urls

pytestmark = pytest.mark.django_db


def questionnaire_urls() -> list[str]:
    """Every questionnaire's start, result and question pages in every language."""
    urls = []
    for flow in QUESTIONNAIRES:
        pages = ["", "result/", *(f"{question.key}/" for question in flow.questions)]
        urls += [f"/{language}/{flow.slug}/{page}" for language in LANGUAGES for page in pages]
    return urls


URLS = sorted(set(public_urls()) | set(questionnaire_urls()) | {"/", "/healthz", "/static/css/portal.css"})

METHODS = st.one_of(
    st.sampled_from(["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"]),
    st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=12),
)
NASTY = st.sampled_from(
    ["", "\x00", "%", "%%", "%zz", "%ff%fe", "%c3%28", "%ed%a0%80", "%00", "\udcff", "'; DROP TABLE portal_municipality; --",
     "<script>alert(1)</script>", "../../etc/passwd", "{{ settings.SECRET_KEY }}", "\u202e", "ＶＡＮＴＡＡ", "a" * 5000,
     "%" * 3000, "&" * 2000, "=" * 2000]
)


def as_wsgi(text: str) -> str:
    """A WSGI server passes the raw bytes of the request line and headers as latin-1 text (PEP 3333)."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


RAW_BYTES = st.binary(max_size=300).map(lambda raw: raw.decode("latin-1"))
TEXT = st.one_of(NASTY.map(as_wsgi), st.text(max_size=200).map(as_wsgi), RAW_BYTES)
QUERY = st.one_of(
    TEXT,
    st.lists(st.tuples(st.text(max_size=20).map(as_wsgi), TEXT), max_size=8).map(
        lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
    ),
)
PATH_TAIL = st.one_of(st.just(""), NASTY.map(as_wsgi), RAW_BYTES).map(lambda text: text.replace("?", ""))
HEADER_VALUE = st.one_of(NASTY.map(as_wsgi), st.text(max_size=100).map(as_wsgi), RAW_BYTES).map(
    lambda text: text.replace("\r", "").replace("\n", "")  # a server never passes a line break inside a header
)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_HOST": st.one_of(st.sampled_from(["testserver", "127.0.0.1", "localhost:8000"]), HEADER_VALUE),
        "HTTP_ACCEPT_LANGUAGE": st.one_of(st.sampled_from(["sv", "en-GB,en;q=0.9", "fi;q=xyz", "*"]), HEADER_VALUE),
        "HTTP_COOKIE": st.one_of(
            st.sampled_from(["sessionid=nonsense", "csrftoken=" + "x" * 4000, "django_language=xx", "=;=;"]),
            HEADER_VALUE,
        ),
        "HTTP_ACCEPT_ENCODING": st.one_of(st.sampled_from(["br", "gzip;q=abc", "br;q=0, *"]), HEADER_VALUE),
        "HTTP_X_FORWARDED_FOR": HEADER_VALUE,
        "HTTP_X_FORWARDED_PROTO": HEADER_VALUE,
        "HTTP_IF_NONE_MATCH": HEADER_VALUE,
        "HTTP_RANGE": HEADER_VALUE,
        "HTTP_USER_AGENT": HEADER_VALUE,
        "CONTENT_TYPE": st.one_of(
            st.sampled_from(["multipart/form-data; boundary=", "application/x-www-form-urlencoded", "text/plain"]),
            HEADER_VALUE,
        ),
    },
)


@settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "2500")),
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    url=st.sampled_from(URLS),
    tail=PATH_TAIL,
    method=METHODS,
    query=QUERY,
    body=st.one_of(st.just(b""), st.binary(max_size=2000)),
    headers=HEADERS,
)
def test_no_request_makes_the_portal_fail(url, tail, method, query, body, headers):
    client = Client()
    extra = dict(headers)
    extra["QUERY_STRING"] = query
    extra["PATH_INFO"] = url + tail
    content_type = extra.pop("CONTENT_TYPE", "application/octet-stream")
    response = client.generic(method, url, data=body, content_type=content_type, **extra)
    assert response.status_code < 500, (method, url + tail, query[:200], response.status_code)


def test_the_generated_requests_reach_every_kind_of_page():
    assert QUESTIONNAIRES, "the registry lists no questionnaire: the hostile requests would miss them all"
    for flow in QUESTIONNAIRES:
        assert {f"/fi/{flow.slug}/", f"/sv/{flow.slug}/result/"} <= set(URLS), flow.slug
        assert {f"/en/{flow.slug}/{question.key}/" for question in flow.questions} <= set(URLS), flow.slug
    assert {"/fi/", "/sv/areas/", "/en/faq/", "/healthz"} <= set(URLS)
