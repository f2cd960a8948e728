"""What the portal knows: the trial period, TE offices, trial areas, municipalities, FAQ;
since 1.1.2025 the employment areas, municipal mergers, and the acts the rules cite.

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
employment_area_code_validator = RegexValidator(
    r"^(0[1-9]|[1-9][0-9])$", _("Työllisyysalueen koodi on Tilastokeskuksen kaksinumeroinen koodi, esimerkiksi 08.")
)
act_id_validator = RegexValidator(
    r"^[1-9][0-9]{0,3}/(19|20)[0-9]{2}$", _("Anna säädöksen numero ja vuosi muodossa 1269/2020.")
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


class EmploymentArea(ContactDetails):
    """An employment area (työllisyysalue) that arranges public employment services from 1.1.2025
    (Act 380/2023): one of Statistics Finland's 45 areas, or a municipality arranging them alone.
    Its members are the municipalities whose `employment_area` points here. Staff fill in contacts."""

    code = models.CharField(
        _("koodi"),
        max_length=2,
        unique=True,
        validators=[employment_area_code_validator],
        help_text=_("Tilastokeskuksen työllisyysalueluokituksen koodi, esimerkiksi 08."),
    )
    name = models.CharField(_("nimi"), max_length=200)
    service_points = models.TextField(
        _("palvelupisteet"), blank=True, help_text=_("Käyntiosoitteet ja aukioloajat, yksi riville.")
    )

    class Meta:
        verbose_name = _("työllisyysalue")
        verbose_name_plural = _("työllisyysalueet")
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"


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
    employment_area = models.ForeignKey(
        EmploymentArea,
        verbose_name=_("työllisyysalue"),
        related_name="municipalities",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text=_(
            "Työllisyysalue, joka järjestää kunnan työvoimapalvelut 1.1.2025 alkaen. "
            "Tyhjä Ahvenanmaan kunnille ja kunnalle, joka on liitetty toiseen kuntaan."
        ),
    )
    aland = models.BooleanField(
        _("Ahvenanmaa"),
        default=False,
        help_text=_(
            "Rasti Ahvenanmaan kunnille: niissä työnhakijoita palvelee AMS, eikä työvoimapalveluiden "
            "järjestämisestä annettu laki koske niitä."
        ),
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
            models.CheckConstraint(
                condition=Q(aland=False) | Q(employment_area__isnull=True),
                name="municipality_aland_has_no_employment_area",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    def clean(self):
        if self.aland and self.employment_area_id:
            raise ValidationError(
                {"employment_area": _("Ahvenanmaan kunnalla ei ole työllisyysaluetta: siellä palvelee AMS.")}
            )


class MunicipalityChange(models.Model):
    """A municipal merger: from `valid_from` the old municipality is part of the new one
    (Pertunmaa 588 joined Mäntyharju 507 on 1.1.2025). Before that date the old one is answered
    as it was. One change per old municipality, and no chains: a municipality that merged away
    cannot be the one another merges into."""

    old_municipality = models.OneToOneField(
        Municipality,
        verbose_name=_("lakkautettu kunta"),
        related_name="merged_into",
        on_delete=models.PROTECT,
    )
    new_municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("kunta, johon se liitettiin"),
        related_name="merged_from",
        on_delete=models.PROTECT,
    )
    valid_from = models.DateField(_("voimassa alkaen"), help_text=_("Päivä, josta alkaen kunnat ovat yksi kunta."))

    class Meta:
        verbose_name = _("kuntaliitos")
        verbose_name_plural = _("kuntaliitokset")
        ordering = ["valid_from", "old_municipality__code"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(old_municipality=models.F("new_municipality")),
                name="municipality_change_not_into_itself",
            ),
        ]

    def __str__(self):
        return f"{self.old_municipality} → {self.new_municipality}"

    def clean(self):
        old_id, new_id = self.old_municipality_id, self.new_municipality_id
        if old_id is None or new_id is None:
            return
        if old_id == new_id:
            raise ValidationError({"new_municipality": _("Kuntaa ei voi liittää itseensä.")})
        others = MunicipalityChange.objects.exclude(pk=self.pk)
        if others.filter(old_municipality_id=new_id).exists():
            message = _("Tämä kunta on itse liitetty toiseen kuntaan. Valitse kunta, johon se liitettiin.")
            raise ValidationError({"new_municipality": message})
        if others.filter(new_municipality_id=old_id).exists():
            message = _(
                "Tähän kuntaan on liitetty toinen kunta. Muuta ensin se liitos osoittamaan suoraan uuteen kuntaan."
            )
            raise ValidationError({"old_municipality": message})


class LegalSource(models.Model):
    """An act the rules cite (`rules.Citation.act`), with its title and its text on Finlex.
    Staff correct the addresses when Finlex moves them."""

    act_id = models.CharField(
        _("säädöksen numero"),
        max_length=12,
        unique=True,
        validators=[act_id_validator],
        help_text=_("Numero ja vuosi, esimerkiksi 1269/2020."),
    )
    title = models.CharField(_("nimike"), max_length=300)
    url_fi = models.URLField(_("Finlex-osoite suomeksi"), max_length=300)
    url_sv = models.URLField(_("Finlex-osoite ruotsiksi"), max_length=300)

    class Meta:
        verbose_name = _("säädös")
        verbose_name_plural = _("säädökset")
        ordering = ["act_id"]

    def __str__(self):
        return f"{self.act_id} {self.title}"


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


# Everything staff edit, in dependency order (what a row refers to comes first): the backup, and the
# data version that public pages follow, cover exactly these.
PORTAL_MODELS = (
    TrialPeriod, TeOffice, TrialArea, EmploymentArea, Municipality, MunicipalityChange, LegalSource, FaqEntry,
)
