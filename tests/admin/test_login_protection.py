"""django-axes guards the admin login: five wrong passwords lock the account."""

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
