"""An in-memory snapshot of everything the portal knows, rebuilt when the data changes.

Public pages read the snapshot, not the database, so a warm page makes no SQL query.
The snapshot is keyed by a data version kept in the shared cache; saving or deleting
any portal model sets a new version (portal/signals.py), so every worker and every
instance rebuilds on its next request.
"""

from __future__ import annotations

import datetime
import difflib
import logging
import uuid
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.core.cache import cache
from django.utils.translation import get_language

from .rules import Period, Place
from .text import best_match_rank, collation_key, fold
from .transactions import in_uncommitted_transaction

DATA_VERSION_KEY = "portal:data-version"
logger = logging.getLogger(__name__)


def data_version() -> str:
    version = cache.get(DATA_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        # add() keeps a version another worker set in the meantime.
        if not cache.add(DATA_VERSION_KEY, version, timeout=None):
            version = cache.get(DATA_VERSION_KEY, version)
    return version


def bump_data_version() -> None:
    cache.set(DATA_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def _current_language() -> str:
    return (get_language() or "fi")[:2]


@dataclass(frozen=True)
class Translated:
    fi: str
    sv: str
    en: str = ""

    def get(self, language: str | None = None) -> str:
        language = language or _current_language()
        if language == "sv":
            return self.sv or self.fi
        if language == "en":
            return self.en or self.fi
        return self.fi or self.sv

    def __str__(self) -> str:
        return self.get()


@dataclass(frozen=True)
class TeOfficeInfo:
    office_id: str
    name: Translated
    is_te_office: bool
    web_url: str
    phone: str
    email: str


@dataclass(frozen=True)
class AreaInfo:
    """A trial area (2021–2024) with the contacts staff gave and its member municipalities' codes."""

    area_id: str
    name: Translated
    web_url: str
    phone: str
    email: str
    service_points: Translated
    municipality_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EmploymentAreaInfo:
    """An employment area (työllisyysalue) since 1.1.2025: Statistics Finland's two-digit `code`,
    its name, the contacts staff gave ("" where not given: no source has them all), and the codes
    of the municipalities it serves, in code order."""

    code: str
    name: Translated
    web_url: str
    phone: str
    email: str
    service_points: Translated
    municipality_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegalSourceInfo:
    """An act the rules cite (`rules.Citation.act`, e.g. "1269/2020") with its Finlex addresses."""

    act_id: str
    title: Translated
    url_fi: str
    url_sv: str

    def url(self, language: str | None = None) -> str:
        """The act's text on Finlex in `language`: Swedish for "sv", Finnish otherwise
        (Finlex has no English text of these acts)."""
        return self.url_sv if (language or _current_language()) == "sv" else self.url_fi


@dataclass(frozen=True)
class FaqInfo:
    """A published FAQ entry as staff left it: `pk` (anchors on the FAQ page), question and answer
    (plain text, a blank line between paragraphs), in fi/sv/en ("" where not given)."""

    pk: int
    question: Translated
    answer: Translated


@dataclass(frozen=True)
class MunicipalityInfo:
    code: str
    name: Translated
    region: Translated
    language_status_2013_2022: str
    language_status_2023_2032: str
    area_id: str | None  # trial area 2021–2024
    te_office_id: str  # TE office 2021–2024 ("ams_aland" on Åland)
    employment_area_code: str | None = None  # the area serving it from 1.1.2025; None on Åland and once merged
    aland: bool = False  # on Åland: AMS serves job seekers, the mainland acts do not apply

    def language_status_on(self, day: datetime.date) -> str:
        """"fi", "sv", "fi_sv" or "sv_fi" under the language decree in force on `day`."""
        from .models import SECOND_LANGUAGE_DECREE_FROM

        if day >= SECOND_LANGUAGE_DECREE_FROM:
            return self.language_status_2023_2032
        return self.language_status_2013_2022

    def place(self, day: datetime.date, merged_from: str | None = None) -> Place:
        """This municipality as the rules see it on `day`, as it is in the data: a merger is NOT
        resolved here. Callers with a code a visitor gave use `Directory.place`, which is."""
        return Place(
            code=self.code,
            area_id=self.area_id,
            te_office_id=self.te_office_id,
            language_status=self.language_status_on(day),
            employment_area=self.employment_area_code,
            aland=self.aland,
            merged_from=merged_from,
        )


@dataclass
class Directory:
    version: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    municipalities: dict[str, MunicipalityInfo]
    areas: dict[str, AreaInfo]
    te_offices: dict[str, TeOfficeInfo]
    employment_areas: dict[str, EmploymentAreaInfo] = field(default_factory=dict)
    # old municipality code -> (code of the municipality it joined, the first day it is part of it)
    changes: dict[str, tuple[str, datetime.date]] = field(default_factory=dict)
    legal_sources: dict[str, LegalSourceInfo] = field(default_factory=dict)
    faq: tuple[FaqInfo, ...] = ()  # the published entries in page order (order, id)
    _by_folded_name: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        for info in self.municipalities.values():
            for name in (info.name.fi, info.name.sv, info.code):
                self._by_folded_name.setdefault(fold(name), info.code)

    @property
    def period(self) -> Period | None:
        if self.period_start is None or self.period_end is None:
            return None
        return Period(start=self.period_start, end=self.period_end)

    def find(self, text: str) -> MunicipalityInfo | None:
        """A municipality by code or Finnish or Swedish name, any case, accents optional."""
        code = self._by_folded_name.get(fold(text or ""))
        return self.municipalities.get(code) if code else None

    def suggest(self, text: str, limit: int = 3) -> list[MunicipalityInfo]:
        """Near misses for a name that was not found ('Tamprere' -> Tampere)."""
        folded = fold(text or "")
        if not folded:
            return []
        # The first part of a compound name or a name without its suffix ('Mänttä', 'Koski') first.
        starts = sorted(
            (rank, fold(m.name.fi), m.code)
            for m in self.municipalities.values()
            if len(folded) >= 3 and (rank := best_match_rank(text, (m.name.fi, m.name.sv))) is not None and rank < 2
        )
        matches = difflib.get_close_matches(folded, list(self._by_folded_name), n=limit * 2, cutoff=0.7)
        codes = list(dict.fromkeys([c for _, _, c in starts] + [self._by_folded_name[m] for m in matches]))[:limit]
        return [self.municipalities[c] for c in codes]

    def sorted_municipalities(self, language: str | None = None, codes=None) -> list[MunicipalityInfo]:
        language = language or _current_language()
        chosen = self.municipalities.values() if codes is None else (self.municipalities[c] for c in codes)
        return sorted(chosen, key=lambda m: collation_key(m.name.get(language), language))

    def sorted_areas(self, language: str | None = None) -> list[AreaInfo]:
        language = language or _current_language()
        return sorted(self.areas.values(), key=lambda a: collation_key(a.name.get(language), language))

    def sorted_employment_areas(self, language: str | None = None) -> list[EmploymentAreaInfo]:
        """The employment areas in the alphabetical order of `language` (Finnish or Swedish rules)."""
        language = language or _current_language()
        return sorted(self.employment_areas.values(), key=lambda a: collation_key(a.name.get(language), language))

    def employment_area_of(self, municipality: MunicipalityInfo) -> EmploymentAreaInfo | None:
        """The area serving `municipality` from 1.1.2025; None on Åland (AMS) and for a municipality
        that merged away (ask for the one it joined: `place()` or `changes`)."""
        code = municipality.employment_area_code
        return self.employment_areas.get(code) if code else None

    def place(self, code: str, day: datetime.date) -> Place:
        """The municipality `code` (as a visitor gave it) as the rules see it on `day`.

        From the day a merger is valid the answer is for the municipality it joined, with
        `merged_from` = `code` (Pertunmaa 588 on or after 1.1.2025: Place(code="507",
        merged_from="588", ...)); before that day the old municipality as it was. The language
        status is the one under the decree in force on `day`. KeyError for an unknown code.
        """
        merged_from = None
        change = self.changes.get(code)
        if change is not None and day >= change[1]:
            merged_from, code = code, change[0]
        return self.municipalities[code].place(day, merged_from)

    def area_of(self, municipality: MunicipalityInfo) -> AreaInfo | None:
        return self.areas.get(municipality.area_id) if municipality.area_id else None

    def te_office_of(self, municipality: MunicipalityInfo) -> TeOfficeInfo:
        return self.te_offices[municipality.te_office_id]

    def bilingual_trial_municipalities(self, day: datetime.date) -> list[MunicipalityInfo]:
        return [
            m for m in self.municipalities.values() if m.area_id and m.language_status_on(day) in ("fi_sv", "sv_fi")
        ]


def _translated(obj, field_name: str) -> Translated:
    return Translated(
        fi=getattr(obj, f"{field_name}_fi") or "",
        sv=getattr(obj, f"{field_name}_sv") or "",
        en=getattr(obj, f"{field_name}_en") or "",
    )


def _municipality_name(row) -> Translated:
    """A municipality's names; in English, without an English name of its own, the name in its
    majority language under the current language decree (Mariehamn, Jakobstad, Pedersöre), as
    English texts name Finnish places."""
    name = _translated(row, "name")
    if not name.en and row.language_status_2023_2032 in ("sv", "sv_fi"):
        return Translated(fi=name.fi, sv=name.sv, en=name.sv)
    return name


def build_directory(version: str) -> Directory:
    """The snapshot from the database in eight queries, whatever the amount of data."""
    from .models import (
        EmploymentArea, FaqEntry, LegalSource, Municipality, MunicipalityChange, TeOffice, TrialArea, TrialPeriod
    )

    period = TrialPeriod.objects.order_by("pk").first()
    te_offices = {
        office.office_id: TeOfficeInfo(
            office_id=office.office_id,
            name=_translated(office, "name"),
            is_te_office=office.is_te_office,
            web_url=office.web_url,
            phone=office.phone,
            email=office.email,
        )
        for office in TeOffice.objects.all()
    }
    # Plain rows, not model instances: the snapshot is rebuilt on every worker after each staff edit.
    rows = [
        SimpleNamespace(**row)
        for row in Municipality.objects.order_by("code").values(
            "code", *(f"{field}_{language}" for field in ("name", "region") for language in ("fi", "sv", "en")),
            "language_status_2013_2022", "language_status_2023_2032", "aland",
            "area__area_id", "te_office__office_id", "employment_area__code",
        )
    ]
    codes_by_area: dict[str, list[str]] = {}
    codes_by_employment_area: dict[str, list[str]] = {}
    municipalities = {}
    for row in rows:
        area_id = row.area__area_id
        if area_id:
            codes_by_area.setdefault(area_id, []).append(row.code)
        employment_area_code = row.employment_area__code
        if employment_area_code:
            codes_by_employment_area.setdefault(employment_area_code, []).append(row.code)
        municipalities[row.code] = MunicipalityInfo(
            code=row.code,
            name=_municipality_name(row),
            region=_translated(row, "region"),
            language_status_2013_2022=row.language_status_2013_2022,
            language_status_2023_2032=row.language_status_2023_2032,
            area_id=area_id,
            te_office_id=row.te_office__office_id,
            employment_area_code=employment_area_code,
            aland=row.aland,
        )
    areas = {
        area.area_id: AreaInfo(
            area_id=area.area_id,
            name=_translated(area, "name"),
            web_url=area.web_url,
            phone=area.phone,
            email=area.email,
            service_points=_translated(area, "service_points"),
            municipality_codes=tuple(codes_by_area.get(area.area_id, ())),
        )
        for area in TrialArea.objects.all()
    }
    employment_areas = {
        area.code: EmploymentAreaInfo(
            code=area.code,
            name=_translated(area, "name"),
            web_url=area.web_url,
            phone=area.phone,
            email=area.email,
            service_points=_translated(area, "service_points"),
            municipality_codes=tuple(codes_by_employment_area.get(area.code, ())),
        )
        for area in EmploymentArea.objects.all()
    }
    changes = {
        old: (new, valid_from)
        for old, new, valid_from in MunicipalityChange.objects.values_list(
            "old_municipality__code", "new_municipality__code", "valid_from"
        )
    }
    legal_sources = {
        source.act_id: LegalSourceInfo(
            act_id=source.act_id, title=_translated(source, "title"), url_fi=source.url_fi, url_sv=source.url_sv
        )
        for source in LegalSource.objects.all()
    }
    return Directory(
        version=version,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        municipalities=municipalities,
        areas=areas,
        te_offices=te_offices,
        employment_areas=employment_areas,
        changes=changes,
        legal_sources=legal_sources,
        faq=tuple(
            FaqInfo(pk=entry.pk, question=_translated(entry, "question"), answer=_translated(entry, "answer"))
            for entry in FaqEntry.objects.filter(published=True).order_by("order", "id")
        ),
    )


_snapshot: Directory | None = None


def get_directory() -> Directory:
    global _snapshot
    try:
        version = data_version()
    except Exception as error:  # the shared cache is away
        # Keep serving: the snapshot this worker has (possibly a staff edit behind),
        # or a fresh one from the database. Edits show again once the cache is back.
        logger.warning("data version unavailable (%s); using this worker's snapshot", error.__class__.__name__)
        if _snapshot is not None:
            return _snapshot
        version = "cache-unavailable"
    if _snapshot is None or _snapshot.version != version:
        if in_uncommitted_transaction():
            # What is read now may be rolled back (a history preview): this request only.
            return build_directory(version)
        _snapshot = build_directory(version)
    return _snapshot
