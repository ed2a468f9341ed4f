"""Polls the telematics vendor API for machine positions with jittered back-off.

Hundreds of depots poll at the top of each minute; jitter keeps the vendor's
rate limiter from rejecting the burst.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import requests

log = logging.getLogger("toolhire.telematics.poll")


@dataclass
class BackoffPolicy:
    base: float = 0.5
    cap: float = 30.0
    attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return random.uniform(0, ceiling)


RETRYABLE = {429, 502, 503, 504}


class PositionPoller:
    def __init__(self, session: requests.Session, base_url: str,
                 policy: Optional[BackoffPolicy] = None) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._policy = policy or BackoffPolicy()

    def _get(self, path: str, params: Dict[str, Any]) -> requests.Response:
        last_exc: Optional[Exception] = None
        for attempt in range(self._policy.attempts):
            try:
                resp = self._session.get(f"{self._base_url}{path}", params=params, timeout=10)
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp
                log.info("vendor returned %s, retrying", resp.status_code)
            except requests.ConnectionError as exc:
                last_exc = exc
            time.sleep(self._policy.delay(attempt))
        raise RuntimeError("telematics vendor unavailable") from last_exc

    def positions(self, depot_code: str) -> List[Dict[str, Any]]:
        resp = self._get("/v2/positions", {"fleetGroup": depot_code})
        return [
            {
                "asset_no": p["assetRef"],
                "lat": p["lat"],
                "lon": p["lon"],
                "engine_on": p.get("ignition", False),
                "seen_at": p["timestamp"],
            }
            for p in resp.json().get("positions", [])
        ]
