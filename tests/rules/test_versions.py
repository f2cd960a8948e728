"""Dates: trial status, clamping into the period, and both sides of every change of the rules."""

from datetime import date

import pytest

from portal.rules import (
    RULE_VERSIONS, Period, Place, assess_eligibility, assess_move, effective_date, next_question,
    rules_version_on, trial_status,
)

PERIOD = Period(date(2021, 3, 1), date(2024, 12, 31))
TAMPERE = Place("837", "pirkanmaa", "pirkanmaa", "fi")
NOKIA = Place("536", "pirkanmaa", "pirkanmaa", "fi")


def asked_after_status(jobseeker, on):
    """The first group question asked of a job seeker who is not yet a client."""
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker, "short_unemployment": "no",
               "already_client": "no"}
    return next_question(assess_eligibility, answers, period=PERIOD, on=on)


def test_rule_versions():
    assert RULE_VERSIONS == (date(2021, 3, 1), date(2021, 6, 1), date(2022, 5, 2))


@pytest.mark.parametrize("on, status", [
    (date(2020, 1, 1), "upcoming"), (date(2021, 2, 28), "upcoming"), (date(2021, 3, 1), "ongoing"),
    (date(2024, 12, 31), "ongoing"), (date(2025, 1, 1), "ended"), (date(2030, 1, 1), "ended"),
])
def test_trial_status(on, status):
    assert trial_status(PERIOD, on) == status


@pytest.mark.parametrize("on, effective", [
    (date(2021, 2, 28), date(2021, 3, 1)), (date(2022, 7, 7), date(2022, 7, 7)),
    (date(2025, 1, 1), date(2024, 12, 31)),
])
def test_effective_date_is_clamped_into_the_period(on, effective):
    assert effective_date(PERIOD, on) == effective


@pytest.mark.parametrize("day, version", [
    (date(2020, 12, 31), date(2021, 3, 1)), (date(2021, 3, 1), date(2021, 3, 1)),
    (date(2021, 5, 31), date(2021, 3, 1)), (date(2021, 6, 1), date(2021, 6, 1)),
    (date(2022, 5, 1), date(2021, 6, 1)), (date(2022, 5, 2), date(2022, 5, 2)),
    (date(2030, 1, 1), date(2022, 5, 2)),
])
def test_rules_version_on(day, version):
    assert rules_version_on(day) == version


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(date(2022, 1, 1), date(2021, 12, 31))


@pytest.mark.parametrize("jobseeker", ["services", "subsidised"])
def test_age_and_language_groups_count_for_every_status_from_june_2021(jobseeker):
    assert asked_after_status(jobseeker, date(2021, 5, 31)) == "earnings_related"
    assert asked_after_status(jobseeker, date(2021, 6, 1)) == "under_30"


@pytest.mark.parametrize("jobseeker", ["unemployed", "laid_off"])
def test_age_and_language_groups_always_count_for_the_unemployed(jobseeker):
    assert asked_after_status(jobseeker, date(2021, 3, 1)) == "under_30"
    assert asked_after_status(jobseeker, date(2021, 6, 1)) == "under_30"


def test_at_risk_joins_point_2_on_2_may_2022():
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk"}
    before = assess_eligibility(answers, period=PERIOD, on=date(2022, 5, 1))
    assert (before.outcome, before.reason, before.rules_version) == ("not_client", "employed", date(2021, 6, 1))
    assert next_question(assess_eligibility, answers, period=PERIOD, on=date(2022, 5, 2)) == "already_client"
    after = assess_eligibility({**answers, "already_client": "yes", "swedish_service": "no"},
                               period=PERIOD, on=date(2022, 5, 2))
    assert (after.outcome, after.groups, after.rules_version) == ("client", ("continuing_client",), date(2022, 5, 2))


def test_before_the_period_the_first_rules_apply_and_say_upcoming():
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk"}
    result = assess_eligibility(answers, period=PERIOD, on=date(2021, 2, 28))
    assert (result.outcome, result.trial_status, result.rules_version) == ("not_client", "upcoming", date(2021, 3, 1))
    assert asked_after_status("services", date(2021, 2, 28)) == "earnings_related"


def test_after_the_period_the_last_rules_apply_and_say_ended():
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk", "already_client": "yes", "swedish_service": "no"}
    on_last_day = assess_eligibility(answers, period=PERIOD, on=date(2024, 12, 31))
    after = assess_eligibility(answers, period=PERIOD, on=date(2025, 1, 1))
    assert on_last_day.trial_status == "ongoing"
    assert after.trial_status == "ended"
    assert after.outcome == on_last_day.outcome == "client"
    assert after.rules_version == on_last_day.rules_version == date(2022, 5, 2)


def test_the_period_is_data():
    original_end = Period(date(2021, 3, 1), date(2023, 6, 30))
    answers = {"municipality": TAMPERE, "jobseeker": "employed"}
    assert assess_eligibility(answers, period=original_end, on=date(2024, 1, 1)).trial_status == "ended"
    assert assess_eligibility(answers, period=PERIOD, on=date(2024, 1, 1)).trial_status == "ongoing"


def test_move_results_carry_status_and_version():
    answers = {"from": TAMPERE, "to": NOKIA, "client_now": "no"}
    assert assess_move(answers, period=PERIOD, on=date(2021, 2, 1)).trial_status == "upcoming"
    ended = assess_move(answers, period=PERIOD, on=date(2025, 6, 1))
    assert (ended.trial_status, ended.rules_version) == ("ended", date(2022, 5, 2))
