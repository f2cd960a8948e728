"""Result pages: every outcome in every language, what they explain, and how they are served."""

import re
from datetime import date
from html import unescape

import pytest
from django.utils import translation
from django.utils.translation import gettext

from portal import clock
from tests.browser.questionnaire_pages import QUESTION_PAGES, RESULTS

from .conftest import LANGUAGES, body, data_attributes, split

pytestmark = pytest.mark.django_db


def result_url(name, language):
    return f"/{language}/{RESULTS[name][0]}"


def translated(language, text):
    with translation.override(language):
        return gettext(text)


def visible_text(response):
    main = re.search(r"<main.*?</main>", body(response), re.S).group(0)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", main)))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(RESULTS))
def test_every_outcome_renders_in_every_language(client, name, language):
    response = client.get(result_url(name, language))
    assert response.status_code == 200
    assert data_attributes(response)["outcome"] == RESULTS[name][1]
    text = body(response)
    headings = re.findall(r"<h1>(.*?)</h1>", text, re.S)
    assert len(headings) == 1 and headings[0].strip()
    assert re.search(r"<title>%s – " % re.escape(headings[0].strip()), text)
    assert "{{" not in text and "{%" not in text and "None" not in visible_text(response)
    assert f'<html lang="{language}">' in text
    assert translated(language, "Vastauksesi") in text
    assert translated(language, "Aloita alusta") in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", [n for n in RESULTS if n.startswith("eligibility-result-client")])
def test_client_results_name_the_area_its_contacts_and_the_right_to_move_back(client, directory, name, language):
    response = client.get(result_url(name, language))
    area = directory.areas[data_attributes(response)["area"]]
    text = visible_text(response)
    assert area.name.get(language) in text
    assert translated(language, "Alueen yhteystietoja ei ole vielä lisätty. Katso kotikuntasi verkkosivuilta "
                                "kohta työllisyyspalvelut.") in text
    assert translated(language, "Voit pyytää siirtoa takaisin") in text


def test_area_contacts_show_when_staff_have_filled_them(client, directory):
    from portal.models import TrialArea

    TrialArea.objects.filter(area_id="vantaa_kerava").update(
        web_url="https://example.fi/tyollisyys", phone="09 123 4567", email="tyo@example.fi")
    from portal.directory import bump_data_version

    bump_data_version()
    text = body(client.get(result_url("eligibility-result-client-under-30", "fi")))
    assert 'href="https://example.fi/tyollisyys"' in text
    assert 'href="tel:091234567"' in text and 'href="mailto:tyo@example.fi"' in text
    assert "Alueen yhteystietoja ei ole vielä lisätty" not in text


def test_swedish_choice_names_the_te_office(client):
    response = client.get(result_url("eligibility-result-client-swedish-choice", "fi"))
    assert data_attributes(response)["may-stay"] == "swedish_language"
    text = visible_text(response)
    assert "Palvelu ruotsiksi" in text and "Pirkanmaan TE-toimisto" in text


@pytest.mark.parametrize("name, office, reason_text", [
    ("eligibility-result-not-in-trial-area", "Kaakkois-Suomen TE-toimisto", "ei kuulunut kuntakokeiluun"),
    ("eligibility-result-employed", "Uudenmaan TE-toimisto", "Työssä olevat työnhakijat"),
    ("eligibility-result-short-unemployment", "Uudenmaan TE-toimisto", "Lyhyt työttömyys"),
    ("eligibility-result-no-group", "Uudenmaan TE-toimisto", "Mikään kuntakokeilun asiakasryhmistä"),
])
def test_not_client_results_say_why_and_name_the_te_office(client, name, office, reason_text):
    text = visible_text(client.get(result_url(name, "fi")))
    assert office in text and reason_text in text
    assert "Oma asiointi" in text
    assert "Voit pyytää siirtoa takaisin" not in text


def test_aland_is_served_by_ams_without_te_services_e_service(client):
    text = visible_text(client.get(result_url("eligibility-result-aland", "sv")))
    assert "Ålands arbetsmarknads- och studieservicemyndighet" in text or "AMS" in text
    assert translated("sv", "Voit asioida TE-palvelujen Oma asiointi -verkkopalvelussa. Siellä myös "
                            "ilmoittaudut työnhakijaksi.") not in text


def test_register_first_points_to_the_e_service(client):
    text = visible_text(client.get(result_url("eligibility-result-register-first", "fi")))
    assert "Ilmoittaudu ensin työnhakijaksi" in text and "Oma asiointi" in text and "Helsinki" in text


@pytest.mark.parametrize("name, branches, finding_out", [
    ("eligibility-result-depends-earnings-related", 2, ["työttömyyskassan jäsen"]),
    ("eligibility-result-depends-already-client", 2, ["Tarkista saamasi kirjeet"]),
    ("eligibility-result-depends-both", 3, ["työttömyyskassan jäsen", "Tarkista saamasi kirjeet"]),
    ("move-result-depends", 2, ["Tarkista saamasi kirjeet"]),
])
def test_depends_results_show_every_branch_and_how_to_find_out(client, name, branches, finding_out):
    response = client.get(result_url(name, "fi"))
    text = body(response)
    shown = re.findall(r'<li class="branch" data-outcome="([a-z_]+)"><strong>Jos ', text)
    expected = [part.split(":")[1].split("/")[0].split("+")[0]
                for part in data_attributes(response)["branches"].split(";")]
    assert shown == expected and len(shown) == branches
    for sentence in finding_out:
        assert sentence in visible_text(response)
    if name == "eligibility-result-depends-both":
        assert "Koska haluat palvelua ruotsiksi, voit valita TE-toimiston: Pirkanmaan TE-toimisto." in visible_text(response)


def test_move_into_a_trial_municipality_links_to_the_eligibility_check_for_it(client):
    response = client.get(result_url("move-result-check-eligibility", "fi"))
    links = [unescape(h) for h in re.findall(r'<a class="btn btn-primary" href="([^"]+)"', body(response))]
    assert [split(link) for link in links] == [("/fi/eligibility/jobseeker/", {"municipality": "837"})]
    assert "Tampere" in visible_text(response)
    depends = client.get("/fi/move/result/?from=092&to=091&client_now=unsure")
    assert "/fi/eligibility/jobseeker/?municipality=091" in body(depends)


@pytest.mark.parametrize("name", [n for n in RESULTS if n.startswith("move-result")])
def test_move_results_explain_when_the_change_takes_effect(client, name):
    text = visible_text(client.get(result_url(name, "fi")))
    assert "Muutto saman kunnan sisällä ei muuta mitään" in text
    if "same-municipality" not in name:
        assert "viimeistään viikon kuluttua muuttopäivästä" in text


def test_move_results_say_who_serves_after_the_move(client):
    assert "Pysyt kokeilun asiakkaana, mutta vastuu palveluistasi siirtyy uudelle kotikunnallesi." in visible_text(
        client.get(result_url("move-result-same-area", "fi")))
    text = visible_text(client.get(result_url("move-result-new-area-swedish-choice", "fi")))
    assert "Lahti" in text and "Hämeen TE-toimisto" in text and "Palvelu ruotsiksi" in text
    assert "Kaakkois-Suomen TE-toimisto" in visible_text(client.get(result_url("move-result-out-of-trials", "fi")))


@pytest.mark.parametrize("today, notice", [
    (date(2020, 6, 1), "Kuntakokeilu alkaa 1.3.2021."),
    (date(2026, 11, 25), "Kuntakokeilu päättyi 31.12.2024."),
    (date(2023, 1, 1), None),
])
def test_results_outside_the_trial_period_say_they_describe_its_rules(client, monkeypatch, today, notice):
    monkeypatch.setattr(clock, "today", lambda: today)
    text = visible_text(client.get(result_url("eligibility-result-client-under-30", "fi")))
    if notice:
        assert notice in text and "1.3.2021–31.12.2024" in text
    else:
        assert "result-notice" not in body(client.get(result_url("eligibility-result-client-under-30", "fi")))


def test_the_period_comes_from_the_data(client):
    from portal.directory import bump_data_version
    from portal.models import TrialPeriod

    TrialPeriod.objects.update(end=date(2025, 6, 30))
    bump_data_version()
    text = visible_text(client.get(result_url("move-result-new-area", "fi")))
    assert "Kuntakokeilu päättyi 30.6.2025." in text and "1.3.2021–30.6.2025" in text


def test_without_a_trial_period_the_questionnaire_says_so(client):
    from portal.directory import bump_data_version
    from portal.models import TrialPeriod

    TrialPeriod.objects.all().delete()
    bump_data_version()
    response = client.get(result_url("move-result-new-area", "fi"))
    assert response.status_code == 503
    assert "Kysely ei ole käytettävissä" in body(response)


# --- how the pages are served ------------------------------------------------------------------

def test_question_and_result_pages_are_noindex_start_pages_are_not(client):
    for path in ["eligibility/municipality/", "move/to/?from=091", RESULTS["move-result-depends"][0],
                 "eligibility/jobseeker/?municipality=091&next=1"]:
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
])
def test_no_sql_once_warm(client, django_assert_num_queries, path):
    assert client.get(f"/fi/{path}").status_code == 200
    with django_assert_num_queries(0):
        assert client.get(f"/sv/{path}").status_code == 200


@pytest.mark.parametrize("path", [
    QUESTION_PAGES[3][1], RESULTS["eligibility-result-depends-both"][0], RESULTS["move-result-depends"][0],
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
