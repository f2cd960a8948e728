"""Revert and recover open only versions of their own model, check the user's permission on it,
apply that model's revert rules, record truthfully what changed, and never answer a clash with a
500; a history preview changes no public page; a second editor cannot silently overwrite a first.
(Issue 10, items 1, 2, 4 and 7.)"""

import pytest
from django.db import transaction
from django.urls import reverse
from reversion.models import Version

from portal.directory import get_directory
from portal.models import FaqEntry, Municipality, TrialArea

from .conftest import form_data, staff_user
from .test_history import change_url, save_through_admin

pytestmark = pytest.mark.django_db


def area_with_a_later_member(client):
    """Vantaa-Kerava's first version, then Kauniainen joins the area (as in the issue's report)."""
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    save_through_admin(client, area, phone="+358 9 839 11")
    first = Version.objects.get_for_object(area).get()
    newcomer = Municipality.objects.get(code="235")
    save_through_admin(client, newcomer, area=str(area.pk))
    return area, first, newcomer


def test_a_content_editor_cannot_recover_an_area_through_the_faq_page(admin_client, client):
    area, first, newcomer = area_with_a_later_member(admin_client)
    client.force_login(staff_user("sisalto2", "Sisältöeditorit"))
    url = reverse("admin:portal_faqentry_recover", args=[first.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"question_fi": "x", "answer_fi": "y", "order": "1"}).status_code == 404
    newcomer.refresh_from_db()
    assert newcomer.area == area
    assert Municipality.objects.filter(code="235").exists()


def test_recover_opens_only_deleted_objects_of_its_own_model(admin_client):
    area, first, newcomer = area_with_a_later_member(admin_client)
    # The area still exists: there is nothing to recover, and the area revert guard is not bypassed.
    assert admin_client.get(reverse("admin:portal_trialarea_recover", args=[first.pk])).status_code == 404
    municipality_version = Version.objects.get_for_object(newcomer).first()
    assert admin_client.get(reverse("admin:portal_trialarea_recover", args=[municipality_version.pk])).status_code == 404
    assert Municipality.objects.filter(code="235", area=area).exists()


def test_a_deleted_faq_entry_is_recovered_and_the_revision_says_so(content_editor_client):
    entry = FaqEntry.objects.create(
        question_fi="Kysymys?", question_sv="Fråga?", answer_fi="Vastaus.", answer_sv="Svar.", order=99
    )
    save_through_admin(content_editor_client, entry, answer_fi="Vastaus, korjattu.")
    version = Version.objects.get_for_object(entry).get()
    entry_pk = entry.pk
    entry.delete()
    url = reverse("admin:portal_faqentry_recover", args=[version.pk])
    preview = content_editor_client.get(url)
    assert preview.status_code == 200
    response = content_editor_client.post(url, form_data(preview))
    assert response.status_code == 302
    recovered = FaqEntry.objects.get(pk=entry_pk)
    assert recovered.answer_fi == "Vastaus, korjattu."
    latest = Version.objects.get_for_object(recovered).first().revision
    assert {v.object_repr for v in latest.version_set.all()} == {str(recovered)}
    assert latest.user.username == "sisalto"


def test_reverting_a_municipality_from_an_area_revision_touches_only_that_municipality(admin_client):
    area, first, newcomer = area_with_a_later_member(admin_client)
    kerava = Municipality.objects.get(code="245")
    save_through_admin(admin_client, kerava, name_sv="Kervo stad")
    kerava_in_area_revision = first.revision.version_set.get(object_id=str(kerava.pk))
    url = reverse("admin:portal_municipality_revision", args=[kerava.pk, kerava_in_area_revision.pk])
    preview = admin_client.get(url)
    assert admin_client.post(url, form_data(preview)).status_code == 302
    kerava.refresh_from_db()
    assert kerava.name_sv == "Kervo"
    newcomer.refresh_from_db()
    assert newcomer.area == area  # the area's membership is not reverted from a municipality's page
    assert Municipality.objects.filter(code="235").exists()
    latest = Version.objects.get_for_object(kerava).first().revision
    assert {v.object_repr for v in latest.version_set.all()} == {str(kerava)}


def test_the_area_revert_records_every_municipality_it_moved(admin_client):
    area, first, newcomer = area_with_a_later_member(admin_client)
    url = reverse("admin:portal_trialarea_revision", args=[area.pk, first.pk])
    preview = admin_client.get(url)
    assert admin_client.post(url, form_data(preview)).status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.area is None
    latest = Version.objects.get_for_object(area).first().revision
    recorded = {v.object_repr for v in latest.version_set.all()}
    assert str(newcomer) in recorded


def test_a_history_preview_never_reaches_the_snapshot(admin_client, client, django_capture_on_commit_callbacks):
    kauniainen = Municipality.objects.get(code="235")
    with django_capture_on_commit_callbacks(execute=True):
        save_through_admin(admin_client, kauniainen, name_fi="Kauniainen")
        old = Version.objects.get_for_object(kauniainen).get()
        save_through_admin(admin_client, kauniainen, name_fi="Kauniaisten kaupunki")
    url = reverse("admin:portal_municipality_revision", args=[kauniainen.pk, old.pk])
    assert admin_client.get(url).status_code == 200
    assert get_directory().municipalities["235"].name.fi == "Kauniaisten kaupunki"
    page = client.get("/fi/municipalities/235/")
    assert "Kauniaisten kaupunki" in page.content.decode()


def test_a_page_rendered_inside_an_uncommitted_transaction_is_not_cached(client, django_assert_num_queries):
    with transaction.atomic():
        Municipality.objects.filter(code="235").update(name_fi="Väliaikainen")
        assert "Väliaikainen" in client.get("/fi/municipalities/235/").content.decode()
        transaction.set_rollback(True)
    assert "Väliaikainen" not in client.get("/fi/municipalities/235/").content.decode()


def test_a_second_editor_cannot_overwrite_the_first_silently(admin_client, client):
    area = TrialArea.objects.get(area_id="helsinki")
    client.force_login(staff_user("toinen", "Aluetietojen editorit"))
    form_a = form_data(admin_client.get(change_url(area)))
    form_b = form_data(client.get(change_url(area)))
    form_a["phone"] = "+358 9 310 11111"
    assert admin_client.post(change_url(area), form_a).status_code == 302
    form_b["email"] = "uusi@example.fi"
    response = client.post(change_url(area), form_b)
    assert response.status_code == 200
    assert "muuttanut" in response.content.decode()  # "... on muuttanut tätä riviä ..."
    area.refresh_from_db()
    assert area.phone == "+358 9 310 11111"
    assert area.email != "uusi@example.fi"


def test_a_reverted_id_that_clashes_gives_a_clear_message(admin_client):
    area = TrialArea.objects.get(area_id="vantaa_kerava")
    save_through_admin(admin_client, area, phone="+358 9 839 11")
    old = Version.objects.get_for_object(area).get()
    save_through_admin(admin_client, area, area_id="vantaa-kerava-uusi")
    other = TrialArea.objects.get(area_id="helsinki")
    save_through_admin(admin_client, other, area_id="vantaa_kerava")
    url = reverse("admin:portal_trialarea_revision", args=[area.pk, old.pk])
    response = admin_client.get(url, follow=True)
    assert response.status_code == 200
    text = response.content.decode()
    assert "vantaa_kerava" in text and "tunnus" in text
    area.refresh_from_db()
    assert area.area_id == "vantaa-kerava-uusi"


def test_a_reverted_municipality_code_that_clashes_gives_a_clear_message(admin_client):
    kauniainen = Municipality.objects.get(code="235")
    save_through_admin(admin_client, kauniainen, name_sv="Grankulla")
    old = Version.objects.get_for_object(kauniainen).get()
    Municipality.objects.filter(pk=kauniainen.pk).update(code="999")
    Municipality.objects.filter(code="245").update(code="235")
    url = reverse("admin:portal_municipality_revision", args=[kauniainen.pk, old.pk])
    response = admin_client.post(url, {}, follow=True)
    assert response.status_code == 200
    text = response.content.decode()
    assert "kuntanumero" in text and "235" in text


def test_the_uncommitted_transaction_check_ignores_only_the_tests_own_transaction():
    """The one place that reads Django's transaction internals: fails if Django changes them."""
    from portal.transactions import in_uncommitted_transaction

    assert not in_uncommitted_transaction()
    with transaction.atomic():
        assert in_uncommitted_transaction()
    assert not in_uncommitted_transaction()
