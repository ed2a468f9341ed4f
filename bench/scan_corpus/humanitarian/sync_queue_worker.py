"""Background worker that applies queued field sync batches.

The sync API accepts batches from collection devices and pushes them onto a
Redis list untouched; this worker pops them and writes them to the registry.
"""
import logging
import os
import signal
import time

import jsonpickle
import redis

log = logging.getLogger("sync.worker")

QUEUE = os.environ.get("SYNC_QUEUE", "sync:batches")
DEAD_LETTER = QUEUE + ":dead"
_running = True


def _stop(*_):
    global _running
    _running = False


def apply_batch(registry, batch) -> int:
    applied = 0
    for record in batch.records:
        registry.upsert(record.entity, record.key, record.payload, device_id=batch.device_id)
        applied += 1
    return applied


def run(registry, client: redis.Redis | None = None) -> None:
    client = client or redis.Redis.from_url(os.environ["REDIS_URL"])
    signal.signal(signal.SIGTERM, _stop)
    while _running:
        item = client.blpop(QUEUE, timeout=5)
        if item is None:
            continue
        _, raw = item
        try:
            batch = jsonpickle.decode(raw)
            n = apply_batch(registry, batch)
            log.info("applied %d records from device %s", n, batch.device_id)
        except Exception:
            log.exception("batch failed, moving to dead letter queue")
            client.rpush(DEAD_LETTER, raw)
            time.sleep(0.5)
