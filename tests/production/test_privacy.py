"""Nothing a citizen answers reaches a log or the database."""

import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .browsing import walk

pytestmark = pytest.mark.django_db

# Typed answers a log line could not contain by chance.
TYPED = ["Borgå", "Ähtäri", "tampere", "Zq7-yksityinen", "Helsingfors", "Pedersören kunta"]
FLOW_STARTS = ["/{language}/eligibility/", "/{language}/move/"]


class Everything(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)

    def text(self) -> str:
        lines = []
        for record in self.records:
            lines.append(record.getMessage())
            if record.exc_info:
                lines.append(logging.Formatter().formatException(record.exc_info))
        return "\n".join(lines)


@pytest.fixture
def every_log_record():
    """Every logger at DEBUG, every record captured, the propagating ones and the others."""
    handler = Everything()
    loggers = [logging.getLogger()] + [
        logger for logger in logging.root.manager.loggerDict.values() if isinstance(logger, logging.Logger)
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        if logger is logging.getLogger() or not logger.propagate:
            logger.addHandler(handler)
    yield handler
    for logger, level, disabled in saved:
        logger.setLevel(level)
        logger.disabled = disabled
        logger.removeHandler(handler)


def row_counts() -> dict[str, int]:
    return {model._meta.db_table: model._default_manager.count() for model in apps.get_models()}


def answered_values(responses) -> set[str]:
    """The answers that travelled in the query strings of the pages visited."""
    from urllib.parse import parse_qsl, urlsplit

    values = set()
    for response in responses:
        for url in [response.wsgi_request.get_full_path()] + [url for url, _ in getattr(response, "redirect_chain", [])]:
            values |= {value for _, value in parse_qsl(urlsplit(url).query) if len(value) >= 4}
    return values - {"true", "false"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_questionnaires_leave_no_answer_in_logs_sql_or_database(client, every_log_record, language):
    before = row_counts()
    responses = []
    with CaptureQueriesContext(connection) as queries:  # also sends every query to the debug log
        for start in FLOW_STARTS:
            for choice in range(4):
                typed = TYPED[choice:] + TYPED[:choice]
                responses += walk(client, start.format(language=language), typed=typed, choice=choice)
        responses.append(client.get(f"/{language}/areas/", {"q": "Zq7-haku"}))
    assert row_counts() == before, "nothing is stored"
    assert any("result" in r.wsgi_request.path for r in responses), "the walk reached results"
    values = answered_values(responses) | {"Zq7"}
    # Since 1.1.2025 a question flow may end after the municipality: the typed names are what
    # must have travelled (and they are the most personal).
    assert set(TYPED) & values, values
    logs = every_log_record.text()
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    for value in values:
        assert value not in logs, f"an answer reached a log: {value!r}"
        assert value not in sql, f"an answer reached an SQL query: {value!r}"
    for response in responses:
        assert not response.cookies, "no cookie is set"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_access_log_has_the_path_but_not_the_answers(tmp_path):
    port = free_port()
    access_log = tmp_path / "access.log"
    env = {
        **os.environ,
        # Test settings: plain static files, so no collectstatic is needed.
        "DJANGO_SETTINGS_MODULE": "config.test_settings",
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_ACCESS_LOG": str(access_log),
        # An empty database is enough: the accessibility page reads no data.
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "PORTAL_CACHE_DIR": str(tmp_path / "cache"),
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
    }
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi", "-c", "config/gunicorn.conf.py"],
        cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}/fi/accessibility/?municipality=Zq7-Borga&jobseeker=laid_off"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url, timeout=5)
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("gunicorn did not start")
                time.sleep(0.2)
            else:
                break
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    log = access_log.read_text()
    assert '"GET /fi/accessibility/ HTTP/1.1" 200' in log
    assert "Zq7" not in log and "laid_off" not in log and "?" not in log
    assert b"Zq7" not in errors and b"laid_off" not in errors
