"""The admin for employment areas, municipal mergers and cited acts: who may edit them, validation
as form errors (never a 500), CSV export, history, and the municipality page's employment area."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from reversion.models import Version

from portal.models import EmploymentArea, LegalSource, Municipality, MunicipalityChange

from .conftest import AREA_DATA_EDITORS, form_data

pytestmark = pytest.mark.django_db


def url(model, view="changelist", *args):
    return reverse(f"admin:portal_{model}_{view}", args=args)


def change_url(obj):
    return url(obj._meta.model_name, "change", obj.pk)


def post_change(client, obj, **changes):
    data = form_data(client.get(change_url(obj)))
    data.update(changes)
    return client.post(change_url(obj), data)


def errors_of(response):
    assert response.status_code == 200, "the form should come back with errors"
    return response.context["adminform"].form.errors


def export_rows(client, model, params=None):
    response = client.get(url(model, "export"), params or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


# Roles


def test_area_data_editors_may_edit_the_new_models():
    codenames = set(Group.objects.get(name=AREA_DATA_EDITORS).permissions.values_list("codename", flat=True))
    for model in ("employmentarea", "municipalitychange", "legalsource"):
        assert {f"{action}_{model}" for action in ("add", "change", "delete", "view")} <= codenames


@pytest.mark.parametrize("model", ["employmentarea", "municipalitychange", "legalsource"])
def test_area_editor_opens_their_lists_and_pages(area_editor_client, model):
    assert area_editor_client.get(url(model)).status_code == 200
    obj = {"employmentarea": EmploymentArea, "municipalitychange": MunicipalityChange, "legalsource": LegalSource}[
        model
    ].objects.first()
    assert area_editor_client.get(change_url(obj)).status_code == 200


@pytest.mark.parametrize("model", ["employmentarea", "municipalitychange", "legalsource"])
def test_content_editor_cannot_open_them(content_editor_client, model):
    assert content_editor_client.get(url(model)).status_code == 403


NEW_MODELS = {"employmentarea": EmploymentArea, "municipalitychange": MunicipalityChange, "legalsource": LegalSource}


@pytest.mark.parametrize("model", NEW_MODELS)
def test_pages_render_with_history_recover_and_export_links(admin_client, model):
    page = admin_client.get(url(model)).content.decode()
    assert url(model, "recoverlist") in page and url(model, "export") in page
    assert admin_client.get(url(model, "add")).status_code == 200
    obj = NEW_MODELS[model].objects.first()
    page = admin_client.get(change_url(obj)).content.decode()
    assert url(model, "history", obj.pk) in page
    assert admin_client.get(url(model, "history", obj.pk)).status_code == 200


@pytest.mark.parametrize("model, field", [("employmentarea", "name_sv"), ("legalsource", "title_sv")])
def test_translated_fields_get_tabs(admin_client, model, field):
    page = admin_client.get(change_url(NEW_MODELS[model].objects.first())).content.decode()
    assert "modeltranslation/js/tabbed_translation_fields.js" in page
    assert f'name="{field}"' in page and f'name="{field.replace("_sv", "_en")}"' in page


# Employment areas


def test_area_page_lists_its_member_municipalities(admin_client):
    page = admin_client.get(change_url(EmploymentArea.objects.get(code="01"))).content.decode()
    assert "Espoo" in page and "Kauniainen" in page


def test_list_counts_members_and_search_finds_an_area_by_a_member(admin_client):
    response = admin_client.get(url("employmentarea"), {"q": "Kotka"})
    areas = list(response.context["cl"].result_list)
    assert [a.code for a in areas] == ["04"]
    assert areas[0].municipality_total == 5


def test_contacts_missing_filter_and_warning(admin_client):
    EmploymentArea.objects.filter(code="08").update(web_url="https://www.hel.fi/fi/tyollisyyspalvelut")
    response = admin_client.get(url("employmentarea"), {"contacts": "missing"})
    assert len(response.context["cl"].result_list) == 44
    response = admin_client.get(url("employmentarea"), {"contacts": "present"})
    assert [a.code for a in response.context["cl"].result_list] == ["08"]
    warning = [str(m) for m in admin_client.get(url("employmentarea")).context["messages"]]
    assert any("44" in m for m in warning)


def test_staff_fill_in_contacts_and_the_change_is_in_the_history(admin_client):
    area = EmploymentArea.objects.get(code="43")
    response = post_change(admin_client, area, phone="+358 9 839 11", email="tyollisyys@vantaa.fi")
    assert response.status_code == 302
    area.refresh_from_db()
    assert area.phone == "+358 9 839 11"
    assert Version.objects.get_for_object(area).count() == 1


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"code": "8"}, "code"),
        ({"code": "00"}, "code"),
        ({"code": "4a"}, "code"),
        ({"code": "01"}, "code"),  # Espoo-Kauniainen's: duplicate
        ({"name_fi": ""}, "name_fi"),
        ({"name_sv": ""}, "name_sv"),
        ({"phone": "soita meille"}, "phone"),
        ({"email": "not-an-address"}, "email"),
        ({"web_url": "javascript:alert(1)"}, "web_url"),
    ],
)
def test_bad_employment_area_input_is_a_form_error(admin_client, changes, field):
    area = EmploymentArea.objects.get(code="08")
    assert field in errors_of(post_change(admin_client, area, **changes))
    area.refresh_from_db()
    assert (area.code, area.name_fi) == ("08", "Helsinki")


def test_an_area_with_municipalities_is_not_deleted(admin_client):
    area = EmploymentArea.objects.get(code="08")
    response = admin_client.post(url("employmentarea", "delete", area.pk), {"post": "yes"})
    assert response.status_code == 200  # Django's "cannot delete: protected" page
    assert EmploymentArea.objects.filter(code="08").exists()


def test_employment_area_export(admin_client):
    rows = export_rows(admin_client, "employmentarea")
    assert len(rows) == 45
    by_code = {row["code"]: row for row in rows}
    assert by_code["01"]["municipality_codes"] == "049;235"
    assert (by_code["24"]["name_sv"], by_code["24"]["name_en"]) == ("Uleåborgregionen", "Oulu region")
    assert list(rows[0])[:5] == ["code", "name_fi", "name_sv", "name_en", "municipality_codes"]


# Municipalities


def test_municipality_page_sets_the_employment_area(admin_client):
    kotka = Municipality.objects.get(code="285")
    errors = errors_of(post_change(admin_client, kotka, aland="on"))  # Åland, yet an employment area
    assert list(errors) == ["employment_area"]
    other = EmploymentArea.objects.get(code="16")
    assert post_change(admin_client, kotka, employment_area=str(other.pk)).status_code == 302
    kotka.refresh_from_db()
    assert kotka.employment_area.code == "16"


def test_municipality_list_filters_by_employment_area_and_aland(admin_client):
    area = EmploymentArea.objects.get(code="01")
    response = admin_client.get(url("municipality"), {"employment_area__id__exact": area.pk})
    assert [m.code for m in response.context["cl"].result_list] == ["049", "235"]
    response = admin_client.get(url("municipality"), {"aland__exact": "1"})
    assert response.context["cl"].result_count == 16


def test_reverting_a_version_from_before_the_employment_areas_keeps_the_area(admin_client):
    kotka = Municipality.objects.get(code="285")
    assert post_change(admin_client, kotka, name_en="Kotka city").status_code == 302
    version = Version.objects.get_for_object(kotka).first()
    # As if recorded before migration 0003: no employment area or Åland flag in the version.
    data = json.loads(version.serialized_data)
    del data[0]["fields"]["employment_area"], data[0]["fields"]["aland"]
    version.serialized_data = json.dumps(data)
    version.save()
    Municipality.objects.filter(pk=kotka.pk).update(name_en="")
    response = admin_client.post(url("municipality", "revision", kotka.pk, version.pk), form_data(
        admin_client.get(url("municipality", "revision", kotka.pk, version.pk))
    ))
    assert response.status_code == 302
    kotka.refresh_from_db()
    assert kotka.name_en == "Kotka city"  # the version's value came back
    assert kotka.employment_area.code == "04"  # the field it did not record stayed


# Municipal changes


def change_data(old, new, valid_from="2025-01-01"):
    return {
        "old_municipality": str(Municipality.objects.get(code=old).pk),
        "new_municipality": str(Municipality.objects.get(code=new).pk),
        "valid_from": valid_from,
    }


def add_change(client, **data):
    return client.post(url("municipalitychange", "add"), data)


@pytest.mark.parametrize(
    "old, new, field",
    [
        ("091", "091", "new_municipality"),  # into itself
        ("588", "091", "old_municipality"),  # Pertunmaa already merged: one change per municipality
        ("091", "588", "new_municipality"),  # into a municipality that merged away: a chain
        ("507", "091", "old_municipality"),  # Mäntyharju has Pertunmaa merged into it: a chain
    ],
)
def test_bad_municipality_change_is_a_form_error(admin_client, old, new, field):
    response = add_change(admin_client, **change_data(old, new))
    assert field in errors_of(response)
    assert MunicipalityChange.objects.count() == 1


def test_municipality_change_needs_a_valid_date(admin_client):
    assert "valid_from" in errors_of(add_change(admin_client, **change_data("091", "049", "2025-02-30")))


def test_a_municipality_change_is_added_and_exported(admin_client):
    assert add_change(admin_client, **change_data("235", "049", "2027-01-01")).status_code == 302
    rows = export_rows(admin_client, "municipalitychange")
    assert rows == [
        {"old_code": "588", "old_name_fi": "Pertunmaa", "old_name_sv": "Pertunmaa", "new_code": "507",
         "new_name_fi": "Mäntyharju", "new_name_sv": "Mäntyharju", "valid_from": "2025-01-01"},
        {"old_code": "235", "old_name_fi": "Kauniainen", "old_name_sv": "Grankulla", "new_code": "049",
         "new_name_fi": "Espoo", "new_name_sv": "Esbo", "valid_from": "2027-01-01"},
    ]


# Legal sources


def test_staff_correct_a_finlex_address(admin_client):
    act = LegalSource.objects.get(act_id="1269/2020")
    new = "https://www.finlex.fi/fi/lainsaadanto/2020/1269"
    assert post_change(admin_client, act, url_fi=new).status_code == 302
    act.refresh_from_db()
    assert act.url_fi == new


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"act_id": "1269-2020"}, "act_id"),
        ({"act_id": "421/2021"}, "act_id"),  # duplicate
        ({"url_fi": "finlex"}, "url_fi"),
        ({"url_sv": ""}, "url_sv"),
        ({"title_sv": ""}, "title_sv"),
    ],
)
def test_bad_legal_source_input_is_a_form_error(admin_client, changes, field):
    act = LegalSource.objects.get(act_id="1269/2020")
    assert field in errors_of(post_change(admin_client, act, **changes))


def test_legal_source_export_has_the_data_file_columns(admin_client):
    rows = export_rows(admin_client, "legalsource")
    assert len(rows) == 9
    assert list(rows[0]) == ["act_id", "title_fi", "title_sv", "title_en", "url_fi", "url_sv"]
