"""Poll the contract factory's production API for order status changes.

Runs every few minutes from cron; a failed call backs off exponentially with
some jitter so several workers don't hammer the factory at the same moment.
"""
import logging
import os
import random
import time
import uuid
from dataclasses import dataclass, field

import requests

log = logging.getLogger("pinmaker.factory")

FACTORY_BASE_URL = os.environ.get("FACTORY_API_URL", "https://api.pinfactory.example.com/v2")
RETRYABLE = {429, 502, 503, 504}
MAX_ATTEMPTS = 6
BASE_DELAY = 1.5
SPOT_CHECK_SIZE = 25


@dataclass
class PollResult:
    factory_order_id: str
    status: str
    batch_ids: list = field(default_factory=list)


def _backoff(attempt: int) -> float:
    delay = BASE_DELAY * (2 ** attempt)
    return delay + random.uniform(0, delay / 2)


class FactoryPoller:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['FACTORY_API_KEY']}"

    def fetch_status(self, factory_order_id: str) -> PollResult:
        url = f"{FACTORY_BASE_URL}/orders/{factory_order_id}"
        for attempt in range(MAX_ATTEMPTS):
            headers = {"X-Request-Id": str(uuid.uuid4())}
            try:
                resp = self.session.get(url, headers=headers, timeout=10)
            except (requests.ConnectionError, requests.Timeout) as exc:
                reason = type(exc).__name__
            else:
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    data = resp.json()
                    return PollResult(factory_order_id, data["status"], data.get("batches", []))
                reason = f"HTTP {resp.status_code}"
            wait = _backoff(attempt)
            log.warning("factory poll %s failed (%s), retry %d in %.1fs",
                        factory_order_id, reason, attempt + 1, wait)
            time.sleep(wait)
        raise RuntimeError(f"factory order {factory_order_id} unreachable after {MAX_ATTEMPTS} tries")

    def spot_check(self, order_ids: list[str]) -> dict[str, PollResult]:
        """Re-poll a random sample of open orders to catch missed status pushes."""
        sample = random.sample(order_ids, k=min(len(order_ids), SPOT_CHECK_SIZE))
        return {oid: self.fetch_status(oid) for oid in sample}
