"""Random and hostile query strings on every questionnaire URL: never a 5xx, never in a log."""

import logging
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import FLOWS, LANGUAGES

pytestmark = pytest.mark.django_db

MARKER = "Zq7"  # every generated value carries it, so a leak into the logs is easy to find
PAGES = [(flow.slug, page) for flow in FLOWS
         for page in ["", "result", *(["period"] if flow.date_policy.trial_on_request else []),
                      *(q.key for q in flow.questions)]]
KEYS = sorted({q.key for flow in FLOWS for q in flow.questions} | {"next", "municipality", "utm_source", "when",
                                                                   "period"})
HOSTILE_TEXT = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=90, max_size=120),
    st.sampled_from(["\x00", "%", "%%", "%ff", "\ud7ff", "' OR 1=1 --", "<script>", "Ahtari\x00", "092 ", "ＶＡＮＴＡＡ",
                     "vanda" * 30, "\u202e", "𝓥𝓪𝓷𝓽𝓪𝓪"]),
)
VALUES = st.builds(lambda text: MARKER + text, HOSTILE_TEXT) | st.sampled_from(
    ["yes", "no", "unsure", "092", "091", "405", "478", "588", "unemployed", "at_risk", "other", "1", "trial",
     "2021-03-01", "2023-03-01", "2020-01-01", "2024-13-01"])
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def page_path(language, slug, page):
    return f"/{language}/{slug}/" + (f"{page}/" if page else "")


@SETTINGS
@given(
    language=st.sampled_from(LANGUAGES),
    page=st.sampled_from(PAGES),
    # mostly the questions' own keys, so that hostile values reach the answer parsing
    params=st.lists(st.tuples(st.sampled_from(KEYS) | st.sampled_from(KEYS) | st.text(max_size=12), VALUES),
                    max_size=12),
)
def test_random_answers_never_fail_and_never_reach_the_logs(client, caplog, language, page, params):
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        response = client.get(page_path(language, *page), QUERY_STRING=urlencode(params))
        assert response.status_code in (200, 302, 404), response.status_code
        if response.status_code == 302:
            assert response["Location"].startswith(f"/{language}/{page[0]}/")
            assert len(response["Location"]) < 2000
            assert client.get(response["Location"]).status_code < 500
    assert MARKER not in caplog.text


@SETTINGS
@given(
    language=st.sampled_from(LANGUAGES),
    page=st.sampled_from(PAGES),
    key=st.sampled_from(KEYS),
    raw=st.text(alphabet=st.sampled_from(list("%=&;+#?/\\0123456789abcdefABCDEFxyz\x00 ")), max_size=60),
)
def test_percent_garbage_query_strings_never_fail(client, caplog, language, page, key, raw):
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        response = client.get(page_path(language, *page), QUERY_STRING=f"{key}={MARKER}{raw}")
        assert response.status_code in (200, 302), response.status_code
    assert MARKER not in caplog.text


@SETTINGS
@given(language=st.sampled_from(LANGUAGES), slug=st.sampled_from([flow.slug for flow in FLOWS]),
       page=st.text(min_size=1, max_size=40))
def test_unknown_pages_are_404_not_500(client, language, slug, page):
    response = client.get(f"/{language}/{slug}/{quote(page, safe='')}/")
    assert response.status_code in (200, 302, 404)


def test_redirects_and_errors_are_logged_without_the_query_string(client, caplog):
    with caplog.at_level(logging.DEBUG):
        client.get(f"/fi/eligibility/favourite_colour/?municipality={MARKER}secret")
        client.post(f"/fi/eligibility/municipality/?municipality={MARKER}secret")
        client.get(f"/fi/eligibility/result/?municipality={MARKER}secret")
    assert "favourite_colour" in caplog.text  # the 404 was logged, by its path only
    assert MARKER not in caplog.text
