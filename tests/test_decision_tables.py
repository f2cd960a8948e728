"""The committed decision tables: in step with the rules, agreed by the `assess` command, complete."""

import csv
import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from portal.decision_table import TABLE_DATES
from portal.directory import get_directory
from portal.management.commands import decision_tables
from portal.management.commands.decision_tables import TABLES_DIR, describe_difference, render_tables

pytestmark = pytest.mark.django_db

CLIENT_NOW = ("yes", "no", "unsure")
MOVE_KINDS = ("same_municipality", "same_area", "other_area", "out_of_trials", "into_trial", "between_non_trial")
MOVE_KINDS_NOW = ("same_municipality", "same_employment_area", "other_employment_area", "into_aland", "out_of_aland",
                  "within_aland")
TRIAL_DATES = tuple(on for on in TABLE_DATES if on < date(2025, 1, 1))


def committed_rows(name):
    with open(TABLES_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def path_answers(path):
    return dict(part.split("=", 1) for part in path.split(";"))


def assess(questionnaire, answers, on):
    out = StringIO()
    call_command("assess", questionnaire, "--answers", json.dumps(answers), "--date", on, stdout=out)
    return json.loads(out.getvalue())


def as_row(row, result):
    """The command's JSON in the table's notation, for the row's date and path."""
    def short(result):
        return "".join([result["outcome"], f"/{result['reason']}" if result["reason"] else "",
                        *(f"+{reason}" for reason in result["may_stay_with_te_office"])])

    converted = {
        "date": row["date"], "trial_status": result["trial_status"], "rules_version": result["rules_version"],
        "path": row["path"], "outcome": result["outcome"], "reason": result["reason"] or "",
        "area": result["area"] or "", "te_office": result["te_office"] or "",
        "employment_area": result["employment_area"] or "",
        "groups": "|".join(result["groups"]),
        "may_stay_with_te_office": "|".join(result["may_stay_with_te_office"]),
        "move_back_on_request": "yes" if result["move_back_on_request"] else "",
        "merged_into": "|".join(f"{old}>{new}" for old, new in result["merged_into"].items()),
        "legal_basis": "|".join(
            citation["act"] + (f" ch{citation['chapter'].replace(' ', '')}" if citation["chapter"] else "")
            + (f" §{citation['section']}" if citation["section"] else "")
            + (f" ({citation['amended_by']})" if citation["amended_by"] else "")
            for citation in result["legal_basis"]),
        "branches": ";".join(
            "&".join(f"{key}={value}" for key, value in branch["condition"].items()) + ":" + short(branch["result"])
            for branch in result["branches"]),
    }
    if "move_kind" in row:
        converted["move_kind"] = result["move_kind"] or ""
    return converted


def test_the_committed_tables_are_what_the_rules_give():
    for name, generated in render_tables().items():
        committed = (TABLES_DIR / name).read_text(encoding="utf-8")
        if committed != generated:
            pytest.fail(describe_difference(name, committed, generated) + "\nIf the change is intended, run "
                        "`python manage.py decision_tables` and commit the tables.", pytrace=False)


def test_check_passes_on_the_committed_tables():
    out = StringIO()
    call_command("decision_tables", "--check", stdout=out)
    assert "eligibility.csv: up to date" in out.getvalue() and "move.csv: up to date" in out.getvalue()


def test_check_fails_and_shows_the_first_differing_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(decision_tables, "TABLES_DIR", tmp_path)
    tables = render_tables()
    for name, text in tables.items():  # every table but the one changed below is up to date
        (tmp_path / name).write_text(text, encoding="utf-8")
    changed = tables["move.csv"].replace(",out_of_trials\n", ",new_area\n", 1)
    assert changed != tables["move.csv"]
    (tmp_path / "move.csv").write_text(changed, encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError, match=r"move\.csv out of date: run `manage.py decision_tables`"):
        call_command("decision_tables", "--check", stdout=StringIO(), stderr=err)
    lines = err.getvalue().splitlines()
    assert lines[0] == "move.csv: 1 row(s) only in the committed file, 1 only in the rules"
    assert lines[1].startswith("-") and lines[1].endswith(",new_area")
    assert lines[2].startswith("+") and lines[2].endswith(",out_of_trials")
    assert (tmp_path / "move.csv").read_text(encoding="utf-8") == changed  # --check writes nothing


def test_regenerating_writes_both_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(decision_tables, "TABLES_DIR", tmp_path / "tables")
    out = StringIO()
    call_command("decision_tables", stdout=out)
    assert "eligibility.csv: written" in out.getvalue()
    for name, text in render_tables().items():
        assert (tmp_path / "tables" / name).read_text(encoding="utf-8") == text
    call_command("decision_tables", "--check", stdout=StringIO())


def test_a_missing_table_is_reported():
    assert describe_difference("move.csv", None, "header\nrow\n") == "move.csv: missing (the rules give 1 rows)"


@pytest.mark.parametrize("name, questionnaire", [("eligibility.csv", "eligibility"), ("move.csv", "move")])
def test_the_assess_command_agrees_with_every_row(name, questionnaire):
    rows = committed_rows(name)
    disagreements = [
        (row, converted) for row in rows
        if (converted := as_row(row, assess(questionnaire, path_answers(row["path"]), row["date"]))) != row
    ]
    assert not disagreements, "first disagreement (table, command): {}\n{}".format(*disagreements[0])
    assert len(rows) > 100


def test_the_move_table_covers_every_kind_of_move_for_each_client_now_answer():
    directory = get_directory()
    rows = committed_rows("move.csv")

    def covered(kind, client_now, on):
        # A path without client_now gives its answer whatever the person answers (checked below).
        return [row for row in rows if row["date"] == on and kind in (row["move_kind"], to_finnish_trial(row))
                and path_answers(row["path"]).get("client_now", client_now) == client_now]

    def to_finnish_trial(row):
        destination = directory.municipalities[path_answers(row["path"])["to"]]
        language = destination.language_status_on(date.fromisoformat(row["date"]))
        return "to_monolingual_finnish_trial" if destination.area_id and language == "fi" else None

    for on in TRIAL_DATES:
        for kind in (*MOVE_KINDS, "to_monolingual_finnish_trial"):
            for client_now in CLIENT_NOW:
                assert covered(kind, client_now, on.isoformat()), (kind, client_now, on)
    now = [row for row in rows if row["date"] == "2025-01-01"]
    assert {row["move_kind"] for row in now} == set(MOVE_KINDS_NOW)
    assert all(";" not in row["path"].split("to=", 1)[1] for row in now)  # from and to only

    # A client moving to another, monolingual Finnish trial municipality is asked about Swedish
    # service from 1.6.2021 (moving back on request), and never before nor inside one municipality.
    moving = [row for row in rows if to_finnish_trial(row) and "client_now=yes" in row["path"]
              and row["move_kind"] in ("same_area", "other_area")]
    swedish = [row for row in moving if row["date"] >= "2021-06-01"]
    assert swedish and all("swedish_service=" in row["path"] for row in swedish)
    assert {row["may_stay_with_te_office"] for row in swedish} == {"", "swedish_language"}
    assert not any("swedish_service=" in row["path"] for row in rows
                   if row["date"] < "2021-06-01" or row["move_kind"] == "same_municipality")


def test_where_client_now_is_not_asked_every_answer_gives_the_same_result():
    rows = [row for row in committed_rows("move.csv") if "client_now" not in row["path"]]
    assert {row["move_kind"] for row in rows} >= {"into_trial", "between_non_trial", "out_of_trials"}
    for row in rows:
        for client_now in CLIENT_NOW:
            answers = {**path_answers(row["path"]), "client_now": client_now, "swedish_service": "yes"}
            assert as_row(row, assess("move", answers, row["date"])) == row, (row["path"], client_now)


def test_the_eligibility_table_covers_every_outcome_reason_group_and_status():
    rows = committed_rows("eligibility.csv")
    assert {row["outcome"] for row in rows} == {"client", "not_client", "register_first", "depends", "trial_ended"}
    assert {row["reason"] for row in rows} == {
        "", "not_in_trial_area", "employed", "status_not_covered", "change_security", "no_group"}
    assert {row["groups"] for row in rows} == {
        "", "no_earnings_related", "under_30", "foreign_language", "continuing_client"}
    assert {row["may_stay_with_te_office"] for row in rows} == {
        "", "swedish_language", "short_unemployment", "swedish_language|short_unemployment"}
    assert {row["trial_status"] for row in rows} == {"upcoming", "ongoing", "ended"}
    assert {row["rules_version"] for row in rows} == {
        "2021-03-01", "2021-06-01", "2022-05-02", "2023-01-01", "2023-03-01", "2025-01-01"}
    assert all(row["legal_basis"] for row in rows)
    now = {row["path"]: row for row in rows if row["date"] == "2025-01-01"}
    assert now["municipality=588"]["merged_into"] == "588>507"
    assert now["municipality=478"]["te_office"] == "ams_aland"
    assert all(row["outcome"] == "trial_ended" and row["path"].count("=") == 1 for row in now.values())


def test_every_act_the_rules_cite_has_its_finlex_address_in_the_data():
    cited = {part.split(" ")[0] for name in ("eligibility.csv", "move.csv") for row in committed_rows(name)
             for part in row["legal_basis"].split("|") if part}
    assert cited >= {"1269/2020", "916/2012", "380/2023", "1144/1991"}
    sources = get_directory().legal_sources
    for act in cited:
        assert sources[act].url_fi.startswith("https://www.finlex.fi/fi/"), act
        assert sources[act].url_sv.startswith("https://www.finlex.fi/sv/"), act
