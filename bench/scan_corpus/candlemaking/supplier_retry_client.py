"""HTTP client for the wick supplier's catalogue API with polite retries."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

RETRYABLE = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class WickCatalogueClient:
    def __init__(self, base_url: str, api_key: str, policy: RetryPolicy | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.policy = policy or RetryPolicy()
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key

    @classmethod
    def from_env(cls) -> "WickCatalogueClient":
        return cls(os.environ["WICK_SUPPLIER_URL"], os.environ["WICK_SUPPLIER_API_KEY"])

    def _get(self, path: str, params: dict | None = None) -> dict:
        url = f"{self.base_url}{path}"
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.get(url, params=params, timeout=10)
            except requests.ConnectionError:
                resp = None
            if resp is not None and resp.status_code not in RETRYABLE:
                resp.raise_for_status()
                return resp.json()
            wait = self.policy.delay(attempt)
            log.info("wick catalogue %s not ready, retrying in %.1fs", path, wait)
            time.sleep(wait)
        raise RuntimeError(f"wick catalogue {path} unavailable after {self.policy.attempts} tries")

    def wick_series(self) -> list[dict]:
        return self._get("/catalogue/series")["series"]

    def sizes_for_diameter(self, series: str, vessel_mm: int) -> list[dict]:
        return self._get(f"/catalogue/series/{series}/sizes", {"diameter_mm": vessel_mm})["sizes"]
