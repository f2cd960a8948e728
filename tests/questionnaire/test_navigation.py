"""Routing through the questionnaires: next pages, back and change links, canonical URLs.

The clock is set inside the trial (TRIAL_DAY), where the date in question is today and every
question of the trial can be asked without `when=trial` (a flow whose rules answer only from a
later date is walked on TODAY: conftest.answering_day); test_time.py covers today-first and the
trial period asked about after it ended.
"""

import re
from html import unescape

import pytest
from django.utils import translation
from django.utils.translation import gettext

from portal import clock

from .conftest import (
    TRIAL_DAY, FLOW_BY_SLUG, FLOWS, LANGUAGES, answering_day, body, change_links, every_question_value, expected_next,
    links, split, url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _during_the_trial(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TRIAL_DAY)


def page_url(flow, key, answers, language="fi"):
    """Where the questionnaire should be: the question `key`, or the result when key is None."""
    return url(language, flow.slug, key or "result", answers)


@pytest.mark.parametrize("slug, key, value", every_question_value())
def test_every_option_leads_to_the_page_the_rules_need_next(client, monkeypatch, reaching, directory, slug, key, value):
    flow = FLOW_BY_SLUG[slug]
    day = answering_day(flow, directory.period)
    monkeypatch.setattr(clock, "today", lambda: day)
    before = reaching[(slug, key)]
    response = client.get(url("fi", slug, key, before, **{key: value, "next": "1"}))
    assert response.status_code == 302
    answers = {**before, key: value}
    following = expected_next(flow, answers, directory, directory.period, day)
    assert split(response["Location"]) == split(page_url(flow, following, answers))
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("flow", FLOWS, ids=lambda f: f.slug)
def test_first_question_comes_from_the_rules_and_the_start_page_links_to_it(client, monkeypatch, directory, flow):
    day = answering_day(flow, directory.period)
    monkeypatch.setattr(clock, "today", lambda: day)
    first = expected_next(flow, {}, directory, directory.period, day)
    response = client.get(url("fi", flow.slug, ""))
    assert response.status_code == 200
    assert links(response, "btn btn-primary btn-lg btn-start") == [url("fi", flow.slug, first)]
    assert "noindex" not in body(response) and "X-Robots-Tag" not in response


def test_start_page_passes_prefilled_answers_on_and_drops_bad_ones(client):
    response = client.get("/fi/eligibility/?municipality=vanda&jobseeker=nonsense&utm_source=x")
    assert links(response, "btn btn-primary btn-lg btn-start") == ["/fi/eligibility/municipality/?municipality=092"]
    response = client.get("/fi/eligibility/municipality/?municipality=092")
    assert 'value="Vantaa"' in body(response)
    response = client.get("/sv/move/?from=092")
    assert links(response, "btn btn-primary btn-lg btn-start") == ["/sv/move/from/?from=092"]
    assert 'value="Vanda"' in body(client.get("/sv/move/from/?from=092"))


def test_municipality_page_links_both_questionnaires_prefilled(client):
    text = body(client.get("/fi/municipalities/092/"))
    assert 'href="/fi/eligibility/?municipality=092"' in text
    assert 'href="/fi/move/?from=092"' in text


def test_site_start_page_and_navigation_link_both_questionnaires(client):
    text = body(client.get("/sv/"))
    for flow in ("eligibility", "move"):
        # once in the main navigation, once in the cards
        assert text.count(f'href="/sv/{flow}/"') == 2


@pytest.mark.parametrize("slug", ["eligibility", "move"])
def test_back_links_walk_the_path_backwards_to_the_start_page(client, directory, slug):
    flow = FLOW_BY_SLUG[slug]
    answers = {"eligibility": {"municipality": "837", "jobseeker": "services", "already_client": "no",
                               "under_30": "no", "mother_tongue": "fi", "finnish_citizen": "yes",
                               "earnings_related": "no", "change_security": "no", "swedish_service": "no"},
               "move": {"from": "837", "to": "091", "client_now": "yes"}}[slug]
    path = list(answers)
    response = client.get(url("fi", slug, "result", answers))
    assert response.status_code == 200
    assert links(response, "back-link") == [url("fi", slug, path[-1], answers)]
    for previous, key in zip([None, *path], path):
        response = client.get(url("fi", slug, key, answers))
        assert response.status_code == 200, key
        expected = url("fi", slug, previous, answers) if previous else url("fi", slug, "", answers)
        assert links(response, "back-link") == [expected]


@pytest.mark.parametrize("slug, answers", [
    ("eligibility", {"municipality": "837", "jobseeker": "unemployed", "already_client": "no", "under_30": "yes",
                     "short_unemployment": "no", "swedish_service": "yes"}),
    ("move", {"from": "092", "to": "398", "client_now": "unsure", "swedish_service": "no"}),
])
def test_change_links_open_their_question_prefilled(client, slug, answers):
    flow = FLOW_BY_SLUG[slug]
    result = client.get(url("fi", slug, "result", answers))
    hrefs = change_links(result)
    assert [split(href) for href in hrefs] == [split(url("fi", slug, key, answers)) for key in answers]
    for key, href in zip(answers, hrefs):
        page = body(client.get(href))
        question = flow.by_key[key]
        assert re.search(r"<h1[^>]*>.*</h1>", page, re.S)
        if question.options:
            checked = re.findall(r'<input type="radio" name="%s" value="([^"]*)"[^>]*checked' % key, page)
            assert checked == [answers[key]], key
        else:
            assert re.search(r'<input type="text" name="%s" value="[^"]+"' % key, page)
        # the other answers travel along as hidden inputs
        hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page))
        assert hidden == {k: v for k, v in answers.items() if k != key}
    assert body(result).count('class="visually-hidden">: ') == len(answers)


def test_changing_an_early_answer_keeps_the_later_answers_that_still_apply(client):
    # Vantaa (bilingual) -> Tampere (Finnish-speaking): a new question is needed, the rest is kept.
    answers = {"municipality": "092", "jobseeker": "unemployed", "already_client": "no", "under_30": "yes",
               "short_unemployment": "no"}
    response = client.get(url("fi", "eligibility", "municipality", answers, municipality="Tampere", next="1"))
    assert split(response["Location"]) == split(url("fi", "eligibility", "swedish_service", {**answers, "municipality": "837"}))
    response = client.get(url("fi", "eligibility", "swedish_service", {**answers, "municipality": "837"},
                              swedish_service="yes", next="1"))
    assert split(response["Location"]) == split(url("fi", "eligibility", "result",
                                                    {**answers, "municipality": "837", "swedish_service": "yes"}))


def test_answers_no_longer_on_the_path_are_dropped(client):
    answers = {"municipality": "092", "jobseeker": "unemployed", "already_client": "no", "under_30": "yes",
               "short_unemployment": "no"}
    # in services, the short-unemployment question is not asked: its answer goes
    response = client.get(url("fi", "eligibility", "jobseeker", answers, jobseeker="services", next="1"))
    kept = {k: v for k, v in answers.items() if k != "short_unemployment"}
    assert split(response["Location"]) == split(url("fi", "eligibility", "result", {**kept, "jobseeker": "services"}))
    # a non-trial home municipality ends the questionnaire at once
    response = client.get(url("fi", "eligibility", "municipality", answers, municipality="405", next="1"))
    assert split(response["Location"]) == split(url("fi", "eligibility", "result", {"municipality": "405"}))


def test_unknown_parameters_are_dropped(client):
    response = client.get("/fi/eligibility/jobseeker/?utm_source=mail&municipality=092&x=%00")
    assert response.status_code == 302
    assert response["Location"] == "/fi/eligibility/jobseeker/?municipality=092"
    response = client.get("/fi/move/result/?from=405&to=405&client_now=yes&next=1")
    assert response["Location"] == "/fi/move/result/?from=405&to=405"


def test_answers_in_any_order_are_put_in_question_order(client):
    response = client.get("/fi/move/client_now/?to=091&from=837")
    assert response["Location"] == "/fi/move/client_now/?from=837&to=091"


def test_repeated_keys_count_once(client):
    response = client.get("/fi/eligibility/jobseeker/?municipality=405&municipality=092")
    assert response["Location"] == "/fi/eligibility/jobseeker/?municipality=092"


@pytest.mark.parametrize("requested, expected", [
    ("eligibility/under_30/?municipality=092", "eligibility/jobseeker/?municipality=092"),
    ("eligibility/swedish_service/", "eligibility/municipality/"),
    ("eligibility/result/?municipality=092&jobseeker=unemployed", "eligibility/already_client/?municipality=092&jobseeker=unemployed"),
    ("eligibility/result/", "eligibility/municipality/"),
    # not on the path at all once the answers are complete: the result
    ("eligibility/jobseeker/?municipality=405", "eligibility/result/?municipality=405"),
    ("move/client_now/?from=405&to=405", "move/result/?from=405&to=405"),
    ("move/swedish_service/?from=837", "move/to/?from=837"),
])
def test_a_page_not_yet_reachable_redirects_to_the_furthest_reachable_one(client, requested, expected):
    response = client.get(f"/fi/{requested}")
    assert response.status_code == 302
    assert split(response["Location"]) == split(f"/fi/{expected}")


def test_an_invalid_earlier_answer_makes_its_question_the_furthest_shown_with_its_error(client):
    response = client.get("/fi/eligibility/result/?municipality=092&jobseeker=astronaut&short_unemployment=no")
    assert split(response["Location"]) == split("/fi/eligibility/jobseeker/?municipality=092&jobseeker=astronaut&short_unemployment=no")
    assert response.context is None
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert page.context["error"] and page.context["form"].errors
    assert body(page).count('aria-invalid="true"') == 7  # every radio of the question


@pytest.mark.parametrize("typed", ["vanda", "VANTAA", "Vanda", "vantaa", " Vantaa ", "092", "VÄNTAA"])
def test_municipality_names_in_any_case_or_accents_and_codes_work(client, typed):
    response = client.get(url("fi", "eligibility", "municipality", municipality=typed, next="1"))
    assert response.status_code == 302
    assert response["Location"] == "/fi/eligibility/jobseeker/?municipality=092"


@pytest.mark.parametrize("typed, code", [("ahtari", "989"), ("Ähtäri", "989"), ("Borgå", "638"), ("borga", "638"),
                                         ("Mariehamn", "478"), ("ylojarvi", "980")])
def test_finnish_and_swedish_names_are_canonicalised_to_codes(client, typed, code):
    response = client.get(url("en", "move", "from", **{"from": typed}))
    assert response.status_code == 302
    assert response["Location"] == f"/en/move/from/?from={code}"


def test_near_miss_suggests_municipalities_with_links_that_submit_them(client):
    response = client.get(url("fi", "eligibility", "municipality", {"jobseeker": "unemployed"},
                              municipality="Tamprere", next="1"))
    assert response.status_code == 200
    assert [s["name"] for s in response.context["suggestions"]] == ["Tampere"]
    suggestion = response.context["suggestions"][0]["url"]
    assert f'<a href="{suggestion.replace("&", "&amp;")}">Tampere</a>' in body(response)
    assert split(suggestion) == split(url("fi", "eligibility", "municipality",
                                          {"jobseeker": "unemployed"}, municipality="837", next="1"))
    followed = client.get(suggestion)
    assert split(followed["Location"]) == split(url("fi", "eligibility", "already_client",
                                                    {"municipality": "837", "jobseeker": "unemployed"}))


def test_unknown_municipality_is_a_clear_error(client):
    response = client.get(url("fi", "move", "to", {"from": "091"}, to="Xyzzyville", next="1"))
    assert "Xyzzyville" in response.context["error"] and response.context["error"] in body(response)
    assert response.context["suggestions"] == [] and 'class="suggestions"' not in body(response)


def test_an_overlong_value_is_invalid_and_never_echoed_in_full(client):
    long_value = "Helsinki" + "x" * 5000
    response = client.get(url("fi", "eligibility", "municipality", municipality=long_value))
    assert response.status_code == 302
    location = response["Location"]
    assert len(location) < 300
    page = client.get(location)
    text = body(page)
    assert page.status_code == 200
    assert page.context["error"] and page.context["error"] in text
    assert "x" * 100 not in text
    submitted = client.get(url("fi", "eligibility", "municipality", municipality=long_value, next="1"))
    assert submitted.status_code == 302 and len(submitted["Location"]) < 300
    page = client.get(submitted["Location"])
    assert page.status_code == 200 and "x" * 100 not in body(page) and page.context["error"] in body(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_radio_submission_shows_the_error_summary_and_marks_the_field(client, language):
    response = client.get(url(language, "eligibility", "jobseeker", {"municipality": "092"}, next="1"))
    assert response.status_code == 200
    text = body(response)
    title = re.search(r"<title>(.*?)</title>", text, re.S).group(1)
    with translation.override(language):
        assert title.startswith(gettext("Virhe:") + " ")
    assert 'class="error-summary"' in text and 'href="#id_jobseeker_0"' in text
    assert 'id="id_jobseeker_0"' in text
    assert '<fieldset aria-describedby="jobseeker-hint jobseeker-error">' in text
    assert 'id="jobseeker-error"' in text
    assert text.count('aria-invalid="true"') == 7


def test_empty_municipality_submission_marks_the_input(client):
    response = client.get(url("fi", "move", "from", next="1"))
    text = body(response)
    assert response.context["error"] == str(FLOW_BY_SLUG["move"].by_key["from"].missing_error)
    assert response.context["error"] in text
    assert 'href="#id_from"' in text
    assert re.search(r'<input type="text" name="from"[^>]*aria-describedby="from-hint from-error"[^>]*aria-invalid="true"', text)


def test_question_without_error_is_not_marked(client):
    response = client.get("/fi/eligibility/jobseeker/?municipality=092")
    text = body(response)
    assert "aria-invalid" not in text and "error-summary" not in text
    question = re.escape(str(FLOW_BY_SLUG["eligibility"].by_key["jobseeker"].text))
    assert re.search(rf"<title>{question} – ", text)
    assert re.search(rf'<legend class="question-legend"><h1 class="question-heading">{question}</h1></legend>', text)


def test_municipality_question_has_the_label_as_heading_and_a_datalist_in_the_page_language(client, directory):
    text = body(client.get("/sv/eligibility/municipality/"))
    assert re.search(r'<h1 class="question-heading"><label class="question-label" for="id_municipality">', text)
    options = re.findall(r'<option value="([^"]*)">', text)
    assert len(options) == len(directory.municipalities)
    assert "Vanda" in options and "Borgå" in options and "Vantaa" not in options


@pytest.mark.parametrize("path", [
    "eligibility/", "eligibility/municipality/", "eligibility/result/?municipality=405", "move/to/?from=091",
])
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_wrong_methods_get_the_405_page(client, path, method):
    response = getattr(client, method)(f"/fi/{path}")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_head_is_answered(client):
    assert client.head("/fi/eligibility/municipality/").status_code == 200


def test_unknown_question_is_a_404(client):
    assert client.get("/fi/eligibility/favourite_colour/").status_code == 404
    assert client.get("/fi/move/municipality/").status_code == 404
