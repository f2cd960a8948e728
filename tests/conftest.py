"""Shared fixtures and suite-wide rules.

- A test database seeded once per test process with the shipped data (under pytest-xdist every
  worker has its own database: pytest-django suffixes its name with the worker id).
- Under CI (environment variable CI set and not "0"/"false"), a skipped test is reported as a
  failure: CI must run every test, so a missing tool fails it instead of hiding a test.
"""

import os

import pytest
from django.core.cache import cache

from portal.management.commands.load_portal_data import load_all


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_all()


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def _failed_in_ci(report) -> None:
    """Turn a skipped report into a failure that names the skip's reason."""
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    report.outcome = "failed"
    report.longrepr = (
        f"skipped under CI: {reason}\n"
        "CI runs every test; install what the test needs (`scripts/ensure-system-packages.sh test`)."
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.skipped and not hasattr(report, "wasxfail") and running_in_ci():
        _failed_in_ci(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if report.skipped and running_in_ci():
        _failed_in_ci(report)
    return report

