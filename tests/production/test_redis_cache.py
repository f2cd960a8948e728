import shutil
import socket
import subprocess
import time

import pytest

from portal.cache import PortalRedisCache


def test_one_redis_client_serves_every_call():
    cache = PortalRedisCache("redis://127.0.0.1:1/0", {})  # building a client does not connect
    client = cache._cache.get_client("a")
    assert cache._cache.get_client("b") is client
    assert cache._cache.get_client("c", write=True) is client


@pytest.fixture
def redis_url():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (`scripts/ensure-system-packages.sh test` installs it)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while socket.socket().connect_ex(("127.0.0.1", port)) != 0:
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_backend_stores_and_reads_like_djangos(redis_url):
    cache = PortalRedisCache(redis_url, {"KEY_PREFIX": "portal"})
    cache.set("page", {"body": b"x" * 1000}, timeout=60)
    assert cache.get_many(["page", "missing"]) == {"page": {"body": b"x" * 1000}}
    assert cache.add("version", "v1", timeout=None) and not cache.add("version", "v2", timeout=None)
    assert cache.get("version") == "v1"
