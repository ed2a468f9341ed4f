"""Pushes trail condition updates to the regional snowmobile-trail authority with retries."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

import httpx

log = logging.getLogger("trail.sync")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, rng: Callable[[float, float], float] = random.uniform) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return rng(0, ceiling)


class TrailAuthorityClient:
    def __init__(self, base_url: str, token: str, policy: BackoffPolicy = BackoffPolicy()) -> None:
        self._client = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=10.0)
        self._policy = policy

    def _post_once(self, payload: dict) -> httpx.Response:
        resp = self._client.post("/v1/trail-conditions", json=payload)
        if resp.status_code in (429, 502, 503, 504):
            raise httpx.HTTPStatusError("retryable", request=resp.request, response=resp)
        resp.raise_for_status()
        return resp

    def publish(self, trail_id: str, status: str, snow_depth_cm: int) -> None:
        payload = {"trail": trail_id, "status": status, "snow_depth_cm": snow_depth_cm}
        for attempt in range(self._policy.attempts):
            try:
                self._post_once(payload)
                return
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                wait = self._policy.delay(attempt)
                log.warning("trail sync attempt %d failed (%s); retrying in %.1fs", attempt + 1, exc, wait)
                time.sleep(wait)
        raise RuntimeError(f"giving up on trail {trail_id} after {self._policy.attempts} attempts")
