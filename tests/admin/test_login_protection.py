"""django-axes guards the admin login: five wrong passwords lock the account."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.urls import reverse

from .conftest import staff_user

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def log_in(client, password, username="alue"):
    return client.post(
        reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def test_the_right_password_logs_in(client, db):
    staff_user("alue")
    response = log_in(client, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_a_wrong_password_is_a_form_error(client, db):
    staff_user("alue")
    response = log_in(client, "wrong")
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not logged_in(client)


def test_five_wrong_passwords_lock_the_account(client, db):
    assert settings.AXES_FAILURE_LIMIT == 5
    staff_user("alue")
    for _ in range(4):
        assert log_in(client, "wrong").status_code == 200
    fifth = log_in(client, "wrong")
    assert fifth.status_code == 429

    sixth = log_in(client, PASSWORD)
    assert sixth.status_code == 429
    assert not logged_in(client)
    page = sixth.content.decode()
    assert "Kirjautuminen estetty" in page
    assert "5 kertaa" in page
    assert "Traceback" not in page


def test_four_wrong_passwords_do_not_lock(client, db):
    staff_user("alue")
    for _ in range(4):
        log_in(client, "wrong")
    assert log_in(client, PASSWORD).status_code == 302
    assert logged_in(client)


def test_a_lockout_is_per_account(client, db):
    staff_user("alue")
    staff_user("sisalto")
    for _ in range(5):
        log_in(client, "wrong", username="alue")
    assert log_in(client, PASSWORD, username="sisalto").status_code == 302


def settings_under(proxy_count: str) -> dict:
    """The django-axes address settings that config/settings.py makes of PROXY_COUNT."""
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; print(json.dumps("
        "{k: getattr(s, k, None) for k in ('AXES_IPWARE_PROXY_COUNT', 'AXES_IPWARE_PROXY_ORDER',"
        " 'AXES_IPWARE_META_PRECEDENCE_ORDER')}))"
    )
    env = {**os.environ, "PROXY_COUNT": proxy_count, "DJANGO_SETTINGS_MODULE": "config.test_settings"}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR, capture_output=True, check=True)
    return json.loads(out.stdout.decode().strip().splitlines()[-1])


def log_in_from(client, password, address, username="alue"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="127.0.0.1",  # nginx
        HTTP_X_FORWARDED_FOR=address,
    )


def test_behind_the_proxy_a_lockout_locks_only_the_visitors_address(client, db, settings):
    for name, value in settings_under("1").items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)
    staff_user("alue")
    for _ in range(5):
        log_in_from(client, "wrong", "203.0.113.5")
    assert log_in_from(client, PASSWORD, "203.0.113.5").status_code == 429
    client.cookies.clear()
    assert log_in_from(client, PASSWORD, "198.51.100.7").status_code == 302, "the administrator elsewhere gets in"


def test_without_a_proxy_forwarded_headers_are_not_trusted(client, db, settings):
    for name, value in settings_under("0").items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)
    staff_user("alue")
    for number in range(5):
        log_in_from(client, "wrong", f"203.0.113.{number}")  # a new made-up address each time
    assert log_in_from(client, PASSWORD, "198.51.100.7").status_code == 429
