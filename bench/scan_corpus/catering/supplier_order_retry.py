"""Sends purchase orders to the dairy supplier with retries and idempotency keys."""
from __future__ import annotations

import logging
import os
import random
import time
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("suppliers.dairy")

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class DairyOrderSender:
    def __init__(self, base_url: str, api_token: str, policy: RetryPolicy | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.policy = policy or RetryPolicy()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {api_token}"

    @classmethod
    def from_env(cls) -> "DairyOrderSender":
        return cls(os.environ["DAIRY_API_URL"], os.environ["DAIRY_API_TOKEN"])

    def send(self, order: dict) -> dict:
        idempotency_key = str(uuid.uuid4())
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.post(
                    f"{self.base_url}/orders",
                    json=order,
                    headers={"Idempotency-Key": idempotency_key},
                    timeout=15,
                )
            except requests.ConnectionError as exc:
                last_error = exc
            else:
                if resp.status_code not in RETRYABLE_STATUS:
                    resp.raise_for_status()
                    return resp.json()
                last_error = requests.HTTPError(f"status {resp.status_code}", response=resp)
            wait = self.policy.delay(attempt)
            log.info(
                "dairy order %s attempt %d failed (%s), retrying in %.1fs",
                order.get("reference"), attempt + 1, type(last_error).__name__, wait,
            )
            time.sleep(wait)
        raise RuntimeError(f"dairy order {order.get('reference')} not accepted") from last_error


def spot_check_sample(orders: list[dict], rate: float = 0.1) -> list[dict]:
    """Picks a random subset of delivered orders for the weekly quality spot check."""
    if not orders:
        return []
    k = max(1, round(len(orders) * rate))
    return random.sample(orders, k)
