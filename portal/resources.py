"""CSV export of areas and municipalities (django-import-export), Finnish and Swedish columns.

The municipality columns are exactly those `import_municipalities` reads, so staff can export,
correct the file and load it back.
"""

from import_export import fields, resources

from .models import Municipality, TrialArea

MUNICIPALITY_COLUMNS = (
    "code",
    "name_fi",
    "name_sv",
    "region_fi",
    "region_sv",
    "language_status_2013_2022",
    "language_status_2023_2032",
    "area_id",
)


class MunicipalityResource(resources.ModelResource):
    area_id = fields.Field(attribute="area__area_id", column_name="area_id", readonly=True)

    class Meta:
        model = Municipality
        fields = MUNICIPALITY_COLUMNS
        export_order = MUNICIPALITY_COLUMNS


class TrialAreaResource(resources.ModelResource):
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
