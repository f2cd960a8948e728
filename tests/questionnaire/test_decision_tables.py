"""The web pages agree with the committed decision tables, row by row, for every questionnaire.

Every row, on its date: the row's path, as a result URL's query string, is what the questionnaire
engine resolves to a finished, canonical state (so the result page answers 200, no redirect), and
that state's result in the table's format (`results.data_attributes`, what the result page shows
as its data-* attributes) is the row's. Then one row of each kind of result (the same outcome,
reason, groups, choices, citations and kind of move: what picks the page's templates and texts)
of a table, on each date, is fetched as a page in fi, sv and en and must show its attributes.
The tables are the rules engineer's reviewed record of every answer path, so this ties the
questionnaire pages to them without snapshotting any HTML.
"""

import csv
from collections import defaultdict
from datetime import date
from urllib.parse import parse_qsl

import pytest

from portal import clock
from portal.decision_table import TABLES_DIR
from portal.directory import get_directory
from portal.questionnaire.engine import Situation, resolve
from portal.questionnaire.registry import QUESTIONNAIRES
from portal.questionnaire.results import DATA_ATTRIBUTES, data_attributes as result_attributes

from .conftest import data_attributes

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")


def rows_by_date(slug):
    by_date = defaultdict(list)
    with open(TABLES_DIR / f"{slug}.csv", encoding="utf-8") as table:
        for row in csv.DictReader(table):
            by_date[row["date"]].append(row)
    return dict(by_date)


TABLES = {flow.slug: rows_by_date(flow.slug) for flow in QUESTIONNAIRES}
CASES = [pytest.param(flow, day, id=f"{flow.slug}-{day}") for flow in QUESTIONNAIRES for day in sorted(TABLES[flow.slug])]


# What picks the page's templates and texts; the codes of areas and offices (which only fill in
# names) are checked on every row above.
RENDERED_DIFFERENTLY = tuple(column for column in DATA_ATTRIBUTES if column not in {"area", "te_office", "employment_area"})


def expected_attributes(row):
    return {attribute: row.get(column, "") for column, attribute in DATA_ATTRIBUTES.items()}


def test_every_questionnaire_has_a_table_with_rows():
    assert all(TABLES[flow.slug] for flow in QUESTIONNAIRES), [f.slug for f in QUESTIONNAIRES if not TABLES[f.slug]]


@pytest.mark.parametrize("flow, day", CASES)
def test_every_row_resolves_to_its_result_on_a_canonical_url(flow, day):
    rows = TABLES[flow.slug][day]
    directory = get_directory()
    situation = Situation(directory, directory.period, date.fromisoformat(day))
    mismatches = []
    for row in rows:
        query = parse_qsl(row["path"].replace(";", "&"), keep_blank_values=True)
        state = resolve(flow, dict(query), situation)
        if not state.complete or list(state.canonical().items()) != query:
            mismatches.append((row["path"], "not a canonical finished path", state.furthest_url()))
        elif result_attributes(state) != expected_attributes(row):
            mismatches.append((row["path"], result_attributes(state), expected_attributes(row)))
    assert not mismatches, mismatches[:3]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("flow, day", CASES)
def test_each_different_result_renders_as_its_page(client, monkeypatch, flow, day, language):
    monkeypatch.setattr(clock, "today", lambda: date.fromisoformat(day))
    first_of_each = {}
    for row in TABLES[flow.slug][day]:
        kind = tuple(row.get(column, "") for column in RENDERED_DIFFERENTLY) + (bool(row.get("merged_into")),)
        first_of_each.setdefault(kind, row)
    mismatches = []
    for row in first_of_each.values():
        response = client.get(f"/{language}/{flow.slug}/result/?" + row["path"].replace(";", "&"))
        if response.status_code != 200:
            mismatches.append((row["path"], response.status_code, response.get("Location")))
        elif data_attributes(response) != expected_attributes(row):
            mismatches.append((row["path"], data_attributes(response), expected_attributes(row)))
    assert not mismatches, mismatches[:3]
