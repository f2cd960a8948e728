"""CSV export of areas and municipalities (django-import-export), Finnish and Swedish columns.

The municipality columns are exactly those `import_municipalities` reads, so staff can export,
correct the file and load it back. Cells that a spreadsheet would run as a formula are escaped,
and the import undoes it (portal/text_checks.py).
"""

from import_export import fields, resources

from .models import Municipality, TrialArea
from .municipality_import import OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from .text_checks import escape_formula

# Exactly the columns `import_municipalities` reads, so an export imports back unchanged.
MUNICIPALITY_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS


class FormulaSafeResource(resources.ModelResource):
    """Every exported cell is safe to open in a spreadsheet (portal/text_checks.py)."""

    def export_field(self, field, instance, **kwargs):
        return escape_formula(super().export_field(field, instance, **kwargs))


class MunicipalityResource(FormulaSafeResource):
    area_id = fields.Field(attribute="area__area_id", column_name="area_id", readonly=True)

    class Meta:
        model = Municipality
        fields = MUNICIPALITY_COLUMNS
        export_order = MUNICIPALITY_COLUMNS


class TrialAreaResource(FormulaSafeResource):
    municipality_codes = fields.Field(column_name="municipality_codes", readonly=True)

    class Meta:
        model = TrialArea
        fields = (
            "area_id",
            "name_fi",
            "name_sv",
            "name_en",
            "municipality_codes",
            "web_url",
            "phone",
            "email",
            "service_points_fi",
            "service_points_sv",
            "service_points_en",
        )
        export_order = fields

    def dehydrate_municipality_codes(self, area):
        return ";".join(sorted(m.code for m in area.municipalities.all()))
