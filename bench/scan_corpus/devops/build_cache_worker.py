"""Worker that warms the remote build cache from jobs published by CI runners."""
import logging
import os
import pickle
import time

import redis

from buildcache.store import CacheStore

log = logging.getLogger("cache-worker")

QUEUE_KEY = "buildcache:warm"


def run(store: CacheStore) -> None:
    conn = redis.Redis.from_url(os.environ["BUILDCACHE_REDIS_URL"])
    while True:
        item = conn.blpop(QUEUE_KEY, timeout=30)
        if item is None:
            continue
        _, raw = item
        job = pickle.loads(raw)
        started = time.monotonic()
        for action_digest, outputs in job["actions"].items():
            if store.has(action_digest):
                continue
            store.put(action_digest, outputs)
        log.info(
            "warmed %d actions for %s in %.2fs",
            len(job["actions"]), job.get("target"), time.monotonic() - started,
        )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(CacheStore.from_env())
