"""Staff input is checked like public input: clear form errors, never a 500."""

import pytest
from django.urls import reverse

from portal.models import Municipality, TeOffice, TrialArea, TrialPeriod

from .conftest import form_data

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:portal_{obj._meta.model_name}_change", args=[obj.pk])


def post_change(client, obj, **changes):
    """GET the change page, alter some fields, POST it back; return the response."""
    data = form_data(client.get(change_url(obj)))
    data.update(changes)
    return client.post(change_url(obj), data)


def errors_of(response):
    assert response.status_code == 200, "the form should come back with errors"
    return response.context["adminform"].form.errors


def test_unchanged_form_saves(admin_client):
    helsinki = Municipality.objects.get(code="091")
    response = post_change(admin_client, helsinki)
    assert response.status_code == 302


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"code": "91"}, "code"),
        ({"code": "09a"}, "code"),
        ({"code": "0910"}, "code"),
        ({"code": "049"}, "code"),  # Espoo's: duplicate
        ({"name_fi": "x" * 101}, "name_fi"),
        ({"name_sv": ""}, "name_sv"),
        ({"region_fi": "y" * 101}, "region_fi"),
        ({"language_status_2023_2032": "de"}, "language_status_2023_2032"),
        ({"te_office": "999999"}, "te_office"),
        ({"area": "999999"}, "area"),
        ({"area": "not-a-number"}, "area"),
    ],
)
def test_bad_municipality_input_is_a_form_error(admin_client, changes, field):
    helsinki = Municipality.objects.get(code="091")
    errors = errors_of(post_change(admin_client, helsinki, **changes))
    assert field in errors
    helsinki.refresh_from_db()
    assert helsinki.code == "091" and helsinki.name_fi == "Helsinki"


def test_duplicate_code_error_says_so(admin_client):
    errors = errors_of(post_change(admin_client, Municipality.objects.get(code="091"), code="049"))
    assert "kuntanumero" in str(errors["code"]).lower() or "already exists" in str(errors["code"])


def test_setting_an_area_on_a_municipality_moves_it(admin_client):
    kauniainen = Municipality.objects.get(code="235")
    espoo_area = TrialArea.objects.get(area_id="espoo")
    assert kauniainen.area is None
    response = post_change(admin_client, kauniainen, area=str(espoo_area.pk))
    assert response.status_code == 302
    kauniainen.refresh_from_db()
    assert kauniainen.area == espoo_area
    assert sorted(espoo_area.municipalities.values_list("code", flat=True)) == ["049", "235"]


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"phone": "call me"}, "phone"),
        ({"phone": "1" * 41}, "phone"),
        ({"email": "not-an-email"}, "email"),
        ({"web_url": "javascript:alert(1)"}, "web_url"),
        ({"web_url": "http://" + "a" * 300 + ".fi"}, "web_url"),
        ({"area_id": "helsinki"}, "area_id"),  # another area's identifier
        ({"area_id": "ei sallittu!"}, "area_id"),
        ({"name_fi": ""}, "name_fi"),
        ({"name_sv": "n" * 201}, "name_sv"),
    ],
)
def test_bad_area_input_is_a_form_error(admin_client, changes, field):
    area = TrialArea.objects.get(area_id="espoo")
    assert field in errors_of(post_change(admin_client, area, **changes))


def test_good_contact_details_are_saved(admin_client):
    area = TrialArea.objects.get(area_id="espoo")
    response = post_change(
        admin_client, area, phone="+358 9 816 21", email="tyollisyys@espoo.fi", web_url="www.espoo.fi/tyo"
    )
    assert response.status_code == 302
    area.refresh_from_db()
    assert (area.phone, area.email, area.web_url) == ("+358 9 816 21", "tyollisyys@espoo.fi", "https://www.espoo.fi/tyo")


@pytest.mark.parametrize(
    "changes, field", [({"office_id": "uusimaa"}, "office_id"), ({"email": "@"}, "email")]
)
def test_bad_te_office_input_is_a_form_error(admin_client, changes, field):
    office = TeOffice.objects.get(office_id="hame")
    assert field in errors_of(post_change(admin_client, office, **changes))


@pytest.mark.parametrize(
    "start, end",
    [("2024-12-31", "2021-03-01"), ("2021-03-01", "2021-03-01")],
)
def test_trial_period_end_must_be_after_start(admin_client, start, end):
    period = TrialPeriod.objects.get()
    errors = errors_of(post_change(admin_client, period, start=start, end=end))
    assert "Loppupäivän on oltava alkupäivän jälkeen." in errors["end"]


@pytest.mark.parametrize("value", ["31.2.2024", "huomenna", "2024-13-01"])
def test_trial_period_bad_dates_are_form_errors(admin_client, value):
    period = TrialPeriod.objects.get()
    assert "end" in errors_of(post_change(admin_client, period, end=value))


def test_trial_period_accepts_finnish_date_format(admin_client):
    period = TrialPeriod.objects.get()
    response = post_change(admin_client, period, start="1.3.2021", end="30.6.2025")
    assert response.status_code == 302
    period.refresh_from_db()
    assert str(period.end) == "2025-06-30"


def test_a_second_trial_period_cannot_be_added(admin_client):
    response = admin_client.post(
        reverse("admin:portal_trialperiod_add"), {"start": "2025-01-01", "end": "2025-12-31"}
    )
    assert response.status_code == 403
    assert TrialPeriod.objects.count() == 1


@pytest.mark.parametrize("model, key", [(TrialArea, {"area_id": "espoo"}), (TeOffice, {"office_id": "hame"})])
def test_a_place_with_municipalities_cannot_be_deleted(admin_client, model, key):
    obj = model.objects.get(**key)
    url = reverse(f"admin:portal_{model._meta.model_name}_delete", args=[obj.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    assert page.context["protected"]  # the admin lists the municipalities that stop it
    response = admin_client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert model.objects.filter(pk=obj.pk).exists()


def test_faq_order_must_be_a_number_on_the_list(content_editor_client):
    from portal.models import FaqEntry

    entry = FaqEntry.objects.create(question_fi="K?", question_sv="F?", answer_fi="V.", answer_sv="S.")
    url = reverse("admin:portal_faqentry_changelist")
    entries = list(FaqEntry.objects.all())
    data = {"form-TOTAL_FORMS": str(len(entries)), "form-INITIAL_FORMS": str(len(entries)), "_save": "Tallenna"}
    for index, item in enumerate(entries):
        data[f"form-{index}-id"] = str(item.pk)
        data[f"form-{index}-order"] = "ensin" if item == entry else str(item.order)
        data[f"form-{index}-published"] = "on"
    response = content_editor_client.post(url, data)
    assert response.status_code == 200
    assert response.context["cl"].formset.errors
    entry.refresh_from_db()
    assert entry.order == 100
