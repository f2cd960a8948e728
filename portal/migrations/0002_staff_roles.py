"""Two staff roles as groups: content editors (FAQ) and area data editors (period, areas,
municipalities, TE offices). Superusers are the third role and need no group."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT_EDITORS = "Sisältöeditorit"
AREA_DATA_EDITORS = "Aluetietojen editorit"

ALL = ("add", "change", "delete", "view")
ROLE_PERMISSIONS = {
    CONTENT_EDITORS: {"faqentry": ALL},
    AREA_DATA_EDITORS: {
        # There is exactly one trial period: its dates are edited, it is never added or deleted.
        "trialperiod": ("change", "view"),
        "trialarea": ALL,
        "municipality": ALL,
        "teoffice": ALL,
    },
}


def create_roles(apps, schema_editor):
    # Django creates permissions after the whole migrate run (post_migrate), so on a fresh
    # database they do not exist yet here: create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, models in ROLE_PERMISSIONS.items():
        codenames = [f"{action}_{model}" for model, actions in models.items() for action in actions]
        permissions = Permission.objects.filter(content_type__app_label="portal", codename__in=codenames)
        if permissions.count() != len(codenames):
            raise RuntimeError(f"Missing permissions for the role {name}")
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
