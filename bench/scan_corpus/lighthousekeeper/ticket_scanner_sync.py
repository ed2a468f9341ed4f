"""Pushes gate scans from the handheld ticket scanners to the booking system.

The lighthouse gate often loses its 4G link in bad weather, so scans are
queued locally and flushed in batches with a jittered exponential backoff.
"""
import logging
import random
import time

import requests

from lighthousekeeper.settings import settings

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
BASE_DELAY = 0.5
MAX_DELAY = 30.0
BATCH_SIZE = 200


def _backoff(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


def push_scans(session: requests.Session, scans: list[dict]) -> int:
    url = f"{settings.BOOKING_API_URL}/gate-scans/batch"
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = session.post(url, json={"scans": scans}, timeout=10)
        except requests.ConnectionError:
            log.warning("booking API unreachable, attempt %d", attempt + 1)
        else:
            if resp.status_code < 500:
                resp.raise_for_status()
                return int(resp.json()["accepted"])
            log.warning("booking API returned %s, attempt %d", resp.status_code, attempt + 1)
        time.sleep(_backoff(attempt))
    raise RuntimeError(f"gave up pushing {len(scans)} scans after {MAX_ATTEMPTS} attempts")


def drain_queue(queue, session: requests.Session) -> int:
    total = 0
    while True:
        batch = queue.peek(BATCH_SIZE)
        if not batch:
            return total
        total += push_scans(session, [scan.as_dict() for scan in batch])
        queue.ack(batch)
