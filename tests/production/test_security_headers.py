import re
import subprocess
import sys

import pytest
from django.conf import settings

from portal.middleware.security import ADMIN_CSP, PUBLIC_CSP

from .public_urls import public_pages

pytestmark = pytest.mark.django_db

EXPECTED_PUBLIC_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def assert_security_headers(response, csp=EXPECTED_PUBLIC_CSP):
    assert response["Content-Security-Policy"] == csp
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in response["Permissions-Policy"]


def test_the_public_policy_is_the_strict_one():
    assert PUBLIC_CSP == EXPECTED_PUBLIC_CSP
    assert "unsafe" not in PUBLIC_CSP and "script-src" not in PUBLIC_CSP


@pytest.mark.parametrize("url, status", [pytest.param(u, s, id=i) for u, s, i in public_pages()])
def test_every_public_page_sends_the_security_headers(client, url, status):
    for attempt in ("rendered", "from the page cache"):
        response = client.get(url)
        assert response.status_code == status, attempt
        assert_security_headers(response)
        assert response["X-Frame-Options"] == "DENY"
    # What the policy would block must not be there: no script at all, no style attribute.
    html = response.content.decode()
    assert "<script" not in html and not re.search(r"\sstyle=", html)


@pytest.mark.parametrize("url", ["/", "/healthz", "/fi/areas/?q=" + "x" * 500, "/static/css/portal.css"])
def test_redirects_errors_health_and_static_files_send_them_too(client, url):
    assert_security_headers(client.get(url))


def test_wrong_method_page_sends_them(client):
    assert_security_headers(client.post("/fi/"))


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE)
SCRIPT_SOURCE = re.compile(r"<script[^>]*\bsrc=\"([^\"]+)\"", re.IGNORECASE)


def admin_urls(client):
    from django.contrib import admin
    from django.urls import reverse

    urls = ["/admin/"]
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        urls.append(reverse("admin:%s_%s_changelist" % info))
        urls.append(reverse("admin:%s_%s_add" % info))
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            urls.append(reverse("admin:%s_%s_change" % info, args=[first.pk]))
    return urls


def test_admin_pages_run_under_their_policy(client, django_user_model):
    """The admin's policy allows its own script files only: no inline script, no other host."""
    assert "'unsafe-inline'" not in ADMIN_CSP.split("script-src")[1].split(";")[0]
    response = client.get("/admin/login/")
    assert response["Content-Security-Policy"] == ADMIN_CSP
    staff = django_user_model.objects.create_superuser("csp-check", "csp@example.fi", "x" * 16)
    client.force_login(staff)
    urls = admin_urls(client)
    assert len(urls) > 5
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 403), url  # 403: add pages of read-only logs (axes)
        assert response["Content-Security-Policy"] == ADMIN_CSP
        html = response.content.decode()
        assert not INLINE_SCRIPT.findall(html), url
        for source in SCRIPT_SOURCE.findall(html):
            # Same origin only ('self'): a path, not another host.
            assert source.startswith("/") and not source.startswith("//"), (url, source)


PRODUCTION_CHECK = r"""
import django, os, json
django.setup()
from django.conf import settings
from django.test import Client
client = Client()
# /healthz renders no template, so no collected static files are needed.
secure = client.get("/healthz", secure=True)
plain = client.get("/fi/accessibility/")
health = client.get("/healthz")
print(json.dumps({
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "csrf_cookie_secure": settings.CSRF_COOKIE_SECURE,
    "hsts": secure.headers.get("Strict-Transport-Security"),
    "secure_status": secure.status_code,
    "csp": secure.headers.get("Content-Security-Policy"),
    "plain_status": plain.status_code,
    "plain_location": plain.headers.get("Location"),
    "health_status": health.status_code,
}))
"""


def test_production_settings_send_hsts_redirect_to_https_and_secure_cookies(tmp_path):
    import json
    import os

    env = {
        **os.environ,
        "PORTAL_ENV": "production",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY": "production-check-" + "k" * 40,
        "PORTAL_OPERATOR_NAME": "Testiylläpitäjä",
        "PORTAL_FEEDBACK_EMAIL": "palaute@portal.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "PORTAL_CACHE_DIR": str(tmp_path / "cache"),
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
    }
    env.pop("DJANGO_SECURE_SSL_REDIRECT", None)
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_CHECK], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["session_cookie_secure"] and seen["csrf_cookie_secure"]
    assert seen["hsts"] == "max-age=63072000; includeSubDomains; preload"
    assert seen["secure_status"] in (200, 503)  # the empty database may fail the check
    assert seen["csp"] == EXPECTED_PUBLIC_CSP
    assert seen["plain_status"] == 301 and seen["plain_location"].startswith("https://")
    # The load balancer's plain-HTTP health check is not redirected.
    assert seen["health_status"] in (200, 503)
