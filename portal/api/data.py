"""The open-data documents, built from the in-memory snapshot (portal.directory, ADR 0005).

Pure functions of a `Directory` (and a date for the lookup): no SQL, no request. Each dataset has
a JSON document (a dict) and a CSV table (columns, rows of strings). Dates are ISO 8601
(YYYY-MM-DD) strings; a missing value is null in JSON and an empty cell in CSV. Field meanings:
docs/open-data.md. Sources: portal/data/SOURCES.md.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from .. import rules
from ..directory import Directory, MunicipalityInfo, Translated

# The shipped data describes the municipal division of 1.1.2021; the lookup answers from then on.
DATA_FROM = datetime.date(2021, 1, 1)
EMPLOYMENT_AREAS_FROM = rules.EMPLOYMENT_AREAS_FROM  # Act 380/2023
TE_OFFICES_UNTIL = EMPLOYMENT_AREAS_FROM - datetime.timedelta(days=1)

# The decrees on the municipalities' language status (kielilaki 423/2003 § 5): the column of the
# snapshot, the ten years each applies to.
LANGUAGE_DECREE_PERIODS = (
    ("2013-2022", "language_status_2013_2022", datetime.date(2013, 1, 1), datetime.date(2022, 12, 31)),
    ("2023-2032", "language_status_2023_2032", datetime.date(2023, 1, 1), datetime.date(2032, 12, 31)),
)

LICENCE = {
    "licence": "CC BY 4.0",
    "licence_url": "https://creativecommons.org/licenses/by/4.0/",
    "attribution": "Kuntakokeiluopas; municipalities, regions and employment areas: Tilastokeskus / "
                   "Statistics Finland, luokitukset (CC BY 4.0); trial areas: Act 1269/2020 § 3",
}


def iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def names(text: Translated) -> dict[str, str | None]:
    """{"fi", "sv", "en"}: the stored names; null where the data has none (e.g. English municipality names)."""
    return {"fi": text.fi or None, "sv": text.sv or None, "en": text.en or None}


def _or_none(value: str) -> str | None:
    return value or None


def place_on(directory: Directory, info: MunicipalityInfo, day: datetime.date):
    """The rules' Place for `info` on `day`, a merger resolved (`code` is then the new municipality)."""
    return directory.place(info.code, day)


def _members(directory: Directory, codes: Iterable[str]) -> list[dict]:
    return [{"code": code, "name": names(directory.municipalities[code].name)}
            for code in sorted(codes) if code in directory.municipalities]


def _codes_by(directory: Directory, key) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for code in sorted(directory.municipalities):
        value = key(directory.municipalities[code])
        if value:
            grouped.setdefault(value, []).append(code)
    return grouped


def trial_period(directory: Directory) -> dict:
    return {"start": iso(directory.period_start), "end": iso(directory.period_end)}


# --- municipalities ---------------------------------------------------------------------------

MUNICIPALITY_COLUMNS = (
    "code", "name_fi", "name_sv", "name_en", "region_fi", "region_sv", "region_en",
    "language_status_2013_2022", "language_status_2023_2032", "trial_area", "te_office",
    "employment_area", "aland", "valid_from", "valid_until", "merged_into",
)


def municipality_record(directory: Directory, info: MunicipalityInfo) -> dict:
    merged = directory.changes.get(info.code)
    return {
        "code": info.code,
        "name": names(info.name),
        "region": names(info.region),
        "language_status": [
            {"decree_period": label, "valid_from": iso(start), "valid_until": iso(end),
             "status": getattr(info, column)}
            for label, column, start, end in LANGUAGE_DECREE_PERIODS
        ],
        "trial_area": info.area_id,
        "te_office": info.te_office_id,
        "employment_area": info.employment_area_code,
        "aland": info.aland,
        # Every municipality of the 2021 division existed before the data begins.
        "valid_from": None,
        "valid_until": iso(merged[1] - datetime.timedelta(days=1)) if merged else None,
        "merged_into": merged[0] if merged else None,
    }


def municipalities_document(directory: Directory) -> dict:
    return {
        **LICENCE,
        "municipalities": [municipality_record(directory, directory.municipalities[code])
                           for code in sorted(directory.municipalities)],
    }


def municipalities_table(directory: Directory) -> tuple[tuple[str, ...], list[list[str]]]:
    rows = []
    for record in municipalities_document(directory)["municipalities"]:
        statuses = {item["decree_period"]: item["status"] for item in record["language_status"]}
        rows.append([
            record["code"], *_name_cells(record["name"]), *_name_cells(record["region"]),
            statuses["2013-2022"], statuses["2023-2032"], record["trial_area"], record["te_office"],
            record["employment_area"], "true" if record["aland"] else "false",
            record["valid_from"], record["valid_until"], record["merged_into"],
        ])
    return MUNICIPALITY_COLUMNS, [[cell or "" for cell in row] for row in rows]


def _name_cells(name: dict) -> list[str]:
    return [name["fi"] or "", name["sv"] or "", name["en"] or ""]


# --- trial areas, TE offices, employment areas ------------------------------------------------

MEMBER_COLUMNS_SUFFIX = ("municipality_code", "municipality_name_fi", "municipality_name_sv")


def trial_areas_document(directory: Directory) -> dict:
    return {
        **LICENCE,
        "trial_period": trial_period(directory),
        "trial_areas": [
            {"id": area.area_id, "name": names(area.name),
             "municipalities": _members(directory, area.municipality_codes)}
            for area in sorted(directory.areas.values(), key=lambda a: a.area_id)
        ],
    }


def te_offices_document(directory: Directory) -> dict:
    members = _codes_by(directory, lambda info: info.te_office_id)
    return {
        **LICENCE,
        "te_offices": [
            {"id": office.office_id, "name": names(office.name), "is_te_office": office.is_te_office,
             # AMS serves Åland still; the TE offices closed when the employment areas began.
             "valid_until": iso(TE_OFFICES_UNTIL) if office.is_te_office else None,
             "municipalities": _members(directory, members.get(office.office_id, ()))}
            for office in sorted(directory.te_offices.values(), key=lambda o: o.office_id)
        ],
    }


def employment_areas_document(directory: Directory) -> dict:
        return {
        **LICENCE,
        "valid_from": iso(EMPLOYMENT_AREAS_FROM),
        "employment_areas": [
            {"code": area.code, "name": names(area.name), "web_url": _or_none(area.web_url),
             "phone": _or_none(area.phone), "email": _or_none(area.email),
             "service_points": names(area.service_points),
             "municipalities": _members(directory, area.municipality_codes)}
            for area in sorted(directory.employment_areas.values(), key=lambda a: a.code)
        ],
    }


def _member_table(groups: list[dict], id_key: str, extra: tuple[str, ...] = ()):
    columns = (id_key, "name_fi", "name_sv", "name_en", *extra, *MEMBER_COLUMNS_SUFFIX)
    rows = []
    for group in groups:
        head = [group[id_key], *_name_cells(group["name"]),
                *(_cell(group[key]) for key in extra)]
        for member in group["municipalities"] or [{"code": "", "name": {"fi": "", "sv": ""}}]:
            rows.append([*head, member["code"], member["name"]["fi"] or "", member["name"]["sv"] or ""])
    return columns, rows


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def trial_areas_table(directory: Directory):
    document = trial_areas_document(directory)
    period = document["trial_period"]
    groups = [{**area, "trial_start": period["start"], "trial_end": period["end"]} for area in document["trial_areas"]]
    return _member_table(groups, "id", ("trial_start", "trial_end"))


def te_offices_table(directory: Directory):
    return _member_table(te_offices_document(directory)["te_offices"], "id", ("is_te_office", "valid_until"))


def employment_areas_table(directory: Directory):
    document = employment_areas_document(directory)
    groups = [{**area, "valid_from": document["valid_from"]} for area in document["employment_areas"]]
    return _member_table(groups, "code", ("valid_from", "web_url", "phone", "email"))


# --- lookup -------------------------------------------------------------------------------------

LOOKUP_COLUMNS = (
    "date", "municipality_code", "municipality_name_fi", "municipality_name_sv", "answered_for_code",
    "answered_for_name_fi", "answered_for_name_sv", "merged_on", "aland", "language_status", "trial_status",
    "trial_area", "trial_area_name_fi", "trial_area_name_sv", "te_office", "te_office_name_fi",
    "te_office_name_sv", "employment_area", "employment_area_name_fi", "employment_area_name_sv",
)


def lookup(directory: Directory, info: MunicipalityInfo, day: datetime.date) -> dict:
    """Which trial area, TE office and employment area served `info` on `day`.

    A municipality that had merged by `day` is answered for the one it merged into
    (`answered_for`). `trial_area` is null outside the trial period, `te_office` from 1.1.2025
    (except AMS on Åland), `employment_area` before 1.1.2025 and on Åland.
    """
    place = place_on(directory, info, day)
    answered = directory.municipalities[place.code]
    merged = directory.changes.get(info.code)
    period = directory.period
    status = rules.trial_status(period, day) if period else None
    area = directory.areas.get(place.area_id) if place.area_id and status == "ongoing" else None
    aland = place.aland
    if day < EMPLOYMENT_AREAS_FROM or aland:
        office = directory.te_offices.get(place.te_office_id)
    else:
        office = None
    area_code = place.employment_area if day >= EMPLOYMENT_AREAS_FROM else None
    employment_area = directory.employment_areas.get(area_code) if area_code else None
    return {
        **LICENCE,
        "date": day.isoformat(),
        "municipality": {"code": info.code, "name": names(info.name)},
        "answered_for": {"code": answered.code, "name": names(answered.name)},
        "merged_on": iso(merged[1]) if place.merged_from else None,
        "aland": aland,
        "language_status": place.language_status,
        "trial_period": trial_period(directory),
        "trial_status": status,
        "trial_area": {"id": area.area_id, "name": names(area.name)} if area else None,
        "te_office": ({"id": office.office_id, "name": names(office.name), "is_te_office": office.is_te_office}
                      if office else None),
        "employment_area": ({"code": employment_area.code, "name": names(employment_area.name)}
                            if employment_area else None),
    }


def lookup_table(document: dict):
    def pair(obj, key):
        if obj is None:
            return ["", "", ""]
        return [obj[key], obj["name"]["fi"] or "", obj["name"]["sv"] or ""]

    row = [
        document["date"], *pair(document["municipality"], "code"), *pair(document["answered_for"], "code"),
        _cell(document["merged_on"]), _cell(document["aland"]), document["language_status"],
        _cell(document["trial_status"]), *pair(document["trial_area"], "id"), *pair(document["te_office"], "id"),
        *pair(document["employment_area"], "code"),
    ]
    return LOOKUP_COLUMNS, [row]
