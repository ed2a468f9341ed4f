"""Polling loop for the supplier's order-status endpoint.

After a purchase order is transmitted, the purchasing service polls the
wholesaler until the order is confirmed or rejected. The supplier rate
limits aggressively, so polls back off exponentially with jitter.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("edi.poll")

FINAL_STATES = {"CONFIRMED", "PARTIALLY_CONFIRMED", "REJECTED"}


@dataclass
class BackoffPolicy:
    base_s: float = 2.0
    factor: float = 2.0
    cap_s: float = 300.0
    max_attempts: int = 12

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * self.factor**attempt)
        return random.uniform(0, ceiling)


class OrderStatusPoller:
    def __init__(self, policy: BackoffPolicy | None = None) -> None:
        self.policy = policy or BackoffPolicy()
        self.base_url = os.environ["WHOLESALER_API_URL"].rstrip("/")
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {os.environ['WHOLESALER_API_TOKEN']}"

    def status(self, po_number: str) -> str | None:
        resp = self.http.get(f"{self.base_url}/orders/{po_number}/status", timeout=15)
        if resp.status_code in (429, 503):
            return None
        resp.raise_for_status()
        return resp.json()["state"]

    def wait_for_final(self, po_number: str) -> str:
        for attempt in range(self.policy.max_attempts):
            state = self.status(po_number)
            if state in FINAL_STATES:
                log.info("PO %s reached %s after %d polls", po_number, state, attempt + 1)
                return state
            pause = self.policy.delay(attempt)
            log.debug("PO %s state %s, sleeping %.1fs", po_number, state, pause)
            time.sleep(pause)
        raise TimeoutError(f"PO {po_number} not final after {self.policy.max_attempts} polls")
