"""Gives a database loaded before 29.11.2026 the corrected and new shipped data, without
overwriting what staff have edited since:

- a field is corrected only while it still holds the value shipped before (Akaa's Swedish name
  "Akas", the former name of the South Ostrobothnia regional-towns area, empty English names);
- employment areas, their member municipalities, the Pertunmaa merger and the cited acts are
  added only where absent (portal.shipped_data.add_2025_data);
- the area data editors' role gets the new models.

An empty database is left alone: load_portal_data loads everything there.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from portal import shipped_data

AREA_DATA_EDITORS = "Aluetietojen editorit"
NEW_MODELS = ("employmentarea", "municipalitychange", "legalsource")
ALL = ("add", "change", "delete", "view")

# (model, lookup, field, value shipped before, value shipped now)
CORRECTIONS = (
    ("Municipality", {"code": "020"}, "name_sv", "Akas", "Ackas"),
    (
        "TrialArea",
        {"area_id": "ep_seutukaupungit"},
        "name_fi",
        "Etelä-Pohjanmaan seudun kuntakokeilu",
        "Etelä-Pohjanmaan seutukaupungit",
    ),
    (
        "TrialArea",
        {"area_id": "ep_seutukaupungit"},
        "name_sv",
        "Södra Österbottens regionstäders kommunförsök",
        "Södra Österbottens regionstäder",
    ),
)


def english_names():
    """(model, lookup, field, "", English name) for the English names added to the data files."""
    for row in shipped_data.municipalities():
        yield "Municipality", {"code": row["code"]}, "region_en", "", row["region_en"]
    for row in shipped_data.te_offices():
        yield "TeOffice", {"office_id": row["te_office_id"]}, "name_en", "", row["name_en"]
    seen = set()
    for row in shipped_data.trial_area_rows():
        if row["area_id"] not in seen:
            seen.add(row["area_id"])
            yield "TrialArea", {"area_id": row["area_id"]}, "name_en", "", row["area_name_en"]


def correct(get_model, corrections) -> int:
    """Apply each correction to rows whose field still holds the old value; returns rows changed.
    An empty translation column may be NULL (modeltranslation) as well as ""."""
    changed = 0
    for model_name, lookup, field, old, new in corrections:
        rows = get_model(model_name).objects.filter(**lookup)
        if old == "":
            rows = rows.filter(**{f"{field}__isnull": True}) | rows.filter(**{field: ""})
        else:
            rows = rows.filter(**{field: old})
        changed += rows.update(**{field: new})
        if field.endswith("_fi"):
            # The untranslated column mirrors the Finnish one (it orders the admin lists).
            base = field.removesuffix("_fi")
            get_model(model_name).objects.filter(**lookup).filter(**{base: old}).update(**{base: new})
    return changed


def update_shipped_data(apps, schema_editor):
    def get_model(name):
        return apps.get_model("portal", name)

    if not get_model("Municipality").objects.exists():
        return
    correct(get_model, CORRECTIONS)
    correct(get_model, english_names())
    shipped_data.add_2025_data(get_model)
    try:
        from portal.directory import bump_data_version

        bump_data_version()  # cached snapshots and pages were built from the old data
    except Exception:  # no shared cache while migrating: it starts empty, nothing to invalidate
        pass


def grant_new_models(apps, schema_editor):
    # As in 0002: permissions are created after migrate (post_migrate), so create them now.
    app_config = apps.get_app_config("portal")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    group = apps.get_model("auth", "Group").objects.filter(name=AREA_DATA_EDITORS).first()
    if group is None:
        return
    codenames = [f"{action}_{model}" for model in NEW_MODELS for action in ALL]
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="portal", codename__in=codenames
    )
    if permissions.count() != len(codenames):
        raise RuntimeError(f"Missing permissions for the role {AREA_DATA_EDITORS}")
    group.permissions.add(*permissions)


def revoke_new_models(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=AREA_DATA_EDITORS).first()
    if group is not None:
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="portal", content_type__model__in=NEW_MODELS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_employment_areas"),
    ]

    operations = [
        migrations.RunPython(update_shipped_data, migrations.RunPython.noop),
        migrations.RunPython(grant_new_models, revoke_new_models),
    ]
