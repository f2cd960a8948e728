"""The admin pages render for a superuser with export, history and translation tabs."""

import pytest
from django.urls import reverse

from portal.models import FaqEntry, Municipality, TeOffice, TrialArea, TrialPeriod

pytestmark = pytest.mark.django_db

MODELS = [TrialPeriod, TeOffice, TrialArea, Municipality, FaqEntry]


def admin_url(model, view, *args):
    return reverse(f"admin:portal_{model._meta.model_name}_{view}", args=args)


def ensure_faq_entry():
    return FaqEntry.objects.first() or FaqEntry.objects.create(
        question_fi="Kysymys?", question_sv="Fråga?", answer_fi="Vastaus.", answer_sv="Svar."
    )


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_renders_with_recover_link(admin_client, model):
    response = admin_client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    if model is not TrialPeriod:  # no add permission while the one period exists
        assert admin_url(model, "recoverlist") in response.content.decode()


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_change_page_renders_with_history_link(admin_client, model):
    obj = ensure_faq_entry() if model is FaqEntry else model.objects.first()
    response = admin_client.get(admin_url(model, "change", obj.pk))
    assert response.status_code == 200
    assert admin_url(model, "history", obj.pk) in response.content.decode()
    assert admin_client.get(admin_url(model, "history", obj.pk)).status_code == 200


@pytest.mark.parametrize("model", [TrialArea, Municipality], ids=lambda m: m.__name__)
def test_export_link_on_lists_that_export(admin_client, model):
    page = admin_client.get(admin_url(model, "changelist")).content.decode()
    assert admin_url(model, "export") in page


def test_no_export_link_where_there_is_no_export(admin_client):
    page = admin_client.get(admin_url(TeOffice, "changelist")).content.decode()
    assert "/export/" not in page


@pytest.mark.parametrize("model", [TeOffice, TrialArea, Municipality, FaqEntry], ids=lambda m: m.__name__)
def test_translated_fields_get_tabs_from_local_files_only(admin_client, model):
    obj = ensure_faq_entry() if model is FaqEntry else model.objects.first()
    page = admin_client.get(admin_url(model, "change", obj.pk)).content.decode()
    assert "/static/portal/admin/jquery-ui-tabs.js" in page
    assert "modeltranslation/js/tabbed_translation_fields.js" in page
    assert "googleapis" not in page and "//ajax." not in page
    assert 'name="name_sv"' in page or 'name="question_sv"' in page


def test_vendored_tabs_script_is_served(client):
    response = client.get("/static/portal/admin/jquery-ui-tabs.js")
    assert response.status_code == 200
    assert b"$.widget( \"ui.tabs\"" in b"".join(response.streaming_content)


def test_area_page_lists_its_municipalities_inline(admin_client):
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    response = admin_client.get(admin_url(TrialArea, "change", area.pk))
    (inline,) = response.context["inline_admin_formsets"]
    assert sorted(form.instance.code for form in inline.formset.forms) == ["092", "245"]
    page = response.content.decode()
    assert "Vantaa" in page and "Kervo" in page


def test_trial_period_has_no_add_button_while_one_exists(admin_client):
    page = admin_client.get(admin_url(TrialPeriod, "changelist")).content.decode()
    assert admin_url(TrialPeriod, "add") not in page
    assert admin_client.get(admin_url(TrialPeriod, "add")).status_code == 403


def test_trial_period_can_be_added_when_none_exists(admin_client):
    TrialPeriod.objects.all().delete()
    page = admin_client.get(admin_url(TrialPeriod, "changelist")).content.decode()
    assert admin_url(TrialPeriod, "add") in page


def test_trial_period_cannot_be_deleted(admin_client):
    period = TrialPeriod.objects.get()
    assert admin_client.get(admin_url(TrialPeriod, "delete", period.pk)).status_code == 403


@pytest.mark.parametrize(
    "query, expected",
    [("091", ["Helsinki"]), ("Borgå", ["Porvoo"]), ("helsingfors", ["Helsinki"]), ("ÄHTÄRI", ["Ähtäri"]), ("ahtari", ["Ähtäri"]), ("nykarleby", ["Uusikaarlepyy"])],
)
def test_municipality_search_by_code_or_finnish_or_swedish_name(admin_client, query, expected):
    response = admin_client.get(admin_url(Municipality, "changelist"), {"q": query})
    assert [m.name_fi for m in response.context["cl"].result_list] == expected


def test_area_search_by_swedish_name_and_member_code(admin_client):
    response = admin_client.get(admin_url(TrialArea, "changelist"), {"q": "Vanda"})
    assert [a.area_id for a in response.context["cl"].result_list] == ["vantaa_kerava"]
    response = admin_client.get(admin_url(TrialArea, "changelist"), {"q": "245"})
    assert [a.area_id for a in response.context["cl"].result_list] == ["vantaa_kerava"]


@pytest.mark.parametrize(
    "params, expected_count",
    [
        ({"area__isnull": "True"}, 309 - 118),
        ({"region_fi": "Kymenlaakso"}, Municipality.objects.none),  # counted below
        ({"language_status_2023_2032": "sv"}, Municipality.objects.none),
    ],
)
def test_municipality_list_filters(admin_client, params, expected_count):
    if callable(expected_count):
        expected_count = Municipality.objects.filter(**params).count()
        assert expected_count > 0
    response = admin_client.get(admin_url(Municipality, "changelist"), params)
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected_count


def test_municipality_filter_by_area(admin_client):
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    response = admin_client.get(admin_url(Municipality, "changelist"), {"area__id__exact": area.pk})
    assert {m.code for m in response.context["cl"].result_list} == {"092", "245"}


def test_area_list_warns_about_missing_contacts_and_filters_them(admin_client):
    TrialArea.objects.filter(area_id="helsinki").update(phone="+358 9 310 1691")
    response = admin_client.get(admin_url(TrialArea, "changelist"))
    warnings = [str(m) for m in response.context["messages"]]
    assert any("Yhteystiedot puuttuvat 24 riviltä" in w for w in warnings), warnings
    response = admin_client.get(admin_url(TrialArea, "changelist"), {"contacts": "missing"})
    assert response.context["cl"].result_count == 24
    response = admin_client.get(admin_url(TrialArea, "changelist"), {"contacts": "present"})
    assert [a.area_id for a in response.context["cl"].result_list] == ["helsinki"]


def test_no_contacts_warning_when_all_are_filled(admin_client):
    TeOffice.objects.update(email="info@example.fi")
    response = admin_client.get(admin_url(TeOffice, "changelist"))
    assert not [str(m) for m in response.context["messages"]]


def test_admin_index_links_the_decision_tables(admin_client):
    page = admin_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin-decision-table", args=["eligibility"]) in page
    assert reverse("admin-decision-table", args=["move"]) in page
