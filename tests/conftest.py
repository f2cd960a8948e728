"""Shared fixtures and suite-wide rules.

- A test database seeded once per test process with the shipped data (under pytest-xdist every
  worker has its own database: pytest-django suffixes its name with the worker id).
- Under CI (environment variable CI set and not "0"/"false"), a skipped test is reported as a
  failure: CI must run every test, so a missing tool fails it instead of hiding a test.
"""


import pytest
from django.core.cache import cache

from portal.management.commands.load_portal_data import load_all

# Under CI a skip is a failure: the hooks live in a module without Django (a bare pytest run in
# tests/test_ci_rules.py loads them too).
from .ci_skips import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_all()


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()

