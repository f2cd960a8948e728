"""What the portal's admin pages share."""

import hashlib

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import BadRequest, FieldError, PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ExportMixin
from import_export.formats.base_formats import CSV
from modeltranslation.admin import TabbedTranslationAdmin
from reversion import set_comment
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version

from portal.signals import invalidation_pending
from portal.text_checks import control_character

NO_CONTACTS = Q(web_url="") & Q(phone="") & Q(email="")


class RevertClash(Exception):
    """Reverting would give a unique field a value another row has now."""


class HistoryAdmin(VersionAdmin):
    """Every save through the admin is a revision: who, when, what; any version can be restored.

    Reverting and recovering are this class's own views, built on reversion's public API
    (`Version.objects`, `Version.revert`, `create_revision`, `set_comment`) rather than its
    private `_reversion_*` helpers:

    - a view opens only versions of its own model (recover: only of deleted rows),
    - the user needs change permission on that model (recover: add too),
    - `revert_version` decides what a revert touches (one row by default; areas override it),
    - whatever the revert saves is in the new revision, under the user's name,
    - a value that another row now has (an id, a municipality code) is refused with a message,
    - an edit form opened before someone else saved the row is refused, not saved over theirs;
      so is a list save (`list_editable`) in which any row has changed since the list opened.
    """

    history_latest_first = True
    # "www.kunta.fi" typed without a scheme becomes https://www.kunta.fi.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    revision_form_template = "reversion/revision_form.html"
    recover_form_template = "reversion/recover_form.html"

    # Views.

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        response = super().changeform_view(request, object_id, form_url, extra_context)
        warn_if_invalidation_pending(request)
        return response

    def delete_view(self, request, object_id, extra_context=None):
        response = super().delete_view(request, object_id, extra_context)
        warn_if_invalidation_pending(request)
        return response

    def revision_view(self, request, object_id, version_id, extra_context=None):
        version = get_object_or_404(
            Version.objects.get_for_object_reference(self.model, unquote(object_id)), pk=version_id
        )
        context = {"title": _("Palauta versio: %(name)s") % {"name": version.object_repr}, "revert": True}
        context.update(extra_context or {})
        return self.revert_form_view(request, version, self.revision_form_template, context)

    def recover_view(self, request, version_id, extra_context=None):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        # Only a row of this model that no longer exists: reversion's own view took any version.
        version = get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        context = {"title": _("Palauta poistettu: %(name)s") % {"name": version.object_repr}, "recover": True}
        context.update(extra_context or {})
        return self.revert_form_view(request, version, self.recover_form_template, context)

    def revert_form_view(self, request, version, template_name, context):
        """The change form with `version` put back: previewed (GET, rolled back) or saved (POST).

        The revert runs inside a new revision, so every row it saves is recorded; a preview
        rolls everything back (the data snapshot and page cache skip uncommitted reads).
        """
        try:
            with transaction.atomic(using=version.db), self.create_revision(request):
                self.check_no_clash(version)
                self.revert_version(version)
                request.portal_reverting = True  # the edit check below compares with this state
                response = self.changeform_view(request, quote(version.object_id), request.path, context)
                if request.method == "POST" and response.status_code == 302:
                    set_comment(
                        _("Palautettu versioon, joka tallennettiin %(datetime)s")
                        % {"datetime": localize(template_localtime(version.revision.date_created))}
                    )
                else:
                    if response.status_code == 200:
                        response.template_name = template_name
                        response.render()
                    raise _RollBack(response)
            warn_if_invalidation_pending(request)  # the revert has committed now
            return response
        except _RollBack as rollback:
            return rollback.response
        except RevertClash as clash:
            messages.error(request, str(clash))
        except (RevertError, models.ProtectedError, IntegrityError):
            messages.error(request, _("Versiota ei voitu palauttaa: se ei sovi nykyisiin tietoihin."))
        opts = self.model._meta
        return redirect(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")

    def revert_version(self, version):
        """Put back this one row as `version` recorded it (a model may revert more: areas do)."""
        version.revert()

    def check_no_clash(self, version):
        """Raise RevertClash, naming the field and value, if a unique value is now another row's."""
        model = version.content_type.model_class()
        for field in model._meta.concrete_fields:
            if not field.unique or field.primary_key or field.attname not in version.field_dict:
                continue
            value = version.field_dict[field.attname]
            others = model._default_manager.using(version.db).exclude(pk=version.object_id)
            if value not in (None, "") and others.filter(**{field.attname: value}).exists():
                raise RevertClash(
                    _(
                        "Versiota ei voi palauttaa: kentän ”%(field)s” arvo %(value)s on nyt toisella rivillä"
                        " (%(other)s). Muuta ensin sen rivin %(field)s."
                    )
                    % {
                        "field": field.verbose_name,
                        "value": value,
                        "other": others.filter(**{field.attname: value}).first(),
                    }
                )

    # Optimistic concurrency: the form carries a digest of the row as it was when opened.

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            context[EDIT_TOKEN] = edit_token(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        check_edit = (
            obj is not None and obj.pk is not None and request.method == "POST"
            and not getattr(request, "portal_reverting", False)
        )
        opened, now = (request.POST.get(EDIT_TOKEN), edit_token(obj)) if check_edit else (None, None)

        class CheckedForm(form_class):
            def clean(self):
                cleaned = super().clean()
                refuse_control_characters(self)
                if opened != now:
                    raise ValidationError(EDIT_CONFLICT, code="edit_conflict")
                return cleaned

        CheckedForm.__name__ = form_class.__name__
        return CheckedForm

    def get_changelist_form(self, request, **kwargs):
        """The list's editable columns (`list_editable`): each row carries its own edit token."""
        form_class = super().get_changelist_form(request, **kwargs)

        class CheckedRowForm(form_class):
            portal_edit_token = _EditTokenField()

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if not self.is_bound and self.instance.pk is not None:
                    self.fields[EDIT_TOKEN].initial = edit_token(self.instance)

            def clean(self):
                cleaned = super().clean()
                refuse_control_characters(self)
                if self.instance.pk is not None and cleaned.get(EDIT_TOKEN) != edit_token(self.instance):
                    raise ValidationError(EDIT_CONFLICT, code="edit_conflict")
                return cleaned

        CheckedRowForm.__name__ = form_class.__name__
        return CheckedRowForm

    def get_changelist_formset(self, request, **kwargs):
        formset_class = super().get_changelist_formset(request, **kwargs)

        class TokenFormSet(formset_class):
            def add_fields(self, form, index):
                # The list template renders only a row's hidden primary key outside its cells:
                # the row's token is written next to it.
                super().add_fields(form, index)
                pk_name = self.model._meta.pk.name
                if EDIT_TOKEN in form.fields and pk_name in form.fields:
                    form.fields[pk_name].widget = _HiddenWithToken(form[EDIT_TOKEN])

        TokenFormSet.__name__ = formset_class.__name__
        return TokenFormSet


def refuse_control_characters(form) -> None:
    """A form error on every text field holding a control character (a NUL, an escape): staff
    cannot see them, and they break exports and pages. Line breaks are fine in text areas."""
    for name, value in list(getattr(form, "cleaned_data", {}).items()):
        if not isinstance(value, str):
            continue
        multiline = isinstance(form.fields[name].widget, forms.Textarea)
        found = control_character(value, multiline=multiline)
        if found:
            form.add_error(
                name,
                _("Tekstissä on ohjausmerkki %(character)s (näkymätön merkki). Poista se ja tallenna uudelleen.")
                % {"character": found},
            )


def warn_if_invalidation_pending(request) -> None:
    """After a save: say so if the public pages could not be told (the shared cache is away)."""
    if request.method == "POST" and invalidation_pending():
        messages.warning(
            request,
            _(
                "Muutos on tallennettu, mutta välimuisti ei ole nyt käytettävissä: julkiset sivut voivat"
                " näyttää vanhoja tietoja, kunnes välimuisti palaa. Päivitys yritetään uudelleen"
                " automaattisesti; tallennusta ei tarvitse toistaa."
            ),
        )


EDIT_TOKEN = "portal_edit_token"
EDIT_CONFLICT = _(
    "Joku muu on muuttanut tätä riviä sen jälkeen, kun avasit lomakkeen, eikä"
    " muutoksiasi tallennettu. Avaa sivu uudelleen, tarkista tiedot ja tee"
    " muutoksesi uudelleen."
)


class _EditTokenField(forms.CharField):
    """A row's edit token, hidden. It is never a change of the row: `has_changed` is False, so an
    untouched row is not saved again."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def has_changed(self, initial, data):
        return False


class _HiddenWithToken(forms.HiddenInput):
    """The row's hidden primary key followed by its hidden edit token (`token` is a BoundField)."""

    def __init__(self, token, attrs=None):
        super().__init__(attrs)
        self.token = token

    def render(self, name, value, attrs=None, renderer=None):
        return super().render(name, value, attrs, renderer) + str(self.token)


def edit_token(obj) -> str:
    """A digest of the row as the database has it now (every concrete field)."""
    row = type(obj)._default_manager.filter(pk=obj.pk).values(*[f.attname for f in obj._meta.concrete_fields])
    return hashlib.sha256(repr(sorted(next(iter(row), {}).items())).encode()).hexdigest()[:32]


class _RollBack(Exception):
    def __init__(self, response):
        self.response = response


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
