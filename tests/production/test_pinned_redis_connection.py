"""portal/cache.py: each thread's Redis client keeps one connection, and gets a new one after a failure."""

import inspect
import shutil
import socket
import subprocess
import threading
import time
import warnings

import pytest
import redis

from portal import cache as portal_cache
from portal.cache import PinnedConnectionRedis, PortalRedisCache


class RedisServer:
    def __init__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while socket.socket().connect_ex(("127.0.0.1", self.port)) != 0:
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def server():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (`scripts/ensure-system-packages.sh test` installs it)")
    server = RedisServer()
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


def test_redis_py_still_has_what_the_pinned_client_uses():
    """PinnedConnectionRedis sets `connection`, the attribute redis-py's own single-connection
    client uses: a redis-py upgrade that renames it must fail here."""
    client = redis.Redis(connection_pool=redis.ConnectionPool(port=1))
    assert client.connection is None
    assert "self.connection" in inspect.getsource(redis.Redis._execute_command)


def test_a_thread_uses_one_connection_for_every_call(server):
    cache = PortalRedisCache(server.url, {})
    cache.set("a", 1)
    client = cache._cache.get_client(None)
    connection = client.connection
    assert connection is not None
    for _ in range(5):
        assert cache.get_many(["a", "b"]) == {"a": 1}
    assert cache._cache.get_client(None).connection is connection
    assert connection not in client.connection_pool._available_connections  # never given back meanwhile


def test_each_thread_has_its_own_client_and_connection(server):
    cache = PortalRedisCache(server.url, {})
    cache.set("a", 1)
    seen = {}

    def read(name):
        assert cache.get("a") == 1
        client = cache._cache.get_client(None)
        seen[name] = (client, client.connection)

    threads = [threading.Thread(target=read, args=(name,)) for name in ("x", "y")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    read("main")
    clients = {id(client) for client, _ in seen.values()}
    connections = {id(connection) for _, connection in seen.values()}
    assert len(clients) == 3 and len(connections) == 3


def test_after_redis_restarts_the_next_call_connects_again(server, monkeypatch):
    cache = PortalRedisCache(server.url, {})
    cache.set("a", 1)
    assert cache.get("a") == 1
    server.stop()
    with pytest.raises(redis.ConnectionError):
        cache.get("a")
    server.start()
    cache.breaker.open_until = 0.0  # the breaker's pause is over
    assert cache.get("a") is None  # a new, empty server, reached on a new connection
    cache.set("a", 2)
    assert cache.get("a") == 2


def test_a_forked_process_builds_its_own_client(monkeypatch):
    cache = PortalRedisCache("redis://127.0.0.1:1/0", {})  # building a client does not connect
    parent = cache._cache.get_client("a")
    assert isinstance(parent, PinnedConnectionRedis)
    monkeypatch.setattr(portal_cache.os, "getpid", lambda: -1)
    assert cache._cache.get_client("a") is not parent


def test_keys_are_not_checked_for_memcached(server):
    cache = PortalRedisCache(server.url, {})
    key = "page:" + "x" * 300 + " with spaces"  # too long and spaced for memcached: a warning in Django
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cache.set(key, 1)
        assert cache.get(key) == 1


def test_a_command_that_fails_midway_leaves_no_reply_for_the_next(server, monkeypatch):
    cache = PortalRedisCache(server.url, {})
    cache.set("a", 1)
    cache.set("b", 2)
    client = cache._cache.get_client(None)
    original = client.parse_response

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt  # the reply to GET a stays unread on the socket

    monkeypatch.setattr(client, "parse_response", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.get("a")
    monkeypatch.setattr(client, "parse_response", original)
    assert cache.get("b") == 2  # not the reply meant for GET a


def test_get_many_reads_with_one_mget_on_the_kept_connection(server, monkeypatch):
    cache = PortalRedisCache(server.url, {})
    cache.set_many({"n": 7, "s": "text", "obj": {"a": [1, 2]}})
    client = cache._cache.get_client(None)
    assert hasattr(cache._cache, "_serializer")  # the private member get_many decodes with

    def no_command_layers(*args, **kwargs):
        raise AssertionError("get_many went through execute_command")

    monkeypatch.setattr(client, "execute_command", no_command_layers)
    assert cache.get_many(["n", "s", "obj", "missing"]) == {"n": 7, "s": "text", "obj": {"a": [1, 2]}}
    assert cache.get_many([]) == {}
    assert cache.get_many(["n"], version=2) == {}


def test_get_many_on_a_stopped_redis_fails_fast_and_opens_the_breaker(server):
    cache = PortalRedisCache(server.url, {})
    cache.set("a", 1)
    assert cache.get_many(["a"]) == {"a": 1}
    server.stop()
    with pytest.raises(redis.ConnectionError):
        cache.get_many(["a"])
    assert cache.breaker.open_until > time.monotonic()
    with pytest.raises(redis.ConnectionError, match="skipped"):
        cache.get_many(["a"])
    server.start()
    cache.breaker.open_until = 0.0
    assert cache.get_many(["a"]) == {}  # a new, empty server, on a new connection
