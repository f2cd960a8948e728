"""Dependency audit: fail on a known vulnerability in a pinned runtime package.

Runs pip-audit on requirements.txt (every package is pinned, so pip need not resolve
anything) and reads its JSON report:

- a known vulnerability: lists it, exit 1;
- every package checked and clean: exit 0;
- the vulnerability service unreachable or not answering for some packages: says so
  plainly, never as a pass. Exit 0 so an offline CI still runs its tests, or exit 2
  with AUDIT_REQUIRED=1 (set it wherever the service is reachable).

Usage: python scripts/audit.py [requirements file] [-- extra pip-audit arguments]
"""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def run_pip_audit(requirements: str, extra: list[str]) -> tuple[int, str, str]:
    pip_audit = Path(sys.executable).with_name("pip-audit")
    command = [
        str(pip_audit),
        "--requirement", requirements,
        "--disable-pip", "--no-deps",
        "--format", "json",
        "--progress-spinner", "off",
        *extra,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=BASE_DIR)
    return result.returncode, result.stdout, result.stderr


def main(argv: list[str]) -> int:
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    positional = argv[: argv.index("--")] if "--" in argv else argv
    requirements = positional[0] if positional else "requirements.txt"
    required = os.environ.get("AUDIT_REQUIRED", "") == "1"

    code, out, err = run_pip_audit(requirements, extra)
    try:
        report = json.loads(out)
    except json.JSONDecodeError:
        last_line = (err.strip().splitlines() or ["no output"])[-1]
        print(f"AUDIT NOT DONE: pip-audit could not reach its vulnerability service ({last_line[:300]})")
        return 2 if required else 0

    vulnerable = [d for d in report["dependencies"] if d.get("vulns")]
    unchecked = [d for d in report["dependencies"] if d.get("skip_reason")]
    checked = len(report["dependencies"]) - len(unchecked)
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fix yet"
            print(f"VULNERABLE {dependency['name']}=={dependency['version']}: {vuln['id']} (fixed in: {fixed})")
    if vulnerable:
        print(f"Dependency audit FAILED: {len(vulnerable)} vulnerable package(s) in {requirements}")
        return 1
    if unchecked:
        names = ", ".join(d["name"] for d in unchecked)
        print(f"AUDIT INCOMPLETE: {len(unchecked)} of {len(report['dependencies'])} packages could not be checked "
              f"(the vulnerability service did not know them or could not be reached): {names}")
        return 2 if required else 0
    print(f"Dependency audit passed: {checked} pinned packages in {requirements}, no known vulnerability")
    return 0 if code in (0, 1) else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
