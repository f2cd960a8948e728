"""The employment areas of 2025, the Pertunmaa merger, the English names and the cited acts, as
loaded from portal/data/ and read through the snapshot (portal/directory.py)."""

import json
from dataclasses import replace
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import directory, shipped_data
from portal.models import EmploymentArea, LegalSource, Municipality, MunicipalityChange

pytestmark = pytest.mark.django_db

BEFORE, FROM = date(2024, 12, 31), date(2025, 1, 1)


def test_45_employment_areas_serve_the_308_municipalities_of_2025():
    snapshot = directory.get_directory()
    assert len(snapshot.employment_areas) == 45 == EmploymentArea.objects.count()
    served = [m for m in snapshot.municipalities.values() if m.employment_area_code]
    aland = [m for m in snapshot.municipalities.values() if m.aland]
    assert len(served) == 292 and len(aland) == 16
    # 308 municipalities of 2025 plus Pertunmaa, which merged away.
    assert len(served) + len(aland) == 308 == len(shipped_data.municipality_employment_areas_2025())
    unserved = {m.code for m in snapshot.municipalities.values() if not m.employment_area_code and not m.aland}
    assert unserved == {"588"}


def test_each_area_lists_its_members_sorted_and_as_many_as_statistics_finland_says():
    snapshot = directory.get_directory()
    for row in shipped_data.employment_areas():
        area = snapshot.employment_areas[row["employment_area_code"]]
        assert len(area.municipality_codes) == int(row["municipalities"]), area.code
        assert list(area.municipality_codes) == sorted(area.municipality_codes)
        assert all(snapshot.municipalities[c].employment_area_code == area.code for c in area.municipality_codes)
    assert snapshot.employment_areas["08"].municipality_codes == ("091",)  # Helsinki alone
    assert snapshot.employment_area_of(snapshot.municipalities["285"]).name.get("fi") == "Etelä-Kymenlaakso"
    assert snapshot.employment_area_of(snapshot.municipalities["478"]) is None  # Mariehamn: AMS
    assert snapshot.employment_area_of(snapshot.municipalities["588"]) is None  # Pertunmaa: merged


def test_employment_area_names_in_three_languages_and_sorted_per_language():
    snapshot = directory.get_directory()
    area = snapshot.employment_areas["24"]
    assert (area.name.fi, area.name.sv, area.name.en) == ("Oulun seutu", "Uleåborgregionen", "Oulu region")
    finnish = [a.name.fi for a in snapshot.sorted_employment_areas("fi")]
    swedish = [a.name.sv for a in snapshot.sorted_employment_areas("sv")]
    assert finnish[:2] == ["Espoo-Kauniainen", "Etelä-Häme"] and finnish[-1] == "Ylä-Savo"
    # Swedish order puts Å, Ä, Ö last: Österbotten (26) and Övre Savolax (45) end the list.
    assert swedish[-2:] == ["Österbotten", "Övre Savolax"]


def test_english_names_and_corrected_names_reach_the_snapshot():
    snapshot = directory.get_directory()
    akaa = snapshot.municipalities["020"]
    assert akaa.name.sv == "Ackas"
    assert akaa.region.en == "Pirkanmaa"
    assert snapshot.municipalities["905"].region.en == "Ostrobothnia"
    assert snapshot.te_offices["uusimaa"].name.en == "Uusimaa TE Office"
    assert snapshot.areas["lahti"].name.en == "Lahti region"
    area = snapshot.areas["ep_seutukaupungit"]
    assert (area.name.fi, area.name.sv) == ("Etelä-Pohjanmaan seutukaupungit", "Södra Österbottens regionstäder")


def test_pertunmaa_is_itself_before_2025_and_mantyharju_from_2025():
    snapshot = directory.get_directory()
    before = snapshot.place("588", BEFORE)
    assert (before.code, before.merged_from, before.area_id, before.employment_area) == ("588", None, "mikkeli", None)
    after = snapshot.place("588", FROM)
    assert (after.code, after.merged_from, after.employment_area, after.aland) == ("507", "588", "23", False)
    assert after.te_office_id == "etela_savo" and after.language_status == "fi"
    assert snapshot.changes == {"588": ("507", FROM)}
    assert snapshot.find("Pertunmaa").code == "588"  # still found by name: place() answers for Mäntyharju


def test_place_on_aland_and_language_status_by_date():
    snapshot = directory.get_directory()
    mariehamn = snapshot.place("478", FROM)
    assert mariehamn.aland and mariehamn.employment_area is None and mariehamn.te_office_id == "ams_aland"
    helsinki = snapshot.place("091", FROM)
    assert (helsinki.employment_area, helsinki.aland, helsinki.merged_from) == ("08", False, None)
    # No municipality's status changed with the 2023 decree in the data: give one a change.
    changed = replace(snapshot.municipalities["091"], language_status_2013_2022="sv_fi")
    edited = replace(snapshot, municipalities={**snapshot.municipalities, "091": changed}, _by_folded_name={})
    assert edited.place("091", date(2022, 12, 31)).language_status == "sv_fi"
    assert edited.place("091", date(2023, 1, 1)).language_status == "fi_sv"
    with pytest.raises(KeyError):
        snapshot.place("999", FROM)


def test_legal_sources_with_finlex_addresses_in_finnish_and_swedish():
    snapshot = directory.get_directory()
    assert set(snapshot.legal_sources) == {
        "1269/2020", "421/2021", "1381/2021", "671/2022", "380/2023", "383/2023", "1144/1991", "916/2012", "670/2022"
    }
    act = snapshot.legal_sources["1269/2020"]
    assert act.title.fi == "Laki työllisyyden edistämisen kuntakokeilusta"
    assert act.title.sv == "Lag om ett kommunförsök som gäller främjande av sysselsättningen"
    assert act.url("fi") == "https://www.finlex.fi/fi/laki/ajantasa/2020/20201269"
    assert act.url("sv") == "https://www.finlex.fi/sv/laki/ajantasa/2020/20201269"
    assert act.url("en") == act.url_fi
    assert snapshot.legal_sources["421/2021"].url_fi == "https://www.finlex.fi/fi/laki/alkup/2021/20210421"


def test_the_snapshot_is_built_in_a_fixed_number_of_queries():
    with CaptureQueriesContext(connection) as before:
        directory.build_directory("test")
    area = EmploymentArea.objects.create(code="47", name_fi="Uusi", name_sv="Ny")
    Municipality.objects.filter(code="235").update(employment_area=area)
    MunicipalityChange.objects.create(
        old_municipality=Municipality.objects.get(code="235"),
        new_municipality=Municipality.objects.get(code="049"),
        valid_from=date(2027, 1, 1),
    )
    LegalSource.objects.create(
        act_id="1/2027", title_fi="Laki", title_sv="Lag", url_fi="https://finlex.fi/a", url_sv="https://finlex.fi/b"
    )
    with CaptureQueriesContext(connection) as after:
        snapshot = directory.build_directory("test")
    assert len(after) == len(before) <= 10
    assert snapshot.employment_areas["47"].municipality_codes == ("235",)
    assert snapshot.place("235", date(2027, 1, 1)).code == "049"


def test_a_staff_edit_to_an_employment_area_reaches_the_snapshot(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        EmploymentArea.objects.filter(code="08").update(web_url="https://example.fi")  # no signal
        area = EmploymentArea.objects.get(code="08")
        area.phone = "+358 9 123 4567"
        area.save()
    assert directory.get_directory().employment_areas["08"].phone == "+358 9 123 4567"


def test_load_portal_data_loads_nothing_twice():
    call_command("load_portal_data")
    assert EmploymentArea.objects.count() == 45
    assert MunicipalityChange.objects.count() == 1
    assert LegalSource.objects.count() == 9
    assert Municipality.objects.filter(employment_area__isnull=False).count() == 292


def test_the_backup_round_trips_the_new_models():
    from portal.backup import export_data, import_data

    EmploymentArea.objects.filter(code="08").update(phone="+358 9 310 1691")
    LegalSource.objects.filter(act_id="671/2022").update(url_sv="https://www.finlex.fi/sv/x")
    text = export_data()
    labels = [obj["model"] for obj in json.loads(text)]
    assert labels.count("portal.employmentarea") == 45
    assert labels.count("portal.municipalitychange") == 1
    assert labels.count("portal.legalsource") == 9
    counts = import_data(text, replace=True, comment="test")
    assert counts["portal.employmentarea"] == 45 and counts["portal.municipalitychange"] == 1
    assert EmploymentArea.objects.get(code="08").phone == "+358 9 310 1691"
    assert LegalSource.objects.get(act_id="671/2022").url_sv == "https://www.finlex.fi/sv/x"
    assert Municipality.objects.get(code="285").employment_area.code == "04"
    assert export_data() == text


def test_import_municipalities_reads_the_english_region_of_the_shipped_file(tmp_path):
    import csv
    import io

    rows = shipped_data.municipalities()
    for row in rows:
        if row["code"] == "905":
            row["region_en"] = "Ostrobothnia region"
    path = tmp_path / "municipalities.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    output = io.StringIO()
    call_command("import_municipalities", str(path), "--apply", stdout=output)
    assert "region_en 'Ostrobothnia' → 'Ostrobothnia region'" in output.getvalue()
    assert Municipality.objects.get(code="905").region_en == "Ostrobothnia region"
    assert Municipality.objects.get(code="091").region_en == "Uusimaa"


def test_english_pages_name_swedish_majority_municipalities_in_swedish():
    snapshot = directory.get_directory()
    assert snapshot.municipalities["478"].name.get("en") == "Mariehamn"
    assert snapshot.municipalities["598"].name.get("en") == "Jakobstad"  # bilingual, Swedish majority
    assert snapshot.municipalities["091"].name.get("en") == "Helsinki"  # bilingual, Finnish majority
    assert snapshot.municipalities["837"].name.get("en") == "Tampere"
