"""Reads the data files shipped in portal/data/ (2021 municipal division, and the employment areas
of 2025; sources in SOURCES.md)."""

import csv
import datetime
import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
TRIAL_START = datetime.date(2021, 3, 1)
TRIAL_END = datetime.date(2024, 12, 31)


def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def te_offices() -> list[dict[str, str]]:
    return read_csv("te_offices.csv")


def municipalities() -> list[dict[str, str]]:
    return read_csv("municipalities.csv")


def trial_area_rows() -> list[dict[str, str]]:
    return read_csv("trial_areas.csv")


def faq_entries() -> list[dict[str, str]]:
    path = DATA_DIR / "faq.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def te_office_by_region() -> dict[str, str]:
    mapping = {}
    for office in te_offices():
        for region in office["regions_fi"].split(";"):
            mapping[region.strip()] = office["te_office_id"]
    return mapping


# Since 1.1.2025 (SOURCES.md § 6): employment areas, the municipalities they serve, mergers.
AMS_ALAND = "ams_aland"


def employment_areas() -> list[dict[str, str]]:
    return read_csv("employment_areas.csv")


def municipality_employment_areas_2025() -> list[dict[str, str]]:
    """Every municipality of 2025: employment_area_code ("01".."45"; empty on Åland) and served_by
    ("employment_area" or "ams_aland")."""
    return read_csv("municipality_employment_areas_2025.csv")


def municipality_changes() -> list[dict[str, str]]:
    return read_csv("municipality_changes.csv")


def legal_sources() -> list[dict[str, str]]:
    """The acts the rules cite: act_id, title_fi/sv/en, url_fi, url_sv (Finlex)."""
    return read_csv("legal_sources.csv")


def add_2025_data(get_model) -> dict[str, int]:
    """Add the shipped 2025 data to a database that has the 2021 municipalities, never
    overwriting anything already there: a missing employment area, merger or act is inserted;
    a municipality gets its employment area (or the Åland flag) only while it has none.

    `get_model(name)` gives the model class: `apps.get_model("portal", name)` in a migration,
    the real model in `load_portal_data`. Returns how many rows were added or set, by kind.
    """
    EmploymentArea = get_model("EmploymentArea")
    Municipality = get_model("Municipality")
    MunicipalityChange = get_model("MunicipalityChange")
    LegalSource = get_model("LegalSource")
    counts = {"employment_areas": 0, "municipalities": 0, "changes": 0, "legal_sources": 0}

    areas = {area.code: area for area in EmploymentArea.objects.all()}
    for row in employment_areas():
        code = row["employment_area_code"]
        if code not in areas:
            areas[code] = EmploymentArea.objects.create(
                code=code, name_fi=row["name_fi"], name_sv=row["name_sv"], name_en=row["name_en"]
            )
            counts["employment_areas"] += 1

    municipalities = {m.code: m for m in Municipality.objects.all()}
    unset = []
    for row in municipality_employment_areas_2025():
        municipality = municipalities.get(row["code"])
        if municipality is None or municipality.employment_area_id is not None or municipality.aland:
            continue
        if row["served_by"] == AMS_ALAND:
            municipality.aland = True
        else:
            municipality.employment_area = areas[row["employment_area_code"]]
        unset.append(municipality)
    Municipality.objects.bulk_update(unset, ["aland", "employment_area"])
    counts["municipalities"] = len(unset)

    for row in municipality_changes():
        old, new = municipalities.get(row["old_code"]), municipalities.get(row["new_code"])
        if old is None or new is None or MunicipalityChange.objects.filter(old_municipality=old).exists():
            continue
        MunicipalityChange.objects.create(
            old_municipality=old, new_municipality=new, valid_from=datetime.date.fromisoformat(row["valid_from"])
        )
        counts["changes"] += 1

    counts["legal_sources"] = add_legal_sources(LegalSource)
    return counts


def add_legal_sources(LegalSource, acts=None) -> int:
    """Insert the shipped acts (only `acts`, when given) that the database lacks; never change one
    that is there. `LegalSource` is the model class (a migration's historical one, or the real one).
    Returns how many were added."""
    present = set(LegalSource.objects.values_list("act_id", flat=True))
    added = 0
    for row in legal_sources():
        if row["act_id"] not in present and (acts is None or row["act_id"] in acts):
            LegalSource.objects.create(**{field: row[field] for field in (
                "act_id", "title_fi", "title_sv", "title_en", "url_fi", "url_sv")})
            added += 1
    return added
