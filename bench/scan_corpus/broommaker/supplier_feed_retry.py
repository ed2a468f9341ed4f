"""Fetch the birch-twig and heather price lists that our suppliers publish as CSV.

The suppliers are small coppice workers and moorland estates with flaky
hosting, so downloads are retried with exponential backoff and jitter.
"""

import csv
import io
import logging
import random
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, List

import requests

log = logging.getLogger(__name__)

SUPPLIER_FEEDS = {
    "ashdown-coppice": "https://ashdowncoppice.co.uk/prices/birch.csv",
    "moorfoot-estate": "https://moorfoot-estate.co.uk/heather/prices.csv",
}


@dataclass
class Backoff:
    attempts: int = 5
    base: float = 1.5
    cap: float = 60.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return random.uniform(0, ceiling)


def fetch_with_retry(url: str, backoff: Backoff = Backoff()) -> str:
    last_exc: Exception | None = None
    for attempt in range(backoff.attempts):
        try:
            resp = requests.get(url, timeout=20)
            resp.raise_for_status()
            return resp.text
        except requests.RequestException as exc:
            last_exc = exc
            wait = backoff.delay(attempt)
            log.warning("fetch %s failed (%s); retrying in %.1fs", url, exc, wait)
            time.sleep(wait)
    raise RuntimeError(f"giving up on {url}") from last_exc


def parse_prices(text: str) -> Dict[str, Decimal]:
    reader = csv.DictReader(io.StringIO(text))
    return {row["item"].strip(): Decimal(row["price_per_bundle"]) for row in reader}


def refresh_all() -> Dict[str, Dict[str, Decimal]]:
    results: Dict[str, Dict[str, Decimal]] = {}
    failures: List[str] = []
    for supplier, url in SUPPLIER_FEEDS.items():
        try:
            results[supplier] = parse_prices(fetch_with_retry(url))
        except RuntimeError:
            failures.append(supplier)
    if failures:
        log.error("price refresh incomplete, failed suppliers: %s", ", ".join(failures))
    return results
