"""The open-data endpoints under /api/v1/: shape, headers, errors and zero SQL once warm."""

import csv
import gzip
import io
import json
from datetime import date

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from portal import clock
from portal.api import data
from portal.directory import get_directory
from portal.middleware.security import PERMISSIONS_POLICY, PUBLIC_CSP
from portal.models import Municipality
from portal.questionnaire.registry import QUESTIONNAIRES
from tests.production.test_hostile_requests import METHODS, QUERY

pytestmark = pytest.mark.django_db

DATASETS = ("/api/v1/municipalities", "/api/v1/trial-areas", "/api/v1/te-offices", "/api/v1/employment-areas")
LOOKUP = "/api/v1/lookup"
EVERY_ENDPOINT = ("/api/v1/", *DATASETS, f"{LOOKUP}?municipality=091&date=2023-05-01")


def get_json(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response["Content-Type"] == "application/json", (url, response.status_code)
    return response, json.loads(response.content)


def get_csv(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


def lookup(client, municipality, day=None, **extra):
    params = {"municipality": municipality, **({"date": day} if day else {}), **extra}
    return client.get(LOOKUP, params)


# --- shape ---------------------------------------------------------------------------------------

def test_index_names_every_endpoint_and_the_licence(client):
    response, body = get_json(client, "/api/v1/")
    assert response.status_code == 200
    assert body["licence"] == "CC BY 4.0"
    assert set(body["endpoints"]) == {"municipalities", "trial_areas", "te_offices", "employment_areas", "lookup"}
    for url in body["endpoints"].values():
        if "{" not in url:
            assert client.get(url).status_code == 200, url


def test_index_lists_every_questionnaire_with_its_titles_and_links(client):
    _, body = get_json(client, "/api/v1/")
    listed = {entry["slug"]: entry for entry in body["questionnaires"]}
    assert list(listed) == [flow.slug for flow in QUESTIONNAIRES]
    for flow in QUESTIONNAIRES:
        entry = listed[flow.slug]
        assert set(entry["title"]) == {"fi", "sv", "en"} and all(entry["title"].values())
        assert entry["title"]["fi"] != entry["title"]["sv"]
        assert entry["answers"] == [question.key for question in flow.questions]
        assert set(entry["municipality_answers"]) <= set(entry["answers"]) and entry["municipality_answers"]
        for language in ("fi", "sv", "en"):
            start = entry["start"].format(language=language)
            assert client.get(start).status_code == 200, start
            prefilled = client.get(start, {key: "091" for key in entry["municipality_answers"]})
            assert prefilled.status_code == 200 and "091" in prefilled.context["start_url"], start


def test_municipalities_every_one_with_names_language_status_and_places(client):
    response, body = get_json(client, "/api/v1/municipalities")
    assert response.status_code == 200
    by_code = {m["code"]: m for m in body["municipalities"]}
    assert len(by_code) == 309
    helsinki = by_code["091"]
    assert helsinki["name"] == {"fi": "Helsinki", "sv": "Helsingfors", "en": None}
    assert helsinki["region"]["sv"] == "Nyland"
    assert [(s["decree_period"], s["valid_from"], s["valid_until"], s["status"])
            for s in helsinki["language_status"]] == [
        ("2013-2022", "2013-01-01", "2022-12-31", "fi_sv"), ("2023-2032", "2023-01-01", "2032-12-31", "fi_sv")]
    assert (helsinki["trial_area"], helsinki["te_office"], helsinki["employment_area"], helsinki["aland"]) == (
        "helsinki", "uusimaa", "08", False)
    assert (helsinki["valid_from"], helsinki["valid_until"], helsinki["merged_into"]) == (None, None, None)
    pertunmaa = by_code["588"]
    assert (pertunmaa["valid_until"], pertunmaa["merged_into"], pertunmaa["trial_area"]) == (
        "2024-12-31", "507", "mikkeli")
    mariehamn = by_code["478"]
    assert (mariehamn["aland"], mariehamn["te_office"], mariehamn["employment_area"], mariehamn["trial_area"]) == (
        True, "ams_aland", None, None)
    assert sum(m["aland"] for m in by_code.values()) == 16


def test_municipalities_csv_has_one_row_each_with_the_documented_columns(client):
    rows = get_csv(client, "/api/v1/municipalities?format=csv")
    assert tuple(rows[0]) == data.MUNICIPALITY_COLUMNS
    assert len(rows) == 1 + 309
    records = {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}
    assert records["588"]["valid_until"] == "2024-12-31" and records["588"]["merged_into"] == "507"
    assert records["478"]["aland"] == "true" and records["478"]["employment_area"] == ""
    assert records["092"]["name_sv"] == "Vanda" and records["092"]["trial_area"] == "vantaa_kerava"


def test_trial_areas_with_members_and_the_trial_period(client):
    response, body = get_json(client, "/api/v1/trial-areas")
    assert body["trial_period"] == {"start": "2021-03-01", "end": "2024-12-31"}
    areas = {a["id"]: a for a in body["trial_areas"]}
    assert len(areas) == 25
    assert sum(len(a["municipalities"]) for a in areas.values()) == 118
    assert [m["code"] for m in areas["vantaa_kerava"]["municipalities"]] == ["092", "245"]
    assert areas["vantaa_kerava"]["name"]["sv"] == "Vanda–Kervo"
    rows = get_csv(client, "/api/v1/trial-areas?format=csv")
    assert len(rows) == 1 + 118
    assert rows[0][:6] == ["id", "name_fi", "name_sv", "name_en", "trial_start", "trial_end"]
    assert all(row[4:6] == ["2021-03-01", "2024-12-31"] for row in rows[1:])


def test_te_offices_each_municipality_once_and_the_date_they_closed(client):
    _, body = get_json(client, "/api/v1/te-offices")
    offices = {o["id"]: o for o in body["te_offices"]}
    assert len(offices) == 16
    assert offices["ams_aland"]["is_te_office"] is False and offices["ams_aland"]["valid_until"] is None
    assert {o["valid_until"] for o in offices.values() if o["is_te_office"]} == {"2024-12-31"}
    codes = [m["code"] for o in offices.values() for m in o["municipalities"]]
    assert len(codes) == len(set(codes)) == 309
    assert len(get_csv(client, "/api/v1/te-offices?format=csv")) == 1 + 309


def test_employment_areas_with_members_since_2025(client):
    _, body = get_json(client, "/api/v1/employment-areas")
    assert body["valid_from"] == "2025-01-01"
    areas = {a["code"]: a for a in body["employment_areas"]}
    assert len(areas) == 45
    members = [m["code"] for a in areas.values() for m in a["municipalities"]]
    # 309 of 2021, less Pertunmaa (merged into Mäntyharju) and the 16 on Åland (AMS serves them).
    assert len(members) == len(set(members)) == 309 - 1 - 16
    assert "588" not in members and "478" not in members
    assert [m["code"] for m in areas["01"]["municipalities"]] == ["049", "235"]
    assert areas["01"]["name"] == {"fi": "Espoo-Kauniainen", "sv": "Esbo-Grankulla", "en": "Espoo-Kauniainen"}
    assert areas["08"]["municipalities"] == [{"code": "091", "name": {"fi": "Helsinki", "sv": "Helsingfors",
                                                                      "en": None}}]
    rows = get_csv(client, "/api/v1/employment-areas?format=csv")
    assert rows[0][:5] == ["code", "name_fi", "name_sv", "name_en", "valid_from"]
    assert len(rows) == 1 + len(members)


# --- lookup --------------------------------------------------------------------------------------

def places(body):
    return (
        body["answered_for"]["code"],
        body["trial_status"],
        body["trial_area"] and body["trial_area"]["id"],
        body["te_office"] and body["te_office"]["id"],
        body["employment_area"] and body["employment_area"]["code"],
    )


@pytest.mark.parametrize("municipality, day, expected", [
    # Pertunmaa: Mikkeli trial area 2021–2024, merged into Mäntyharju (area 23) on 1.1.2025.
    ("Pertunmaa", "2021-02-28", ("588", "upcoming", None, "etela_savo", None)),
    ("588", "2021-03-01", ("588", "ongoing", "mikkeli", "etela_savo", None)),
    ("pertunmaa", "2024-12-31", ("588", "ongoing", "mikkeli", "etela_savo", None)),
    ("Pertunmaa", "2025-01-01", ("507", "ended", None, None, "23")),
    ("Pertunmaa", "2026-06-01", ("507", "ended", None, None, "23")),
    # Åland: never in a trial, AMS before and after 2025, no employment area.
    ("Mariehamn", "2022-05-02", ("478", "ongoing", None, "ams_aland", None)),
    ("maarianhamina", "2025-06-01", ("478", "ended", None, "ams_aland", None)),
    # Lookups by Swedish name, code, any case and accents.
    ("helsingfors", "2023-01-01", ("091", "ongoing", "helsinki", "uusimaa", None)),
    ("TAMMERFORS", "2025-01-01", ("837", "ended", None, None, "39")),
    ("Jamsa", "2022-01-01", ("182", "ongoing", "jamsa", "keski_suomi", None)),
    ("405", "2022-01-01", ("405", "ongoing", None, "kaakkois_suomi", None)),
])
def test_lookup_before_during_and_after_the_trial(client, municipality, day, expected):
    response = lookup(client, municipality, day)
    assert response.status_code == 200, response.content
    body = json.loads(response.content)
    assert body["date"] == day
    assert places(body) == expected


def test_lookup_names_the_merger_and_the_municipality_asked_for(client):
    body = json.loads(lookup(client, "Pertunmaa", "2025-02-01").content)
    assert body["municipality"] == {"code": "588", "name": {"fi": "Pertunmaa", "sv": "Pertunmaa", "en": None}}
    assert body["answered_for"]["name"]["fi"] == "Mäntyharju"
    assert body["merged_on"] == "2025-01-01"
    assert body["employment_area"]["name"]["fi"] == get_directory().employment_areas["23"].name.fi
    before = json.loads(lookup(client, "Pertunmaa", "2024-12-31").content)
    assert before["merged_on"] is None and before["trial_area"]["name"]["sv"] == "S:t Michelsregionen"


def test_lookup_without_a_date_answers_for_today(client, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2023, 5, 1))
    body = json.loads(lookup(client, "091").content)
    assert body["date"] == "2023-05-01" and places(body)[2] == "helsinki"
    monkeypatch.setattr(clock, "today", lambda: date(2025, 5, 1))
    body = json.loads(lookup(client, "091").content)
    assert body["date"] == "2025-05-01" and places(body)[2:] == (None, None, "08")


def test_lookup_as_csv_is_one_row(client):
    response = lookup(client, "Pertunmaa", "2025-01-01", format="csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert tuple(rows[0]) == data.LOOKUP_COLUMNS
    record = dict(zip(rows[0], rows[1]))
    assert (record["municipality_code"], record["answered_for_code"], record["merged_on"],
            record["employment_area"], record["trial_area"]) == ("588", "507", "2025-01-01", "23", "")


def test_lookup_of_the_language_status_follows_the_decree_of_the_date(client):
    body = json.loads(lookup(client, "Närpes", "2022-12-31").content)
    assert body["language_status"] == "sv_fi"


# --- headers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", EVERY_ENDPOINT)
def test_cache_cors_and_security_headers(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"].startswith('W/"')
    assert response["Last-Modified"].endswith(" GMT")
    assert response["Cache-Control"].startswith("public, max-age=")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert response["Content-Security-Policy"] == PUBLIC_CSP
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"


@pytest.mark.parametrize("url", EVERY_ENDPOINT)
def test_conditional_get_answers_304(client, url):
    first = client.get(url)
    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"]
    assert again["Access-Control-Allow-Origin"] == "*"
    assert client.get(url, headers={"If-Modified-Since": first["Last-Modified"]}).status_code == 304
    assert client.get(url, headers={"If-None-Match": 'W/"something-else"'}).status_code == 200


def test_a_staff_edit_changes_the_etag_and_the_data(client, django_capture_on_commit_callbacks):
    first = client.get("/api/v1/municipalities")
    municipality = Municipality.objects.get(code="092")
    municipality.name_sv = "Vanda stad"
    with django_capture_on_commit_callbacks(execute=True):
        municipality.save()  # portal/signals.py sets a new data version once committed
    again = client.get("/api/v1/municipalities", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    by_code = {m["code"]: m for m in json.loads(again.content)["municipalities"]}
    assert by_code["092"]["name"]["sv"] == "Vanda stad"


def test_the_default_date_is_part_of_the_etag(client, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2024, 12, 31))
    first = lookup(client, "091")
    monkeypatch.setattr(clock, "today", lambda: date(2025, 1, 1))
    again = client.get(LOOKUP, {"municipality": "091"}, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200 and again["ETag"] != first["ETag"]


def test_csv_and_json_differ_in_etag(client):
    assert client.get(DATASETS[0])["ETag"] != client.get(DATASETS[0] + "?format=csv")["ETag"]


def test_compressed_when_the_client_accepts_it(client):
    plain = client.get("/api/v1/municipalities")
    compressed = client.get("/api/v1/municipalities", headers={"Accept-Encoding": "gzip"})
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 4


def test_cors_preflight(client):
    response = client.options("/api/v1/lookup", headers={
        "Origin": "https://www.example.fi", "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match"})
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]
    assert int(response["Access-Control-Max-Age"]) > 0


def test_head_has_the_headers_and_no_body(client):
    response = client.head("/api/v1/te-offices")
    assert response.status_code == 200 and response.content == b""
    assert response["ETag"] == client.get("/api/v1/te-offices")["ETag"]


# --- errors --------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, status, code, parameter", [
    (f"{LOOKUP}?municipality=Tamprere", 404, "unknown_municipality", "municipality"),
    (f"{LOOKUP}?municipality=999", 404, "unknown_municipality", "municipality"),
    (f"{LOOKUP}?date=2023-01-01", 400, "missing_parameter", "municipality"),
    (f"{LOOKUP}?municipality=", 400, "missing_parameter", "municipality"),
    (f"{LOOKUP}?municipality=091&date=2023-13-01", 400, "bad_date", "date"),
    (f"{LOOKUP}?municipality=091&date=2023-02-29", 400, "bad_date", "date"),
    (f"{LOOKUP}?municipality=091&date=1.3.2023", 400, "bad_date", "date"),
    (f"{LOOKUP}?municipality=091&date=20230301", 400, "bad_date", "date"),
    (f"{LOOKUP}?municipality=091&date=%EF%BC%92023-03-01", 400, "bad_date", "date"),
    (f"{LOOKUP}?municipality=091&date=2020-12-31", 400, "date_out_of_range", "date"),
    (f"{LOOKUP}?municipality=091&format=xml", 400, "unknown_format", "format"),
    ("/api/v1/municipalities?format=JSON", 400, "unknown_format", "format"),
    ("/api/v1/?format=csv", 400, "unknown_format", "format"),
    (f"{LOOKUP}?municipality={'a' * 101}", 400, "too_long", "municipality"),
    (f"{LOOKUP}?municipality=091&date={'1' * 101}", 400, "too_long", "date"),
    (f"{LOOKUP}?municipality=091&kunta=091", 400, "unknown_parameter", "kunta"),
    ("/api/v1/trial-areas?page=2", 400, "unknown_parameter", "page"),
    (f"{LOOKUP}?municipality=091&municipality=092", 400, "repeated_parameter", "municipality"),
    (f"{LOOKUP}?municipality=091" + "&" * 1500, 400, "too_many_parameters", None),
    ("/api/v1/areas", 404, "not_found", None),
    ("/api/v1/municipalities/091", 404, "not_found", None),
])
def test_bad_parameters_get_a_json_error(client, url, status, code, parameter):
    response, body = get_json(client, url)
    assert response.status_code == status
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["parameter"] == parameter
    assert body["error"]["message"]
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" not in response


def test_an_unknown_municipality_gets_suggestions(client):
    _, body = get_json(client, f"{LOOKUP}?municipality=Tamprere")
    assert [s["code"] for s in body["error"]["suggestions"]] == ["837"]


def test_a_bad_request_never_gets_a_304(client):
    etag = client.get(f"{LOOKUP}?municipality=091&date=2023-01-01")["ETag"]
    response = client.get(f"{LOOKUP}?municipality=091&date=2023-01-01&format=xml", headers={"If-None-Match": "*"})
    assert response.status_code == 400
    response = client.get(f"{LOOKUP}?municipality=Tamprere&date=2023-01-01", headers={"If-None-Match": etag})
    assert response.status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/api/v1/municipalities", LOOKUP])
def test_other_methods_get_405_with_json(client, method, url):
    response = getattr(client, method)(url, data="{}", content_type="application/json")
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert json.loads(response.content)["error"]["code"] == "method_not_allowed"
    assert response["Access-Control-Allow-Origin"] == "*"


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(municipality=st.text(max_size=120), day=st.text(max_size=14), fmt=st.sampled_from(["", "json", "csv", "x"]))
def test_no_input_gets_a_5xx(client, municipality, day, fmt):
    response = client.get(LOOKUP, {"municipality": municipality, "date": day, "format": fmt})
    assert response.status_code in (200, 400, 404)
    if response.status_code != 200:
        assert json.loads(response.content)["error"]["status"] == response.status_code


# --- no SQL once warm ----------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    *EVERY_ENDPOINT,
    *(f"{url}?format=csv" for url in DATASETS),
    f"{LOOKUP}?municipality=Pertunmaa&date=2025-01-01&format=csv",
    f"{LOOKUP}?municipality=Mariehamn",
    f"{LOOKUP}?municipality=nowhere",
])
def test_no_sql_once_warm(client, django_assert_num_queries, url):
    client.get(url)
    with django_assert_num_queries(0):
        response = client.get(url)
    assert response.status_code in (200, 404)


def test_the_warm_bodies_are_rendered_once_per_data_version(client):
    client.get("/api/v1/municipalities")
    cache.clear()  # a new data version: the snapshot and the rendered bodies are rebuilt
    response = client.get("/api/v1/municipalities")
    assert response.status_code == 200
    assert len(json.loads(response.content)["municipalities"]) == 309


@hypothesis_settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(url=st.sampled_from(EVERY_ENDPOINT + ("/api/v1/nothing",)), method=METHODS, query=QUERY)
def test_hostile_requests_get_no_5xx_and_json_errors(client, url, method, query):
    response = client.generic(method, url.split("?")[0], QUERY_STRING=query)
    assert response.status_code < 500
    assert response["Access-Control-Allow-Origin"] == "*"
    if response.status_code >= 400 and method != "HEAD":  # HEAD: the same headers, no body
        assert json.loads(response.content)["error"]["status"] == response.status_code


def test_without_a_trial_period_in_the_data_the_lookup_still_answers(client, django_capture_on_commit_callbacks):
    from portal.models import TrialPeriod

    with django_capture_on_commit_callbacks(execute=True):
        TrialPeriod.objects.all().delete()
    body = json.loads(lookup(client, "091", "2023-01-01").content)
    assert body["trial_period"] == {"start": None, "end": None}
    assert body["trial_status"] is None and body["trial_area"] is None
    assert body["te_office"]["id"] == "uusimaa"
    assert client.get("/api/v1/trial-areas").status_code == 200
