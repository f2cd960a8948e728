"""Eligibility rules: every branch of assess_eligibility, the order of its questions and its errors."""

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal.decision_table import explore
from portal.rules import (
    ELIGIBILITY_QUESTIONS, Branch, InvalidAnswer, MissingAnswer, Period, Place, Result,
    assess_eligibility, next_question,
)

PERIOD = Period(date(2021, 3, 1), date(2024, 12, 31))
ON = date(2023, 1, 10)  # ongoing, latest rules version
LATEST = date(2022, 5, 2)

TAMPERE = Place("837", "pirkanmaa", "pirkanmaa", "fi")
HELSINKI = Place("091", "helsinki", "uusimaa", "fi_sv")
RASEBORG = Place("710", "raasepori_hanko", "uusimaa", "sv_fi")
LAPPEENRANTA = Place("405", None, "kaakkois_suomi", "fi")
PLACES = (TAMPERE, HELSINKI, RASEBORG, LAPPEENRANTA)

# A job seeker in Tampere who reaches the group questions.
SEEKER = {"municipality": TAMPERE, "jobseeker": "unemployed", "short_unemployment": "no",
          "already_client": "no"}
NO_AGE_OR_LANGUAGE_GROUP = {"under_30": "no", "mother_tongue": "fi", "finnish_citizen": "yes"}


def assess(answers, on=ON):
    return assess_eligibility(answers, period=PERIOD, on=on)


def asked_next(answers, on=ON):
    return next_question(assess_eligibility, answers, period=PERIOD, on=on)


def client(group, may_stay=(), te_office=None):
    return Result("client", None, "pirkanmaa", te_office, (group,), may_stay, "ongoing", LATEST)


def not_client(reason, te_office="pirkanmaa"):
    return Result("not_client", reason, None, te_office, (), (), "ongoing", LATEST)


# --- 1. municipality ---------------------------------------------------------------------------

def test_the_municipality_is_asked_first():
    assert asked_next({}) == "municipality"
    with pytest.raises(MissingAnswer) as error:
        assess({})
    assert error.value.key == "municipality"


def test_outside_the_trial_areas_nothing_else_is_asked():
    answers = {"municipality": LAPPEENRANTA}
    assert asked_next(answers) is None
    assert assess(answers) == not_client("not_in_trial_area", te_office="kaakkois_suomi")


# --- 2. job seeker status ----------------------------------------------------------------------

def test_the_jobseeker_status_is_asked_in_a_trial_municipality():
    assert asked_next({"municipality": TAMPERE}) == "jobseeker"


def test_not_registered_registers_first_in_the_area():
    result = assess({"municipality": TAMPERE, "jobseeker": "not_registered"})
    assert result == Result("register_first", None, "pirkanmaa", "pirkanmaa", (), (), "ongoing", LATEST)


def test_employed_is_not_a_client():
    answers = {"municipality": TAMPERE, "jobseeker": "employed"}
    assert asked_next(answers) is None
    assert assess(answers) == not_client("employed")


# --- 3. short unemployment ---------------------------------------------------------------------

@pytest.mark.parametrize("jobseeker", ["unemployed", "laid_off"])
def test_short_unemployment_is_asked_of_the_unemployed(jobseeker):
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker}
    assert asked_next(answers) == "short_unemployment"
    assert assess({**answers, "short_unemployment": "yes"}) == not_client("short_unemployment")
    assert asked_next({**answers, "short_unemployment": "no"}) == "already_client"


@pytest.mark.parametrize("jobseeker", ["at_risk", "services", "subsidised"])
def test_short_unemployment_is_not_asked_of_other_statuses(jobseeker):
    assert asked_next({"municipality": TAMPERE, "jobseeker": jobseeker}) == "already_client"


# --- 4. already a client -----------------------------------------------------------------------

def test_a_continuing_client_is_asked_no_group_question():
    answers = {**SEEKER, "already_client": "yes"}
    assert asked_next(answers) == "swedish_service"
    assert assess({**answers, "swedish_service": "no"}) == client("continuing_client")


# --- 5. groups, first that applies -------------------------------------------------------------

@pytest.mark.parametrize("jobseeker", ["unemployed", "laid_off", "at_risk", "services", "subsidised"])
def test_groups_are_asked_in_order(jobseeker):
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker, "short_unemployment": "no",
               "already_client": "no"}
    for key, value in [("under_30", "no"), ("mother_tongue", "fi"), ("finnish_citizen", "yes"),
                       ("earnings_related", "no"), ("swedish_service", "no")]:
        assert asked_next(answers) == key
        answers[key] = value
    assert asked_next(answers) is None


def test_under_30_stops_the_group_questions():
    answers = {**SEEKER, "under_30": "yes"}
    assert asked_next(answers) == "swedish_service"
    assert assess({**answers, "swedish_service": "no"}) == client("under_30")


def test_a_foreign_mother_tongue_is_not_asked_about_citizenship():
    answers = {**SEEKER, "under_30": "no", "mother_tongue": "other"}
    assert asked_next(answers) == "swedish_service"
    assert assess({**answers, "swedish_service": "no"}) == client("foreign_language")


@pytest.mark.parametrize("mother_tongue", ["fi", "sv", "smi"])
def test_a_non_citizen_is_in_the_foreign_language_group(mother_tongue):
    answers = {**SEEKER, "under_30": "no", "mother_tongue": mother_tongue}
    assert asked_next(answers) == "finnish_citizen"
    result = assess({**answers, "finnish_citizen": "no", "swedish_service": "no"})
    assert result == client("foreign_language")


def test_no_earnings_related_allowance_is_the_last_group():
    answers = {**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP}
    assert asked_next(answers) == "earnings_related"
    assert assess({**answers, "earnings_related": "no", "swedish_service": "no"}) == client("no_earnings_related")


def test_an_under_30_is_never_asked_about_earnings_related_allowance():
    for on in (date(2021, 3, 1), date(2021, 6, 1), LATEST):
        for answers, _ in explore(assess_eligibility, ELIGIBILITY_QUESTIONS, {"municipality": TAMPERE},
                                  period=PERIOD, on=on):
            if answers.get("under_30") == "yes":
                assert "earnings_related" not in answers


# --- 6. no group, and "unsure" -----------------------------------------------------------------

def test_no_group_is_not_a_client_and_not_asked_about_swedish():
    answers = {**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "yes"}
    assert asked_next(answers) is None
    assert assess(answers) == not_client("no_group")


def test_unsure_about_earnings_related_allowance_depends_on_it():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "unsure",
                     "swedish_service": "no"})
    assert result == Result("depends", None, "pirkanmaa", "pirkanmaa", (), (), "ongoing", LATEST, branches=(
        Branch((("earnings_related", "no"),), client("no_earnings_related")),
        Branch((("earnings_related", "yes"),), not_client("no_group")),
    ))


def test_unsure_about_clienthood_depends_on_it():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "already_client": "unsure",
                     "earnings_related": "yes", "swedish_service": "no"})
    assert result.outcome == "depends"
    assert result.branches == (
        Branch((("already_client", "yes"),), client("continuing_client")),
        Branch((("already_client", "no"),), not_client("no_group")),
    )


def test_unsure_about_both_gives_flat_branches():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "already_client": "unsure",
                     "earnings_related": "unsure", "swedish_service": "no"})
    assert result.branches == (
        Branch((("earnings_related", "no"),), client("no_earnings_related")),
        Branch((("earnings_related", "yes"), ("already_client", "yes")), client("continuing_client")),
        Branch((("earnings_related", "yes"), ("already_client", "no")), not_client("no_group")),
    )
    assert all(branch.result.branches == () for branch in result.branches)


def test_unsure_about_clienthood_does_not_matter_when_a_group_applies():
    answers = {**SEEKER, "already_client": "unsure", "under_30": "yes", "swedish_service": "no"}
    assert assess(answers) == client("under_30")


def test_unsure_about_clienthood_with_no_earnings_related_allowance_is_a_client():
    answers = {**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "already_client": "unsure",
               "earnings_related": "no", "swedish_service": "no"}
    assert assess(answers) == client("no_earnings_related")


# --- 7. Swedish-language service ---------------------------------------------------------------

def test_swedish_service_lets_a_client_stay_with_the_te_office():
    result = assess({**SEEKER, "under_30": "yes", "swedish_service": "yes"})
    assert result == client("under_30", may_stay=("swedish_language",), te_office="pirkanmaa")


def test_swedish_service_marks_only_the_client_branches():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "already_client": "unsure",
                     "earnings_related": "yes", "swedish_service": "yes"})
    assert result.may_stay_with_te_office == ()
    assert result.te_office == "pirkanmaa"
    assert result.branches == (
        Branch((("already_client", "yes"),),
               client("continuing_client", may_stay=("swedish_language",), te_office="pirkanmaa")),
        Branch((("already_client", "no"),), not_client("no_group")),
    )


@pytest.mark.parametrize("place", [HELSINKI, RASEBORG])
def test_bilingual_and_swedish_municipalities_never_ask_swedish_service(place):
    for on in (date(2021, 3, 1), LATEST):
        for answers, result in explore(assess_eligibility, ELIGIBILITY_QUESTIONS, {"municipality": place},
                                       period=PERIOD, on=on):
            assert "swedish_service" not in answers
            assert result.may_stay_with_te_office == ()
    result = assess({**SEEKER, "municipality": HELSINKI, "under_30": "yes"})
    assert (result.outcome, result.area, result.te_office) == ("client", "helsinki", None)


# --- errors and ignored keys -------------------------------------------------------------------

@pytest.mark.parametrize("key, value", [
    ("jobseeker", "retired"), ("jobseeker", "Unemployed"), ("short_unemployment", True),
    ("short_unemployment", "maybe"), ("already_client", 1), ("under_30", "unsure"),
    ("mother_tongue", "en"), ("finnish_citizen", TAMPERE), ("earnings_related", ""),
])
def test_an_invalid_answer_names_the_key_and_value(key, value):
    answers = {**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, key: value}
    with pytest.raises(InvalidAnswer) as error:
        assess(answers)
    assert (error.value.key, error.value.value) == (key, value)
    assert key in str(error.value)
    assert asked_next(answers) == key  # asked again


@pytest.mark.parametrize("value", ["837", "Tampere", {"code": "837"}])
def test_a_municipality_must_be_a_place(value):
    with pytest.raises(InvalidAnswer) as error:
        assess({"municipality": value})
    assert error.value.key == "municipality"


def test_a_missing_answer_names_the_first_key_needed():
    with pytest.raises(MissingAnswer) as error:
        assess({"municipality": TAMPERE, "under_30": "yes", "swedish_service": "no"})
    assert error.value.key == "jobseeker"
    assert str(error.value) == "missing answer: jobseeker"


def test_none_counts_as_not_answered():
    with pytest.raises(MissingAnswer) as error:
        assess({"municipality": TAMPERE, "jobseeker": None})
    assert error.value.key == "jobseeker"


def test_keys_not_needed_are_ignored_whatever_their_value():
    answers = {"municipality": LAPPEENRANTA, "jobseeker": "nonsense", "under_30": 42,
               "swedish_service": "yes", "favourite_colour": "blue"}
    assert assess(answers) == not_client("not_in_trial_area", te_office="kaakkois_suomi")
    answers = {**SEEKER, "under_30": "yes", "mother_tongue": "klingon", "earnings_related": None,
               "swedish_service": "no"}
    assert assess(answers) == client("under_30")


def test_to_dict_is_json_ready():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "already_client": "unsure",
                     "earnings_related": "unsure", "swedish_service": "yes"})
    data = json.loads(json.dumps(result.to_dict()))
    assert data["outcome"] == "depends"
    assert data["rules_version"] == "2022-05-02"
    assert data["trial_status"] == "ongoing"
    assert data["groups"] == [] and data["may_stay_with_te_office"] == []
    assert data["move_kind"] is None
    assert data["branches"][1] == {
        "condition": {"earnings_related": "yes", "already_client": "yes"},
        "result": {"outcome": "client", "reason": None, "area": "pirkanmaa", "te_office": "pirkanmaa",
                   "groups": ["continuing_client"], "may_stay_with_te_office": ["swedish_language"],
                   "trial_status": "ongoing", "rules_version": "2022-05-02", "branches": [],
                   "move_kind": None},
    }


# --- properties --------------------------------------------------------------------------------

JUNK = st.one_of(st.none(), st.text("abyesno", max_size=4), st.integers(), st.booleans(), st.sampled_from(PLACES),
                 st.sampled_from(["yes", "no", "unsure", "other", "unemployed"]))


def is_valid(key, value):
    allowed = ELIGIBILITY_QUESTIONS[key]
    return isinstance(value, Place) if allowed is None else isinstance(value, str) and value in allowed


@st.composite
def answer_dicts(draw):
    answers = {}
    for key, allowed in ELIGIBILITY_QUESTIONS.items():
        kind = draw(st.sampled_from(["absent", "valid", "valid", "valid", "junk"]))
        if kind == "valid":
            answers[key] = draw(st.sampled_from(allowed or PLACES))
        elif kind == "junk":
            answers[key] = draw(JUNK)
    if draw(st.booleans()):
        answers[draw(st.text("xyz_", min_size=1, max_size=6))] = draw(JUNK)
    return answers


DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 31))


@given(answers=answer_dicts(), on=DATES)
def test_assess_gives_a_result_or_names_an_answer(answers, on):
    try:
        result = assess(answers, on=on)
    except MissingAnswer as error:
        assert answers.get(error.key) is None
    except InvalidAnswer as error:
        assert not is_valid(error.key, answers[error.key])
    else:
        assert isinstance(result, Result)
        json.dumps(result.to_dict())


@given(answers=answer_dicts(), on=DATES)
def test_next_question_never_asks_a_valid_answer_again(answers, on):
    key = asked_next(answers, on=on)
    if key is None:
        assert isinstance(assess(answers, on=on), Result)
    else:
        assert key in ELIGIBILITY_QUESTIONS
        assert not (key in answers and is_valid(key, answers[key]))
