"""Eligibility rules: every branch of assess_eligibility, the order of its questions and its errors."""

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal.decision_table import explore
from portal.rules import (
    ALAND_AUTONOMY, CHANGE_SECURITY_CONDITIONS, ELIGIBILITY_QUESTIONS, ORGANISATION_ACT, Branch, Citation,
    InvalidAnswer, MissingAnswer, Period, Place, Result, assess_eligibility, next_question,
)

PERIOD = Period(date(2021, 3, 1), date(2024, 12, 31))
ON = date(2023, 6, 1)  # ongoing, latest trial version
FIRST_DAY = date(2021, 3, 1)
BEFORE_AT_RISK = date(2022, 5, 1)
BEFORE_CHANGE_SECURITY = date(2022, 12, 31)
TODAY = date(2026, 11, 29)

TAMPERE = Place("837", "pirkanmaa", "pirkanmaa", "fi", employment_area="38")
HELSINKI = Place("091", "helsinki", "uusimaa", "fi_sv", employment_area="08")
KERAVA = Place("245", "vantaa_kerava", "uusimaa", "fi", employment_area="19")
RASEBORG = Place("710", "raasepori_hanko", "uusimaa", "sv_fi", employment_area="32")
LAPPEENRANTA = Place("405", None, "kaakkois_suomi", "fi", employment_area="03")
MARIEHAMN = Place("478", None, "ams_aland", "sv", aland=True)
MANTYHARJU_FOR_PERTUNMAA = Place("507", "mikkeli", "etela_savo", "fi", employment_area="23", merged_from="588")
PLACES = (TAMPERE, HELSINKI, RASEBORG, LAPPEENRANTA, KERAVA)

# A new job seeker in Tampere who reaches the group questions.
SEEKER = {"municipality": TAMPERE, "jobseeker": "unemployed", "already_client": "no"}
NO_AGE_OR_LANGUAGE_GROUP = {"under_30": "no", "mother_tongue": "fi", "finnish_citizen": "yes"}
NO_CHOICES = {"change_security": "no", "short_unemployment": "no", "swedish_service": "no"}


def section(number, amended_by=None):
    """§ `number` of Act 1269/2020 in the wording of `amended_by`."""
    return Citation("1269/2020", number, amended_by)


def assess(answers, on=ON):
    return assess_eligibility(answers, period=PERIOD, on=on)


def asked_next(answers, on=ON):
    return next_question(assess_eligibility, answers, period=PERIOD, on=on)


def told(result):
    """What the person is told, without dates and legal basis: (outcome, reason, area, te_office,
    groups, may_stay)."""
    return (result.outcome, result.reason, result.area, result.te_office, result.groups,
            result.may_stay_with_te_office)


def client(group, may_stay=(), te_office=None, area="pirkanmaa"):
    return ("client", None, area, te_office, (group,), may_stay)


def not_client(reason, te_office="pirkanmaa"):
    return ("not_client", reason, None, te_office, (), ())


# --- 1. municipality ---------------------------------------------------------------------------

def test_the_municipality_is_asked_first():
    assert asked_next({}) == "municipality"
    with pytest.raises(MissingAnswer) as error:
        assess({})
    assert error.value.key == "municipality"


def test_outside_the_trial_areas_nothing_else_is_asked():
    answers = {"municipality": LAPPEENRANTA}
    assert asked_next(answers) is None
    result = assess(answers)
    assert told(result) == not_client("not_in_trial_area", te_office="kaakkois_suomi")
    assert result.legal_basis == (section("3"),)


# --- 2. job seeker status and already a client ---------------------------------------------------

def test_the_jobseeker_status_then_clienthood_are_asked_in_a_trial_municipality():
    assert asked_next({"municipality": TAMPERE}) == "jobseeker"
    assert asked_next({"municipality": TAMPERE, "jobseeker": "unemployed"}) == "already_client"


def test_not_registered_registers_first_in_the_area():
    answers = {"municipality": TAMPERE, "jobseeker": "not_registered"}
    assert asked_next(answers) is None
    assert told(assess(answers)) == ("register_first", None, "pirkanmaa", "pirkanmaa", (), ())


@pytest.mark.parametrize("jobseeker", ["unemployed", "laid_off", "at_risk", "services", "subsidised", "employed"])
def test_a_continuing_client_stays_a_client_whatever_the_status(jobseeker):
    # Issue 9, fault 1: Turku, already a client, employed, 2023-06-01 was "not_client / employed".
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker, "already_client": "yes", **NO_CHOICES}
    result = assess(answers)
    assert told(result) == client("continuing_client")
    assert result.legal_basis == (section("6", "1381/2021"), section("5", "671/2022"))
    for key in ("under_30", "mother_tongue", "finnish_citizen", "earnings_related", "short_unemployment"):
        assert key not in _path(answers)


def test_an_at_risk_continuing_client_before_2_5_2022_stays_a_client():
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk", "already_client": "yes", "swedish_service": "no"}
    assert told(assess(answers, on=BEFORE_AT_RISK)) == client("continuing_client")


def test_employed_new_job_seeker_is_not_a_client():
    answers = {"municipality": TAMPERE, "jobseeker": "employed", "already_client": "no"}
    assert asked_next(answers) is None
    result = assess(answers)
    assert told(result) == not_client("employed")
    assert result.legal_basis == (section("4", "1381/2021"),)


def test_at_risk_before_2_5_2022_is_a_status_not_covered():
    # Issue 9, fault 5: the reason was "employed".
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk", "already_client": "no"}
    assert told(assess(answers, on=BEFORE_AT_RISK)) == not_client("status_not_covered")
    assert asked_next(answers, on=BEFORE_AT_RISK) is None
    assert asked_next(answers, on=date(2022, 5, 2)) == "under_30"


# --- 3. groups, first that applies -------------------------------------------------------------

@pytest.mark.parametrize("jobseeker", ["unemployed", "at_risk", "services", "subsidised"])
def test_questions_are_asked_in_order(jobseeker):
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker, "already_client": "no"}
    expected = [("under_30", "no"), ("mother_tongue", "fi"), ("finnish_citizen", "yes"),
                ("earnings_related", "no"), ("change_security", "no")]
    if jobseeker in ("unemployed", "at_risk"):
        expected.append(("short_unemployment", "no"))
    expected.append(("swedish_service", "no"))
    for key, value in expected:
        assert asked_next(answers) == key
        answers[key] = value
    assert asked_next(answers) is None


def test_under_30_stops_the_group_questions_and_skips_change_security():
    answers = {**SEEKER, "under_30": "yes"}
    assert asked_next(answers) == "short_unemployment"
    result = assess({**answers, "short_unemployment": "no", "swedish_service": "no"})
    assert told(result) == client("under_30")
    assert result.legal_basis == (section("4", "1381/2021"), section("5", "671/2022"))


def test_a_foreign_mother_tongue_is_not_asked_about_citizenship():
    answers = {**SEEKER, "under_30": "no", "mother_tongue": "other"}
    assert asked_next(answers) == "change_security"
    assert told(assess({**answers, **NO_CHOICES})) == client("foreign_language")


@pytest.mark.parametrize("mother_tongue", ["fi", "sv", "smi"])
def test_a_non_citizen_is_in_the_foreign_language_group(mother_tongue):
    answers = {**SEEKER, "under_30": "no", "mother_tongue": mother_tongue}
    assert asked_next(answers) == "finnish_citizen"
    assert told(assess({**answers, "finnish_citizen": "no", **NO_CHOICES})) == client("foreign_language")


def test_no_earnings_related_allowance_is_the_last_group():
    answers = {**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP}
    assert asked_next(answers) == "earnings_related"
    assert told(assess({**answers, "earnings_related": "no", **NO_CHOICES})) == client("no_earnings_related")


@pytest.mark.parametrize("jobseeker", ["services", "subsidised"])
def test_age_and_language_groups_count_in_services_only_from_1_6_2021(jobseeker):
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker, "already_client": "no"}
    assert asked_next(answers, on=FIRST_DAY) == "earnings_related"
    assert asked_next(answers, on=date(2021, 6, 1)) == "under_30"
    result = assess({**answers, "under_30": "yes", **NO_CHOICES}, on=date(2021, 6, 1))
    assert told(result) == client("under_30")
    assert result.legal_basis[0] == section("4", "421/2021")


def test_at_risk_client_cites_the_amendment_that_added_the_status():
    answers = {"municipality": TAMPERE, "jobseeker": "at_risk", "already_client": "no", "under_30": "yes",
               **NO_CHOICES}
    assert assess(answers).legal_basis[0] == section("4", "1381/2021")


def test_an_under_30_is_never_asked_about_earnings_related_allowance_or_change_security():
    for on in (FIRST_DAY, date(2021, 6, 1), ON):
        for answers, _ in explore(assess_eligibility, ELIGIBILITY_QUESTIONS, {"municipality": TAMPERE},
                                  period=PERIOD, on=on):
            if answers.get("under_30") == "yes":
                assert "earnings_related" not in answers
                assert "change_security" not in answers


def test_no_group_is_not_a_client_and_asked_nothing_more():
    answers = {**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "yes"}
    assert asked_next(answers) is None
    assert told(assess(answers)) == not_client("no_group")


# --- 4. change security (from 1.1.2023, Act 671/2022) ------------------------------------------

def test_change_security_excludes_a_new_client_from_1_1_2023():
    # Issue 9, fault 2: Helsinki, over 30, no earnings-related allowance, dismissed at 55+ after
    # five years, 2023-03-01 was "client".
    answers = {"municipality": HELSINKI, "jobseeker": "unemployed", "already_client": "no",
               **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "no", "change_security": "yes"}
    result = assess(answers, on=date(2023, 3, 1))
    assert told(result) == not_client("change_security", te_office="uusimaa")
    assert result.legal_basis == (section("5", "671/2022"), CHANGE_SECURITY_CONDITIONS)
    assert CHANGE_SECURITY_CONDITIONS == Citation("916/2012", "2", "670/2022", chapter="5 a")


def test_change_security_moves_an_existing_client_back():
    answers = {"municipality": TAMPERE, "jobseeker": "unemployed", "already_client": "yes",
               "change_security": "yes"}
    assert told(assess(answers)) == not_client("change_security")


def test_change_security_is_never_asked_before_1_1_2023():
    for on in (FIRST_DAY, date(2021, 6, 1), date(2022, 5, 2), BEFORE_CHANGE_SECURITY):
        for answers, _ in explore(assess_eligibility, ELIGIBILITY_QUESTIONS, {"municipality": TAMPERE},
                                  period=PERIOD, on=on):
            assert "change_security" not in answers


def test_change_security_is_not_asked_of_a_laid_off_person():
    answers = {"municipality": TAMPERE, "jobseeker": "laid_off", "already_client": "no",
               **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "no"}
    assert asked_next(answers) == "short_unemployment"


def test_change_security_does_not_matter_without_a_group():
    answers = {**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "yes"}
    assert asked_next(answers) is None


# --- 5. short unemployment with a known end: a choice, not an exclusion --------------------------

@pytest.mark.parametrize("jobseeker", ["unemployed", "laid_off", "at_risk"])
def test_short_unemployment_is_a_client_who_may_stay_with_the_te_office(jobseeker):
    # Issue 9, fault 3: a laid-off person in Lahti with a short layoff got "not_client".
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker, "already_client": "no", "under_30": "yes",
               "short_unemployment": "yes", "swedish_service": "no"}
    result = assess(answers)
    assert told(result) == client("under_30", may_stay=("short_unemployment",), te_office="pirkanmaa")
    assert section("5", "671/2022") in result.legal_basis


@pytest.mark.parametrize("jobseeker", ["services", "subsidised"])
def test_short_unemployment_is_not_asked_in_services(jobseeker):
    answers = {"municipality": TAMPERE, "jobseeker": jobseeker, "already_client": "no", "under_30": "yes"}
    assert asked_next(answers) == "swedish_service"


def test_short_unemployment_is_not_asked_of_a_continuing_client():
    answers = {"municipality": TAMPERE, "jobseeker": "unemployed", "already_client": "yes"}
    assert asked_next(answers) == "change_security"
    assert asked_next({**answers, "change_security": "no"}) == "swedish_service"


# --- 6. Swedish-language service and moving back on request --------------------------------------

def test_swedish_service_lets_a_new_client_stay_with_the_te_office():
    result = assess({**SEEKER, "under_30": "yes", "short_unemployment": "no", "swedish_service": "yes"})
    assert told(result) == client("under_30", may_stay=("swedish_language",), te_office="pirkanmaa")


def test_both_choices_are_listed_in_canonical_order():
    result = assess({**SEEKER, "under_30": "yes", "short_unemployment": "yes", "swedish_service": "yes"})
    assert result.may_stay_with_te_office == ("swedish_language", "short_unemployment")


def test_before_1_6_2021_a_continuing_client_could_not_be_moved_back():
    # Issue 9, fault 4: a Kerava client on 2021-04-01 was told they could ask to be moved back.
    answers = {"municipality": KERAVA, "jobseeker": "unemployed", "already_client": "yes"}
    assert asked_next(answers, on=date(2021, 4, 1)) is None
    result = assess(answers, on=date(2021, 4, 1))
    assert told(result) == client("continuing_client", area="vantaa_kerava")
    assert not result.move_back_on_request
    assert result.legal_basis == (section("6"),)


def test_from_1_6_2021_a_continuing_client_may_ask_to_be_moved_back_for_swedish():
    answers = {"municipality": KERAVA, "jobseeker": "unemployed", "already_client": "yes",
               "swedish_service": "yes"}
    result = assess(answers, on=date(2021, 6, 1))
    assert told(result) == client("continuing_client", may_stay=("swedish_language",), te_office="uusimaa",
                                  area="vantaa_kerava")
    assert result.move_back_on_request
    assert result.legal_basis == (section("6"), section("5", "421/2021"))


def test_a_new_client_before_1_6_2021_may_stay_at_the_transfer_but_not_ask_to_move_back():
    answers = {"municipality": TAMPERE, "jobseeker": "unemployed", "already_client": "no", "under_30": "yes",
               "short_unemployment": "no", "swedish_service": "yes"}
    result = assess(answers, on=FIRST_DAY)
    assert told(result) == client("under_30", may_stay=("swedish_language",), te_office="pirkanmaa")
    assert not result.move_back_on_request


@pytest.mark.parametrize("place", [HELSINKI, RASEBORG])
def test_bilingual_and_swedish_municipalities_never_ask_swedish_service(place):
    for on in (FIRST_DAY, ON):
        for answers, result in explore(assess_eligibility, ELIGIBILITY_QUESTIONS, {"municipality": place},
                                       period=PERIOD, on=on):
            assert "swedish_service" not in answers
            assert "swedish_language" not in result.may_stay_with_te_office


# --- 7. "unsure" answers -------------------------------------------------------------------------

def test_unsure_about_earnings_related_allowance_depends_on_it():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "unsure", **NO_CHOICES})
    assert result.outcome == "depends"
    assert [(b.condition, told(b.result)) for b in result.branches] == [
        ((("earnings_related", "no"),), client("no_earnings_related")),
        ((("earnings_related", "yes"),), not_client("no_group")),
    ]


def test_unsure_about_clienthood_depends_on_it_when_a_new_transfer_fails():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "already_client": "unsure",
                     "earnings_related": "yes", **NO_CHOICES})
    assert result.outcome == "depends"
    assert [(b.condition, told(b.result)) for b in result.branches] == [
        ((("already_client", "yes"),), client("continuing_client")),
        ((("already_client", "no"),), not_client("no_group")),
    ]


def test_unsure_about_clienthood_of_an_employed_person_depends_on_it():
    answers = {"municipality": TAMPERE, "jobseeker": "employed", "already_client": "unsure", **NO_CHOICES}
    result = assess(answers)
    assert [(b.condition, told(b.result)) for b in result.branches] == [
        ((("already_client", "yes"),), client("continuing_client")),
        ((("already_client", "no"),), not_client("employed")),
    ]


def test_unsure_about_both_gives_flat_branches():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "already_client": "unsure",
                     "earnings_related": "unsure", **NO_CHOICES})
    assert [(b.condition, told(b.result)) for b in result.branches] == [
        ((("earnings_related", "no"),), client("no_earnings_related")),
        ((("earnings_related", "yes"), ("already_client", "yes")), client("continuing_client")),
        ((("earnings_related", "yes"), ("already_client", "no")), not_client("no_group")),
    ]
    assert all(branch.result.branches == () for branch in result.branches)
    assert set(result.legal_basis) == {c for b in result.branches for c in b.result.legal_basis}


def test_unsure_about_clienthood_does_not_matter_when_a_group_applies():
    answers = {**SEEKER, "already_client": "unsure", "under_30": "yes", **NO_CHOICES}
    assert told(assess(answers)) == client("under_30")


def test_unsure_about_clienthood_depends_when_only_a_new_client_had_choices():
    # Review: "unsure" took the new-transfer result with choices an existing client never had.
    answers = {**SEEKER, "already_client": "unsure", "under_30": "yes", "short_unemployment": "yes",
               "swedish_service": "yes"}
    result = assess(answers, on=date(2021, 4, 1))
    assert [(b.condition, told(b.result)) for b in result.branches] == [
        ((("already_client", "yes"),), client("continuing_client")),
        ((("already_client", "no"),),
         client("under_30", may_stay=("swedish_language", "short_unemployment"), te_office="pirkanmaa")),
    ]


def test_the_wording_cited_is_the_one_in_force_on_the_date():
    answers = {**SEEKER, "under_30": "yes", "short_unemployment": "no", "swedish_service": "no"}
    assert assess(answers, on=FIRST_DAY).legal_basis == (section("4"), section("5"))
    assert assess(answers, on=date(2021, 6, 1)).legal_basis == (section("4", "421/2021"), section("5", "421/2021"))
    assert assess(answers, on=date(2022, 5, 2)).legal_basis == (section("4", "1381/2021"), section("5", "421/2021"))
    assert assess(answers, on=ON).legal_basis == (section("4", "1381/2021"), section("5", "671/2022"))


def test_unsure_about_clienthood_with_change_security_is_not_a_client_either_way():
    answers = {**SEEKER, "already_client": "unsure", **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "no",
               "change_security": "yes"}
    assert told(assess(answers)) == not_client("change_security")


# --- 8. dates: before, during and after the trial ------------------------------------------------

def test_before_the_trial_the_first_days_rules_apply():
    answers = {**SEEKER, "under_30": "yes", "short_unemployment": "no", "swedish_service": "no"}
    result = assess(answers, on=date(2021, 2, 28))
    assert (result.trial_status, result.rules_version, result.regime) == ("upcoming", FIRST_DAY, "trial")
    assert told(result) == client("under_30")
    assert not result.move_back_on_request


def test_the_last_day_of_the_trial_uses_the_trial_rules():
    last_day = date(2024, 12, 31)
    assert asked_next({"municipality": TAMPERE}, on=last_day) == "jobseeker"
    result = assess({**SEEKER, "under_30": "yes", "short_unemployment": "no", "swedish_service": "no"}, on=last_day)
    assert (result.regime, result.trial_status, result.outcome) == ("trial", "ongoing", "client")


@pytest.mark.parametrize("on", [date(2025, 1, 1), TODAY])
def test_from_2025_only_the_municipality_is_needed(on):
    result = assess({"municipality": TAMPERE}, on=on)
    assert asked_next({"municipality": TAMPERE}, on=on) is None
    assert (result.outcome, result.reason, result.area, result.te_office, result.employment_area) == (
        "trial_ended", None, None, None, "38")
    assert (result.trial_status, result.regime, result.rules_version) == ("ended", "employment_areas",
                                                                          date(2025, 1, 1))
    assert result.legal_basis == (ORGANISATION_ACT,)
    assert result.date_in_question == on


def test_from_2025_a_municipality_outside_the_trials_has_its_employment_area_too():
    assert assess({"municipality": LAPPEENRANTA}, on=TODAY).employment_area == "03"


def test_from_2025_ams_serves_on_aland():
    result = assess({"municipality": MARIEHAMN}, on=TODAY)
    assert (result.outcome, result.te_office, result.employment_area) == ("trial_ended", "ams_aland", None)
    assert result.legal_basis == (ALAND_AUTONOMY,)


def test_from_2025_a_merged_municipality_is_answered_for_the_one_it_joined():
    result = assess({"municipality": MANTYHARJU_FOR_PERTUNMAA}, on=TODAY)
    assert result.employment_area == "23"
    assert result.to_dict()["merged_into"] == {"588": "507"}


def test_from_2025_trial_answers_are_ignored():
    answers = {"municipality": TAMPERE, "jobseeker": "nonsense", "already_client": 7}
    assert assess(answers, on=TODAY).outcome == "trial_ended"


# --- errors and ignored keys -------------------------------------------------------------------

@pytest.mark.parametrize("key, value", [
    ("jobseeker", "retired"), ("jobseeker", "Unemployed"), ("already_client", 1), ("under_30", "unsure"),
    ("mother_tongue", "en"), ("finnish_citizen", TAMPERE), ("earnings_related", ""),
    ("change_security", "maybe"), ("short_unemployment", True), ("swedish_service", "ja"),
])
def test_an_invalid_answer_names_the_key_and_value(key, value):
    answers = {**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "earnings_related": "no", **NO_CHOICES, key: value}
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
    assert told(assess(answers)) == not_client("not_in_trial_area", te_office="kaakkois_suomi")
    answers = {**SEEKER, "under_30": "yes", "mother_tongue": "klingon", "earnings_related": None,
               "short_unemployment": "no", "swedish_service": "no"}
    assert told(assess(answers)) == client("under_30")


def test_to_dict_is_json_ready():
    result = assess({**SEEKER, **NO_AGE_OR_LANGUAGE_GROUP, "already_client": "unsure",
                     "earnings_related": "unsure", "change_security": "no", "short_unemployment": "no",
                     "swedish_service": "yes"})
    data = json.loads(json.dumps(result.to_dict()))
    assert (data["outcome"], data["rules_version"], data["trial_status"], data["regime"], data["date"]) == (
        "depends", "2023-03-01", "ongoing", "trial", "2023-06-01")
    assert data["groups"] == [] and data["may_stay_with_te_office"] == [] and data["merged_into"] == {}
    assert data["employment_area"] is None and data["move_kind"] is None
    continuing = data["branches"][1]
    assert continuing["condition"] == {"earnings_related": "yes", "already_client": "yes"}
    assert continuing["result"]["groups"] == ["continuing_client"]
    assert continuing["result"]["may_stay_with_te_office"] == ["swedish_language"]
    assert continuing["result"]["legal_basis"] == [
        {"act": "1269/2020", "chapter": None, "section": "6", "amended_by": "1381/2021"},
        {"act": "1269/2020", "chapter": None, "section": "5", "amended_by": "671/2022"},
    ]


# --- properties --------------------------------------------------------------------------------

def _path(answers, on=ON):
    """The keys the rules actually read for these answers."""
    asked, given = [], {}
    while (key := asked_next(given, on=on)) is not None:
        asked.append(key)
        if key not in answers:
            break
        given[key] = answers[key]
    return asked


JUNK = st.one_of(st.none(), st.text("abyesno", max_size=4), st.integers(), st.booleans(), st.sampled_from(PLACES),
                 st.sampled_from(["yes", "no", "unsure", "other", "unemployed"]))
ALL_PLACES = PLACES + (MARIEHAMN, MANTYHARJU_FOR_PERTUNMAA)


def is_valid(key, value):
    allowed = ELIGIBILITY_QUESTIONS[key]
    return isinstance(value, Place) if allowed is None else isinstance(value, str) and value in allowed


@st.composite
def answer_dicts(draw):
    answers = {}
    for key, allowed in ELIGIBILITY_QUESTIONS.items():
        kind = draw(st.sampled_from(["absent", "valid", "valid", "valid", "junk"]))
        if kind == "valid":
            answers[key] = draw(st.sampled_from(allowed or ALL_PLACES))
        elif kind == "junk":
            answers[key] = draw(JUNK)
    if draw(st.booleans()):
        answers[draw(st.text("xyz_", min_size=1, max_size=6))] = draw(JUNK)
    return answers


DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31))


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
        assert result.legal_basis, "every result cites its legal basis"
        assert (result.regime == "employment_areas") == (on >= date(2025, 1, 1))
        json.dumps(result.to_dict())


@given(answers=answer_dicts(), on=DATES)
def test_next_question_never_asks_a_valid_answer_again(answers, on):
    key = asked_next(answers, on=on)
    if key is None:
        assert isinstance(assess(answers, on=on), Result)
    else:
        assert key in ELIGIBILITY_QUESTIONS
        assert not (key in answers and is_valid(key, answers[key]))


def test_branches_are_never_nested():
    for on in (FIRST_DAY, date(2021, 6, 1), date(2022, 5, 2), ON):
        for _, result in explore(assess_eligibility, ELIGIBILITY_QUESTIONS, {"municipality": TAMPERE},
                                 period=PERIOD, on=on):
            assert all(isinstance(b, Branch) and not b.result.branches for b in result.branches)
