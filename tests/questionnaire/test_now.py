""""Kuka palvelee minua nyt?" (slug now): one question, today's answer, every outcome template,
without the trial period too, and the start page, cards and municipality links from the registry.

Assertions are on outcome ids (the response context), template names and links, never sentences.
"""

import csv
from datetime import date

import pytest

from portal import clock, rules
from portal.decision_table import TABLES_DIR
from portal.directory import bump_data_version
from portal.questionnaire.engine import TODAY as TODAY_POLICY
from portal.questionnaire.registry import get
from portal.questionnaire.results import DATA_ATTRIBUTES

from .conftest import LANGUAGES, body, data_attributes, links, split, url

pytestmark = pytest.mark.django_db
NOW = get("now")
OUTCOMES = "questionnaire/now/outcomes/"


def templates(response):
    return [template.name for template in response.templates]


def test_the_declaration():
    assert NOW.position == 30 and NOW.date_policy == TODAY_POLICY and not NOW.date_policy.needs_trial_period
    assert NOW.assess is rules.assess_now and NOW.rule_questions is rules.NOW_QUESTIONS
    assert [q.key for q in NOW.questions] == ["municipality"] and NOW.municipality_key == "municipality"
    assert set(NOW.outcomes) == {"employment_area", "aland"}
    assert NOW.card_text and NOW.card_button and "%(name)s" in str(NOW.municipality_link)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_start_page_starts_with_the_municipality_and_offers_no_trial(client, language):
    response = client.get(url(language, "now", ""))
    assert response.status_code == 200
    assert "questionnaire/now/start.html" in templates(response)
    assert links(response, "btn btn-primary btn-lg btn-start") == [url(language, "now", "municipality")]
    assert "trial_url" not in response.context and response.context["when"] is None


def test_a_typed_name_leads_to_the_result_at_once(client):
    response = client.get(url("sv", "now", "municipality", municipality="vanda", next="1"))
    assert split(response["Location"]) == ("/sv/now/result/", {"municipality": "092"})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code, outcome, template, kind", [
    ("837", "employment_area", "employment_area/employment_area", "employment_area"),  # Tampere: an area
    ("091", "employment_area", "employment_area/municipality", "municipality"),  # Helsinki: alone
    ("478", "aland", "aland", "aland"),  # Maarianhamina: AMS
])
def test_each_outcome_renders_its_template(client, directory, language, code, outcome, template, kind):
    response = client.get(url(language, "now", "result", {"municipality": code}))
    assert response.status_code == 200
    attributes = data_attributes(response)
    assert attributes["outcome"] == outcome and attributes["merged-into"] == ""
    assert f"{OUTCOMES}{template}.html" in templates(response)
    assert response.context["today"]["kind"] == kind
    place = directory.place(code, clock.today())
    if outcome == "aland":
        assert attributes["te-office"] == rules.AMS_ALAND and attributes["employment-area"] == ""
        assert attributes["legal-basis"] == "1144/1991 §18"
        assert "questionnaire/today/aland.html" in templates(response)
    else:
        assert attributes["employment-area"] == place.employment_area and attributes["te-office"] == ""
        assert attributes["legal-basis"] == "380/2023"
        assert {"questionnaire/today/_job_market.html", "questionnaire/_contacts.html"} <= set(templates(response))
        members = response.context["today"]["area"].municipality_codes
        assert (len(members) == 1) == (kind == "municipality")
    # the summary names the municipality in the page's language, from the directory
    assert [row["answer"] for row in response.context["summary"]] == [
        directory.municipalities[code].name.get(language)]
    assert response.context["trial"] is False and response.context["span"] is None


def test_a_merged_municipality_is_answered_for_the_one_it_joined_and_says_so(client):
    response = client.get(url("fi", "now", "result", {"municipality": "Pertunmaa"}))
    assert split(response["Location"]) == ("/fi/now/result/", {"municipality": "588"})
    response = client.get(response["Location"])
    assert data_attributes(response)["merged-into"] == "588>507"
    assert response.context["today"]["merged_from"].code == "588"
    assert response.context["today"]["municipality"].code == "507"
    assert "questionnaire/today/_merged.html" in templates(response)


def test_without_a_trial_period_in_the_data_it_still_answers(client):
    from portal.models import TrialPeriod

    TrialPeriod.objects.all().delete()
    bump_data_version()
    assert client.get("/fi/eligibility/").status_code == 503
    for path in ["now/", "now/municipality/"]:
        assert client.get(f"/fi/{path}").status_code == 200
    response = client.get(url("fi", "now", "result", {"municipality": "837"}))
    assert response.status_code == 200
    assert data_attributes(response)["outcome"] == "employment_area"
    assert data_attributes(response)["trial-status"] == "ended"


def test_before_the_employment_areas_the_pages_say_from_when_it_answers(client, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2024, 12, 31))
    for path in ["now/", "now/municipality/", "now/result/?municipality=837"]:
        response = client.get(f"/fi/{path}")
        assert response.status_code == 404
        assert response.context["first"] == rules.EMPLOYMENT_AREAS_FROM
    monkeypatch.setattr(clock, "today", lambda: rules.EMPLOYMENT_AREAS_FROM)
    assert client.get("/fi/now/result/?municipality=837").status_code == 200


def test_a_trial_link_is_not_a_question_here(client):
    # `when` and the trial's answers belong to other flows: dropped, today's answer at once
    response = client.get("/fi/now/result/?when=trial&municipality=091&jobseeker=unemployed&period=2022-05-02")
    assert split(response["Location"]) == ("/fi/now/result/", {"municipality": "091"})
    assert client.get("/fi/now/period/").status_code == 404


def test_the_start_page_and_the_navigation_link_it(client):
    text = body(client.get("/en/"))
    assert text.count('href="/en/now/"') == 2  # the navigation and the card


def test_municipality_pages_link_it_prefilled(client):
    assert 'href="/sv/now/?municipality=092"' in body(client.get("/sv/municipalities/092/"))


def test_every_row_of_the_committed_table_is_what_the_page_shows(client, monkeypatch):
    with open(TABLES_DIR / "now.csv", encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    assert {row["outcome"] for row in rows} == set(NOW.outcomes)
    assert {row["date"] for row in rows} == {rules.EMPLOYMENT_AREAS_FROM.isoformat()}
    for row in rows:
        monkeypatch.setattr(clock, "today", lambda: date.fromisoformat(row["date"]))
        response = client.get("/fi/now/result/?" + row["path"].replace(";", "&"))
        assert response.status_code == 200, row["path"]
        expected = {attribute: row.get(column, "") for column, attribute in DATA_ATTRIBUTES.items()}
        assert data_attributes(response) == expected, row["path"]
