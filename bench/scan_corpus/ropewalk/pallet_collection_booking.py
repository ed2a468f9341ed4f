"""Books collections with the pallet network for outgoing rope orders.

The pallet network's booking API rate-limits hard around the 16:00 cut-off,
so calls are retried with exponential backoff plus random jitter to keep the
dispatch office's terminals from retrying in lock-step.
"""
import logging
import os
import random
import time

import requests

log = logging.getLogger(__name__)

BOOKING_URL = "https://api.palletlink.co.uk/v2/collections"
MAX_ATTEMPTS = 5
BASE_DELAY = 0.5


def _sleep_before_retry(attempt: int) -> None:
    delay = BASE_DELAY * (2 ** attempt)
    time.sleep(delay + random.uniform(0, delay))


def _auth_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['PALLETLINK_TOKEN']}"}


def book_collection(consignment: dict, session: requests.Session | None = None) -> str:
    http = session or requests.Session()
    for attempt in range(MAX_ATTEMPTS):
        resp = http.post(BOOKING_URL, json=consignment, headers=_auth_headers(), timeout=15)
        if resp.status_code == 429 or resp.status_code >= 500:
            log.warning(
                "Pallet booking for %s got HTTP %s (attempt %d of %d)",
                consignment.get("reference"), resp.status_code, attempt + 1, MAX_ATTEMPTS,
            )
            _sleep_before_retry(attempt)
            continue
        resp.raise_for_status()
        return resp.json()["collection_id"]
    raise RuntimeError(f"Could not book collection for {consignment.get('reference')}")
