"""Translated model fields (django-modeltranslation). Finnish and Swedish are required."""

from modeltranslation.translator import TranslationOptions, register

from .models import EmploymentArea, FaqEntry, LegalSource, Municipality, TeOffice, TrialArea

REQUIRED = ("fi", "sv")


@register(TeOffice)
class TeOfficeTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = REQUIRED


@register(TrialArea)
class TrialAreaTranslation(TranslationOptions):
    fields = ("name", "service_points")
    required_languages = {"fi": ("name",), "sv": ("name",)}


@register(Municipality)
class MunicipalityTranslation(TranslationOptions):
    fields = ("name", "region")
    required_languages = REQUIRED


@register(FaqEntry)
class FaqEntryTranslation(TranslationOptions):
    fields = ("question", "answer")
    required_languages = REQUIRED


@register(EmploymentArea)
class EmploymentAreaTranslation(TranslationOptions):
    fields = ("name", "service_points")
    required_languages = {"fi": ("name",), "sv": ("name",)}


@register(LegalSource)
class LegalSourceTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = REQUIRED
