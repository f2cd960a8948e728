"""portal.assessment, and the rules over the real data: every pair of the 309 municipalities."""

import csv
from datetime import date
from pathlib import Path

import pytest

from portal.assessment import AnswerError, AssessmentError, assess, places_on, quote, resolve_answer
from portal.directory import get_directory
from portal.rules import MOVE_QUESTIONS, MissingAnswer, assess_eligibility, assess_move

pytestmark = pytest.mark.django_db

ON = date(2023, 6, 1)
# What each kind of move may lead to, whoever moves (spec: "What happens if I move?").
OUTCOMES_OF_KIND = {
    "same_municipality": {"same_area", "te_office", "depends"},
    "same_area": {"same_area", "check_eligibility", "depends"},
    "other_area": {"new_area", "check_eligibility", "depends"},
    "out_of_trials": {"te_office"},
    "into_trial": {"check_eligibility"},
    "between_non_trial": {"te_office"},
}


def test_errors_name_the_key_for_the_questionnaire_pages():
    directory = get_directory()
    with pytest.raises(AnswerError) as error:
        resolve_answer(MOVE_QUESTIONS, "to", "Xyz", directory=directory, on=ON)
    assert error.value.key == "to"
    with pytest.raises(AnswerError) as error:
        assess("move", {"from": "Tampere", "to": "Lahti"}, on=ON)
    assert error.value.key == "client_now"
    with pytest.raises(AssessmentError, match="unknown questionnaire"):
        assess("Move", {}, on=ON)
    assert resolve_answer(MOVE_QUESTIONS, "to", "kervo", directory=directory, on=ON) == (
        directory.municipalities["245"].place(ON))


def test_quote_keeps_a_message_on_one_short_line():
    assert quote('a "b"\nc') == '"a \\"b\\"\\nc"'
    assert quote("x" * 100) == '"' + "x" * 58 + "…"
    assert quote({1}) == '"{1}"'  # not JSON: shown as repr


def expected_kind(a, b):
    if a.code == b.code:
        return "same_municipality"
    if a.area_id and b.area_id:
        return "same_area" if a.area_id == b.area_id else "other_area"
    return "out_of_trials" if a.area_id else "into_trial" if b.area_id else "between_non_trial"


def expected_move(a, b, client_now, swedish_service):
    """(outcome, area, te_office, groups, may_stay, branches) from the spec, written out independently."""
    if b.area_id and a.code != b.code:
        as_non_client = ("check_eligibility", b.area_id, b.te_office_id, (), (), ())
    else:
        as_non_client = ("te_office", None, b.te_office_id, (), (), ())
    if not a.area_id:
        return as_non_client
    if not b.area_id:
        return ("te_office", None, b.te_office_id, (), (), ())  # a client's and a non-client's answer
    swedish = a.code != b.code and b.language_status == "fi" and swedish_service == "yes"
    may_stay = ("swedish_language",) if swedish else ()
    as_client = ("same_area" if a.area_id == b.area_id else "new_area", b.area_id,
                 b.te_office_id if may_stay else None, ("continuing_client",), may_stay, ())
    if client_now == "unsure":
        return ("depends", b.area_id, b.te_office_id, (), (), (as_client, as_non_client))
    return as_client if client_now == "yes" else as_non_client


def summary(result):
    return (result.outcome, result.area, result.te_office, result.groups, result.may_stay_with_te_office,
            tuple(summary(branch.result) for branch in result.branches))


def test_every_move_between_any_two_municipalities():
    """309 x 309 pairs, each with every client_now answer and, where it is asked, every swedish_service answer."""
    directory = get_directory()
    period = directory.period
    places = list(places_on(directory, ON).values())
    assert len(places) == 309

    def outcome(answers):
        try:
            return assess_move(answers, period=period, on=ON)
        except MissingAnswer as missing:
            return missing.key

    checked = 0
    for a in places:
        for b in places:
            kind = expected_kind(a, b)
            client_now_asked = bool(a.area_id and b.area_id)
            first = outcome({"from": a, "to": b})
            assert (first == "client_now") == client_now_asked, (a.code, b.code, first)
            for client_now in ("yes", "no", "unsure"):
                answers = {"from": a, "to": b, "client_now": client_now}
                # Nobody is transferred inside one municipality; ON is after 1.6.2021 (moving back).
                swedish_asked = (client_now_asked and client_now != "no" and b.language_status == "fi"
                                 and a.code != b.code)
                if swedish_asked:
                    assert outcome(answers) == "swedish_service", (a.code, b.code, client_now)
                for swedish_service in ("yes", "no") if swedish_asked else (None,):
                    if swedish_service:
                        answers["swedish_service"] = swedish_service
                    result = outcome(answers)
                    assert result.move_kind == kind and result.outcome in OUTCOMES_OF_KIND[kind], (a.code, b.code)
                    assert summary(result) == expected_move(a, b, client_now, swedish_service), (
                        a.code, b.code, client_now, swedish_service)
                    assert (result.reason, result.trial_status) == (None, "ongoing")
                    checked += 1
    assert checked > 3 * 309 * 309


def test_every_municipality_answers_the_eligibility_check():
    directory = get_directory()
    period = directory.period
    typical_client = {"jobseeker": "unemployed", "short_unemployment": "no", "already_client": "no",
                      "under_30": "yes", "swedish_service": "yes"}
    in_trial = 0
    for place in places_on(directory, ON).values():
        result = assess_eligibility({"municipality": place, **typical_client}, period=period, on=ON)
        if place.area_id:
            in_trial += 1
            may_stay = ("swedish_language",) if place.language_status == "fi" else ()
            assert (result.outcome, result.area, result.may_stay_with_te_office) == ("client", place.area_id, may_stay)
        else:
            assert (result.outcome, result.reason, result.te_office) == (
                "not_client", "not_in_trial_area", place.te_office_id)
    assert in_trial == 118


# --- from 1.1.2025: the shipped 2025 files, read here on their own, against the rules ---------------

TODAY = date(2026, 11, 29)
DATA = Path(__file__).resolve().parents[1] / "portal" / "data"


def shipped_2025():
    """{code: (employment_area_code or None, on Åland)} for the 308 municipalities of 2025, and the
    mergers {old: new}, straight from the CSV files."""
    with open(DATA / "municipality_employment_areas_2025.csv", encoding="utf-8") as handle:
        served = {row["code"]: (row["employment_area_code"] or None, row["served_by"] == "ams_aland")
                  for row in csv.DictReader(handle)}
    with open(DATA / "municipality_changes.csv", encoding="utf-8") as handle:
        merged = {row["old_code"]: row["new_code"] for row in csv.DictReader(handle)}
    return served, merged


def test_every_municipality_is_served_today_as_the_2025_files_say():
    served, merged = shipped_2025()
    assert len(served) == 308 and merged == {"588": "507"}
    assert sum(aland for _, aland in served.values()) == 16
    assert len({area for area, _ in served.values() if area}) == 45
    directory = get_directory()
    for code in directory.municipalities:
        result = assess("eligibility", {"municipality": code}, on=TODAY, directory=directory)
        answered_for = merged.get(code, code)
        area, aland = served[answered_for]
        assert result.outcome == "trial_ended", code
        assert (result.employment_area, result.te_office) == (None if aland else area, "ams_aland" if aland else None)
        assert dict(result.merged_into) == ({code: answered_for} if code in merged else {})


def test_every_move_between_any_two_municipalities_today():
    """309 x 309 pairs as visitors name them (Pertunmaa included), against the 2025 files."""
    served, merged = shipped_2025()
    directory = get_directory()
    places = places_on(directory, TODAY)
    kinds = {}
    for a_code, a in places.items():
        for b_code, b in places.items():
            result = assess_move({"from": a, "to": b}, period=directory.period, on=TODAY)
            a_now, b_now = merged.get(a_code, a_code), merged.get(b_code, b_code)
            (a_area, a_aland), (b_area, b_aland) = served[a_now], served[b_now]
            if a_now == b_now:
                kind, outcome = "same_municipality", "same_employment_area"
            elif a_aland and b_aland:
                kind, outcome = "within_aland", "same_employment_area"
            elif b_aland:
                kind, outcome = "into_aland", "aland"
            elif a_aland:
                kind, outcome = "out_of_aland", "new_employment_area"
            elif a_area == b_area:
                kind, outcome = "same_employment_area", "same_employment_area"
            else:
                kind, outcome = "other_employment_area", "new_employment_area"
            assert (result.move_kind, result.outcome) == (kind, outcome), (a_code, b_code)
            assert (result.employment_area, result.te_office, result.area, result.groups) == (
                None if b_aland else b_area, "ams_aland" if b_aland else None, None, ()), (a_code, b_code)
            kinds[kind] = kinds.get(kind, 0) + 1
    assert sum(kinds.values()) == 309 * 309
    assert set(kinds) == {"same_municipality", "within_aland", "into_aland", "out_of_aland",
                          "same_employment_area", "other_employment_area"}
