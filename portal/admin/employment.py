"""Admin pages for what applies since 1.1.2025: employment areas, municipal mergers, and the acts
the rules cite (their Finlex addresses). Same history, CSV export and validation as the trial data."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.models import EmploymentArea, LegalSource, MunicipalityChange
from portal.resources import EmploymentAreaResource, LegalSourceResource, MunicipalityChangeResource

from .base import ContactsWarningMixin, CsvExportMixin, HistoryAdmin, TranslatedHistoryAdmin
from .places import MunicipalityInline


class EmploymentAreaMunicipalityInline(MunicipalityInline):
    """The area's municipalities from 1.1.2025, read-only: they are moved on the municipality's page."""

    fk_name = "employment_area"


@admin.register(EmploymentArea)
class EmploymentAreaAdmin(ContactsWarningMixin, CsvExportMixin, TranslatedHistoryAdmin):
    resource_classes = [EmploymentAreaResource]
    list_display = ("name_fi", "name_sv", "code", "municipality_count", "contacts_given")
    search_fields = ("code", "name_fi", "name_sv", "municipalities__code", "municipalities__name_fi")
    fields = ("code", "name", "web_url", "phone", "email", "service_points")
    inlines = [EmploymentAreaMunicipalityInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(municipality_total=Count("municipalities"))

    def get_search_results(self, request, queryset, search_term):
        # Searching by a member municipality joins the members: one row per area all the same.
        results, _may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return results.distinct(), False

    def get_export_queryset(self, request):
        return super().get_export_queryset(request).prefetch_related("municipalities")

    @admin.display(description=_("kuntia"), ordering="municipality_total")
    def municipality_count(self, area):
        return area.municipality_total


@admin.register(MunicipalityChange)
class MunicipalityChangeAdmin(CsvExportMixin, HistoryAdmin):
    resource_classes = [MunicipalityChangeResource]
    list_display = ("old_municipality", "new_municipality", "valid_from")
    list_select_related = ("old_municipality", "new_municipality")
    search_fields = ("old_municipality__code", "old_municipality__name_fi", "new_municipality__code",
                     "new_municipality__name_fi")
    fields = ("old_municipality", "new_municipality", "valid_from")

    def get_export_queryset(self, request):
        return super().get_export_queryset(request).select_related("old_municipality", "new_municipality")


@admin.register(LegalSource)
class LegalSourceAdmin(CsvExportMixin, TranslatedHistoryAdmin):
    resource_classes = [LegalSourceResource]
    list_display = ("act_id", "title_fi", "url_fi", "url_sv")
    search_fields = ("act_id", "title_fi", "title_sv")
    fields = ("act_id", "title", "url_fi", "url_sv")
