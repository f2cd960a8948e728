"""Public pages refuse a body before reading it: a POST is a 405 (not the CSRF 403), with no
multipart parsing; a GET with a body is a 400 (issue 10, item 14)."""

import pytest
from django.http import multipartparser
from django.test import Client
from django.middleware.csrf import _get_new_csrf_string

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    """A browser-like client: Django's test client skips the CSRF check unless told."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def no_body_parsing(monkeypatch):
    parsed = []

    def parse(self):
        parsed.append(True)
        raise AssertionError("the body was parsed")

    monkeypatch.setattr(multipartparser.MultiPartParser, "parse", parse)
    yield parsed


@pytest.mark.parametrize("path", ["/fi/", "/sv/areas/", "/fi/eligibility/", "/healthz", "/en/no-such-page/"])
def test_a_multipart_post_with_a_self_made_csrf_cookie_is_refused_unread(client, no_body_parsing, path):
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    response = client.post(path, {"csrfmiddlewaretoken": token, "file": "x" * 100_000})
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert no_body_parsing == []


def test_a_post_without_csrf_is_a_405_not_a_403(client):
    response = client.post("/fi/areas/", {"q": "x"})
    assert response.status_code == 405
    assert "Pyyntötapa ei ole sallittu" in response.content.decode()


def test_a_get_with_a_body_is_refused(client):
    response = client.generic("GET", "/fi/", data=b"x" * 1000, content_type="text/plain")
    assert response.status_code == 400


def test_the_admin_still_takes_posts(client):
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code in (200, 403)  # the login form, or the CSRF refusal: not a 405
