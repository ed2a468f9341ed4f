"""Caches rendered regatta results pages in the Redis instance on the results host."""

import json
import logging
import os
from typing import Any, Callable

import redis

log = logging.getLogger("regatta.results.cache")

CACHE_SETTINGS = {
    "host": os.environ.get("RESULTS_REDIS_HOST", "127.0.0.1"),
    "port": int(os.environ.get("RESULTS_REDIS_PORT", "6379")),
    "db": 2,
    "ttl_live": 15,
    "ttl_final": 24 * 3600,
}

_client: redis.Redis | None = None


def client() -> redis.Redis:
    global _client
    if _client is None:
        _client = redis.Redis(
            host=CACHE_SETTINGS["host"],
            port=CACHE_SETTINGS["port"],
            db=CACHE_SETTINGS["db"],
            password=os.environ.get("RESULTS_REDIS_PASSWORD"),
            socket_timeout=1.0,
            decode_responses=True,
        )
    return _client


def _key(regatta_id: str, race_number: int | None = None) -> str:
    if race_number is None:
        return f"results:{regatta_id}:summary"
    return f"results:{regatta_id}:race:{race_number}"


def cached(regatta_id: str, race_number: int | None, build: Callable[[], dict], final: bool) -> dict[str, Any]:
    """Return a cached results document, rebuilding it on a miss."""
    key = _key(regatta_id, race_number)
    try:
        hit = client().get(key)
    except redis.RedisError:
        log.warning("Results cache unavailable; building %s directly", key)
        return build()
    if hit is not None:
        return json.loads(hit)
    document = build()
    ttl = CACHE_SETTINGS["ttl_final"] if final else CACHE_SETTINGS["ttl_live"]
    try:
        client().setex(key, ttl, json.dumps(document))
    except redis.RedisError:
        log.warning("Could not store %s in results cache", key)
    return document


def invalidate(regatta_id: str, race_number: int) -> None:
    try:
        client().delete(_key(regatta_id, race_number), _key(regatta_id))
    except redis.RedisError:
        log.warning("Could not invalidate cache for race %s", race_number)
