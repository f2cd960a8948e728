"""The review view: every question, option and outcome of every questionnaire, in fi, sv and en,
as the portal answers on a chosen date; staff only."""

import dataclasses
import html
from datetime import date

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy

from portal import clock, rules
from portal.admin_review import REVIEW_LANGUAGES, recording_missing, table_rows, texts
from portal.directory import get_directory
from portal.questionnaire import registry
from portal.questionnaire.engine import TODAY, Situation, not_answered_until

from .conftest import staff_user

pytestmark = pytest.mark.django_db

URL = "/admin/review/"
FLOWS = registry.QUESTIONNAIRES


def table_dates() -> list[str]:
    return sorted({row["date"] for flow in FLOWS for row in table_rows(flow)})


def rows_on(flow, day: str) -> list[dict]:
    return [row for row in table_rows(flow) if row["date"] == day]


def answers_on(flow, day: str) -> bool:
    """Whether the flow's rules answer for the day (a flow about today's authorities does not before 2025)."""
    situation = Situation(get_directory(), get_directory().period, date.fromisoformat(day))
    return not_answered_until(flow, situation) is None


def later_flow():
    """The eligibility flow with rules that answer only from 1.1.2025, like a flow about today's authorities."""
    eligibility = registry.get("eligibility")

    def assess(answers, *, period=None, on):
        if on < rules.EMPLOYMENT_AREAS_FROM:
            raise rules.DateNotCovered(rules.EMPLOYMENT_AREAS_FROM)
        return eligibility.assess(answers, period=period, on=on)

    return dataclasses.replace(eligibility, assess=assess, date_policy=TODAY)


def review(client, day=None):
    response = client.get(URL, {"date": day} if day else {})
    assert response.status_code == 200, response.status_code
    return response, {r.flow.slug: r for r in response.context["flows"]}


def test_the_url_is_the_named_admin_view():
    assert reverse("admin-review") == URL


# --- who may see it --------------------------------------------------------------------------------

def test_anonymous_users_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_signed_in_non_staff_users_are_refused(client):
    client.force_login(User.objects.create_user("citizen", password="correct-horse-battery"))
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


def test_any_staff_user_may_review(client):
    client.force_login(staff_user("translator"))  # staff, no group, no model permission
    assert client.get(URL).status_code == 200


def test_the_admin_index_links_to_it(admin_client):
    assert f'href="{URL}"' in admin_client.get(reverse("admin:index")).content.decode()


# --- every outcome in three languages --------------------------------------------------------------

@pytest.mark.parametrize("day", table_dates())
def test_every_outcome_and_reason_of_the_decision_tables_appears_in_three_languages(admin_client, day):
    response, reviews = review(admin_client, day)
    page = response.content.decode()
    for flow in FLOWS:
        rows = rows_on(flow, day)
        if not answers_on(flow, day):
            assert not rows and reviews[flow.slug].outcomes == [], (flow.slug, day)
            continue
        assert rows, (flow.slug, day)
        shown = reviews[flow.slug].outcomes
        assert {(row["outcome"], row["reason"]) for row in rows} == {(o.outcome, o.reason) for o in shown}
        assert sum(o.rows for o in shown) == len(rows)
        for outcome in shown:
            assert [text.language for text in outcome.texts] == list(REVIEW_LANGUAGES)
            marker = f'data-outcome="{outcome.outcome}" data-reason="{outcome.reason}"'
            assert marker in page
            table = page[page.index(f'{marker} data-variant="{outcome.variant or ""}"'):]
            table = table[:table.index("</table>")]
            for language in REVIEW_LANGUAGES:
                assert f'<td lang="{language}" data-language="{language}"' in table
            if outcome.template:
                for text in outcome.texts:
                    assert text.text.strip() and text.text in page


def test_outcome_texts_are_rendered_in_each_language(admin_client):
    _, reviews = review(admin_client, "2023-03-01")
    outcome = next(o for o in reviews["eligibility"].outcomes if o.template)
    fi, sv, en = outcome.texts
    # The municipality in the text is named in the page's language (Helsingfors in Swedish).
    assert "Helsinki" in fi.text and "Helsingfors" in sv.text and "Helsinki" in en.text
    assert fi.missing == []


def test_the_legal_basis_of_each_outcome_comes_from_the_tables(admin_client):
    response, reviews = review(admin_client, "2023-03-01")
    page = html.unescape(response.content.decode())
    for flow in (flow for flow in FLOWS if answers_on(flow, "2023-03-01")):
        cited = {c for row in rows_on(flow, "2023-03-01") for c in row["legal_basis"].split("|") if c}
        assert cited
        shown = {c["citation"] for o in reviews[flow.slug].outcomes for c in o.legal_basis}
        assert shown == cited
        for citation in cited:
            assert citation in page
    first = next(c for o in reviews["eligibility"].outcomes for c in o.legal_basis if c["citation"].startswith("1269"))
    assert first["url"].startswith("https://www.finlex.fi/") and first["title"]


# --- questions and where they lead -----------------------------------------------------------------

def test_every_question_with_its_options_and_where_each_leads(admin_client):
    response, reviews = review(admin_client, "2021-06-01")
    page = response.content.decode()
    for flow in FLOWS:
        questions = {q.key: q for q in reviews[flow.slug].questions}
        assert list(questions) == [q.key for q in flow.questions]
        for question in flow.questions:
            assert f'data-question="{question.key}"' in page
            for option in question.options:
                shown = next(o for o in questions[question.key].options if o.value == option.value)
                assert [t.language for t in shown.labels] == list(REVIEW_LANGUAGES)
        for row in rows_on(flow, "2021-06-01"):
            steps = [step.split("=", 1) for step in row["path"].split(";")]
            key, value = steps[-1]
            last = next(o for o in questions[key].options if o.value == value)
            assert "→ " + row["outcome"] + (f"/{row['reason']}" if row["reason"] else "") in last.leads_to
            for (key, value), (following, _) in zip(steps, steps[1:]):
                assert following in next(o for o in questions[key].options if o.value == value).leads_to


def test_questions_not_asked_on_the_date_are_marked(admin_client):
    _, reviews = review(admin_client, "2025-06-01")
    eligibility = {q.key: q for q in reviews["eligibility"].questions}
    assert eligibility["municipality"].asked and not eligibility["jobseeker"].asked


# --- the date control ------------------------------------------------------------------------------

def test_the_date_control_shows_the_flows_as_they_answer_on_that_date(admin_client):
    _, trial = review(admin_client, "2022-01-15")
    assert trial["eligibility"].table_date == date(2021, 6, 1)
    assert "client" in {o.outcome for o in trial["eligibility"].outcomes}
    _, before_at_risk = review(admin_client, "2021-03-01")
    _, with_at_risk = review(admin_client, "2022-05-02")
    reasons = lambda r: {o.reason for o in r["eligibility"].outcomes}  # noqa: E731
    # Job seekers at risk of unemployment joined the trial's statuses on 2.5.2022 (Act 1381/2021).
    assert "status_not_covered" in reasons(before_at_risk) and "status_not_covered" not in reasons(with_at_risk)
    _, employment_areas = review(admin_client, "2025-06-01")
    assert {o.outcome for o in employment_areas["eligibility"].outcomes} == {"trial_ended"}


def test_a_flow_that_does_not_answer_for_the_date_says_from_when_it_does(admin_client, monkeypatch):
    monkeypatch.setattr(registry, "QUESTIONNAIRES", (later_flow(),))
    response, reviews = review(admin_client, "2023-03-01")
    before = reviews["eligibility"]
    assert before.outcomes == [] and before.table_date is None and before.rules_version == ""
    assert before.problems == ["Kysely vastaa vasta 1.1.2025 alkaen."]
    assert "Kysely vastaa vasta 1.1.2025 alkaen." in response.content.decode()
    assert [q.key for q in before.questions] == [q.key for q in registry.get("eligibility").questions]
    _, reviews = review(admin_client, "2025-06-01")
    assert reviews["eligibility"].problems == [] and reviews["eligibility"].outcomes


def test_the_default_date_is_today(admin_client, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2023, 2, 1))
    response, reviews = review(admin_client)
    assert response.context["day"] == date(2023, 2, 1)
    assert reviews["eligibility"].table_date == date(2023, 1, 1)


@pytest.mark.parametrize("bad", ["2023-02-30", "1.3.2023", "tomorrow", "9" * 200])
def test_a_bad_date_is_a_clear_error(admin_client, bad):
    response = admin_client.get(URL, {"date": bad})
    assert response.status_code == 400
    assert 'class="errornote" id="review-date-error"' in response.content.decode()
    assert response.context["flows"]  # the page still shows today's flows


# --- missing translations --------------------------------------------------------------------------

def test_a_missing_translation_shows_as_missing(admin_client, monkeypatch):
    untranslated = gettext_lazy("Tätä kyselyn nimeä ei ole käännetty")
    flows = tuple(dataclasses.replace(flow, title=untranslated) if flow.slug == "move" else flow for flow in FLOWS)
    monkeypatch.setattr(registry, "QUESTIONNAIRES", flows)
    response, reviews = review(admin_client, "2023-03-01")
    fi, sv, en = reviews["move"].title
    assert fi.missing == [] and sv.missing == [str(untranslated)] and en.missing == [str(untranslated)]
    section = response.content.decode().split('data-flow="move"')[1].split("</table>")[0]
    assert section.count('data-missing="1"') == 2
    assert section.count("review-missing") == 2


def _translated_entry(language):
    catalogue = polib.pofile(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po")
    return next(e for e in catalogue.translated_entries() if not e.msgctxt and not e.msgid_plural
                and "%" not in e.msgid)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_translated_text_is_not_missing_and_shows_translated(language):
    entry = _translated_entry(language)
    shown = {t.language: t for t in texts(gettext_lazy(entry.msgid))}[language]
    assert shown.text == entry.msgstr and shown.missing == []


def test_recording_restores_the_language_active_before():
    # Django's internals the recorder relies on: a fresh override inside drops the wrapper, and
    # the language active before is back afterwards.
    with translation.override("en"):
        with recording_missing("sv") as missing:
            str(gettext_lazy("Tätä lausetta ei ole missään luettelossa"))
        assert translation.get_language() == "en"
    assert missing == ["Tätä lausetta ei ole missään luettelossa"]


def test_every_outcome_template_of_a_flow_is_named_from_the_registry(admin_client):
    _, reviews = review(admin_client, "2023-03-01")
    for flow in FLOWS:
        for outcome in reviews[flow.slug].outcomes:
            assert outcome.candidates[-1] == f"questionnaire/{flow.slug}/outcomes/{outcome.outcome}.html"
            assert outcome.template is None or outcome.template in outcome.candidates


def test_outcome_headings_sit_under_the_page_outline(admin_client):
    response, reviews = review(admin_client, "2023-03-01")
    page = response.content.decode()
    assert any(o.template for r in reviews.values() for o in r.outcomes)
    assert page.count("<h1") == 1  # the admin page's own title
    assert "<h2" in page and "<h3" in page
