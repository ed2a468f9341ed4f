"""Pushes stock levels to partner museum shops with retry and jitter."""
import logging
import random
import time

import requests

from hornworker.settings import MUSEUM_PARTNERS, SYNC_TIMEOUT

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 1.5
MAX_DELAY = 60.0


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


def push_stock(partner: dict, stock: list[dict]) -> bool:
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = requests.put(
                partner["stock_url"],
                json={"supplier": "hornworker", "items": stock},
                timeout=SYNC_TIMEOUT,
            )
        except requests.RequestException as exc:
            log.info("stock push to %s failed: %s", partner["name"], exc)
        else:
            if resp.status_code < 500 and resp.status_code != 429:
                resp.raise_for_status()
                return True
            log.info("stock push to %s got %s", partner["name"], resp.status_code)
        time.sleep(backoff_delay(attempt))
    log.warning("giving up on stock push to %s", partner["name"])
    return False


def sync_all(stock: list[dict]) -> dict[str, bool]:
    partners = list(MUSEUM_PARTNERS)
    random.shuffle(partners)
    return {p["name"]: push_stock(p, stock) for p in partners}
