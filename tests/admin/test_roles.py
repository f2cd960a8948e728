"""The two staff roles from migration 0002: exactly their permissions, and what that allows."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from portal.models import FaqEntry, Municipality, TrialPeriod

from .conftest import AREA_DATA_EDITORS, CONTENT_EDITORS

pytestmark = pytest.mark.django_db

ALL = {"add", "change", "delete", "view"}


def permissions_of(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_content_editors_have_exactly_the_faq_permissions():
    assert permissions_of(CONTENT_EDITORS) == {f"portal.{action}_faqentry" for action in ALL}


def test_area_data_editors_have_exactly_the_place_permissions():
    expected = {"portal.change_trialperiod", "portal.view_trialperiod"} | {
        f"portal.{action}_{model}" for action in ALL for model in (
            "trialarea", "municipality", "teoffice", "employmentarea", "municipalitychange", "legalsource"
        )
    }
    assert permissions_of(AREA_DATA_EDITORS) == expected


def test_there_are_exactly_two_roles():
    assert set(Group.objects.values_list("name", flat=True)) == {CONTENT_EDITORS, AREA_DATA_EDITORS}


def municipality_url():
    return reverse("admin:portal_municipality_change", args=[Municipality.objects.get(code="091").pk])


def faq_url():
    entry = FaqEntry.objects.first() or FaqEntry.objects.create(
        question_fi="K?", question_sv="F?", answer_fi="V.", answer_sv="S."
    )
    return reverse("admin:portal_faqentry_change", args=[entry.pk])


def test_content_editor_cannot_open_a_municipality(content_editor_client):
    response = content_editor_client.get(municipality_url())
    assert response.status_code == 403
    assert content_editor_client.get(reverse("admin:portal_municipality_changelist")).status_code == 403


def test_content_editor_can_edit_the_faq(content_editor_client):
    assert content_editor_client.get(faq_url()).status_code == 200
    assert content_editor_client.get(reverse("admin:portal_faqentry_add")).status_code == 200


def test_area_editor_can_open_a_municipality_but_not_the_faq(area_editor_client):
    response = area_editor_client.get(municipality_url())
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()  # editable, not read-only
    assert area_editor_client.get(faq_url()).status_code == 403


def test_area_editor_can_change_the_period_but_not_delete_it(area_editor_client):
    period = TrialPeriod.objects.get()
    assert area_editor_client.get(reverse("admin:portal_trialperiod_change", args=[period.pk])).status_code == 200
    assert area_editor_client.get(reverse("admin:portal_trialperiod_delete", args=[period.pk])).status_code == 403


def test_admin_index_shows_each_role_only_its_models(content_editor_client):
    page = content_editor_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:portal_faqentry_changelist") in page
    assert reverse("admin:portal_municipality_changelist") not in page
