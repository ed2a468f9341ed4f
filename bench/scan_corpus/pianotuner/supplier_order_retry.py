"""Submits parts orders to piano supply wholesalers with retry and backoff."""
import logging
import random
import time
from dataclasses import dataclass

import requests

from pianotuner.models import PartsOrder
from pianotuner.settings import SUPPLIER_ENDPOINTS

log = logging.getLogger(__name__)

RETRYABLE = {429, 502, 503, 504}


@dataclass
class BackoffPolicy:
    attempts: int = 5
    base: float = 0.5
    cap: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return random.uniform(0, ceiling)


class SupplierOrderClient:
    def __init__(self, supplier_code: str, policy: BackoffPolicy = BackoffPolicy()):
        self.endpoint = SUPPLIER_ENDPOINTS[supplier_code]
        self.policy = policy
        self.http = requests.Session()

    def _payload(self, order: PartsOrder) -> dict:
        return {
            "reference": order.reference,
            "ship_to": order.ship_to_address,
            "lines": [{"sku": l.sku, "qty": l.quantity} for l in order.lines.all()],
        }

    def submit(self, order: PartsOrder) -> dict:
        payload = self._payload(order)
        for attempt in range(self.policy.attempts):
            resp = self.http.post(f"{self.endpoint}/orders", json=payload, timeout=15)
            if resp.status_code not in RETRYABLE:
                resp.raise_for_status()
                return resp.json()
            wait = self.policy.delay(attempt)
            log.warning("supplier %s returned %s, retrying in %.1fs", self.endpoint, resp.status_code, wait)
            time.sleep(wait)
        raise RuntimeError(f"order {order.reference} not accepted after {self.policy.attempts} attempts")
