import csv

import pytest

from portal.shipped_data import DATA_DIR

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")


def shipped_counts():
    rows = list(csv.DictReader(open(DATA_DIR / "trial_areas.csv", encoding="utf-8")))
    municipalities = {r["code"]: r for r in csv.DictReader(open(DATA_DIR / "municipalities.csv", encoding="utf-8"))}
    trial_codes = {r["municipality_code"] for r in rows}
    bilingual = {
        c for c in trial_codes if municipalities[c]["language_status_2023_2032"] in ("fi_sv", "sv_fi")
    }
    return len({r["area_id"] for r in rows}), len(trial_codes), len(bilingual)


def test_root_redirects_to_finnish(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_start_page_numbers_equal_the_shipped_data(client, language):
    areas, municipalities, bilingual = shipped_counts()
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert response.context["area_count"] == areas == 25
    assert response.context["trial_municipality_count"] == municipalities == 118
    assert response.context["bilingual_trial_count"] == bilingual == 8
    assert f'<html lang="{language}">' in response.content.decode()


def test_areas_page_lists_every_area_and_trial_municipality(client):
    response = client.get("/fi/areas/")
    area_list = response.context["area_list"]
    assert len(area_list) == 25
    assert sum(len(item["municipalities"]) for item in area_list) == 118


@pytest.mark.parametrize(
    "query, expected",
    [("vanda", "Vantaa"), ("AHTARI", None), ("ylojarvi", "Ylöjärvi"), ("Borgå", "Porvoo"), ("borga", "Porvoo")],
)
def test_area_search_ignores_case_and_accents(client, query, expected):
    response = client.get("/fi/areas/", {"q": query})
    names = [m.name.fi for item in response.context["area_list"] for m in item["municipalities"]]
    if expected:
        assert names == [expected]
    else:
        assert names == []
        assert [m.name.fi for m in response.context["non_trial_matches"]] == ["Ähtäri"]


def test_areas_sort_as_finnish_and_swedish_sort(client):
    response = client.get("/sv/areas/")
    names = [item["area"].name.sv for item in response.context["area_list"]]
    assert names.index("Åboregionen") > names.index("Vanda–Kervo")
    response = client.get("/en/areas/")
    names = [item["area"].name.get("en") for item in response.context["area_list"]]
    # English ignores accents: Jämsä sorts with the Js before Jyväskylä.
    assert names.index("Jämsä–Keuruu–Saarijärvi") < names.index("Jyväskylä region")


def test_municipality_page_shows_area_language_and_office(client):
    response = client.get("/sv/municipalities/638/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Borgå" in body and "Nylands arbets- och näringsbyrå" in body


def test_non_trial_municipality_page(client):
    response = client.get("/fi/municipalities/405/")
    assert response.context["area"] is None
    assert "Kaakkois-Suomen TE-toimisto" in response.content.decode()


@pytest.mark.parametrize("code", ["999", "abc", "0911", "x" * 500, "%00"])
def test_unknown_municipality_is_a_clear_404(client, code):
    response = client.get(f"/fi/municipalities/{code}/")
    assert response.status_code == 404
    assert "Sivua ei löytynyt" in response.content.decode()


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_wrong_method_is_a_clear_405(client, method):
    response = getattr(client, method)("/fi/areas/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_overlong_search_is_a_400_with_a_message(client):
    response = client.get("/fi/areas/", {"q": "a" * 5000})
    assert response.status_code == 400
    assert "liian pitkä" in response.content.decode()


def test_language_links_keep_the_query_string(client):
    response = client.get("/fi/areas/", {"q": "tampere"})
    urls = {link["code"]: link["url"] for link in response.context["language_links"]}
    assert urls["sv"] == "/sv/areas/?q=tampere"
    assert urls["en"] == "/en/areas/?q=tampere"


def test_favicon_ico_points_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")


def test_server_error_page_survives_a_broken_layout(rf, monkeypatch):
    from django.utils import translation

    from portal.views import errors

    def broken_render(*args, **kwargs):
        raise ValueError("Missing staticfiles manifest entry")

    monkeypatch.setattr(errors, "render", broken_render)
    with translation.override("sv"):
        response = errors.server_error(rf.get("/sv/"))
    body = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="sv">' in body and "Det finns en störning i tjänsten" in body
