"""Who serves me now: the employment area (or the municipality alone), AMS on Åland, mergers,
dates before 1.1.2025, and errors; with and without the trial period in the data."""

from dataclasses import replace
from datetime import date

import pytest

from portal.rules import (
    ALAND_AUTONOMY, AMS_ALAND, EMPLOYMENT_AREAS, EMPLOYMENT_AREAS_FROM, NOW_QUESTIONS, ORGANISATION_ACT,
    DateNotCovered, InvalidAnswer, MissingAnswer, Period, Place, assess_now, next_question,
)

PERIOD = Period(date(2021, 3, 1), date(2024, 12, 31))
TODAY = date(2026, 11, 29)

HELSINKI = Place("091", "helsinki", "uusimaa", "fi_sv", employment_area="08")  # arranges alone
KERAVA = Place("245", "vantaa_kerava", "uusimaa", "fi", employment_area="19")
MARIEHAMN = Place("478", None, "ams_aland", "sv", aland=True)
MANTYHARJU_FOR_PERTUNMAA = Place("507", "mikkeli", "etela_savo", "fi", employment_area="23", merged_from="588")


def test_the_municipality_is_the_only_question():
    assert list(NOW_QUESTIONS) == ["municipality"] and NOW_QUESTIONS["municipality"] is None
    assert next_question(assess_now, {}, period=None, on=TODAY) == "municipality"
    assert next_question(assess_now, {"municipality": KERAVA}, period=None, on=TODAY) is None
    with pytest.raises(MissingAnswer) as error:
        assess_now({}, on=TODAY)
    assert error.value.key == "municipality"


@pytest.mark.parametrize("period", [None, PERIOD], ids=["no-trial-period", "trial-period"])
@pytest.mark.parametrize("place, area", [(KERAVA, "19"), (HELSINKI, "08")])
def test_the_employment_area_of_the_home_municipality_serves(period, place, area):
    result = assess_now({"municipality": place}, period=period, on=TODAY)
    assert (result.outcome, result.employment_area, result.te_office, result.area) == ("employment_area", area, None, None)
    assert result.legal_basis == (ORGANISATION_ACT,)
    assert result.regime == EMPLOYMENT_AREAS and result.trial_status == "ended"
    assert result.rules_version == EMPLOYMENT_AREAS_FROM and result.date_in_question == TODAY
    assert result.merged_into == () and result.reason is None and result.branches == ()


@pytest.mark.parametrize("period", [None, PERIOD], ids=["no-trial-period", "trial-period"])
def test_on_aland_ams_serves_and_the_organisation_act_does_not_apply(period):
    result = assess_now({"municipality": MARIEHAMN}, period=period, on=EMPLOYMENT_AREAS_FROM)
    assert (result.outcome, result.te_office, result.employment_area) == ("aland", AMS_ALAND, None)
    assert result.legal_basis == (ALAND_AUTONOMY,)


def test_a_merged_municipality_is_answered_as_the_one_it_joined():
    result = assess_now({"municipality": MANTYHARJU_FOR_PERTUNMAA}, on=TODAY)
    assert (result.outcome, result.employment_area) == ("employment_area", "23")
    assert result.merged_into == (("588", "507"),)
    assert result.to_dict()["merged_into"] == {"588": "507"}


@pytest.mark.parametrize("on", [date(2024, 12, 31), date(2022, 5, 2), date(2020, 1, 1)])
@pytest.mark.parametrize("period", [None, PERIOD], ids=["no-trial-period", "trial-period"])
def test_a_date_before_the_employment_areas_is_not_covered(on, period):
    for answers in ({}, {"municipality": KERAVA}):
        with pytest.raises(DateNotCovered) as error:
            assess_now(answers, period=period, on=on)
        assert error.value.first == EMPLOYMENT_AREAS_FROM
        assert str(error.value) == "answers only for dates from 2025-01-01"
    with pytest.raises(DateNotCovered):
        next_question(assess_now, {}, period=period, on=on)


def test_the_first_day_of_the_employment_areas_is_covered():
    assert assess_now({"municipality": KERAVA}, on=EMPLOYMENT_AREAS_FROM).employment_area == "19"


@pytest.mark.parametrize("value", ["245", "Kerava", 245, replace])
def test_a_municipality_that_is_not_a_place_is_invalid(value):
    with pytest.raises(InvalidAnswer) as error:
        assess_now({"municipality": value}, on=TODAY)
    assert error.value.key == "municipality"
    assert next_question(assess_now, {"municipality": value}, period=None, on=TODAY) == "municipality"


def test_answers_the_rules_do_not_ask_are_ignored():
    assert assess_now({"municipality": KERAVA, "jobseeker": "astronaut"}, on=TODAY).outcome == "employment_area"
