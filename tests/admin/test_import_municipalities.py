"""import_municipalities: a dry run by default, all or nothing with --apply, bad rows by line."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from reversion.models import Version

from portal.models import Municipality, TeOffice, TrialArea
from portal.shipped_data import DATA_DIR

pytestmark = pytest.mark.django_db

HEADER = [
    "code", "name_fi", "name_sv", "region_fi", "region_sv",
    "language_status_2013_2022", "language_status_2023_2032",
]


def shipped_rows():
    with open(DATA_DIR / "municipalities.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path, rows, header=None, encoding="utf-8"):
    header = header or list(rows[0])
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_municipalities", str(path), *args, stdout=out, stderr=err)
    return out.getvalue()


def run_failing(path, *args):
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_municipalities", str(path), *args, stdout=io.StringIO(), stderr=err)
    assert "mitään ei tuotu" in str(raised.value)
    return err.getvalue().splitlines()


def row(of, **changes):
    found = next(r for r in shipped_rows() if r["code"] == of)
    return {**found, **changes}


def database_state():
    return list(
        Municipality.objects.order_by("code").values_list(
            "code", "name_fi", "name_sv", "region_fi", "region_sv",
            "language_status_2013_2022", "language_status_2023_2032", "area_id", "te_office_id",
        )
    )


def test_the_shipped_file_changes_nothing(tmp_path):
    output = run(write_csv(tmp_path / "m.csv", shipped_rows()))
    assert "Uusia 0, muuttuneita 0, ennallaan 309." in output


def test_dry_run_reports_new_and_changed_rows_and_saves_nothing(tmp_path):
    rows = shipped_rows()
    rows[0] = {**rows[0], "name_sv": "Alajärvi stad"}  # line 2
    rows.append(row("091", code="999", name_fi="Uusikunta", name_sv="Nykommun"))  # line 311
    before = database_state()

    output = run(write_csv(tmp_path / "m.csv", rows))

    assert "rivi 2: Alajärvi (005): name_sv 'Alajärvi' → 'Alajärvi stad'" in output
    assert "rivi 311: uusi kunta Uusikunta (999)" in output
    assert "Uusia 1, muuttuneita 1, ennallaan 308." in output
    assert "Mitään ei tallennettu" in output
    assert database_state() == before


def test_apply_saves_in_one_recorded_revision(tmp_path):
    rows = shipped_rows()
    rows[0] = {**rows[0], "name_sv": "Alajärvi stad"}
    rows.append(row("091", code="999", name_fi="Uusikunta", name_sv="Nykommun"))

    output = run(write_csv(tmp_path / "korjattu.csv", rows), "--apply")

    assert "Tallennettu." in output
    assert Municipality.objects.get(code="005").name_sv == "Alajärvi stad"
    new = Municipality.objects.get(code="999")
    assert new.te_office == TeOffice.objects.get(office_id="uusimaa")  # from its region
    assert new.area is None  # no area_id column: areas untouched, new ones get none
    (version,) = Version.objects.get_for_object(new)
    assert version.revision.get_comment() == "Tuotu tiedostosta korjattu.csv"
    assert version.revision.version_set.count() == 2
    assert Municipality.objects.count() == 310


def test_area_column_moves_and_removes_areas(tmp_path):
    espoo = TrialArea.objects.get(area_id="espoo")
    rows = [row("235", area_id="espoo"), row("092", area_id=""), row("091", area_id="helsinki")]
    output = run(write_csv(tmp_path / "m.csv", rows), "--apply")
    assert "rivi 2: Kauniainen (235): area_id '' → 'espoo'" in output
    assert "rivi 3: Vantaa (092): area_id 'vantaa_kerava' → ''" in output
    assert "ennallaan 1" in output and "306 tietokannan kuntaa puuttuu" in output
    assert Municipality.objects.get(code="235").area == espoo
    assert Municipality.objects.get(code="092").area is None
    assert Municipality.objects.count() == 309  # rows not in the file are left alone


def test_a_changed_region_changes_the_te_office(tmp_path):
    rows = [row("016", region_fi="Uusimaa", region_sv="Nyland")]
    output = run(write_csv(tmp_path / "m.csv", rows), "--apply")
    assert "te_office 'hame' → 'uusimaa'" in output
    assert Municipality.objects.get(code="016").te_office.office_id == "uusimaa"


def test_a_file_with_a_byte_order_mark_is_read(tmp_path):
    rows = [row("005", name_sv="Alajärvi stad")]
    output = run(write_csv(tmp_path / "m.csv", rows, encoding="utf-8-sig"))
    assert "name_sv 'Alajärvi' → 'Alajärvi stad'" in output


def test_the_admin_export_can_be_imported_back(admin_client, tmp_path):
    exported = admin_client.get("/admin/portal/municipality/export/").content
    (tmp_path / "export.csv").write_bytes(exported)
    assert "Uusia 0, muuttuneita 0, ennallaan 309." in run(tmp_path / "export.csv")


@pytest.mark.parametrize(
    "bad_row, message",
    [
        ({"code": "9123"}, "rivi 3: code:"),  # "91" is 091 with the zero a spreadsheet dropped
        ({"code": "abc"}, "rivi 3: code: Kuntanumero on kolme numeroa"),
        ({"area_id": "atlantis"}, "rivi 3: tuntematon kokeilualue atlantis"),
        ({"region_fi": "Lappi2", "code": "998"}, "rivi 3: maakunnalle Lappi2 ei löydy TE-toimistoa"),
        ({"language_status_2023_2032": "de"}, "rivi 3: language_status_2023_2032:"),
        ({"language_status_2013_2022": ""}, "rivi 3: language_status_2013_2022:"),
        ({"name_fi": ""}, "rivi 3: name_fi:"),
        ({"name_sv": "  "}, "rivi 3: name_sv:"),
        ({"name_fi": "x" * 101}, "rivi 3: name_fi:"),
        ({"code": "049"}, "rivi 3: kuntanumero 049 on jo rivillä 2"),
    ],
)
def test_a_bad_row_is_reported_by_line_and_nothing_is_imported(tmp_path, bad_row, message):
    good = row("049", name_sv="Esbo stad", area_id="espoo")
    bad = row("091", **{"area_id": "helsinki", **bad_row})
    before = database_state()
    for apply in ([], ["--apply"]):
        errors = run_failing(write_csv(tmp_path / "m.csv", [good, bad]), *apply)
        assert len(errors) == 1, errors
        assert errors[0].startswith(message), errors
    assert database_state() == before


def test_every_bad_row_gets_its_own_line(tmp_path):
    rows = [row("005", code="5x"), row("009"), row("010", language_status_2013_2022="x"), row("009")]
    errors = run_failing(write_csv(tmp_path / "m.csv", rows), "--apply")
    assert [e.split(":")[0] for e in errors] == ["rivi 2", "rivi 4", "rivi 5"]
    assert Municipality.objects.get(code="009").name_fi == "Alavieska"


@pytest.mark.parametrize(
    "header, message",
    [
        (HEADER[:-1], "puuttuu language_status_2023_2032"),
        (HEADER + ["te_office"], "tuntematon te_office"),
        (["koodi"] + HEADER[1:], "puuttuu code; tuntematon koodi"),
    ],
)
def test_a_wrong_header_is_reported(tmp_path, header, message):
    rows = [row("091")]
    (tmp_path / "m.csv").write_text(",".join(header) + "\n" + ",".join(rows[0].values()) + "\n", encoding="utf-8")
    (error,) = run_failing(tmp_path / "m.csv", "--apply")
    assert error.startswith("rivi 1: otsikkorivi on väärä") and message in error


def test_a_row_with_too_many_or_too_few_columns(tmp_path):
    lines = [",".join(HEADER), "091,Helsinki,Helsingfors,Uusimaa,Nyland,fi_sv,fi_sv,extra", "049,Espoo"]
    (tmp_path / "m.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = run_failing(tmp_path / "m.csv")
    assert errors == ["rivi 2: rivillä on 8 saraketta, otsikossa 7", "rivi 3: rivillä on 2 saraketta, otsikossa 7"]


def test_all_problems_of_a_row_are_on_its_one_line(tmp_path):
    rows = [row("092", region_fi="Lappi3", language_status_2023_2032="de")]
    (error,) = run_failing(write_csv(tmp_path / "m.csv", rows))
    assert error.startswith("rivi 2: maakunnalle Lappi3 ei löydy TE-toimistoa; language_status_2023_2032:")


def test_a_file_not_in_utf8_is_refused(tmp_path):
    (tmp_path / "m.csv").write_bytes(
        (",".join(HEADER) + "\n091,Hälsinki,Helsingfors,Uusimaa,Nyland,fi_sv,fi_sv\n").encode("latin-1")
    )
    (error,) = run_failing(tmp_path / "m.csv")
    assert "UTF-8" in error


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "m.csv").write_text("", encoding="utf-8")
    (error,) = run_failing(tmp_path / "m.csv")
    assert error.startswith("rivi 1: otsikkorivi on väärä")


def test_a_missing_file_is_one_line_not_a_traceback(tmp_path):
    with pytest.raises(CommandError, match="Tiedostoa ei voi lukea"):
        call_command("import_municipalities", str(tmp_path / "ei-ole.csv"))
