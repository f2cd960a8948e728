"""scripts/audit.py (make audit) against a stand-in for the OSV vulnerability service on loopback."""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings

FAKE_ADVISORY = {
    "id": "PYSEC-0000-TEST",
    "summary": "A vulnerability invented for this test",
    "affected": [{"package": {"name": "django", "ecosystem": "PyPI"},
                  "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "99.0"}]}]}],
}


def fake_osv(vulnerable_package):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            query = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            vulns = [FAKE_ADVISORY] if query["package"]["name"] == vulnerable_package else []
            body = json.dumps({"vulns": vulns} if vulns else {}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


@pytest.fixture
def osv():
    servers = []

    def start(vulnerable_package=None):
        server = fake_osv(vulnerable_package)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/v1/query"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def audit(osv_url, tmp_path, required=False):
    env = {**os.environ, "AUDIT_REQUIRED": "1" if required else ""}
    return subprocess.run(
        [sys.executable, "scripts/audit.py", "requirements.txt", "--",
         "--vulnerability-service", "osv", "--osv-url", osv_url, "--cache-dir", str(tmp_path), "--timeout", "5"],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )


def test_a_known_vulnerability_fails_the_audit(osv, tmp_path):
    result = audit(osv("django"), tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "VULNERABLE django==" in result.stdout and "PYSEC-0000-TEST" in result.stdout


def test_no_known_vulnerability_passes(osv, tmp_path):
    result = audit(osv(), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Dependency audit passed" in result.stdout


def test_an_unreachable_service_is_reported_never_passed(tmp_path):
    closed = "http://127.0.0.1:9/v1/query"  # the discard port: nothing listens on it
    result = audit(closed, tmp_path)
    assert result.returncode == 0
    assert "AUDIT NOT DONE" in result.stdout and "passed" not in result.stdout
    assert audit(closed, tmp_path, required=True).returncode == 2
