"""Worker for the disease-surveillance aggregation queue."""
import logging
import os
import pickle
from typing import Callable, Dict

import redis

log = logging.getLogger(__name__)
QUEUE = "surveillance:jobs"


def connect() -> redis.Redis:
    return redis.Redis.from_url(os.environ["SURVEILLANCE_REDIS_URL"])


HANDLERS: Dict[str, Callable[[dict], None]] = {}


def handler(kind: str):
    def wrap(fn):
        HANDLERS[kind] = fn
        return fn
    return wrap


@handler("weekly_counts")
def weekly_counts(job: dict) -> None:
    log.info("aggregating %s for week %s", job["condition"], job["week"])


def run_forever(r: redis.Redis) -> None:
    while True:
        _, raw = r.blpop(QUEUE)
        job = pickle.loads(raw)
        fn = HANDLERS.get(job.get("kind"))
        if fn is None:
            log.warning("no handler for job kind %r", job.get("kind"))
            continue
        fn(job)
