"""Poll pool water quality sensors over their local HTTP API.

Chlorine, pH, ORP and water temperature are read from each probe hub and
forwarded to the facilities dashboard. Hubs are often briefly unreachable
while the pump room switches circuits, so requests are retried.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class ProbeHubClient:
    def __init__(self, base_url: str, retry: RetryPolicy | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self.http = httpx.Client(timeout=5.0)

    def _get(self, path: str) -> dict[str, Any]:
        last_error: Exception | None = None
        for attempt in range(self.retry.attempts):
            try:
                response = self.http.get(f"{self.base_url}{path}")
                response.raise_for_status()
                return response.json()
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                last_error = exc
                time.sleep(self.retry.delay(attempt))
        raise RuntimeError(f"probe hub {self.base_url} unreachable") from last_error

    def water_quality(self) -> dict[str, float]:
        data = self._get("/api/v1/readings")
        return {
            "free_chlorine_ppm": float(data["cl"]),
            "ph": float(data["ph"]),
            "orp_mv": float(data["orp"]),
            "temperature_c": float(data["temp"]),
        }
