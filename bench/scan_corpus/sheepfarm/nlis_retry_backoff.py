"""HTTP client wrapper for the livestock traceability (NLIS) API with retry
and jittered exponential backoff.

The NLIS endpoint rate-limits aggressively around end of financial year when
every property is reconciling at once, so calls back off with random jitter
to avoid synchronised retries from the farm's several sync agents.
"""
from __future__ import annotations

import logging
import random
import time
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

RETRY_STATUSES = {429, 502, 503, 504}


@dataclass
class BackoffPolicy:
    base: float = 0.5
    cap: float = 30.0
    attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return random.uniform(0, ceiling)


class NlisClient:
    def __init__(self, base_url: str, token: str, policy: BackoffPolicy | None = None):
        self._base = base_url.rstrip("/")
        self._policy = policy or BackoffPolicy()
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {token}"

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        request_id = str(uuid.uuid4())
        headers = {"X-Request-Id": request_id, **kwargs.pop("headers", {})}
        for attempt in range(self._policy.attempts):
            resp = self._http.request(
                method, f"{self._base}{path}", headers=headers, timeout=30, **kwargs
            )
            if resp.status_code not in RETRY_STATUSES:
                resp.raise_for_status()
                return resp
            wait = self._policy.delay(attempt)
            retry_after = resp.headers.get("Retry-After")
            if retry_after and retry_after.isdigit():
                wait = max(wait, float(retry_after))
            log.info(
                "NLIS %s %s -> %s, retry %d in %.1fs (req %s)",
                method, path, resp.status_code, attempt + 1, wait, request_id,
            )
            time.sleep(wait)
        resp.raise_for_status()
        return resp

    def holdings(self, pic: str) -> dict:
        return self.request("GET", f"/v2/properties/{pic}/holdings").json()

    def submit_transfer(self, transfer: dict) -> dict:
        return self.request("POST", "/v2/transfers", json=transfer).json()
