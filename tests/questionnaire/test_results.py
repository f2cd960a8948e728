"""Result pages: every outcome template in every language, what they show, and how they are served.

Assertions are on outcome ids (the response context), template names and structure, not on
sentences: translators and editors change those.
"""

import re
from datetime import date
from html import unescape

import pytest

from portal import clock
from portal.directory import bump_data_version
from tests.browser.questionnaire_pages import ERROR_PAGES, QUESTION_PAGES, RESULTS

from .conftest import LANGUAGES, body, data_attributes, split

pytestmark = pytest.mark.django_db

OUTCOME_TEMPLATES = "questionnaire/{flow}/outcomes/{name}.html"


def result_url(name, language):
    return f"/{language}/{RESULTS[name][0]}"


def visible_text(response):
    main = re.search(r"<main.*?</main>", body(response), re.S).group(0)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", main)))


def templates(response):
    return [template.name for template in response.templates]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(RESULTS))
def test_every_outcome_template_renders_in_every_language(client, name, language):
    path, outcome, template = RESULTS[name]
    response = client.get(result_url(name, language))
    assert response.status_code == 200, response.get("Location")
    assert data_attributes(response)["outcome"] == outcome
    assert OUTCOME_TEMPLATES.format(flow=path.split("/")[0], name=template) in templates(response)
    text = body(response)
    headings = re.findall(r"<h1>(.*?)</h1>", text, re.S)
    assert len(headings) == 1 and headings[0].strip()
    # the answer comes first: nothing but the back link, the caption and (about the trial) the
    # one-line "Now:" box before the heading
    main = re.search(r"<main.*?</main>", text, re.S).group(0)
    main = re.sub(r'<div class="result-find-out result-now">.*?</div>', "", main, flags=re.S)
    assert main.index("<h1>") < main.index("<p", main.index('class="questionnaire-caption"') + 1)
    assert "{{" not in text and "{%" not in text
    assert not re.search(r"\bNone\b(?! of)", visible_text(response))  # a missing value, not "None of ..."
    assert f'<html lang="{language}">' in text
    assert 'class="answers-summary"' in text


@pytest.mark.parametrize("name, path", QUESTION_PAGES + ERROR_PAGES)
def test_every_registered_question_page_is_reachable(client, name, path):
    response = client.get(f"/fi/{path}")
    assert response.status_code == 200, response.get("Location")


def test_every_outcome_and_reason_the_rules_give_has_its_template():
    """Every (outcome, variant) in RESULTS exists, and the registry's outcomes are all covered."""
    from django.template.loader import select_template

    from portal.questionnaire.registry import QUESTIONNAIRES

    for flow in QUESTIONNAIRES:
        covered = {outcome for path, outcome, _ in RESULTS.values() if path.startswith(f"{flow.slug}/")}
        assert covered == set(flow.outcomes), flow.slug
    for path, _, template in RESULTS.values():
        select_template([OUTCOME_TEMPLATES.format(flow=path.split("/")[0], name=template)])


def test_the_browser_registry_has_every_page_of_every_questionnaire():
    from portal.questionnaire.engine import PERIOD_KEY
    from portal.questionnaire.registry import QUESTIONNAIRES

    registered = {path.split("?")[0] for _, path in QUESTION_PAGES}
    for flow in QUESTIONNAIRES:
        keys = [q.key for q in flow.questions] + ([PERIOD_KEY] if flow.date_policy.trial_on_request else [])
        assert {f"{flow.slug}/"} | {f"{flow.slug}/{key}/" for key in keys} <= registered, flow.slug


@pytest.mark.parametrize("name", [n for n, (p, _, _) in RESULTS.items() if "when=trial" in p])
def test_trial_results_show_the_trial_dates_first_then_today_then_the_legal_basis(client, name, directory):
    response = client.get(result_url(name, "fi"))
    text = body(response)
    caption = re.search(r'<p class="questionnaire-caption">(.*?)</p>', text, re.S).group(1)
    span = response.context["span"]
    assert span is not None and f"{span[0].day}.{span[0].month}.{span[0].year}" in caption
    assert text.index('class="questionnaire-caption"') < text.index("<h1>") < text.index('class="result-today"')
    assert response.context["today"]["template"] in templates(response)
    basis = response.context["legal_basis"]
    assert basis and all(act["url"].startswith("https://www.finlex.fi/fi/") for act in basis)
    assert re.search(r'<a href="https://www\.finlex\.fi/fi/[^"]+" hreflang="fi">', text)
    swedish = client.get(result_url(name, "sv"))
    assert re.search(r'<a href="https://www\.finlex\.fi/sv/[^"]+" hreflang="sv">', body(swedish))


def test_the_legal_basis_comes_from_the_result(client):
    response = client.get(result_url("eligibility-result-change-security", "fi"))
    acts = {act["act"]: act for act in response.context["legal_basis"]}
    assert {"chapter": None, "section": "5", "amended_by": "671/2022", "amendments": ["671/2022"]} in (
        acts["1269/2020"]["provisions"])
    assert "671/2022" in visible_text(response)


def test_without_legal_source_data_the_citation_is_shown_without_a_link(client):
    from portal.models import LegalSource

    LegalSource.objects.all().delete()
    bump_data_version()
    response = client.get(result_url("eligibility-result-no-group", "fi"))
    assert response.status_code == 200
    assert [act["url"] for act in response.context["legal_basis"]] == [""]
    assert "finlex" not in body(response) and "1269/2020" in visible_text(response)


@pytest.mark.parametrize("name", [n for n, (p, _, _) in RESULTS.items() if "when=trial" not in p])
@pytest.mark.parametrize("language", LANGUAGES)
def test_today_results_name_no_closed_body_as_current(client, directory, name, language):
    text = visible_text(client.get(result_url(name, language)))
    offices = [o.name.get(language) for o in directory.te_offices.values() if o.is_te_office]
    assert offices and not [office for office in offices if office in text]
    for closed in ("Oma asiointi", "Egen ärende", "My E-services", "TE-palvelu", "TE-tjänst", "TE Services"):
        assert closed not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_today_results_link_job_market_finland_in_the_visitors_language(client, language):
    response = client.get(result_url("eligibility-result-today-employment-area", language))
    expected = {"fi": "https://tyomarkkinatori.fi", "sv": "https://tyomarkkinatori.fi/sv",
                "en": "https://tyomarkkinatori.fi/en"}[language]
    assert f'href="{expected}"' in body(response)
    aland = client.get(result_url("eligibility-result-today-aland", language))
    assert "tyomarkkinatori.fi" not in body(aland) and aland.context["result"].te_office == "ams_aland"


def test_today_result_names_the_employment_area_and_offers_the_trial_questions(client, directory):
    response = client.get(result_url("eligibility-result-today-employment-area", "fi"))
    area = directory.employment_areas[data_attributes(response)["employment-area"]]
    assert area.name.get("fi") in visible_text(response)
    trial = response.context["trial_url"]
    assert split(trial) == ("/fi/eligibility/jobseeker/", {"when": "trial", "municipality": "245"})
    assert f'href="{trial.replace("&", "&amp;")}"' in body(response)


def test_a_merged_municipality_is_answered_for_the_one_it_joined_and_says_so(client, directory):
    response = client.get(result_url("eligibility-result-today-merged", "fi"))
    assert data_attributes(response)["merged-into"] == "588>507"
    today = response.context["today"]
    assert today["municipality"].code == "507" and today["merged_from"].code == "588"
    text = visible_text(response)
    assert "Pertunmaa" in text and "Mäntyharju" in text


def test_a_move_from_a_merged_municipality_says_so(client):
    response = client.get(result_url("move-result-today-merged", "fi"))
    assert data_attributes(response)["merged-into"] == "588>507"
    assert response.context["today_before"]["merged_from"].code == "588"
    assert "Pertunmaa" in visible_text(response) and "Mäntyharju" in visible_text(response)
    assert visible_text(response).count("Pertunmaa") >= 2  # the summary and the merger note


def test_contacts_show_only_when_staff_have_filled_them(client):
    from portal.models import EmploymentArea

    response = client.get(result_url("eligibility-result-today-employment-area", "fi"))
    assert 'class="contact-list"' not in body(response)
    code = data_attributes(response)["employment-area"]
    EmploymentArea.objects.filter(code=code).update(web_url="https://example.fi/tyo", phone="03 123 4567")
    bump_data_version()
    text = body(client.get(result_url("eligibility-result-today-employment-area", "fi")))
    assert 'href="https://example.fi/tyo"' in text and 'href="tel:031234567"' in text


@pytest.mark.parametrize("name, reasons", [
    ("eligibility-result-client-swedish-choice", ["swedish_language"]),
    ("eligibility-result-client-short-unemployment", ["short_unemployment"]),
    ("move-result-new-area-swedish-choice", ["swedish_language"]),
])
def test_choices_to_stay_with_the_te_office_have_their_own_text(client, name, reasons):
    response = client.get(result_url(name, "fi"))
    assert list(response.context["result"].may_stay_with_te_office) == reasons
    flow = RESULTS[name][0].split("/")[0]
    for reason in reasons:
        assert f"questionnaire/{flow}/may_stay/{reason}.html" in templates(response)
    assert response.context["outcome"].te_office.name.get("fi") in visible_text(response)


@pytest.mark.parametrize("name, move_back", [
    ("eligibility-result-client-under-30", True), ("eligibility-result-no-group", False),
])
def test_moving_back_on_request_is_explained_only_where_it_applied(client, name, move_back):
    response = client.get(result_url(name, "fi"))
    assert ("questionnaire/_move_back.html" in templates(response)) is move_back
    assert response.context["result"].move_back_on_request is move_back


def test_before_june_2021_a_client_could_not_ask_to_be_moved_back(client):
    path = RESULTS["eligibility-result-client-under-30"][0].replace("period=2021-06-01", "period=2021-03-01")
    response = client.get(f"/fi/{path}")
    assert response.status_code == 200 and response.context["result"].move_back_on_request is False
    assert "questionnaire/_move_back.html" not in templates(response)


@pytest.mark.parametrize("name, branches, find_out", [
    ("eligibility-result-depends-earnings-related", 2, ["earnings_related"]),
    ("eligibility-result-depends-already-client", 2, ["already_client"]),
    ("eligibility-result-depends-both", 3, ["earnings_related", "already_client"]),
    ("move-result-depends", 2, ["client_now"]),
])
def test_depends_results_start_with_what_to_find_out_then_if_then(client, name, branches, find_out):
    response = client.get(result_url(name, "fi"))
    text = body(response)
    flow = RESULTS[name][0].split("/")[0]
    assert response.context["find_out_templates"] == [f"questionnaire/{flow}/find_out/{k}.html" for k in find_out]
    assert text.count('<li class="branch">') == branches == len(response.context["outcome"].branches)
    first_branch = text.index('<li class="branch">')
    assert text.index("<h1>") < text.index("<h2>") < first_branch  # find out first, then the list


def test_move_into_a_trial_municipality_links_to_the_trial_check_for_it(client):
    response = client.get(result_url("move-result-check-eligibility", "fi"))
    assert split(response.context["eligibility_url"]) == (
        "/fi/eligibility/jobseeker/", {"when": "trial", "municipality": "837"})
    assert 'class="btn btn-primary" href="/fi/eligibility/jobseeker/?when=trial&amp;municipality=837"' in body(response)


@pytest.mark.parametrize("name", ["move-result-today-new-employment-area", "move-result-today-into-aland"])
def test_moves_today_say_what_to_do_and_link_the_trial_period(client, name):
    response = client.get(result_url(name, "fi"))
    aland = response.context["result"].outcome == "aland"
    steps = "questionnaire/move/_what_to_do_aland.html" if aland else "questionnaire/move/_what_to_do.html"
    assert steps in templates(response)
    assert 'href="https://dvv.fi"' in body(response)
    assert split(response.context["trial_url"])[1]["when"] == "trial"
    has_jmf = "tyomarkkinatori.fi" in body(response)
    assert has_jmf is (response.context["result"].outcome != "aland")


def test_moves_today_name_the_areas_before_and_after(client, directory):
    response = client.get(result_url("move-result-today-new-employment-area", "fi"))
    text = visible_text(response)
    assert response.context["today_before"]["serves"].get("fi") in text
    assert response.context["today"]["serves"].get("fi") in text


def test_the_period_comes_from_the_data(client):
    from portal.models import TrialPeriod

    TrialPeriod.objects.update(end=date(2024, 6, 30))
    bump_data_version()
    response = client.get(result_url("eligibility-result-no-group", "fi"))
    assert response.context["span"] == (date(2021, 3, 1), date(2024, 6, 30))
    assert "1.3.2021–30.6.2024" in visible_text(response)


def test_without_a_trial_period_the_flows_that_need_it_say_so(client):
    from portal.models import TrialPeriod

    TrialPeriod.objects.all().delete()
    bump_data_version()
    response = client.get(result_url("move-result-new-area", "fi"))
    assert response.status_code == 503
    assert "questionnaire/unavailable.html" in templates(response)


def test_the_data_attributes_are_only_rendered_in_test_settings(client, settings):
    settings.PORTAL_RESULT_ORACLE = False
    assert "data-outcome" not in body(client.get(result_url("eligibility-result-no-group", "fi")))
    settings.PORTAL_RESULT_ORACLE = True
    assert 'data-outcome="not_client"' in body(client.get(result_url("eligibility-result-no-group", "sv")))


# --- how the pages are served ------------------------------------------------------------------

def test_question_and_result_pages_are_noindex_start_pages_are_not(client):
    for path in ["eligibility/municipality/", "move/to/?from=091", RESULTS["move-result-depends"][0],
                 "eligibility/jobseeker/?when=trial&municipality=091&next=1"]:
        response = client.get(f"/fi/{path}")
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert '<meta name="robots" content="noindex">' in body(response)
    redirect = client.get("/fi/eligibility/result/")
    assert redirect.status_code == 302 and redirect["X-Robots-Tag"] == "noindex, nofollow"
    for path in ["eligibility/", "move/"]:
        response = client.get(f"/fi/{path}")
        assert "X-Robots-Tag" not in response and 'name="robots"' not in body(response)


@pytest.mark.parametrize("path", [
    "eligibility/", "eligibility/municipality/", "move/to/?from=091&to=Tamprere&next=1",
    RESULTS["eligibility-result-depends-both"][0], RESULTS["move-result-check-eligibility"][0],
    RESULTS["eligibility-result-today-merged"][0],
])
def test_no_sql_once_warm(client, django_assert_num_queries, path):
    assert client.get(f"/fi/{path}").status_code == 200
    with django_assert_num_queries(0):
        assert client.get(f"/sv/{path}").status_code == 200


@pytest.mark.parametrize("path", [
    QUESTION_PAGES[5][1], RESULTS["eligibility-result-depends-both"][0], RESULTS["move-result-depends"][0],
])
def test_language_links_keep_the_answers(client, path):
    response = client.get(f"/fi/{path}")
    links = {link["code"]: link["url"] for link in response.context["language_links"]}
    for language in ("sv", "en"):
        assert split(links[language]) == split(f"/{language}/{path}")
        switched = client.get(links[language])
        assert switched.status_code == 200
        if "result" in path:
            assert data_attributes(switched) == data_attributes(response)


def test_no_cookie_is_set(client):
    for path in ["eligibility/municipality/?municipality=091&next=1", RESULTS["move-result-depends"][0]]:
        response = client.get(f"/fi/{path}")
        assert not response.cookies


def test_clock_inside_the_trial_answers_for_that_day(client, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2022, 6, 1))
    response = client.get("/fi/eligibility/result/?municipality=405")
    assert response.status_code == 200
    assert data_attributes(response)["outcome"] == "not_client"
    assert response.context["when"] is None and response.context["trial"]
