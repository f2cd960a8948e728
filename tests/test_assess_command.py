"""`manage.py assess`: the JSON it prints, how it finds municipalities, dates, and every kind of bad input."""

import json
import os
import subprocess
import sys
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from portal import clock
from portal.models import TrialPeriod
from portal.questionnaire.registry import SLUGS

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[1]
KERAVA_UNDER_30 = {"municipality": "Kerava", "jobseeker": "unemployed", "short_unemployment": "no",
                   "already_client": "no", "under_30": "yes", "swedish_service": "no"}


def assess(questionnaire, answers, *extra):
    text = answers if isinstance(answers, str) else json.dumps(answers)
    out = StringIO()
    call_command("assess", questionnaire, "--answers", text, *extra, stdout=out)
    return json.loads(out.getvalue())


def assess_error(questionnaire, answers, *extra) -> str:
    with pytest.raises(CommandError) as error:
        assess(questionnaire, answers, *extra)
    message = str(error.value)
    assert "\n" not in message
    return message


def test_eligibility_prints_the_whole_result():
    assert assess("eligibility", KERAVA_UNDER_30, "--date", "2022-05-01") == {
        "outcome": "client", "reason": None, "area": "vantaa_kerava", "te_office": None,
        "employment_area": None, "groups": ["under_30"], "may_stay_with_te_office": [], "merged_into": {},
        "trial_status": "ongoing", "date": "2022-05-01", "regime": "trial", "rules_version": "2021-06-01",
        "move_back_on_request": True,
        "legal_basis": [{"act": "1269/2020", "chapter": None, "section": "4", "amended_by": "421/2021"},
                        {"act": "1269/2020", "chapter": None, "section": "5", "amended_by": "421/2021"}],
        "branches": [], "move_kind": None,
    }


# --- issue 8: before, during and after the trial ---------------------------------------------------

@pytest.mark.parametrize("name", ["Kotka", "kotka", "285"])
def test_today_a_municipality_is_all_that_is_needed(name):
    result = assess("eligibility", {"municipality": name}, "--date", "2026-11-29")
    assert (result["outcome"], result["reason"], result["area"], result["te_office"], result["trial_status"]) == (
        "trial_ended", None, None, None, "ended")
    assert result["employment_area"] == "04"  # Etelä-Kymenlaakso
    assert result["legal_basis"] == [{"act": "380/2023", "chapter": None, "section": None, "amended_by": None}]


@pytest.mark.parametrize("name", ["Maarianhamina", "Mariehamn", "mariehamn", "478"])
def test_today_ams_serves_on_aland(name):
    result = assess("eligibility", {"municipality": name}, "--date", "2025-01-01")
    assert (result["outcome"], result["te_office"], result["employment_area"]) == ("trial_ended", "ams_aland", None)


@pytest.mark.parametrize("on, merged, employment_area", [("2025-01-01", {"588": "507"}, "23"),
                                                         ("2024-12-31", {}, None)])
def test_the_merged_municipality_is_answered_for_the_one_it_joined_from_2025(on, merged, employment_area):
    result = assess("eligibility", {"municipality": "Pertunmaa", "jobseeker": "employed", "already_client": "no"},
                    "--date", on)
    assert (result["merged_into"], result["employment_area"]) == (merged, employment_area)


@pytest.mark.parametrize("origin, destination, outcome, te_office, employment_area", [
    ("Tampere", "Nokia", "same_employment_area", None, "39"),
    ("Tammerfors", "Lahtis", "new_employment_area", None, "19"),
    ("Tampere", "Mariehamn", "aland", "ams_aland", None),
    ("Maarianhamina", "Tampere", "new_employment_area", None, "39"),
    ("Mariehamn", "Brändö", "same_employment_area", "ams_aland", None),
    ("pertunmaa", "Mäntyharju", "same_employment_area", None, "23"),
])
def test_moves_today_need_only_the_two_municipalities(origin, destination, outcome, te_office, employment_area):
    result = assess("move", {"from": origin, "to": destination}, "--date", "2026-11-29")
    assert (result["outcome"], result["te_office"], result["employment_area"], result["area"]) == (
        outcome, te_office, employment_area, None)


def test_before_the_trial_the_first_days_rules_say_upcoming():
    result = assess("eligibility", KERAVA_UNDER_30, "--date", "2021-01-15")
    assert (result["outcome"], result["trial_status"], result["rules_version"]) == ("client", "upcoming", "2021-03-01")


# --- issue 9: the act as amended ---------------------------------------------------------------------

def test_a_continuing_client_who_took_a_job_stayed_a_client():
    result = assess("eligibility", {"municipality": "Turku", "jobseeker": "employed", "already_client": "yes",
                                    "change_security": "no"}, "--date", "2023-06-01")
    assert (result["outcome"], result["groups"]) == ("client", ["continuing_client"])


def test_change_security_was_not_transferred():
    answers = {"municipality": "Helsinki", "jobseeker": "unemployed", "already_client": "no", "under_30": "no",
               "mother_tongue": "fi", "finnish_citizen": "yes", "earnings_related": "no", "change_security": "yes"}
    result = assess("eligibility", answers, "--date", "2023-03-01")
    assert (result["outcome"], result["reason"], result["te_office"]) == ("not_client", "change_security", "uusimaa")
    assert result["legal_basis"] == [
        {"act": "1269/2020", "chapter": None, "section": "5", "amended_by": "671/2022"},
        {"act": "916/2012", "chapter": "5 a", "section": "2", "amended_by": "670/2022"}]


def test_a_short_layoff_with_a_known_end_was_a_client_who_could_stay_with_the_te_office():
    answers = {"municipality": "Lahti", "jobseeker": "laid_off", "already_client": "no", "under_30": "yes",
               "short_unemployment": "yes", "swedish_service": "no"}
    result = assess("eligibility", answers, "--date", "2022-09-01")
    assert (result["outcome"], result["may_stay_with_te_office"], result["te_office"]) == (
        "client", ["short_unemployment"], "hame")


def test_no_moving_back_on_request_before_1_6_2021():
    answers = {"municipality": "Kerava", "jobseeker": "unemployed", "already_client": "yes"}
    result = assess("eligibility", answers, "--date", "2021-04-01")
    assert (result["outcome"], result["move_back_on_request"], result["may_stay_with_te_office"]) == (
        "client", False, [])


def test_at_risk_before_2_5_2022_was_a_status_not_covered():
    answers = {"municipality": "Tampere", "jobseeker": "at_risk", "already_client": "no"}
    assert assess("eligibility", answers, "--date", "2022-05-01")["reason"] == "status_not_covered"


def test_swedish_service_in_a_monolingual_finnish_municipality():
    result = assess("eligibility", {**KERAVA_UNDER_30, "swedish_service": "yes"}, "--date", "2022-05-01")
    assert (result["outcome"], result["may_stay_with_te_office"], result["te_office"]) == (
        "client", ["swedish_language"], "uusimaa")


def test_move_prints_the_whole_result_with_branches():
    result = assess("move", {"from": "Vantaa", "to": "Lahti", "client_now": "unsure", "swedish_service": "yes"},
                    "--date", "2023-01-10")
    assert result["outcome"] == "depends"
    assert (result["area"], result["te_office"], result["move_kind"]) == ("lahti", "hame", "other_area")
    assert [(b["condition"], b["result"]["outcome"], b["result"]["may_stay_with_te_office"])
            for b in result["branches"]] == [
        ({"client_now": "yes"}, "new_area", ["swedish_language"]), ({"client_now": "no"}, "check_eligibility", [])]


def test_a_municipality_that_the_rules_do_not_ask_about_swedish():
    result = assess("move", {"from": "Tampere", "to": "Lappeenranta"}, "--date", "2023-01-10")
    assert (result["outcome"], result["area"], result["te_office"], result["move_kind"]) == (
        "te_office", None, "kaakkois_suomi", "out_of_trials")


@pytest.mark.parametrize("name, code", [
    ("Vantaa", "092"), ("vanda", "092"), ("VANDA", "092"), ("092", "092"), ("Kervo", "245"),
    ("Ähtäri", "989"), ("ahtari", "989"), ("Etseri", "989"), ("Pedersören kunta", "599"),
    ("Pedersöre", "599"), ("pedersore", "599"), ("  Tampere ", "837"), ("Mänttä-Vilppula", "508"),
    ("mantta vilppula", "508"),
])
def test_municipality_by_code_or_finnish_or_swedish_name_any_case_accents_optional(name, code):
    result = assess("move", {"from": name, "to": code, "client_now": "yes", "swedish_service": "no"},
                    "--date", "2023-01-10")
    assert result["move_kind"] == "same_municipality"


def test_the_default_date_is_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2021, 1, 15))
    result = assess("eligibility", KERAVA_UNDER_30)
    assert (result["trial_status"], result["rules_version"], result["date"]) == ("upcoming", "2021-03-01", "2021-01-15")
    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 1))
    result = assess("eligibility", {"municipality": "Kerava"})
    assert (result["outcome"], result["trial_status"], result["rules_version"], result["employment_area"]) == (
        "trial_ended", "ended", "2025-01-01", "11")


def test_the_trial_period_comes_from_the_database(django_capture_on_commit_callbacks):
    assert assess("eligibility", KERAVA_UNDER_30, "--date", "2023-06-01")["trial_status"] == "ongoing"
    period = TrialPeriod.objects.get()
    period.end = date(2022, 12, 31)
    with django_capture_on_commit_callbacks(execute=True):
        period.save()
    assert assess("eligibility", KERAVA_UNDER_30, "--date", "2023-06-01")["trial_status"] == "ended"


def test_no_trial_period_in_the_database():
    TrialPeriod.objects.all().delete()
    assert "no trial period" in assess_error("eligibility", KERAVA_UNDER_30)


@pytest.mark.parametrize("questionnaire, answers, extra, message", [
    ("move", {"from": "Vantaa", "to": "Xyz"}, (), 'unknown municipality "Xyz" for key "to"'),
    ("move", {"from": "Tamprere", "to": "Lahti"}, (),
     'unknown municipality "Tamprere" for key "from" (did you mean Tampere?)'),
    ("eligibility", {"municipality": ""}, (), 'unknown municipality "" for key "municipality"'),
    ("eligibility", {"municipality": "Kerava"}, ("--date", "2023-01-10"), 'missing answer for key "jobseeker"'),
    ("eligibility", {}, (), 'missing answer for key "municipality"'),
    ("move", {"from": "Vantaa", "to": "Lahti"}, ("--date", "2023-01-10"), 'missing answer for key "client_now"'),
    ("move", {"from": "Vantaa", "to": "Kerava", "client_now": "yes"}, ("--date", "2023-01-10"),
     'missing answer for key "swedish_service"'),
    ("move", {"from": "Vantaa", "to": "Lahti", "client_now": "maybe"}, ("--date", "2023-01-10"),
     'invalid value "maybe" for key "client_now" (allowed: yes, no, unsure)'),
    ("eligibility", {**KERAVA_UNDER_30, "jobseeker": "Unemployed"}, ("--date", "2023-01-10"), 'invalid value "Unemployed" for key "jobseeker"'),
    ("move", {"from": "Vantaa", "to": "Lahti", "client_now": True}, ("--date", "2023-01-10"),
     'value for key "client_now" must be a string, not true'),
    ("move", {"from": 92, "to": "Lahti"}, (), 'value for key "from" must be a string, not 92'),
    ("move", {"from": None, "to": "Lahti"}, (), 'value for key "from" must be a string, not null'),
    ("move", {"from": ["Vantaa"], "to": "Lahti"}, (), 'value for key "from" must be a string, not ["Vantaa"]'),
    ("move", {"from": "Vantaa", "to": "Lahti", "municipality": "Lahti"}, (), 'unknown key "municipality"'),
    ("eligibility", '{"municipality": "Kerava",', (), "malformed JSON in --answers"),
    ("eligibility", "", (), "malformed JSON in --answers"),
    ("eligibility", "'municipality'", (), "malformed JSON in --answers"),
    ("eligibility", '["Kerava"]', (), "--answers must be a JSON object, not an array"),
    ("eligibility", '"Kerava"', (), "--answers must be a JSON object, not a string"),
    ("eligibility", "null", (), "--answers must be a JSON object, not null"),
    ("move", '{"from": "Vantaa", "to": "Lahti", "to": "Espoo"}', (), 'duplicate key "to" in --answers'),
    ("eligibility", KERAVA_UNDER_30, ("--date", "2022-13-01"), 'malformed date "2022-13-01" for --date'),
    ("eligibility", KERAVA_UNDER_30, ("--date", "1.5.2022"), 'malformed date "1.5.2022" for --date'),
    ("eligibility", KERAVA_UNDER_30, ("--date", "20220501"), 'malformed date "20220501" for --date'),
    ("eligibility", KERAVA_UNDER_30, ("--date", ""), 'malformed date "" for --date'),
    ("moving", {"from": "Vantaa", "to": "Lahti"}, (), f'unknown questionnaire "moving" (choose one of: {", ".join(SLUGS)})'),
])
def test_bad_input_is_one_line_naming_what_is_wrong(questionnaire, answers, extra, message):
    assert message in assess_error(questionnaire, answers, *extra)


@pytest.mark.parametrize("answers, message", [
    ({"municipality": "Lappeenranta", "under_30": "maybe"}, 'invalid value "maybe" for key "under_30"'),
    ({"municipality": "Lappeenranta", "age": "29"}, 'unknown key "age"'),
    ({"municipality": "Lappeenranta", "swedish_service": 1}, 'value for key "swedish_service" must be a string'),
])
def test_unneeded_keys_are_still_checked(answers, message):
    # Lappeenranta is not in a trial area: the rules need nothing but the municipality.
    on = ("--date", "2023-01-10")
    assert assess("eligibility", {"municipality": "Lappeenranta"}, *on)["reason"] == "not_in_trial_area"
    assert message in assess_error("eligibility", answers, *on)
    assert message in assess_error("eligibility", answers, "--date", "2026-11-29")


def test_unneeded_valid_answers_are_accepted():
    result = assess("eligibility", {**KERAVA_UNDER_30, "municipality": "Lappeenranta", "mother_tongue": "other"},
                    "--date", "2023-01-10")
    assert (result["outcome"], result["reason"]) == ("not_client", "not_in_trial_area")
    today = assess("eligibility", {**KERAVA_UNDER_30, "municipality": "Lappeenranta"}, "--date", "2026-11-29")
    assert (today["outcome"], today["employment_area"]) == ("trial_ended", "03")


def test_a_long_or_multi_line_value_stays_on_one_short_line():
    message = assess_error("move", {"from": "Vantaa\n" * 50, "to": "Lahti"})
    assert message.startswith('unknown municipality "Vantaa\\nVantaa\\n')
    assert len(message) < 120


# --- the real process: exit status, one line on stderr, never a traceback --------------------

def manage(*args, database):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.test_settings", "DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=60)


@pytest.fixture(scope="module")
def loaded_database(tmp_path_factory):
    database = tmp_path_factory.mktemp("assess") / "db.sqlite3"
    for command in (("migrate", "-v0"), ("load_portal_data",)):
        completed = manage(*command, database=database)
        assert completed.returncode == 0, completed.stderr
    return database


def test_the_process_prints_one_json_object(loaded_database):
    completed = manage("assess", "eligibility", "--answers", json.dumps(KERAVA_UNDER_30), "--date", "2022-05-01",
                       database=loaded_database)
    assert (completed.returncode, completed.stderr) == (0, "")
    assert json.loads(completed.stdout)["area"] == "vantaa_kerava"


@pytest.mark.parametrize("args, message", [
    (("move", "--answers", '{"from": "Vantaa", "to": "Xyz"}'), 'unknown municipality "Xyz" for key "to"'),
    (("move", "--answers", '{"from": "Vantaa",'), "malformed JSON in --answers"),
    (("moving", "--answers", "{}"), 'unknown questionnaire "moving"'),
    (("move", "--verbose"), "the following arguments are required: --answers"),  # argparse's own check
])
def test_the_process_exits_non_zero_with_one_line(loaded_database, args, message):
    completed = manage("assess", *args, database=loaded_database)
    assert completed.returncode != 0
    assert completed.stdout == ""
    assert "Traceback" not in completed.stderr
    assert completed.stderr.count("\n") == 1 and message in completed.stderr


def test_the_process_explains_a_database_without_tables(tmp_path):
    completed = manage("assess", "move", "--answers", '{"from": "Vantaa", "to": "Lahti"}',
                       database=tmp_path / "empty.sqlite3")
    assert completed.returncode != 0
    assert "Traceback" not in completed.stderr
    assert completed.stderr.count("\n") == 1 and "the database is not ready" in completed.stderr
