"""Staff load a corrected municipalities CSV: check every row first, then apply all or nothing.

The columns are those of portal/data/municipalities.csv (`region_en` optional) plus an optional
`area_id` (the admin's CSV export has exactly these). A municipality's TE office follows its region (the mapping in
portal/data/te_offices.csv); it is only looked up for a new municipality or a changed region.
Municipalities missing from the file are left as they are. Used by `import_municipalities`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import shipped_data
from .models import Municipality, TeOffice, TrialArea
from .text_checks import control_character, unescape_formula

REQUIRED_COLUMNS = (
    "code",
    "name_fi",
    "name_sv",
    "region_fi",
    "region_sv",
    "language_status_2013_2022",
    "language_status_2023_2032",
)
OPTIONAL_COLUMNS = ("region_en", "area_id")
TEXT_FIELDS = REQUIRED_COLUMNS[1:]
EXTRA = "\0extra"  # where csv puts the values of a row longer than the header


@dataclass
class RowChange:
    line: int
    municipality: Municipality
    is_new: bool
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class ImportPlan:
    new: list[RowChange] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)
    unchanged: int = 0
    rows: int = 0
    errors: list[str] = field(default_factory=list)  # one line per bad row
    not_in_file: int = 0


@dataclass
class Lookups:
    """What rows are compared with: today's municipalities, areas, and the region's TE office."""

    existing: dict[str, Municipality]
    areas: dict[str, TrialArea]
    office_of_region: dict[str, TeOffice | None]
    has_area_column: bool
    has_region_en_column: bool = False

    @classmethod
    def from_database(cls, *, has_area_column: bool, has_region_en_column: bool = False) -> Lookups:
        offices = {o.office_id: o for o in TeOffice.objects.all()}
        return cls(
            existing={m.code: m for m in Municipality.objects.select_related("area", "te_office")},
            areas={a.area_id: a for a in TrialArea.objects.all()},
            office_of_region={
                region: offices.get(office_id) for region, office_id in shipped_data.te_office_by_region().items()
            },
            has_area_column=has_area_column,
            has_region_en_column=has_region_en_column,
        )


def plan_import(raw: bytes) -> ImportPlan:
    """Compare the file with the database. Changes nothing."""
    plan = ImportPlan()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        plan.errors.append(_("Tiedosto ei ole UTF-8-muodossa: tallenna se CSV UTF-8 -muodossa."))
        return plan
    first_line = text.split("\n", 1)[0]
    # Excel in a Finnish locale saves CSV with semicolons.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey=EXTRA, delimiter=delimiter)
    header = reader.fieldnames or []
    header_error = check_header(header)
    if header_error:
        plan.errors.append(header_error)
        return plan

    lookups = Lookups.from_database(has_area_column="area_id" in header, has_region_en_column="region_en" in header)
    first_line_of_code: dict[str, int] = {}
    previous_line_end = 1
    for row in reader:
        line = previous_line_end + 1  # a quoted value may span lines: the row starts here
        previous_line_end = reader.line_num
        plan.rows += 1
        problems = column_count_problems(row, header)
        if not problems:
            row = spreadsheet_undone(row)
            problems = control_character_problems(row)
        change = None
        if not problems:
            code = row["code"].strip()
            if code in first_line_of_code:
                problems.append(
                    _("kuntanumero %(code)s on jo rivillä %(line)d") % {"code": code, "line": first_line_of_code[code]}
                )
            first_line_of_code.setdefault(code, line)
            change = compare_row(row, line, lookups, problems)
        if problems:
            plan.errors.append(_("rivi %(line)d: %(problem)s") % {"line": line, "problem": "; ".join(problems)})
        elif change.is_new:
            plan.new.append(change)
        elif change.changes:
            plan.changed.append(change)
        else:
            plan.unchanged += 1
    if not plan.rows:
        plan.errors.append(_("Tiedostossa ei ole yhtään kuntariviä."))
    plan.not_in_file = len(set(lookups.existing) - set(first_line_of_code))
    return plan


def compare_row(row: dict[str, str], line: int, lookups: Lookups, problems: list[str]) -> RowChange:
    """The municipality as the row would leave it; what is wrong with the row goes to `problems`."""
    code = row["code"].strip()
    values = {name: row[name].strip() for name in TEXT_FIELDS}
    municipality = lookups.existing.get(code)
    is_new = municipality is None
    if is_new:
        municipality = Municipality(code=code)
    before = snapshot(municipality)
    for name, value in values.items():
        setattr(municipality, name, value)
    if lookups.has_region_en_column:
        municipality.region_en = row["region_en"].strip()
    if is_new or before["region_fi"] != values["region_fi"]:
        office = lookups.office_of_region.get(values["region_fi"])
        if office is None and values["region_fi"]:
            problems.append(_("maakunnalle %(region)s ei löydy TE-toimistoa") % {"region": values["region_fi"]})
        municipality.te_office = office
    if lookups.has_area_column:
        area_id = row["area_id"].strip()
        if area_id and area_id not in lookups.areas:
            problems.append(_("tuntematon kokeilualue %(area_id)s") % {"area_id": area_id})
        municipality.area = lookups.areas.get(area_id)
    problems.extend(model_problems(municipality, skip_te_office=municipality.te_office_id is None))

    change = RowChange(line, municipality, is_new)
    if not is_new:
        after = snapshot(municipality)
        change.changes = {name: (before[name], after[name]) for name in after if before[name] != after[name]}
    return change


def check_header(header: list[str]) -> str | None:
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    unknown = [name for name in header if name not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    repeated = sorted({name for name in header if header.count(name) > 1})
    if not (missing or unknown or repeated):
        return None
    details = []
    if missing:
        details.append(_("puuttuu %(columns)s") % {"columns": ", ".join(missing)})
    if unknown:
        details.append(_("tuntematon %(columns)s") % {"columns": ", ".join(unknown)})
    if repeated:
        details.append(_("kahdesti %(columns)s") % {"columns": ", ".join(repeated)})
    return _("rivi 1: otsikkorivi on väärä (%(details)s); sarakkeet ovat %(columns)s") % {
        "details": "; ".join(details),
        "columns": ",".join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS),
    }


def spreadsheet_undone(row: dict[str, str]) -> dict[str, str]:
    """The row as exported: formula escapes removed, a code's dropped leading zeros restored
    (a spreadsheet reads 091 as the number 91)."""
    row = {name: unescape_formula(value) if isinstance(value, str) else value for name, value in row.items()}
    code = (row.get("code") or "").strip()
    if code.isdigit() and len(code) < 3:
        row["code"] = code.zfill(3)
    return row


def control_character_problems(row: dict[str, str]) -> list[str]:
    problems = []
    for name, value in row.items():
        found = control_character(value) if isinstance(value, str) else None
        if found:
            problems.append(
                _("%(column)s: ohjausmerkki %(character)s (näkymätön merkki); poista se") % {"column": name, "character": found}
            )
    return problems


def column_count_problems(row: dict, header: list[str]) -> list[str]:
    missing = sum(row.get(name) is None for name in header)
    extra = len(row.get(EXTRA, []))
    if missing or extra:
        return [
            _("rivillä on %(count)d saraketta, otsikossa %(expected)d")
            % {"count": len(header) - missing + extra, "expected": len(header)}
        ]
    return []


def model_problems(municipality: Municipality, *, skip_te_office: bool) -> list[str]:
    """The model's own checks (code format, lengths, required names, language status, unique code)."""
    exclude = {"te_office"} if skip_te_office else set()
    try:
        municipality.full_clean(exclude=exclude | {"name", "region", "name_en", "region_en"})
    except ValidationError as error:
        return [
            " ".join(messages) if name == "__all__" else f"{name}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        ]
    return []


def snapshot(municipality: Municipality) -> dict[str, str]:
    values = {name: getattr(municipality, name) or "" for name in TEXT_FIELDS + ("region_en",)}
    values["area_id"] = municipality.area.area_id if municipality.area else ""
    values["te_office"] = municipality.te_office.office_id if municipality.te_office_id else ""
    return values


def apply_plan(plan: ImportPlan, *, comment: str) -> None:
    """Save the planned rows in one transaction, recorded as one revision in the history."""
    if plan.errors:
        raise ValueError("a plan with errors cannot be applied")
    with transaction.atomic(), reversion.create_revision():
        reversion.set_comment(comment)
        for change in plan.new + plan.changed:
            change.municipality.save()
