"""Every admin change is a revision (who, when, what) and can be reverted; an area's revert
restores its own fields and its members, and deletes nothing."""

import pytest
from django.urls import reverse
from reversion.models import Version

from portal.models import Municipality, TrialArea

from .conftest import form_data

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:portal_{obj._meta.model_name}_change", args=[obj.pk])


def save_through_admin(client, obj, **changes):
    data = form_data(client.get(change_url(obj)))
    data.update(changes)
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors


def revert_through_admin(client, obj, version):
    url = reverse(f"admin:portal_{obj._meta.model_name}_revision", args=[obj.pk, version.pk])
    preview = client.get(url)
    assert preview.status_code == 200
    response = client.post(url, form_data(preview))
    assert response.status_code == 302


def test_a_change_is_recorded_with_who_and_what(admin_client, superuser):
    kauniainen = Municipality.objects.get(code="235")
    save_through_admin(admin_client, kauniainen, name_sv="Grankulla stad")
    (version,) = Version.objects.get_for_object(kauniainen)
    assert version.revision.user == superuser
    assert version.field_dict["name_sv"] == "Grankulla stad"
    assert version.revision.get_comment() == "Muutettu Nimi [sv]."
    history = admin_client.get(reverse("admin:portal_municipality_history", args=[kauniainen.pk]))
    assert "paakayttaja" in history.content.decode()


def test_a_municipality_change_can_be_reverted(admin_client):
    kauniainen = Municipality.objects.get(code="235")
    save_through_admin(admin_client, kauniainen, name_sv="Grankulla")  # the first recorded version
    save_through_admin(admin_client, kauniainen, name_sv="Grankulla (fel)")
    first = Version.objects.get_for_object(kauniainen).order_by("pk").first()
    revert_through_admin(admin_client, kauniainen, first)
    kauniainen.refresh_from_db()
    assert kauniainen.name_sv == "Grankulla"
    assert Version.objects.get_for_object(kauniainen).count() == 3


def test_an_area_revision_records_its_members(admin_client):
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    save_through_admin(admin_client, area, phone="+358 9 839 11")
    (version,) = Version.objects.get_for_object(area)
    recorded = {v.object_repr for v in version.revision.version_set.all()}
    assert recorded == {str(area), "Vantaa (092)", "Kerava (245)"}


def test_area_revert_restores_its_fields_and_members_and_deletes_nothing(admin_client):
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    save_through_admin(admin_client, area, phone="+358 9 839 11")
    first = Version.objects.get_for_object(area).get()

    save_through_admin(admin_client, area, phone="+358 40 000 0000")
    newcomer = Municipality.objects.get(code="235")  # Kauniainen joins the area later
    save_through_admin(admin_client, newcomer, area=str(area.pk))
    kerava = Municipality.objects.get(code="245")
    save_through_admin(admin_client, kerava, name_sv="Kervo stad")  # a later, unrelated fix
    municipality_count = Municipality.objects.count()

    revert_through_admin(admin_client, area, first)

    area.refresh_from_db()
    assert area.phone == "+358 9 839 11"
    assert sorted(area.municipalities.values_list("code", flat=True)) == ["092", "245"]
    assert Municipality.objects.count() == municipality_count
    newcomer.refresh_from_db()
    assert newcomer.area is None
    kerava.refresh_from_db()
    assert kerava.name_sv == "Kervo stad"


def test_area_revert_brings_back_a_member_that_left(admin_client):
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    save_through_admin(admin_client, area, phone="+358 9 839 11")
    first = Version.objects.get_for_object(area).get()
    kerava = Municipality.objects.get(code="245")
    save_through_admin(admin_client, kerava, area="")

    revert_through_admin(admin_client, area, first)

    kerava.refresh_from_db()
    assert kerava.area == area


def test_area_revision_preview_changes_nothing(admin_client):
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    save_through_admin(admin_client, area, phone="+358 9 839 11")
    first = Version.objects.get_for_object(area).get()
    save_through_admin(admin_client, area, phone="+358 40 000 0000")
    url = reverse("admin:portal_trialarea_revision", args=[area.pk, first.pk])
    preview = admin_client.get(url)
    assert preview.context["adminform"].form["phone"].value() == "+358 9 839 11"
    area.refresh_from_db()
    assert area.phone == "+358 40 000 0000"


def test_a_version_of_another_model_is_not_found_on_the_area_page(admin_client):
    kauniainen = Municipality.objects.get(code="235")
    save_through_admin(admin_client, kauniainen, name_sv="Grankulla")
    version = Version.objects.get_for_object(kauniainen).get()
    url = reverse("admin:portal_trialarea_revision", args=[kauniainen.pk, version.pk])
    assert admin_client.get(url).status_code == 404


def test_a_version_of_another_model_is_not_found_on_the_municipality_page(admin_client):
    area = TrialArea.objects.get(area_id="helsinki")
    save_through_admin(admin_client, area, phone="+358 9 1")
    version = Version.objects.get_for_object(area).get()
    url = reverse("admin:portal_municipality_revision", args=[area.pk, version.pk])
    assert admin_client.get(url).status_code == 404
