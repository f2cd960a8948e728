"""Migration 0004 gives a database loaded before the 2025 data its corrections and new rows, and
never overwrites what staff edited (a field changes only while it holds the value shipped before)."""

import importlib

import pytest
from django.apps import apps

from portal.models import EmploymentArea, LegalSource, Municipality, MunicipalityChange, TeOffice, TrialArea

pytestmark = pytest.mark.django_db

migration = importlib.import_module("portal.migrations.0004_shipped_data_2025")


def run_migration():
    migration.update_shipped_data(apps, None)


@pytest.fixture
def database_as_shipped_before():
    """The test database put back to what load_portal_data gave before 29.11.2026."""
    Municipality.objects.filter(code="020").update(name_sv="Akas")
    Municipality.objects.update(region_en="", employment_area=None, aland=False)
    TeOffice.objects.update(name_en="")
    TrialArea.objects.update(name_en=None)  # an untouched translation column may be NULL
    TrialArea.objects.filter(area_id="ep_seutukaupungit").update(
        name="Etelä-Pohjanmaan seudun kuntakokeilu",
        name_fi="Etelä-Pohjanmaan seudun kuntakokeilu",
        name_sv="Södra Österbottens regionstäders kommunförsök",
    )
    MunicipalityChange.objects.all().delete()
    EmploymentArea.objects.all().delete()
    LegalSource.objects.all().delete()


def test_an_old_database_gets_the_corrections_and_the_new_rows(database_as_shipped_before):
    run_migration()
    assert Municipality.objects.get(code="020").name_sv == "Ackas"
    assert Municipality.objects.get(code="905").region_en == "Ostrobothnia"
    assert TeOffice.objects.get(office_id="uusimaa").name_en == "Uusimaa TE Office"
    area = TrialArea.objects.get(area_id="ep_seutukaupungit")
    assert (area.name_fi, area.name_sv) == ("Etelä-Pohjanmaan seutukaupungit", "Södra Österbottens regionstäder")
    assert TrialArea.objects.get(area_id="lahti").name_en == "Lahti region"
    assert EmploymentArea.objects.count() == 45
    assert Municipality.objects.filter(employment_area__isnull=False).count() == 292
    assert Municipality.objects.filter(aland=True).count() == 16
    assert Municipality.objects.get(code="588").employment_area is None
    change = MunicipalityChange.objects.get()
    assert (change.old_municipality.code, change.new_municipality.code) == ("588", "507")
    assert LegalSource.objects.count() == 9


def test_staff_edits_are_kept(database_as_shipped_before):
    # Staff corrected, named or linked these before the migration ran.
    Municipality.objects.filter(code="020").update(name_sv="Akaa (staff)")
    Municipality.objects.filter(code="905").update(region_en="Ostrobothnia (staff)")
    TeOffice.objects.filter(office_id="lappi").update(name_en="Lapland TE Office (staff)")
    TrialArea.objects.filter(area_id="ep_seutukaupungit").update(name_sv="Regionstäderna (staff)")
    TrialArea.objects.filter(area_id="lahti").update(name_en="Lahti area (staff)")
    staff_area = EmploymentArea.objects.create(code="08", name_fi="Helsinki (staff)", name_sv="Helsingfors")
    Municipality.objects.filter(code="235").update(employment_area=staff_area)  # Kauniainen, by staff
    LegalSource.objects.create(
        act_id="1269/2020",
        title_fi="Kuntakokeilulaki",
        title_sv="Kommunförsökslagen",
        url_fi="https://www.finlex.fi/fi/lainsaadanto/2020/1269",
        url_sv="https://www.finlex.fi/sv/lagstiftning/2020/1269",
    )

    run_migration()

    assert Municipality.objects.get(code="020").name_sv == "Akaa (staff)"
    assert Municipality.objects.get(code="905").region_en == "Ostrobothnia (staff)"
    assert TeOffice.objects.get(office_id="lappi").name_en == "Lapland TE Office (staff)"
    area = TrialArea.objects.get(area_id="ep_seutukaupungit")
    assert (area.name_fi, area.name_sv) == ("Etelä-Pohjanmaan seutukaupungit", "Regionstäderna (staff)")
    assert TrialArea.objects.get(area_id="lahti").name_en == "Lahti area (staff)"
    assert EmploymentArea.objects.get(code="08").name_fi == "Helsinki (staff)"
    assert EmploymentArea.objects.count() == 45
    assert Municipality.objects.get(code="235").employment_area.code == "08"  # staff's, not 01
    assert Municipality.objects.get(code="091").employment_area == staff_area
    act = LegalSource.objects.get(act_id="1269/2020")
    assert act.url_fi == "https://www.finlex.fi/fi/lainsaadanto/2020/1269"
    assert LegalSource.objects.count() == 9


def test_running_it_again_changes_nothing(database_as_shipped_before):
    run_migration()
    Municipality.objects.filter(code="285").update(employment_area=EmploymentArea.objects.get(code="16"))
    LegalSource.objects.filter(act_id="380/2023").update(url_sv="https://www.finlex.fi/sv/x")
    run_migration()
    assert EmploymentArea.objects.count() == 45 and LegalSource.objects.count() == 9
    assert MunicipalityChange.objects.count() == 1
    assert Municipality.objects.get(code="285").employment_area.code == "16"
    assert LegalSource.objects.get(act_id="380/2023").url_sv == "https://www.finlex.fi/sv/x"


def test_an_empty_database_is_left_to_load_portal_data():
    MunicipalityChange.objects.all().delete()
    Municipality.objects.all().delete()
    EmploymentArea.objects.all().delete()
    LegalSource.objects.all().delete()
    run_migration()
    assert not EmploymentArea.objects.exists() and not LegalSource.objects.exists()


def test_the_area_data_editors_get_the_new_models():
    from django.contrib.auth.models import Group

    group = Group.objects.get(name=migration.AREA_DATA_EDITORS)
    group.permissions.remove(*group.permissions.filter(content_type__model__in=migration.NEW_MODELS))
    models_module = apps.get_app_config("portal").models_module
    try:
        migration.grant_new_models(apps, None)
    finally:  # the migration marks the (historical) app config; this is the real one
        apps.get_app_config("portal").models_module = models_module
    assert group.permissions.filter(content_type__model__in=migration.NEW_MODELS).count() == 12
