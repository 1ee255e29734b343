"""Django's Redis cache, with one Redis client kept per connection pool.

Django's own client builds a new ``redis.Redis`` for every cache operation, and its
constructor fills a table of some 170 response callbacks each time: measured in the
registration rush, that cost more processor time than the rate limiter's two round trips to
Redis. A client is safe to share between threads (it takes a connection from its pool for
each command), so one per pool serves every call.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class PlenariaRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
