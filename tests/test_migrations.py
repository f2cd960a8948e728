"""Every model change has its migration."""

import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_no_missing_migrations():
    output = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output, stderr=output)
    except SystemExit as exit:
        pytest.fail(f"makemigrations --check exited {exit.code}; missing migrations:\n{output.getvalue()}")
