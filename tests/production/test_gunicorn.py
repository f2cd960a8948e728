"""gunicorn as `make run` starts it (config/gunicorn.conf.py): no query string in any log line,
malformed request lines included (issue 10, item 10); slow clients do not stall it (item 14)."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from .test_privacy import free_port

CLIENT_READ_TIMEOUT = 2  # seconds; 10 in production (portal/gunicorn_worker.py)


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    """One worker, as few as possible, so one stalled worker would show."""
    folder = tmp_path_factory.mktemp("gunicorn")
    port = free_port()
    logs = {"access": folder / "access.log", "error": folder / "error.log"}
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.test_settings",
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_CLIENT_READ_TIMEOUT": str(CLIENT_READ_TIMEOUT),
        "GUNICORN_ACCESS_LOG": str(logs["access"]),
        "DATABASE_URL": f"sqlite:///{folder / 'empty.sqlite3'}",  # the accessibility page reads no data
        "PORTAL_CACHE_DIR": str(folder / "cache"),
        "DJANGO_STATIC_ROOT": str(folder / "static"),
    }
    with logs["error"].open("wb") as error_log:
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi", "-c", "config/gunicorn.conf.py",
             "--log-level", "debug"],
            cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=error_log,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/fi/accessibility/", timeout=5)
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        pytest.fail("gunicorn did not start")
                    time.sleep(0.2)
            yield port, logs
        finally:
            server.terminate()
            server.wait(timeout=30)


def send_raw(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (TimeoutError, ConnectionResetError):
            pass
        return b"".join(chunks)


MALFORMED = [
    b"GET /fi/eligibility/result/?municipality=Zq7-merkki x&jobseeker=laid_off HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /fi/eligibility/result/?municipality=Zq7-merkki\x01&jobseeker=laid_off HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    "GET /fi/eligibility/result/?municipality=Zq7-merkkiä&jobseeker=laid_off HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
    b"GET /fi/eligibility/result/?municipality=Zq7-merkki&jobseeker=laid_off HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
    b"G\x00T /fi/?municipality=Zq7-merkki&jobseeker=laid_off HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
]


def test_malformed_request_lines_leave_no_query_string_in_any_log(gunicorn):
    port, logs = gunicorn
    for line in MALFORMED:
        assert send_raw(port, line).startswith(b"HTTP/1.1 4")
    time.sleep(0.5)
    text = logs["error"].read_text(errors="replace") + logs["access"].read_text(errors="replace")
    assert "Invalid" in text, "gunicorn logged the bad requests"
    leaks = [line for line in text.splitlines() if "Zq7" in line or "laid_off" in line]
    assert leaks == []


def test_slow_clients_do_not_stall_the_server(gunicorn):
    port, _ = gunicorn
    slow = []
    try:
        for _ in range(5):  # each sends part of its headers, then nothing
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /fi/accessibility/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(sock)
        time.sleep(0.5)
        start = time.monotonic()
        # A sync worker would be held for its 30 s timeout; a loaded CI machine may take seconds.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/fi/accessibility/", timeout=20) as response:
            assert response.status == 200
        assert time.monotonic() - start < 8
        # A client that stopped sending loses its connection (portal/gunicorn_worker.py).
        slow[0].settimeout(30)
        try:
            assert slow[0].recv(1024) == b""
        except ConnectionResetError:
            pass
        assert time.monotonic() - start < CLIENT_READ_TIMEOUT + 8
    finally:
        for sock in slow:
            sock.close()
