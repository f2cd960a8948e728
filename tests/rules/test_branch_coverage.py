"""The rules are tested on every branch: the rule tests run under coverage.py and must reach 100 %.

A new rule without a test for each of its branches fails here, naming the lines left untested.
"""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RULE_TESTS = [str(path.relative_to(REPO)) for path in sorted(Path(__file__).parent.glob("test_*.py"))
              if path.name != Path(__file__).name]


def test_every_branch_of_the_rules_is_tested(tmp_path):
    data = tmp_path / ".coverage"
    env_args = ["--data-file", str(data)]
    run = subprocess.run(
        [sys.executable, "-m", "coverage", "run", *env_args, "--branch", "--include=portal/rules.py",
         "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", *RULE_TESTS],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    report = subprocess.run(
        [sys.executable, "-m", "coverage", "report", *env_args, "--show-missing", "--fail-under=100"],
        cwd=REPO, capture_output=True, text=True, timeout=60)
    assert report.returncode == 0, "untested lines or branches of portal/rules.py:\n" + report.stdout
    assert "portal/rules.py" in report.stdout and "100%" in report.stdout
