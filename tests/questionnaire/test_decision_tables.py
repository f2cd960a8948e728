"""The web pages agree with the committed decision tables, row by row.

Each row's path becomes a result URL; the result page, on the row's date, must show the row's
outcome in its data-* attributes. The tables are the rules engineer's reviewed record of every
answer path, so this ties the questionnaire pages to them without snapshotting any HTML.
"""

import csv
from collections import defaultdict
from datetime import date

import pytest

from portal import clock
from portal.decision_table import TABLES_DIR
from portal.questionnaire.results import DATA_ATTRIBUTES

from .conftest import data_attributes

pytestmark = pytest.mark.django_db

TABLES = TABLES_DIR


def rows_by_date(name):
    by_date = defaultdict(list)
    with open(TABLES / f"{name}.csv", encoding="utf-8") as table:
        for row in csv.DictReader(table):
            by_date[row["date"]].append(row)
    return dict(by_date)


ELIGIBILITY = rows_by_date("eligibility")
MOVE = rows_by_date("move")


def result_path(flow, row):
    return f"{flow}/result/?" + row["path"].replace(";", "&")


def check_rows(client, monkeypatch, flow, language, rows):
    monkeypatch.setattr(clock, "today", lambda: date.fromisoformat(rows[0]["date"]))
    mismatches = []
    for row in rows:
        response = client.get(f"/{language}/" + result_path(flow, row))
        if response.status_code != 200:
            mismatches.append((row["path"], response.status_code, response.get("Location")))
            continue
        shown = data_attributes(response)
        expected = {attribute: row.get(column, "") for column, attribute in DATA_ATTRIBUTES.items()}
        if shown != expected:
            mismatches.append((row["path"], shown, expected))
    assert not mismatches, mismatches[:3]
    return len(rows)


def test_the_tables_are_there_and_cover_every_outcome():
    assert {r["outcome"] for rows in ELIGIBILITY.values() for r in rows} == {
        "client", "not_client", "register_first", "depends", "trial_ended"}
    assert {r["outcome"] for rows in MOVE.values() for r in rows} == {
        "same_area", "new_area", "te_office", "check_eligibility", "depends",
        "same_employment_area", "new_employment_area", "aland"}
    assert {r["trial_status"] for rows in MOVE.values() for r in rows} == {"upcoming", "ongoing", "ended"}


@pytest.mark.parametrize("day", sorted(ELIGIBILITY))
def test_every_eligibility_row_in_finnish(client, monkeypatch, day):
    assert check_rows(client, monkeypatch, "eligibility", "fi", ELIGIBILITY[day]) == len(ELIGIBILITY[day])


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("day", sorted(ELIGIBILITY))
def test_a_sample_of_eligibility_rows_in_swedish_and_english(client, monkeypatch, day, language):
    rows = ELIGIBILITY[day]
    # every outcome/reason/group combination once, plus every 10th row
    seen, sample = set(), []
    for index, row in enumerate(rows):
        kind = (row["outcome"], row["reason"], row["groups"], row["may_stay_with_te_office"], row["branches"])
        if kind not in seen or index % 10 == 0:
            seen.add(kind)
            sample.append(row)
    assert check_rows(client, monkeypatch, "eligibility", language, sample) >= len(seen)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("day", sorted(MOVE))
def test_every_move_row_in_every_language(client, monkeypatch, day, language):
    assert check_rows(client, monkeypatch, "move", language, MOVE[day]) == len(MOVE[day])
