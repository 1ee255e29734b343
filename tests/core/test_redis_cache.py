"""The Redis cache keeps one client per pool and still counts as Django's does."""

import socket

import pytest
from django.core.cache.backends.redis import RedisCache

from plenaria.core.redis_cache import PlenariaRedisCache


def redis_is_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(not redis_is_up(), reason="no Redis server on 127.0.0.1:6379")


def test_counts_like_djangos_cache_with_one_client():
    location = "redis://127.0.0.1:6379/7"
    ours = PlenariaRedisCache(location, {"KEY_PREFIX": "plenaria-test"})
    django = RedisCache(location, {"KEY_PREFIX": "plenaria-test"})
    ours.delete("hits")
    assert ours.add("hits", 0, 60) is True
    assert ours.add("hits", 5, 60) is False
    assert ours.incr("hits") == 1
    assert django.incr("hits") == 2  # the same key, read by Django's own client
    assert ours.get("hits") == 2
    client = ours._cache.get_client(write=True)
    assert ours._cache.get_client(write=True) is client
    ours.delete("hits")
