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
That needs private members of Django's Redis backend (RedisCache._class and three of
RedisCacheClient's); they are used in `ReusedClientRedisCacheClient.get_client` and
`PortalRedisCache.__init__` only, and tests/production/test_cache_timeouts.py fails if a
Django upgrade renames them.
"""

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


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        # The only use of RedisCacheClient's private members (see the module docstring).
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
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


def _guarded(name):
    def method(self, *args, **kwargs):
        self.breaker.check()
        try:
            return getattr(RedisCache, name)(self, *args, **kwargs)
        except FAILURES:
            self.breaker.trip()
            raise

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

    for _name in ("add", "get", "set", "touch", "delete", "get_many", "has_key", "incr", "set_many",
                  "delete_many", "clear"):
        locals()[_name] = _guarded(_name)
    del _name
