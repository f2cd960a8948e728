"""Under CI (environment variable CI set and not "0"/"false"/"no"), a skipped test is reported as a
failure that names the skip's reason: CI must run every test, so a missing tool fails it instead of
hiding a test. Pytest hooks, loaded by tests/conftest.py; no Django, so a bare pytest run can load
them too (tests/test_ci_rules.py).
"""

import os

import pytest


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

