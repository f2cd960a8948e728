"""A hung Redis (accepting connections, never answering) degrades like a refused one; a hung
PostgreSQL fails the connection quickly (issue 10, item 11). The private parts of Django's
Redis backend that portal/cache.py relies on are still there (issue 12)."""

import inspect
import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from django.conf import settings
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from portal import cache as portal_cache
from portal.cache import PortalRedisCache

pytestmark = pytest.mark.django_db


@pytest.fixture
def hung_server():
    """A TCP port that accepts connections (the kernel's backlog) but never answers: a frozen server."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    yield listener.getsockname()[1]
    listener.close()


def finishes_within(seconds, func):
    """(finished, result or exception, elapsed): runs `func` in a thread that may stay blocked."""
    outcome = {}

    def run():
        start = time.monotonic()
        try:
            outcome["value"] = func()
        except Exception as error:  # the caller looks at what was raised
            outcome["value"] = error
        outcome["elapsed"] = time.monotonic() - start

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return not thread.is_alive(), outcome.get("value"), outcome.get("elapsed")


def test_a_hung_redis_fails_fast_and_then_is_skipped(hung_server):
    cache = PortalRedisCache(f"redis://127.0.0.1:{hung_server}/0", {})
    finished, value, elapsed = finishes_within(5, lambda: cache.get("portal:data-version"))
    assert finished, "the cache call hung"
    assert isinstance(value, Exception) and elapsed < 2
    finished, value, elapsed = finishes_within(5, lambda: cache.get_many(["a", "b"]))
    assert finished and isinstance(value, Exception) and elapsed < 0.05, "skipped while the breaker is open"


def test_public_pages_answer_quickly_while_redis_hangs(client, settings, hung_server, monkeypatch):
    settings.CACHES = {"default": {"BACKEND": "portal.cache.PortalRedisCache",
                                   "LOCATION": f"redis://127.0.0.1:{hung_server}/0"}}
    monkeypatch.setattr(portal_cache, "BREAK_SECONDS", 5.0)
    for path in ("/fi/", "/sv/areas/", "/en/municipalities/092/"):
        finished, response, elapsed = finishes_within(10, lambda: client.get(path))
        assert finished, f"{path} hung"
        assert response.status_code == 200 and elapsed < 3, (path, elapsed)
    finished, response, _ = finishes_within(10, lambda: client.get("/healthz"))
    assert finished and response.status_code == 503


def test_a_hung_postgresql_fails_the_connection_quickly(hung_server):
    code = (
        "import time, django; django.setup()\n"
        "from django.db import connection, OperationalError\n"
        "start = time.monotonic()\n"
        "try:\n    connection.ensure_connection()\nexcept OperationalError:\n    print(time.monotonic() - start)\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.test_settings",
           "DATABASE_URL": f"postgres://portal:portal@127.0.0.1:{hung_server}/portal"}
    try:
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR,
                             capture_output=True, timeout=20, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail("connecting to a hung PostgreSQL did not time out")
    assert float(out.stdout.decode().strip()) < 10


def test_postgresql_statements_have_a_time_limit():
    code = (
        "import json, django; django.setup()\n"
        "from django.conf import settings; print(json.dumps(settings.DATABASES['default'].get('OPTIONS', {})))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.test_settings",
           "DATABASE_URL": "postgres://portal:portal@127.0.0.1:5432/portal"}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR, capture_output=True, check=True)
    assert "statement_timeout=" in out.stdout.decode()


def test_the_private_parts_of_djangos_redis_backend_are_still_there():
    """portal/cache.py reuses redis-py clients through these; a Django upgrade that renames them
    must fail here, not in production."""
    assert callable(RedisCacheClient._get_connection_pool_index)
    assert callable(RedisCacheClient._get_connection_pool)
    assert list(inspect.signature(RedisCacheClient.get_client).parameters) == ["self", "key", "write"]
    assert "_client" in inspect.getsource(RedisCacheClient.__init__)
    assert "self._class" in inspect.getsource(RedisCache._cache.func)
    cache = PortalRedisCache("redis://127.0.0.1:1/0", {})
    assert isinstance(cache._cache, portal_cache.ReusedClientRedisCacheClient)
    assert cache._cache.get_client("a") is cache._cache.get_client("b", write=True)
