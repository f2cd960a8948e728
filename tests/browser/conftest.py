"""Fixtures for the browser tests: the portal served as production serves it, and one Chromium.

The server is a real gunicorn with whitenoise and the production settings (plus the result
pages' data-* attributes, tests/browser/server_settings.py), on its own SQLite
file seeded by `load_portal_data`: pytest-django's live_server would flush the seeded test
database between tests. The browser is Debian's Chromium (Playwright cannot download its own
build here), its headless shell; when it is missing the tests FAIL, they are never skipped.

Under pytest-xdist every worker process that runs browser tests starts its own server (own
port, own temp directory with its database and cache) and its own Chromium; only the collected
static files, which the servers only read, are built once per run and shared (SharedStatic).
"""

import contextlib
import fcntl
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .pages import LANGUAGES, PAGES

ROOT = Path(__file__).resolve().parents[2]
# Chromium's headless shell (Debian package chromium-headless-shell): the same Blink and V8 as
# /usr/bin/chromium without the browser's UI, as Playwright itself runs headless; the browser checks
# take a third less time with it (ADR 0015). PORTAL_CHROMIUM=/usr/bin/chromium runs them in the full browser.
CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium-headless-shell")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP_VIEWPORT = {"width": 1280, "height": 900}
SERVER_START_TIMEOUT = 60  # seconds
# Production puts nginx in front of gunicorn's sync workers. Without that proxy, an idle connection
# that Chromium opens ahead of time ("preconnect") holds a sync worker until its 30 s timeout and
# the tests stall; threads (the gthread worker) park such connections instead.
GUNICORN_TEST_ARGS = ["--threads", "4"]


def free_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_environment(workdir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_DEBUG"}}
    env.update(
        # config.settings plus the result pages' data-* attributes, which production leaves out.
        DJANGO_SETTINGS_MODULE="tests.browser.server_settings",
        PORTAL_ENV="production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        PORTAL_OPERATOR_NAME="Selaintestien ylläpitäjä",
        PORTAL_OPERATOR_NAME_SV="Webbläsartesternas förvaltare",
        PORTAL_OPERATOR_NAME_EN="Browser test operator",
        PORTAL_FEEDBACK_EMAIL="palaute@portal.test",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        # No TLS proxy in front of this server: without this every request would be redirected to https.
        DJANGO_SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        DJANGO_STATIC_ROOT=str(workdir / "static"),
        PORTAL_CACHE_DIR=str(workdir / "cache"),
        HOST="127.0.0.1",
        PORT=str(port),
        WEB_CONCURRENCY="2",
        GUNICORN_ACCESS_LOG=str(workdir / "access.log"),
    )
    return env


class ServerPreparation(threading.Thread):
    """migrate, load_portal_data and collectstatic into a fresh temp directory, in the background.

    collectstatic compresses every static file (gzip and Brotli, as in production) and takes
    seconds, so it starts as soon as the browser tests are collected and overlaps with the
    tests that run before them.
    """

    COMMANDS = (
        ("migrate", "--noinput", "-v0"),
        ("load_portal_data",),
        ("collectstatic", "--noinput", "-v0"),
    )

    def __init__(self, shared_static: "SharedStatic | None" = None):
        super().__init__(daemon=True)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.workdir = Path(tempfile.mkdtemp(prefix=f"portal-server-{worker}-"))
        self.port = free_loopback_port()
        self.env = production_environment(self.workdir, self.port)
        self.shared_static = shared_static
        if shared_static is not None:
            shared_static.join(worker)
            self.env["DJANGO_STATIC_ROOT"] = str(shared_static.static_root)
        self.error = None
        self.cancelled = False
        self.process = None

    def run(self):
        for args in self.COMMANDS:
            if self.cancelled:
                return
            if args[0] == "collectstatic" and self.shared_static is not None:
                with self.shared_static.locked():
                    if not self.shared_static.complete():
                        self.run_command(args)
                        if self.error is None and not self.cancelled:
                            self.shared_static.mark_complete()
            else:
                self.run_command(args)
            if self.error is not None:
                return

    def run_command(self, args):
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        output, _ = self.process.communicate()
        if self.process.returncode != 0 and not self.cancelled:
            self.error = f"manage.py {' '.join(args)} failed:\n{output}"

    def cancel(self):
        """Stop early (the session ends without having needed the server) and remove the directory."""
        self.cancelled = True
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
        self.join()
        shutil.rmtree(self.workdir, ignore_errors=True)
        if self.shared_static is not None:
            self.shared_static.leave(os.environ.get("PYTEST_XDIST_WORKER", "main"))


class SharedStatic:
    """collectstatic's output shared by the pytest-xdist workers of one run (about 30 CPU seconds
    each otherwise: every file is compressed with gzip and Brotli). The first worker builds it under
    a file lock, the others wait and reuse it; the last worker to leave removes the directory.
    """

    def __init__(self, run_id: str):
        self.base = Path(tempfile.gettempdir()) / f"portal-static-{run_id}"
        self.static_root = self.base / "static"
        (self.base / "users").mkdir(parents=True, exist_ok=True)

    @contextlib.contextmanager
    def locked(self):
        with open(self.base / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def complete(self) -> bool:
        return (self.base / "complete").exists()

    def mark_complete(self):
        (self.base / "complete").touch()

    def join(self, worker: str):
        (self.base / "users" / worker).touch()

    def leave(self, worker: str):
        with self.locked():
            (self.base / "users" / worker).unlink(missing_ok=True)
            if not any((self.base / "users").iterdir()):
                shutil.rmtree(self.base, ignore_errors=True)


_preparation: ServerPreparation | None = None


def pytest_collection_modifyitems(config, items):
    """Run the browser tests last, and start preparing their server now."""
    global _preparation
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    if not browser_items:
        return
    items[:] = [item for item in items if not item.get_closest_marker("browser")] + browser_items
    if not config.option.collectonly:
        # pytest-xdist gives every worker of one run the same testrunuid.
        run_id = getattr(config, "workerinput", {}).get("testrunuid")
        _preparation = ServerPreparation(SharedStatic(run_id) if run_id else None)
        _preparation.start()


def pytest_terminal_summary(terminalreporter, config):
    # Counted from the reports, which pytest-xdist's workers send to the controlling process too.
    # A check run as a subtest (test_every_page.py) has its own report, with a `context`.
    reports = [
        report
        for reports in terminalreporter.stats.values()
        for report in reports
        if isinstance(report, pytest.TestReport) and "browser" in report.keywords and report.when == "call"
    ]
    if not reports:
        return
    checks = [report for report in reports if hasattr(report, "context")]
    tests = [report for report in reports if not hasattr(report, "context")]
    terminalreporter.write_line(
        f"browser: {sum(r.passed for r in tests)} of {len(tests)} tests passed, with "
        f"{sum(r.passed for r in checks)} of {len(checks)} page checks "
        f"({len(PAGES)} pages × {len(LANGUAGES)} languages × checks)"
    )


def pytest_sessionfinish(session):
    # A skipped test fails CI: tests/conftest.py reports every skip under CI as a failure.
    if _preparation is not None:
        _preparation.cancel()


def wait_until_answering(base_url: str, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited with {server.returncode}:\n{log_path.read_text()}", pytrace=False)
        try:
            with urllib.request.urlopen(f"{base_url}/fi/", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer in {SERVER_START_TIMEOUT} s:\n{log_path.read_text()}", pytrace=False)


@pytest.fixture(scope="session")
def portal_server():
    """Base URL of a gunicorn serving the portal with production settings; stopped at session end."""
    global _preparation
    if _preparation is None:  # the collection hook did not start one
        _preparation = ServerPreparation()
        _preparation.start()
    preparation = _preparation
    preparation.join()
    if preparation.error:
        pytest.fail(preparation.error, pytrace=False)
    workdir, port, env = preparation.workdir, preparation.port, preparation.env

    log_path = workdir / "gunicorn.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "-c", "config/gunicorn.conf.py", *GUNICORN_TEST_ARGS],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(base_url, server, log_path)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    log = log_path.read_text()
    assert "Traceback" not in log, f"the portal raised an exception during the browser tests:\n{log}"


@pytest.fixture(scope="session")
def chromium():
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}. Install it with `scripts/ensure-system-packages.sh test` "
            "(Debian package `chromium-headless-shell`); the browser tests are never skipped.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class BrowserTabs:
    """One browser context per language (with and without JavaScript), each with one reused tab."""

    def __init__(self, browser, base_url):
        self.browser = browser
        self.base_url = base_url
        self._tabs = {}

    def tab(self, language: str, javascript: bool = True):
        key = (language, javascript)
        if key not in self._tabs:
            context = self.browser.new_context(
                base_url=self.base_url,
                locale=language,
                java_script_enabled=javascript,
                viewport=DESKTOP_VIEWPORT,
            )
            context.set_default_timeout(30_000)  # generous: developers' machines are shared and busy
            self._tabs[key] = context.new_page()
        page = self._tabs[key]
        if page.viewport_size != DESKTOP_VIEWPORT:
            page.set_viewport_size(DESKTOP_VIEWPORT)
        return page

    def close(self):
        for page in self._tabs.values():
            page.context.close()


@pytest.fixture(scope="session")
def tabs(chromium, portal_server):
    browser_tabs = BrowserTabs(chromium, portal_server)
    yield browser_tabs
    browser_tabs.close()
