import json

import pytest
from django.db import OperationalError, connection
from django.utils import translation

from portal import directory
from portal.views import health

pytestmark = pytest.mark.django_db

OUTAGE_TITLE = "Palvelu on tilapäisesti poissa käytöstä"


@pytest.fixture
def database_away(monkeypatch):
    """Every new cursor fails as if the database server had gone; undo() brings it back."""

    def refuse():
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    monkeypatch.setattr(connection, "ensure_connection", refuse)

    class Outage:
        @staticmethod
        def undo():
            monkeypatch.undo()

    return Outage()


def test_health_is_ok_when_both_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_health_answers_get_and_head_only(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_health_reports_a_lost_database_and_the_return(client, database_away):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "error", "cache": "ok"}
    database_away.undo()
    assert client.get("/healthz").status_code == 200


def test_health_reports_a_lost_cache(client, monkeypatch):
    class BrokenCache:
        def set(self, *args, **kwargs):
            raise ConnectionError("redis away")

    monkeypatch.setattr(health, "cache", BrokenCache())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "error"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("path", ["", "areas/", "municipalities/092/", "faq/"])
def test_a_lost_database_gives_a_friendly_503_in_the_visitors_language(client, database_away, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    body = response.content.decode()
    assert f'<html lang="{language}">' in body
    with translation.override(language):
        assert f"<h1>{translation.gettext(OUTAGE_TITLE)}</h1>" in body
    assert "Traceback" not in body and "OperationalError" not in body


def test_the_portal_recovers_by_itself(client, database_away):
    assert client.get("/sv/areas/").status_code == 503
    database_away.undo()
    response = client.get("/sv/areas/")
    assert response.status_code == 200
    assert "Vanda" in response.content.decode()


def test_the_503_is_not_cached(client, database_away):
    client.get("/fi/areas/")
    database_away.undo()
    assert client.get("/fi/areas/").status_code == 200


def test_a_page_in_the_page_cache_is_still_served_while_the_database_is_away(client, monkeypatch):
    warm = client.get("/en/municipalities/092/")
    assert warm.status_code == 200

    def refuse():
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "ensure_connection", refuse)
    cached = client.get("/en/municipalities/092/")
    assert cached.status_code == 200 and cached.content == warm.content
    monkeypatch.setattr(directory, "_snapshot", None)  # a worker that has no snapshot yet
    assert client.get("/en/faq/").status_code == 503


def test_the_outage_is_logged_without_the_query_string(client, database_away, caplog):
    client.get("/fi/areas/?q=Salainen-Kysely-77")
    assert "database unavailable on /fi/areas/" in caplog.text
    assert "Salainen" not in caplog.text


def test_health_runs_a_real_query_on_the_portals_data(client):
    # As when the SQLite file was moved away: a new, empty database answers "SELECT 1".
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE portal_municipality RENAME TO portal_municipality_away")
    try:
        response = client.get("/healthz")
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE portal_municipality_away RENAME TO portal_municipality")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "error"
