"""Polls carrier track-and-trace APIs for containers that have not reported in a while."""

import logging
import random
import time
from datetime import datetime, timedelta, timezone

import requests

from freight.config import settings
from freight.tracking import containers_needing_refresh, record_events

log = logging.getLogger("tracking.poller")

MAX_ATTEMPTS = 4
BASE_DELAY = 2.0
STALE_AFTER = timedelta(hours=6)


def _backoff(attempt: int) -> float:
    # jitter so hundreds of workers don't hit the carrier API in lockstep
    return BASE_DELAY * (2 ** attempt) + random.uniform(0, 1.5)


def fetch_events(session: requests.Session, carrier: str, container_no: str) -> list[dict]:
    url = f"{settings.CARRIER_TRACKING_URLS[carrier]}/containers/{container_no}/events"
    for attempt in range(MAX_ATTEMPTS):
        resp = session.get(url, timeout=20)
        if resp.status_code == 429 or resp.status_code >= 500:
            delay = _backoff(attempt)
            log.info("carrier %s busy (%s), retrying in %.1fs", carrier, resp.status_code, delay)
            time.sleep(delay)
            continue
        resp.raise_for_status()
        return resp.json().get("events", [])
    raise RuntimeError(f"{carrier} tracking unavailable for {container_no}")


def run_once() -> int:
    cutoff = datetime.now(timezone.utc) - STALE_AFTER
    batch = containers_needing_refresh(older_than=cutoff, limit=200)
    random.shuffle(batch)  # spread load across carriers
    updated = 0
    with requests.Session() as session:
        session.headers["User-Agent"] = "fwd-tracking-poller/2.1"
        for item in batch:
            try:
                events = fetch_events(session, item.carrier, item.container_no)
            except (requests.RequestException, RuntimeError):
                log.exception("poll failed for %s", item.container_no)
                continue
            updated += record_events(item.container_no, events)
    return updated
