"""Time comes first (issue 8): today's answer after one question, the trial period on request,
the rule period asked only where the answer depends on it, and old deep links still answering."""

import pkgutil
from datetime import date

import pytest

from portal import clock, rules
from portal.questionnaire.engine import PERIOD_KEY, Situation, resolve
from portal.questionnaire import flows as flow_modules
from portal.questionnaire.registry import QUESTIONNAIRES, get

from .conftest import TODAY, data_attributes, split, url

pytestmark = pytest.mark.django_db
ELIGIBILITY = get("eligibility")
MOVE = get("move")


@pytest.fixture
def situation(directory):
    return Situation(directory, directory.period, TODAY)


def test_the_registry_is_what_the_site_iterates(client):
    from portal.admin_views import DECISION_TABLES
    from portal.questionnaire.urls import urlpatterns

    modules = [module.name for module in pkgutil.iter_modules(flow_modules.__path__)]
    slugs = [flow.slug for flow in QUESTIONNAIRES]
    assert len(slugs) == len(modules) and {"eligibility", "move"} <= set(slugs)
    assert [flow.position for flow in QUESTIONNAIRES] == sorted(flow.position for flow in QUESTIONNAIRES)
    assert list(DECISION_TABLES) == slugs
    assert {pattern.name for pattern in urlpatterns} == {f"{s}_{p}" for s in slugs for p in ("start", "question", "result")}
    with pytest.raises(LookupError, match=f"known: {', '.join(slugs)}"):
        get("who_serves_me")
    text = client.get("/en/").content.decode()
    for flow in QUESTIONNAIRES:
        assert text.count(f'href="/en/{flow.slug}/"') == 2  # the navigation and the card


@pytest.mark.parametrize("flow, first", [(ELIGIBILITY, {"municipality": "837"}), (MOVE, {"from": "837", "to": "091"})])
def test_today_needs_only_the_municipalities(client, flow, first):
    response = client.get(url("fi", flow.slug, "result", first))
    assert response.status_code == 200
    assert response.context["result"].regime == rules.EMPLOYMENT_AREAS
    assert [row["key"] for row in response.context["summary"]] == list(first)
    assert response.context["when"] is None and response.context["span"] is None


def test_one_question_then_todays_answer(client):
    response = client.get(url("fi", "eligibility", "municipality", municipality="Kotka", next="1"))
    assert split(response["Location"]) == ("/fi/eligibility/result/", {"municipality": "285"})
    result = client.get(response["Location"])
    assert data_attributes(result)["outcome"] == "trial_ended"
    assert data_attributes(result)["employment-area"]


def test_the_trial_questions_continue_from_todays_answer_and_go_back_to_it(client):
    today = client.get("/fi/eligibility/result/?municipality=092")
    trial = today.context["trial_url"]
    assert split(trial) == ("/fi/eligibility/jobseeker/", {"when": "trial", "municipality": "092"})
    page = client.get(trial)
    assert page.status_code == 200 and page.context["span"] == (date(2021, 3, 1), date(2024, 12, 31))
    hidden = dict(page.context["hidden_answers"])
    assert hidden == {"when": "trial", "municipality": "092"}


def test_the_start_page_offers_both_ways_in(client):
    response = client.get("/fi/eligibility/?municipality=vanda")
    assert split(response.context["start_url"]) == ("/fi/eligibility/municipality/", {"municipality": "092"})
    assert split(response.context["trial_url"]) == ("/fi/eligibility/municipality/",
                                                    {"when": "trial", "municipality": "092"})


def _walk_periods(flow, answers, directory):
    """The next key (or ("result", decision)) after `answers` for every rule period, computed here."""
    steps = set()
    for rule_period in rules.trial_rule_periods(directory.period):
        on = rule_period.start
        given = {k: directory.place(v, rules.evaluation_date(directory.period, on)) if flow.by_key[k].kind == "municipality"
                 else v for k, v in answers.items()}
        key = rules.next_question(flow.assess, given, period=directory.period, on=on)
        steps.add(key or ("result", flow.assess(given, period=directory.period, on=on).decision))
    return steps


@pytest.mark.parametrize("answers", [
    {"municipality": "405"},
    {"municipality": "091", "jobseeker": "employed", "already_client": "no"},
    {"municipality": "091", "jobseeker": "unemployed", "already_client": "no", "under_30": "no", "mother_tongue": "fi",
     "finnish_citizen": "yes", "earnings_related": "yes"},
    {"municipality": "091", "jobseeker": "not_registered"},
])
def test_the_period_is_not_asked_when_every_period_gives_the_same_answer(client, directory, answers):
    assert len(_walk_periods(ELIGIBILITY, answers, directory)) == 1
    response = client.get(url("fi", "eligibility", "result", {"when": "trial", **answers}))
    assert response.status_code == 200
    assert PERIOD_KEY not in [row["key"] for row in response.context["summary"]]
    assert response.context["whole_trial"]


@pytest.mark.parametrize("answers, options_differ_at, choices", [
    # at risk of unemployment: covered only from 2.5.2022; change security from 1.1.2023
    ({"municipality": "091", "jobseeker": "at_risk", "already_client": "no"}, "already_client",
     ["1.3.2021–1.5.2022", "2.5.2022–31.12.2022", "1.1.2023–31.12.2024"]),
    # no earnings-related allowance: moving back on request from 1.6.2021, change security from 1.1.2023
    ({"municipality": "091", "jobseeker": "unemployed", "already_client": "no", "under_30": "no", "mother_tongue": "fi",
      "finnish_citizen": "yes", "earnings_related": "no"}, "earnings_related",
     ["1.3.2021–31.5.2021", "1.6.2021–31.12.2022", "1.1.2023–31.12.2024"]),
])
def test_the_period_is_asked_where_the_periods_part_ways(client, directory, answers, options_differ_at, choices):
    assert len(_walk_periods(ELIGIBILITY, answers, directory)) > 1
    before = {k: v for k, v in answers.items() if list(answers).index(k) < list(answers).index(options_differ_at)}
    response = client.get(url("fi", "eligibility", "result", {"when": "trial", **answers}))
    assert split(response["Location"]) == split(url("fi", "eligibility", "period", {"when": "trial", **answers}))
    page = client.get(response["Location"])
    options = page.context["question"].options
    # periods that answer alike from here on are one choice, labelled with their dates
    assert [str(o.label) for o in options] == choices
    starts = {p.start.isoformat() for p in rules.trial_rule_periods(directory.period)}
    assert {o.value for o in options} <= starts
    assert len(_walk_periods(ELIGIBILITY, before, directory)) == 1


def test_a_period_inside_a_choice_is_read_as_that_choice(client):
    base = {"when": "trial", "municipality": "091", "jobseeker": "at_risk", "already_client": "no"}
    response = client.get(url("fi", "eligibility", "result", {**base, "period": "2021-06-01"}))
    assert split(response["Location"]) == split(url("fi", "eligibility", "result", {**base, "period": "2021-03-01"}))
    result = client.get(response["Location"])
    assert result.context["span"] == (date(2021, 3, 1), date(2022, 5, 1))


def test_every_trial_rule_version_says_what_changed():
    from portal.questionnaire.engine import PERIOD_HINTS

    assert set(PERIOD_HINTS) == set(rules.TRIAL_RULE_VERSIONS) and all(map(str, PERIOD_HINTS.values()))


def test_each_period_answers_with_its_own_rules(client):
    base = {"when": "trial", "municipality": "091", "jobseeker": "at_risk", "already_client": "no"}
    early = client.get(url("fi", "eligibility", "result", {**base, "period": "2021-03-01"}))
    assert data_attributes(early)["reason"] == "status_not_covered"
    assert early.context["span"] == (date(2021, 3, 1), date(2022, 5, 1))
    late = client.get(url("fi", "eligibility", "under_30", {**base, "period": "2022-05-02"}))
    assert late.status_code == 200
    summary = early.context["summary"]
    assert [row["key"] for row in summary] == ["municipality", "jobseeker", "already_client", "period"]
    assert summary[-1]["answer"] == "1.3.2021–1.5.2022"


def test_change_security_is_asked_only_from_2023_and_only_when_it_can_change_the_result(client):
    base = {"when": "trial", "municipality": "091", "jobseeker": "unemployed", "already_client": "no",
            "under_30": "no", "mother_tongue": "fi", "finnish_citizen": "yes", "earnings_related": "no"}
    before = client.get(url("fi", "eligibility", "result", {**base, "short_unemployment": "no", "period": "2021-06-01"}))
    assert before.status_code == 200 and "change_security" not in before.context["answers"]
    after = client.get(url("fi", "eligibility", "result", {**base, "change_security": "yes", "period": "2023-01-01"}))
    assert data_attributes(after)["reason"] == "change_security"
    under_30 = client.get(url("fi", "eligibility", "result", {**base, "under_30": "yes", "short_unemployment": "no",
                                                             "period": "2023-03-01"}), follow=True)
    assert under_30.status_code == 200 and data_attributes(under_30)["groups"] == "under_30" and "change_security" not in under_30.context["answers"]


@pytest.mark.parametrize("old_link, outcome", [
    ("/fi/eligibility/result/?municipality=091&jobseeker=employed&already_client=no", "not_client"),
    ("/fi/eligibility/result/?municipality=405&jobseeker=unemployed", "not_client"),
    ("/sv/move/result/?from=837&to=405&client_now=yes", "te_office"),
])
def test_links_bookmarked_before_the_change_answer_for_the_trial(client, old_link, outcome):
    response = client.get(old_link)
    assert response.status_code == 302
    assert split(response["Location"])[1]["when"] == "trial"
    followed = client.get(response["Location"])
    assert followed.status_code == 200 and data_attributes(followed)["outcome"] == outcome
    assert followed.context["result"].regime == rules.TRIAL


def test_an_old_link_with_every_trial_answer_only_needs_the_period(client):
    old = ("/fi/eligibility/result/?municipality=091&jobseeker=unemployed&short_unemployment=no"
           "&already_client=no&under_30=yes")
    response = client.get(old)
    path, params = split(response["Location"])
    assert path == "/fi/eligibility/period/" and params["when"] == "trial" and params["under_30"] == "yes"
    chosen = client.get(url("fi", "eligibility", "period", params, period="2022-05-02", next="1"))
    assert data_attributes(client.get(chosen["Location"]))["groups"] == "under_30"


@pytest.mark.parametrize("query", [
    "when=trial&period=2020-01-01", "when=later", "period=2021-03-01", "when=trial&period=x&municipality=091",
    "when=trial&when=trial&municipality=091&period=2021-03-01", "municipality=588&when=trial",
])
def test_odd_time_parameters_never_fail(client, query):
    for page in ("result", "period", "municipality", ""):
        response = client.get(f"/fi/eligibility/{page + '/' if page else ''}?{query}")
        assert response.status_code in (200, 302), (page, response.status_code)
        if response.status_code == 302:
            assert client.get(response["Location"]).status_code in (200, 302)


def test_a_merged_municipality_during_the_trial_is_the_old_one(client, situation):
    state = resolve(ELIGIBILITY, {"when": "trial", "municipality": "588", "jobseeker": "not_registered"}, situation)
    assert state.complete and state.result.merged_into == ()
    assert state.result.area == situation.directory.municipalities["588"].area_id
    today = resolve(ELIGIBILITY, {"municipality": "Pertunmaa"}, situation)
    assert today.result.merged_into == (("588", "507"),)


def test_the_questions_in_the_trial_say_so(client):
    page = client.get("/fi/eligibility/jobseeker/?when=trial&municipality=091")
    assert page.context["span"] == (date(2021, 3, 1), date(2024, 12, 31))
    assert "questionnaire-caption__period" in page.content.decode()
    assert "questionnaire-caption__period" not in client.get("/fi/eligibility/municipality/").content.decode()


def test_a_flow_that_does_not_need_the_trial_period_never_shows_the_unavailable_page(client, monkeypatch):
    from dataclasses import replace

    from portal.models import TrialPeriod
    from portal.directory import bump_data_version
    from portal.questionnaire import views
    from portal.questionnaire.engine import TODAY

    TrialPeriod.objects.all().delete()
    bump_data_version()
    today_only = replace(ELIGIBILITY, date_policy=TODAY)
    request = __import__("django.test", fromlist=["RequestFactory"]).RequestFactory().get("/fi/eligibility/")
    situation, unavailable = views._situation_or_unavailable(request, today_only)
    assert unavailable is None and situation.period is None
    _, unavailable = views._situation_or_unavailable(request, ELIGIBILITY)
    assert unavailable.status_code == 503


def test_a_flow_whose_rules_answer_only_from_a_later_date_says_so_on_every_page(client, monkeypatch):
    """A TODAY flow about today's authorities, on a day before they existed: a clear 404, not a 500."""
    from dataclasses import replace

    from portal.questionnaire.engine import TODAY as TODAY_POLICY
    from portal.questionnaire.urls import urlpatterns

    def assess(answers, *, period=None, on):
        if on < rules.EMPLOYMENT_AREAS_FROM:
            raise rules.DateNotCovered(rules.EMPLOYMENT_AREAS_FROM)
        return ELIGIBILITY.assess(answers, period=period, on=on)

    later = replace(ELIGIBILITY, assess=assess, date_policy=TODAY_POLICY)
    for pattern in urlpatterns:
        if pattern.name.startswith("eligibility_"):
            monkeypatch.setitem(pattern.default_args, "flow", later)
    monkeypatch.setattr(clock, "today", lambda: date(2024, 6, 1))
    for path in ["eligibility/", "eligibility/municipality/", "eligibility/result/?municipality=091"]:
        for language, day in [("fi", "1.1.2025"), ("en", "1 January 2025")]:
            response = client.get(f"/{language}/{path}")
            assert response.status_code == 404, path
            assert "questionnaire/not_covered.html" in [t.name for t in response.templates]
            assert response.context["first"] == rules.EMPLOYMENT_AREAS_FROM and day in response.content.decode()
            assert response["X-Robots-Tag"] == "noindex, nofollow"
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    response = client.get("/fi/eligibility/result/?municipality=091")
    assert response.status_code == 200 and data_attributes(response)["outcome"] == "trial_ended"
