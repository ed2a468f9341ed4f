"""Worker that drains maintenance-ticket submissions queued by the contractor portal.

The portal pushes each submission (ticket + attached readings) onto a Redis
list; this worker pops them, enriches them with asset data and writes them to
the CMMS.
"""
from __future__ import annotations

import logging
import os
import signal

import jsonpickle
import redis

from tickets.cmms import CmmsClient
from tickets.assets import enrich_with_asset

log = logging.getLogger("ticket_worker")

QUEUE_KEY = "portal:ticket_submissions"
DEAD_LETTER_KEY = "portal:ticket_submissions:dead"

_running = True


def _stop(*_: object) -> None:
    global _running
    _running = False


def _decode(raw: bytes):
    return jsonpickle.decode(raw.decode("utf-8"))


def run() -> None:
    signal.signal(signal.SIGTERM, _stop)
    r = redis.Redis.from_url(os.environ["TICKET_QUEUE_REDIS_URL"])
    cmms = CmmsClient.from_env()
    while _running:
        item = r.blpop([QUEUE_KEY], timeout=5)
        if item is None:
            continue
        _, raw = item
        try:
            submission = _decode(raw)
            ticket = enrich_with_asset(submission)
            cmms.create_work_request(ticket)
        except Exception:
            log.exception("could not process submission, moving to dead letter")
            r.rpush(DEAD_LETTER_KEY, raw)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
