"""Admin pages for the trial period, TE offices, trial areas and municipalities."""

import reversion
from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.models import Municipality, TeOffice, TrialArea, TrialPeriod
from portal.resources import MunicipalityResource, TrialAreaResource
from portal.text import fold

from .base import ContactsWarningMixin, CsvExportMixin, HistoryAdmin, TranslatedHistoryAdmin
from .history import restore_area_version
from .versions import revert_keeping_unrecorded_fields

# An area's revision records its members, so its history shows who belonged to it.
reversion.register(Municipality)
reversion.register(TrialArea, follow=("municipalities",))


@admin.register(TrialPeriod)
class TrialPeriodAdmin(HistoryAdmin):
    list_display = ("__str__", "start", "end")

    def has_add_permission(self, request):
        return not TrialPeriod.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False  # the portal cannot answer without a period; staff change its dates


@admin.register(TeOffice)
class TeOfficeAdmin(ContactsWarningMixin, TranslatedHistoryAdmin):
    list_display = ("name_fi", "name_sv", "office_id", "is_te_office", "contacts_given")
    list_filter = ContactsWarningMixin.list_filter + ["is_te_office"]
    search_fields = ("office_id", "name_fi", "name_sv")
    fields = ("office_id", "name", "is_te_office", "web_url", "phone", "email")

    def revert_version(self, version):
        revert_keeping_unrecorded_fields(version)  # a version from before the English names


class MunicipalityInline(admin.TabularInline):
    """The area's municipalities, read-only: a municipality joins or leaves an area on its own page."""

    model = Municipality
    fields = readonly_fields = ("code", "finnish_name", "swedish_name", "region_fi")
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = _("kunnat tällä alueella (alue vaihdetaan kunnan sivulla)")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("nimi suomeksi"))
    def finnish_name(self, municipality):
        return municipality.name_fi

    @admin.display(description=_("nimi ruotsiksi"))
    def swedish_name(self, municipality):
        return municipality.name_sv


@admin.register(TrialArea)
class TrialAreaAdmin(ContactsWarningMixin, CsvExportMixin, TranslatedHistoryAdmin):
    resource_classes = [TrialAreaResource]
    list_display = ("name_fi", "name_sv", "area_id", "municipality_count", "contacts_given")
    search_fields = ("area_id", "name_fi", "name_sv", "municipalities__code", "municipalities__name_fi")
    fields = ("area_id", "name", "web_url", "phone", "email", "service_points")
    inlines = [MunicipalityInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(municipality_total=Count("municipalities"))

    def get_export_queryset(self, request):
        return super().get_export_queryset(request).prefetch_related("municipalities")

    @admin.display(description=_("kuntia"), ordering="municipality_total")
    def municipality_count(self, area):
        return area.municipality_total

    def revert_version(self, version):
        restore_area_version(version)


@admin.register(Municipality)
class MunicipalityAdmin(CsvExportMixin, TranslatedHistoryAdmin):
    resource_classes = [MunicipalityResource]
    list_display = (
        "code", "name_fi", "name_sv", "region_fi", "area", "te_office", "employment_area", "language_status_2023_2032"
    )
    list_filter = (
        "area",
        "employment_area",
        "aland",
        ("region_fi", admin.AllValuesFieldListFilter),
        "language_status_2023_2032",
        "language_status_2013_2022",
        "te_office",
    )
    list_select_related = ("area", "te_office", "employment_area")
    search_fields = ("code", "name_fi", "name_sv")
    fields = (
        "code",
        "name",
        "region",
        "language_status_2013_2022",
        "language_status_2023_2032",
        "area",
        "te_office",
        "employment_area",
        "aland",
    )
    list_per_page = 50

    def revert_version(self, version):
        revert_keeping_unrecorded_fields(version)  # a version from before the employment areas

    def get_search_results(self, request, queryset, search_term):
        """Also find names typed without accents or in another case ("ahtari" finds Ähtäri):
        SQLite's LIKE folds the case of ASCII letters only."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        folded = fold(search_term)
        if folded:
            names = Municipality.objects.values_list("pk", "name_fi", "name_sv")
            matching = [pk for pk, fi, sv in names if folded in fold(fi or "") or folded in fold(sv or "")]
            results = results | queryset.filter(pk__in=matching)
        return results, may_have_duplicates
