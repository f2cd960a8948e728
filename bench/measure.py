"""The Django side of the benchmark, run by bench/run.py in the bench environment.

Walks both questionnaires with Django's test client to find a question URL and result URLs
(today's answer, a trial-period answer, a move), and counts the SQL queries of each page: warm from the page cache, and rendered
without the page cache (the data snapshot warm). Prints one JSON object.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from tests.production.browsing import walk  # noqa: E402
from run import OPEN_DATA_PAGES  # noqa: E402  (bench/ is the script's folder)


def queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)


def main():
    client = Client()
    # Today's answer needs only the municipality; a question page and a trial result come from the
    # trial questions (when=trial, ADR 0010).
    today = walk(client, "/fi/eligibility/", typed=["Tampere"], choice=0)
    today_result = today[-1].wsgi_request.get_full_path()
    trial = [r.wsgi_request.get_full_path() for r in walk(client, "/fi/eligibility/?when=trial",
                                                             typed=["Tampere"], choice=0)]
    question = next(p for p in trial if "municipality=" in p and "/result/" not in p)
    result = trial[-1]
    assert "/result/" in today_result and "/result/" in result, (today_result, result)
    move_result = next(
        r.wsgi_request.get_full_path()
        for r in reversed(walk(client, "/fi/move/", typed=["Tampere", "Borgå"], choice=1))
        if "/result/" in r.wsgi_request.path
    )
    # A name typed with a mistake comes back on the question page with suggestions: a page built
    # from typed text is never cached (ADR 0013), so this row is the cost of an uncached answer page.
    typed = "/fi/eligibility/municipality/?municipality=Tampre"
    pages = {
        "start": "/fi/",
        "question": question,
        "result": result,
        "result today": today_result,
        "question, typed name (never cached)": typed,
        "move result": move_result,
        "areas": "/fi/areas/",
        "municipality": "/sv/municipalities/638/",
        **OPEN_DATA_PAGES,
    }
    warm = {name: queries(client, url) for name, url in pages.items()}
    with override_settings(PORTAL_PAGE_CACHE=False):
        uncached = {name: queries(client, url) for name, url in pages.items()}
    print(json.dumps({"pages": pages, "sql_warm": warm, "sql_uncached": uncached}))


if __name__ == "__main__":
    main()
