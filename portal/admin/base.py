"""What the portal's admin pages share."""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.core.exceptions import BadRequest, FieldError, ValidationError
from django.db import models
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ExportMixin
from import_export.formats.base_formats import CSV
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin
from reversion.models import Version

NO_CONTACTS = Q(web_url="") & Q(phone="") & Q(email="")


class HistoryAdmin(VersionAdmin):
    """Every save through the admin is a revision: who, when, what; any version can be restored."""

    history_latest_first = True
    # "www.kunta.fi" typed without a scheme becomes https://www.kunta.fi.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # Reversion finds the version by its id and the object's id only, so a version of another
        # model whose row has the same id would open (and revert) here. Look within this model.
        version = get_object_or_404(
            Version.objects.get_for_object_reference(self.model, unquote(object_id)), pk=version_id
        )
        self.prepare_revert(version.revision)
        context = {"title": _("Palauta versio: %(name)s") % {"name": version.object_repr}, "revert": True}
        context.update(extra_context or {})
        return self._reversion_revisionform_view(
            request,
            version,
            self.revision_form_template or self._reversion_get_template_list("revision_form.html"),
            context,
        )

    def prepare_revert(self, revision):
        """Hook for a model whose revisions must be reverted in their own way."""


class TranslatedHistoryAdmin(HistoryAdmin, TabbedTranslationAdmin):
    """History plus one tab per language for the translated fields."""


class CsvExportMixin(ExportMixin):
    """An "Export" link on the list that downloads the filtered rows as UTF-8 CSV at once.

    The byte order mark makes Excel, which Finnish staff open CSV files with, read ä and ö
    right; import_municipalities accepts files with or without it.
    """

    export_formats = [CSV]
    skip_export_form = True
    to_encoding = "utf-8-sig"

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_export_queryset(self, request):
        # The list's filters come from the URL; import-export lets a bad one become a 500.
        try:
            queryset = super().get_export_queryset(request)
            queryset.exists()
        except (IncorrectLookupParameters, FieldError, ValidationError, ValueError):
            raise BadRequest("invalid filter in the export URL") from None
        return queryset


class ContactsMissingFilter(admin.SimpleListFilter):
    title = _("yhteystiedot")
    parameter_name = "contacts"

    def lookups(self, request, model_admin):
        return [("missing", _("puuttuvat")), ("present", _("annetut"))]

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.filter(NO_CONTACTS)
        if self.value() == "present":
            return queryset.exclude(NO_CONTACTS)
        return queryset


class ContactsWarningMixin:
    """Staff must fill in contact details: the list says how many rows still lack them."""

    list_filter = [ContactsMissingFilter]

    @admin.display(boolean=True, description=_("yhteystiedot"))
    def contacts_given(self, obj):
        return obj.has_contacts

    def changelist_view(self, request, extra_context=None):
        if request.method == "GET" and ContactsMissingFilter.parameter_name not in request.GET:
            missing = self.model._default_manager.filter(NO_CONTACTS).count()
            if missing:
                text = ngettext(
                    "Yhteystiedot puuttuvat %(count)d riviltä. Näet ne suodattimella yhteystiedot → puuttuvat.",
                    "Yhteystiedot puuttuvat %(count)d riviltä. Näet ne suodattimella yhteystiedot → puuttuvat.",
                    missing,
                )
                messages.warning(request, text % {"count": missing})
        return super().changelist_view(request, extra_context)
