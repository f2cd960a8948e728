"""Decision tables: every answer path of the questionnaires, one row per path and date.

Pure: the caller gives the municipalities (as rules.Place objects keyed by code, or for tables()
a function giving them for each date), the period and the dates. The paths are found by depth-first
search over rules.next_question, branching on every allowed value, so the table shows exactly the
questions the rules ask and in their order.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path

from .rules import (
    ELIGIBILITY_QUESTIONS, EMPLOYMENT_AREAS, EMPLOYMENT_AREAS_FROM, MOVE_QUESTIONS, TRIAL_RULE_VERSIONS,
    Citation, Period, Place, Result, next_question, regime,
)

TABLES_DIR = Path(__file__).resolve().parent / "decision_tables"  # the committed tables, one CSV per flow

# No trial; bilingual area (arranges alone from 2025); monolingual fi area; Åland (Mariehamn).
ELIGIBILITY_SAMPLE_CODES = ("405", "091", "837", "478")
# Merged into Mäntyharju on 1.1.2025: until then it answers like any municipality of its area.
MERGED_SAMPLE_CODES = ("588",)
MOVE_SAMPLE_PAIRS = (
    ("837", "837"), ("405", "405"), ("837", "536"), ("092", "245"), ("837", "398"),
    ("837", "091"), ("837", "405"), ("405", "837"), ("405", "091"), ("405", "285"),
    ("588", "507"), ("507", "588"), ("588", "837"), ("837", "478"), ("478", "837"), ("478", "035"),
)
# The day before the trial, the first day of each rules version, and the first day of the
# employment areas.
TABLE_DATES = (date(2021, 2, 28), *TRIAL_RULE_VERSIONS, EMPLOYMENT_AREAS_FROM)

ELIGIBILITY_COLUMNS = (
    "date", "trial_status", "rules_version", "path", "outcome", "reason", "area", "te_office",
    "employment_area", "groups", "may_stay_with_te_office", "move_back_on_request", "merged_into",
    "legal_basis", "branches",
)
MOVE_COLUMNS = ELIGIBILITY_COLUMNS + ("move_kind",)
_PLACE_KEYS = {key for questions in (ELIGIBILITY_QUESTIONS, MOVE_QUESTIONS)
               for key, values in questions.items() if values is None}


Samples = Callable[[date], Sequence[Mapping[str, str]]]  # date -> starting answers, municipalities as codes


def eligibility_samples(on: date) -> tuple[dict[str, str], ...]:
    """The eligibility table's starting answers on `on`: one municipality each."""
    codes = ELIGIBILITY_SAMPLE_CODES + (MERGED_SAMPLE_CODES if regime(on) == EMPLOYMENT_AREAS else ())
    return tuple({"municipality": code} for code in codes)


def move_samples(on: date) -> tuple[dict[str, str], ...]:
    """The move table's starting answers on `on`: a pair of municipalities each."""
    return tuple({"from": origin, "to": destination} for origin, destination in MOVE_SAMPLE_PAIRS)


def flow_rows(assess, questions, samples: Samples, places_on: Callable[[date], Mapping[str, Place]], *,
              period: Period, dates: Iterable[date] = TABLE_DATES, with_move_kind: bool = False) -> list[dict]:
    """Every answer path from each sample on each date, as table rows.

    `samples(on)` gives the starting answers with municipality codes; `places_on(on)` maps a code to
    the Place the rules see on that date (a merged municipality as the one it joined).
    """
    rows = []
    for on in dates:
        places = places_on(on)
        for sample in samples(on):
            start = {key: places[code] for key, code in sample.items()}
            rows += [result_row(on, answers, result, with_move_kind=with_move_kind)
                     for answers, result in explore(assess, questions, start, period=period, on=on)]
    return rows


def explore(assess, questions, answers: dict, *, period: Period, on: date) -> Iterator[tuple[dict, Result]]:
    """Yield (answers, result) for every path from `answers`; keys stay in the order asked."""
    key = next_question(assess, answers, period=period, on=on)
    if key is None:
        yield answers, assess(answers, period=period, on=on)
        return
    if questions[key] is None:
        raise ValueError(f"a municipality must be given up front, the rules ask for {key!r}")
    for value in questions[key]:
        yield from explore(assess, questions, {**answers, key: value}, period=period, on=on)


def result_row(on: date, answers: Mapping[str, object], result: Result, *,
               with_move_kind: bool = False) -> dict:
    row = {
        "date": on.isoformat(),
        "trial_status": result.trial_status,
        "rules_version": result.rules_version.isoformat(),
        "path": format_path(answers),
        "outcome": result.outcome,
        "reason": result.reason or "",
        "area": result.area or "",
        "te_office": result.te_office or "",
        "employment_area": result.employment_area or "",
        "groups": "|".join(result.groups),
        "may_stay_with_te_office": "|".join(result.may_stay_with_te_office),
        "move_back_on_request": "yes" if result.move_back_on_request else "",
        "merged_into": "|".join(f"{old}>{new}" for old, new in result.merged_into),
        "legal_basis": "|".join(format_citation(citation) for citation in result.legal_basis),
        "branches": ";".join(
            "&".join(f"{key}={value}" for key, value in branch.condition) + ":" + _short(branch.result)
            for branch in result.branches
        ),
    }
    if with_move_kind:
        row["move_kind"] = result.move_kind or ""
    return row


def _short(result: Result) -> str:
    """outcome[/reason][+may_stay...], e.g. "not_client/no_group" or "client+swedish_language"."""
    text = result.outcome + (f"/{result.reason}" if result.reason else "")
    return "".join([text, *(f"+{reason}" for reason in result.may_stay_with_te_office)])


def format_citation(citation: Citation) -> str:
    """"1269/2020 §5 (671/2022)", "916/2012 ch5a §2 (670/2022)": act, chapter, section, amending act."""
    text = citation.act + (f" ch{citation.chapter.replace(' ', '')}" if citation.chapter else "")
    text += f" §{citation.section}" if citation.section else ""
    return text + (f" ({citation.amended_by})" if citation.amended_by else "")


def format_path(answers: Mapping[str, object]) -> str:
    """"key=value;..." with each municipality as the code given (a merged one's own code)."""
    return ";".join(
        f"{key}={(value.merged_from or value.code) if isinstance(value, Place) else value}"
        for key, value in answers.items()
    )


def parse_path(path: str, places: Mapping[str, Place]) -> dict:
    """The answers of a path, municipality codes replaced by the given places."""
    answers = {}
    for part in path.split(";"):
        key, value = part.split("=", 1)
        answers[key] = places[value] if key in _PLACE_KEYS else value
    return answers


def write_csv(rows: Iterable[Mapping[str, str]], fileobj, columns: Iterable[str] | None = None) -> None:
    """Rows sorted column by column; columns default to those of the first row."""
    rows = list(rows)
    if columns is None:
        if not rows:
            return
        columns = list(rows[0])
    columns = list(columns)
    writer = csv.DictWriter(fileobj, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda row: [row[column] for column in columns]))


def read_csv(fileobj) -> list[dict]:
    return list(csv.DictReader(fileobj))
