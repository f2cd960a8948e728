"""export_portal_data → empty database → import_portal_data gives the identical state."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from portal.backup import PORTAL_MODELS, has_portal_data
from portal.models import FaqEntry, Municipality, TrialArea

pytestmark = pytest.mark.django_db


def export(tmp_path, name="backup.json"):
    out = io.StringIO()
    call_command("export_portal_data", stdout=out)
    (tmp_path / name).write_text(out.getvalue(), encoding="utf-8")
    return out.getvalue()


def import_(path, *args):
    out = io.StringIO()
    call_command("import_portal_data", str(path), *args, stdout=out)
    return out.getvalue()


def empty_the_portal_tables():
    for model in reversed(PORTAL_MODELS):
        model.objects.all().delete()
    assert not has_portal_data()


def add_staff_edits():
    FaqEntry.objects.create(question_fi="Kysymys?", question_sv="Fråga?", answer_fi="Vastaus.", answer_sv="Svar.")
    area = TrialArea.objects.get(area_id="espoo")
    area.phone, area.service_points_fi = "+358 9 816 21", "Kauppamiehentie 6\nma–pe 9–16"
    area.save()
    kauniainen = Municipality.objects.get(code="235")
    kauniainen.area, kauniainen.name_en = area, "Kauniainen"
    kauniainen.save()


def test_export_import_export_is_identical(tmp_path):
    add_staff_edits()
    first = export(tmp_path)
    empty_the_portal_tables()

    output = import_(tmp_path / "backup.json")

    assert "309 municipality" in output and "25 trialarea" in output
    assert export(tmp_path, "again.json") == first
    assert Municipality.objects.get(code="235").area.area_id == "espoo"


def test_export_holds_every_portal_row_and_nothing_else(tmp_path):
    objects = json.loads(export(tmp_path))
    labels = {item["model"] for item in objects}
    assert labels <= {model._meta.label_lower for model in PORTAL_MODELS}
    assert sum(item["model"] == "portal.municipality" for item in objects) == 309
    helsinki = next(i for i in objects if i["model"] == "portal.municipality" and i["fields"]["code"] == "091")
    assert helsinki["fields"]["name_sv"] == "Helsingfors"


def test_new_rows_after_a_restore_get_fresh_ids(tmp_path):
    export(tmp_path)
    empty_the_portal_tables()
    import_(tmp_path / "backup.json")
    highest = Municipality.objects.order_by("-pk").first().pk
    new = Municipality.objects.create(
        code="999", name_fi="Uusi", name_sv="Ny", region_fi="Uusimaa", region_sv="Nyland",
        language_status_2013_2022="fi", language_status_2023_2032="fi",
        te_office=Municipality.objects.get(code="091").te_office,
    )
    assert new.pk > highest


def test_import_refuses_a_database_with_portal_data(tmp_path):
    export(tmp_path)
    with pytest.raises(CommandError, match="--replace"):
        import_(tmp_path / "backup.json")


def test_replace_restores_the_backup_over_later_edits(tmp_path):
    first = export(tmp_path)
    add_staff_edits()
    import_(tmp_path / "backup.json", "--replace")
    assert export(tmp_path, "again.json") == first


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json", "Not a portal backup"),
        ('[{"model": "auth.user", "pk": 1, "fields": {"username": "x", "password": "x"}}]', "not portal data"),
        ('[{"model": "portal.faqentry", "pk": 1, "fields": {"question_fi": "K"}}]', "no trial period"),
        (
            '[{"model": "portal.trialperiod", "pk": 1, "fields": {"start": "2021-03-01", "end": "2024-12-31"}},'
            ' {"model": "portal.municipality", "pk": 1, "fields": {"code": "091", "name": "H", "region": "U",'
            ' "language_status_2013_2022": "fi", "language_status_2023_2032": "fi", "te_office": 999}}]',
            "contradicts itself",
        ),
    ],
)
def test_a_bad_backup_changes_nothing(tmp_path, content, message):
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    before = Municipality.objects.count()
    with pytest.raises(CommandError, match=message):
        import_(tmp_path / "bad.json", "--replace")
    assert Municipality.objects.count() == before == 309


def test_export_to_a_file(tmp_path):
    call_command("export_portal_data", "--output", str(tmp_path / "out.json"))
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))[0]["model"] == "portal.trialperiod"
