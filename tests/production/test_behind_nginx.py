"""Production as shipped: nginx from bench/nginx.conf.template in front of gunicorn's sync
workers with PROXY_COUNT=1. Slow clients wait in nginx, bodies to public pages are refused
there, and the login lockout sees each visitor's own address (issue 10, items 5 and 14)."""

import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from django.conf import settings

from .test_privacy import free_port

BASE = Path(settings.BASE_DIR)
PASSWORD = "correct-horse-battery"


def wait_for(port, process, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail(f"the server on port {port} did not start")
            time.sleep(0.2)


@pytest.fixture(scope="module")
def behind_nginx(tmp_path_factory):
    if not shutil.which("nginx"):
        pytest.skip("nginx is not installed (`scripts/ensure-system-packages.sh test` installs it)")
    folder = tmp_path_factory.mktemp("proxy")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.test_settings",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "PORTAL_CACHE_DIR": str(folder / "cache"),
        "DJANGO_STATIC_ROOT": str(folder / "static"),
        "PROXY_COUNT": "1",
    }
    python = [sys.executable, "manage.py"]
    subprocess.run([*python, "migrate", "--noinput", "-v0"], cwd=BASE, env=env, check=True)
    subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.contrib.auth.models import User; "
         f"User.objects.create_superuser('paakayttaja', password='{PASSWORD}')"],
        cwd=BASE, env=env, check=True,
    )
    app_port, proxy_port = free_port(), free_port()
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi", "-c", "config/gunicorn.conf.py"],
        cwd=BASE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**env, "PORT": str(app_port), "HOST": "127.0.0.1", "WEB_CONCURRENCY": "1",
             "GUNICORN_WORKER_CLASS": "sync", "GUNICORN_ACCESS_LOG": str(folder / "access.log")},
    )
    for sub in ("logs", "temp"):
        (folder / sub).mkdir()
    (folder / "temp").chmod(0o777)
    config = (BASE / "bench" / "nginx.conf.template").read_text()
    config = config.replace("{{LISTEN}}", f"127.0.0.1:{proxy_port}").replace("{{PREFIX}}", str(folder))
    config = config.replace("{{UPSTREAMS}}", f"        server 127.0.0.1:{app_port};")
    (folder / "nginx.conf").write_text(config)
    nginx = subprocess.Popen(["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(app_port, gunicorn)
        wait_for(proxy_port, nginx)
        yield proxy_port, folder
    finally:
        for process in (nginx, gunicorn):
            process.terminate()
            process.wait(timeout=30)


def request(port, method, path, *, source="127.0.0.1", body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def log_in(port, source, password):
    status, headers, body = request(port, "GET", "/admin/login/", source=source)
    cookie = headers["Set-Cookie"].split(";")[0]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": "paakayttaja",
                                   "password": password, "next": "/admin/"})
    status, _, _ = request(port, "POST", "/admin/login/", source=source, body=form, headers={
        "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded", "Referer": "http://127.0.0.1/"})
    return status


def test_a_lockout_behind_the_proxy_locks_only_that_visitor(behind_nginx):
    port, _ = behind_nginx
    for _ in range(5):
        log_in(port, "127.0.0.2", "wrong")
    assert log_in(port, "127.0.0.2", PASSWORD) == 429
    assert log_in(port, "127.0.0.3", PASSWORD) == 302, "the administrator at another address gets in"


def test_slow_clients_wait_in_nginx_not_in_the_sync_worker(behind_nginx):
    port, _ = behind_nginx
    slow = []
    try:
        for _ in range(5):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /fi/accessibility/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(sock)
        start = time.monotonic()
        status, _, _ = request(port, "GET", "/fi/accessibility/")
        assert status == 200 and time.monotonic() - start < 8  # a held sync worker: 30 s
    finally:
        for sock in slow:
            sock.close()


def test_a_body_to_a_public_page_is_refused_by_the_proxy(behind_nginx):
    port, folder = behind_nginx
    status, _, _ = request(port, "POST", "/fi/", body=b"x" * 500_000,
                           headers={"Content-Type": "application/octet-stream"})
    assert status in (405, 413)
    assert '"POST /fi/' not in (folder / "access.log").read_text(), "the request never reached gunicorn"
