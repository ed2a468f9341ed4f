"""Nightly sync of tile stock levels from supplier catalogue APIs."""
import logging
import random
import time

import requests

from studio.inventory import update_stock_level
from studio.settings import SUPPLIER_ENDPOINTS

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 1.5


def _backoff(attempt: int) -> float:
    ceiling = BASE_DELAY * (2 ** attempt)
    return random.uniform(0, ceiling)


def fetch_catalogue(url: str) -> list[dict]:
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = requests.get(url, timeout=20)
            if resp.status_code in (429, 502, 503):
                raise requests.HTTPError(f"retryable {resp.status_code}")
            resp.raise_for_status()
            return resp.json()["items"]
        except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
            delay = _backoff(attempt)
            log.warning("supplier fetch failed (%s), retrying in %.1fs", exc, delay)
            time.sleep(delay)
    raise RuntimeError(f"giving up on {url}")


def sync_all() -> int:
    updated = 0
    suppliers = list(SUPPLIER_ENDPOINTS.items())
    random.shuffle(suppliers)
    for supplier, url in suppliers:
        for item in fetch_catalogue(url):
            update_stock_level(
                supplier=supplier,
                sku=item["sku"],
                colour=item.get("colour"),
                quantity_sheets=int(item["available"]),
            )
            updated += 1
    log.info("synced %d tile lines", updated)
    return updated
