"""Reads the data files shipped in portal/data/ (2021 municipal division; sources in SOURCES.md)."""

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
