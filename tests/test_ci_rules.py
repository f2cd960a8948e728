"""Under CI a skipped test is a failure (tests/conftest.py); elsewhere it stays a skip.

Each case runs pytest in a subprocess on a throw-away test file whose conftest takes the hooks
that tests/conftest.py loads (tests/ci_skips.py), without Django or xdist, so that it starts quickly.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = '''
import pytest

def test_passes():
    pass

def test_skips():
    pytest.skip("a tool is missing")

@pytest.mark.xfail(reason="known")
def test_expected_failure():
    assert False
'''
CONFTEST = "from tests.ci_skips import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401\n"


def run_pytest(directory: Path, ci: str | None) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("CI", "PYTEST_XDIST"))}
    env.update(PYTHONPATH=str(ROOT))
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:django", "--rootdir", str(directory),
         "-c", str(directory / "pytest.ini"), str(directory)],
        cwd=directory, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def suite(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_sample.py").write_text(TESTS)
    return tmp_path


def test_a_skip_fails_under_ci_and_names_its_reason(suite):
    result = run_pytest(suite, "true")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed, 1 passed, 1 xfailed" in result.stdout
    assert "skipped under CI: Skipped: a tool is missing" in result.stdout


@pytest.mark.parametrize("ci", [None, "false"])
def test_outside_ci_a_skip_stays_a_skip(suite, ci):
    result = run_pytest(suite, ci)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 1 skipped, 1 xfailed" in result.stdout


def test_a_module_level_skip_fails_collection_under_ci(suite):
    (suite / "test_sample.py").write_text('import pytest\npytest.skip("no tool", allow_module_level=True)\n')
    result = run_pytest(suite, "true")
    assert result.returncode != 0
    assert "skipped under CI: Skipped: no tool" in result.stdout
