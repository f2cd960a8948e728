"""CSV export of everything staff edit (django-import-export), Finnish and Swedish columns.

The municipality columns are exactly those `import_municipalities` reads, so staff can export,
correct the file and load it back. Cells that a spreadsheet would run as a formula are escaped,
and the import undoes it (portal/text_checks.py).
"""

from import_export import fields, resources

from .models import EmploymentArea, LegalSource, Municipality, MunicipalityChange, TrialArea
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


# The columns an area's export shares after its identifier (trial areas and employment areas).
AREA_COLUMNS = (
    "name_fi", "name_sv", "name_en", "municipality_codes", "web_url", "phone", "email",
    "service_points_fi", "service_points_sv", "service_points_en",
)


class AreaResource(FormulaSafeResource):
    """An area with the codes of its member municipalities."""

    municipality_codes = fields.Field(column_name="municipality_codes", readonly=True)

    def dehydrate_municipality_codes(self, area):
        return ";".join(sorted(m.code for m in area.municipalities.all()))


class TrialAreaResource(AreaResource):
    class Meta:
        model = TrialArea
        fields = ("area_id", *AREA_COLUMNS)
        export_order = fields


class EmploymentAreaResource(AreaResource):
    class Meta:
        model = EmploymentArea
        fields = ("code", *AREA_COLUMNS)
        export_order = fields


class MunicipalityChangeResource(FormulaSafeResource):
    """The columns of portal/data/municipality_changes.csv."""

    old_code = fields.Field(attribute="old_municipality__code", column_name="old_code", readonly=True)
    old_name_fi = fields.Field(attribute="old_municipality__name_fi", column_name="old_name_fi", readonly=True)
    old_name_sv = fields.Field(attribute="old_municipality__name_sv", column_name="old_name_sv", readonly=True)
    new_code = fields.Field(attribute="new_municipality__code", column_name="new_code", readonly=True)
    new_name_fi = fields.Field(attribute="new_municipality__name_fi", column_name="new_name_fi", readonly=True)
    new_name_sv = fields.Field(attribute="new_municipality__name_sv", column_name="new_name_sv", readonly=True)

    class Meta:
        model = MunicipalityChange
        fields = ("old_code", "old_name_fi", "old_name_sv", "new_code", "new_name_fi", "new_name_sv", "valid_from")
        export_order = fields


class LegalSourceResource(FormulaSafeResource):
    """The columns of portal/data/legal_sources.csv."""

    class Meta:
        model = LegalSource
        fields = ("act_id", "title_fi", "title_sv", "title_en", "url_fi", "url_sv")
        export_order = fields
