"""The decision-table generator: complete, reproducible, unique paths and a stable CSV."""

import io
from dataclasses import replace
from datetime import date

import pytest

from portal.decision_table import (
    ELIGIBILITY_COLUMNS, ELIGIBILITY_SAMPLE_CODES, MERGED_SAMPLE_CODES, MOVE_COLUMNS, MOVE_SAMPLE_PAIRS, TABLE_DATES,
    eligibility_samples, explore, flow_rows, move_samples, parse_path, read_csv, result_row, write_csv,
)
from portal.rules import (
    ELIGIBILITY_QUESTIONS, MOVE_QUESTIONS, Period, Place, assess_eligibility, assess_move, next_question,
)

PERIOD = Period(date(2021, 3, 1), date(2024, 12, 31))
PLACES = {place.code: place for place in (
    Place("405", None, "kaakkois_suomi", "fi", employment_area="03"),
    Place("091", "helsinki", "uusimaa", "fi_sv", employment_area="08"),
    Place("837", "pirkanmaa", "pirkanmaa", "fi", employment_area="38"),
    Place("536", "pirkanmaa", "pirkanmaa", "fi", employment_area="38"),
    Place("092", "vantaa_kerava", "uusimaa", "fi_sv", employment_area="44"),
    Place("245", "vantaa_kerava", "uusimaa", "fi", employment_area="19"),
    Place("398", "lahti", "hame", "fi", employment_area="17"),
    Place("285", None, "kaakkois_suomi", "fi", employment_area="04"),
    Place("507", "mikkeli", "etela_savo", "fi", employment_area="23"),
    Place("588", "mikkeli", "etela_savo", "fi", employment_area="23"),
    Place("478", None, "ams_aland", "sv", aland=True),
    Place("035", None, "ams_aland", "sv", aland=True),
)}


def places_on(day):
    """The sample places as the directory gives them on `day`: Pertunmaa merged from 2025."""
    if day >= date(2025, 1, 1):
        return {**PLACES, "588": replace(PLACES["507"], merged_from="588")}
    return PLACES


@pytest.fixture(scope="module")
def both_tables():
    return tables(places_on)


def tables(places_on):
    """(eligibility rows, move rows), as the decision_tables command builds them for the two flows."""
    return (flow_rows(assess_eligibility, ELIGIBILITY_QUESTIONS, eligibility_samples, places_on, period=PERIOD),
            flow_rows(assess_move, MOVE_QUESTIONS, move_samples, places_on, period=PERIOD, with_move_kind=True))


@pytest.fixture(scope="module")
def eligibility_table(both_tables):
    return both_tables[0]


@pytest.fixture(scope="module")
def move_table(both_tables):
    return both_tables[1]


def test_the_samples_cover_every_kind_of_municipality():
    samples = [PLACES[code] for code in ELIGIBILITY_SAMPLE_CODES]
    assert any(p.area_id is None and not p.aland for p in samples)  # outside the trials
    assert any(p.area_id and p.language_status == "fi" for p in samples)  # Swedish-service choice
    assert any(p.area_id and p.language_status != "fi" for p in samples)  # bilingual
    assert any(p.aland for p in samples)
    assert MERGED_SAMPLE_CODES and all(places_on(date(2025, 1, 1))[code].merged_from == code
                                       for code in MERGED_SAMPLE_CODES)
    assert TABLE_DATES[0] < PERIOD.start and TABLE_DATES[-1] == date(2025, 1, 1)


@pytest.mark.parametrize("table, assess, columns", [
    ("eligibility_table", assess_eligibility, ELIGIBILITY_COLUMNS),
    ("move_table", assess_move, MOVE_COLUMNS),
])
def test_every_path_reproduces_its_row_and_asks_each_key_in_turn(request, table, assess, columns):
    rows = request.getfixturevalue(table)
    for row in rows:
        assert tuple(row) == columns
        assert all(isinstance(value, str) for value in row.values())
        on = date.fromisoformat(row["date"])
        answers = parse_path(row["path"], places_on(on))
        result = assess(answers, period=PERIOD, on=on)
        assert result_row(on, answers, result, with_move_kind="move_kind" in row) == row
        assert (result.outcome, result.reason or "", result.area or "") == (row["outcome"], row["reason"], row["area"])
        keys = list(answers)
        given_up_front = 1 if assess is assess_eligibility else 2
        for asked in range(given_up_front, len(keys) + 1):
            prefix = {key: answers[key] for key in keys[:asked]}
            expected = keys[asked] if asked < len(keys) else None
            assert next_question(assess, prefix, period=PERIOD, on=on) == expected


def test_paths_are_unique_per_date(eligibility_table, move_table):
    for rows in (eligibility_table, move_table):
        keys = [(row["date"], row["path"]) for row in rows]
        assert len(keys) == len(set(keys))
        for on in TABLE_DATES:
            assert on.isoformat() in {row["date"] for row in rows}


def test_the_move_table_covers_every_move_kind(move_table):
    assert {row["move_kind"] for row in move_table} == {
        "same_municipality", "same_area", "other_area", "out_of_trials", "into_trial", "between_non_trial",
        "same_employment_area", "other_employment_area", "into_aland", "out_of_aland", "within_aland"}
    assert {row["outcome"] for row in move_table} == {
        "same_area", "new_area", "te_office", "check_eligibility", "depends",
        "same_employment_area", "new_employment_area", "aland"}


def test_the_eligibility_table_covers_every_outcome_and_reason(eligibility_table):
    assert {row["outcome"] for row in eligibility_table} == {
        "client", "not_client", "register_first", "depends", "trial_ended"}
    assert {row["reason"] for row in eligibility_table} == {
        "", "not_in_trial_area", "employed", "status_not_covered", "change_security", "no_group"}
    assert {row["may_stay_with_te_office"] for row in eligibility_table} == {
        "", "swedish_language", "short_unemployment", "swedish_language|short_unemployment"}
    assert all(row["legal_basis"] for row in eligibility_table)
    assert "earnings_related=no:client;earnings_related=yes:not_client/no_group" in {
        row["branches"] for row in eligibility_table}


def test_paths_follow_the_rules(eligibility_table):
    for row in eligibility_table:
        path = row["path"]
        if "under_30=yes" in path:
            assert "earnings_related" not in path
        if path.startswith(("municipality=091", "municipality=405")):
            assert "swedish_service" not in path
        if path.startswith("municipality=405"):
            assert path == "municipality=405"
    # from 2025 only the municipality is asked; Pertunmaa is answered as Mäntyharju
    after = {row["path"]: row for row in eligibility_table if row["date"] == "2025-01-01"}
    assert set(after) == {f"municipality={code}" for code in ELIGIBILITY_SAMPLE_CODES + MERGED_SAMPLE_CODES}
    assert not any(row["path"].startswith("municipality=588") for row in eligibility_table
                   if row["date"] < "2025-01-01")
    assert after["municipality=588"]["merged_into"] == "588>507"
    assert after["municipality=478"]["te_office"] == "ams_aland"
    first = {row["path"] for row in eligibility_table if row["date"] == "2021-03-01"}
    assert "municipality=837;jobseeker=at_risk;already_client=no" in first


def test_every_row_names_the_trial_status_and_the_rules_version_of_its_date(eligibility_table, move_table):
    expected = {
        "2021-02-28": ("upcoming", "2021-03-01"), "2021-03-01": ("ongoing", "2021-03-01"),
        "2021-06-01": ("ongoing", "2021-06-01"), "2022-05-02": ("ongoing", "2022-05-02"),
        "2023-01-01": ("ongoing", "2023-01-01"), "2023-03-01": ("ongoing", "2023-03-01"),
        "2025-01-01": ("ended", "2025-01-01"),
    }
    for row in eligibility_table + move_table:
        assert (row["trial_status"], row["rules_version"]) == expected[row["date"]]


def test_tables_take_each_dates_municipalities():
    """A municipality that turns bilingual from 2023 is asked about Swedish service only before."""
    def bilingual_from_2023(day):
        status = "fi_sv" if day >= date(2023, 1, 1) else "fi"
        return {**places_on(day), "837": Place("837", "pirkanmaa", "pirkanmaa", status, employment_area="38")}

    eligibility, move = tables(bilingual_from_2023)
    assert eligibility == [
        row for on in TABLE_DATES
        for row in flow_rows(assess_eligibility, ELIGIBILITY_QUESTIONS, eligibility_samples, bilingual_from_2023,
                             period=PERIOD, dates=(on,))
    ]
    assert {row["path"].split(";")[0] for row in eligibility if row["date"] == "2025-01-01"} == {
        f"municipality={code}" for code in ELIGIBILITY_SAMPLE_CODES + MERGED_SAMPLE_CODES}
    asked = {(row["date"], "swedish_service" in row["path"])
             for row in eligibility if row["path"].startswith("municipality=837")}
    assert ("2022-05-02", True) in asked and ("2023-01-01", True) not in asked
    assert {row["date"] for row in move} == {on.isoformat() for on in TABLE_DATES}


def test_a_municipality_must_be_given_up_front():
    with pytest.raises(ValueError):
        list(explore(assess_eligibility, ELIGIBILITY_QUESTIONS, {}, period=PERIOD, on=date(2022, 1, 1)))


def test_csv_round_trip_is_sorted_and_deterministic(move_table):
    first, second = io.StringIO(), io.StringIO()
    write_csv(move_table, first)
    write_csv(list(reversed(move_table)), second)
    text = first.getvalue()
    assert text == second.getvalue()
    assert "\r" not in text and text.endswith("\n")
    assert text.splitlines()[0] == ",".join(MOVE_COLUMNS)
    rows = read_csv(io.StringIO(text))
    assert rows == sorted(move_table, key=lambda row: [row[column] for column in MOVE_COLUMNS])


def test_csv_of_no_rows():
    empty = io.StringIO()
    write_csv([], empty)
    assert empty.getvalue() == ""
    header_only = io.StringIO()
    write_csv([], header_only, columns=ELIGIBILITY_COLUMNS)
    assert header_only.getvalue() == ",".join(ELIGIBILITY_COLUMNS) + "\n"
