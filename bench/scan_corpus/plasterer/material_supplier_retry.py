"""Client for the builders' merchant trade API.

Places orders for plaster, beads, scrim and render for delivery to site.
The merchant's API rate-limits hard at 8am when every trade orders at once,
so calls back off with jitter.
"""
import logging
import os
import random
import time
from dataclasses import dataclass, asdict
from typing import List

import requests

log = logging.getLogger(__name__)

MERCHANT_BASE = "https://trade-api.buildbase-merchants.co.uk/v2"
RETRYABLE = {429, 502, 503, 504}


@dataclass
class OrderLine:
    sku: str          # e.g. "BG-MULTI-25" for 25kg Multi-Finish
    quantity: int
    unit: str = "bag"


def _backoff(attempt: int, base: float = 0.5, cap: float = 20.0) -> float:
    return random.uniform(0, min(cap, base * 2 ** attempt))


class MerchantClient:
    def __init__(self, account_no: str, max_attempts: int = 5):
        self.account_no = account_no
        self.max_attempts = max_attempts
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['MERCHANT_API_KEY']}"

    def _post(self, path: str, payload: dict) -> dict:
        for attempt in range(self.max_attempts):
            resp = self.session.post(f"{MERCHANT_BASE}{path}", json=payload, timeout=15)
            if resp.status_code not in RETRYABLE:
                resp.raise_for_status()
                return resp.json()
            delay = _backoff(attempt)
            log.info("merchant returned %s, retrying in %.1fs", resp.status_code, delay)
            time.sleep(delay)
        raise RuntimeError(f"merchant API unavailable after {self.max_attempts} attempts")

    def place_order(self, site_postcode: str, delivery_date: str, lines: List[OrderLine]) -> str:
        payload = {
            "account": self.account_no,
            "deliver_to": site_postcode,
            "date": delivery_date,
            "lines": [asdict(line) for line in lines],
        }
        result = self._post("/orders", payload)
        log.info("order %s placed for %s (%d lines)", result["order_id"], site_postcode, len(lines))
        return result["order_id"]
