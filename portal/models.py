"""What the portal knows: the trial period, TE offices, trial areas, municipalities, FAQ.

Staff own all of it through the admin; `load_portal_data` seeds it once from the
shipped CSV files in portal/data/. Translated fields (name, region, ...) get
`_fi`, `_sv` and `_en` columns from django-modeltranslation (portal/translation.py).
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

phone_validator = RegexValidator(
    r"^\+?[0-9 ()-]{5,25}$",
    _("Anna puhelinnumero numeroina, esimerkiksi +358 9 123 4567."),
)
municipality_code_validator = RegexValidator(
    r"^[0-9]{3}$", _("Kuntanumero on kolme numeroa, esimerkiksi 091.")
)


class LanguageStatus(models.TextChoices):
    FINNISH = "fi", _("yksikielinen suomenkielinen")
    SWEDISH = "sv", _("yksikielinen ruotsinkielinen")
    BILINGUAL_FINNISH_MAJORITY = "fi_sv", _("kaksikielinen, enemmistön kieli suomi")
    BILINGUAL_SWEDISH_MAJORITY = "sv_fi", _("kaksikielinen, enemmistön kieli ruotsi")


# The language decree VNA 53/2013 applied to 2013–2022; its successor from 2023.
SECOND_LANGUAGE_DECREE_FROM = datetime.date(2023, 1, 1)


class TrialPeriod(models.Model):
    """The one trial period. Staff edit its dates; code never hard-codes them."""

    start = models.DateField(_("alkupäivä"))
    end = models.DateField(_("loppupäivä"))

    class Meta:
        verbose_name = _("kokeilukausi")
        verbose_name_plural = _("kokeilukausi")
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="trial_period_end_after_start"),
        ]

    def __str__(self):
        return f"{self.start:%-d.%-m.%Y}–{self.end:%-d.%-m.%Y}"

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Loppupäivän on oltava alkupäivän jälkeen.")})
        if TrialPeriod.objects.exclude(pk=self.pk).exists():
            raise ValidationError(_("Kokeilukausia voi olla vain yksi. Muokkaa olemassa olevaa."))


class ContactDetails(models.Model):
    """Contact details a job seeker needs. Staff fill them in."""

    web_url = models.URLField(_("verkkosivu"), blank=True)
    phone = models.CharField(_("puhelin"), max_length=40, blank=True, validators=[phone_validator])
    email = models.EmailField(_("sähköposti"), blank=True)

    class Meta:
        abstract = True

    @property
    def has_contacts(self):
        return bool(self.web_url or self.phone or self.email)


class TeOffice(ContactDetails):
    office_id = models.SlugField(_("tunnus"), max_length=40, unique=True)
    name = models.CharField(_("nimi"), max_length=200)
    is_te_office = models.BooleanField(
        _("TE-toimisto"), default=True, help_text=_("Ei rastia Ahvenanmaan AMS:lle, joka ei ole TE-toimisto.")
    )

    class Meta:
        verbose_name = _("TE-toimisto")
        verbose_name_plural = _("TE-toimistot")
        ordering = ["name"]

    def __str__(self):
        return self.name


class TrialArea(ContactDetails):
    area_id = models.SlugField(_("tunnus"), max_length=40, unique=True)
    name = models.CharField(_("nimi"), max_length=200)
    service_points = models.TextField(
        _("palvelupisteet"), blank=True, help_text=_("Käyntiosoitteet ja aukioloajat, yksi riville.")
    )

    class Meta:
        verbose_name = _("kokeilualue")
        verbose_name_plural = _("kokeilualueet")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Municipality(models.Model):
    code = models.CharField(_("kuntanumero"), max_length=3, unique=True, validators=[municipality_code_validator])
    name = models.CharField(_("nimi"), max_length=100)
    region = models.CharField(_("maakunta"), max_length=100)
    language_status_2013_2022 = models.CharField(
        _("kielellinen asema 2013–2022"), max_length=5, choices=LanguageStatus.choices
    )
    language_status_2023_2032 = models.CharField(
        _("kielellinen asema 2023–2032"), max_length=5, choices=LanguageStatus.choices
    )
    # A foreign key makes "at most one area per municipality" a database fact.
    area = models.ForeignKey(
        TrialArea,
        verbose_name=_("kokeilualue"),
        related_name="municipalities",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    te_office = models.ForeignKey(
        TeOffice, verbose_name=_("TE-toimisto"), related_name="municipalities", on_delete=models.PROTECT
    )

    class Meta:
        verbose_name = _("kunta")
        verbose_name_plural = _("kunnat")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(language_status_2013_2022__in=LanguageStatus.values)
                & Q(language_status_2023_2032__in=LanguageStatus.values),
                name="municipality_language_status_valid",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    def language_status_on(self, day: datetime.date) -> str:
        if day >= SECOND_LANGUAGE_DECREE_FROM:
            return self.language_status_2023_2032
        return self.language_status_2013_2022


class FaqEntry(models.Model):
    question = models.CharField(_("kysymys"), max_length=300)
    answer = models.TextField(_("vastaus"), help_text=_("Tyhjä rivi aloittaa uuden kappaleen."))
    order = models.PositiveIntegerField(_("järjestys"), default=100)
    published = models.BooleanField(_("julkaistu"), default=True)

    class Meta:
        verbose_name = _("usein kysytty kysymys")
        verbose_name_plural = _("usein kysytyt kysymykset")
        ordering = ["order", "id"]

    def __str__(self):
        return self.question
