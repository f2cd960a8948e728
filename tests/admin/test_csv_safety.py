"""CSV export escapes formulas and the import undoes it (a lossless round trip); the import
survives what spreadsheet programs do to a file (a ; delimiter, dropped leading zeros); control
characters are refused wherever staff type text. (Issue 10, item 6.)"""

import csv
import io

import pytest
from django.urls import reverse

from portal.models import FaqEntry, Municipality, TrialArea
from portal.municipality_import import plan_import

from .conftest import form_data
from .test_history import change_url

pytestmark = pytest.mark.django_db

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"]


def export(client, model_name, params=None):
    response = client.get(reverse(f"admin:portal_{model_name}_export"), params or {})
    assert response.status_code == 200
    return response.content


def test_formulas_are_escaped_in_the_export(admin_client):
    for code, formula in zip(("091", "092", "049", "235"), FORMULAS):
        Municipality.objects.filter(code=code).update(name_sv=formula)
    TrialArea.objects.filter(area_id="helsinki").update(service_points_fi=FORMULAS[0])
    rows = list(csv.DictReader(io.StringIO(export(admin_client, "municipality").decode("utf-8-sig"))))
    names = {row["code"]: row["name_sv"] for row in rows}
    assert [names[code] for code in ("091", "092", "049", "235")] == ["'" + formula for formula in FORMULAS]
    areas = list(csv.DictReader(io.StringIO(export(admin_client, "trialarea").decode("utf-8-sig"))))
    assert next(row for row in areas if row["area_id"] == "helsinki")["service_points_fi"] == "'" + FORMULAS[0]


def test_every_admin_export_escapes_formulas(admin_client):
    """Every model with a CSV export, not only the two the trial had."""
    from portal.models import EmploymentArea, LegalSource

    EmploymentArea.objects.filter(code="01").update(service_points_sv=FORMULAS[1])
    LegalSource.objects.filter(act_id="1269/2020").update(title_en=FORMULAS[2])
    Municipality.objects.filter(code="507").update(name_sv=FORMULAS[3])
    checks = [("employmentarea", "code", "01", "service_points_sv", FORMULAS[1]),
              ("legalsource", "act_id", "1269/2020", "title_en", FORMULAS[2]),
              ("municipalitychange", "new_code", "507", "new_name_sv", FORMULAS[3])]
    for model_name, key, value, column, formula in checks:
        rows = list(csv.DictReader(io.StringIO(export(admin_client, model_name).decode("utf-8-sig"))))
        assert next(row for row in rows if row[key] == value)[column] == "'" + formula, model_name


def test_an_escaped_export_imports_back_unchanged(admin_client):
    for code, formula in zip(("091", "092", "049", "235"), FORMULAS):
        Municipality.objects.filter(code=code).update(name_sv=formula)
    plan = plan_import(export(admin_client, "municipality"))
    assert plan.errors == []
    assert plan.changed == [] and plan.new == []


def test_a_semicolon_separated_file_with_dropped_leading_zeros_imports(admin_client):
    text = export(admin_client, "municipality").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    for row in rows[1:]:
        row[0] = row[0].lstrip("0")  # what a spreadsheet does to 091
        if row[0] == "91":
            row[2] = "Helsingfors stad"
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    plan = plan_import(out.getvalue().encode("utf-8"))
    assert plan.errors == []
    assert plan.new == []
    assert [(c.municipality.code, c.changes["name_sv"][1]) for c in plan.changed] == [("091", "Helsingfors stad")]


def test_an_imported_name_with_a_control_character_is_refused(admin_client):
    text = export(admin_client, "municipality").decode("utf-8-sig")
    text = text.replace("Helsingfors", "Helsing\x00fors", 1)
    plan = plan_import(text.encode("utf-8"))
    assert len(plan.errors) == 1 and "ohjausmerkki" in plan.errors[0]


@pytest.mark.parametrize("value", ["Helsing\x00fors", "Helsing\x1bfors", "Helsing\u200bfors\x7f"])
def test_a_control_character_typed_in_the_admin_is_refused(admin_client, value):
    helsinki = Municipality.objects.get(code="091")
    data = form_data(admin_client.get(change_url(helsinki)))
    data["name_sv"] = value
    response = admin_client.post(change_url(helsinki), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["name_sv"]  # Django's own message for a NUL
    if "\x00" not in value:
        assert "ohjausmerkki" in response.content.decode()
    helsinki.refresh_from_db()
    assert helsinki.name_sv == "Helsingfors"


def test_line_breaks_in_long_texts_are_still_allowed(content_editor_client):
    entry = FaqEntry.objects.filter(published=True).first()
    data = form_data(content_editor_client.get(change_url(entry)))
    data["answer_fi"] = "Ensimmäinen kappale.\r\n\r\nToinen kappale."
    assert content_editor_client.post(change_url(entry), data).status_code == 302
