"""HTTP client for the movement supplier's stock and lead-time API."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Any, Dict, Optional

import requests

log = logging.getLogger("workshop.supplier")

RETRYABLE = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class SupplierClient:
    def __init__(self, base_url: str, token: str, policy: Optional[RetryPolicy] = None) -> None:
        self._base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"
        self._policy = policy or RetryPolicy()

    @classmethod
    def from_env(cls) -> "SupplierClient":
        return cls(os.environ["MOVEMENT_SUPPLIER_URL"], os.environ["MOVEMENT_SUPPLIER_TOKEN"])

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        for attempt in range(self._policy.attempts):
            response = self._session.get(f"{self._base_url}{path}", params=params, timeout=10)
            if response.status_code not in RETRYABLE:
                response.raise_for_status()
                return response.json()
            pause = self._policy.delay(attempt)
            log.warning("supplier returned %s, retrying in %.1fs", response.status_code, pause)
            time.sleep(pause)
        response.raise_for_status()
        return response.json()

    def stock(self, caliber: str) -> int:
        return int(self._get("/v1/stock", caliber=caliber)["available"])

    def lead_time_days(self, part_number: str) -> int:
        return int(self._get(f"/v1/parts/{part_number}/lead-time")["days"])
