"""Move rules: every move kind, whether client_now and swedish_service are asked, and errors."""

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dataclasses import replace

from portal.rules import (
    ALAND_AUTONOMY, MOVE_QUESTIONS, ORGANISATION_ACT, Branch, Citation, InvalidAnswer, MissingAnswer, Period,
    Place, Result, assess_move, move_kind, move_kind_now, next_question,
)

PERIOD = Period(date(2021, 3, 1), date(2024, 12, 31))
ON = date(2023, 1, 10)
LATEST = date(2023, 1, 1)
TODAY = date(2026, 11, 29)

TAMPERE = Place("837", "pirkanmaa", "pirkanmaa", "fi", employment_area="38")
NOKIA = Place("536", "pirkanmaa", "pirkanmaa", "fi", employment_area="38")
VANTAA = Place("092", "vantaa_kerava", "uusimaa", "fi_sv", employment_area="44")
KERAVA = Place("245", "vantaa_kerava", "uusimaa", "fi", employment_area="19")
LAHTI = Place("398", "lahti", "hame", "fi", employment_area="17")
HELSINKI = Place("091", "helsinki", "uusimaa", "fi_sv", employment_area="08")
LAPPEENRANTA = Place("405", None, "kaakkois_suomi", "fi", employment_area="03")
KOTKA = Place("285", None, "kaakkois_suomi", "fi", employment_area="04")
MARIEHAMN = Place("478", None, "ams_aland", "sv", aland=True)
BRANDO = Place("035", None, "ams_aland", "sv", aland=True)
MANTYHARJU = Place("507", "mikkeli", "etela_savo", "fi", employment_area="23")
MANTYHARJU_FOR_PERTUNMAA = replace(MANTYHARJU, merged_from="588")
PLACES = (TAMPERE, NOKIA, VANTAA, KERAVA, LAHTI, HELSINKI, LAPPEENRANTA, KOTKA, MARIEHAMN)


def _without_bookkeeping(result):
    """The result without its date and legal basis, which tests below check on their own."""
    return replace(result, date_in_question=None, legal_basis=(),
                   branches=tuple(replace(b, result=_without_bookkeeping(b.result)) for b in result.branches))


def assess(answers, on=ON):
    return _without_bookkeeping(assess_move(answers, period=PERIOD, on=on))


def asked_next(answers, on=ON):
    return next_question(assess_move, answers, period=PERIOD, on=on)


def result(outcome, kind, area=None, te_office=None, groups=(), may_stay=(), branches=()):
    """A trial result on ON; a client who moved could ask to be moved back then (from 1.6.2021)."""
    return Result(outcome, None, area, te_office, groups, may_stay, "ongoing", LATEST, branches, kind,
                  move_back_on_request=outcome in ("same_area", "new_area"))


@pytest.mark.parametrize("origin, destination, kind", [
    (TAMPERE, TAMPERE, "same_municipality"), (LAPPEENRANTA, LAPPEENRANTA, "same_municipality"),
    (TAMPERE, NOKIA, "same_area"), (VANTAA, KERAVA, "same_area"), (TAMPERE, LAHTI, "other_area"),
    (TAMPERE, LAPPEENRANTA, "out_of_trials"), (LAPPEENRANTA, TAMPERE, "into_trial"),
    (LAPPEENRANTA, KOTKA, "between_non_trial"),
])
def test_move_kind(origin, destination, kind):
    assert move_kind(origin, destination) == kind


def test_from_and_to_are_asked_first():
    assert asked_next({}) == "from"
    assert asked_next({"from": TAMPERE}) == "to"
    with pytest.raises(MissingAnswer) as error:
        assess({"to": TAMPERE, "client_now": "yes"})
    assert error.value.key == "from"


# --- a client (client_now yes) -----------------------------------------------------------------

@pytest.mark.parametrize("origin, destination, outcome, kind", [
    (TAMPERE, TAMPERE, "same_area", "same_municipality"),
    (TAMPERE, NOKIA, "same_area", "same_area"),
    (TAMPERE, LAHTI, "new_area", "other_area"),
])
def test_a_client_moving_within_the_trials_stays_a_client(origin, destination, outcome, kind):
    answers = {"from": origin, "to": destination}
    assert asked_next(answers) == "client_now"
    swedish_asked = kind != "same_municipality"  # nobody is transferred inside one municipality
    assert asked_next({**answers, "client_now": "yes"}) == ("swedish_service" if swedish_asked else None)
    assert assess({**answers, "client_now": "yes", "swedish_service": "no"}) == result(
        outcome, kind, area=destination.area_id, groups=("continuing_client",))


def test_a_client_moving_to_a_bilingual_area_is_not_asked_about_swedish():
    answers = {"from": TAMPERE, "to": HELSINKI, "client_now": "yes"}
    assert asked_next(answers) is None
    assert assess(answers) == result("new_area", "other_area", area="helsinki", groups=("continuing_client",))
    assert asked_next({"from": TAMPERE, "to": VANTAA, "client_now": "unsure"}) is None


def test_swedish_service_keeps_a_moving_client_with_the_te_office_of_the_new_municipality():
    answers = {"from": VANTAA, "to": KERAVA, "client_now": "yes", "swedish_service": "yes"}
    assert assess(answers) == result("same_area", "same_area", area="vantaa_kerava", te_office="uusimaa",
                                     groups=("continuing_client",), may_stay=("swedish_language",))


def test_moving_out_of_the_trials_goes_to_the_te_office_without_asking():
    answers = {"from": TAMPERE, "to": LAPPEENRANTA}
    assert asked_next(answers) is None
    assert assess(answers) == result("te_office", "out_of_trials", te_office="kaakkois_suomi")
    assert assess({**answers, "client_now": "yes"}) == assess({**answers, "client_now": "no"})


# --- not a client ------------------------------------------------------------------------------

@pytest.mark.parametrize("origin, destination, kind", [(TAMPERE, NOKIA, "same_area"),
                                                       (TAMPERE, LAHTI, "other_area")])
def test_a_non_client_moving_to_a_trial_municipality_checks_eligibility(origin, destination, kind):
    answers = {"from": origin, "to": destination, "client_now": "no"}
    assert asked_next(answers) is None
    assert assess(answers) == result("check_eligibility", kind, area=destination.area_id,
                                     te_office=destination.te_office_id)


def test_a_non_client_moving_inside_a_municipality_stays_with_the_te_office():
    answers = {"from": TAMPERE, "to": TAMPERE, "client_now": "no"}
    assert assess(answers) == result("te_office", "same_municipality", te_office="pirkanmaa")


@pytest.mark.parametrize("destination, expected", [
    (TAMPERE, result("check_eligibility", "into_trial", area="pirkanmaa", te_office="pirkanmaa")),
    (HELSINKI, result("check_eligibility", "into_trial", area="helsinki", te_office="uusimaa")),
    (KOTKA, result("te_office", "between_non_trial", te_office="kaakkois_suomi")),
    (LAPPEENRANTA, result("te_office", "same_municipality", te_office="kaakkois_suomi")),
])
def test_from_outside_the_trials_nothing_more_is_asked(destination, expected):
    answers = {"from": LAPPEENRANTA, "to": destination}
    assert asked_next(answers) is None
    assert assess(answers) == expected


# --- unsure ------------------------------------------------------------------------------------

def test_unsure_about_clienthood_answers_both_cases():
    answers = {"from": TAMPERE, "to": LAHTI, "client_now": "unsure"}
    assert asked_next(answers) == "swedish_service"
    assert assess({**answers, "swedish_service": "yes"}) == result(
        "depends", "other_area", area="lahti", te_office="hame", branches=(
            Branch((("client_now", "yes"),),
                   result("new_area", "other_area", area="lahti", te_office="hame",
                          groups=("continuing_client",), may_stay=("swedish_language",))),
            Branch((("client_now", "no"),),
                   result("check_eligibility", "other_area", area="lahti", te_office="hame")),
        ))


def test_unsure_inside_one_municipality():
    answers = {"from": TAMPERE, "to": TAMPERE, "client_now": "unsure", "swedish_service": "no"}
    assert [(b.condition, b.result.outcome) for b in assess(answers).branches] == [
        ((("client_now", "yes"),), "same_area"), ((("client_now", "no"),), "te_office")]


# --- legal basis --------------------------------------------------------------------------------

def test_each_trial_move_cites_the_act_in_the_wording_of_its_date():
    def basis(answers):
        return assess_move(answers, period=PERIOD, on=ON).legal_basis

    def section(number, amended_by):
        return Citation("1269/2020", number, amended_by)

    assert basis({"from": TAMPERE, "to": LAHTI, "client_now": "yes", "swedish_service": "no"}) == (
        section("5", "671/2022"), section("6", "1381/2021"))
    assert basis({"from": TAMPERE, "to": LAPPEENRANTA}) == (section("5", "671/2022"),)
    assert basis({"from": LAPPEENRANTA, "to": KOTKA}) == (section("3", None),)
    # A non-client moving inside a trial municipality: no client group applied (§ 4).
    assert basis({"from": TAMPERE, "to": TAMPERE, "client_now": "no"}) == (section("4", "1381/2021"),)


def test_a_move_inside_one_municipality_asks_nothing_about_swedish():
    answers = {"from": TAMPERE, "to": TAMPERE, "client_now": "yes"}
    assert asked_next(answers) is None
    assert assess(answers).may_stay_with_te_office == ()


def test_before_1_6_2021_a_moving_client_could_not_ask_to_be_moved_back():
    answers = {"from": HELSINKI, "to": LAHTI, "client_now": "yes"}
    assert asked_next(answers, on=date(2021, 4, 1)) is None
    result = assess(answers, on=date(2021, 4, 1))
    assert (result.outcome, result.may_stay_with_te_office, result.move_back_on_request) == ("new_area", (), False)
    after = assess({**answers, "swedish_service": "yes"}, on=date(2021, 6, 1))
    assert (after.may_stay_with_te_office, after.move_back_on_request) == (("swedish_language",), True)


# --- from 1.1.2025: employment areas ---------------------------------------------------------------

@pytest.mark.parametrize("origin, destination, kind, outcome", [
    (TAMPERE, TAMPERE, "same_municipality", "same_employment_area"),
    (TAMPERE, NOKIA, "same_employment_area", "same_employment_area"),
    (TAMPERE, LAHTI, "other_employment_area", "new_employment_area"),
    (LAPPEENRANTA, KOTKA, "other_employment_area", "new_employment_area"),
    (MARIEHAMN, TAMPERE, "out_of_aland", "new_employment_area"),
    (TAMPERE, MARIEHAMN, "into_aland", "aland"),
    (MARIEHAMN, BRANDO, "within_aland", "same_employment_area"),
    (MARIEHAMN, MARIEHAMN, "same_municipality", "same_employment_area"),
])
def test_from_2025_a_move_needs_only_the_two_municipalities(origin, destination, kind, outcome):
    answers = {"from": origin, "to": destination}
    assert move_kind_now(origin, destination) == kind
    assert asked_next(answers, on=TODAY) is None
    result = assess_move(answers, period=PERIOD, on=TODAY)
    assert (result.outcome, result.move_kind, result.regime, result.trial_status) == (
        outcome, kind, "employment_areas", "ended")
    assert (result.area, result.groups, result.may_stay_with_te_office) == (None, (), ())
    if destination.aland:
        assert (result.te_office, result.employment_area, result.legal_basis) == (
            "ams_aland", None, (ALAND_AUTONOMY,))
    else:
        assert (result.te_office, result.employment_area, result.legal_basis) == (
            None, destination.employment_area, (ORGANISATION_ACT,))


def test_from_2025_a_move_from_the_merged_municipality_is_a_move_inside_the_one_it_joined():
    result = assess_move({"from": MANTYHARJU_FOR_PERTUNMAA, "to": MANTYHARJU}, period=PERIOD, on=TODAY)
    assert (result.outcome, result.move_kind) == ("same_employment_area", "same_municipality")
    assert result.to_dict()["merged_into"] == {"588": "507"}


def test_the_first_day_of_2025_uses_the_employment_areas_and_the_day_before_the_trial_rules():
    answers = {"from": TAMPERE, "to": LAHTI}
    assert asked_next(answers, on=date(2024, 12, 31)) == "client_now"
    assert assess(answers, on=date(2025, 1, 1)).outcome == "new_employment_area"


# --- errors, ignored keys, JSON ----------------------------------------------------------------

@pytest.mark.parametrize("key, value", [("from", "837"), ("to", {"code": "245"}), ("client_now", "maybe"),
                                        ("swedish_service", "ja")])
def test_an_invalid_answer_names_the_key(key, value):
    answers = {"from": TAMPERE, "to": KERAVA, "client_now": "yes", "swedish_service": "no", key: value}
    with pytest.raises(InvalidAnswer) as error:
        assess(answers)
    assert (error.value.key, error.value.value) == (key, value)


def test_keys_not_needed_are_ignored():
    answers = {"from": LAPPEENRANTA, "to": KOTKA, "client_now": "perhaps", "swedish_service": 3, "x": 1}
    assert assess(answers).outcome == "te_office"


def test_to_dict_is_json_ready():
    data = json.loads(json.dumps(assess({"from": TAMPERE, "to": NOKIA, "client_now": "unsure",
                                         "swedish_service": "no"}).to_dict()))
    assert data["move_kind"] == "same_area"
    assert data["branches"][0]["condition"] == {"client_now": "yes"}
    assert data["branches"][0]["result"]["groups"] == ["continuing_client"]


# --- properties --------------------------------------------------------------------------------

JUNK = st.one_of(st.none(), st.integers(), st.sampled_from(["", "yes", "maybe", "837"]), st.sampled_from(PLACES))


def is_valid(key, value):
    allowed = MOVE_QUESTIONS[key]
    return isinstance(value, Place) if allowed is None else isinstance(value, str) and value in allowed


@st.composite
def answer_dicts(draw):
    answers = {}
    for key, allowed in MOVE_QUESTIONS.items():
        kind = draw(st.sampled_from(["absent", "valid", "valid", "valid", "junk"]))
        if kind == "valid":
            answers[key] = draw(st.sampled_from(allowed or PLACES))
        elif kind == "junk":
            answers[key] = draw(JUNK)
    return answers


DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31))


@given(answers=answer_dicts(), on=DATES)
def test_assess_gives_a_result_or_names_an_answer(answers, on):
    try:
        outcome = assess(answers, on=on)
    except MissingAnswer as error:
        assert answers.get(error.key) is None
    except InvalidAnswer as error:
        assert not is_valid(error.key, answers[error.key])
    else:
        assert isinstance(outcome, Result)
        json.dumps(outcome.to_dict())


@given(answers=answer_dicts(), on=DATES)
def test_next_question_never_asks_a_valid_answer_again(answers, on):
    key = asked_next(answers, on=on)
    if key is not None:
        assert not (key in answers and is_valid(key, answers[key]))
