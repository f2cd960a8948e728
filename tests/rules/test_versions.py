"""Dates: trial status, the regime, clamping into the period, and both sides of every rule change."""

from datetime import date, timedelta

import pytest

from portal.decision_table import explore
from portal.rules import (
    ELIGIBILITY_QUESTIONS, RULE_VERSIONS, DateNotCovered, TRIAL_RULE_VERSIONS, Period, Place,
    RulePeriod, assess_eligibility, assess_move, effective_date, evaluation_date, next_question, regime,
    rules_version_on, trial_rule_periods, trial_status,
)

PERIOD = Period(date(2021, 3, 1), date(2024, 12, 31))
TAMPERE = Place("837", "pirkanmaa", "pirkanmaa", "fi", employment_area="38")
NOKIA = Place("536", "pirkanmaa", "pirkanmaa", "fi", employment_area="38")


def asked_after_status(jobseeker, on):
    """The first question asked of a job seeker who is not yet a client."""
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker, "already_client": "no"}
    return next_question(assess_eligibility, answers, period=PERIOD, on=on)


def every_answer(on):
    """{path: what the person is told} for every eligibility path in Tampere on `on`."""
    return {
        tuple((k, v) for k, v in answers.items() if k != "municipality"): result.decision
        for answers, result in explore(assess_eligibility, ELIGIBILITY_QUESTIONS, {"municipality": TAMPERE},
                                       period=PERIOD, on=on)
    }


@pytest.mark.parametrize("version", TRIAL_RULE_VERSIONS[1:])
def test_every_trial_version_changes_some_answer_or_question_on_its_first_day(version):
    """A version date that changes nothing is a wrong date (or a missing rule)."""
    day_before = version - timedelta(days=1)
    assert rules_version_on(day_before) < version == rules_version_on(version)
    if version == date(2023, 3, 1):
        # Temporary protection changed who had a home municipality, which no question asks.
        assert every_answer(version) == every_answer(day_before)
    else:
        assert every_answer(version) != every_answer(day_before)


def test_versions_are_in_order_and_the_employment_areas_come_last():
    """trial_rule_periods and rules_version_on rely on the order; the regime changes at the last."""
    assert list(RULE_VERSIONS) == sorted(set(RULE_VERSIONS))
    assert all(regime(version) == "trial" for version in RULE_VERSIONS[:-1])
    assert regime(RULE_VERSIONS[-1]) == "employment_areas" != regime(RULE_VERSIONS[-1] - timedelta(days=1))


@pytest.mark.parametrize("on, status", [
    (date(2020, 1, 1), "upcoming"), (date(2021, 2, 28), "upcoming"), (date(2021, 3, 1), "ongoing"),
    (date(2024, 12, 31), "ongoing"), (date(2025, 1, 1), "ended"), (date(2030, 1, 1), "ended"),
])
def test_trial_status(on, status):
    assert trial_status(PERIOD, on) == status


@pytest.mark.parametrize("on, effective, evaluated, kind", [
    (date(2021, 2, 28), date(2021, 3, 1), date(2021, 3, 1), "trial"),
    (date(2022, 7, 7), date(2022, 7, 7), date(2022, 7, 7), "trial"),
    (date(2024, 12, 31), date(2024, 12, 31), date(2024, 12, 31), "trial"),
    (date(2025, 1, 1), date(2024, 12, 31), date(2025, 1, 1), "employment_areas"),
    (date(2026, 11, 29), date(2024, 12, 31), date(2026, 11, 29), "employment_areas"),
])
def test_dates_clamped_for_the_trial_and_not_after_it(on, effective, evaluated, kind):
    assert effective_date(PERIOD, on) == effective
    assert evaluation_date(PERIOD, on) == evaluated
    assert regime(on) == kind


@pytest.mark.parametrize("day, version", [
    (date(2020, 12, 31), date(2021, 3, 1)), (date(2021, 3, 1), date(2021, 3, 1)),
    (date(2021, 5, 31), date(2021, 3, 1)), (date(2021, 6, 1), date(2021, 6, 1)),
    (date(2022, 5, 1), date(2021, 6, 1)), (date(2022, 5, 2), date(2022, 5, 2)),
    (date(2022, 12, 31), date(2022, 5, 2)), (date(2023, 1, 1), date(2023, 1, 1)),
    (date(2023, 2, 28), date(2023, 1, 1)), (date(2023, 3, 1), date(2023, 3, 1)),
    (date(2024, 12, 31), date(2023, 3, 1)), (date(2025, 1, 1), date(2025, 1, 1)),
    (date(2030, 1, 1), date(2025, 1, 1)),
])
def test_rules_version_on(day, version):
    assert rules_version_on(day) == version


def test_trial_rule_periods_cover_the_trial_without_gaps():
    periods = trial_rule_periods(PERIOD)
    assert periods[0] == RulePeriod(date(2021, 3, 1), date(2021, 5, 31), date(2021, 3, 1))
    assert periods[-1] == RulePeriod(date(2023, 3, 1), date(2024, 12, 31), date(2023, 3, 1))
    assert [p.version for p in periods] == list(TRIAL_RULE_VERSIONS)
    for earlier, later in zip(periods, periods[1:]):
        assert later.start == earlier.end + timedelta(days=1)


def test_trial_rule_periods_follow_the_period_in_the_data():
    # The cities first announced 30.6.2023 as the end; the act was extended in 2022.
    periods = trial_rule_periods(Period(date(2021, 3, 1), date(2023, 6, 30)))
    assert periods[-1] == RulePeriod(date(2023, 3, 1), date(2023, 6, 30), date(2023, 3, 1))
    short = trial_rule_periods(Period(date(2021, 3, 1), date(2021, 12, 31)))
    assert [p.version for p in short] == [date(2021, 3, 1), date(2021, 6, 1)]


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(date(2022, 1, 1), date(2021, 12, 31))


def test_a_date_not_covered_names_the_first_date_that_is():
    # `assess` prints this message: a caller must learn which dates the questionnaire answers.
    error = DateNotCovered(date(2025, 1, 1))
    assert error.first == date(2025, 1, 1)
    assert str(error) == "answers only for dates from 2025-01-01"


@pytest.mark.parametrize("jobseeker", ["services", "subsidised"])
def test_age_and_language_groups_count_for_every_status_from_june_2021(jobseeker):
    assert asked_after_status(jobseeker, date(2021, 5, 31)) == "earnings_related"
    assert asked_after_status(jobseeker, date(2021, 6, 1)) == "under_30"


@pytest.mark.parametrize("jobseeker", ["unemployed", "laid_off"])
def test_age_and_language_groups_always_count_for_the_unemployed(jobseeker):
    assert asked_after_status(jobseeker, date(2021, 3, 1)) == "under_30"
    assert asked_after_status(jobseeker, date(2021, 6, 1)) == "under_30"


def test_at_risk_joins_point_2_on_2_may_2022():
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk", "already_client": "no"}
    before = assess_eligibility(answers, period=PERIOD, on=date(2022, 5, 1))
    assert (before.outcome, before.reason, before.rules_version) == (
        "not_client", "status_not_covered", date(2021, 6, 1))
    assert asked_after_status("at_risk", date(2022, 5, 2)) == "under_30"


def test_change_security_is_asked_from_1_1_2023():
    answers = {"municipality": TAMPERE, "jobseeker": "unemployed", "already_client": "yes"}
    assert next_question(assess_eligibility, answers, period=PERIOD, on=date(2022, 12, 31)) == "swedish_service"
    assert next_question(assess_eligibility, answers, period=PERIOD, on=date(2023, 1, 1)) == "change_security"


def test_before_the_period_the_first_rules_apply_and_say_upcoming():
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk", "already_client": "no"}
    result = assess_eligibility(answers, period=PERIOD, on=date(2021, 2, 28))
    assert (result.outcome, result.trial_status, result.rules_version) == ("not_client", "upcoming", date(2021, 3, 1))
    assert asked_after_status("services", date(2021, 2, 28)) == "earnings_related"


def test_after_the_trial_the_employment_areas_answer():
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk", "already_client": "yes", "change_security": "no",
               "swedish_service": "no"}
    on_last_day = assess_eligibility(answers, period=PERIOD, on=date(2024, 12, 31))
    after = assess_eligibility(answers, period=PERIOD, on=date(2025, 1, 1))
    assert (on_last_day.trial_status, on_last_day.outcome, on_last_day.rules_version) == (
        "ongoing", "client", date(2023, 3, 1))
    assert (after.trial_status, after.outcome, after.rules_version, after.employment_area) == (
        "ended", "trial_ended", date(2025, 1, 1), "38")


def test_the_period_is_data():
    original_end = Period(date(2021, 3, 1), date(2023, 6, 30))
    answers = {"municipality": TAMPERE, "jobseeker": "employed", "already_client": "no"}
    assert assess_eligibility(answers, period=original_end, on=date(2024, 1, 1)).trial_status == "ended"
    assert assess_eligibility(answers, period=PERIOD, on=date(2024, 1, 1)).trial_status == "ongoing"


def test_move_results_carry_status_and_version():
    answers = {"from": TAMPERE, "to": NOKIA, "client_now": "no"}
    assert assess_move(answers, period=PERIOD, on=date(2021, 2, 1)).trial_status == "upcoming"
    ended = assess_move(answers, period=PERIOD, on=date(2025, 6, 1))
    assert (ended.trial_status, ended.rules_version, ended.outcome) == (
        "ended", date(2025, 1, 1), "same_employment_area")
