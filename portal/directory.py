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

from django.core.cache import cache
from django.utils.translation import get_language

from .text import collation_key, fold
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
    area_id: str
    name: Translated
    web_url: str
    phone: str
    email: str
    service_points: Translated
    municipality_codes: tuple[str, ...] = ()

    @property
    def has_contacts(self) -> bool:
        return bool(self.web_url or self.phone or self.email or self.service_points.fi or self.service_points.sv)


@dataclass(frozen=True)
class MunicipalityInfo:
    code: str
    name: Translated
    region: Translated
    language_status_2013_2022: str
    language_status_2023_2032: str
    area_id: str | None
    te_office_id: str

    def language_status_on(self, day: datetime.date) -> str:
        from .models import SECOND_LANGUAGE_DECREE_FROM

        if day >= SECOND_LANGUAGE_DECREE_FROM:
            return self.language_status_2023_2032
        return self.language_status_2013_2022

    def place(self, day: datetime.date):
        """The municipality as the rules see it on `day`."""
        from .rules import Place

        return Place(
            code=self.code,
            area_id=self.area_id,
            te_office_id=self.te_office_id,
            language_status=self.language_status_on(day),
        )


@dataclass
class Directory:
    version: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    municipalities: dict[str, MunicipalityInfo]
    areas: dict[str, AreaInfo]
    te_offices: dict[str, TeOfficeInfo]
    _by_folded_name: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        for info in self.municipalities.values():
            for name in (info.name.fi, info.name.sv, info.code):
                self._by_folded_name.setdefault(fold(name), info.code)

    @property
    def period(self):
        from .rules import Period

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
        matches = difflib.get_close_matches(folded, list(self._by_folded_name), n=limit * 2, cutoff=0.7)
        codes = list(dict.fromkeys(self._by_folded_name[m] for m in matches))[:limit]
        return [self.municipalities[c] for c in codes]

    def sorted_municipalities(self, language: str | None = None, codes=None) -> list[MunicipalityInfo]:
        language = language or _current_language()
        chosen = self.municipalities.values() if codes is None else (self.municipalities[c] for c in codes)
        return sorted(chosen, key=lambda m: collation_key(m.name.get(language), language))

    def sorted_areas(self, language: str | None = None) -> list[AreaInfo]:
        language = language or _current_language()
        return sorted(self.areas.values(), key=lambda a: collation_key(a.name.get(language), language))

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


def build_directory(version: str) -> Directory:
    from .models import Municipality, TeOffice, TrialArea, TrialPeriod

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
    rows = list(Municipality.objects.select_related("area", "te_office").order_by("code"))
    codes_by_area: dict[str, list[str]] = {}
    municipalities = {}
    for row in rows:
        area_id = row.area.area_id if row.area else None
        if area_id:
            codes_by_area.setdefault(area_id, []).append(row.code)
        municipalities[row.code] = MunicipalityInfo(
            code=row.code,
            name=_translated(row, "name"),
            region=_translated(row, "region"),
            language_status_2013_2022=row.language_status_2013_2022,
            language_status_2023_2032=row.language_status_2023_2032,
            area_id=area_id,
            te_office_id=row.te_office.office_id,
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
    return Directory(
        version=version,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        municipalities=municipalities,
        areas=areas,
        te_offices=te_offices,
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
