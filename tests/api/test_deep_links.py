"""The deep links documented in docs/open-data.md open the questionnaires with the municipalities
and the date in question filled in. The links are read from the document itself, so the
document and the portal cannot drift apart."""

import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.conf import settings

from portal import clock
from portal.directory import get_directory
from portal.questionnaire import registry
from portal.questionnaire.engine import MUNICIPALITY, WHEN_KEY, WHEN_TRIAL, Situation, not_answered_until

pytestmark = pytest.mark.django_db

DOC = Path(settings.BASE_DIR) / "docs" / "open-data.md"


def documented_links() -> list[str]:
    section = DOC.read_text(encoding="utf-8").split("## Deep links into the questionnaires", 1)[1]
    section = section.split("\n## ", 1)[0]
    return re.findall(r"^\| `(/[^`]+)` \|", section, flags=re.MULTILINE)


LINKS = documented_links()


def test_the_document_has_links_for_both_dates_in_every_language_and_points_to_the_index():
    # Every questionnaire is listed by the API index (/api/v1/, tests/api/test_open_data.py), so the
    # document's examples need not name each one; those it names must exist.
    slugs = {urlsplit(link).path.split("/")[2] for link in LINKS}
    assert slugs <= {flow.slug for flow in registry.QUESTIONNAIRES}
    assert "`questionnaires`" in DOC.read_text(encoding="utf-8").split("## Deep links into the questionnaires", 1)[1]
    assert any(f"{WHEN_KEY}={WHEN_TRIAL}" in link for link in LINKS)
    assert any(f"{WHEN_KEY}=" not in link for link in LINKS)
    assert {urlsplit(link).path.split("/")[1] for link in LINKS} == {"fi", "sv", "en"}


def open_link(client, link):
    """Follow the link as a browser does; from a start page, press its start button."""
    response = client.get(link, follow=True)
    assert response.status_code == 200, (link, response.status_code)
    start_url = response.context.get("start_url") if response.context else None
    if response.wsgi_request.path.rstrip("/").count("/") == 2 and start_url:  # /<lang>/<flow>/
        response = client.get(start_url, follow=True)
        assert response.status_code == 200, (start_url, response.status_code)
    return response


@pytest.mark.parametrize("today", [date(2026, 1, 15), date(2023, 5, 1)], ids=["employment-areas", "trial"])
@pytest.mark.parametrize("link", LINKS)
def test_a_documented_link_opens_with_the_municipalities_and_the_date_filled_in(client, monkeypatch, link, today):
    monkeypatch.setattr(clock, "today", lambda: today)
    language, slug = urlsplit(link).path.split("/")[1:3]
    flow = registry.get(slug)
    if not_answered_until(flow, Situation.current()) is not None:
        # A questionnaire about today's authorities, on a day before they existed: says so, never a 500.
        response = client.get(link, follow=True)
        assert response.status_code == 404 and response.context["first"] > today, link
        return
    given = dict(parse_qsl(urlsplit(link).query))
    directory = get_directory()
    expected = {q.key: directory.find(given[q.key]) for q in flow.questions
                if q.kind == MUNICIPALITY and q.key in given}
    assert expected and all(expected.values()), link

    response = open_link(client, link)
    final = response.wsgi_request
    page = response.content.decode()
    assert final.path.startswith(f"/{language}/{slug}/")
    for key, info in expected.items():
        assert final.GET.get(key) == info.code, (link, final.get_full_path())
        # Filled in: named on the page in its language (a result, or the question's field), or
        # carried to the next answer in the form (a later question).
        carried = f'<input type="hidden" name="{key}" value="{info.code}">' in page
        assert info.name.get(language) in page or carried, (link, key, info.name.get(language))
    if given.get(WHEN_KEY) == WHEN_TRIAL:
        assert final.GET.get(WHEN_KEY) == WHEN_TRIAL
    else:
        assert WHEN_KEY not in final.GET


@pytest.mark.parametrize("link", [link for link in LINKS if "/result/" in link and WHEN_KEY not in link])
def test_a_result_link_answers_at_once_from_2025(client, monkeypatch, link):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 1, 15))
    response = client.get(link)
    assert response.status_code == 200
    assert response.wsgi_request.path.endswith("/result/")


def test_a_misspelt_municipality_opens_the_question_with_suggestions(client):
    response = client.get("/fi/eligibility/result/?municipality=Tamprere", follow=True)
    assert response.status_code == 200
    assert "Tampere" in response.content.decode()
