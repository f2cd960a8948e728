"""The acts that set the conditions of change security (916/2012 ch. 5 a § 2, as amended by 670/2022),
which the change-security results cite: added to an existing database when absent. Rows staff have
already added or corrected are left as they are."""

from django.db import migrations

from portal import shipped_data

ACTS = ("916/2012", "670/2022")


def add_missing_sources(apps, schema_editor):
    LegalSource = apps.get_model("portal", "LegalSource")
    if not LegalSource.objects.exists():
        return  # an empty database: load_portal_data ships every source
    # Only these two: an act staff have deleted since stays deleted.
    shipped_data.add_legal_sources(LegalSource, acts=ACTS)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_faq_after_the_trial"),
    ]

    operations = [
        migrations.RunPython(add_missing_sources, migrations.RunPython.noop),
    ]
