"""The informational pages say today's situation first (issue 8): municipality pages, the page of the
45 employment areas, the start page. Trial facts are in the past tense; nothing current names a
TE office or Oma asiointi."""

import datetime
import html
import re

import pytest

from portal import clock
from portal.models import EmploymentArea, Municipality

from .closed_bodies import CLOSED, current_mentions

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")
JOB_MARKET = 'href="https://tyomarkkinatori.fi/"'


def main(response) -> str:
    body = response.content.decode()
    return body[body.index("<main") : body.index("</main>")]


def text(fragment: str) -> str:
    """Visible text, one line per block element, entities decoded."""
    fragment = re.sub(r"</(p|li|h[1-6]|dt|dd|section)>", "\n", fragment)
    return html.unescape(re.sub(r"[ \t]+", " ", re.sub(r"<[^>]+>", " ", fragment)))


def section(response, heading_id: str) -> str:
    """The <section> labelled by the heading `heading_id`."""
    page = main(response)
    start = page.index(f'aria-labelledby="{heading_id}"')
    return page[start : page.index("</section>", start)]


# --- municipality pages -------------------------------------------------------------------------


def test_mainland_municipality_starts_with_its_employment_area_then_the_trial(client):
    response = client.get("/fi/municipalities/245/")  # Kerava: area 11 Kerava-Sipoo; trial Vantaa–Kerava
    page = main(response)
    now = section(response, "services-now")
    assert page.index('id="services-now"') < page.index('id="trial-period"') < page.index('id="facts"')
    assert response.context["employment_area"].code == "11" and "Kerava-Sipoo" in text(now)
    assert 'href="/fi/employment-areas/#employment-area-11"' in now
    assert 'href="/fi/municipalities/753/"' in now  # Sipoo, the other member
    assert JOB_MARKET in now
    assert not CLOSED["fi"].search(text(now))
    trial = text(section(response, "trial-period"))
    assert "Kuntakokeilun aikana 2021–2024" in trial
    assert response.context["area"].area_id == "vantaa_kerava"
    assert "Vantaa–Kerava" in trial and "Uudenmaan TE-toimisto" in trial
    assert "palveli 1.3.2021–31.12.2024" in trial
    assert response.context["arranges_alone"] is False


@pytest.mark.parametrize("language, alone, name", [
    ("fi", "yksin", "Helsinki"), ("sv", "ensam", "Helsingfors"), ("en", "alone", "Helsinki"),
])
def test_a_city_arranging_the_services_alone_says_so(client, language, alone, name):
    response = client.get(f"/{language}/municipalities/091/")
    assert response.context["arranges_alone"] is True
    now = text(section(response, "services-now"))
    assert alone in now and name in now
    assert f'href="/{language}/employment-areas/#employment-area-08"' in main(response)
    assert not CLOSED[language].search(now)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_aland_municipality_is_served_by_ams_and_has_no_employment_area(client, language):
    response = client.get(f"/{language}/municipalities/478/")  # Mariehamn
    now = section(response, "services-now")
    assert response.context["employment_area"] is None and response.context["aland"] is True
    assert "AMS" in text(now)
    assert "employment-areas/#" not in now and JOB_MARKET not in now
    assert not CLOSED[language].search(text(now))
    # The trial period: no trial on Åland, AMS (not a TE office) served.
    assert "AMS" in text(section(response, "trial-period"))


def test_aland_contacts_show_only_when_staff_filled_them(client):
    from portal.models import TeOffice

    assert "tel:" not in section(client.get("/fi/municipalities/478/"), "services-now")
    TeOffice.objects.filter(office_id="ams_aland").update(phone="+358 18 123 456")
    from portal.directory import bump_data_version

    bump_data_version()
    assert 'href="tel:+35818123456"' in section(client.get("/fi/municipalities/478/"), "services-now")


@pytest.mark.parametrize("language, merged", [
    ("fi", "Pertunmaa lakkasi kuntana 1.1.2025, kun se liitettiin toiseen kuntaan."),
    ("sv", "Pertunmaa slogs samman med Mäntyharju 1.1.2025."),
    ("en", "Pertunmaa was merged into Mäntyharju on 1.1.2025."),
])
def test_pertunmaa_says_it_merged_into_mantyharju_and_who_serves_now(client, language, merged):
    response = client.get(f"/{language}/municipalities/588/")
    now = section(response, "services-now")
    assert merged in text(now)
    assert f'href="/{language}/municipalities/507/"' in now
    assert f'href="/{language}/employment-areas/#employment-area-23"' in now  # Mikkelin seutu
    assert response.context["employment_area"].code == "23"
    # The trial period is Pertunmaa's own: it was in the Mikkeli trial area.
    assert response.context["area"].area_id == "mikkeli"


def test_pertunmaa_before_the_merger_is_answered_as_it_was(client, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: datetime.date(2024, 6, 1))
    response = client.get("/fi/municipalities/588/")
    assert response.context["merged_into"] is None
    assert "1.1.2025, kun se liitettiin" not in text(section(response, "services-now"))
    assert response.context["employment_area"] is None  # Pertunmaa itself has none
    assert 'href="/fi/employment-areas/"' in section(response, "services-now")  # never an empty section


def test_employment_area_contacts_show_only_when_staff_filled_them(client, django_capture_on_commit_callbacks):
    response = client.get("/fi/municipalities/245/")
    now = section(response, "services-now")
    assert "Työllisyysalueen yhteystiedot" not in now
    assert "ei ole vielä lisätty" not in main(response)  # no empty "not added yet" block
    with django_capture_on_commit_callbacks(execute=True):
        area = EmploymentArea.objects.get(code="11")
        area.phone = "+358 9 2949 2000"
        area.save()  # the signal gives the data a new version on commit
    now = section(client.get("/fi/municipalities/245/"), "services-now")
    assert "Työllisyysalueen yhteystiedot" in now and 'href="tel:+358929492000"' in now


def test_no_municipality_page_names_a_closed_body_as_current(client):
    """All 309 pages in Finnish, a sample in Swedish and English: the 'now' section names no TE
    office at all, and the whole page names one only in the past tense."""
    codes = list(Municipality.objects.values_list("code", flat=True))
    assert len(codes) == 309
    pages = [("fi", code) for code in codes] + [(language, code) for language in ("sv", "en") for code in codes[::20]]
    for language, code in pages:
        response = client.get(f"/{language}/municipalities/{code}/")
        assert response.status_code == 200
        assert not CLOSED[language].search(text(section(response, "services-now"))), (language, code)
        assert current_mentions(text(main(response)), language) == [], (language, code)


# --- the employment areas page ------------------------------------------------------------------


def area_names(response) -> list[str]:
    return [html.unescape(name) for name in re.findall(r'<h2 id="employment-area-\d\d">([^<]+)</h2>', main(response))]


def test_the_employment_areas_page_lists_45_areas_and_their_292_municipalities(client):
    response = client.get("/fi/employment-areas/")
    assert response.status_code == 200
    items = response.context["area_list"]
    assert len(items) == len(area_names(response)) == 45
    assert sum(len(item["municipalities"]) for item in items) == 292
    assert len({m.code for item in items for m in item["municipalities"]}) == 292
    alone = sorted(item["area"].name.fi for item in items if item["alone"])
    assert alone == ["Helsinki", "Kouvola", "Lahti", "Vantaa"]
    page = main(response)
    assert 'href="/fi/areas/"' in page and JOB_MARKET in page
    assert not CLOSED["fi"].search(text(page))


@pytest.mark.parametrize("language, before, after", [
    ("fi", "Porvoon seutu", "Päijät-Häme"),  # Ä after Z
    ("fi", "Ylivieska-Kalajoki-Nivala", "Ylä-Savo"),
    ("fi", "Lohja-Karkkila", "Läntinen Pirkanmaa"),
    ("sv", "Västra Birkaland", "Åbo"),  # Å, Ä, Ö after Z, in that order
    ("sv", "Åbo", "Österbotten"),
    ("sv", "Österbotten", "Övre Savolax"),
    ("en", "Päijät-Häme", "Porvoo region"),  # English ignores the accents
    ("en", "North Karelia", "Ostrobothnia"),
])
def test_employment_areas_sort_as_the_language_sorts(client, language, before, after):
    names = area_names(client.get(f"/{language}/employment-areas/"))
    assert names.index(before) < names.index(after)


def test_english_pages_show_the_english_names(client):
    names = area_names(client.get("/en/employment-areas/"))
    assert "South Karelia" in names and "Central Uusimaa" in names and "Etelä-Karjala" not in names
    sv_names = area_names(client.get("/sv/employment-areas/"))
    assert "Södra Karelen" in sv_names and "Åbo" in sv_names


@pytest.mark.parametrize("query, areas, members", [
    ("vanda", ["Vantaa"], ["Vantaa"]),
    ("AHTARI", ["Kymppi"], ["Ähtäri"]),
    ("borga", ["Porvoon seutu"], ["Porvoo"]),
    ("south karelia", ["Etelä-Karjala"], None),  # an area by its English name: all its members
    ("kerava", ["Kerava-Sipoo"], ["Kerava"]),
])
def test_the_search_ignores_case_and_accents_and_knows_every_name(client, query, areas, members):
    response = client.get("/fi/employment-areas/", {"q": query})
    items = response.context["area_list"]
    assert [item["area"].name.fi for item in items] == areas
    if members:
        assert [m.name.fi for m in items[0]["municipalities"]] == members
    else:
        assert len(items[0]["municipalities"]) == 9
    assert 'role="status"' in main(response)


def test_searching_a_merged_municipality_finds_the_area_it_joined(client):
    response = client.get("/sv/employment-areas/", {"q": "pertunmaa"})
    assert [item["area"].code for item in response.context["area_list"]] == ["23"]
    assert "Pertunmaa slogs samman med Mäntyharju 1.1.2025." in text(main(response))


def test_searching_an_aland_municipality_says_ams_serves(client):
    response = client.get("/en/employment-areas/", {"q": "Maarianhamina"})
    assert response.context["area_list"] == []
    assert [m.code for m in response.context["aland_matches"]] == ["478"]
    assert "served by AMS" in text(main(response))


def test_an_overlong_search_is_a_400_with_a_message(client):
    response = client.get("/fi/employment-areas/", {"q": "a" * 101})
    assert response.status_code == 400
    assert "liian pitkä" in main(response)


def test_the_pages_link_both_ways_and_are_in_the_navigation_and_sitemap(client):
    for language in LANGUAGES:
        assert f'href="/{language}/employment-areas/"' in client.get(f"/{language}/areas/").content.decode()
        nav = client.get(f"/{language}/faq/").content.decode()
        start = nav.index('class="main-nav"')
        nav = nav[start : nav.index("</nav>", start)]
        assert f'href="/{language}/employment-areas/"' in nav
    assert "/fi/employment-areas/" in client.get("/sitemap.xml").content.decode()


# --- start page ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language, changed, automatic", [
    ("fi", "Tämä muuttui 1.1.2025:", "Sinun ei tarvitse tehdä mitään"),
    ("sv", "Det här ändrades 1.1.2025:", "Du behöver inte göra något"),
    ("en", "This is what changed on 1.1.2025:", "You do not need to do anything"),
])
def test_the_start_page_says_what_changed_on_1_1_2025(client, language, changed, automatic):
    response = client.get(f"/{language}/")
    now = section(response, "after-trial")
    assert changed in text(now) and automatic in text(now)
    assert JOB_MARKET in now and f'href="/{language}/employment-areas/"' in now
    assert current_mentions(text(main(response)), language) == []


def test_english_municipality_pages_use_english_names(client):
    """Issue 11: English names of the employment area, region and TE office (now in the data)."""
    response = client.get("/en/municipalities/405/")  # Lappeenranta
    page = text(main(response))
    assert response.context["employment_area"].name.en == "South Karelia" and "South Karelia" in page
    assert "Southeast Finland TE Office" in page
    assert "Etelä-Karjala" not in page and "Kaakkois-Suomen" not in page
