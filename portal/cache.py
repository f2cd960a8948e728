"""Django's Redis cache backend, reusing one redis-py client per connection pool.

Django 5.2 builds a new redis.Redis object for every cache call, and with redis-py 8
that costs about 0.2 ms: as much as the rest of serving a page from the page cache.
The connection pools were shared already; now the client objects are too (they are
thread-safe, and each process builds its own after gunicorn forks).
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class PortalRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
