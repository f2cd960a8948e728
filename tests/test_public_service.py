"""Issue 11 without a browser: search engines (robots.txt, sitemap, canonical and hreflang),
the operator and feedback settings, print details, the area search's order and the name
suggestions, the 404 page's language links and the lang of Finnish fallback content."""

import os
import re
import secrets
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings

from portal.directory import get_directory
from portal.models import FaqEntry
from portal.sitemaps import PublicPages
from portal.text import match_rank

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_robots_txt_allows_the_site_keeps_out_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert not any(line.startswith("Disallow: /fi") for line in lines)


def test_robots_txt_refuses_post(client):
    assert client.post("/robots.txt").status_code == 405


def test_sitemap_lists_public_pages_in_every_language_with_alternates_and_no_steps(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = [url.find("s:loc", SITEMAP_NS).text for url in root.findall("s:url", SITEMAP_NS)]
    pages_per_language = len(PublicPages.NAMES) + len(get_directory().municipalities)
    assert len(locations) == 3 * pages_per_language
    for language in ("fi", "sv", "en"):
        assert f"http://testserver/{language}/" in locations
        assert f"http://testserver/{language}/eligibility/" in locations
        assert f"http://testserver/{language}/municipalities/092/" in locations
    assert not [loc for loc in locations if "/result/" in loc or "?" in loc or re.search(r"/(eligibility|move)/\w+/", loc)]
    first = root.find("s:url", SITEMAP_NS)
    alternates = {link.get("hreflang"): link.get("href") for link in first.findall("x:link", SITEMAP_NS)}
    assert set(alternates) == {"fi", "sv", "en", "x-default"}
    assert all(href.startswith("http://testserver/") for href in alternates.values())


def test_start_page_has_absolute_hreflang_alternates_x_default_and_canonical(client):
    page = client.get("/sv/").content.decode()
    assert '<link rel="canonical" href="http://testserver/sv/">' in page
    for language in ("fi", "sv", "en"):
        assert f'<link rel="alternate" hreflang="{language}" href="http://testserver/{language}/">' in page
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/fi/">' in page


def test_question_pages_stay_noindex_and_carry_no_canonical_with_answers(client):
    response = client.get("/fi/eligibility/jobseeker/", {"municipality": "091"}, follow=True)
    assert response.status_code == 200 and response.request["QUERY_STRING"]
    page = response.content.decode()
    assert '<meta name="robots" content="noindex">' in page
    assert 'rel="canonical"' not in page


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_404_links_to_the_other_languages_start_pages(client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    others = [code for code in ("fi", "sv", "en") if code != language]
    links = re.findall(r'<ul class="other-languages">(.*?)</ul>', page, re.S)[0]
    assert sorted(re.findall(r'href="/(\w\w)/"', links)) == sorted(others)
    assert f'href="/{language}/no-such-page/"' not in links


@pytest.mark.parametrize("language, label", [("fi", "Palvelun ylläpitäjä:"), ("sv", "Tjänsten upprätthålls av:"),
                                             ("en", "Service run by:")])
def test_footer_names_the_operator(client, language, label):
    page = client.get(f"/{language}/").content.decode()
    assert f"{label} {settings.PORTAL_OPERATOR_NAMES['fi']}" in page


def test_local_settings_mark_the_examples():
    assert "ESIMERKKI" in settings.PORTAL_OPERATOR_NAMES["fi"]
    assert settings.FEEDBACK_EMAIL.endswith("@example.fi")


def _production_settings(**overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PORTAL_"))}
    env.update(PORTAL_ENV="production", DJANGO_SETTINGS_MODULE="config.settings",
               DJANGO_SECRET_KEY=secrets.token_urlsafe(50), **overrides)
    return subprocess.run([sys.executable, "-c", "import django; django.setup()"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("missing, present", [
    ("PORTAL_OPERATOR_NAME", {"PORTAL_FEEDBACK_EMAIL": "palaute@kunta.fi"}),
    ("PORTAL_FEEDBACK_EMAIL", {"PORTAL_OPERATOR_NAME": "Kunta"}),
    ("PORTAL_FEEDBACK_EMAIL", {"PORTAL_OPERATOR_NAME": "Kunta", "PORTAL_FEEDBACK_EMAIL": "palaute@example.fi"}),
])
def test_production_refuses_to_start_without_operator_and_feedback_address(missing, present):
    result = _production_settings(**present)
    assert result.returncode != 0
    assert f"ImproperlyConfigured: {missing} is required in production" in result.stderr


def test_production_starts_with_operator_and_feedback_address():
    result = _production_settings(PORTAL_OPERATOR_NAME="Kunta", PORTAL_FEEDBACK_EMAIL="palaute@kunta.fi")
    assert result.returncode == 0, result.stderr


def test_printed_page_carries_service_name_date_and_address(client):
    page = client.get("/fi/areas/", {"q": "vantaa"}).content.decode()
    header = re.findall(r'<div class="print-only print-header container">(.*?)</div>', page, re.S)[0]
    assert "Kuntakokeiluopas" in header
    assert re.search(r"Tulostettu \d{1,2}\.\d{1,2}\.20\d\d", header)
    assert "http://testserver/fi/areas/?q=vantaa" in header


def test_area_search_lists_prefix_matches_first(client):
    response = client.get("/fi/areas/", {"q": "ker"})
    trial = [m.name.fi for item in response.context["area_list"] for m in item["municipalities"]]
    assert trial[0] == "Kerava"
    assert "Eckerö" in [m.name.fi for m in response.context["non_trial_matches"]]
    page = response.content.decode()
    assert page.index(">Kerava<") < page.index(">Eckerö<")


def test_area_search_for_a_municipality_outside_the_trial_says_so_and_links_to_it(client):
    response = client.get("/en/areas/", {"q": "Kotka"})
    page = response.content.decode()
    assert response.context["area_list"] == []
    assert "Also 1 municipality that was not in the pilot." in page
    assert 'href="/en/municipalities/285/">Kotka</a>' in page
    area = get_directory().employment_area_of(get_directory().municipalities["285"])
    assert f'href="/en/employment-areas/#employment-area-{area.code}"' in page
    assert f">{area.name.get('en')}</a>" in page


def test_english_area_names_come_from_the_data_and_a_finnish_fallback_is_marked(client):
    page = client.get("/en/areas/").content.decode()
    directory = get_directory()
    for area in directory.areas.values():
        if area.name.en:
            assert f'<h2 id="area-{area.area_id}">{area.name.en}</h2>' in page
        else:
            assert f'<h2 id="area-{area.area_id}" lang="fi">{area.name.fi}</h2>' in page


@pytest.mark.parametrize("typed, expected", [("Mänttä", "Mänttä-Vilppula"), ("vilppula", "Mänttä-Vilppula"),
                                              ("Koski", "Koski Tl"), ("Pedersören", "Pedersören kunta")])
def test_suggestions_find_the_first_part_of_a_compound_or_a_name_without_its_suffix(typed, expected):
    assert expected in [m.name.fi for m in get_directory().suggest(typed)]


def test_suggestions_still_find_near_misses():
    assert [m.name.fi for m in get_directory().suggest("Tamprere")][0] == "Tampere"


@pytest.mark.parametrize("query, name, rank", [("ker", "Kerava", 0), ("vilppula", "Mänttä-Vilppula", 1),
                                                ("ker", "Eckerö", 2), ("xyz", "Kerava", None), ("", "Kerava", None)])
def test_match_rank(query, name, rank):
    assert match_rank(query, name) == rank


def test_faq_entry_without_english_falls_back_to_finnish_marked_lang_fi(client):
    FaqEntry.objects.create(question_fi="Testikysymys ilman käännöstä?", question_sv="Testfråga?",
                            answer_fi="Vastaus vain suomeksi.", answer_sv="Svar på svenska.", order=1)
    english = client.get("/en/faq/").content.decode()
    assert re.search(r'<h2 id="faq-\d+" lang="fi">Testikysymys ilman käännöstä\?</h2>', english)
    assert '<div lang="fi"><p>Vastaus vain suomeksi.</p></div>' in english
    swedish = client.get("/sv/faq/").content.decode()
    assert re.search(r'<h2 id="faq-\d+">Testfråga\?</h2>', swedish)


def test_page_for_a_disallowed_host_is_a_400_with_relative_links(client):
    # The 400 page renders the layout for a request whose Host is refused: the absolute-address
    # tags must fall back to relative ones instead of raising again.
    response = client.get("/fi/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    page = response.content.decode()
    assert "evil.example" not in page
    assert 'hreflang="sv" href="/sv/' in page
