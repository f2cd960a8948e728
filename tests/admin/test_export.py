"""CSV export of areas and municipalities: UTF-8, Finnish and Swedish columns, filters respected."""

import csv
import io

import pytest
from django.urls import reverse

from portal.models import Municipality, TrialArea
from portal.resources import MUNICIPALITY_COLUMNS

pytestmark = pytest.mark.django_db


def export_rows(client, model_name, params=None):
    response = client.get(reverse(f"admin:portal_{model_name}_export"), params or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith("\ufeff".encode())  # Excel reads UTF-8 with the mark
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_municipality_export_has_the_import_columns_and_every_row(admin_client):
    rows = export_rows(admin_client, "municipality")
    assert tuple(rows[0]) == MUNICIPALITY_COLUMNS
    assert len(rows) == Municipality.objects.count() == 309
    by_code = {row["code"]: row for row in rows}
    assert by_code["091"]["name_sv"] == "Helsingfors"
    assert by_code["091"]["area_id"] == "helsinki"
    assert by_code["020"]["area_id"] == "pirkanmaa"
    assert by_code["599"]["name_sv"] == "Pedersöre"
    assert by_code["235"]["area_id"] == ""


def test_municipality_export_follows_the_list_filter(admin_client):
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    rows = export_rows(admin_client, "municipality", {"area__id__exact": area.pk})
    assert [(row["code"], row["name_sv"]) for row in rows] == [("092", "Vanda"), ("245", "Kervo")]


def test_area_export_has_finnish_and_swedish_names_and_members(admin_client):
    rows = export_rows(admin_client, "trialarea")
    assert len(rows) == 25
    assert {"area_id", "name_fi", "name_sv", "municipality_codes", "phone", "email", "web_url"} <= set(rows[0])
    vantaa_kerava = next(row for row in rows if row["area_id"] == "vantaa_kerava")
    assert (vantaa_kerava["name_fi"], vantaa_kerava["name_sv"]) == ("Vantaa–Kerava", "Vanda–Kervo")
    assert vantaa_kerava["municipality_codes"] == "092;245"
    assert sum(len(row["municipality_codes"].split(";")) for row in rows) == 118


def test_export_needs_view_permission(content_editor_client):
    response = content_editor_client.get(reverse("admin:portal_municipality_export"))
    assert response.status_code == 403


def test_export_needs_a_staff_login(client, db):
    response = client.get(reverse("admin:portal_municipality_export"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("params", [{"area__id__exact": "abc"}, {"nonsense": "1"}])
def test_a_bad_filter_in_the_export_url_is_a_400(admin_client, params):
    response = admin_client.get(reverse("admin:portal_municipality_export"), params)
    assert response.status_code == 400


def test_an_unknown_sort_column_in_the_export_url_is_ignored(admin_client):
    rows = export_rows(admin_client, "municipality", {"o": "99"})
    assert len(rows) == 309
