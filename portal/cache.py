"""Django's Redis cache backend, made to fail fast and to reuse one redis-py client per pool.

Failing fast. A Redis that is stopped but not refusing (a frozen process, a dropped
network) would otherwise hold every request: redis-py waits forever by default and retries.
Here every connection has connect and socket timeouts (CONNECT_TIMEOUT, SOCKET_TIMEOUT seconds,
overridable in CACHES OPTIONS as socket_connect_timeout and socket_timeout), no retries, and
after one connection failure the process skips Redis for BREAK_SECONDS: the callers (page
cache, data version, health check) then serve uncached at once, as when Redis refuses.
All of this goes through public extension points: the backend's OPTIONS, which Django hands
to redis-py's connection pool, and BaseCache's public methods.

Reusing clients. Django 5.2 builds a new redis.Redis object for every cache call, and with
redis-py 8 that costs about 0.2 ms: as much as the rest of serving a page from the page cache.
Each thread keeps one client per connection pool, and the client keeps the connection it
took from the pool at its first command (PinnedConnectionRedis): a command then skips taking
a connection from the pool and giving it back, about 10 µs of the 40 µs a page-cache lookup
costs (bench/hot_path.py). A forked process starts new clients rather than share its
parent's socket. Building a client still does not connect.
That needs private members of Django's Redis backend (RedisCache._class and four of
RedisCacheClient's, _serializer among them) and redis.Redis's `connection` attribute; they
are used in `ReusedClientRedisCacheClient`, `PinnedConnectionRedis` and `PortalRedisCache`
only, and tests/production/test_cache_timeouts.py and
tests/production/test_pinned_redis_connection.py fail if an upgrade renames them.

Keys are not checked for memcached's limits (validate_key): Redis takes any key, and the
check walks every character of every key on every call.
"""

import os
import threading
import time

import redis
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.backoff import NoBackoff
from redis.retry import Retry

CONNECT_TIMEOUT = 0.5  # seconds; Redis on the same network answers in well under a millisecond
SOCKET_TIMEOUT = 0.5
BREAK_SECONDS = 5.0
FAILURES = (redis.ConnectionError, redis.TimeoutError)


class PinnedConnectionRedis(redis.Redis):
    """A redis.Redis that keeps the pool connection of its first command for all later ones.

    Used by one thread only (ReusedClientRedisCacheClient.get_client), so it needs no lock. A
    command that fails in any way closes the connection, so no unread reply is left on it for the
    next command (the pool checks that when it hands a connection out; a kept one is never
    handed out again); the next command connects again. `connection` is the attribute redis-py's
    own single_connection_client uses; setting it later instead of in __init__ keeps building a
    client free of network calls.
    """

    def kept_connection(self):
        if self.connection is None:
            self.connection = self.connection_pool.get_connection()
        return self.connection

    def execute_command(self, *args, **options):
        connection = self.kept_connection()
        try:
            return super().execute_command(*args, **options)
        except BaseException:
            connection.disconnect()
            raise

    def read_values(self, keys: list[str]) -> list[bytes | None]:
        """MGET `keys` (one or more) on the kept connection through redis-py's Connection interface
        (send_command, read_response): without the per-command layers of execute_command (retry
        wrapper, observability), about 10 µs of a page-cache lookup. Raises as they do."""
        connection = self.kept_connection()
        try:
            connection.send_command("MGET", *keys)
            return connection.read_response()
        except BaseException:
            connection.disconnect()
            raise


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._client = PinnedConnectionRedis
        self._local = threading.local()  # .pid, .clients: pool index -> PinnedConnectionRedis

    def get_client(self, key=None, *, write=False):
        # The only use of RedisCacheClient's private members (see the module docstring).
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.pid, local.clients = os.getpid(), {}
        index = self._get_connection_pool_index(write)
        client = local.clients.get(index)
        if client is None:
            client = local.clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class Breaker:
    """Open for BREAK_SECONDS after a connection failure: calls fail at once meanwhile."""

    def __init__(self):
        self.open_until = 0.0
        self.lock = threading.Lock()

    def check(self) -> None:
        if time.monotonic() < self.open_until:
            raise redis.ConnectionError("Redis skipped for a moment after a connection failure")

    def trip(self) -> None:
        with self.lock:
            self.open_until = time.monotonic() + BREAK_SECONDS

    def call(self, function, *args, **kwargs):
        """function(*args, **kwargs), failing at once while open; a connection failure opens it."""
        self.check()
        try:
            return function(*args, **kwargs)
        except FAILURES:
            self.trip()
            raise


def _guarded(name):
    def method(self, *args, **kwargs):
        return self.breaker.call(getattr(RedisCache, name), self, *args, **kwargs)

    method.__name__ = name
    return method


class PortalRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        options.setdefault("socket_connect_timeout", CONNECT_TIMEOUT)
        options.setdefault("socket_timeout", SOCKET_TIMEOUT)
        options.setdefault("retry", Retry(NoBackoff(), 0))
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusedClientRedisCacheClient
        self.breaker = Breaker()

    def validate_key(self, key):
        """Any key will do for Redis (Django's documented way to skip the memcached check)."""

    def get_many(self, keys, version=None):
        """Django's get_many, as one MGET on this thread's kept connection (read_values): every
        page-cache lookup is one. Fails fast like the other methods."""
        key_map = {self.make_and_validate_key(key, version=version): key for key in keys}
        if not key_map:
            return {}
        values = self.breaker.call(self._cache.get_client(None).read_values, list(key_map))
        loads = self._cache._serializer.loads
        return {key_map[key]: loads(value) for key, value in zip(key_map, values) if value is not None}

    for _name in ("add", "get", "set", "touch", "delete", "has_key", "incr", "set_many",
                  "delete_many", "clear"):
        locals()[_name] = _guarded(_name)
    del _name
